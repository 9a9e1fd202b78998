"""The rest-xml protocol (S3, Route 53, CloudFront, S3 Control): HTTP bindings (`_rest`)
with XML bodies (`_xml`), and errors as botocore's RestXMLParser reads them."""

from __future__ import annotations

from . import _rest, _xml
from . import _runtime as _rt
from . import _wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, ClassVar, NoReturn


def _writer(
    type_: _rt._Type, name: str, namespace: tuple[str, str] | None
) -> Callable[[Any], bytes]:
    """A function that writes a payload value as a whole document, root `name`."""
    code = _rt._Code()
    code.add(0, "def write(value):")
    code.add(1, "out = []")
    code.add(1, "w = out.append")
    _xml.write_value(code, type_, "value", name, namespace, 1)
    code.add(1, "return ''.join(out).encode()")
    write: Callable[[Any], bytes] = code.run(f"XML payload {name}")["write"]
    return write


class XmlBody(_rest.Body):
    content_type: ClassVar[str | None] = None  # botocore sets none for rest-xml
    empty_payload: ClassVar[bytes] = b""

    def write_payload(
        self, code: _rt._Code, op: _rt.Operation, f: _rt.Field, var: str
    ) -> str:
        write = code.const(_writer(f.type, f.serialized, f.xml_namespace), "xml")
        return f"{write}({var})"

    def write_members(
        self,
        code: _rt._Code,
        op: _rt.Operation,
        fields: list[_rt.Field],
        obj: str,
        depth: int,
    ) -> str:
        # the root is the input's locationName (normalize falls back to its shape's,
        # then, where botocore would fail, the input's class name)
        root = op.input_name or op.input or "Request"
        head = f"<{root}{_xml.namespace_attribute(op.input_namespace)}"
        any_set = " or ".join(f"{obj}.{f.name} is not None" for f in fields)
        code.add(depth, "body = b''")
        code.add(depth, f"if {any_set}:")  # botocore sends no body without members
        code.add(depth + 1, "out = []")
        code.add(depth + 1, "w = out.append")
        _xml.write_members(code, fields, obj, repr(head), depth + 1)
        code.add(depth + 1, f"w({f'</{root}>'!r})")
        code.add(depth + 1, "body = ''.join(out).encode()")
        return "body"

    def read_payload(self, code: _rt._Code, f: _rt.Field, raw: str) -> str:
        return _xml.value_expr(
            code, f.type, f"{code.const(_xml.parse, 'parse')}({raw})"
        )

    def read_members(
        self,
        code: _rt._Code,
        cls: type[_rt.Structure],
        fields: list[_rt.Field],
        raw: str,
        obj: str,
    ) -> None:
        parse, empty = code.const(_xml.parse, "parse"), code.const(_xml.EMPTY, "empty")
        code.add(1, f"root = {parse}({raw}) if {raw} else {empty}")
        if issubclass(cls, _rt.ServiceError):
            code.add(1, f"root = {code.const(_xml.error_root, 'root')}(root)")
        _xml.read_members(code, cls, fields, "root", obj, 1)


class Protocol:
    """rest-xml for one service: compiles each operation's serializer and parser."""

    body: ClassVar[XmlBody] = XmlBody()
    event_content_type: ClassVar[str] = "text/xml"

    def __init__(self, service: _rt.Service) -> None:
        self.service = service
        self._readers: dict[type[_rt.Structure], _wire.Reader] = {}

    def serializer(self, op: _rt.Operation) -> Callable[[Any], _wire.HttpRequest]:
        return _rest.serializer(op, self)

    def reader(self, cls: type[_rt.Structure]) -> _wire.Reader:
        read = self._readers.get(cls)
        if read is None:
            name = f"{cls.__module__}.{cls.__qualname__} (rest-xml response)"
            read = self._readers[cls] = _rest.reader(cls, self, name)
        return read

    def parser(self, op: _rt.Operation) -> Callable[[int, Any, Any], Any]:
        output = op.output_class()
        read = None if output is None else self.reader(output)
        return _wire.response_parser(read, self.error)

    def error(self, status: int, headers: _wire.Headers, raw: bytes) -> NoReturn:
        """As botocore reads a rest-xml error: S3's `<Error>` root or the
        `<ErrorResponse><Error>` of the others; a body that is not XML (or a generic
        5xx) gives the status as the code."""
        root = None
        if raw.strip() and not _wire.is_generic_error(status, raw):
            try:
                root = _xml.parse(raw)
            except ValueError:
                pass
        request_id = _wire.request_id(headers)
        message: str | None
        if root is None:
            code, message = str(status), _wire.reason(status)
        else:
            texts = {_xml.local_name(child.tag): child.text for child in root}
            if root.tag != "Error":
                request_id = texts.get("RequestId") or request_id
                error = _xml.error_root(root)
                texts = {_xml.local_name(child.tag): child.text for child in error}
            code = texts.get("Code") or str(status)
            message = texts.get("Message")
            request_id = request_id or texts.get("RequestId")
        _wire.raise_error(
            self.service,
            code,
            message,
            status,
            request_id,
            (
                None
                if root is None
                else (lambda cls: self.reader(cls)(status, headers, raw))
            ),
        )

    def read_event(self, cls: type[_rt.Structure], payload: bytes) -> Any:
        """An event's body members from its message payload."""
        return _xml.read_document(cls, payload)

    def write_event(self, obj: _rt.Structure) -> bytes:
        """The payload of an event's body members: an element named as its class."""
        return _xml.document(obj, type(obj).__name__, None)
