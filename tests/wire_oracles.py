"""botocore and moto as the oracles of the generated wire code, for every protocol.

Requests: for the same params, `op.serialize(Input.from_value(params))` and botocore's
`create_serializer(protocol).serialize_to_request(params, operation_model)` give the
same method, URL (path and query), headers and body (JSON and CBOR compared as decoded
values, XML canonically, query and ec2 bodies as their pairs).

Responses: moto's model-driven response serializers (`moto.core.serialize`), which
neither we nor botocore wrote, turn a random output (or error) into HTTP bytes; our
`op.parse(...)` must equal botocore's `create_parser(protocol).parse(...)` on them,
compared through `to_value()`. Errors are compared as botocore's client sees them: the
code and message of the parse with the output shape, then the modeled members of the
parse with the error shape the code names.
"""

from __future__ import annotations

import datetime
import io
import json
import math
import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import parse_qsl

from botocore.awsrequest import HeadersDict
from botocore.model import NoShapeFoundError
from botocore.parsers import create_parser
from botocore.serialize import create_serializer
from botocore.utils import percent_encode_sequence


def botocore_request(service_model: Any, operation: str, params: dict) -> dict:
    protocol = service_model.resolved_protocol
    serializer = create_serializer(protocol, include_validation=False)
    return serializer.serialize_to_request(
        params, service_model.operation_model(operation)
    )


def assert_same_request(ours: Any, theirs: dict, protocol: str) -> None:
    """Our HttpRequest against botocore's request dict, as the wire sees them."""
    assert ours.method == theirs["method"]
    url = theirs["url_path"]
    query = (
        percent_encode_sequence(theirs["query_string"])
        if theirs["query_string"]
        else ""
    )
    if query:
        url += ("&" if "?" in url else "?") + query
    our_query = ours.query_string()
    assert ours.path + (f"?{our_query}" if our_query else "") == url
    assert ours.headers == theirs["headers"]
    assert ours.host_prefix == (theirs.get("host_prefix") or "")
    body = ours.body if isinstance(ours.body, bytes) else ours.body
    assert_same_body(body, theirs["body"], protocol)


def assert_same_body(ours: Any, theirs: Any, protocol: str) -> None:
    if isinstance(theirs, dict):  # query and ec2: botocore leaves the pairs unencoded
        theirs = percent_encode_sequence(theirs).encode()
    if not isinstance(ours, bytes) or not isinstance(theirs, bytes):
        assert ours is theirs or ours == theirs  # a streaming payload: the same object
        return
    if protocol in ("json", "rest-json") and ours and theirs and ours[:1] in b"{[":
        assert json.loads(ours) == json.loads(theirs)
    elif protocol == "rest-xml" and ours and theirs and ours.lstrip()[:1] == b"<":
        assert ET.canonicalize(ours.decode(), strip_text=True) == ET.canonicalize(
            theirs.decode(), strip_text=True
        )
    elif protocol in ("query", "ec2"):
        assert parse_qsl(ours.decode(), keep_blank_values=True) == parse_qsl(
            theirs.decode(), keep_blank_values=True
        )
    elif protocol == "smithy-rpc-v2-cbor" and ours and theirs:
        from botocore.parsers import RpcV2CBORParser

        parser = RpcV2CBORParser()
        decode = lambda data: parser.parse_data_item(  # noqa: E731
            parser.get_peekable_stream_from_bytes(data)
        )
        assert _comparable(decode(ours)) == _comparable(decode(theirs))
    else:
        assert ours == theirs


# -- responses ------------------------------------------------------------------------------


class ModeledError(Exception):
    """What moto's serializers take for an error: the code and the members as attributes."""

    def __init__(self, code: str, members: dict[str, Any]) -> None:
        super().__init__(members.get("Message") or members.get("message") or "")
        for name, value in members.items():
            setattr(self, name, value)
        # moto takes the code from `code`, so a member of that name must hold it
        self.code = code
        if "code" in members:
            members["code"] = code


_moto_models: dict[str, Any] = {}


