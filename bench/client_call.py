"""What a typed client call adds to a boto3 client's own call, on a loopback server.

Why: the typed-clients issue allows a typed call at most 15% more time than the boto3
client it runs over, for a StartWebRTCContact-sized request against a loopback server.
The server (http.server on 127.0.0.1, a free port, HTTP/1.1 keep-alive, this process
only) answers every request with a canned StartWebRTCContact response. Measured in the
same run, call by call in turn, each figure the median per-call time of a run:
  - boto3: `client.start_web_rtc_contact(**params)` (the full request of make_speed.py);
  - typed, keywords: `typed.start_web_rtc_contact(contact_flow_id=..., ...)`, the nested
    objects built with `make` on every call (what a user writes);
  - typed, object: `typed.start_web_rtc_contact(request)` with a request built once.
Both typed forms return the typed `StartWebRTCContactResponse`. The ratio is typed /
boto3 per run; the figures are median [min .. max] over --runs.

boto3 is a test dependency (moto's), so this runs in the project's .venv.

    .venv/bin/python bench/client_call.py [--runs N] [--calls N] [--strict]
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
import timeit
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from common import banner, finish, generate, stats, verdict

OVERHEAD_BUDGET = 1.15  # typed / boto3, at most

RESPONSE = json.dumps(
    {
        "ConnectionData": {
            "Attendee": {"AttendeeId": "a" * 36, "JoinToken": "t" * 200},
            "Meeting": {
                "MediaRegion": "us-east-1",
                "MediaPlacement": {
                    "AudioHostUrl": "https://audio.example/" + "x" * 40,
                    "AudioFallbackUrl": "https://fallback.example/" + "x" * 40,
                    "SignalingUrl": "wss://signal.example/" + "x" * 40,
                    "TurnControlUrl": "https://turn.example/" + "x" * 40,
                    "EventIngestionUrl": "https://events.example/" + "x" * 40,
                },
                "MeetingFeatures": {"Audio": {"EchoReduction": "AVAILABLE"}},
                "MeetingId": "m" * 36,
            },
        },
        "ContactId": "c" * 36,
        "ParticipantId": "p" * 36,
        "ParticipantToken": "z" * 300,
    }
).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as botocore's pool expects

    def setup(self) -> None:
        super().setup()
        # headers and body go out in two writes: without this, Nagle's algorithm and
        # delayed ACKs hold the second one for tens of milliseconds
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(RESPONSE)))
        self.send_header("x-amzn-RequestId", "r" * 36)
        self.end_headers()
        self.wfile.write(RESPONSE)

    do_POST = do_PUT

    def log_message(self, *args: object) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--calls", type=int, default=300, help="calls per batch")
    parser.add_argument("--strict", action="store_true", help="exit 1 if over budget")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="botogen-bench-call-"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        generate(work / "out", "connect")
        sys.path.insert(0, str(work / "out"))
        return measure(args, f"http://127.0.0.1:{server.server_address[1]}", work)
    finally:
        server.shutdown()
        server.server_close()
        shutil.rmtree(work, ignore_errors=True)


def measure(args: argparse.Namespace, endpoint: str, work: Path) -> int:
    import boto3
    from botocore.config import Config

    import botogen_connect
    from botogen_connect import (
        AllowedCapabilities,
        ConnectClient,
        ParticipantCapabilities,
        ParticipantDetails,
        Reference,
        StartWebRTCContactRequest,
        StartWebRTCContactResponse,
    )

    assert botogen_connect.__file__.startswith(str(work)), botogen_connect.__file__

    def keywords() -> dict[str, object]:
        return dict(
            contact_flow_id="f" * 36,
            instance_id="i" * 36,
            participant_details=ParticipantDetails.make(display_name="Alice"),
            attributes={"a": "1", "b": "2", "c": "3"},
            description="desc",
            references={
                "doc": Reference.make(value="https://x", type="URL"),
                "att": Reference.make(value="v", type="ATTACHMENT", status="APPROVED"),
            },
            allowed_capabilities=AllowedCapabilities.make(
                customer=ParticipantCapabilities.make(
                    video="SEND", screen_share="SEND"
                ),
                agent=ParticipantCapabilities.make(video="SEND", screen_share="SEND"),
            ),
            related_contact_id="r" * 36,
            client_token="k" * 36,
        )

    request = StartWebRTCContactRequest.make(**keywords())  # type: ignore[arg-type]
    params = request.to_value()
    plain = boto3.client(
        "connect",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
        config=Config(retries={"max_attempts": 1}),
    )
    typed = ConnectClient.from_botocore(plain)  # the same client: same pool, same hooks

    answer = plain.start_web_rtc_contact(**params)
    out = typed.start_web_rtc_contact(request)
    assert isinstance(out, StartWebRTCContactResponse)
    answer.pop("ResponseMetadata")
    assert out.to_value() == answer

    cases = {
        "boto3": lambda: plain.start_web_rtc_contact(**params),
        "typed, keywords (make per call)": lambda: typed.start_web_rtc_contact(
            **keywords()  # type: ignore[arg-type]
        ),
        "typed, request object": lambda: typed.start_web_rtc_contact(request),
    }
    for fn in cases.values():  # warm-up: connections, compiled methods
        for _ in range(20):
            fn()

    print(banner("client_call.py", f"{args.runs} runs x {args.calls} calls"))
    print(f"loopback server {endpoint}; one boto3 client shared by both")
    figures: dict[str, list[float]] = {name: [] for name in cases}
    for run in range(args.runs):
        # round robin, one call of each case in turn, so that a change of load while
        # a run goes on weighs on every case alike
        batch: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.calls):
            for name, fn in cases.items():
                started = time.perf_counter()
                fn()
                batch[name].append(time.perf_counter() - started)
        for name in cases:
            figures[name].append(statistics.median(batch[name]) * 1e6)
        print(
            "  run "
            + str(run + 1)
            + ": "
            + ", ".join(f"{n} {v[-1]:.0f} us" for n, v in figures.items()),
            flush=True,
        )

    # the typed layer alone: the same calls with botocore's part replaced by a function
    # that returns botocore's parsed response at once (make or the object's check,
    # to_value, from_value of the response), against boto3's own time per call
    class Canned:
        def _make_api_call(self, name: str, params: dict[str, object]) -> dict:
            return dict(answer)

    layer = ConnectClient.from_botocore(plain)
    layer.transport.client = Canned()
    alone = {
        "keywords": lambda: layer.start_web_rtc_contact(**keywords()),  # type: ignore[arg-type]
        "request object": lambda: layer.start_web_rtc_contact(request),
    }
    layer_us = {
        name: min(timeit.repeat(fn, number=2000, repeat=5)) / 2000 * 1e6
        for name, fn in alone.items()
    }

    failed = False
    print(
        "\nthe typed layer alone (botocore replaced by a function returning its parsed "
        "response), best of 5 x 2000 calls: "
        + ", ".join(f"{name} {us:.1f} us" for name, us in layer_us.items())
        + f"; that is +{layer_us['keywords'] / statistics.median(figures['boto3']) * 100:.1f}%"
        " of boto3's median call above"
    )
    print("\nper call, us; median [min .. max] over runs")
    base = figures["boto3"]
    for name, values in figures.items():
        line = f"  {name:34} {stats(values, 1)}"
        if name != "boto3":
            ratios = [t / b for t, b in zip(values, base)]
            ok = verdict(statistics.median(ratios), OVERHEAD_BUDGET)
            failed |= ok == "FAIL"
            line += (
                f"   x{statistics.median(ratios):.3f} of boto3 "
                f"(+{(statistics.median(ratios) - 1) * 100:.1f}%)   "
                f"budget <= +{(OVERHEAD_BUDGET - 1) * 100:.0f}%: {ok}"
            )
        print(line)
    return finish(failed, args.strict)


if __name__ == "__main__":
    sys.exit(main())
