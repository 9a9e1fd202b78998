"""The standalone transport's HTTP/1.1 (`_http`) against a scripted peer on 127.0.0.1:
the framings a response can have, kept-alive connections reused and replaced, streamed
bodies giving their connection back, and what a broken peer gets.

The peer is a raw socket that reads each request whole and answers with the bytes a
test gives, so every case says exactly what went over the wire. Every wait is bounded.
"""

from __future__ import annotations

import io
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from botogen_connect import _http

#: The answer to one request: the raw bytes to send, then whether to close.
Answer = tuple[bytes, bool]


class Peer:
    """A server that answers requests in turn from `answers` (one list per connection
    it accepts) and records each request and how many connections it accepted."""

    def __init__(
        self, answers: list[list[Answer | None]], tls: ssl.SSLContext | None = None
    ) -> None:
        self.answers = answers
        self.tls = tls
        self.requests: list[bytes] = []
        self.connections = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(5)
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self.listener.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        for script in self.answers:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            if self.tls is not None:
                try:
                    conn = self.tls.wrap_socket(conn, server_side=True)
                except (ssl.SSLError, OSError):
                    conn.close()  # the client refused the certificate
                    continue
            with conn:
                conn.settimeout(5)
                for answer in script:
                    request = _read_request(conn)
                    if request is None:
                        break
                    self.requests.append(request)
                    if answer is None:  # hang up without a word
                        break
                    data, close = answer
                    conn.sendall(data)
                    if close:
                        break

    def close(self) -> None:
        try:  # wakes an accept() waiting for a connection the test no longer makes
            self.listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.listener.close()
        self.thread.join(5)


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        body += conn.recv(65536)
    return head + b"\r\n\r\n" + body


@pytest.fixture
def peer() -> Iterator[Callable[[list[list[Answer | None]]], Peer]]:
    made: list[Peer] = []

    def make(
        answers: list[list[Answer | None]], tls: ssl.SSLContext | None = None
    ) -> Peer:
        made.append(Peer(answers, tls))
        return made[-1]

    yield make
    for one in made:
        one.close()


def _pool(**settings: Any) -> _http.ConnectionPool:
    return _http.ConnectionPool(
        settings.get("connect_timeout", 2),
        settings.get("read_timeout", 2),
        verify=settings.get("verify", True),
    )


OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nx-amzn-RequestId: r\r\n\r\nok"


def test_request_bytes_and_kept_alive_connection(peer: Any) -> None:
    server = peer([[(OK, False), (OK, False)]])
    pool = _pool()
    first = _http.exchange(
        pool, "POST", f"{server.url}/a%2Fb?x=1", {"X-A": "1"}, b"{}", False
    )
    second = _http.exchange(pool, "GET", f"{server.url}/", {}, b"", False)
    assert (first.status, first.body, second.body) == (200, b"ok", b"ok")
    assert ("x-amzn-RequestId", "r") in first.headers
    assert server.connections == 1  # kept alive and reused
    port = server.url.rsplit(":", 1)[1]
    assert (
        server.requests[0]
        == (
            f"POST /a%2Fb?x=1 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            "Content-Length: 2\r\nX-A: 1\r\n\r\n{}"
        ).encode()
    )
    assert b"Content-Length" not in server.requests[1]  # a GET without a body


def test_chunked_body_with_extensions_and_trailers(peer: Any) -> None:
    chunked = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nx-trailer: t\r\n\r\n"
    )
    server = peer([[(chunked, False), (OK, False)]])
    pool = _pool()
    assert (
        _http.exchange(pool, "GET", server.url, {}, b"", False).body == b"hello world"
    )
    assert _http.exchange(pool, "GET", server.url, {}, b"", False).body == b"ok"
    assert server.connections == 1


def test_body_to_the_close_and_http_1_0(peer: Any) -> None:
    server = peer([[(b"HTTP/1.0 200 OK\r\n\r\nall of it", True)], [(OK, False)]])
    pool = _pool()
    assert _http.exchange(pool, "GET", server.url, {}, b"", False).body == b"all of it"
    assert _http.exchange(pool, "GET", server.url, {}, b"", False).body == b"ok"
    assert server.connections == 2  # a body that ends with its connection ends it


def test_connection_close_header_is_honored(peer: Any) -> None:
    close = b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"
    server = peer([[(close, True)], [(OK, False)]])
    pool = _pool()
    for _ in range(2):
        assert _http.exchange(pool, "GET", server.url, {}, b"", False).body == b"ok"
    assert server.connections == 2


def test_interim_responses_and_bodiless_statuses(peer: Any) -> None:
    interim = b"HTTP/1.1 100 Continue\r\n\r\n" + OK
    no_content = b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n"
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"  # HEAD: no body follows
    server = peer([[(interim, False), (no_content, False), (head, False), (OK, False)]])
    pool = _pool()
    assert _http.exchange(pool, "PUT", server.url, {}, b"x", False).body == b"ok"
    assert _http.exchange(pool, "DELETE", server.url, {}, b"", False).status == 204
    assert _http.exchange(pool, "HEAD", server.url, {}, b"", False).body == b""
    assert _http.exchange(pool, "GET", server.url, {}, b"", False).body == b"ok"
    assert server.connections == 1


def test_a_stale_kept_alive_connection_is_replaced_once(peer: Any) -> None:
    # the first connection answers once, then closes before the second request
    server = peer([[(OK, False), None], [(OK, False)]])
    pool = _pool()
    assert _http.exchange(pool, "POST", server.url, {}, b"1", False).body == b"ok"
    assert _http.exchange(pool, "POST", server.url, {}, b"2", False).body == b"ok"
    assert server.connections == 2
    assert [r.rsplit(b"\r\n", 1)[-1] for r in server.requests] == [b"1", b"2", b"2"]


