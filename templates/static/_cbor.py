"""CBOR (RFC 8949), the body format of the smithy-rpc-v2-cbor protocol.

`loads` and `dumps` turn bytes into plain values and back (maps, arrays, text and
byte strings, integers of any width, half, single and double floats, true, false,
null, undefined, tag 1 timestamps as datetimes), in pure Python with `struct`. Each
class gets `_cbor_write` (its members onto a bytearray, under their serialized names,
as botocore writes them) and `_cbor_read` (the object from a decoded map, by wire
name, as botocore reads it), compiled from its member declarations on first use, as
`_json` compiles its JSON methods.
"""

from __future__ import annotations

import datetime
import struct

from . import _runtime as _rt
from . import _wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

__all__ = ["dumps", "loads"]

_UTC = datetime.timezone.utc
_DATETIME = datetime.datetime
_from_timestamp = datetime.datetime.fromtimestamp

# -- decoding -------------------------------------------------------------------------

_U16 = struct.Struct(">H").unpack_from
_U32 = struct.Struct(">I").unpack_from
_U64 = struct.Struct(">Q").unpack_from
_HALF = struct.Struct(">e").unpack_from
_SINGLE = struct.Struct(">f").unpack_from
_DOUBLE = struct.Struct(">d").unpack_from


def loads(data: bytes | bytearray | memoryview) -> Any:
    """The one data item `data` holds; ValueError if it is truncated, malformed, or
    followed by more bytes."""
    if not isinstance(data, bytes):
        data = bytes(data)
    try:
        value, end = _item(data, 0)
    except (IndexError, struct.error):
        raise ValueError(f"CBOR: truncated after {len(data)} bytes") from None
    except RecursionError:
        raise ValueError("CBOR: data items nested too deeply") from None
    except TypeError:  # a key Python cannot hash
        raise ValueError("CBOR: a map key that is an array or a map") from None
    if end != len(data):
        if end > len(data):
            raise ValueError(f"CBOR: truncated after {len(data)} bytes")
        raise ValueError(f"CBOR: {len(data) - end} bytes after the data item")
    return value


def _item(data: bytes, pos: int) -> tuple[Any, int]:
    """The data item at `pos` and the position after it. Reading past the end raises
    IndexError or struct.error, or leaves the position past the end: `loads` reports
    either as truncation."""
    initial = data[pos]
    pos += 1
    major = initial >> 5
    info = initial & 31
    if major == 7:
        return _simple(data, pos, info)
    if info < 24:
        n = info
    elif info == 24:
        n = data[pos]
        pos += 1
    elif info == 25:
        n = _U16(data, pos)[0]
        pos += 2
    elif info == 26:
        n = _U32(data, pos)[0]
        pos += 4
    elif info == 27:
        n = _U64(data, pos)[0]
        pos += 8
    elif info == 31:
        return _indefinite(data, pos, major)
    else:
        raise ValueError(
            f"CBOR: reserved additional information {info} at byte {pos - 1}"
        )
    if major == 3:
        end = pos + n
        if end > len(data):
            raise IndexError
        return data[pos:end].decode(), end
    if major == 5:
        out: dict[Any, Any] = {}
        key: Any
        for _ in range(n):
            initial = data[pos]
            if 0x60 <= initial < 0x78:  # a short text key, the usual case: inline
                pos += 1
                end = pos + initial - 0x60
                if end > len(data):
                    raise IndexError
                key = data[pos:end].decode()
                pos = end
            else:
                key, pos = _item(data, pos)
            value, pos = _item(data, pos)
            if value is not None:  # botocore drops null map values as it reads them
                out[key] = value
        return out, pos
    if major == 0:
        return n, pos
    if major == 4:
        items: list[Any] = []
        append = items.append
        for _ in range(n):
            initial = data[pos]
            if initial == 0xFB:  # a double: inline, as lists of numbers are common
                append(_DOUBLE(data, pos + 1)[0])
                pos += 9
            elif initial == 0xC1 and data[pos + 1] == 0x1A:  # a timestamp: likewise
                append(_from_timestamp(_U32(data, pos + 2)[0], _UTC))
                pos += 6
            else:
                value, pos = _item(data, pos)
                append(value)
        return items, pos
    if major == 1:
        return -1 - n, pos
    if major == 2:
        end = pos + n
        if end > len(data):
            raise IndexError
        return data[pos:end], end
    value, pos = _item(data, pos)  # major 6: a tag
    return _tagged(n, value), pos


