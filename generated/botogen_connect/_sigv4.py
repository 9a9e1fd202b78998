"""AWS Signature Version 4 for the requests the wire code builds, the chained signatures
of event-stream input frames, and the request checksums the models ask for.

The rules are botocore's (`SigV4Auth`, `S3SigV4Auth`, `httpchecksum`), so a request
signed here is signed as botocore signs it. Standard library only, and imported by the
standalone transport on its first signed call, never by importing a class.

`sign_operation` does what a client does to an operation's serialized request before
sending it; `sign`, `add_checksum` and `signed_events` are its parts.
"""

from __future__ import annotations

import base64
import datetime
import io
import re
import struct
import time
from binascii import crc32

from . import _runtime as _rt
from . import _wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping
    from hashlib import sha256
    from typing import IO, Any

    from ._wire import HttpRequest

    #: (access key, secret key, session token or None): a tuple, or botocore's
    #: `get_frozen_credentials()`.
    _Credentials = tuple[str, str, str | None]
    _Body = bytes | IO[bytes]
else:
    try:  # CPython's own SHA-256: signing a call need not load OpenSSL (megabytes)
        from _sha256 import sha256
    except ImportError:  # Python 3.12 and later
        try:
            from _sha2 import sha256
        except ImportError:  # a build without it
            from hashlib import sha256

__all__ = [
    "ALGORITHMS",
    "AwsChunkedBody",
    "EMPTY_SHA256",
    "STREAMING_EVENTS",
    "STREAMING_TRAILER",
    "UNSIGNED_PAYLOAD",
    "add_checksum",
    "body_length",
    "checksum",
    "payload_hash",
    "sign",
    "sign_operation",
    "signature_of",
    "signed_events",
]

EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"
#: The payload hash of a request whose body is a stream of signed event frames.
STREAMING_EVENTS = "STREAMING-AWS4-HMAC-SHA256-EVENTS"
#: The payload hash of an aws-chunked body whose checksum comes in a trailer.
STREAMING_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER"

#: Headers never signed (botocore's list): proxies and HTTP clients may change them.
_UNSIGNED_HEADERS = frozenset(
    {
        "authorization",
        "connection",
        "expect",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "x-amzn-trace-id",
    }
)
#: Bodies up to this size are hashed by CPython's own SHA-256; larger ones by
#: OpenSSL's (seven times as fast on a megabyte, but megabytes to load).
_SMALL = 16 * 1024
_CHECKSUM_HEADER = re.compile(r"x-amz-checksum-[a-z0-9]*", re.IGNORECASE)
_CHUNK = 1024 * 1024


# -- signing ---------------------------------------------------------------------------


