"""AWS event streams (`application/vnd.amazon.eventstream`): the binary framing, and
typed events read from it and written into it.

A message is a prelude (total length, headers length, the prelude's CRC32), typed
headers, a payload and the CRC32 of all of it. An output stream is read lazily: each
message becomes a member of the stream's union class as it is iterated; a modeled
exception raises its error class, an unknown event type is kept as the union's unknown
member. An input stream is written one frame per event, unsigned (signing chains the
frames and belongs to the client).
"""

from __future__ import annotations

import datetime
import itertools
import struct
import uuid
from binascii import crc32

from . import _runtime as _rt
from . import _wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from typing import IO, Any, Self

    HeaderValue = bool | int | bytes | str | uuid.UUID
    Message = tuple[dict[str, HeaderValue], bytes]

__all__ = ["EventStream", "decode", "encode"]

_PRELUDE = struct.Struct(">III")
_MAX_HEADERS = 128 * 1024
_MAX_PAYLOAD = 24 * 1024 * 1024


# -- framing ----------------------------------------------------------------------------


def encode(headers: dict[str, HeaderValue], payload: bytes) -> bytes:
    """One message. A header's type follows its value: bool, int (32 or 64 bits),
    bytes, str, or a UUID; a timestamp header is written by `encode_timestamp`."""
    encoded = b"".join(_header(name, value) for name, value in headers.items())
    total = _PRELUDE.size + len(encoded) + len(payload) + 4
    prelude = struct.pack(">II", total, len(encoded))
    prelude += struct.pack(">I", crc32(prelude))
    message = prelude + encoded + payload
    return message + struct.pack(">I", crc32(message))


class Timestamp(int):
    """Milliseconds since the epoch, written as an event header's timestamp type."""


def _header(name: str, value: HeaderValue) -> bytes:
    key = name.encode()
    head = struct.pack(">B", len(key)) + key
    if isinstance(value, bool):
        return head + (b"\x00" if value else b"\x01")
    if isinstance(value, Timestamp):
        return head + struct.pack(">Bq", 8, value)
    if isinstance(value, int):
        if -(2**31) <= value < 2**31:
            return head + struct.pack(">Bi", 4, value)
        return head + struct.pack(">Bq", 5, value)
    if isinstance(value, bytes):
        return head + struct.pack(">BH", 6, len(value)) + value
    if isinstance(value, uuid.UUID):
        return head + b"\x09" + value.bytes
    text = value.encode()
    return head + struct.pack(">BH", 7, len(text)) + text


def decode(body: bytes | IO[bytes]) -> Iterator[Message]:
    """The messages of a stream, read as they arrive; a truncated message or a wrong
    CRC raises ResponseParseError."""
    read = body.read if hasattr(body, "read") else _reader(body)
    while True:
        prelude = _exactly(read, _PRELUDE.size, allow_end=True)
        if not prelude:
            return
        total, headers_length, prelude_crc = _PRELUDE.unpack(prelude)
        if crc32(prelude[:8]) != prelude_crc:
            raise _bad(f"prelude CRC32 mismatch (0x{prelude_crc:08x})", prelude)
        if headers_length > _MAX_HEADERS or total - headers_length - 16 > _MAX_PAYLOAD:
            raise _bad("a message longer than event streams allow", prelude)
        if total < headers_length + 16:
            raise _bad("a message shorter than its headers", prelude)
        rest = _exactly(read, total - _PRELUDE.size)
        body_end = len(rest) - 4
        (message_crc,) = struct.unpack(">I", rest[body_end:])
        if crc32(rest[:body_end], crc32(prelude)) != message_crc:
            raise _bad(f"message CRC32 mismatch (0x{message_crc:08x})", prelude + rest)
        headers = _headers(rest[:headers_length], prelude + rest)
        yield headers, rest[headers_length:body_end]


def _reader(data: bytes) -> Callable[[int], bytes]:
    view = memoryview(data)
    position = 0

    def read(size: int) -> bytes:
        nonlocal position
        chunk = bytes(view[position : position + size])
        position += len(chunk)
        return chunk

    return read


def _exactly(read: Callable[[int], bytes], size: int, allow_end: bool = False) -> bytes:
    data = read(size)
    while len(data) < size:
        more = read(size - len(data))
        if not more:
            if allow_end and not data:
                return b""
            raise _bad(f"truncated message ({len(data)} of {size} bytes)", data)
        data += more
    return data


