"""The HTTP bindings of the rest protocols (rest-json, rest-xml): members in the URI,
the query string, headers, the status code and the payload. The body format is the
protocol's own (`Body`); everything else is the same for both and lives here.

For each operation, `serializer` and `parser` compile one straight-line function from
the members' declarations, on first use.
"""

from __future__ import annotations

import re

from . import _runtime as _rt
from . import _wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, ClassVar


class Body:
    """What a rest protocol's body format provides to the bindings."""

    #: The Content-Type of a structured body; None where botocore sets none.
    content_type: ClassVar[str | None] = None
    #: The body of a structure payload member that is not set.
    empty_payload: ClassVar[bytes] = b""

    def write_payload(
        self, code: _rt._Code, op: _rt.Operation, f: _rt.Field, var: str
    ) -> str:
        """An expression for the body bytes of a structure or document payload `var`."""
        raise NotImplementedError

    def write_members(
        self,
        code: _rt._Code,
        op: _rt.Operation,
        fields: list[_rt.Field],
        obj: str,
        depth: int,
    ) -> str:
        """Lines that write the body members of `obj`; an expression for the body (b""
        when the format leaves out a body without members)."""
        raise NotImplementedError

    def read_payload(self, code: _rt._Code, f: _rt.Field, raw: str) -> str:
        """An expression for a structure or document payload from the body bytes `raw`."""
        raise NotImplementedError

    def read_members(
        self,
        code: _rt._Code,
        cls: type[_rt.Structure],
        fields: list[_rt.Field],
        raw: str,
        obj: str,
    ) -> None:
        """Lines (at depth 1) that set the body members of `obj` from the bytes `raw`."""
        raise NotImplementedError


_LABEL = re.compile(r"\{([^}]+)\}")


def _is_text_payload(f: _rt.Field) -> bool:
    return isinstance(f.type, (_rt.Blob, _rt.String))


# -- requests ---------------------------------------------------------------------------


def serializer(op: _rt.Operation, protocol: Any) -> Callable[[Any], _wire.HttpRequest]:
    """`serialize(request)` for `op`, for a protocol whose `body` is its body format."""
    body: Body = protocol.body
    code = _rt._Code()
    cls = op.input_class()
    fields = list(cls._fields) if cls is not None else []
    path_template, _, static_query = op.request_uri.partition("?")
    code.add(0, "def serialize(request):")
    _wire.start_request(code, cls)
    by_location: dict[str | None, list[_rt.Field]] = {}
    for f in fields:
        by_location.setdefault(f.location, []).append(f)

    path = _write_path(code, path_template, by_location.get("uri", []))
    static = [
        (name, value if sep else None)
        for name, sep, value in (
            part.partition("=") for part in static_query.split("&") if part
        )
    ]
    query = _write_query(code, static, by_location.get("querystring", []))
    content_type_var = _write_headers(
        code, by_location.get("header", []), by_location.get("headers", [])
    )
    body_expr, structured = _write_body(code, op, protocol, by_location.get(None, []))
    if structured == "events":
        code.add(1, "headers['Content-Type'] = 'application/vnd.amazon.eventstream'")
    elif structured and body.content_type is not None:
        test = (
            "body"
            if content_type_var is None
            else f"body and {content_type_var} is None"
        )
        code.add(1, f"if {test}:")
        code.add(2, f"headers['Content-Type'] = {body.content_type!r}")
    http_request = code.const(_wire.HttpRequest, "HttpRequest")
    host = _wire.host_prefix(code, op, fields)
    code.add(
        1,
        f"return {http_request}({op.http_method!r}, {path}, {query}, headers, {body_expr}, {host})",
    )
    serialize: Callable[[Any], _wire.HttpRequest]
    serialize = code.run(f"{op.service.name}.{op.name} (serialize)")["serialize"]
    return serialize


def _write_path(code: _rt._Code, template: str, fields: list[_rt.Field]) -> str:
    by_label = {f.serialized: f for f in fields}
    pieces = []
    for piece in re.split(r"(\{[^}]+\})", template):
        if not (piece.startswith("{") and piece.endswith("}")):
            pieces.append(piece.replace("{", "{{").replace("}", "}}"))
            continue
        name = piece[1:-1]
        greedy = name.endswith("+")
        f = by_label.get(name.rstrip("+"))
        if f is None:  # a label the model does not bind: botocore fails; so do we
            raise ValueError(f"URI label {name!r} of {template!r} names no member")
        var = code.var("uri")
        error = code.const(_rt.ValidationError, "error")
        code.add(1, f"{var} = request.{f.name}")
        code.add(1, f"if {var} is None:")
        code.add(2, f"raise {error}(['{f.name}: is required (it is part of the URI)'])")
        text = _text(code, f.type, var, "iso8601")
        encode = code.const(_wire.greedy_label if greedy else _wire.label, "label")
        pieces.append("{" + f"{encode}({text})" + "}")
    return "f" + repr("".join(pieces))


