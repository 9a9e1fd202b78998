"""HTTP/1.1 on kept-alive connections, for the standalone transport.

Why not `http.client`: importing it (with the email parser and ssl it pulls in) costs
a fresh process more time and memory than the rest of a call. This speaks the part of
HTTP/1.1 that AWS services use: one exchange at a time per connection, responses framed
by Content-Length, chunked or the connection's close; TLS (the `ssl` module, imported
for the first https connection) with certificate checks on unless told otherwise.

A connection belongs to one call at a time; the pool hands them out under a lock, so a
pool is safe to share between threads. Standard library only.
"""

from __future__ import annotations

import _socket  # the C module: socket.py's import pulls in selectors and enum
import threading

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import IO, Any, Self

__all__ = ["ConnectionPool", "ProtocolError", "Response", "StreamingBody", "exchange"]

#: The most of a status line or a header line read before giving up on the peer.
MAX_LINE = 65536
#: Bytes asked of the socket at a time, and sent of a file body at a time.
CHUNK = 65536
_NO_BODY_STATUS = frozenset({204, 304})


class ProtocolError(ConnectionError):
    """The peer broke HTTP/1.1 (or closed the connection mid-response)."""


class StaleConnection(ProtocolError):
    """A kept-alive connection the peer had closed before this request reached it."""


class Connection:
    """A socket and what has been received on it but not read yet."""

    __slots__ = ("_buffer", "_start", "key", "reused", "sock")
    key: tuple[str, str, int]
    sock: Any
    reused: bool  # taken from the pool, where it had served before
    _buffer: bytes
    _start: int

    def __init__(self, key: tuple[str, str, int], sock: Any) -> None:
        self.key = key
        self.sock = sock
        self._buffer = b""
        self._start = 0
        self.reused = False

    def close(self) -> None:
        self.sock.close()

    def send(self, head: bytes, body: bytes | IO[bytes] | None) -> None:
        sock = self.sock
        if body is None or isinstance(body, (bytes, bytearray)):
            sock.sendall(head + body if body and len(body) < CHUNK else head)
            if body and len(body) >= CHUNK:
                sock.sendall(body)
            return
        sock.sendall(head)
        while True:
            chunk = body.read(CHUNK)
            if not chunk:
                return
            sock.sendall(chunk)

    def _fill(self) -> bool:
        """Receive more; False at the end of the stream."""
        data = self.sock.recv(CHUNK)
        if not data:
            return False
        if self._start >= len(self._buffer):
            self._buffer, self._start = data, 0
        else:
            self._buffer = self._buffer[self._start :] + data
            self._start = 0
        return True

    def line(self) -> bytes:
        """The next line, without its CRLF."""
        while True:
            end = self._buffer.find(b"\r\n", self._start)
            if end >= 0:
                found = self._buffer[self._start : end]
                self._start = end + 2
                return found
            if len(self._buffer) - self._start > MAX_LINE:
                raise ProtocolError(f"a response line longer than {MAX_LINE} bytes")
            if not self._fill():
                raise ProtocolError("the connection closed in a response's head")

    def some(self, most: int) -> bytes:
        """Up to `most` bytes (at least one; b"" at the end of the stream)."""
        if self._start >= len(self._buffer) and not self._fill():
            return b""
        end = min(len(self._buffer), self._start + most)
        found = self._buffer[self._start : end]
        self._start = end
        return found

    def exactly(self, size: int) -> bytes:
        parts = []
        while size > 0:
            part = self.some(size)
            if not part:
                raise ProtocolError("the connection closed before the body's end")
            parts.append(part)
            size -= len(part)
        return b"".join(parts)

    @property
    def pending(self) -> bool:
        """Whether bytes arrived that no response asked for (the connection is then
        not reused)."""
        return self._start < len(self._buffer)