def sign(
    request: HttpRequest,
    endpoint: str,
    credentials: _Credentials,
    service: str,
    region: str,
    *,
    now: datetime.datetime | None = None,
    s3: bool = False,
    double_encode: bool | None = None,
    unsigned_payload: bool = False,
    streaming_input: bool = False,
    checksum_header: str | None = None,
    sign_payload: bool | None = None,
    payload: str | None = None,
) -> dict[str, str]:
    """The headers to send `request` with to `endpoint` (as `request.url(endpoint)`
    joins them), signed with SigV4 at `now` (the current time if None): the request's
    own headers and `Authorization`, `X-Amz-Date` (or the `Date` it had, rewritten),
    `X-Amz-Security-Token` with a session token, `X-Amz-Content-SHA256` where botocore
    sends it, and `Host`. The request itself is left as it is, so a retry signs it
    again.

    `service` and `region` are the signing name and region. `s3` applies botocore's
    `S3SigV4Auth` (s3 and s3control): the path neither normalized nor encoded twice,
    and `X-Amz-Content-SHA256` always, `UNSIGNED-PAYLOAD` for a streaming input
    (`streaming_input`) sent over https with a checksum in `checksum_header` (the one
    `add_checksum` returned; `Content-MD5` when None), unless `sign_payload` (s3's
    `payload_signing_enabled`) says otherwise. `double_encode` overrides the path
    encoding (an endpoint's `disableDoubleEncoding`). `unsigned_payload` is the
    operation's `unsignedPayload`. `payload` forces the payload hash (and its header),
    e.g. `STREAMING_EVENTS` for an event-stream input.
    """
    access_key, secret_key, token = credentials[0], credentials[1], credentials[2]
    https, host, base = _endpoint(endpoint)
    second, stamp = _moment(now)
    date = stamp[:8]

    # the request's headers less those signing replaces, then signing's own
    out: dict[str, str] = {}
    had_date = had_host = False
    given_hash: str | None = None
    checksum_name = (checksum_header or "Content-MD5").lower()
    has_checksum = False
    for name, value in request.headers.items():
        lower = name.lower()
        if lower in _REPLACED:
            if lower == "date":
                had_date = True
            elif lower == "x-amz-security-token" and not token:
                out[name] = value
            elif lower == "x-amz-content-sha256":
                given_hash = value
            continue
        if lower == "host":
            had_host = True
        elif lower == checksum_name:
            has_checksum = True
        out[name] = value
    if had_date:
        from email.utils import formatdate

        out["Date"] = formatdate(second)
    else:
        out["X-Amz-Date"] = stamp
    if token:
        out["X-Amz-Security-Token"] = token

    body = request.body
    if payload is not None:
        content_hash = out["X-Amz-Content-SHA256"] = payload
    elif s3:
        if isinstance(body, AwsChunkedBody):
            content_hash = STREAMING_TRAILER
        elif _s3_signs_payload(
            https, has_checksum, streaming_input, unsigned_payload, sign_payload
        ):
            content_hash = payload_hash(body)
        else:
            content_hash = UNSIGNED_PAYLOAD
        out["X-Amz-Content-SHA256"] = content_hash
    elif unsigned_payload:
        content_hash = out["X-Amz-Content-SHA256"] = UNSIGNED_PAYLOAD
    elif given_hash is not None:
        content_hash = out["X-Amz-Content-SHA256"] = given_hash
    elif isinstance(body, AwsChunkedBody):
        content_hash = STREAMING_TRAILER
    else:
        content_hash = payload_hash(body)
    if not had_host:
        out["Host"] = (
            (request.host_prefix + host).lower() if request.host_prefix else host
        )

    # the canonical request
    signed: dict[str, str] = {}
    for name, value in out.items():
        lower = name.lower()
        if lower in _UNSIGNED_HEADERS:
            continue
        value = " ".join(value.split())
        signed[lower] = f"{signed[lower]},{value}" if lower in signed else value
    names = sorted(signed)
    # botocore lists the names stripped (the canonical headers keep them as they are)
    signed_headers = ";".join(sorted({name.strip() for name in names}))
    path = _canonical_path(
        _wire.joined_path(base, request.path),
        s3,
        (not s3) if double_encode is None else double_encode,
    )
    canonical = "\n".join(
        (
            request.method.upper(),
            path,
            _canonical_query(request.query) if request.query else "",
            "".join([f"{name}:{signed[name]}\n" for name in names]),
            signed_headers,
            content_hash,
        )
    )
    scope = f"{date}/{region}/{service}/aws4_request"
    to_sign = (
        f"AWS4-HMAC-SHA256\n{stamp}\n{scope}\n"
        f"{sha256(canonical.encode()).hexdigest()}"
    )
    signature = _hmac(_signing_key(secret_key, date, region, service), to_sign).hex()
    out["Authorization"] = (
        f"AWS4-HMAC-SHA256 Credential={access_key}/{scope}, "
        f"SignedHeaders={signed_headers}, Signature={signature}"
    )
    return out


#: Header names (lower case) that signing sets itself, whatever the request had.
_REPLACED = frozenset(
    {
        "authorization",
        "date",
        "x-amz-date",
        "x-amz-security-token",
        "x-amz-content-sha256",
    }
)


