"""The JSON form of values, shared by the json and rest-json protocols.

Each class gets `_json_dump` (the object as JSON-ready values: wire names, blobs in
base64, timestamps as the model says) and `_json_load` (the object from parsed JSON),
compiled from its member declarations on first use, as `_runtime` compiles the value
methods. The same member-writing code serves a class and an operation's body.
"""

from __future__ import annotations

import json

from . import _runtime as _rt
from . import _wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any


def _not_json(value: Any) -> Any:
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def _encoder() -> Callable[[Any], str]:
    """Compact JSON text, as AWS's own SDKs write it, made by json's C encoder set up
    once (json.dumps sets one up on every call; that costs as much as encoding a
    request). NaN never reaches it: floats go through `_wire.float_json`."""
    from json import encoder

    make: Any = getattr(encoder, "c_make_encoder", None)  # not in the type stubs
    if make is None:  # a Python without json's accelerator
        return json.JSONEncoder(separators=(",", ":"), allow_nan=False).encode
    chunks = make(
        None,
        _not_json,
        encoder.encode_basestring_ascii,
        None,
        ":",
        ",",
        False,
        False,
        False,
    )

    def encode(value: Any) -> str:
        return "".join(chunks(value, 0))

    return encode


def _decoder() -> Callable[[str | bytes], Any]:
    """Parsed JSON, read by json's C scanner directly (json.loads first sniffs the
    encoding of bytes and matches whitespace around the value); anything unusual (a
    byte order mark, surrounding whitespace, an error) is json.loads's to handle."""
    from json import scanner

    make: Any = getattr(scanner, "c_make_scanner", None) or scanner.make_scanner
    scan = make(json.JSONDecoder())

    def decode(raw: str | bytes) -> Any:
        text = raw.decode() if isinstance(raw, (bytes, bytearray)) else raw
        try:
            value, end = scan(text, 0)
        except StopIteration:
            return json.loads(raw)
        if end != len(text) and not text[end:].isspace():
            return json.loads(raw)
        return value

    return decode


encode: Callable[[Any], str] = _encoder()
decode: Callable[[str | bytes], Any] = _decoder()


# -- expressions for one value ----------------------------------------------------------


def dump_expr(code: _rt._Code, type_: _rt._Type, var: str) -> str | None:
    """An expression for the JSON form of `var`, or None if it is `var` itself."""
    if isinstance(type_, _rt.Ref):
        return f"{var}._json_dump()"
    if isinstance(type_, _rt.Float):
        return f"{code.const(_wire.float_json, 'float')}({var})"
    if isinstance(type_, _rt.Timestamp):
        write = code.const(_wire.timestamp_json, "ts")
        return f"{write}({var}, {(type_.format or 'unixTimestamp')!r})"
    if isinstance(type_, _rt.Blob):
        return f"{code.const(_wire.b64encode, 'b64')}({var})"
    if isinstance(type_, _rt.ListOf):
        item = code.var("x")
        dumped = dump_expr(code, type_.item, item)
        return None if dumped is None else f"[{dumped} for {item} in {var}]"
    if isinstance(type_, _rt.MapOf):
        key, value = code.var("k"), code.var("v")
        dumped = dump_expr(code, type_.value, value)
        if dumped is None:
            return None
        return f"{{{key}: {dumped} for {key}, {value} in {var}.items()}}"
    return None  # strings, enums (a str), numbers, booleans, documents


