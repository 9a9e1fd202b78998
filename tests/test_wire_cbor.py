"""smithy-rpc-v2-cbor on real services, against botocore.

Three services generated with `--protocol smithy-rpc-v2-cbor` (arc-region-switch, which
has 32-bit floats and unions; compute-optimizer; cloudwatch, which is also
query-compatible). For every operation, random valid parameters drawn from the IR give
the request botocore's `serialize_to_request` gives (method, path, headers, host prefix;
the body byte for byte, and as decoded values). Responses the other way: bodies written
by cbor2 (an independent CBOR encoder, in shortest or plain form) for random outputs
and errors parse to what botocore's `RpcV2CBORParser` returns, compared through
`to_value()`; a truncated body raises the package's ResponseParseError.
"""

from __future__ import annotations

import functools
import importlib
import math
import sys
from pathlib import Path
from typing import Any

import botocore.model
import botocore.session
import cbor2
import pytest
from botocore.parsers import create_parser
from botocore.serialize import create_serializer
from hypothesis import given
from hypothesis import strategies as st

from generator import cli, names
from oracles import botocore_model, oracle_settings, service_ir
from strategies import params, values

PROTOCOL = "smithy-rpc-v2-cbor"
SERVICES = ["arc-region-switch", "compute-optimizer", "cloudwatch"]
DRAWS = 4


def _package_name(service: str) -> str:
    return "botogen_cbor_" + names.package_name(service).removeprefix("botogen_")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cbor") / "out"
    for service in SERVICES:
        args = [
            "generate",
            service,
            "--protocol",
            PROTOCOL,
            "--package",
            _package_name(service),
        ]
        assert cli.main([*args, "--out", str(out / service)]) == 0
        sys.path.insert(0, str(out / service))
    return out


def _operations() -> list[tuple[str, str]]:
    return [
        (service, op.name)
        for service in SERVICES
        for op in service_ir(service, PROTOCOL).operations
    ]


def _op(service: str, operation: str) -> tuple[Any, Any]:
    package = importlib.import_module(_package_name(service))
    table = importlib.import_module(package.__name__ + ".operations").OPERATIONS
    return package, table[names.snake_case(operation)]


