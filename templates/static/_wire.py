"""What every wire protocol shares: the HTTP request, timestamps and other encodings,
and turning an error response into the error class it names.

Standard library only, and imported on the first serialize or parse, never by
importing a class.
"""

from __future__ import annotations

import binascii
import datetime
import re

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping
    from typing import IO, Any, ClassVar, NoReturn


__all__ = ["Headers", "HttpRequest", "ResponseParseError"]


class HttpRequest:
    """An operation's request as it goes over the wire, before signing.

    `path` is percent-encoded as AWS expects; `query` holds `(name, value)` pairs in
    order, the URI template's own included (a value of None is a bare name, as in
    `?uploads`); `body` is bytes, or the caller's binary file object for a streaming
    payload; `host_prefix` is the expanded `endpoint.hostPrefix` of the operation.
    """

    __slots__ = ("method", "path", "query", "headers", "body", "host_prefix")

    method: str
    path: str
    query: list[tuple[str, str | None]]
    headers: dict[str, str]
    body: bytes | IO[bytes]
    host_prefix: str

    def __init__(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str | None]],
        headers: dict[str, str],
        body: bytes | IO[bytes] = b"",
        host_prefix: str = "",
    ) -> None:
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.host_prefix = host_prefix

    def query_string(self) -> str:
        """The query as it goes into the URL: each part percent-encoded."""
        return "&".join(
            (
                percent_encode(name)
                if value is None
                else f"{percent_encode(name)}={percent_encode(value)}"
            )
            for name, value in self.query
        )

    def url(self, endpoint: str) -> str:
        """The full URL at `endpoint` (such as `https://connect.us-east-1.amazonaws.com`):
        the host prefix before its host, its path before the request's path."""
        scheme, _, rest = endpoint.partition("://")
        host, slash, base = rest.partition("/")
        path = joined_path(slash + base, self.path)
        query = self.query_string()
        return f"{scheme}://{self.host_prefix}{host}{path}" + (
            f"?{query}" if query else ""
        )

    def __repr__(self) -> str:
        body = self.body if isinstance(self.body, bytes) else type(self.body).__name__
        return (
            f"HttpRequest({self.method!r}, {self.path!r}, query={self.query!r}, "
            f"headers={self.headers!r}, body={body!r}, "
            f"host_prefix={self.host_prefix!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HttpRequest):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__: ClassVar[None] = None  # type: ignore[assignment]


class ResponseParseError(Exception):
    """A response that does not read as the protocol says: truncated, malformed, or
    not what the model describes. `excerpt` is the start of the body."""

    status: int
    excerpt: bytes

    def __init__(self, reason: str, status: int, body: bytes) -> None:
        self.status = status
        self.excerpt = body[:200]
        super().__init__(f"HTTP {status}: {reason}; body starts {self.excerpt!r}")


class ResponseChecksumError(ResponseParseError):
    """A response body that does not match the checksum the response carries."""

    def __init__(
        self, algorithm: str, expected: str, actual: str, status: int, body: bytes
    ) -> None:
        reason = f"its {algorithm.upper()} checksum is {actual}, not {expected}"
        super().__init__(reason, status, body)


# -- encodings --------------------------------------------------------------------------

#: What percent-encoding leaves alone (RFC 3986's unreserved characters).
_UNRESERVED = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~"
)
PLAIN = re.compile(r"[A-Za-z0-9_.~-]*")
PLAIN_PATH = re.compile(r"[A-Za-z0-9_.~/-]*")
_PERCENT_TABLES: dict[str, list[str]] = {}


def percent_encode(text: str, safe: str = "") -> str:
    """`text` percent-encoded as UTF-8, the unreserved characters (and `safe`) left
    as they are: `urllib.parse.quote(text, safe)`, without importing urllib."""
    table = _PERCENT_TABLES.get(safe)
    if table is None:  # by code point, as str.translate indexes it
        keep = _UNRESERVED | set(safe)
        table = [chr(c) if chr(c) in keep else f"%{c:02X}" for c in range(256)]
        _PERCENT_TABLES[safe] = table
    if not text.isascii():  # each UTF-8 byte a character of its own
        text = text.encode().decode("latin-1")
    return text.translate(table)


def joined_path(base: str, path: str) -> str:
    """An endpoint's base path (`""` or from its `/`) followed by a request's path, as
    botocore joins them: a bare `/` adds nothing to a base, one slash between them."""
    if path in ("", "/"):
        return base or "/"
    return (base[:-1] if base.endswith("/") else base) + path


def remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4, and empty segments dropped too (as AWS wants): the
    leading slash and a trailing one kept, when anything is left before it."""
    kept: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if kept:
                kept.pop()
        elif segment and segment != ".":
            kept.append(segment)
    lead = "/" if path.startswith("/") else ""
    trail = "/" if path.endswith("/") and kept else ""
    return lead + "/".join(kept) + trail


def label(value: str) -> str:
    """A URI label, percent-encoded (fast when nothing needs encoding)."""
    return value if PLAIN.fullmatch(value) else percent_encode(value)


def greedy_label(value: str) -> str:
    """A greedy URI label (`{Key+}`): slashes stay."""
    return value if PLAIN_PATH.fullmatch(value) else percent_encode(value, "/")


def b64encode(value: bytes | str) -> str:
    if isinstance(value, str):
        value = value.encode()
    return binascii.b2a_base64(value, newline=False).decode()


def b64decode(value: str | bytes) -> bytes:
    """Base64 as `base64.b64decode` reads it (characters outside the alphabet
    skipped)."""
    try:
        return binascii.a2b_base64(value)
    except (binascii.Error, ValueError) as error:
        raise ValueError(f"invalid base64: {error}") from None


def boolean(value: bool) -> str:
    return "true" if value else "false"


def float_text(value: float) -> str:
    """A float as text: NaN and the infinities by name, as AWS writes them."""
    if value != value:
        return "NaN"
    if value in (_INF, -_INF):
        return "Infinity" if value > 0 else "-Infinity"
    return str(value)


def float_json(value: float) -> float | str:
    """A float for a JSON body: NaN and the infinities are strings there."""
    return value if -_MAX <= value <= _MAX else float_text(value)


_INF = float("inf")
_MAX = 1.7976931348623157e308


# -- timestamps -------------------------------------------------------------------------

_UTC = datetime.timezone.utc
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=_UTC)
_SECOND = datetime.timedelta(seconds=1)
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def utc(value: datetime.datetime) -> datetime.datetime:
    """The same instant in UTC; a naive datetime is taken to be UTC already."""
    if value.tzinfo is None:
        return value.replace(tzinfo=_UTC)
    return value if value.tzinfo is _UTC else value.astimezone(_UTC)


def epoch_seconds(value: datetime.datetime) -> int:
    """Whole seconds since the epoch (botocore drops the fraction on the way out)."""
    return (utc(value) - _EPOCH) // _SECOND


def iso8601(value: datetime.datetime) -> str:
    value = utc(value)
    if value.microsecond:
        return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(value: datetime.datetime) -> str:
    """RFC 7231's IMF-fixdate, to the second: `Tue, 29 Apr 2014 18:30:38 GMT`."""
    t = utc(value)
    return (
        f"{_DAYS[t.weekday()]}, {t.day:02d} {_MONTHS[t.month - 1]} {t.year:04d} "
        f"{t.hour:02d}:{t.minute:02d}:{t.second:02d} GMT"
    )


def timestamp_text(value: datetime.datetime, format: str) -> str:
    """A timestamp written as a string (headers, query strings, XML, labels)."""
    format = format.lower()
    if format == "unixtimestamp":
        return str(epoch_seconds(value))
    if format == "rfc822":
        return http_date(value)
    return iso8601(value)


def timestamp_json(value: datetime.datetime, format: str) -> int | str:
    """A timestamp in a JSON body: a number of seconds unless the model says a string."""
    if format.lower() == "unixtimestamp":
        return epoch_seconds(value)
    return timestamp_text(value, format)


_HTTP_DATE = re.compile(
    r"(?:\w{3},\s*)?(\d{1,2})[\s-](\w{3})[\s-](\d{2,4})\s+(\d{1,2}):(\d{2}):(\d{2})"
    r"(?:\.(\d+))?\s*(?:GMT|UTC|Z|[+-]0000)?\s*$",
    re.IGNORECASE,
)
_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(_MONTHS, 1)}


