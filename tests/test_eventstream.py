"""Event streams: the framing against botocore's decoder and moto's encoder, and typed
events of real operations (Bedrock Runtime's InvokeModelWithResponseStream and
ConverseStream, Lambda's InvokeWithResponseStream, Kinesis's SubscribeToShard) from
streams moto writes, against what botocore's parsers make of the same bytes."""

from __future__ import annotations

import importlib
import struct
import sys
import uuid
import zlib
from pathlib import Path
from typing import Any

import pytest
from botocore.eventstream import EventStreamBuffer
from hypothesis import given
from hypothesis import strategies as st
from moto.core.eventstream import EventStreamEncoder

from generator import cli, names
from oracles import botocore_model, oracle_settings, service_ir
from strategies import params
from wire_oracles import _comparable, moto_response

SERVICES = ["bedrock-runtime", "lambda", "kinesis"]
STREAMING = [
    ("bedrock-runtime", "InvokeModelWithResponseStream"),
    ("bedrock-runtime", "ConverseStream"),
    ("lambda", "InvokeWithResponseStream"),
    ("kinesis", "SubscribeToShard"),
]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("streams") / "out"
    assert cli.main(["generate", *SERVICES, "--out", str(out)]) == 0
    sys.path.insert(0, str(out))
    return out


def _eventstream(service: str) -> Any:
    return importlib.import_module(names.package_name(service) + "._eventstream")


# -- framing ----------------------------------------------------------------------------

_HEADER_VALUES = (
    st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.binary(max_size=40)
    | st.text(max_size=40)
    | st.uuids()
)


@given(
    headers=st.dictionaries(
        st.text(min_size=1, max_size=20), _HEADER_VALUES, max_size=6
    ),
    payload=st.binary(max_size=300),
)
@oracle_settings(200)
def test_frames_we_write_botocore_reads(
    packages: Path, headers: dict, payload: bytes
) -> None:
    es = _eventstream("kinesis")
    frame = es.encode(headers, payload)
    buffer = EventStreamBuffer()
    buffer.add_data(frame)
    (message,) = list(buffer)
    expected = {
        k: (v.bytes if isinstance(v, uuid.UUID) else v) for k, v in headers.items()
    }
    assert message.headers == expected
    assert message.payload == payload
    assert list(es.decode(frame)) == [(headers, payload)]


@given(
    headers=st.dictionaries(
        st.text(min_size=1, max_size=20),
        st.booleans()
        | st.integers(-(2**31), 2**31 - 1)
        | st.binary(max_size=40)
        | st.text(max_size=40),
        max_size=6,
    ),
    payload=st.binary(max_size=300),
)
@oracle_settings(200)
def test_frames_moto_writes_we_read(
    packages: Path, headers: dict, payload: bytes
) -> None:
    es = _eventstream("kinesis")
    frame = EventStreamEncoder().encode_message(headers, payload)
    assert list(es.decode(frame)) == [(headers, payload)]
    # a stream of several, read through a file object in small reads
    reader = _Trickle(frame * 3)
    assert list(es.decode(reader)) == [(headers, payload)] * 3


class _Trickle:
    """A body that returns at most 7 bytes a read, as a slow socket might."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        size = 7 if size < 0 else min(size, 7)
        chunk, self.data = self.data[:size], self.data[size:]
        return chunk


def _hand_built() -> bytes:
    """A message built byte by byte here: a string header, a timestamp header, a payload."""
    headers = (
        bytes([len(b":event-type")]) + b":event-type" + b"\x07" + struct.pack(">H", 5) + b"chunk"
        + bytes([len(b"when")]) + b"when" + b"\x08" + struct.pack(">q", 1_700_000_000_123)
    )  # fmt: skip
    payload = b'{"bytes":"aGk="}'
    total = 12 + len(headers) + len(payload) + 4
    prelude = struct.pack(">II", total, len(headers))
    prelude += struct.pack(">I", zlib.crc32(prelude))
    message = prelude + headers + payload
    return message + struct.pack(">I", zlib.crc32(message))


def test_hand_built_message(packages: Path) -> None:
    es = _eventstream("kinesis")
    frame = _hand_built()
    buffer = EventStreamBuffer()
    buffer.add_data(frame)
    (theirs,) = list(buffer)
    ((headers, payload),) = list(es.decode(frame))
    assert (
        headers == theirs.headers == {":event-type": "chunk", "when": 1_700_000_000_123}
    )
    assert payload == theirs.payload == b'{"bytes":"aGk="}'


@pytest.mark.parametrize("where", [4, 9, -1, -3])
def test_a_wrong_crc_is_a_clear_error(packages: Path, where: int) -> None:
    es = _eventstream("kinesis")
    frame = bytearray(_hand_built())
    frame[where] ^= 0x40
    package = importlib.import_module("botogen_kinesis")
    with pytest.raises(
        package.ResponseParseError,
        match="event stream: .*(CRC32|length|longer|shorter)",
    ):
        list(es.decode(bytes(frame)))


def test_a_truncated_stream_is_a_clear_error(packages: Path) -> None:
    es = _eventstream("kinesis")
    package = importlib.import_module("botogen_kinesis")
    with pytest.raises(package.ResponseParseError, match="truncated"):
        list(es.decode(_hand_built()[:-5]))


# -- typed events -----------------------------------------------------------------------


class _RawStream:
    """What botocore's EventStream reads: a raw body with `stream()`."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def stream(self) -> Any:
        yield self.data

    def close(self) -> None:
        pass


