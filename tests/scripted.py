"""A scripted HTTP server on 127.0.0.1 and standalone clients against it, for the
tests of the standalone transport's behaviour (retries, response checksums).

The server answers each request with the next reply of the test's script: a status
with headers and a body, a dropped connection (closed without a response) or a reply
held back past the client's read timeout; it records every request it reads. conftest's
`server` fixture runs one for a test module.
"""

from __future__ import annotations

import collections
import email.utils
import http.server
import importlib
import threading
import time
from typing import Any

# -- the scripted server ----------------------------------------------------------------


class Reply:
    """What the server answers one request with."""

    def __init__(
        self,
        status: int = 200,
        body: bytes | str = b"",
        headers: dict[str, str] | None = None,
        action: str = "reply",  # or "drop", or "stall" (answer after `stall` s)
        stall: float = 0.0,
    ) -> None:
        self.status = status
        self.body = body.encode() if isinstance(body, str) else body
        self.headers = headers or {}
        self.action = action
        self.stall = stall


DROP = Reply(action="drop")


class Seen:
    """A request as the server read it."""

    def __init__(self, method: str, path: str, headers: Any, body: bytes) -> None:
        self.method = method
        self.path = path
        self.headers = {k.lower(): v for k, v in headers.items()}
        self.body = body


class Script:
    """The replies still to give and the requests seen, shared with the handler."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.replies: collections.deque[Reply] = collections.deque()
        self.seen: list[Seen] = []

    def reset(self, *replies: Reply) -> None:
        with self.lock:
            self.replies = collections.deque(replies)
            self.seen = []

    def next(self, seen: Seen) -> Reply:
        with self.lock:
            self.seen.append(seen)
            if self.replies:
                return self.replies.popleft()
        # unscripted: a status no retry rule takes, so a test fails fast
        return Reply(418, b'{"__type":"Unscripted","message":"no reply left"}')


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # kept-alive connections, as AWS keeps them
    script: Script  # set on the subclass the fixture makes

    def do_GET(self) -> None:
        self._answer()

    do_POST = do_PUT = do_HEAD = do_DELETE = do_GET

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        reply = self.script.next(Seen(self.command, self.path, self.headers, body))
        if reply.action == "drop":
            self.close_connection = True  # closed with nothing written
            return
        if reply.action == "stall":
            time.sleep(reply.stall)
            self.close_connection = True
        self.send_response_only(reply.status)
        headers = {"x-amzn-RequestId": "scripted", **reply.headers}
        if not any(name.lower() == "date" for name in headers):
            headers["Date"] = email.utils.formatdate(usegmt=True)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        try:
            self.wfile.write(reply.body)
            self.wfile.flush()
        except OSError:  # the client gave up on a stalled reply
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        pass


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that timed out and left is part of the script


def serve(script: Script) -> tuple[Server, threading.Thread]:
    """A server answering from `script` on a free port of 127.0.0.1, running."""
    handler = type("ScriptedHandler", (Handler,), {"script": script})
    server = Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}
    )
    thread.start()
    return server, thread


# -- clients ----------------------------------------------------------------------------

CLIENTS = {"dynamodb": "DynamoDBClient", "sts": "STSClient", "s3": "S3Client"}


class Standalone:
    """A standalone client of `service` against the server, whose backoff sleeps are
    recorded (with the retry quota left when each was taken) instead of slept."""

    def __init__(self, service: str, url: str, **config: Any) -> None:
        self.package = importlib.import_module(f"botogen_{service}")
        self.module = importlib.import_module(f"botogen_{service}._transport")
        settings = config.pop("config", None)
        if settings is None:
            config.setdefault("connect_timeout", 2)
            config.setdefault("read_timeout", 5)
            settings = self.module.Config(**config)
        self.client = getattr(self.package, CLIENTS[service])(
            region_name="us-east-1",
            endpoint_url=url,
            credentials=("AKIDEXAMPLE", "secret", None),
            config=settings,
        )
        self.transport = self.client.transport
        self.sleeps: list[float] = []
        self.quota_at_sleep: list[int] = []
        self.transport._sleep = self._sleep

    def _sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.quota_at_sleep.append(self.transport.quota.available)