def moto_response(
    service_name: str, service_model: Any, operation: str, result: Any
) -> dict:
    """The HTTP response moto writes for `result` (an output dict or a ModeledError)."""
    from moto.core.model import ServiceModel
    from moto.core.serialize import get_serializer_class

    protocol = service_model.resolved_protocol
    moto_model = _moto_models.get(service_name)
    if moto_model is None:  # moto reads the model through shape classes of its own
        moto_model = ServiceModel(service_model._service_description, service_name)
        _moto_models[service_name] = moto_model
    serializer = get_serializer_class(service_name, protocol)(
        moto_model.operation_model(operation)
    )
    response = serializer.serialize(result)
    body = response["body"]
    return {
        "status_code": response["status_code"],
        "headers": dict(response["headers"]),
        "body": body.encode() if isinstance(body, str) else body or b"",
    }


#: What a parse gives when it cannot read the response at all.
UNREADABLE = "unreadable"


def botocore_parse(service_model: Any, operation: str, response: dict) -> Any:
    """What a botocore client makes of a response, given what its HTTP layer gives it
    (headers that match any case; a success's blob payload as a stream, else it
    decodes the bytes to text): the parsed output, or for an error the `Error` (code
    and message) plus the modeled members of the error's shape; UNREADABLE when it
    cannot read the response."""
    protocol = service_model.resolved_protocol
    parser = create_parser(protocol)
    output_shape = service_model.operation_model(operation).output_shape
    wire = {
        "status_code": response["status_code"],
        "headers": HeadersDict(response["headers"]),
        "body": response["body"],
        "context": {"operation_name": operation},
    }
    payload = output_shape.serialization.get("payload") if output_shape else None
    if (
        payload is not None
        and output_shape.members[payload].type_name == "blob"
        and response["status_code"] < 300
    ):
        wire["body"] = io.BytesIO(response["body"])
    try:
        parsed = parser.parse(wire, output_shape)
        if response["status_code"] >= 300:
            try:
                error_shape = service_model.shape_for_error_code(
                    parsed["Error"]["Code"]
                )
            except NoShapeFoundError:
                error_shape = None
            if error_shape is not None:
                parsed.update(parser.parse(wire, error_shape))
    except Exception:  # noqa: BLE001  botocore cannot read it (say, XML-invalid text)
        return UNREADABLE
    return parsed


def our_parse(op: Any, package: Any, response: dict) -> Any:
    """Our parse in the same form: the output's `to_value()`, or the error's;
    UNREADABLE for a ResponseParseError."""
    try:
        parsed = op.parse(
            response["status_code"], response["headers"], response["body"]
        )
    except package.ResponseParseError:
        return UNREADABLE
    except package.ServiceError as error:
        parsed = {"Error": {"Code": error.code, "Message": error.message or ""}}
        if "request_id" not in {f.name for f in type(error)._fields}:
            parsed["RequestId"] = error.request_id  # else the body's own request id
        return {**parsed, **error.to_value()}
    return {} if parsed is None else parsed.to_value()


def assert_same_response(ours: Any, theirs: Any) -> None:
    """Ours against botocore's parse: the same values, the same error, or neither side
    able to read the response."""
    if theirs == UNREADABLE or ours == UNREADABLE:
        assert ours == theirs
        return
    theirs = dict(theirs)
    metadata = theirs.pop("ResponseMetadata", {})
    if "Error" in theirs:
        error = theirs.pop("Error")
        # an empty <Message/> is None to botocore, "" to us
        assert ours.pop("Error") == {
            "Code": error["Code"],
            "Message": error.get("Message") or "",
        }
        if "RequestId" in ours:
            assert ours.pop("RequestId") == metadata.get("RequestId")
        # our error's `message` is its modeled message member too: filled from the
        # message the body carries under either spelling, as botocore's Error.Message
        for key in ("Message", "message"):
            if (
                key in ours
                and key not in theirs
                and ours[key] == (error.get("Message") or "")
            ):
                del ours[key]
    assert _comparable(ours) == _comparable(theirs)


def _comparable(value: Any) -> Any:
    """Values as both sides can hold them: instants as UTC, bytes and text alike (botocore
    gives text for a blob payload), NaN by name, None members left out."""
    if isinstance(value, datetime.datetime):
        return ("datetime", value.timestamp())
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "surrogateescape")
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    if hasattr(value, "read"):
        return _comparable(value.read())
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_comparable(v) for v in value]
    return value