def _botocore_events(service: str, operation: str, response: dict) -> dict:
    from botocore.awsrequest import HeadersDict
    from botocore.parsers import create_parser

    model = botocore_model(service)
    op_model = model.operation_model(operation)
    parser = create_parser(model.resolved_protocol)
    body = response["body"]
    wire = {
        "status_code": response["status_code"],
        "headers": HeadersDict(response["headers"]),
        "body": _RawStream(body),
        "context": {"operation_name": operation},
    }
    parsed = parser.parse(wire, op_model.output_shape)
    parsed.pop("ResponseMetadata", None)
    stream_name = op_model.output_shape.event_stream_name
    parsed[stream_name] = list(parsed[stream_name])
    return parsed


@pytest.mark.parametrize(("service", "operation"), STREAMING)
@given(data=st.data())
@oracle_settings(15)
def test_output_streams(
    packages: Path, service: str, operation: str, data: st.DataObject
) -> None:
    ir = service_ir(service)
    op_ir = next(op for op in ir.operations if op.name == operation)
    output = data.draw(params(ir, op_ir.output), label="output")
    stream = next(
        m for m in ir.shape(op_ir.output).members if ir.shape(m.target).event_stream
    )
    union = ir.shape(stream.target)
    events_shape = [m for m in union.members if ir.shape(m.target).kind != "exception"]
    events = data.draw(
        st.lists(
            st.sampled_from(events_shape).flatmap(
                lambda m: params(ir, m.target).map(lambda v, m=m: {m.wire_name: v})
            ),
            max_size=4,
        ),
        label="events",
    )
    output[stream.wire_name] = events
    response = moto_response(service, botocore_model(service), operation, output)
    theirs = _botocore_events(service, operation, response)

    package = importlib.import_module(names.package_name(service))
    table = importlib.import_module(package.__name__ + ".operations").OPERATIONS
    op = table[names.snake_case(operation)]
    parsed = op.parse(
        response["status_code"], response["headers"], _Trickle(response["body"])
    )
    ours = parsed.to_value()
    ours[stream.wire_name] = list(ours[stream.wire_name])
    assert _comparable(ours) == _comparable(theirs)


def _stream_message(es: Any, headers: dict, payload: bytes) -> bytes:
    return es.encode(headers, payload)


def test_an_exception_event_raises_its_class(packages: Path) -> None:
    package = importlib.import_module("botogen_bedrock_runtime")
    es = _eventstream("bedrock-runtime")
    op = importlib.import_module("botogen_bedrock_runtime.operations").OPERATIONS[
        "converse_stream"
    ]
    body = es.encode(
        {
            ":message-type": "event",
            ":event-type": "messageStart",
            ":content-type": "application/json",
        },
        b'{"role":"assistant"}',
    ) + es.encode(
        {
            ":message-type": "exception",
            ":exception-type": "throttlingException",
            ":content-type": "application/json",
        },
        b'{"message":"slow down"}',
    )
    events = op.parse(200, {}, body).stream
    first = next(events)
    assert first.message_start.role == "assistant"
    with pytest.raises(package.ThrottlingException) as raised:
        next(events)
    assert raised.value.code == "throttlingException"
    assert raised.value.message == "slow down"


def test_an_unknown_event_is_kept(packages: Path) -> None:
    es = _eventstream("bedrock-runtime")
    op = importlib.import_module("botogen_bedrock_runtime.operations").OPERATIONS[
        "converse_stream"
    ]
    body = es.encode({":message-type": "event", ":event-type": "newKind"}, b'{"x":1}')
    (event,) = list(op.parse(200, {}, body).stream)
    assert event.unknown_member == ("newKind", b'{"x":1}')


def test_an_error_message_raises_service_error(packages: Path) -> None:
    package = importlib.import_module("botogen_kinesis")
    es = _eventstream("kinesis")
    op = importlib.import_module("botogen_kinesis.operations").OPERATIONS[
        "subscribe_to_shard"
    ]
    body = es.encode(
        {":message-type": "event", ":event-type": "initial-response"}, b"{}"
    )
    body += es.encode(
        {
            ":message-type": "error",
            ":error-code": "InternalFailure",
            ":error-message": "boom",
        },
        b"",
    )
    stream = op.parse(200, {}, body).event_stream
    with pytest.raises(package.ServiceError) as raised:
        next(stream)
    assert (raised.value.code, raised.value.message) == ("InternalFailure", "boom")


def test_input_events_are_frames(packages: Path) -> None:
    """An input stream (Bedrock Runtime's bidirectional stream) becomes one unsigned
    frame per event, read lazily, which botocore's decoder reads back."""
    package = importlib.import_module("botogen_bedrock_runtime")
    op = importlib.import_module("botogen_bedrock_runtime.operations").OPERATIONS[
        "invoke_model_with_bidirectional_stream"
    ]
    chunks = [b'{"a":1}', b'{"b":2}']
    produced = []

    def events() -> Any:
        for chunk in chunks:
            produced.append(chunk)
            yield package.InvokeModelWithBidirectionalStreamInput.make(
                chunk=package.BidirectionalInputPayloadPart.make(bytes_=chunk)
            )

    request = package.InvokeModelWithBidirectionalStreamRequest.make(
        model_id="m", body=events()
    )
    http = op.serialize(request)
    assert http.headers["Content-Type"] == "application/vnd.amazon.eventstream"
    assert produced == []  # nothing is read before the body is
    buffer = EventStreamBuffer()
    buffer.add_data(http.body.read())
    messages = list(buffer)
    assert [m.headers[":event-type"] for m in messages] == ["chunk", "chunk"]
    assert [m.payload for m in messages] == [
        b'{"bytes":"eyJhIjoxfQ=="}',
        b'{"bytes":"eyJiIjoyfQ=="}',
    ]