def equal(a: Any, b: Any) -> bool:
    """Equality that counts NaN equal to NaN, and 5 equal to 5.0 (botocore keeps the
    integer a body holds for a float member; the typed object holds a float)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, float) and isinstance(b, (int, float)):
        return (math.isnan(a) and math.isnan(b)) or a == float(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(equal, a, b))
    return bool(a == b)


def botocore_loads(data: bytes) -> Any:
    parser = create_parser(PROTOCOL)
    return parser.parse_data_item(parser.get_peekable_stream_from_bytes(data))


# -- requests -------------------------------------------------------------------------------


@pytest.mark.parametrize(("service", "operation"), _operations())
@given(data=st.data())
@oracle_settings(DRAWS)
def test_requests(
    generated: Path, service: str, operation: str, data: st.DataObject
) -> None:
    package, op = _op(service, operation)
    operation_model = botocore_model(service).operation_model(operation)
    cls = op.input_class()
    request = None
    if cls is not None:
        request = cls.from_value(
            data.draw(
                params(service_ir(service, PROTOCOL), op_input(service, operation))
            )
        )
    ours = op.serialize(request)
    # the tokens our serializer filled, and the members in the model's order: botocore
    # then writes the same bytes
    p = request.to_value() if request is not None else {}
    try:
        theirs = create_serializer(PROTOCOL).serialize_to_request(p, operation_model)
    except OverflowError:  # botocore cannot write a float beyond 32 bits or a bignum
        return
    assert ours.method == theirs["method"]
    assert ours.path == theirs["url_path"]
    assert ours.query == [] and not theirs["query_string"]
    assert ours.headers == theirs["headers"]
    assert ours.host_prefix == (theirs.get("host_prefix") or "")
    assert ours.body == theirs["body"]
    if ours.body:
        assert equal(botocore_loads(ours.body), botocore_loads(theirs["body"]))


def op_input(service: str, operation: str) -> str:
    return next(
        op.input
        for op in service_ir(service, PROTOCOL).operations
        if op.name == operation
    )


# -- responses ------------------------------------------------------------------------------


def wire(ir: Any, wire_name: str, value: Any) -> Any:
    """A value in botocore's form as a service puts it in CBOR: timestamps as tag 1
    (whole or fractional seconds), everything else as it is."""
    shape = ir.shape(wire_name)
    if value is None:
        return None
    if shape.kind in ("structure", "union", "exception"):
        members = {m.wire_name: m for m in shape.members}
        return {k: wire(ir, members[k].target, v) for k, v in value.items()}
    if shape.kind == "list":
        return [wire(ir, shape.item, v) for v in value]
    if shape.kind == "map":
        return {k: wire(ir, shape.value, v) for k, v in value.items()}
    if shape.kind == "integer" or (shape.kind == "float" and isinstance(value, int)):
        # cbor2 writes a bignum (tag 2 or 3) beyond 64 bits, which botocore cannot read
        return max(-(2**64), min(value, 2**64 - 1))
    if shape.kind == "timestamp":
        seconds = value.timestamp()
        return cbor2.CBORTag(1, int(seconds) if seconds.is_integer() else seconds)
    return value


def _response(status: int, headers: dict[str, str], body: bytes) -> dict[str, Any]:
    return {
        "status_code": status,
        "headers": headers,
        "body": body,
        "context": {"operation_name": ""},
    }


@pytest.mark.parametrize(("service", "operation"), _operations())
@given(data=st.data())
@oracle_settings(DRAWS)
def test_responses(
    generated: Path, service: str, operation: str, data: st.DataObject
) -> None:
    package, op = _op(service, operation)
    ir = service_ir(service, PROTOCOL)
    operation_model = botocore_model(service).operation_model(operation)
    output = next(o.output for o in ir.operations if o.name == operation)
    value = {} if output is None else data.draw(values(ir, output), label="output")
    document = {} if output is None else wire(ir, output, value)
    if data.draw(st.booleans(), label="extra member"):
        document = {**document, "ExtraMemberNobodyKnows": [1, "two"]}
    body = cbor2.dumps(document, canonical=data.draw(st.booleans(), label="shortest"))
    headers = {"x-amzn-requestid": "request-1", "smithy-protocol": "rpc-v2-cbor"}
    theirs = create_parser(PROTOCOL).parse(
        _response(200, headers, body), operation_model.output_shape
    )
    theirs.pop("ResponseMetadata", None)
    parsed = op.parse(200, headers, body)
    ours = {} if parsed is None else parsed.to_value()
    assert equal(ours, theirs), (ours, theirs)
    if output is not None and body != b"\xa0":
        cut = data.draw(st.integers(0, len(body) - 1), label="cut")
        with pytest.raises(package.ResponseParseError):
            op.parse(200, headers, body[:cut] if cut else b"\xbf")


@pytest.mark.parametrize(("service", "operation"), _operations())
@given(data=st.data())
@oracle_settings(DRAWS)
def test_errors(
    generated: Path, service: str, operation: str, data: st.DataObject
) -> None:
    """An error response (a modeled error of the operation, or a code the model does not
    know, or a bare 5xx) raises what botocore's parser and client make of it: the code,
    the message, the request id and the modeled members."""
    package, op = _op(service, operation)
    ir = service_ir(service, PROTOCOL)
    service_model = botocore_model(service)
    operation_model = service_model.operation_model(operation)
    ir_op = next(o for o in ir.operations if o.name == operation)
    kind = data.draw(st.sampled_from(["modeled", "unknown", "generic"]), label="kind")
    headers = {"x-amzn-requestid": "request-2"}
    status = data.draw(
        st.sampled_from([400, 403, 404, 409, 429, 500, 503]), label="status"
    )
    # a code two error shapes claim (cloudwatch's ResourceNotFound) names the one the
    # generated ERRORS table picks, not always botocore's: left out here
    errors = [e for e in ir_op.errors if _code_claims(service)[_error_code(ir, e)] == 1]
    if kind == "generic" or (kind == "modeled" and not errors):
        status = data.draw(st.sampled_from([500, 502, 503]))
        body = b""
    else:
        document: dict[str, Any] = {}
        if kind == "modeled":
            error = data.draw(st.sampled_from(errors), label="error")
            document = wire(ir, error, data.draw(values(ir, error), label="members"))
            code = _error_code(ir, error)
            if service_model.metadata.get("awsQueryCompatible") and data.draw(
                st.booleans()
            ):
                headers["x-amzn-query-error"] = f"{code};Sender"
                code = error
        else:
            code = data.draw(st.sampled_from(["ThrottlingException", "Weird.Code"]))
        namespace = data.draw(st.sampled_from(["", "com.amazonaws.example#"]))
        document["__type"] = namespace + code
        if not {"message", "Message"} & document.keys() and data.draw(st.booleans()):
            document["message"] = data.draw(st.text(max_size=20), label="message")
        body = cbor2.dumps(document)
    response = _response(status, headers, body)
    theirs = create_parser(PROTOCOL).parse(response, operation_model.output_shape)
    code = theirs["Error"]["Code"]
    error_shape = service_model.shape_for_error_code(code)
    modeled = {}
    if error_shape is not None:  # as botocore's client adds the modeled members
        modeled = create_parser(PROTOCOL).parse(response, error_shape)
        modeled.pop("ResponseMetadata", None)
    with pytest.raises(package.ServiceError) as raised:
        op.parse(status, headers, body)
    error = raised.value
    assert error.code == code
    assert error.http_status == status
    # botocore leaves the request id out of a generic 5xx; we keep it
    assert error.request_id == "request-2"
    assert theirs["ResponseMetadata"].get("RequestId", "request-2") == "request-2"
    expected_class = (
        "ServiceError" if error_shape is None else ir.shape(error_shape.name).class_name
    )
    assert type(error).__name__ == expected_class
    ours = error.to_value()
    for name in ("message", "Message"):
        # _wire.raise_error fills an absent `message` member with the message of the
        # response, "" when it has none, where botocore leaves the member out
        if ours.get(name) == theirs["Error"]["Message"] and name not in modeled:
            del ours[name]
    assert equal(ours, modeled), (ours, modeled)
    member = modeled.get("message", modeled.get("Message"))
    assert (error.message or "") == (
        theirs["Error"]["Message"] if member is None else member
    )


def _error_code(ir: Any, error: str) -> str:
    return ir.shape(error).error_code or error


@functools.cache
def _code_claims(service: str) -> dict[str, int]:
    """How many error shapes answer to each code (their own name or `error.code`)."""
    ir = service_ir(service, PROTOCOL)
    claims: dict[str, int] = {}
    for shape in ir.shapes:
        if shape.kind == "exception":
            for code in {shape.wire_name, _error_code(ir, shape.wire_name)}:
                claims[code] = claims.get(code, 0) + 1
    return claims


def test_base_error_methods_are_not_inherited(generated: Path) -> None:
    """A ServiceError raised for a code the model lacks compiles methods for no members;
    the modeled error classes below it keep their own."""
    package, op = _op("arc-region-switch", "ApprovePlanExecutionStep")
    with pytest.raises(package.ServiceError) as unknown:
        op.parse(400, {}, cbor2.dumps({"__type": "NobodyKnowsThis", "message": "m"}))
    assert type(unknown.value) is package.ServiceError
    assert unknown.value.to_value() == {}
    body = cbor2.dumps({"__type": "AccessDeniedException", "message": "no"})
    with pytest.raises(package.AccessDeniedException) as modeled:
        op.parse(403, {}, body)
    assert modeled.value.to_value() == {"message": "no"}
    assert modeled.value._cbor_read({"message": "again"}).to_value() == {
        "message": "again"
    }


# -- event streams ----------------------------------------------------------------------------

STREAM_SHAPES = {
    "Input": {"type": "structure", "members": {"Name": {"shape": "String"}}},
    "Output": {
        "type": "structure",
        "members": {"Id": {"shape": "String"}, "Events": {"shape": "Events"}},
    },
    "Events": {
        "type": "structure",
        "eventstream": True,
        "members": {
            "Reading": {"shape": "Reading"},
            "Raw": {"shape": "Raw"},
            "Failure": {"shape": "Failure"},
        },
    },
    "Reading": {
        "type": "structure",
        "event": True,
        "members": {
            "Value": {"shape": "Double"},
            "Ratio": {"shape": "Float"},
            "At": {"shape": "Timestamp"},
            "Data": {"shape": "Blob"},
            "Tags": {"shape": "Tags"},
            "Sub": {"shape": "Sub"},
        },
    },
    "Raw": {
        "type": "structure",
        "event": True,
        "members": {"Bytes": {"shape": "Blob", "eventpayload": True}},
    },
    "Failure": {
        "type": "structure",
        "exception": True,
        "members": {"message": {"shape": "String"}, "Reason": {"shape": "String"}},
    },
    "Sub": {"type": "structure", "members": {"Count": {"shape": "Long"}}},
    "Tags": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "Strings"}},
    "Strings": {"type": "list", "member": {"shape": "String"}},
    "String": {"type": "string"},
    "Double": {"type": "double"},
    "Float": {"type": "float"},
    "Long": {"type": "long"},
    "Timestamp": {"type": "timestamp"},
    "Blob": {"type": "blob"},
}


@pytest.fixture(scope="module")
def streaming(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from small_models import generate, model

    operations = {
        "Watch": {
            "name": "Watch",
            "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": "Input"},
            "output": {"shape": "Output"},
        }
    }
    raw = model(STREAM_SHAPES, operations)
    raw["metadata"].update(
        protocol=PROTOCOL,
        protocols=[PROTOCOL],
        targetPrefix="Streams",
        jsonVersion="1.0",
    )
    package = generate(raw, tmp_path_factory.mktemp("stream"), "botogen_cbor_streams")
    return (
        package,
        importlib.import_module("botogen_cbor_streams.operations").OPERATIONS["watch"],
    )


class _RawStream:
    """What botocore's EventStream reads: a raw body with `stream()`."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def stream(self) -> Any:
        yield self.data

    def close(self) -> None:
        pass


