"""The rest-json protocol: HTTP bindings (`_rest`) with JSON bodies (`_json`)."""

from __future__ import annotations

from . import _json, _rest
from . import _runtime as _rt
from . import _wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, ClassVar, NoReturn


class JsonBody(_rest.Body):
    """JSON bodies: members under their serialized names; an absent structure payload
    is an empty object."""

    content_type: ClassVar[str | None] = "application/json"
    empty_payload: ClassVar[bytes] = b"{}"

    def write_payload(
        self, code: _rt._Code, op: _rt.Operation, f: _rt.Field, var: str
    ) -> str:
        encode = code.const(_json.encode, "encode")
        value = _json.dump_expr(code, f.type, var) or var
        return f"{encode}({value}).encode()"

    def write_members(
        self,
        code: _rt._Code,
        op: _rt.Operation,
        fields: list[_rt.Field],
        obj: str,
        depth: int,
    ) -> str:
        code.add(depth, "out = {}")
        _json.write_members(code, fields, obj, "out", depth)
        return f"{code.const(_json.encode, 'encode')}(out).encode()"

    def read_payload(self, code: _rt._Code, f: _rt.Field, raw: str) -> str:
        decoded = f"{code.const(_json.decode, 'decode')}({raw})"
        return _json.load_expr(code, f.type, decoded) or decoded

    def read_members(
        self,
        code: _rt._Code,
        cls: type[_rt.Structure],
        fields: list[_rt.Field],
        raw: str,
        obj: str,
    ) -> None:
        code.add(
            1, f"data = {code.const(_json.decode, 'decode')}({raw}) if {raw} else {{}}"
        )
        _json.read_members(
            code, fields, "data", obj, 1, union=issubclass(cls, _rt.Union)
        )


class Protocol:
    """rest-json for one service: compiles each operation's serializer and parser."""

    body: ClassVar[JsonBody] = JsonBody()
    event_content_type: ClassVar[str] = "application/json"

    def __init__(self, service: _rt.Service) -> None:
        self.service = service
        self._readers: dict[type[_rt.Structure], _wire.Reader] = {}

    def serializer(self, op: _rt.Operation) -> Callable[[Any], _wire.HttpRequest]:
        return _rest.serializer(op, self)

    def reader(self, cls: type[_rt.Structure]) -> _wire.Reader:
        read = self._readers.get(cls)
        if read is None:
            name = f"{cls.__module__}.{cls.__qualname__} (rest-json response)"
            read = self._readers[cls] = _rest.reader(cls, self, name)
        return read

    def read_event(self, cls: type[_rt.Structure], payload: bytes) -> Any:
        return _json.read_event(cls, payload)

    def write_event(self, event: _rt.Structure) -> bytes:
        return _json.write_event(event)

    def parser(self, op: _rt.Operation) -> Callable[[int, Any, Any], Any]:
        output = op.output_class()
        read = None if output is None else self.reader(output)
        return _wire.response_parser(read, self.error)

    def error(self, status: int, headers: _wire.Headers, raw: bytes) -> NoReturn:
        if _wire.is_generic_error(status, raw):
            code = own = str(status)
            message = _wire.reason(status)
        else:
            code, message, own = _json.error_code(
                status, headers, _json.error_body(raw), self.service.query_compatible
            )
        _wire.raise_error(
            self.service,
            code,
            message,
            status,
            _wire.request_id(headers),
            lambda cls: self.reader(cls)(status, headers, raw),
            own,
        )