def test_a_file_body_is_not_sent_twice_by_the_connection(peer: Any) -> None:
    """A stale connection with a file body: the caller decides (it can rewind)."""
    server = peer([[(OK, False), None], [(OK, False)]])
    pool = _pool()
    _http.exchange(pool, "PUT", server.url, {"Content-Length": "4"}, b"abcd", False)
    with pytest.raises(ConnectionError):
        body = io.BytesIO(b"wxyz")
        _http.exchange(pool, "PUT", server.url, {"Content-Length": "4"}, body, False)


def test_file_body_is_streamed(peer: Any) -> None:
    server = peer([[(OK, False)]])
    data = bytes(range(256)) * 1000
    headers = {"Content-Length": str(len(data))}
    response = _http.exchange(
        _pool(), "PUT", server.url, headers, io.BytesIO(data), False
    )
    assert response.body == b"ok"
    assert server.requests[0].endswith(b"\r\n\r\n" + data)


def test_streamed_body_gives_its_connection_back_when_read(peer: Any) -> None:
    big = b"x" * 200_000
    answer = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(big), big)
    server = peer([[(answer, False), (answer, False)], [(OK, False)]])
    pool = _pool()
    stream = _http.exchange(pool, "GET", server.url, {}, b"", True).body
    assert isinstance(stream, _http.StreamingBody)
    assert b"".join(stream) == big and stream.closed
    with _http.exchange(pool, "GET", server.url, {}, b"", True).body as partial:
        assert partial.read(10) == b"x" * 10  # closed early: the connection goes
    assert _http.exchange(pool, "GET", server.url, {}, b"", False).body == b"ok"
    assert server.connections == 2


def test_header_line_breaks_are_refused(peer: Any) -> None:
    server = peer([[(OK, False)]])
    with pytest.raises(ValueError, match="line break"):
        _http.exchange(_pool(), "GET", server.url, {"X": "a\r\nB: c"}, b"", False)


@pytest.mark.parametrize(
    "answer",
    [
        b"SMTP ready\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    ],
)
def test_a_broken_peer_is_a_protocol_error(peer: Any, answer: bytes) -> None:
    server = peer([[(answer, True)]])
    with pytest.raises(_http.ProtocolError):
        _http.exchange(_pool(), "GET", server.url, {}, b"", False)


def test_read_timeout(peer: Any) -> None:
    listener = socket.create_server(("127.0.0.1", 0))  # accepts, never answers
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        with pytest.raises(TimeoutError):
            _http.exchange(_pool(read_timeout=0.2), "GET", url, {}, b"", False)
    finally:
        listener.close()


def test_connection_refused() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    with pytest.raises(ConnectionRefusedError):
        _http.exchange(_pool(), "GET", url, {}, b"", False)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed certificate for 127.0.0.1 (its key beside it), made by openssl."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem"),
         "-subj", "/CN=botogen test", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return folder / "cert.pem"


def _server_tls(certificate: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate, certificate.with_name("key.pem"))
    return context


def test_tls_certificates_are_checked_by_default(peer: Any, certificate: Path) -> None:
    server = peer([[(OK, False)]], tls=_server_tls(certificate))
    with pytest.raises(ssl.SSLCertVerificationError):
        _http.exchange(_pool(), "GET", server.url, {}, b"", False)


@pytest.mark.parametrize("verify", ["bundle", False])
def test_tls_with_a_bundle_or_unverified(
    peer: Any, certificate: Path, verify: str | bool
) -> None:
    server = peer([[(OK, False), (OK, False)]], tls=_server_tls(certificate))
    pool = _pool(verify=str(certificate) if verify == "bundle" else verify)
    for _ in range(2):
        assert _http.exchange(pool, "GET", server.url, {}, b"", False).body == b"ok"
    assert server.connections == 1


class _Echo(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_one_pool_shared_by_threads() -> None:
    """Calls from many threads at once each get their own connection's answer, and
    the connections are reused (no more than the threads ever held at once)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    server.daemon_threads = True
    opened: list[object] = []
    accept = server.get_request

    def counted() -> tuple[socket.socket, Any]:
        got = accept()
        opened.append(got)
        return got

    server.get_request = counted  # type: ignore[method-assign]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    pool = _pool()
    failures: list[BaseException] = []

    def calls(worker: int) -> None:
        try:
            for call in range(25):
                body = f"{worker}-{call}".encode() * (worker + 1)
                got = _http.exchange(pool, "POST", url, {}, body, False).body
                assert got == body
        except BaseException as error:  # noqa: BLE001
            failures.append(error)

    workers = [threading.Thread(target=calls, args=(n,)) for n in range(6)]
    try:
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(30)
    finally:
        server.shutdown()
        server.server_close()
        pool.close()
    assert not failures, failures[0]
    assert 1 <= len(opened) <= 6


def test_a_client_closes_its_connections(peer: Any) -> None:
    """A standalone client keeps its connection for the next call until `close()` (or
    the end of a `with` block)."""
    from botogen_connect import ConnectClient

    empty = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"
    server = peer([[(empty, False), (empty, False)]])
    with ConnectClient(
        region_name="us-east-1", endpoint_url=server.url, credentials=("a", "b")
    ) as client:
        client.list_instances()
        client.list_instances()
        transport: Any = client.transport
        assert sum(map(len, transport.pool._idle.values())) == 1
    assert not transport.pool._idle
    assert server.connections == 1 and len(server.requests) == 2