def _text(code: _rt._Code, type_: _rt._Type, var: str, timestamp_format: str) -> str:
    """An expression for a scalar as text in a URI, query string or header."""
    if isinstance(type_, _rt.String):
        return var if type_.enum is None else f"str({var})"
    if isinstance(type_, _rt.Boolean):
        return f"{code.const(_wire.boolean, 'bool')}({var})"
    if isinstance(type_, _rt.Float):
        return f"{code.const(_wire.float_text, 'float')}({var})"
    if isinstance(type_, _rt.Timestamp):
        write = code.const(_wire.timestamp_text, "ts")
        return f"{write}({var}, {(type_.format or timestamp_format)!r})"
    return f"str({var})"


def _write_query(
    code: _rt._Code, static: list[tuple[str, str | None]], fields: list[_rt.Field]
) -> str:
    if not fields:
        return f"{static!r}"
    code.add(1, "qs = {}")
    for f in fields:
        var = code.var("q")
        code.add(1, f"{var} = request.{f.name}")
        code.add(1, f"if {var} is not None:")
        if isinstance(f.type, _rt.MapOf):
            # a map of extra parameters; as botocore does, a later member wins
            item = code.var("x")
            value = (
                f"[{_text(code, f.type.value.item, item, 'iso8601')} for {item} in v]"
                if isinstance(f.type.value, _rt.ListOf)
                else _text(code, f.type.value, "v", "iso8601")
            )
            code.add(2, f"qs.update({{str(k): {value} for k, v in {var}.items()}})")
        elif isinstance(f.type, _rt.ListOf):
            item = code.var("x")
            text = _text(code, f.type.item, item, "iso8601")
            code.add(2, f"qs[{f.serialized!r}] = [{text} for {item} in {var}]")
        else:
            code.add(2, f"qs[{f.serialized!r}] = {_text(code, f.type, var, 'iso8601')}")
    pairs = code.const(_pairs, "pairs")
    return f"{static!r} + {pairs}(qs)"


def _pairs(query: dict[str, str | list[str]]) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for name, value in query.items():
        if isinstance(value, list):
            out.extend((name, item) for item in value)
        else:
            out.append((name, value))
    return out


def _write_headers(
    code: _rt._Code, fields: list[_rt.Field], maps: list[_rt.Field]
) -> str | None:
    """Lines that fill `headers`; the variable of a Content-Type member, if one."""
    content_type = None
    for f in fields:
        var = code.var("h")
        code.add(1, f"{var} = request.{f.name}")
        if f.serialized.lower() == "content-type":
            content_type = var
        if isinstance(f.type, _rt.ListOf):
            code.add(1, f"if {var}:")
            item = code.var("x")
            if isinstance(f.type.item, _rt.String):
                quote = code.const(_wire.header_list_item, "quote")
                text = f"{quote}({_text(code, f.type.item, item, 'rfc822')})"
            else:
                text = _header_scalar(code, f.type.item, item)
            code.add(
                2,
                f"headers[{f.serialized!r}] = ','.join([{text} for {item} in {var} "
                f"if {item} is not None])",
            )
            continue
        code.add(1, f"if {var} is not None:")
        code.add(2, f"headers[{f.serialized!r}] = {_header_scalar(code, f.type, var)}")
    for f in maps:
        var = code.var("h")
        code.add(1, f"{var} = request.{f.name}")
        code.add(1, f"if {var} is not None:")
        code.add(2, f"for k, v in {var}.items():")
        code.add(3, f"headers[{f.serialized!r} + k] = v")
    return content_type


def _header_scalar(code: _rt._Code, type_: _rt._Type, var: str) -> str:
    if isinstance(type_, _rt.Document):  # a JSON value: base64 of its compact JSON
        dumps = code.const(_json_compact, "json")
        return f"{code.const(_wire.b64encode, 'b64')}({dumps}({var}))"
    if isinstance(type_, _rt.Timestamp):  # to the second, as botocore writes headers
        write = code.const(_wire.timestamp_text, "ts")
        return f"{write}({var}.replace(microsecond=0), {(type_.format or 'rfc822')!r})"
    return _text(code, type_, var, "rfc822")


def _json_compact(value: Any) -> str:
    import json

    return json.dumps(value, separators=(",", ":"))


def _write_body(
    code: _rt._Code, op: _rt.Operation, protocol: Any, fields: list[_rt.Field]
) -> tuple[str, bool | str]:
    """Lines that make the body; its expression, and whether it is structured (so
    that it gets the format's Content-Type), or "events" for an event stream."""
    body: Body = protocol.body
    payload = next((f for f in fields if f.payload), None)
    if payload is not None:
        var = code.var("payload")
        code.add(1, f"{var} = request.{payload.name}")
        if isinstance(payload.type, _rt.EventStream):
            _eventstream = _wire.event_streams()
            write = code.const(_eventstream.write_events, "events")
            code.add(
                1,
                f"body = b'' if {var} is None else {write}({code.const(protocol, 'protocol')}, {var})",
            )
            return "body", "events"
        if _is_text_payload(payload):
            code.add(
                1,
                f"body = b'' if {var} is None else {code.const(_wire.as_body, 'body')}({var})",
            )
            return "body", False
        code.add(1, f"if {var} is None:")
        code.add(2, f"body = {body.empty_payload!r}")
        code.add(1, "else:")
        code.add(2, f"body = {body.write_payload(code, op, payload, var)}")
        return "body", True
    if not fields:
        code.add(1, "body = b''")
        return "body", False
    code.add(1, f"body = {body.write_members(code, op, fields, 'request', 1)}")
    return "body", True