def load_expr(code: _rt._Code, type_: _rt._Type, var: str) -> str | None:
    """An expression for the typed value of parsed JSON `var`, or None if it is `var`."""
    if isinstance(type_, _rt.Ref):
        return _call_loader(code, _rt._resolve(type_.class_name), var)
    if isinstance(type_, _rt.String):
        return type_.load(code, var)  # an enum member for a known value
    if isinstance(type_, _rt.Float):
        return f"float({var})"
    if isinstance(type_, _rt.Timestamp):
        return f"{code.const(_wire.parse_timestamp, 'ts')}({var})"
    if isinstance(type_, _rt.Blob):
        return f"{code.const(_wire.b64decode, 'b64')}({var})"
    # parsed JSON is ours alone: its lists and dicts are kept, not copied
    if isinstance(type_, _rt.ListOf):
        item = code.var("x")
        loaded = load_expr(code, type_.item, item)
        if loaded is None:
            return None
        # botocore reads every list as sparse: a null item stays None
        return f"[None if {item} is None else {loaded} for {item} in {var}]"
    if isinstance(type_, _rt.MapOf):
        key, value = code.var("k"), code.var("v")
        loaded_key = load_expr(code, type_.key, key) or key
        loaded = load_expr(code, type_.value, value)
        if loaded is None and loaded_key == key:
            return None
        loaded = loaded or value
        return (
            f"{{{loaded_key}: (None if {value} is None else {loaded}) "
            f"for {key}, {value} in {var}.items()}}"
        )
    return None


# -- members ----------------------------------------------------------------------------


def write_members(
    code: _rt._Code, fields: Iterable[_rt.Field], obj: str, out: str, depth: int
) -> None:
    """Lines that put the set members of `obj` into the dict `out`."""
    for f in fields:
        var = code.var("v")
        code.add(depth, f"{var} = {obj}.{f.name}")
        code.add(depth, f"if {var} is not None:")
        code.add(
            depth + 1,
            f"{out}[{f.serialized!r}] = {dump_expr(code, f.type, var) or var}",
        )


#: Up to this many members, a class reads the keys the JSON object has, rather than
#: looking up each member: sparse objects (unions, DynamoDB's AttributeValue) read
#: faster, and a comparison chain this short costs little on dense ones.
SCAN_LIMIT = 12


def read_members(
    code: _rt._Code,
    fields: Iterable[_rt.Field],
    data: str,
    obj: str,
    depth: int,
    union: bool = False,
) -> None:
    """Lines that set the members of `obj` from the parsed JSON object `data`; for a
    union, a member this model does not know is kept, as the values layer keeps it."""
    fields = list(fields)
    if union or len(fields) <= SCAN_LIMIT:
        _scan_members(code, fields, data, obj, depth, union)
        return
    code.add(depth, f"get = {data}.get")
    for f in fields:
        var = code.var("v")
        loaded = load_expr(code, f.type, var)
        if loaded is None:
            code.add(depth, f"{obj}.{f.name} = get({f.serialized!r})")
        else:
            code.add(depth, f"{var} = get({f.serialized!r})")
            code.add(depth, f"{obj}.{f.name} = None if {var} is None else {loaded}")


def _scan_members(
    code: _rt._Code,
    fields: list[_rt.Field],
    data: str,
    obj: str,
    depth: int,
    union: bool,
) -> None:
    targets = [f"{obj}.{f.name}" for f in fields] + (
        [f"{obj}._unknown"] if union else []
    )
    if not targets:
        return
    code.add(depth, " = ".join(targets) + " = None")
    code.add(depth, f"for k, v in {data}.items():")
    keyword = "if"
    for f in fields:
        loaded = load_expr(code, f.type, "v")
        code.add(depth + 1, f"{keyword} k == {f.serialized!r}:")
        code.add(
            depth + 2,
            f"{obj}.{f.name} = "
            + ("v" if loaded is None else f"None if v is None else {loaded}"),
        )
        keyword = "elif"
    if union:
        test = f"k != '__type' and v is not None and {obj}._unknown is None"
        code.add(depth + 1, f"{keyword} {test}:")
        code.add(depth + 2, f"{obj}._unknown = (k, v)")


# -- classes ----------------------------------------------------------------------------

#: Classes whose methods are being compiled: a reference back to one of them (a
#: recursive shape) calls its method by attribute instead of compiling it again.
_compiling: set[type[_rt.Structure]] = set()


