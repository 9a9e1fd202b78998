"""The query and ec2 protocols: every operation is a form-encoded POST (`Action`,
`Version` and the input's members as dotted names), answered in XML (`_xml`).

The two differ only in names and lists: ec2 names a member by its `queryName`, else
its locationName capitalized (`query_name` in its declaration), and writes every list
flattened and an empty list not at all; query writes `Name.member.N` (or the list's
own item name, or `Name.N` for a flattened list) and an empty list as `Name=`. The
output of query is wrapped in `<OpResult>` (the operation's result wrapper); ec2's is
the root itself.

Each class gets `_query_write` / `_ec2_write` (its members as `name=value` pieces,
percent-encoded as botocore encodes them, under a prefix), compiled on first use.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from . import _runtime as _rt
from . import _wire, _xml

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any, ClassVar, NoReturn

CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8"


# -- writing ----------------------------------------------------------------------------


_PLAIN = re.compile(r"[A-Za-z0-9_.~-]*")
#: Each ASCII character as it goes into a form value (RFC 3986's unreserved as they
#: are, everything else %XX), indexed by code point: `str.translate` takes a list.
_ASCII = [chr(c) if _PLAIN.fullmatch(chr(c)) else f"%{c:02X}" for c in range(128)]


def form_value(value: str) -> str:
    """A value percent-encoded as botocore's `percent_encode` does (UTF-8, only
    `-_.~` and letters and digits left alone), in a fraction of `quote`'s time."""
    if _PLAIN.fullmatch(value):
        return value
    if value.isascii():
        return value.translate(_ASCII)
    return quote(value, safe="-_.~")


def _capitalized(name: str) -> str:
    return name[:1].upper() + name[1:]


def text_expr(code: _rt._Code, type_: _rt._Type, var: str) -> str:
    """An expression for a scalar as a percent-encoded form value."""
    label = code.const(form_value, "enc")
    if isinstance(type_, _rt.Boolean):
        return f"('true' if {var} else 'false')"
    if isinstance(type_, _rt.Integer):
        return f"str({var})"
    if isinstance(type_, _rt.Float):
        return f"{label}({code.const(_wire.float_text, 'float')}({var}))"
    if isinstance(type_, _rt.Timestamp):
        write = code.const(_wire.timestamp_text, "ts")
        return f"{label}({write}({var}, {(type_.format or 'iso8601')!r}))"
    if isinstance(type_, _rt.Blob):
        return f"{label}({code.const(_wire.b64encode, 'b64')}({var}))"
    if isinstance(type_, _rt.String):
        return f"{label}({var})"
    return f"{label}(str({var}))"


def _renamed(key: str, name: str) -> str:
    """`key` with its last dotted part replaced by `name` (a flattened list with an
    item name, as botocore names it)."""
    parent = key.rpartition(".")[0]
    return f"{parent}.{name}" if parent else name


def write_value(
    code: _rt._Code, type_: _rt._Type, var: str, key: str, depth: int, ec2: bool
) -> None:
    """Lines that append (with `w`) the `name=value` pieces of `var`; `key` is an
    expression for its name."""
    if isinstance(type_, _rt.Ref):
        method = "_ec2_write" if ec2 else "_query_write"
        code.add(depth, f"{var}.{method}(w, {key} + '.')")
    elif isinstance(type_, _rt.ListOf):
        index, item = code.var("i"), code.var("x")
        if ec2:
            base = key
        else:
            code.add(depth, f"if not {var}:")
            code.add(depth + 1, f"w({key} + '=')")
            if not type_.flattened:
                base = f"{key} + {'.' + (type_.item_name or 'member')!r}"
            elif type_.item_name:
                base = f"{code.const(_renamed, 'rename')}({key}, {type_.item_name!r})"
            else:
                base = key
        code.add(depth, f"for {index}, {item} in enumerate({var}, 1):")
        item_key = f"{base} + '.' + str({index})"
        write_value(code, type_.item, item, item_key, depth + 1, ec2)
    elif isinstance(type_, _rt.MapOf):
        index, k, v = code.var("i"), code.var("k"), code.var("v")
        base = key if type_.flattened else f"{key} + '.entry'"
        key_name, value_name = type_.key_name or "key", type_.value_name or "value"
        if ec2:
            key_name = _capitalized(type_.key_name) if type_.key_name else "key"
            value_name = _capitalized(type_.value_name) if type_.value_name else "value"
        code.add(depth, f"for {index}, ({k}, {v}) in enumerate({var}.items(), 1):")
        entry = code.var("e")
        code.add(depth + 1, f"{entry} = {base} + '.' + str({index}) + '.'")
        write_value(code, type_.key, k, f"{entry} + {key_name!r}", depth + 1, ec2)
        write_value(code, type_.value, v, f"{entry} + {value_name!r}", depth + 1, ec2)
    else:
        code.add(depth, f"w({key} + '=' + {text_expr(code, type_, var)})")


def member_name(f: _rt.Field, ec2: bool) -> str:
    return (f.query_name or f.wire_name) if ec2 else f.serialized