def parse_timestamp(value: str | float) -> datetime.datetime:
    """A timestamp from the wire in any of AWS's forms: epoch seconds (a number or its
    text, with a fraction or not), ISO 8601, or an HTTP date."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.datetime.fromtimestamp(value, _UTC)
    if not isinstance(value, str):
        raise ValueError(f"not a timestamp: {value!r}")
    text = value.strip()
    try:
        return datetime.datetime.fromtimestamp(float(text), _UTC)
    except ValueError:
        pass
    try:
        parsed = datetime.datetime.fromisoformat(text.upper())
    except ValueError:
        match = _HTTP_DATE.match(text)
        if match is None or match[2].lower() not in _MONTH_NUMBER:
            raise ValueError(f"not a timestamp: {value!r}") from None
        day, month, year, hour, minute, second, fraction = match.groups()
        year_number = int(year) + (1900 if len(year) == 2 else 0)
        micro = int((fraction or "0")[:6].ljust(6, "0"))
        return datetime.datetime(
            year_number,
            _MONTH_NUMBER[month.lower()],
            int(day),
            int(hour),
            int(minute),
            int(second),
            micro,
            tzinfo=_UTC,
        )
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_UTC)


# -- headers and bodies -----------------------------------------------------------------


class Headers(dict[str, str]):
    """Response headers by lower-case name (repeated headers joined with commas);
    `sent` keeps the names as they came, for members that map headers by prefix."""

    __slots__ = ("sent",)
    sent: Iterable[tuple[str, str]]


if TYPE_CHECKING:
    #: Reads an object from a response: (status, headers, body) -> object.
    Reader = Callable[[int, Any, Any], Any]


def lower_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> Headers:
    """The headers by lower-case name (once: Headers are returned as they are)."""
    if isinstance(headers, Headers):
        return headers
    # a mapping's items, an http.client message's (repeats included), or pairs
    items = headers.items() if hasattr(headers, "items") else list(headers)
    out = Headers()
    out.sent = items
    for name, value in items:
        key = name.lower()
        out[key] = f"{out[key]},{value}" if key in out else value
    return out


def header_list(value: str) -> list[str]:
    """A list header's items: split at commas outside double quotes, unquoted."""
    if '"' not in value:
        return [item.strip() for item in value.split(",")]
    items, current, quoted, escaped = [], [], False, False
    for ch in value:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\" and quoted:
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    items.append("".join(current).strip())
    return items


def header_list_item(value: str) -> str:
    """A string in a list header, quoted when it holds a comma or a quote."""
    if '"' in value or "," in value:
        return '"' + value.replace('"', '\\"') + '"'
    return value


def read_all(body: bytes | bytearray | IO[bytes] | None) -> bytes:
    if body is None:
        return b""
    if isinstance(body, (bytes, bytearray)):
        return bytes(body)
    return body.read()


def as_body(value: bytes | str | IO[bytes]) -> bytes | IO[bytes]:
    """A streaming or blob payload as a request body: text is sent as UTF-8."""
    return value.encode() if isinstance(value, str) else value