def _call_loader(code: _rt._Code, cls: type[_rt.Structure], var: str) -> str:
    """An expression that loads `var` as a `cls`: its compiled function called
    directly (compiled now if need be), which saves a bound method per value."""
    if (
        "_json_load" not in cls.__dict__
        and cls not in _compiling
        and len(_compiling) < 50
    ):
        _compile(cls)
    target = code.const(cls, "cls")
    if "_json_load" in cls.__dict__:
        load = code.const(cls.__dict__["_json_load"].__func__, "load")
        return f"{load}({target}, {var})"
    return f"{target}._json_load({var})"


def _compile(cls: type[_rt.Structure]) -> dict[str, Any]:
    """`_json_dump` and `_json_load` for `cls`, installed on it where the runtime's
    rule allows (`_rt._installs`)."""
    _compiling.add(cls)
    try:
        return _compile_methods(cls)
    finally:
        _compiling.discard(cls)


def _compile_methods(cls: type[_rt.Structure]) -> dict[str, Any]:
    code = _rt._Code()
    is_union = issubclass(cls, _rt.Union)
    code.add(0, "def _json_dump(self):")
    code.add(1, "out = {}")
    write_members(code, cls._fields, "self", "out", 1)
    if is_union:
        code.add(1, "if self._unknown is not None:")
        code.add(2, "out[self._unknown[0]] = self._unknown[1]")
    code.add(1, "return out")
    code.add(0, "def _json_load(cls, value):")
    code.add(1, f"self = {code.const(cls.__new__, 'new')}(cls)")
    code.add(1, "self._checked = False")
    read_members(code, cls._fields, "value", "self", 1, union=is_union)
    _rt._write_error_attributes(code, cls)
    code.add(1, "return self")
    namespace = code.run(f"{cls.__module__}.{cls.__qualname__} (JSON)")
    if _rt._installs(cls):
        cls._json_dump = namespace["_json_dump"]  # type: ignore[attr-defined]
        cls._json_load = classmethod(namespace["_json_load"])  # type: ignore[attr-defined]
    return namespace


def _first_dump(self: _rt.Structure) -> Any:
    return _compile(type(self))["_json_dump"](self)


def _first_load(cls: type[_rt.Structure], value: Any) -> Any:
    return _compile(cls)["_json_load"](cls, value)


# Every class starts with these; its first use compiles its own over them.
setattr(_rt.Structure, "_json_dump", _first_dump)
setattr(_rt.Structure, "_json_load", classmethod(_first_load))


# -- events ----------------------------------------------------------------------------
def read_event(cls: type[_rt.Structure], payload: bytes) -> Any:
    """An event structure from a JSON message payload."""
    return cls._json_load(decode(payload) if payload else {})  # type: ignore[attr-defined]


def write_event(event: _rt.Structure) -> bytes:
    """The JSON payload of an event: its members but those that go in headers."""
    value = event._json_dump()  # type: ignore[attr-defined]
    for f in type(event)._fields:
        if f.event_header or f.event_payload:
            value.pop(f.serialized, None)
    return encode(value).encode()


# -- errors -----------------------------------------------------------------------------


def error_body(raw: bytes) -> dict[str, Any]:
    """A JSON error body; one that is not a JSON object gives its text as the message."""
    try:
        data = decode(raw) if raw.strip() else {}
    except ValueError:
        return {"message": raw.decode("utf-8", "replace")}
    return data if isinstance(data, dict) else {}


def error_code(
    status: int, headers: dict[str, str], data: dict[str, Any], query_compatible: bool
) -> tuple[str, str]:
    """(code, message) of a JSON error response: the code from `x-amzn-errortype`, else
    the body's `code`/`Code`/`__type`, else the status; a query-compatible service's
    old code from `x-amzn-query-error`."""
    code = headers.get("x-amzn-errortype") or data.get("code") or data.get("Code")
    code = code or data.get("__type") or str(status)
    code = _wire.sanitize_code(str(code))
    if query_compatible or "x-amzn-query-error" in headers:
        code = _wire.query_compatible_code(code, headers)
    message = data.get("message", data.get("Message", ""))
    return code, message if isinstance(message, str) else str(message)
