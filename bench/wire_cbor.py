"""smithy-rpc-v2-cbor on the wire against botocore: serialize a CloudWatch PutMetricData
request (20 data points with dimensions, timestamps and values) and parse a
GetMetricData response (5 results of 50 timestamps and values each), per call.

The package is CloudWatch generated with `--protocol smithy-rpc-v2-cbor` into a
temporary folder. Ours: `op.serialize(request)` from a request object that `make`
checked (body bytes included), and `op.parse(200, headers, body)` to the typed output.
botocore: `serialize_to_request(params, operation_model)` of the serializer without
its validation, and `parser.parse(response, output_shape)`. Budget: never slower than
botocore (the issue's rule for every protocol); the ratios say how much faster.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from common import REPO, banner, finish, stats, verdict

PROTOCOL = "smithy-rpc-v2-cbor"
PACKAGE = "botogen_bench_cbor_cloudwatch"


def per_call(
    function: Callable[[], Any], runs: int, seconds: float = 0.3
) -> list[float]:
    """Microseconds per call, one figure a run: each run loops for about `seconds`."""
    loops = 1
    while True:  # calibrate the loop count on a warm function
        started = time.perf_counter()
        for _ in range(loops):
            function()
        if time.perf_counter() - started > seconds / 4:
            break
        loops *= 2
    figures = []
    for _ in range(runs):
        started = time.perf_counter()
        for _ in range(loops):
            function()
        figures.append((time.perf_counter() - started) / loops * 1e6)
    return figures


def put_metric_data() -> dict[str, Any]:
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    return {
        "Namespace": "Bench/Service",
        "MetricData": [
            {
                "MetricName": f"Latency{i % 4}",
                "Dimensions": [
                    {"Name": "Service", "Value": "checkout"},
                    {"Name": "Host", "Value": f"host-{i:03d}.example.com"},
                ],
                "Timestamp": start + datetime.timedelta(minutes=i),
                "Value": 12.5 + i,
                "Unit": "Milliseconds",
                "StorageResolution": 60,
            }
            for i in range(20)
        ],
    }


def get_metric_data_output() -> dict[str, Any]:
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    return {
        "MetricDataResults": [
            {
                "Id": f"m{r}",
                "Label": f"Latency {r}",
                "Timestamps": [
                    start + datetime.timedelta(minutes=i) for i in range(50)
                ],
                "Values": [100.0 / (i + 1) + r for i in range(50)],
                "StatusCode": "Complete",
            }
            for r in range(5)
        ],
        "Messages": [],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    print(banner("wire_cbor.py", f"{args.runs} runs, microseconds per call"))

    import botocore.session
    from botocore.parsers import create_parser
    from botocore.serialize import create_serializer

    out = Path(tempfile.mkdtemp(prefix="bench-cbor-"))
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", "cloudwatch", "--protocol",
         PROTOCOL, "--package", PACKAGE, "--out", str(out)],
        cwd=REPO, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    sys.path.insert(0, str(out))
    package = importlib.import_module(PACKAGE)
    operations = importlib.import_module(f"{PACKAGE}.operations").OPERATIONS
    cbor = importlib.import_module(f"{PACKAGE}._cbor")
    model = botocore.session.get_session().get_service_model("cloudwatch")
    serializer = create_serializer(PROTOCOL, include_validation=False)
    response_parser = create_parser(PROTOCOL)

    # the request
    params = put_metric_data()
    put = operations["put_metric_data"]
    request = package.PutMetricDataInput.make(
        **{f.name: getattr(package.PutMetricDataInput.from_value(params), f.name)
           for f in package.PutMetricDataInput._fields}
    )  # fmt: skip
    put_model = model.operation_model("PutMetricData")
    ours = put.serialize(request)
    theirs = serializer.serialize_to_request(params, put_model)
    assert cbor.loads(ours.body) == cbor.loads(theirs["body"]), "not the same body"
    assert ours.body == theirs["body"] and ours.headers == theirs["headers"]

    # the response: bytes as the service writes them (tag 1 timestamps, doubles)
    get = operations["get_metric_data"]
    get_model = model.operation_model("GetMetricData")
    body = cbor.dumps(get_metric_data_output())
    headers = {"x-amzn-requestid": "r", "content-type": "application/cbor"}

    def botocore_parse() -> Any:
        response = {"status_code": 200, "headers": headers, "body": body}
        return response_parser.parse(response, get_model.output_shape)

    parsed = botocore_parse()
    parsed.pop("ResponseMetadata")
    assert get.parse(200, headers, body).to_value() == parsed, "not the same output"

    rows = [
        (
            f"serialize PutMetricData ({len(ours.body)} bytes)",
            lambda: put.serialize(request),
            lambda: serializer.serialize_to_request(params, put_model),
        ),
        (
            f"parse GetMetricData ({len(body)} bytes)",
            lambda: get.parse(200, headers, body),
            botocore_parse,
        ),
        (
            "  of which: CBOR decoding alone",
            lambda: cbor.loads(body),
            lambda: response_parser.parse_data_item(
                response_parser.get_peekable_stream_from_bytes(body)
            ),
        ),
    ]
    failed = False
    for name, ours_call, theirs_call in rows:
        mine = per_call(ours_call, args.runs)
        others = per_call(theirs_call, args.runs)
        ratio = sorted(others)[len(others) // 2] / sorted(mine)[len(mine) // 2]
        ok = verdict(ratio, 1.0, at_least=True)
        failed |= ok == "FAIL" and not name.startswith(" ")
        print(f"{name}")
        print(f"    botogen  {stats(mine, 1)}")
        print(f"    botocore {stats(others, 1)}")
        print(f"    botocore / botogen = {ratio:.1f}x  (budget >= 1x: {ok})")
    return finish(failed, args.strict)


if __name__ == "__main__":
    sys.exit(main())