def boolean_text(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    raise ValueError(f"not a boolean: {value!r}")


# -- errors -----------------------------------------------------------------------------


def reason(status: int) -> str:
    """The reason phrase of a status, as botocore gives it for an error response it
    cannot read (`http.client.responses`, which is `http.HTTPStatus`'s phrases)."""
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def is_generic_error(status: int, body: bytes) -> bool:
    """A 5xx answered by a proxy or load balancer rather than the service: no body, or
    an HTML page. Its code is the status."""
    if status < 500:
        return False
    stripped = body.strip()
    return not stripped or stripped.startswith(b"<html>")


def sanitize_code(code: str) -> str:
    """`aws.protocoltests#FooError:http://...` -> `FooError`."""
    return code.split(":", 1)[0].rsplit("#", 1)[-1]


def query_compatible_code(code: str, headers: dict[str, str]) -> str:
    """The query-protocol code a JSON service sends in `x-amzn-query-error`, if any."""
    parts = headers.get("x-amzn-query-error", "").split(";")
    return parts[0] if len(parts) == 2 and parts[0] else code


def raise_error(
    service: _rt.Service,
    code: str,
    message: str | None,
    status: int,
    request_id: str | None,
    load: Callable[[type[_rt.ServiceError]], _rt.ServiceError] | None,
    own_code: str | None = None,
) -> NoReturn:
    """Raise the class `code` names (else the class `own_code` names: the code a
    query-compatible code replaced, which is how botocore finds SQS's errors; else the
    service's ServiceError), with its modeled members from `load(cls)`, and the
    attributes every error has."""
    error_class = service.error_class(code)
    if error_class is _rt.ServiceError and own_code is not None and own_code != code:
        error_class = service.error_class(own_code)
    if load is not None and error_class._fields:
        error = load(error_class)
    else:
        error = error_class.__new__(error_class)
        error._checked = False
        for f in error_class._fields:
            setattr(error, f.name, None)
    error.code = code
    error.http_status = status
    if getattr(error, "message", None) is None:
        error.message = message or None
    if getattr(error, "request_id", None) is None:
        error.request_id = request_id
    raise error


def request_id(headers: dict[str, str]) -> str | None:
    return headers.get("x-amzn-requestid") or headers.get("x-amz-request-id")


# -- compiled request and response functions ---------------------------------------


def start_request(code: _rt._Code, cls: type[_rt.Structure] | None) -> None:
    """Check the request unless `make` did, and fill idempotency tokens not given."""
    if cls is None:
        code.add(1, "headers = {}")
        return
    empty = code.const(cls, "input")
    code.add(1, "if request is None:")
    code.add(2, f"request = {empty}.from_value({{}})")
    code.add(1, "if not request._checked:")
    code.add(2, "request.validate()")
    for f in cls._fields:
        if f.idempotency_token:
            code.add(1, f"if request.{f.name} is None:")
            code.add(2, f"request.{f.name} = {code.const(_rt._token, 'token')}()")
    code.add(1, "headers = {}")


def host_prefix(code: _rt._Code, op: _rt.Operation, fields: list[_rt.Field]) -> str:
    """An expression for the expanded host prefix; host labels must be DNS-safe."""
    if not op.host_prefix:
        return "''"
    labels = {f.wire_name: f for f in fields if f.host_label}
    parts = []
    for piece in re.split(r"(\{[^}]+\})", op.host_prefix):
        name = piece[1:-1] if piece.startswith("{") else None
        if name is None or name not in labels:
            parts.append(piece.replace("{", "{{").replace("}", "}}"))
            continue
        var = code.var("host")
        pattern = code.const(re.compile(r"[A-Za-z0-9.\-]+"), "hostlabel")
        error = code.const(_rt.ValidationError, "error")
        code.add(1, f"{var} = request.{labels[name].name}")
        code.add(1, f"if {var} is None or not {pattern}.fullmatch({var}):")
        code.add(
            2,
            f"raise {error}(['{labels[name].name}: must be letters, digits, hyphens "
            "or periods (it is part of the host name)'])",
        )
        parts.append("{" + var + "}")
    return "f" + repr("".join(parts))


#: What a malformed response raises somewhere inside a reader.
PARSE_ERRORS = (
    ValueError,
    TypeError,
    AttributeError,
    KeyError,
    IndexError,
    UnicodeError,
)


def response_parser(
    read: Reader | None, error: Callable[[int, Headers, bytes], Any]
) -> Callable[[int, Any, Any], Any]:
    """`parse(status, headers, body)`: the output read from a 2xx response, else the
    error the response names raised. A response that does not read raises
    ResponseParseError, never an exception from deep inside. Readers lower-case the
    headers themselves, when they read any."""

    def parse(status: int, headers: Any, body: Any) -> Any:
        if 200 <= status < 300:
            if read is None:
                return None
            try:
                return read(status, headers, body)
            except PARSE_ERRORS as failure:
                raise parse_error(failure, status, body) from failure
        raw = read_all(body)
        try:
            error(status, lower_headers(headers), raw)
        except PARSE_ERRORS as failure:
            raise parse_error(failure, status, raw) from failure

    return parse


def parse_error(failure: Exception, status: int, body: Any) -> ResponseParseError:
    excerpt = body if isinstance(body, bytes) else b""
    return ResponseParseError(f"{type(failure).__name__}: {failure}", status, excerpt)


def body_reader(protocol: Any, cls: type[_rt.Structure]) -> Reader:
    """For the RPC protocols (json, smithy-rpc-v2-cbor), whose output is the body: the
    body read as the protocol reads an event's payload; an event stream after an
    initial response."""
    stream = next((f for f in cls._fields if isinstance(f.type, _rt.EventStream)), None)
    if stream is not None:
        reader: Reader = event_streams().initial_response_reader(protocol, cls, stream)
        return reader
    read_object = protocol.read_event

    def read(status: int, headers: Any, body: Any) -> Any:
        return read_object(cls, read_all(body))

    return read


def event_streams() -> Any:
    """The event-stream module, which only packages with event streams carry."""
    import importlib

    return importlib.import_module(f"{__package__}._eventstream")