# -- responses --------------------------------------------------------------------------


def reader(cls: type[_rt.Structure], protocol: Any, name: str) -> _wire.Reader:
    """A function that reads an object of `cls` from a response: headers, status code,
    payload and body members. Headers come lower-cased; the body as bytes (or a file
    object, kept unread for a streaming payload)."""
    body: Body = protocol.body
    code = _rt._Code()
    code.add(0, "def read(status, headers, raw):")
    if any(f.location in ("header", "headers") for f in cls._fields):
        code.add(1, f"headers = {code.const(_wire.lower_headers, 'lower')}(headers)")
    code.add(1, "obj = cls.__new__(cls)")
    code.add(1, "obj._checked = False")
    if issubclass(cls, _rt.Union):
        code.add(1, "obj._unknown = None")
    code.globals["cls"] = cls
    body_fields = []
    for f in cls._fields:
        if f.location == "statusCode":
            code.add(1, f"obj.{f.name} = status")
        elif f.location == "header":
            _read_header(code, f)
        elif f.location == "headers":
            # by prefix, names as they were sent (botocore keeps their case)
            prefix = f.serialized.lower()
            code.add(
                1,
                f"obj.{f.name} = {{k[{len(prefix)}:]: v for k, v in headers.sent "
                f"if k.lower().startswith({prefix!r})}}",
            )
        else:  # the body; botocore reads URI and query members from it too
            body_fields.append(f)
    payload = next((f for f in body_fields if f.payload), None)
    read_all = code.const(_wire.read_all, "read")
    if payload is not None:
        for f in body_fields:
            if f is not payload:
                code.add(1, f"obj.{f.name} = None")
        if isinstance(payload.type, _rt.EventStream):
            _eventstream = _wire.event_streams()
            union = _rt._resolve(payload.type.event.class_name)  # type: ignore[attr-defined]
            events = code.const(_eventstream.event_reader(protocol, union), "events")
            stream = code.const(_eventstream.EventStream, "EventStream")
            code.add(1, f"obj.{payload.name} = {stream}(raw, {events})")
        elif isinstance(payload.type, _rt.Blob) and payload.type.streaming:
            code.add(1, f"obj.{payload.name} = raw")  # the stream itself, unread
        elif _is_text_payload(payload):
            code.add(1, f"raw = {read_all}(raw)")
            if isinstance(payload.type, _rt.Blob):
                code.add(1, f"obj.{payload.name} = raw")
            else:
                code.add(1, f"obj.{payload.name} = raw.decode()")
        else:
            code.add(1, f"raw = {read_all}(raw)")
            code.add(
                1,
                f"obj.{payload.name} = {body.read_payload(code, payload, 'raw')} if raw else None",
            )
    elif body_fields:
        code.add(1, f"raw = {read_all}(raw)")
        body.read_members(code, cls, body_fields, "raw", "obj")
    _rt._write_error_attributes(code, cls, "obj")
    code.add(1, "return obj")
    read: _wire.Reader = code.run(name)["read"]
    return read


def _read_header(code: _rt._Code, f: _rt.Field) -> None:
    var = code.var("h")
    code.add(1, f"{var} = headers.get({f.serialized.lower()!r})")
    if isinstance(f.type, _rt.ListOf):
        item = code.var("x")
        split = code.const(_wire.header_list, "split")
        loaded = _header_value(code, f.type.item, item)
        code.add(
            1,
            f"obj.{f.name} = None if {var} is None else "
            f"[{loaded} for {item} in {split}({var})]",
        )
    else:
        code.add(
            1,
            f"obj.{f.name} = None if {var} is None else {_header_value(code, f.type, var)}",
        )


def _header_value(code: _rt._Code, type_: _rt._Type, var: str) -> str:
    if isinstance(type_, _rt.Document):
        loads = code.const(_json_loads_b64, "json")
        return f"{loads}({var})"
    if isinstance(type_, _rt.Integer):
        return f"int({var})"
    if isinstance(type_, _rt.Float):
        return f"float({var})"
    if isinstance(type_, _rt.Boolean):
        return f"{code.const(_wire.boolean_text, 'bool')}({var})"
    if isinstance(type_, _rt.Timestamp):
        return f"{code.const(_wire.parse_timestamp, 'ts')}({var})"
    if isinstance(type_, _rt.Blob):
        return f"{code.const(_wire.b64decode, 'b64')}({var})"
    if isinstance(type_, _rt.String):
        return type_.load(code, var) or var
    return var


def _json_loads_b64(value: str) -> Any:
    import json

    return json.loads(_wire.b64decode(value).decode())