def write_members(
    code: _rt._Code,
    fields: Iterable[_rt.Field],
    obj: str,
    prefix: str,
    depth: int,
    ec2: bool,
) -> None:
    """Lines that append the pieces of the set members of `obj`; `prefix` is an
    expression for what goes before their names."""
    for f in fields:
        var = code.var("v")
        code.add(depth, f"{var} = {obj}.{f.name}")
        code.add(depth, f"if {var} is not None:")
        key = f"{prefix} + {member_name(f, ec2)!r}"
        write_value(code, f.type, var, key, depth + 1, ec2)


def _compile(cls: type[_rt.Structure], ec2: bool) -> Any:
    """`_query_write` (or `_ec2_write`) for `cls`, installed on it where the runtime's
    rule allows (`_rt._installs`)."""
    code = _rt._Code()
    method = "_ec2_write" if ec2 else "_query_write"
    code.add(0, f"def {method}(self, w, p):")
    code.add(1, "pass")
    write_members(code, cls._fields, "self", "p", 1, ec2)
    namespace = code.run(f"{cls.__module__}.{cls.__qualname__} ({method[1:]})")
    if _rt._installs(cls):
        setattr(cls, method, namespace[method])
    return namespace[method]


def _first_query(self: _rt.Structure, w: Any, p: str) -> None:
    _compile(type(self), False)(self, w, p)


def _first_ec2(self: _rt.Structure, w: Any, p: str) -> None:
    _compile(type(self), True)(self, w, p)


# Every class starts with these; its first use compiles its own over them.
setattr(_rt.Structure, "_query_write", _first_query)
setattr(_rt.Structure, "_ec2_write", _first_ec2)


# -- the protocol -----------------------------------------------------------------------


def _text(node: Any, name: str) -> str | None:
    for child in node:
        if _xml.local_name(child.tag) == name:
            return child.text  # type: ignore[no-any-return]
    return None


class Protocol:
    """query or ec2 (as the service says) for one service."""

    event_content_type: ClassVar[str] = "text/xml"
    service: _rt.Service
    ec2: bool

    def __init__(self, service: _rt.Service) -> None:
        self.service = service
        self.ec2 = service.protocol_name == "ec2"

    def serializer(self, op: _rt.Operation) -> Callable[[Any], _wire.HttpRequest]:
        code = _rt._Code()
        cls = op.input_class()
        fields = list(cls._fields) if cls is not None else []
        code.add(0, "def serialize(request):")
        _wire.start_request(code, cls)
        start = f"Action={form_value(op.name)}&Version={form_value(self.service.api_version)}"
        code.add(1, f"out = [{start!r}]")
        code.add(1, "w = out.append")
        write_members(code, fields, "request", "''", 1, self.ec2)
        host = _wire.host_prefix(code, op, fields)
        http_request = code.const(_wire.HttpRequest, "HttpRequest")
        code.add(
            1,
            f"return {http_request}({op.http_method!r}, '/', [], "
            f"{{'Content-Type': {CONTENT_TYPE!r}}}, '&'.join(out).encode(), {host})",
        )
        serialize: Callable[[Any], _wire.HttpRequest]
        serialize = code.run(f"{self.service.name}.{op.name} (serialize)")["serialize"]
        return serialize

    def parser(self, op: _rt.Operation) -> Callable[[int, Any, Any], Any]:
        output = op.output_class()
        read = None if output is None else self._reader(output, op.result_wrapper)
        return _wire.response_parser(read, self.error)

    def _reader(self, cls: type[_rt.Structure], wrapper: str | None) -> _wire.Reader:
        parse, read_all = _xml.parse, _wire.read_all
        local_name = _xml.local_name
        empty = _xml.EMPTY

        def read(status: int, headers: dict[str, str], body: Any) -> Any:
            raw = read_all(body)
            if not raw:  # no members at all
                return cls._xml_read(empty)  # type: ignore[attr-defined]
            root = parse(raw)
            if self.ec2 or not wrapper:
                return cls._xml_read(root)  # type: ignore[attr-defined]
            for child in root:
                if local_name(child.tag) == wrapper:
                    return cls._xml_read(child)  # type: ignore[attr-defined]
            raise ValueError(f"no <{wrapper}> in the response")

        return read

    def error(self, status: int, headers: _wire.Headers, raw: bytes) -> NoReturn:
        """`<ErrorResponse><Error><Code>` (query) or `<Response><Errors><Error>` (ec2),
        the request id beside the error; a generic 5xx gives the status as the code."""
        message: str | None
        request_id: str | None = None
        root = None
        if _wire.is_generic_error(status, raw):
            code, message = str(status), _wire.reason(status)
        else:
            root = _xml.parse(raw)
            error = _xml.error_root(root)
            code = _text(error, "Code") or str(status)
            message = _text(error, "Message")
            request_id = _text(root, "RequestId") or _text(root, "RequestID")
        _wire.raise_error(
            self.service,
            code,
            message,
            status,
            request_id or _wire.request_id(headers),
            None if root is None else (lambda cls: cls._xml_read(root)),  # type: ignore[attr-defined]
        )

    def read_event(self, cls: type[_rt.Structure], payload: bytes) -> Any:
        """An event's body members from its message payload."""
        return _xml.read_document(cls, payload)

    def write_event(self, obj: _rt.Structure) -> bytes:
        """The payload of an event's body members: an element named as its class."""
        return _xml.document(obj, type(obj).__name__, None)