EVENT_VALUES = st.fixed_dictionaries(
    {},
    optional={
        "Value": st.floats(allow_nan=False),
        "Ratio": st.floats(width=32, allow_nan=False),
        "At": st.integers(0, 2**33).map(lambda s: cbor2.CBORTag(1, s)),
        "Data": st.binary(max_size=10),
        "Tags": st.dictionaries(
            st.text(max_size=5), st.lists(st.text(max_size=5), max_size=3)
        ),
        "Sub": st.fixed_dictionaries(
            {}, optional={"Count": st.integers(-(2**63), 2**63 - 1)}
        ),
    },
)


@given(
    initial=st.fixed_dictionaries({}, optional={"Id": st.text(max_size=10)}),
    events=st.lists(
        st.tuples(st.sampled_from(["Reading", "Raw"]), EVENT_VALUES),
        max_size=4,
    ),
    canonical=st.booleans(),
)
@oracle_settings(60)
def test_output_event_stream(
    streaming: Any, initial: dict, events: list, canonical: bool
) -> None:
    """Typed events from CBOR messages, as botocore's EventStreamCBORParser reads them."""
    from botocore.eventstream import EventStream

    package, op = streaming
    es = importlib.import_module("botogen_cbor_streams._eventstream")
    initial_type = {":message-type": "event", ":event-type": "initial-response"}
    body = es.encode(initial_type, cbor2.dumps(initial, canonical=canonical))
    for kind, value in events:
        headers = {":message-type": "event", ":event-type": kind}
        if kind == "Raw":
            body += es.encode(headers, value.get("Data", b""))
        else:
            body += es.encode(headers, cbor2.dumps(value, canonical=canonical))
    service_model = botocore.model.ServiceModel(_stream_model(), "streams")
    output_shape = service_model.operation_model("Watch").output_shape
    response = _response(200, {}, _RawStream(body))  # type: ignore[arg-type]
    theirs = create_parser(PROTOCOL).parse(response, output_shape)
    theirs.pop("ResponseMetadata", None)
    assert isinstance(theirs["Events"], EventStream)
    theirs["Events"] = list(theirs["Events"])
    parsed = op.parse(200, {}, body)
    ours = parsed.to_value()
    ours["Events"] = list(ours["Events"])
    assert equal(ours, theirs), (ours, theirs)