class ConnectionPool:
    """Kept-alive connections per (scheme, host, port), reused across calls."""

    connect_timeout: float
    read_timeout: float
    max_per_host: int
    verify: bool | str

    def __init__(
        self,
        connect_timeout: float,
        read_timeout: float,
        max_per_host: int = 10,
        verify: bool | str = True,
    ) -> None:
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.max_per_host = max_per_host
        self.verify = verify
        self._idle: dict[tuple[str, str, int], list[Connection]] = {}
        self._lock = threading.Lock()
        self._tls: Any = None

    def take(self, scheme: str, host: str, port: int) -> Connection:
        """An idle connection to the host, else a new one (for this caller alone)."""
        key = (scheme, host, port)
        with self._lock:
            idle = self._idle.get(key)
            if idle:
                connection = idle.pop()
                connection.reused = True
                return connection
        name = host[1:-1] if host.startswith("[") else host  # an IPv6 literal
        if scheme == "https":
            sock = self._tls_socket(name, port)
        elif scheme == "http":
            sock = _connect(name, port, self.connect_timeout)
        else:
            raise ValueError(f"not an http or https URL scheme: {scheme!r}")
        sock.settimeout(self.read_timeout)
        return Connection(key, sock)

    def give_back(self, connection: Connection) -> None:
        """Keep a connection whose response was read whole, for the next call."""
        if connection.pending:
            connection.close()
            return
        with self._lock:
            idle = self._idle.setdefault(connection.key, [])
            if len(idle) < self.max_per_host:
                idle.append(connection)
                return
        connection.close()

    def close(self) -> None:
        """Close the idle connections."""
        with self._lock:
            idle, self._idle = self._idle, {}
        for connections in idle.values():
            for connection in connections:
                connection.close()

    def _tls_socket(self, host: str, port: int) -> Any:
        import socket

        raw = socket.create_connection((host, port), self.connect_timeout)
        try:
            raw.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1)
            return self._context().wrap_socket(raw, server_hostname=host)
        except BaseException:
            raw.close()
            raise

    def _context(self) -> Any:
        """TLS with certificate checks on (a CA bundle from `verify` or AWS_CA_BUNDLE);
        made once, as it costs milliseconds."""
        if self._tls is None:
            import os
            import ssl

            if self.verify is False:
                context = ssl.create_default_context()
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
            else:
                bundle = self.verify if isinstance(self.verify, str) else None
                bundle = bundle or os.environ.get("AWS_CA_BUNDLE") or None
                context = ssl.create_default_context(cafile=bundle)
            context.set_alpn_protocols(["http/1.1"])
            self._tls = context
        return self._tls


def _connect(host: str, port: int, timeout: float) -> Any:
    """A TCP connection, without Nagle's delay, to the first address that answers."""
    error: OSError | None = None
    for family, kind, proto, _, address in _socket.getaddrinfo(
        _host_bytes(host), port, 0, _socket.SOCK_STREAM
    ):
        sock = _socket.socket(family, kind, proto)
        try:
            sock.settimeout(timeout)
            sock.connect(address)
            sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1)
            return sock
        except OSError as failed:
            sock.close()
            error = failed
    raise error or OSError(f"no address for {host}")


def _host_bytes(host: str) -> bytes:
    # a str host makes the socket module import the idna codec; ASCII names need none
    return host.encode("ascii") if host.isascii() else host.encode("idna")


class Response:
    """A response as the wire parsers take it: the status, the headers in order, and
    the body: bytes, or for a streaming output the stream itself."""

    __slots__ = ("body", "headers", "status")
    status: int
    headers: list[tuple[str, str]]
    body: Any

    def __init__(self, status: int, headers: list[tuple[str, str]], body: Any) -> None:
        self.status = status
        self.headers = headers
        self.body = body


class StreamingBody:
    """A response body read as it arrives: `read()`, iteration, `close()`. Read to the
    end, it gives its connection back to the pool; closed early, it closes it."""

    def __init__(
        self,
        connection: Connection,
        length: int | None,
        chunked: bool,
        done: Callable[[Connection, bool], None],
    ) -> None:
        self._connection = connection
        self._left = length  # bytes left of a Content-Length body, or of this chunk
        self._chunked = chunked
        self._done: Callable[[Connection, bool], None] | None = done
        if chunked:
            self._left = 0
        if length == 0:
            self._finish(True)

    def read(self, size: int = -1) -> bytes:
        if self._done is None:
            return b""
        if size is None or size < 0:
            return b"".join(iter(lambda: self.read(CHUNK), b""))
        if size == 0:
            return b""
        try:
            data = self._read(size)
        except BaseException:
            self._finish(False)
            raise
        return data

    def _read(self, size: int) -> bytes:
        connection = self._connection
        if self._chunked:
            if self._left == 0:
                self._left = _chunk_size(connection)
                if self._left == 0:
                    _skip_trailers(connection)
                    self._finish(True)
                    return b""
            data = connection.some(min(size, self._left or 0))
            if not data:
                raise ProtocolError("the connection closed in a chunk")
            self._left = (self._left or 0) - len(data)
            if self._left == 0 and connection.line():
                raise ProtocolError("a chunk longer than its size")
            return data
        if self._left is None:  # the body ends when the connection closes
            data = connection.some(size)
            if not data:
                self._finish(False)
            return data
        data = connection.some(min(size, self._left))
        if not data:
            raise ProtocolError("the connection closed before the body's end")
        self._left -= len(data)
        if self._left == 0:
            self._finish(True)
        return data

    def __iter__(self) -> Iterator[bytes]:
        while True:
            chunk = self.read(CHUNK)
            if not chunk:
                return
            yield chunk

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._finish(False)

    @property
    def closed(self) -> bool:
        return self._done is None

    def _finish(self, reusable: bool) -> None:
        if self._done is not None:
            done, self._done = self._done, None
            done(self._connection, reusable)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _chunk_size(connection: Connection) -> int:
    line = connection.line()
    try:
        return int(line.split(b";", 1)[0].strip(), 16)
    except ValueError:
        raise ProtocolError(f"not a chunk size: {line[:40]!r}") from None


def _skip_trailers(connection: Connection) -> None:
    while connection.line():
        pass