def _headers(data: bytes, message: bytes) -> dict[str, HeaderValue]:
    headers: dict[str, HeaderValue] = {}
    position = 0
    try:
        while position < len(data):
            length = data[position]
            name = data[position + 1 : position + 1 + length].decode()
            position += 1 + length
            kind = data[position]
            position += 1
            value: HeaderValue
            if kind in (0, 1):
                value = kind == 0
            elif kind in _FIXED:
                fmt, size = _FIXED[kind]
                (value,) = struct.unpack_from(fmt, data, position)
                position += size
            elif kind in (6, 7):
                (size,) = struct.unpack_from(">H", data, position)
                raw = data[position + 2 : position + 2 + size]
                if len(raw) != size:
                    raise ValueError("truncated header value")
                value = raw if kind == 6 else raw.decode()
                position += 2 + size
            elif kind == 9:
                value = uuid.UUID(bytes=data[position : position + 16])
                position += 16
            else:
                raise ValueError(f"unknown header type {kind}")
            headers[name] = value
    except (IndexError, ValueError, struct.error, UnicodeError) as error:
        raise _bad(f"malformed headers: {error}", message) from None
    return headers


#: struct format and size of the fixed-width header types: byte, short, int, long,
#: timestamp (milliseconds).
_FIXED = {2: (">b", 1), 3: (">h", 2), 4: (">i", 4), 5: (">q", 8), 8: (">q", 8)}


def _bad(reason: str, data: bytes) -> _wire.ResponseParseError:
    return _wire.ResponseParseError(f"event stream: {reason}", 200, data)


# -- typed events -----------------------------------------------------------------------


class EventStream:
    """The events of an output stream, read lazily: iterate it once, or close it."""

    def __init__(
        self,
        body: bytes | IO[bytes],
        read: Callable[[Message], Any],
        messages: Iterator[Message] | None = None,
    ) -> None:
        self._body = body
        self._messages = decode(body) if messages is None else messages
        self._read = read

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> Any:
        return self._read(next(self._messages))

    def close(self) -> None:
        close = getattr(self._body, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"EventStream({type(self._body).__name__})"


def event_reader(protocol: Any, union: type[_rt.Union]) -> Callable[[Message], Any]:
    """How one message becomes an event (a member of `union`) or raises the error it
    carries."""
    by_name = {f.wire_name: f for f in union._fields}

    def read(message: Message) -> Any:
        headers, payload = message
        kind = headers.get(":message-type", "event")
        if kind == "error":
            raise_error(
                protocol, str(headers.get(":error-code", "")), headers, payload, None
            )
        if kind == "exception":
            name = str(headers.get(":exception-type", ""))
            f = by_name.get(name)
            target = None if f is None else _class(f)
            raise_error(protocol, name, headers, payload, target)
        name = str(headers.get(":event-type", ""))
        event = union.__new__(union)
        event._checked = False  # type: ignore[misc]  # each class's slot
        for member in union._fields:
            setattr(event, member.name, None)
        f = by_name.get(name)
        if f is None:
            event._unknown = (name, payload)
        else:
            setattr(event, f.name, read_event(protocol, _class(f), headers, payload))
            event._unknown = None
        return event

    return read


def _class(f: _rt.Field) -> Any:
    return _rt._resolve(f.type.class_name)  # type: ignore[attr-defined]


def read_event(
    protocol: Any,
    cls: type[_rt.Structure],
    headers: dict[str, HeaderValue],
    payload: bytes,
) -> Any:
    """An event structure from its message: header members from the headers, the
    payload member from the payload, the other members from the payload's body."""
    fields = cls._fields
    payload_field = next((f for f in fields if f.event_payload), None)
    if payload_field is None:
        event = protocol.read_event(cls, payload)
    else:
        event = cls.__new__(cls)
        event._checked = False  # type: ignore[misc]  # each class's slot
        for f in fields:
            setattr(event, f.name, None)
        setattr(
            event, payload_field.name, _payload_value(protocol, payload_field, payload)
        )
    for f in fields:
        if f.event_header and f.wire_name in headers and getattr(event, f.name) is None:
            setattr(event, f.name, _header_value(f.type, headers[f.wire_name]))
    return event


def _payload_value(protocol: Any, f: _rt.Field, payload: bytes) -> Any:
    if isinstance(f.type, _rt.Blob):
        return payload
    if isinstance(f.type, _rt.String):
        return payload.decode()
    return protocol.read_event(_class(f), payload)


def _header_value(type_: _rt._Type, value: HeaderValue) -> Any:
    if isinstance(type_, _rt.Timestamp) and isinstance(value, int):
        return _wire.parse_timestamp(value / 1000)
    if isinstance(type_, _rt.String) and type_.enum is not None:
        return _rt._resolve(type_.enum)(value)
    return value


def raise_error(
    protocol: Any, code: str, headers: dict[str, HeaderValue], payload: bytes, cls: Any
) -> None:
    """Raise a stream's error message: a modeled exception read from its payload, or
    ServiceError with the code and message the headers carry."""
    service = protocol.service
    if cls is not None:
        error = protocol.read_event(cls, payload)
        message = getattr(error, "message", None)
        error.code = code
        error.http_status = 400
        error.request_id = getattr(error, "request_id", None)
        error.message = message
        raise error
    _wire.raise_error(
        service, code, str(headers.get(":error-message", "")) or None, 400, None, None
    )


def initial_response_reader(
    protocol: Any, cls: type[_rt.Structure], stream: _rt.Field
) -> Callable[[int, Any, Any], Any]:
    """For the RPC protocols (json, smithy-rpc-v2-cbor): an output whose body is an
    event stream. Its other members come in the first message (`initial-response`),
    the events after it, read as they are iterated."""
    union = _rt._resolve(stream.type.event.class_name)  # type: ignore[attr-defined]
    events = event_reader(protocol, union)

    def read(status: int, headers: Any, body: Any) -> Any:
        messages = decode(body)
        first = next(messages, None)
        if first is not None and first[0].get(":event-type") == "initial-response":
            output = protocol.read_event(cls, first[1])
        else:  # botocore insists on an initial response; a missing one costs nothing
            output = protocol.read_event(cls, b"")
            if first is not None:
                messages = itertools.chain([first], messages)
        setattr(output, stream.name, EventStream(body, events, messages))
        return output

    return read


# -- writing ----------------------------------------------------------------------------


class EventStreamBody:
    """A request body that writes one frame per event of an input stream, as the
    caller's iterable yields them: iterate it, or `read()` it like a file."""

    def __init__(self, frames: Iterator[bytes]) -> None:
        self._frames = frames
        self._buffer = b""

    def __iter__(self) -> Iterator[bytes]:
        if self._buffer:
            yield self._buffer
            self._buffer = b""
        yield from self._frames

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._buffer) < size:
            frame = next(self._frames, None)
            if frame is None:
                break
            self._buffer += frame
        if size < 0:
            data, self._buffer = self._buffer, b""
        else:
            data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data