def _stream_model() -> dict:
    from small_models import model

    raw = model(
        STREAM_SHAPES,
        {
            "Watch": {
                "name": "Watch",
                "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": "Input"},
                "output": {"shape": "Output"},
            }
        },
    )
    raw["metadata"].update(
        protocol=PROTOCOL, protocols=[PROTOCOL], targetPrefix="Streams"
    )
    return raw


def test_exception_event_and_event_payloads(streaming: Any) -> None:
    package, op = streaming
    es = importlib.import_module("botogen_cbor_streams._eventstream")
    protocol = op.service.protocol()
    assert protocol.event_content_type == "application/cbor"
    reading = package.Reading.make(value=1.5, ratio=0.25, data=b"\x00")
    payload = protocol.write_event(reading)
    assert cbor2.loads(payload) == {"Value": 1.5, "Ratio": 0.25, "Data": b"\x00"}
    assert payload[payload.index(b"Ratio") + 5] == 0xFA  # a float: 32 bits
    assert protocol.read_event(package.Reading, payload).value == 1.5
    body = es.encode({":message-type": "event", ":event-type": "initial-response"}, b"")
    body += es.encode(
        {":message-type": "exception", ":exception-type": "Failure"},
        cbor2.dumps({"message": "broken", "Reason": "wires"}),
    )
    stream = op.parse(200, {}, body).events
    with pytest.raises(package.Failure) as raised:
        next(stream)
    assert (raised.value.message, raised.value.reason) == ("broken", "wires")


