"""How fast the package's SigV4 signer (`_sigv4.sign`) signs a request, against
botocore's `SigV4Auth.add_auth` (`S3SigV4Auth` for s3) on the same request in the same
run; and, with nothing of botocore's to compare (it signs no event stream and has no
CRC32C or CRC64NVME without awscrt), what an event-stream frame and those checksums
cost.

Why: the standalone transport signs every call, so the signature is part of the
per-call budget of the transport issue. Budget: at least 3x faster than botocore on
every request below.

Both sides sign at the current time with the same session credentials. botocore signs
an `AWSRequest` made before the clock starts (a fresh one per signature: `add_auth`
changes the request it signs); ours signs the package's `HttpRequest` and returns the
headers to send. Each figure of a run is the best of 3 repeats; figures are median
[min .. max] over --runs, ratios taken per run. Connect and DynamoDB are generated into
a temporary folder (default format cache) and imported from there, with Bedrock
Runtime for its event streams.

    .venv/bin/python bench/signing.py [--runs N] [--strict]
"""

from __future__ import annotations

import argparse
import importlib
import io
import shutil
import statistics
import sys
import tempfile
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import banner, finish, generate, stats, verdict

BUDGET = 3.0
CREDENTIALS = (
    "ASIAEXAMPLEEXAMPLE",
    "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    "T" * 400,
)
BATCH = 2000


def _cases() -> list[tuple[str, Any, str, str, str, bool]]:
    """(label, HttpRequest, endpoint, signing name, region, s3) of each request."""
    from botogen_connect import HttpRequest
    from botogen_connect.operations import OPERATIONS as CONNECT

    rtc = CONNECT["start_web_rtc_contact"]
    rtc_request = rtc.input_class().from_value(
        {
            "ContactFlowId": "b5ad4b4c-8f1c-4bd6-9a8e-2f43a1f36a6e",
            "InstanceId": "9a4c1e70-12ab-4f7e-9c51-7a9e2a1b2c3d",
            "ParticipantDetails": {"DisplayName": "Alice"},
            "Attributes": {f"key{i}": f"value {i}" for i in range(5)},
            "Description": "A call from the web site",
            "ClientToken": "5e4f0c9a-5b3e-4a52-8d5c-1a2b3c4d5e6f",
        }
    )
    dynamodb = importlib.import_module("botogen_dynamodb.operations").OPERATIONS
    item = {f"attr{i}": {"S": f"some text value {i}"} for i in range(10)}
    put_item = (
        dynamodb["put_item"]
        .input_class()
        .from_value({"TableName": "my-table", "Item": item})
    )
    put_object = HttpRequest(
        "PUT",
        "/my-bucket/photos/2026/03/04/picture%20one.jpg",
        [],
        {"Content-Type": "image/jpeg", "x-amz-meta-owner": "alice"},
        bytes(range(256)) * 4,
    )
    list_objects = HttpRequest(
        "GET",
        "/my-bucket",
        [
            ("list-type", "2"),
            ("prefix", "photos/2026/"),
            ("delimiter", "/"),
            ("max-keys", "100"),
            ("continuation-token", "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="),
        ],
        {},
    )
    return [
        (
            "connect StartWebRTCContact",
            rtc.serialize(rtc_request),
            "https://connect.us-east-1.amazonaws.com",
            "connect",
            "us-east-1",
            False,
        ),
        (
            "dynamodb PutItem (10 attributes)",
            dynamodb["put_item"].serialize(put_item),
            "https://dynamodb.us-east-1.amazonaws.com",
            "dynamodb",
            "us-east-1",
            False,
        ),
        (
            "s3 PutObject (1 KB)",
            put_object,
            "https://s3.us-east-1.amazonaws.com",
            "s3",
            "us-east-1",
            True,
        ),
        (
            "s3 ListObjectsV2",
            list_objects,
            "https://s3.us-east-1.amazonaws.com",
            "s3",
            "us-east-1",
            True,
        ),
    ]