def exchange(
    pool: ConnectionPool,
    method: str,
    url: str,
    headers: dict[str, str],
    body: bytes | IO[bytes] | None,
    stream: bool,
) -> Response:
    """One request and its response on a pooled connection. A kept-alive connection
    that the peer had closed is replaced once, transparently, when the body can be
    sent again (bytes)."""
    scheme, _, rest = url.partition("://")
    authority, slash, path = rest.partition("/")
    host, port = _host_port(scheme, authority)
    head = _head(method, "/" + path if slash else "/", authority, headers, body)
    while True:
        connection = pool.take(scheme, host, port)
        try:
            connection.send(head, body)
            status, pairs, version = _response_head(connection)
        except (StaleConnection, ConnectionResetError, BrokenPipeError):
            connection.close()
            if connection.reused and isinstance(body, (bytes, bytearray, type(None))):
                continue
            raise
        except BaseException:
            connection.close()
            raise
        return _body(pool, connection, method, status, pairs, version, stream)


def _host_port(scheme: str, authority: str) -> tuple[str, int]:
    if ":" in authority and not authority.endswith("]"):
        host, _, port = authority.rpartition(":")
        return host, int(port)
    return authority, 443 if scheme == "https" else 80


def _head(
    method: str,
    target: str,
    authority: str,
    headers: dict[str, str],
    body: bytes | IO[bytes] | None,
) -> bytes:
    lines = [f"{method} {target} HTTP/1.1"]
    names = {name.lower() for name in headers}
    if "host" not in names:
        lines.append(f"Host: {_default_port_dropped(authority)}")
    if "content-length" not in names and "transfer-encoding" not in names:
        if isinstance(body, (bytes, bytearray)):
            if body or method in ("POST", "PUT", "PATCH"):
                lines.append(f"Content-Length: {len(body)}")
        elif body is None and method in ("POST", "PUT", "PATCH"):
            lines.append("Content-Length: 0")
    for name, value in headers.items():
        lines.append(f"{name}: {value}")
    given = "".join(headers) + "".join(headers.values())
    if "\n" in given or "\r" in given:  # a header of its own would be smuggled in
        raise ValueError("a header name or value holds a line break")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _default_port_dropped(authority: str) -> str:
    for default in (":80", ":443"):
        if authority.endswith(default):
            return authority[: -len(default)]
    return authority


def _response_head(
    connection: Connection,
) -> tuple[int, list[tuple[str, str]], bytes]:
    """The status, headers and HTTP version of the next final response (an interim
    1xx response is skipped)."""
    while True:
        try:
            line = connection.line()
        except ProtocolError:
            if connection.reused and not connection.pending:
                raise StaleConnection("the kept-alive connection was closed") from None
            raise
        version, _, rest = line.partition(b" ")
        code = rest[:3]
        if not version.startswith(b"HTTP/1.") or not code.isdigit():
            raise ProtocolError(f"not an HTTP/1.x status line: {line[:80]!r}")
        pairs: list[tuple[str, str]] = []
        while True:
            header = connection.line()
            if not header:
                break
            text = header.decode("latin-1")
            if text[0] in " \t" and pairs:  # a folded line continues the last
                pairs[-1] = (pairs[-1][0], f"{pairs[-1][1]} {text.strip()}")
                continue
            name, colon, value = text.partition(":")
            if not colon:
                raise ProtocolError(f"not a header line: {text[:80]!r}")
            pairs.append((name.strip(), value.strip()))
        status = int(code)
        if 100 <= status < 200 and status != 101:
            continue
        return status, pairs, version


def _body(
    pool: ConnectionPool,
    connection: Connection,
    method: str,
    status: int,
    pairs: list[tuple[str, str]],
    version: bytes,
    stream: bool,
) -> Response:
    length: int | None = None
    chunked = False
    keep_alive = version != b"HTTP/1.0"
    for name, value in pairs:
        lower = name.lower()
        if lower == "content-length":
            try:
                length = int(value)
            except ValueError:
                raise ProtocolError(f"Content-Length {value!r}") from None
        elif lower == "transfer-encoding":
            chunked = value.lower().endswith("chunked")
        elif lower == "connection":
            tokens = value.lower()
            keep_alive = "close" not in tokens and (
                keep_alive or "keep-alive" in tokens
            )
    if chunked:
        length = None
    if method == "HEAD" or status in _NO_BODY_STATUS or status < 200:
        length, chunked = 0, False

    def done(connection: Connection, reusable: bool) -> None:
        if reusable and keep_alive:
            pool.give_back(connection)
        else:
            connection.close()

    if length is None and not chunked:
        keep_alive = False  # the body ends with the connection
    if stream and 200 <= status < 300:
        return Response(status, pairs, StreamingBody(connection, length, chunked, done))
    if length is None or chunked:
        return Response(
            status, pairs, StreamingBody(connection, length, chunked, done).read()
        )
    try:
        data = connection.exactly(length)
    except BaseException:
        connection.close()
        raise
    done(connection, True)
    return Response(status, pairs, data)