def test_stream_request_headers(streaming: Any) -> None:
    """An operation that answers with an event stream accepts it, and botocore names it
    as the request's content type too."""
    package, op = streaming
    service_model = botocore.model.ServiceModel(_stream_model(), "streams")
    theirs = create_serializer(PROTOCOL).serialize_to_request(
        {"Name": "n"}, service_model.operation_model("Watch")
    )
    ours = op.serialize(package.Input.make(name="n"))
    assert ours.headers == theirs["headers"]
    assert ours.headers["Accept"] == "application/vnd.amazon.eventstream"
    assert ours.body == theirs["body"] and ours.path == theirs["url_path"]


def test_unknown_union_member_is_kept(generated: Path) -> None:
    """A union member newer than the model survives parsing (botocore drops it)."""
    package, op = _op("arc-region-switch", "GetPlan")
    ir = service_ir("arc-region-switch", PROTOCOL)
    union = next(s for s in ir.shapes if s.kind == "union")
    cls = getattr(package, union.class_name)
    importlib.import_module(f"{package.__name__}._cbor")  # as the first parse does
    obj = cls._cbor_read({"brandNewMember": {"x": [1, None]}})
    assert obj.unknown_member == ("brandNewMember", {"x": [1, None]})
    out = bytearray()
    obj._cbor_write(out)
    assert cbor2.loads(bytes(out)) == {"brandNewMember": {"x": [1, None]}}