def _simple(data: bytes, pos: int, info: int) -> tuple[Any, int]:
    """Major type 7: false, true, null, undefined and floats of every width."""
    if info == 20:
        return False, pos
    if info == 21:
        return True, pos
    if info == 22 or info == 23:  # null; undefined reads as null too
        return None, pos
    if info == 27:
        return _DOUBLE(data, pos)[0], pos + 8
    if info == 26:
        return _SINGLE(data, pos)[0], pos + 4
    if info == 25:
        return _HALF(data, pos)[0], pos + 2
    if info == 31:
        raise ValueError(
            f"CBOR: a break code outside an indefinite item at byte {pos - 1}"
        )
    raise ValueError(f"CBOR: unsupported simple value at byte {pos - 1}")


def _indefinite(data: bytes, pos: int, major: int) -> tuple[Any, int]:
    """An indefinite-length string, array or map: items up to the break code."""
    start = pos - 1
    if major == 4:
        items = []
        while data[pos] != 0xFF:
            value, pos = _item(data, pos)
            items.append(value)
        return items, pos + 1
    if major == 5:
        out = {}
        while data[pos] != 0xFF:
            key, pos = _item(data, pos)
            value, pos = _item(data, pos)
            if value is not None:
                out[key] = value
        return out, pos + 1
    if major == 2 or major == 3:
        chunks = []
        while data[pos] != 0xFF:
            if data[pos] >> 5 != major or data[pos] & 31 == 31:
                raise ValueError(
                    f"CBOR: the indefinite-length string at byte {start} holds a "
                    "chunk that is not a definite string of its type"
                )
            # the chunks' bytes are joined before decoding, as botocore does
            n, pos = _argument(data, pos)
            chunks.append(data[pos : pos + n])
            pos += n
        raw = b"".join(chunks)
        return (raw.decode() if major == 3 else raw), pos + 1
    raise ValueError(
        f"CBOR: major type {major} cannot have indefinite length (byte {start})"
    )


def _argument(data: bytes, pos: int) -> tuple[int, int]:
    """The argument of the head at `pos` (a length, for a string chunk) and the position
    after the head."""
    info = data[pos] & 31
    pos += 1
    if info < 24:
        return info, pos
    if info == 24:
        return data[pos], pos + 1
    if info == 25:
        return _U16(data, pos)[0], pos + 2
    if info == 26:
        return _U32(data, pos)[0], pos + 4
    if info == 27:
        return _U64(data, pos)[0], pos + 8
    raise ValueError(f"CBOR: reserved additional information {info} at byte {pos - 1}")


def _tagged(tag: int, value: Any) -> Any:
    """Tag 1 (epoch seconds) becomes a datetime; tags 2 and 3 bignums; the content of
    any other tag is read as it is."""
    if tag == 1:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ValueError(f"CBOR: tag 1 holds {type(value).__name__}, not a number")
        try:
            return _from_timestamp(value, _UTC)
        except (OverflowError, OSError, ValueError):
            raise ValueError(f"CBOR: timestamp {value!r} out of range") from None
    if (tag == 2 or tag == 3) and isinstance(value, bytes):
        number = int.from_bytes(value, "big")
        return number if tag == 2 else -1 - number
    return value


# -- encoding -------------------------------------------------------------------------

_BYTE = tuple(bytes((i,)) for i in range(256))
_PACK_B = struct.Struct(">BB").pack
_PACK_H = struct.Struct(">BH").pack
_PACK_I = struct.Struct(">BI").pack
_PACK_Q = struct.Struct(">BQ").pack
_PACK_F = struct.Struct(">Bf").pack
_PACK_D = struct.Struct(">Bd").pack
_MAX = 1.7976931348623157e308
_INF = float("inf")
# NaN and the infinities as botocore writes them: half-precision floats
_NAN_BYTES, _INF_BYTES, _NEG_INF_BYTES = (
    b"\xf9\x7e\x00",
    b"\xf9\x7c\x00",
    b"\xf9\xfc\x00",
)


