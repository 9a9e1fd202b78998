"""The json protocol (awsJson 1.0 and 1.1): every operation is a POST to `/` naming
itself in `X-Amz-Target`, with its input as the JSON body and its output as the
JSON response (`_json`)."""

from __future__ import annotations


from . import _json
from . import _runtime as _rt
from . import _wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, ClassVar, NoReturn


class Protocol:
    """awsJson for one service: compiles each operation's serializer and parser."""

    event_content_type: ClassVar[str] = "application/json"

    def __init__(self, service: _rt.Service) -> None:
        self.service = service

    def read_event(self, cls: type[_rt.Structure], payload: bytes) -> Any:
        return _json.read_event(cls, payload)

    def write_event(self, event: _rt.Structure) -> bytes:
        return _json.write_event(event)

    def headers(self, op: _rt.Operation) -> dict[str, str]:
        service = self.service
        headers = {
            "X-Amz-Target": f"{service.target_prefix}.{op.name}",
            "Content-Type": f"application/x-amz-json-{service.json_version}",
        }
        if service.query_compatible:
            headers["x-amzn-query-mode"] = "true"
        return headers

    def serializer(self, op: _rt.Operation) -> Callable[[Any], _wire.HttpRequest]:
        code = _rt._Code()
        cls = op.input_class()
        code.add(0, "def serialize(request):")
        _wire.start_request(code, cls)
        code.add(1, f"headers = {self.headers(op)!r}")
        code.add(1, "out = {}")
        fields = list(cls._fields) if cls is not None else []
        _json.write_members(code, fields, "request", "out", 1)
        host = _wire.host_prefix(code, op, fields)
        http_request = code.const(_wire.HttpRequest, "HttpRequest")
        encode = code.const(_json.encode, "encode")
        code.add(
            1,
            f"return {http_request}({op.http_method!r}, '/', [], headers, "
            f"{encode}(out).encode(), {host})",
        )
        serialize: Callable[[Any], _wire.HttpRequest]
        serialize = code.run(f"{self.service.name}.{op.name} (serialize)")["serialize"]
        return serialize

    def parser(self, op: _rt.Operation) -> Callable[[int, Any, Any], Any]:
        output = op.output_class()
        read = None if output is None else _wire.body_reader(self, output)
        return _wire.response_parser(read, self.error)

    def error(self, status: int, headers: _wire.Headers, raw: bytes) -> NoReturn:
        data: dict[str, Any] = {}
        if _wire.is_generic_error(status, raw):
            code, message = str(status), _wire.reason(status)
        else:
            data = _json.error_body(raw)
            code, message = _json.error_code(
                status, headers, data, self.service.query_compatible
            )
        _wire.raise_error(
            self.service,
            code,
            message,
            status,
            _wire.request_id(headers),
            lambda cls: cls._json_load(data),  # type: ignore[attr-defined]
        )
