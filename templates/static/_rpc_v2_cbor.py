"""The smithy-rpc-v2-cbor protocol: every operation is a POST to
`/service/{targetPrefix}/operation/{name}` with its input as a CBOR body, and its
output is the CBOR response (`_cbor`)."""

from __future__ import annotations

from . import _cbor
from . import _runtime as _rt
from . import _wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, NoReturn

_EVENTS = "application/vnd.amazon.eventstream"


class Protocol:
    """smithy-rpc-v2-cbor for one service: compiles each operation's serializer and
    parser; reads and writes the payloads of event-stream messages."""

    event_content_type = "application/cbor"

    def __init__(self, service: _rt.Service) -> None:
        self.service = service

    def headers(self, op: _rt.Operation, body: bool) -> dict[str, str]:
        """The headers of every request of `op`, in botocore's order; an operation that
        answers with an event stream accepts it, and names it as its content type too,
        as botocore does."""
        output = op.output_class()
        events = output is not None and any(
            isinstance(f.type, _rt.EventStream) for f in output._fields
        )
        accept = _EVENTS if events else "application/cbor"
        headers = {"smithy-protocol": "rpc-v2-cbor"}
        if self.service.query_compatible:
            headers["x-amzn-query-mode"] = "true"
        headers["Accept"] = accept
        if body:
            headers["Content-Type"] = accept
        return headers

    def serializer(self, op: _rt.Operation) -> Callable[[Any], _wire.HttpRequest]:
        code = _rt._Code()
        cls = op.input_class()
        path = f"/service/{self.service.target_prefix}/operation/{op.name}"
        code.add(0, "def serialize(request):")
        _wire.start_request(code, cls)
        code.add(1, f"headers = {self.headers(op, cls is not None)!r}")
        fields = list(cls._fields) if cls is not None else []
        if cls is None:
            code.add(1, "body = b''")
        else:
            code.add(1, "out = bytearray()")
            _cbor.write_members(code, _cbor.body_fields(fields), "request", "out", 1)
            code.add(1, "body = bytes(out)")
        host = _wire.host_prefix(code, op, fields)
        http_request = code.const(_wire.HttpRequest, "HttpRequest")
        code.add(
            1, f"return {http_request}('POST', {path!r}, [], headers, body, {host})"
        )
        serialize: Callable[[Any], _wire.HttpRequest]
        serialize = code.run(f"{self.service.name}.{op.name} (serialize)")["serialize"]
        return serialize

    def parser(self, op: _rt.Operation) -> Callable[[int, Any, Any], Any]:
        output = op.output_class()
        read = None if output is None else _wire.body_reader(self, output)
        return _wire.response_parser(read, self.error)

    def error(self, status: int, headers: _wire.Headers, raw: bytes) -> NoReturn:
        """The error a response names: `__type` in the body (else the status), a
        query-compatible code from `x-amzn-query-error`, the message from `message`
        or `Message`, modeled members from the body."""
        data: dict[str, Any] = {}
        if _wire.is_generic_error(status, raw):
            code, message = str(status), _wire.reason(status)
        else:
            decoded = _cbor.loads(raw) if raw else {}
            data = decoded if isinstance(decoded, dict) else {}
            kind = data.get("__type")
            code = _wire.sanitize_code(str(status if kind is None else kind))
            if "x-amzn-query-error" in headers:
                code = _wire.query_compatible_code(code, headers)
            text = data.get("message", data.get("Message", ""))
            message = text if isinstance(text, str) else str(text)
        _wire.raise_error(
            self.service,
            code,
            message,
            status,
            headers.get("x-amzn-requestid"),
            lambda cls: cls._cbor_read(data),  # type: ignore[attr-defined]
        )

    # -- event streams ---------------------------------------------------------------

    def read_event(self, cls: type[_rt.Structure], payload: bytes) -> Any:
        """An event structure's body members from a message payload."""
        return _cbor.read_object(cls, payload)

    def write_event(self, obj: _rt.Structure) -> bytes:
        """The payload of an event structure's body members."""
        return _cbor.write_object(obj)