def _s3_signs_payload(
    https: bool,
    has_checksum: bool,
    streaming_input: bool,
    unsigned_payload: bool,
    sign_payload: bool | None,
) -> bool:
    """botocore's `S3SigV4Auth._should_sha256_sign_payload`: TLS and a checksum make a
    streaming body safe enough to send unsigned."""
    if sign_payload is not None:
        return sign_payload
    if not https or not has_checksum:
        return True
    if streaming_input:
        return False
    return not unsigned_payload


def signature_of(headers: dict[str, str]) -> str:
    """The hex signature in signed headers' `Authorization` (an event stream's seed)."""
    return headers["Authorization"].rpartition("Signature=")[2]


def payload_hash(body: bytes | IO[bytes] | None) -> str:
    """The hex SHA-256 of a body: bytes, or a file read from where it stands and put
    back there. A stream that cannot be put back cannot be hashed before it is sent."""
    if body is None or isinstance(body, (bytes, bytearray, memoryview)):
        if not body:
            return EMPTY_SHA256
        if len(body) <= _SMALL:
            return str(sha256(body).hexdigest())
        hasher = _hasher("sha256")
        hasher.update(body)
        return str(hasher.hexdigest())
    hasher = _hasher("sha256")  # OpenSSL's, for bodies where its speed tells
    _feed(hasher, body)
    return str(hasher.hexdigest())


def _feed(hasher: Any, body: IO[bytes]) -> None:
    """Feed a file to `hasher`, then rewind the file to where it was."""
    seekable = getattr(body, "seekable", None)
    if not hasattr(body, "seek") or (seekable is not None and not seekable()):
        raise ValueError(
            f"the request body ({type(body).__name__}) is a stream that cannot be "
            "rewound, so it cannot be hashed before it is sent: pass bytes or a "
            "seekable file"
        )
    position = body.tell()
    for chunk in iter(lambda: body.read(_CHUNK), b""):
        hasher.update(chunk)
    body.seek(position)


_ENDPOINTS: dict[str, tuple[bool, str, str]] = {}


def _endpoint(endpoint: str) -> tuple[bool, str, str]:
    """(https, the host as signed, the base path) of an endpoint URL, as
    `HttpRequest.url` joins it with a request: the host lower case, without user
    information or its scheme's default port (as botocore signs it)."""
    known = _ENDPOINTS.get(endpoint)
    if known is not None:
        return known
    scheme, _, rest = endpoint.partition("://")
    authority, slash, base = rest.partition("/")
    authority = authority.rpartition("@")[2].lower()  # no user information
    host, port = authority, ""
    if authority.rfind(":") > authority.rfind("]"):
        host, _, port = authority.rpartition(":")
    if port and int(port) != {"http": 80, "https": 443}.get(scheme.lower()):
        host = f"{host}:{int(port)}"
    known = (scheme.lower() == "https", host, slash + base)
    if len(_ENDPOINTS) >= 256:
        _ENDPOINTS.clear()
    _ENDPOINTS[endpoint] = known
    return known


