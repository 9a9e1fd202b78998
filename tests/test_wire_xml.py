"""The XML protocols (rest-xml, query, ec2) on real services, against botocore.

Requests: for random valid parameters drawn from the IR, the generated
`op.serialize(Input.from_value(params))` gives the request botocore's
`create_serializer(protocol).serialize_to_request(params, operation_model)` gives:
method, URL (path, query and host prefix, joined by botocore's own
`prepare_request_dict`), headers, and body (rest-xml: the same bytes, or the same
canonical XML; query and ec2: the same `name=value` pieces as botocore's
`percent_encode_sequence` writes them, in any order).

Responses: moto's model-driven response serializers (`moto.core.serialize`, an
implementation nobody here wrote) write a response for a random output, or a random
error of the operation; the generated `op.parse` must read from those bytes what
botocore's `create_parser(protocol).parse` reads (compared through `to_value()`), and
for an error raise the class the code names with botocore's code, message, request id
and modeled members (botocore's client parses the error shape a second time for them).

`make test` runs a fixed sample of operations of the key services; `make test-all`
(`--all-services`) every XML-protocol service botocore ships.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import io
import math
import os
import re
import sys
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import botocore.model
import pytest
from botocore.awsrequest import HeadersDict, prepare_request_dict
from botocore.exceptions import ParamValidationError
from botocore.parsers import ResponseParserError, create_parser
from botocore.serialize import create_serializer
from botocore.utils import percent_encode_sequence
from hypothesis import given
from hypothesis import strategies as st

from generator import cli, load, names, normalize
from oracles import oracle_settings, service_ir
from strategies import params

#: The services `make test` runs, with how many operations of each (spread over the
#: sorted list); sqs and cloudwatch speak JSON now, so they are not here.
SAMPLE = {
    "s3": 12,
    "route53": 4,
    "cloudfront": 4,
    "s3control": 4,
    "sts": 3,
    "sns": 4,
    "iam": 4,
    "elbv2": 3,
    "ses": 3,
    "rds": 4,
    "ec2": 8,
}
#: Operations every run includes: the ones the issue names.
ALWAYS = {
    "s3": ["GetObject", "PutObject", "ListObjectsV2", "PutBucketLifecycleConfiguration",
           "CreateMultipartUpload", "PutBucketAcl", "CopyObject"],
    "sns": ["Publish"],
    "ec2": ["RunInstances", "DescribeInstances"],
}  # fmt: skip
XML_PROTOCOLS = ("rest-xml", "query", "ec2")
DRAWS = int(os.environ.get("BOTOGEN_WIRE_DRAWS", "3"))
ENDPOINT = "https://example.amazonaws.com"


def _all_services() -> list[str]:
    found = []
    for service in load.botocore_services():
        metadata = load.parse(load.read(service))["metadata"]
        if normalize.resolved_protocol(metadata) in XML_PROTOCOLS:
            found.append(service)
    return found


def _services(config: pytest.Config) -> dict[str, int]:
    if config.getoption("--all-services"):
        return {service: 5 for service in _all_services()}
    if os.environ.get("WIRE_SERVICES"):  # while developing: WIRE_SERVICES=s3,sts
        return {s: SAMPLE.get(s, 5) for s in os.environ["WIRE_SERVICES"].split(",")}
    return SAMPLE


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "operation" not in metafunc.fixturenames:
        return
    services = _services(metafunc.config)
    direction = "input" if "request" in metafunc.function.__name__ else "output"
    pairs = [
        (s, op)
        for s, count in services.items()
        for op in _operations(s, count, direction)
    ]
    metafunc.parametrize(("service", "operation"), pairs)


@functools.cache
def _model(service: str) -> Any:
    """botocore's model of the service, made from the very model we generate from:
    botocore's own loader would also merge its `sdk-extras` files (S3's Expires
    becomes a timestamp there), which is a matter for the loader, not the wire."""
    return botocore.model.ServiceModel(load.parse(load.read(service)), service)


@functools.cache
def _moto_model(service: str) -> Any:
    from moto.core.model import ServiceModel

    return ServiceModel(load.parse(load.read(service)), service)


def _operations(service: str, count: int, direction: str) -> list[str]:
    """`count` operations spread over the sorted list, plus the named ones, that have
    an input (or output) without an event stream (those are the event-stream tests')."""
    ir = service_ir(service)
    usable = []
    for op in ir.operations:
        shape = op.input if direction == "input" else op.output
        if shape is None:
            continue
        if any(ir.shape(m.target).event_stream for m in ir.shape(shape).members):
            continue
        usable.append(op.name)
    step = max(1, len(usable) // count)
    chosen = usable[::step][:count]
    return chosen + [
        op for op in ALWAYS.get(service, ()) if op in usable and op not in chosen
    ]


@pytest.fixture(scope="session")
def generated(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The services generated into one folder on sys.path (the format cache makes a
    repeat cheap)."""
    out = tmp_path_factory.mktemp("wire_xml") / "out"
    services = sorted(_services(request.config))
    assert cli.main(["generate", *services, "--out", str(out)]) == 0
    sys.path.insert(0, str(out))
    return out


def _op(service: str, operation: str) -> Any:
    package = importlib.import_module(names.package_name(service))
    operations = importlib.import_module(package.__name__ + ".operations").OPERATIONS
    return package, operations[names.snake_case(operation)]


# -- requests ---------------------------------------------------------------------------


#: Characters XML 1.0 does not allow: botocore writes them as they are (and so do we),
#: but no parser reads them back, so the canonical comparison replaces them first.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _canonical_xml(body: bytes) -> str:
    """The body in canonical form (C14N 2.0): `<a />` and `<a></a>`, attribute order
    and quoting do not count; element order, names, namespaces and text do."""
    return ET.canonicalize(_NOT_XML.sub("\ufffd", body.decode()))


def _assert_same_request(ours: Any, theirs: dict[str, Any], protocol: str) -> None:
    assert ours.method == theirs["method"]
    prepare_request_dict(theirs, ENDPOINT)
    assert ours.url(ENDPOINT) == theirs["url"]
    assert ours.host_prefix == theirs.get("host_prefix", "")
    assert ours.headers == theirs["headers"]
    body = theirs["body"]
    if protocol in ("query", "ec2"):
        # botocore hands a dict to its HTTP layer, which encodes it as
        # percent_encode_sequence does; the pieces must be the same, in any order
        expected = percent_encode_sequence(body).split("&")
        actual = ours.body.decode().split("&")
        assert sorted(actual) == sorted(expected)
        assert len(set(actual)) == len(actual)
    elif isinstance(body, bytes) and body != ours.body:
        assert _canonical_xml(ours.body) == _canonical_xml(body)
    else:
        assert ours.body == body


@given(data=st.data())
@oracle_settings(DRAWS)
def test_request(
    generated: Path, service: str, operation: str, data: st.DataObject
) -> None:
    """Our request equals botocore's for random valid parameters."""
    ir = service_ir(service)
    package, op = _op(service, operation)
    wire_name = next(o.input for o in ir.operations if o.name == operation)
    p = data.draw(params(ir, wire_name), label="params")
    request_object = op.input_class().from_value(p)
    model = _model(service)
    serializer = create_serializer(ir.protocol, include_validation=False)
    try:
        ours = op.serialize(request_object)
    except package.ValidationError:
        # a host label the pattern lets through (`\d` takes any Unicode digit) that
        # is no DNS label: botocore refuses it too
        with pytest.raises(ParamValidationError):
            serializer.serialize_to_request(p, model.operation_model(operation))
        return
    # idempotency tokens: botocore's client fills them before serializing; ours are
    # on the object now
    filled = request_object.to_value()
    theirs = serializer.serialize_to_request(filled, model.operation_model(operation))
    _assert_same_request(ours, theirs, ir.protocol)


# -- responses --------------------------------------------------------------------------


def _moto_response(service: str, operation: str, result: Any) -> dict[str, Any]:
    """The response moto's serializer writes for `result` (a dict of the output, or an
    exception): status, headers and body as bytes."""
    from moto.core.serialize import get_serializer_class

    model = _moto_model(service)
    cls = get_serializer_class(service, normalize.resolved_protocol(model.metadata))
    response = cls(model.operation_model(operation)).serialize(result)
    body = response["body"]
    return {
        "status_code": response["status_code"],
        # header names as an HTTP client may hand them over (any case will do; ours
        # reads them lower-cased): a header map's keys then compare alike
        "headers": {name.lower(): value for name, value in response["headers"].items()},
        "body": body.encode() if isinstance(body, str) else (body or b""),
    }


def _botocore_parse(service: str, response: dict[str, Any], shape: Any) -> Any:
    """botocore's parse, given what its HTTP layer gives it: headers that match any
    case, and the blob payload of a success as a stream (given bytes, it would decode
    them to str; an error's body it reads whole)."""
    given = dict(response, headers=HeadersDict(response["headers"]))
    payload = shape.serialization.get("payload") if shape is not None else None
    blob = payload is not None and shape.members[payload].type_name == "blob"
    if blob and response["status_code"] < 300:
        given["body"] = io.BytesIO(response["body"])
    return create_parser(service_ir(service).protocol).parse(given, shape)


def _normalized(value: Any) -> Any:
    """botocore's parsed form beside ours:
    - a blob payload is bytes in ours and a stream in botocore's: compare the bytes;
    - datetimes compare as instants (botocore's tzutc against timezone.utc);
    - NaN equals NaN;
    - ResponseMetadata is botocore's own addition."""
    if isinstance(value, dict):
        return {k: _normalized(v) for k, v in value.items() if k != "ResponseMetadata"}
    if isinstance(value, list):
        return [_normalized(v) for v in value]
    if isinstance(value, str):
        return value
    if hasattr(value, "read"):
        value = value.read()
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "surrogateescape")
    if isinstance(value, datetime.datetime):
        return ("datetime", value.timestamp())
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    return value


@given(data=st.data())
@oracle_settings(DRAWS)
def test_response(
    generated: Path, service: str, operation: str, data: st.DataObject
) -> None:
    """A response moto writes for a random output parses as botocore parses it."""
    ir = service_ir(service)
    package, op = _op(service, operation)
    wire_name = next(o.output for o in ir.operations if o.name == operation)
    result = data.draw(params(ir, wire_name), label="output")
    response = _moto_response(service, operation, result)
    shape = _model(service).operation_model(operation).output_shape
    try:
        theirs = _botocore_parse(service, response, shape)
    except Exception:  # botocore cannot read it either (say, XML-invalid text)
        wire = importlib.import_module(package.__name__ + "._wire")
        with pytest.raises(wire.ResponseParseError):
            op.parse(response["status_code"], response["headers"], response["body"])
        return
    ours = op.parse(response["status_code"], response["headers"], response["body"])
    assert _normalized(ours.to_value()) == _normalized(theirs)


def _error_codes(service: str, operation: str) -> list[tuple[str, str | None]]:
    """(code, error shape) for the operation's modeled errors, and one code no shape has."""
    model = _model(service)
    codes = [
        (shape.error_code or shape.name, shape.name)
        for shape in model.operation_model(operation).error_shapes
    ]
    return codes + [("SomethingUnmodeled", None)]


@given(data=st.data())
@oracle_settings(DRAWS)
def test_error(
    generated: Path, service: str, operation: str, data: st.DataObject
) -> None:
    """An error moto writes parses as botocore's client reads it: the code from the
    error body, then the error shape for that code parsed for its modeled members."""
    ir = service_ir(service)
    package, op = _op(service, operation)
    code, shape_name = data.draw(
        st.sampled_from(_error_codes(service, operation)), label="code"
    )
    members = (
        {} if shape_name is None else data.draw(params(ir, shape_name), label="members")
    )
    error = type("MotoError", (Exception,), {})()
    error.code = code
    error.message = data.draw(st.sampled_from(["", "Something went wrong & <badly>"]))
    for key, value in members.items():
        setattr(error, key, value)
    with warnings.catch_warnings():  # moto warns of the unmodeled code
        warnings.simplefilter("ignore", UserWarning)
        response = _moto_response(service, operation, error)
    model = _model(service)
    try:
        theirs = _botocore_parse(
            service, response, model.operation_model(operation).output_shape
        )
    except ResponseParserError:  # not XML (say, a control character in the message)
        wire = importlib.import_module(package.__name__ + "._wire")
        with pytest.raises(wire.ResponseParseError):
            op.parse(response["status_code"], response["headers"], response["body"])
        return
    their_code = theirs["Error"].get("Code")
    error_shape = model.shape_for_error_code(their_code)
    modeled = (
        {} if error_shape is None else _botocore_parse(service, response, error_shape)
    )
    with pytest.raises(package.ServiceError) as caught:
        op.parse(response["status_code"], response["headers"], response["body"])
    raised = caught.value
    assert raised.code == their_code
    expected_class = (
        "ServiceError" if error_shape is None else ir.shape(error_shape.name).class_name
    )
    assert type(raised).__name__ == expected_class
    assert (raised.message or "") == (theirs["Error"].get("Message") or "")
    assert raised.http_status == response["status_code"]
    their_id = theirs.get("ResponseMetadata", {}).get("RequestId")
    if their_id:
        assert raised.request_id == their_id
    assert _normalized(raised.to_value()) == _normalized(modeled)


def test_unknown_union_member(generated: Path, request: pytest.FixtureRequest) -> None:
    """A union member newer than the model is kept, as the values layer keeps it:
    (its element name, its content as plain values), where botocore names it
    SDK_UNKNOWN_MEMBER; a known member reads as botocore reads it."""
    if "s3control" not in _services(request.config):
        pytest.skip("s3control is not among the services of this run")
    _, op = _op("s3control", "DescribeJob")
    body = (
        b'<DescribeJobResult xmlns="http://awss3control.amazonaws.com/doc/2018-08-20/">'
        b"<Job><JobId>1</JobId><ManifestGenerator><NewKind><Bucket>b</Bucket>"
        b"<Depth>2</Depth></NewKind></ManifestGenerator></Job></DescribeJobResult>"
    )
    response = {"status_code": 200, "headers": {}, "body": body}
    shape = _model("s3control").operation_model("DescribeJob").output_shape
    theirs = _botocore_parse("s3control", response, shape)
    assert theirs["Job"]["ManifestGenerator"] == {
        "SDK_UNKNOWN_MEMBER": {"name": "NewKind"}
    }
    generator = op.parse(200, {}, body).job.manifest_generator
    assert generator.unknown_member == ("NewKind", {"Bucket": "b", "Depth": "2"})
    assert generator.to_value() == {"NewKind": {"Bucket": "b", "Depth": "2"}}