def _best(f: Callable[[], object], number: int) -> float:
    """Microseconds per call: the best of 3 repeats."""
    return min(timeit.repeat(f, number=number, repeat=3)) / number * 1e6


def _botocore(http: Any, endpoint: str, name: str, region: str, s3: bool) -> float:
    from botocore.auth import S3SigV4Auth, SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    signer = (S3SigV4Auth if s3 else SigV4Auth)(Credentials(*CREDENTIALS), name, region)
    url = http.url(endpoint)
    times = []
    for _ in range(3):
        requests = [
            AWSRequest(http.method, url, dict(http.headers), data=http.body)
            for _ in range(BATCH)
        ]
        sign = signer.add_auth
        it = iter(requests)
        times.append(timeit.timeit(lambda: sign(next(it)), number=BATCH) / BATCH * 1e6)
    return min(times)


def _others() -> list[tuple[str, Callable[[], object], int]]:
    """What has no botocore counterpart: (label, call, number)."""
    # a package with event streams (Connect has none)
    _sigv4 = importlib.import_module("botogen_bedrock_runtime._sigv4")
    frame = bytes(range(256)) * 4
    body = bytes(range(256)) * 4

    def one_frame() -> object:
        return next(
            _sigv4.signed_events([frame], "0" * 64, CREDENTIALS, "bedrock", "us-east-1")
        )

    return [
        ("event-stream frame (1 KB) signed", one_frame, 2000),
        ("CRC32 of 1 KB (zlib)", lambda: _sigv4.checksum(body, "CRC32"), 20000),
        ("CRC32C of 1 KB (pure Python)", lambda: _sigv4.checksum(body, "CRC32C"), 200),
        (
            "CRC64NVME of 1 KB (pure Python)",
            lambda: _sigv4.checksum(body, "CRC64NVME"),
            200,
        ),
        ("SHA256 of 1 KB (hashlib)", lambda: _sigv4.checksum(body, "SHA256"), 20000),
        (
            "aws-chunked body of 1 KB, CRC32",
            lambda: _sigv4.AwsChunkedBody(io.BytesIO(body), "crc32").read(),
            5000,
        ),
    ]


def measure(args: argparse.Namespace) -> int:
    from botogen_connect import _sigv4

    print(banner("signing.py", f"SigV4 against botocore, {args.runs} runs"))
    cases = _cases()
    results: dict[str, list[tuple[float, float]]] = {c[0]: [] for c in cases}
    others = _others()
    extra: dict[str, list[float]] = {o[0]: [] for o in others}
    for _ in range(args.runs):
        for label, http, endpoint, name, region, s3 in cases:

            def ours() -> object:
                return _sigv4.sign(http, endpoint, CREDENTIALS, name, region, s3=s3)

            results[label].append(
                (_best(ours, BATCH), _botocore(http, endpoint, name, region, s3))
            )
        for label, call, number in others:
            extra[label].append(_best(call, number))
    failed = False
    print(
        f"{'request':<34} {'ours us':>22} {'botocore us':>22} {'x faster':>8}  budget"
    )
    for label, runs in results.items():
        ratio = statistics.median(t / o for o, t in runs)
        ok = verdict(ratio, BUDGET, at_least=True)
        failed |= ok == "FAIL"
        ours_us = [o for o, _ in runs]
        theirs_us = [t for _, t in runs]
        print(
            f"{label:<34} {stats(ours_us)} {stats(theirs_us)} {ratio:8.2f}  "
            f">= {BUDGET} {ok}"
        )
    print(f"{'without a botocore counterpart':<34} {'us':>22}")
    for label, values in extra.items():
        print(f"{label:<34} {stats(values)}")
    return finish(failed, args.strict)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 if a budget fails"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="botogen-bench-signing-"))
    try:
        generate(work / "out", "connect", "dynamodb", "bedrock-runtime")
        sys.path.insert(0, str(work / "out"))
        return measure(args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