def head(major: int, n: int) -> bytes:
    """The initial byte (`major` is the major type shifted into the top three bits) and
    the argument `n`, in the fewest bytes."""
    if n < 24:
        return _BYTE[major | n]
    if n < 0x100:
        return _PACK_B(major | 24, n)
    if n < 0x10000:
        return _PACK_H(major | 25, n)
    if n < 0x100000000:
        return _PACK_I(major | 26, n)
    return _PACK_Q(major | 27, n)


def text(out: bytearray, value: str) -> None:
    raw = value.encode()
    n = len(raw)
    if n < 24:
        out.append(0x60 | n)
    else:
        out += head(0x60, n)
    out += raw


def integer(out: bytearray, value: int) -> None:
    if value >= 0:
        if value < 24:
            out.append(value)
            return
        major = 0
    else:
        value = -1 - value
        major = 0x20
    if value < 0x10000000000000000:
        out += head(major, value)
    else:  # a bignum: tag 2 or 3 and its bytes
        out.append(0xC2 if major == 0 else 0xC3)
        blob(out, value.to_bytes((value.bit_length() + 7) // 8, "big"))


def double(out: bytearray, value: float) -> None:
    if -_MAX <= value <= _MAX:
        out += _PACK_D(0xFB, value)
    else:
        _special(out, value)


def single(out: bytearray, value: float) -> None:
    """A float member: 32 bits, as botocore writes it (64 when it does not fit)."""
    if -_MAX <= value <= _MAX:
        try:
            out += _PACK_F(0xFA, value)
        except OverflowError:
            out += _PACK_D(0xFB, value)
    else:
        _special(out, value)


def _special(out: bytearray, value: float) -> None:
    if value != value:
        out += _NAN_BYTES
    elif value == _INF:
        out += _INF_BYTES
    elif value == -_INF:
        out += _NEG_INF_BYTES
    else:  # an int too large for a double
        out += _PACK_D(0xFB, value)


def blob(out: bytearray, value: bytes | bytearray | str | Any) -> None:
    """Bytes; text as UTF-8 and a file object's content, as botocore takes them."""
    if isinstance(value, str):
        value = value.encode()
    elif not isinstance(value, (bytes, bytearray, memoryview)):
        value = value.read()
    out += head(0x40, len(value))
    out += value


def timestamp(out: bytearray, value: datetime.datetime) -> None:
    """Tag 1 and whole epoch seconds, as botocore writes a timestamp."""
    out.append(0xC1)
    integer(out, _wire.epoch_seconds(value))


def encode(out: bytearray, value: Any) -> None:
    """Any plain value (documents, unknown union members, tests) onto `out`."""
    if isinstance(value, str):
        text(out, value)
    elif value is None:
        out.append(0xF6)
    elif value is True or value is False:
        out.append(0xF5 if value else 0xF4)
    elif isinstance(value, int):
        integer(out, value)
    elif isinstance(value, float):
        double(out, value)
    elif isinstance(value, (bytes, bytearray, memoryview)):
        blob(out, value)
    elif isinstance(value, (list, tuple)):
        out += head(0x80, len(value))
        for item in value:
            encode(out, item)
    elif isinstance(value, dict):
        out += head(0xA0, len(value))
        for key, item in value.items():
            encode(out, key)
            encode(out, item)
    elif isinstance(value, _DATETIME):
        timestamp(out, value)
    elif isinstance(value, _rt.Structure):
        value._cbor_write(out)  # type: ignore[attr-defined]
    else:
        raise TypeError(f"CBOR cannot encode {type(value).__name__}")


def dumps(value: Any) -> bytes:
    """The CBOR bytes of a plain value."""
    out = bytearray()
    encode(out, value)
    return bytes(out)


def key_bytes(name: str) -> bytes:
    """A map key as it goes on the wire: a text string."""
    out = bytearray()
    text(out, name)
    return bytes(out)


# -- values of a member type ------------------------------------------------------------


def write_value(
    code: _rt._Code, depth: int, type_: _rt._Type, var: str, out: str
) -> None:
    """Lines that append the CBOR form of `var` (not None) to the bytearray `out`."""
    if isinstance(type_, _rt.Ref):
        code.add(depth, f"{var}._cbor_write({out})")
    elif isinstance(type_, _rt.String):
        code.add(depth, f"{code.const(text, 'text')}({out}, {var})")
    elif isinstance(type_, _rt.Integer):
        code.add(depth, f"{code.const(integer, 'int')}({out}, {var})")
    elif isinstance(type_, _rt.Float):
        write = single if getattr(type_, "single", False) else double
        code.add(depth, f"{code.const(write, 'float')}({out}, {var})")
    elif isinstance(type_, _rt.Boolean):
        code.add(depth, f"{out}.append(0xF5 if {var} else 0xF4)")
    elif isinstance(type_, _rt.Timestamp):
        code.add(depth, f"{code.const(timestamp, 'ts')}({out}, {var})")
    elif isinstance(type_, _rt.Blob):
        code.add(depth, f"{code.const(blob, 'blob')}({out}, {var})")
    elif isinstance(type_, _rt.ListOf):
        item = code.var("x")
        code.add(depth, f"{out} += {code.const(head, 'head')}(0x80, len({var}))")
        code.add(depth, f"for {item} in {var}:")
        write_value(code, depth + 1, type_.item, item, out)
    elif isinstance(type_, _rt.MapOf):
        key, value = code.var("k"), code.var("v")
        code.add(depth, f"{out} += {code.const(head, 'head')}(0xA0, len({var}))")
        code.add(depth, f"for {key}, {value} in {var}.items():")
        write_value(code, depth + 1, type_.key, key, out)
        write_value(code, depth + 1, type_.value, value, out)
    else:  # documents, and anything else as the plain value it is
        code.add(depth, f"{code.const(encode, 'encode')}({out}, {var})")


def read_expr(code: _rt._Code, type_: _rt._Type, var: str) -> str | None:
    """An expression for the typed value of decoded `var` (not None), or None if it
    is `var` itself."""
    if isinstance(type_, _rt.Ref):
        cls = code.const(_rt._resolve(type_.class_name), "cls")
        return f"{cls}._cbor_read({var})"
    if isinstance(type_, _rt.String):
        return type_.load(code, var)  # an enum member for a known value
    if isinstance(type_, _rt.Float):
        return f"float({var})"
    if isinstance(type_, _rt.Timestamp):
        return f"{code.const(_read_timestamp, 'ts')}({var})"
    if isinstance(type_, _rt.ListOf):
        item = code.var("x")
        loaded = read_expr(code, type_.item, item)
        if loaded is None:
            return None  # decoded lists are fresh: no copy needed
        # botocore reads every list as sparse: a null item stays None
        return f"[None if {item} is None else {loaded} for {item} in {var}]"
    if isinstance(type_, _rt.MapOf):
        key, value = code.var("k"), code.var("v")
        loaded_key = read_expr(code, type_.key, key)
        loaded = read_expr(code, type_.value, value)
        if loaded is None and loaded_key is None:
            return None
        # a decoded map holds no null values (they are dropped as botocore drops them)
        return f"{{{loaded_key or key}: {loaded or value} for {key}, {value} in {var}.items()}}"
    return None  # integers, booleans, blobs, documents


def _read_timestamp(value: Any) -> datetime.datetime:
    """A timestamp member: tag 1 decoded it already; an untagged number or text is
    read as AWS writes timestamps elsewhere."""
    if type(value) is _DATETIME:
        return value
    return _wire.parse_timestamp(value)


# -- members ----------------------------------------------------------------------------


def body_fields(fields: Iterable[_rt.Field]) -> list[_rt.Field]:
    """The members that go into a CBOR body: not an event's headers or payload, nor an
    event stream (which has a framing of its own)."""
    return [
        f
        for f in fields
        if not (
            f.event_header or f.event_payload or isinstance(f.type, _rt.EventStream)
        )
    ]


def write_members(
    code: _rt._Code,
    fields: list[_rt.Field],
    obj: str,
    out: str,
    depth: int,
    unknown: bool = False,
) -> None:
    """Lines that append the map of `obj`'s set members to `out` (with a union's
    unknown member when `unknown`)."""
    names = []
    for f in fields:
        var = code.var("v")
        code.add(depth, f"{var} = {obj}.{f.name}")
        names.append(var)
    present = [f"({var} is not None)" for var in names]
    if unknown:
        present.append(f"({obj}._unknown is not None)")
    count = " + ".join(present) or "0"
    code.add(depth, f"{out} += {code.const(head, 'head')}(0xA0, {count})")
    for f, var in zip(fields, names):
        code.add(depth, f"if {var} is not None:")
        code.add(depth + 1, f"{out} += {key_bytes(f.serialized)!r}")
        write_value(code, depth + 1, f.type, var, out)
    if unknown:
        encoder = code.const(encode, "encode")
        code.add(depth, f"if {obj}._unknown is not None:")
        code.add(depth + 1, f"{encoder}({out}, {obj}._unknown[0])")
        code.add(depth + 1, f"{encoder}({out}, {obj}._unknown[1])")


def read_members(
    code: _rt._Code, fields: list[_rt.Field], data: str, obj: str, depth: int
) -> None:
    """Lines that set the members of `obj` from the decoded map `data`, by wire name."""
    code.add(depth, f"get = {data}.get")
    for f in fields:
        var = code.var("v")
        loaded = read_expr(code, f.type, var)
        if loaded is None:
            code.add(depth, f"{obj}.{f.name} = get({f.wire_name!r})")
        else:
            code.add(depth, f"{var} = get({f.wire_name!r})")
            code.add(depth, f"{obj}.{f.name} = None if {var} is None else {loaded}")


# -- classes ----------------------------------------------------------------------------


def _compile(cls: type[_rt.Structure]) -> dict[str, Any]:
    """`_cbor_write` and `_cbor_read` for `cls`, installed on it (see `_rt._installs`)."""
    code = _rt._Code()
    is_union = issubclass(cls, _rt.Union)
    fields = body_fields(cls._fields)
    code.add(0, "def _cbor_write(self, out):")
    write_members(code, fields, "self", "out", 1, unknown=is_union)
    code.add(0, "def _cbor_read(cls, value):")
    code.add(1, "self = cls.__new__(cls)")
    code.add(1, "self._checked = False")
    read_members(code, fields, "value", "self", 1)
    for f in cls._fields:
        if f not in fields:
            code.add(1, f"self.{f.name} = None")
    if is_union:
        known = code.const(frozenset(f.wire_name for f in fields) | {"__type"}, "known")
        code.add(1, f"unknown = [k for k in value if k not in {known}]")
        code.add(
            1, "self._unknown = (unknown[0], value[unknown[0]]) if unknown else None"
        )
    _rt._write_error_attributes(code, cls)
    code.add(1, "return self")
    namespace = code.run(f"{cls.__module__}.{cls.__qualname__} (CBOR)")
    if _rt._installs(cls):
        cls._cbor_write = namespace["_cbor_write"]  # type: ignore[attr-defined]
        cls._cbor_read = classmethod(namespace["_cbor_read"])  # type: ignore[attr-defined]
    return namespace


def _first_write(self: _rt.Structure, out: bytearray) -> None:
    _compile(type(self))["_cbor_write"](self, out)


def _first_read(cls: type[_rt.Structure], value: Any) -> Any:
    return _compile(cls)["_cbor_read"](cls, value)


# Every class starts with these; its first use compiles its own over them.
setattr(_rt.Structure, "_cbor_write", _first_write)
setattr(_rt.Structure, "_cbor_read", classmethod(_first_read))


def read_object(cls: type[_rt.Structure], raw: bytes) -> Any:
    """An object of `cls` from a CBOR body; an empty body is an empty map."""
    value = loads(raw) if raw else {}
    if not isinstance(value, dict):
        raise ValueError(f"CBOR: expected a map, got {type(value).__name__}")
    return cls._cbor_read(value)  # type: ignore[attr-defined]


def write_object(obj: _rt.Structure) -> bytes:
    out = bytearray()
    obj._cbor_write(out)  # type: ignore[attr-defined]
    return bytes(out)
