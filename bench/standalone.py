"""The standalone transport against boto3: cold start, memory, and per-call time, on a
loopback server.

Why: the standalone-transport issue asks that a fresh interpreter which imports the
package, makes a standalone STS client and calls GetCallerIdentity once on a loopback
server be at least 5x faster than the same with boto3, with at most a third of boto3's
peak memory; and that a call (a StartWebRTCContact-sized request, kept-alive
connection) be at least 2.5x faster than a boto3 client's.

The server (http.server on 127.0.0.1, a free port, HTTP/1.1 keep-alive, in this
process) answers GetCallerIdentity with a canned query-protocol response and every
other request with a canned StartWebRTCContact response. Cold starts: --launches fresh
interpreters of each kind in turn, .pyc files present, each figure the median of a run;
per call: --calls calls of each client in turn in this process. Ratios per run; figures
median [min .. max] over --runs.

    .venv/bin/python bench/standalone.py [--runs N] [--launches N] [--calls N] [--strict]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from client_call import RESPONSE as WEB_RTC_RESPONSE
from common import banner, byte_compile, child_env, finish, generate, stats, verdict

COLD_BUDGET = 5.0  # boto3 / ours, at least
MEMORY_BUDGET = 3.0  # boto3 / ours peak RSS, at least
CALL_BUDGET = 2.5  # boto3 / ours per call, at least

CALLER_IDENTITY = b"""<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::123456789012:user/bench</Arn>
    <UserId>AIDAEXAMPLEUSERID</UserId>
    <Account>123456789012</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>"""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # a real server answers without Nagle's delay

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if b"Action=GetCallerIdentity" in body:
            data, kind = CALLER_IDENTITY, "text/xml"
        else:
            data, kind = WEB_RTC_RESPONSE, "application/json"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-amzn-RequestId", "r-1")
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args: object) -> None:
        pass


def _serve() -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


OURS_COLD = """\
import botogen_sts
client = botogen_sts.STSClient(region_name="us-east-1", endpoint_url={url!r},
    credentials=("AKIDEXAMPLE", "secret"))
assert client.get_caller_identity().account == "123456789012"
"""

BOTO3_COLD = """\
import boto3
client = boto3.client("sts", region_name="us-east-1", endpoint_url={url!r},
    aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret")
assert client.get_caller_identity()["Account"] == "123456789012"
"""


def _cold(python: str, source: str, env: dict[str, str]) -> float:
    """Wall seconds of a fresh interpreter running `source`."""
    started = time.perf_counter()
    done = subprocess.run(
        [python, "-S", "-c", source],
        env=env,
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"failed:\n{source}\n{done.stderr[-3000:]}")
    return wall


def _peak_rss(python: str, source: str, env: dict[str, str]) -> float:
    """Peak RSS in MB of a fresh interpreter running `source` (its own, measured by
    itself at the end, so earlier children do not count)."""
    probe = (
        source
        + "\nimport resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    done = subprocess.run(
        [python, "-S", "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    return int(done.stdout.split()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--launches", type=int, default=10)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 if a budget fails"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="botogen-bench-standalone-"))
    server, url = _serve()
    try:
        generate(work / "out", "connect", "sts")
        byte_compile(work / "out")
        sys.path.insert(0, str(work / "out"))
        return measure(args, work, url)
    finally:
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)


def measure(args: argparse.Namespace, work: Path, url: str) -> int:
    print(
        banner(
            "standalone.py",
            f"cold start, memory and calls against boto3, {args.runs} runs",
        )
    )
    # -S: the children see site-packages through PYTHONPATH only, so that neither pays
    # for this checkout's editable install of the generator (a .pth finder), which a
    # user's environment would not have
    site_packages = next(p for p in sys.path if p.endswith("site-packages"))
    env = child_env(
        PYTHONPATH=f"{work / 'out'}:{site_packages}", AWS_EC2_METADATA_DISABLED="true"
    )
    python = sys.executable
    ours_source, boto3_source = OURS_COLD.format(url=url), BOTO3_COLD.format(url=url)
    cold: dict[str, list[float]] = {"ours": [], "boto3": [], "ratio": []}
    for _ in range(args.runs):
        ours, theirs = [], []
        for _ in range(args.launches):
            ours.append(_cold(python, ours_source, env))
            theirs.append(_cold(python, boto3_source, env))
        cold["ours"].append(statistics.median(ours) * 1000)
        cold["boto3"].append(statistics.median(theirs) * 1000)
        cold["ratio"].append(statistics.median(theirs) / statistics.median(ours))
    memory_ours = [_peak_rss(python, ours_source, env) for _ in range(3)]
    memory_boto3 = [_peak_rss(python, boto3_source, env) for _ in range(3)]
    memory_ratio = statistics.median(memory_boto3) / statistics.median(memory_ours)

    per_call = _per_call(args, url)
    failed = False
    print(f"{'figure':<46} {'botogen':>22} {'boto3':>22} {'ratio':>7}  budget")
    ratio = statistics.median(cold["ratio"])
    ok = verdict(ratio, COLD_BUDGET, at_least=True)
    failed |= ok == "FAIL"
    print(
        f"{'cold start + 1 STS call, ms':<46} {stats(cold['ours'])} {stats(cold['boto3'])} "
        f"{ratio:7.2f}  >= {COLD_BUDGET} {ok}"
    )
    ok = verdict(memory_ratio, MEMORY_BUDGET, at_least=True)
    failed |= ok == "FAIL"
    print(
        f"{'peak RSS of that process, MB':<46} {stats(memory_ours)} {stats(memory_boto3)} "
        f"{memory_ratio:7.2f}  >= {MEMORY_BUDGET} {ok}"
    )
    ratio = statistics.median(per_call["ratio"])
    ok = verdict(ratio, CALL_BUDGET, at_least=True)
    failed |= ok == "FAIL"
    print(
        f"{'StartWebRTCContact call, keep-alive, us':<46} {stats(per_call['ours'])} "
        f"{stats(per_call['boto3'])} {ratio:7.2f}  >= {CALL_BUDGET} {ok}"
    )
    return finish(failed, args.strict)


def _per_call(args: argparse.Namespace, url: str) -> dict[str, list[float]]:
    import boto3
    from botocore.config import Config as BotoConfig

    import botogen_connect
    from wire import START_WEB_RTC_CONTACT as params

    boto = boto3.client(
        "connect",
        region_name="us-east-1",
        endpoint_url=url,
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
        config=BotoConfig(retries={"max_attempts": 0}),
    )
    ours = botogen_connect.ConnectClient(
        region_name="us-east-1", endpoint_url=url, credentials=("AKIDEXAMPLE", "secret")
    )
    request = botogen_connect.StartWebRTCContactRequest.from_value(params)
    request.validate()
    for _ in range(20):  # connections open, methods compiled
        boto.start_web_rtc_contact(**params)
        ours.start_web_rtc_contact(request)
    results: dict[str, list[float]] = {"ours": [], "boto3": [], "ratio": []}
    for _ in range(args.runs):
        mine, theirs = [], []
        for _ in range(args.calls):
            started = time.perf_counter()
            ours.start_web_rtc_contact(request)
            mine.append(time.perf_counter() - started)
            started = time.perf_counter()
            boto.start_web_rtc_contact(**params)
            theirs.append(time.perf_counter() - started)
        results["ours"].append(statistics.median(mine) * 1e6)
        results["boto3"].append(statistics.median(theirs) * 1e6)
        results["ratio"].append(statistics.median(theirs) / statistics.median(mine))
    return results


if __name__ == "__main__":
    sys.exit(main())