def _moment(now: datetime.datetime | None) -> tuple[int, str]:
    """Seconds since the epoch and SigV4's `YYYYMMDDTHHMMSSZ` for `now` (a naive
    datetime is UTC; the current time if None, written once a second)."""
    global _last
    if now is None:
        second = int(time.time())
        if second != _last[0]:
            _last = (second, _stamp(second))
        return _last
    if now.tzinfo is None:
        now = now.replace(tzinfo=datetime.timezone.utc)
    second = int(now.timestamp() // 1)
    return second, _stamp(second)


def _stamp(second: int) -> str:
    return "%04d%02d%02dT%02d%02d%02dZ" % time.gmtime(second)[:6]


_last = (0, "")


def _canonical_path(path: str, s3: bool, double_encode: bool) -> str:
    """The URI as signed: s3 signs it as sent; the other services sign it with dot
    segments and empty segments removed, percent-encoded once more."""
    if not s3:
        if not path:
            path = "/"
        elif "//" in path or "/." in path:
            path = _wire.remove_dot_segments(path)
    if double_encode and not _wire.PLAIN_PATH.fullmatch(path):
        path = _wire.percent_encode(path, "/")
    return path


def _canonical_query(query: list[tuple[str, str | None]]) -> str:
    """The query pairs encoded, sorted by name then value; a bare name is `name=`
    (and a lone empty one is no query at all, as the URL has none)."""
    if len(query) == 1 and not query[0][0] and query[0][1] is None:
        return ""
    pairs = [(_encode(name), _encode(value) if value else "") for name, value in query]
    pairs.sort()
    return "&".join([f"{name}={value}" for name, value in pairs])


def _encode(text: str) -> str:
    """Percent-encoded as SigV4 wants: everything but the unreserved characters (the
    last few hundred kept, as the same query values come back call after call)."""
    if _wire.PLAIN.fullmatch(text):
        return text
    encoded = _ENCODED.get(text)
    if encoded is None:
        encoded = _wire.percent_encode(text)
        if len(_ENCODED) >= 512:
            _ENCODED.clear()
        _ENCODED[text] = encoded
    return encoded


_ENCODED: dict[str, str] = {}


_KEYS: dict[tuple[str, str, str, str], tuple[Any, Any]] = {}


def _signing_key(
    secret_key: str, date: str, region: str, service: str
) -> tuple[Any, Any]:
    """The signing key, HMAC-SHA256 down `AWS4<secret>`, date, region, service and
    `aws4_request`, kept for the next request of the same day, region and service as
    the two SHA-256 states HMAC starts from (a signature then costs two hashes)."""
    cache_key = (secret_key, date, region, service)
    states = _KEYS.get(cache_key)
    if states is None:
        key = f"AWS4{secret_key}".encode()
        for part in (date, region, service, "aws4_request"):
            key = _hmac(_hmac_states(key), part)
        states = _hmac_states(key)
        if len(_KEYS) >= 64:
            _KEYS.clear()
        _KEYS[cache_key] = states
    return states


#: A key's bytes XORed with HMAC's inner and outer pads, by `bytes.translate`.
_INNER_PAD = bytes(b ^ 0x36 for b in range(256))
_OUTER_PAD = bytes(b ^ 0x5C for b in range(256))


def _hmac_states(key: bytes) -> tuple[Any, Any]:
    """The two SHA-256 states HMAC (RFC 2104) starts from with `key`."""
    if len(key) > 64:
        key = sha256(key).digest()
    block = key.ljust(64, b"\0")
    return sha256(block.translate(_INNER_PAD)), sha256(block.translate(_OUTER_PAD))


def _hmac(states: tuple[Any, Any], message: str) -> bytes:
    """HMAC-SHA256 of `message` under a key given as its two hash states."""
    inner = states[0].copy()
    inner.update(message.encode())
    outer = states[1].copy()
    outer.update(inner.digest())
    return outer.digest()  # type: ignore[no-any-return]


# -- event streams ---------------------------------------------------------------------


def signed_events(
    frames: Iterable[bytes],
    seed: str,
    credentials: _Credentials,
    service: str,
    region: str,
    *,
    clock: Callable[[], datetime.datetime] | None = None,
) -> Iterator[bytes]:
    """An input event stream's body as AWS reads it: each frame of `frames` (an
    `EventStreamBody`, say) wrapped in a message whose `:date` and `:chunk-signature`
    headers sign it, each signature chained to the one before, the first to `seed`
    (the request's own signature: `signature_of(headers)`), and a signed empty message
    at the end. Each frame is signed when it is read, at `clock()` (the current time if
    None). Send it with chunked transfer encoding, or wrap it in the package's
    `EventStreamBody` to read it like a file."""
    from . import _wire

    events = _wire.event_streams()
    prior = seed
    for frame in frames:
        message, prior = _sign_frame(
            events, frame, prior, credentials, service, region, clock
        )
        yield message
    yield _sign_frame(events, b"", prior, credentials, service, region, clock)[0]


def _sign_frame(
    events: Any,
    payload: bytes,
    prior: str,
    credentials: _Credentials,
    service: str,
    region: str,
    clock: Callable[[], datetime.datetime] | None,
) -> tuple[bytes, str]:
    """One frame in its signed envelope (`events` is the package's event-stream
    module), and the envelope's signature (hex)."""
    now = None if clock is None else clock()
    seconds, stamp = _moment(now)
    date_header = _DATE_HEADER.pack(len(b":date"), b":date", 8, seconds * 1000)
    to_sign = "\n".join(
        (
            "AWS4-HMAC-SHA256-PAYLOAD",
            stamp,
            f"{stamp[:8]}/{region}/{service}/aws4_request",
            prior,
            sha256(date_header).hexdigest(),
            sha256(payload).hexdigest(),
        )
    )
    signature = _hmac(_signing_key(credentials[1], stamp[:8], region, service), to_sign)
    headers: dict[str, Any] = {
        ":date": events.Timestamp(seconds * 1000),
        ":chunk-signature": signature,
    }
    return events.encode(headers, payload), signature.hex()


#: An event-stream header of the timestamp type (8): name length, name, type, ms.
_DATE_HEADER = struct.Struct(">B5sBq")


# -- checksums -------------------------------------------------------------------------


def _crc_table(polynomial: int) -> list[int]:
    """The byte table of a reflected CRC."""
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ polynomial if crc & 1 else crc >> 1
        table.append(crc)
    return table


class _Crc:
    """A reflected CRC computed a byte at a time from a table (CRC32C and CRC64NVME
    have no standard-library implementation): about 0.1 ms a kilobyte, fine for the
    request bodies that require a checksum, slow (0.1 s a megabyte) for uploads."""

    def __init__(self, polynomial: int, width: int) -> None:
        self._polynomial = polynomial
        self._mask = (1 << width) - 1
        self._size = width // 8
        self._table: list[int] | None = None
        self._crc = self._mask

    def update(self, data: bytes) -> None:
        table = self._table
        if table is None:
            table = self._table = _TABLES.get(self._polynomial) or _TABLES.setdefault(
                self._polynomial, _crc_table(self._polynomial)
            )
        crc = self._crc
        for byte in data:
            crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
        self._crc = crc

    def digest(self) -> bytes:
        return (self._crc ^ self._mask).to_bytes(self._size, "big")


_TABLES: dict[int, list[int]] = {}


class _Crc32:
    def __init__(self) -> None:
        self._crc = 0

    def update(self, data: bytes) -> None:
        self._crc = crc32(data, self._crc)

    def digest(self) -> bytes:
        return self._crc.to_bytes(4, "big")


def _hasher(algorithm: str) -> Any:
    name = algorithm.lower()
    if name == "crc32":
        return _Crc32()
    if name == "crc32c":
        return _Crc(0x82F63B78, 32)
    if name == "crc64nvme":
        return _Crc(0x9A6C9329AC4BC9B5, 64)
    if name in ("sha1", "sha256", "sha512", "md5"):
        import hashlib  # OpenSSL's: loaded for a body's checksum, not for signing

        return hashlib.new(name)
    raise ValueError(
        f"checksum algorithm {algorithm!r} is not available here "
        f"(available: {', '.join(ALGORITHMS)})"
    )


#: The checksum algorithms this module computes, as models name them.
ALGORITHMS = ("CRC32", "CRC32C", "CRC64NVME", "SHA1", "SHA256", "SHA512", "MD5")


def checksum(body: bytes | IO[bytes] | None, algorithm: str) -> str:
    """The base64 digest of a body (bytes, or a seekable file read from where it stands
    and put back there) in one of `ALGORITHMS`."""
    hasher = _hasher(algorithm)
    if body is None or isinstance(body, (bytes, bytearray, memoryview)):
        hasher.update(bytes(body or b""))
    else:
        _feed(hasher, body)
    return base64.b64encode(hasher.digest()).decode()


def add_checksum(
    request: HttpRequest,
    operation: _rt.Operation,
    *,
    https: bool = True,
    when_supported: bool = True,
    default: str = "CRC32",
    streaming_input: bool | None = None,
) -> str | None:
    """Put the checksum the operation's model asks for on `request`, as botocore does,
    and return the header it went into (None if none, or if it goes in a trailer).

    An operation whose model requires a checksum (`httpChecksumRequired`, or
    `httpChecksum.requestChecksumRequired`) gets one, and so does any operation with a
    `requestAlgorithmMember` when the caller chose an algorithm in that member, or
    unless `when_supported` is false (botocore's `request_checksum_calculation`). The
    algorithm is the caller's, else `default` (named in the member's header then);
    `MD5` as the default means a `Content-MD5` header, as botocore sent before
    flexible checksums (botocore sends CRC32 now, for `httpChecksumRequired` too). A
    streaming input sent over https gets its checksum in a trailer: the body becomes an
    `AwsChunkedBody` (`streaming_input`: the input's payload is a blob, found from the
    operation's input class when None). Nothing is done if the request has an
    `x-amz-checksum-*` header already, so calling this twice is harmless.
    """
    if operation.checksum is None:
        return None
    headers = request.headers
    chosen = None
    member_header = operation.checksum_header
    for name, value in headers.items():
        if _CHECKSUM_HEADER.fullmatch(name):
            return None
        if member_header is not None and name.lower() == member_header.lower():
            chosen = value
    if chosen is None:
        if operation.checksum != "required" and not when_supported:
            return None
        if default.upper() == "MD5":
            if not any(name.lower() == "content-md5" for name in headers):
                headers["Content-MD5"] = checksum(request.body, "MD5")
            return "Content-MD5"
        algorithm = default.lower()
        _hasher(algorithm)
        if member_header is not None:
            headers[member_header] = algorithm.upper()
    else:
        algorithm = chosen.lower()
        _hasher(algorithm)
    name = f"x-amz-checksum-{algorithm}"
    if streaming_input is None:
        streaming_input = _input_kind(operation) == "blob"
    if https and streaming_input:
        _trailer(request, algorithm, name)
        return None
    headers[name] = checksum(request.body, algorithm)
    return name


def ask_for_response_checksums(operation: _rt.Operation, request: HttpRequest) -> None:
    """Ask for the response checksums the operation offers, unless the caller set the
    header that asks (botocore's default `response_checksum_validation`)."""
    header = operation.validation_header
    if header is not None and _header(request.headers, header) is None:
        request.headers[header] = "ENABLED"


def response_checksum(
    operation: _rt.Operation,
    request: HttpRequest,
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
) -> tuple[str, str] | None:
    """(algorithm, expected base64 digest) a response's body is checked against, as
    botocore picks it: if the request asked for checksums, the first of the
    operation's algorithms whose `x-amz-checksum-*` header the response has, but for
    S3's checksum of a multipart object's part checksums (`digest-N`)."""
    header = operation.validation_header
    if header is None or _header(request.headers, header) is None:
        return None
    received = _wire.lower_headers(headers)
    for algorithm in operation.response_checksums:
        expected = received.get(f"x-amz-checksum-{algorithm}")
        if expected is not None and "-" not in expected:
            return algorithm, expected
    return None


def checked_response(
    operation: _rt.Operation,
    request: HttpRequest,
    status: int,
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    body: Any,
) -> Any:
    """A response's body (bytes, or a streaming output's stream), checked against the
    response's checksum if `response_checksum` finds one: bytes at once, a stream when
    it is read to its end. A body that does not match raises ResponseChecksumError."""
    found = response_checksum(operation, request, headers)
    if found is None:
        return body
    algorithm, expected = found
    hasher = _hasher(algorithm)
    if isinstance(body, (bytes, bytearray)):
        hasher.update(bytes(body))
        _verify(hasher, algorithm, expected, status, bytes(body))
        return body
    return ChecksummedBody(body, hasher, algorithm, expected, status)


def _verify(
    hasher: Any, algorithm: str, expected: str, status: int, body: bytes
) -> None:
    digest = hasher.digest()
    try:
        matches = base64.b64decode(expected) == digest
    except ValueError:  # binascii.Error: not base64 at all
        matches = False
    if not matches:
        actual = base64.b64encode(digest).decode()
        raise _wire.ResponseChecksumError(algorithm, expected, actual, status, body)


def _header(headers: dict[str, str], name: str) -> str | None:
    lower = name.lower()
    return next((v for k, v in headers.items() if k.lower() == lower), None)


class ChecksummedBody:
    """A streaming body checked as it is read: at its end, its digest must be the
    response's checksum (ResponseChecksumError if not), as botocore checks it."""

    def __init__(
        self, stream: Any, hasher: Any, algorithm: str, expected: str, status: int
    ) -> None:
        self._stream = stream
        self._hasher = hasher
        self._check: tuple[str, str, int] | None = (algorithm, expected, status)

    def read(self, size: int | None = -1) -> bytes:
        data: bytes = self._stream.read(-1 if size is None else size)
        self._hasher.update(data)
        if self._check is not None and (size is None or size < 0 or not data and size):
            algorithm, expected, status = self._check
            self._check = None
            _verify(self._hasher, algorithm, expected, status, b"")
        return data

    def __iter__(self) -> Iterator[bytes]:
        while chunk := self.read(_CHUNK):
            yield chunk

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._stream.close()

    @property
    def closed(self) -> bool:
        return bool(self._stream.closed)

    def __enter__(self) -> ChecksummedBody:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _trailer(request: HttpRequest, algorithm: str, name: str) -> None:
    headers = request.headers
    length = body_length(request.body)
    for key in [k for k in headers if k.lower() == "content-length"]:
        del headers[key]
    encoding = next((k for k in headers if k.lower() == "content-encoding"), None)
    if encoding is None:
        headers["Content-Encoding"] = "aws-chunked"
    else:
        headers[encoding] += ",aws-chunked"
    headers["Transfer-Encoding"] = "chunked"
    headers["X-Amz-Trailer"] = name
    if length is not None:
        headers["X-Amz-Decoded-Content-Length"] = str(length)
    # a file as far as a transport can tell
    chunked: Any = AwsChunkedBody(request.body, algorithm)
    request.body = chunked


def body_length(body: Any) -> int | None:
    """The bytes of a body left to send (a file's from where it stands), if that can
    be known without reading it."""
    if body is None or isinstance(body, (bytes, bytearray, memoryview)):
        return len(body or b"")
    try:
        position = body.tell()
        end = body.seek(0, 2)
        body.seek(position)
        return int(end - position)
    except (AttributeError, OSError, ValueError):
        return None


class AwsChunkedBody:
    """A body sent in aws-chunked encoding: chunks of the caller's body, each after its
    length in hex, then a last empty chunk whose trailer holds the body's checksum. It
    is read like a file or iterated; `seek(0)` starts it over (for a retry) when the
    body under it can be rewound."""

    def __init__(
        self, raw: bytes | IO[bytes] | None, algorithm: str, chunk_size: int = _CHUNK
    ) -> None:
        if raw is None or isinstance(raw, (bytes, bytearray, memoryview)):
            raw = io.BytesIO(bytes(raw or b""))
        self._raw: IO[bytes] = raw
        self.algorithm: str = algorithm
        self._chunk_size = chunk_size
        try:
            self._start: int | None = raw.tell()
        except (AttributeError, OSError, ValueError):
            self._start = None
        self._restart()

    def _restart(self) -> None:
        self._hasher = _hasher(self.algorithm)
        self._buffer = b""
        self._done = False

    def _chunk(self) -> bytes:
        data = self._raw.read(self._chunk_size)
        if data:
            self._hasher.update(data)
            return b"%x\r\n%s\r\n" % (len(data), data)
        self._done = True
        digest = base64.b64encode(self._hasher.digest())
        return b"0\r\nx-amz-checksum-%s:%s\r\n\r\n" % (
            self.algorithm.lower().encode(),
            digest,
        )

    def read(self, size: int | None = -1) -> bytes:
        while not self._done and (size is None or size < 0 or len(self._buffer) < size):
            self._buffer += self._chunk()
        if size is None or size < 0:
            size = len(self._buffer)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def __iter__(self) -> Iterator[bytes]:
        if self._buffer:
            data, self._buffer = self._buffer, b""
            yield data
        while not self._done:
            yield self._chunk()

    def seek(self, offset: int, whence: int = 0) -> int:
        if offset != 0 or whence != 0 or self._start is None:
            raise ValueError("an aws-chunked body can only start over from its start")
        self._raw.seek(self._start)
        self._restart()
        return 0

    def tell(self) -> int:
        raise OSError("an aws-chunked body has no position")


# -- operations ------------------------------------------------------------------------

_KINDS: dict[int, str] = {}


def _input_kind(operation: _rt.Operation) -> str:
    """ "blob" for an input whose payload is a blob (botocore's `has_streaming_input`),
    "events" for an input event stream, "" otherwise."""
    kind = _KINDS.get(id(operation))
    if kind is None:
        cls = operation.input_class()
        kind = ""
        for f in () if cls is None else cls._fields:
            if isinstance(f.type, _rt.EventStream):
                kind = "events"
            elif f.payload and isinstance(f.type, _rt.Blob):
                kind = "blob"
        _KINDS[id(operation)] = kind
    return kind


#: The services botocore signs with `S3SigV4Auth`.
_S3 = frozenset({"s3", "s3control"})


def sign_operation(
    operation: _rt.Operation,
    request: HttpRequest,
    endpoint: str,
    credentials: _Credentials | None,
    region: str,
    *,
    signing_name: str | None = None,
    now: datetime.datetime | None = None,
    clock: Callable[[], datetime.datetime] | None = None,
    when_supported: bool = True,
    double_encode: bool | None = None,
) -> tuple[dict[str, str], _Body | AwsChunkedBody | Iterator[bytes]]:
    """What a client does to an operation's serialized request before sending it to
    `endpoint`: the checksum its model asks for (`add_checksum`), then the signature
    (`sign`) with what the model says of the operation (an unsigned payload, a
    streaming input, s3's rules, no signature at all for `smithy.api#noAuth` or without
    credentials). Returns the headers and the body to send: the request's body, or for
    an input event stream its frames signed (`signed_events`, at `clock()`).

    `signing_name` and `region` come from endpoint resolution (the service's signing
    name when None); `double_encode` from its `disableDoubleEncoding`.
    """
    service = operation.service
    https = _endpoint(endpoint)[0]
    header = add_checksum(
        request, operation, https=https, when_supported=when_supported
    )
    if credentials is None or (
        operation.auth and operation.auth[0] == "smithy.api#noAuth"
    ):
        headers = dict(request.headers)
        if not any(name.lower() == "host" for name in headers):
            host = _endpoint(endpoint)[1]
            headers["Host"] = (request.host_prefix + host).lower()
        return headers, request.body
    kind = _input_kind(operation)
    name = signing_name or service.signing_name or service.endpoint_prefix
    headers = sign(
        request,
        endpoint,
        credentials,
        name,
        region,
        now=now,
        s3=service.name in _S3,
        double_encode=double_encode,
        unsigned_payload=operation.unsigned_payload,
        streaming_input=kind == "blob",
        checksum_header=header,
        payload=STREAMING_EVENTS if kind == "events" else None,
    )
    if kind == "events":
        frames: Any = request.body
        body = signed_events(
            frames, signature_of(headers), credentials, name, region, clock=clock
        )
        return headers, body
    return headers, request.body