def write_events(protocol: Any, events: Iterable[Any]) -> EventStreamBody:
    return EventStreamBody(write_event(protocol, event) for event in events)


def write_event(protocol: Any, event: _rt.Union) -> bytes:
    """The frame of one event: a member of the stream's union."""
    for f in type(event)._fields:
        value = getattr(event, f.name)
        if value is not None:
            return _frame(protocol, f.wire_name, value)
    unknown = event._unknown
    if unknown is None:
        raise _rt.ValidationError(["event: exactly one member must be set, found 0"])
    name, payload = unknown
    return encode({":message-type": "event", ":event-type": name}, payload)


def _frame(protocol: Any, name: str, value: _rt.Structure) -> bytes:
    headers: dict[str, HeaderValue] = {":message-type": "event", ":event-type": name}
    fields = type(value)._fields
    payload_field = next((f for f in fields if f.event_payload), None)
    for f in fields:
        item = getattr(value, f.name)
        if f.event_header and item is not None:
            headers[f.wire_name] = _header_of(f.type, item)
    if payload_field is None:
        headers[":content-type"] = protocol.event_content_type
        payload = protocol.write_event(value)
    else:
        item = getattr(value, payload_field.name)
        if isinstance(payload_field.type, _rt.Blob):
            headers[":content-type"] = "application/octet-stream"
            payload = b"" if item is None else _wire.read_all(item)
        elif isinstance(payload_field.type, _rt.String):
            headers[":content-type"] = "text/plain"
            payload = b"" if item is None else item.encode()
        else:
            headers[":content-type"] = protocol.event_content_type
            payload = b"" if item is None else protocol.write_event(item)
    return encode(headers, payload)


def _header_of(type_: _rt._Type, value: Any) -> HeaderValue:
    """An event header member's value as a header: a timestamp in milliseconds."""
    if isinstance(type_, _rt.Timestamp):
        utc = _wire.utc(value)
        return Timestamp((utc - _wire._EPOCH) // _MILLISECOND)
    if isinstance(type_, _rt.String):
        return str(value)
    return value  # type: ignore[no-any-return]


_MILLISECOND = datetime.timedelta(milliseconds=1)
