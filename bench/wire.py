"""How fast the generated wire code serializes requests and parses responses, against
botocore's serializers and parsers on the same operations in the same run.

Why: the wire issue asks that serializing a request object (body bytes included) be
at least 2.5x faster than botocore's `serialize_to_request` on StartWebRTCContact and
PutItem (and within 2x of the `json.dumps` floor), and that parsing a response's bytes
into the typed output be at least 4x faster than botocore's parser on a DescribeUser and
a 10-attribute GetItem response; never slower than botocore anywhere.

botocore's serializer runs without its parameter validation (`include_validation=False`):
the request objects here were checked when they were made, so both sides only serialize.
Each figure of a run is the best of 3 timeit repeats; figures are median [min .. max]
over --runs, and ratios are taken per run. The packages are generated into a temporary
folder (default format cache) and imported from there.

    .venv/bin/python bench/wire.py [--runs N] [--strict]
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import json
import shutil
import statistics
import sys
import tempfile
import timeit
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import banner, finish, generate, stats, verdict

UTC = datetime.timezone.utc


@dataclass(frozen=True)
class Case:
    """One operation measured both ways: a request's params (serialize) or a response
    (parse), with the budget on botocore's time over ours, and the floor it is held to.
    """

    service: str
    operation: str
    kind: str  # "serialize" or "parse"
    data: Any  # params in botocore's form, or (status, headers, body)
    budget: float  # at least this many times faster than botocore
    floor: str | None = None  # "dumps" (within 2x of json's own time) or "loads"


def _attributes(n: int) -> dict[str, Any]:
    kinds = [
        {"S": "some text value"},
        {"N": "12345.678"},
        {"BOOL": True},
        {"SS": ["a", "b", "c"]},
        {"L": [{"S": "x"}, {"N": "1"}]},
        {"M": {"k": {"S": "v"}, "n": {"N": "2"}}},
        {"NULL": True},
        {"NS": ["1", "2"]},
        {"S": "another"},
        {"N": "7"},
    ]
    return {f"attr{i}": kinds[i % len(kinds)] for i in range(n)}


START_WEB_RTC_CONTACT = {
    "Attributes": {"customer": "alice", "tier": "gold", "locale": "en-US"},
    "ClientToken": "2c8f1f6e-7f4b-4c1a-9f3e-0c8b1a2d3e4f",
    "ContactFlowId": "b5ad4b4c-1f35-4c7a-9ad8-4b52c1d5e6f7",
    "InstanceId": "9a4c1e70-2b3c-4d5e-8f90-a1b2c3d4e5f6",
    "AllowedCapabilities": {
        "Customer": {"Video": "SEND"},
        "Agent": {"Video": "SEND", "ScreenShare": "SEND"},
    },
    "ParticipantDetails": {"DisplayName": "Alice"},
    "RelatedContactId": "3d2c1b0a-9f8e-4d7c-b6a5-948372615043",
    "References": {
        "ticket": {"Value": "https://example.com/t/42", "Type": "URL"},
        "order": {"Value": "42", "Type": "NUMBER"},
    },
    "Description": "Video call about order 42",
}

DESCRIBE_USER = {
    "User": {
        "Id": "4b6f2c1e-8d3a-4f5b-9c7e-1a2b3c4d5e6f",
        "Arn": "arn:aws:connect:us-east-1:123456789012:instance/9a4c1e70/agent/4b6f2c1e",
        "Username": "alice",
        "IdentityInfo": {
            "FirstName": "Alice",
            "LastName": "Liddell",
            "Email": "alice@example.com",
        },
        "PhoneConfig": {
            "PhoneType": "SOFT_PHONE",
            "AutoAccept": False,
            "AfterContactWorkTimeLimit": 120,
            "DeskPhoneNumber": "+15555550100",
        },
        "DirectoryUserId": "d-1234567890",
        "SecurityProfileIds": ["sp-1", "sp-2", "sp-3"],
        "RoutingProfileId": "rp-1",
        "HierarchyGroupId": "hg-1",
        "Tags": {"team": "support", "site": "north"},
        "LastModifiedTime": 1700000000.123,
        "LastModifiedRegion": "us-east-1",
    }
}

CASES = [
    Case("connect", "StartWebRTCContact", "serialize", START_WEB_RTC_CONTACT, 2.5, "dumps"),
    Case(
        "dynamodb",
        "PutItem",
        "serialize",
        {"TableName": "orders", "Item": _attributes(10), "ReturnValues": "NONE"},
        2.5,
        "dumps",
    ),
    Case(
        "connect",
        "DescribeUser",
        "parse",
        (200, {"x-amzn-RequestId": "r-1", "Content-Type": "application/json"},
         json.dumps(DESCRIBE_USER).encode()),
        4.0,
        "loads",
    ),  # fmt: skip
    Case(
        "dynamodb",
        "GetItem",
        "parse",
        (200, {"x-amzn-RequestId": "r-1", "Content-Type": "application/x-amz-json-1.0"},
         json.dumps({"Item": _attributes(10)}).encode()),
        4.0,
        "loads",
    ),  # fmt: skip
]


def per_call_us(fn: Callable[[], Any], number: int) -> float:
    return min(timeit.repeat(fn, number=number, repeat=3)) / number * 1e6


def _number(fn: Callable[[], Any]) -> int:
    """Enough calls for a repeat to take about 50 ms."""
    once = per_call_us(fn, 20)
    return max(100, int(50_000 / max(once, 0.1)))


class _Measured:
    def __init__(self, case: Case) -> None:
        import botocore.session
        from botocore.awsrequest import HeadersDict
        from botocore.parsers import create_parser
        from botocore.serialize import create_serializer

        from generator import names

        self.case = case
        model = botocore.session.get_session().get_service_model(case.service)
        op_model = model.operation_model(case.operation)
        protocol = model.resolved_protocol
        package = importlib.import_module(names.package_name(case.service))
        op = importlib.import_module(package.__name__ + ".operations").OPERATIONS[
            names.snake_case(case.operation)
        ]
        if case.kind == "serialize":
            request = op.input_class().from_value(case.data)
            request.validate()  # checked once, as make() checks it
            serializer = create_serializer(protocol, include_validation=False)
            self.ours = lambda: op.serialize(request)
            self.theirs = lambda: serializer.serialize_to_request(case.data, op_model)
            wire = json.loads(
                serializer.serialize_to_request(case.data, op_model)["body"]
            )
            self.floor = lambda: json.dumps(wire).encode()
        else:
            status, headers, body = case.data
            parser = create_parser(protocol)
            response = {
                "status_code": status,
                "headers": HeadersDict(headers),
                "body": body,
            }
            self.ours = lambda: op.parse(status, headers, body)
            self.theirs = lambda: parser.parse(response, op_model.output_shape)
            self.floor = lambda: json.loads(body)
        self.number = _number(self.theirs)

    def run(self) -> tuple[float, float, float]:
        n = self.number
        return (
            per_call_us(self.ours, n),
            per_call_us(self.theirs, n),
            per_call_us(self.floor, n),
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 if a budget fails"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="botogen-bench-wire-"))
    try:
        generate(work / "out", *sorted({case.service for case in CASES}))
        sys.path.insert(0, str(work / "out"))
        return measure(args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(args: argparse.Namespace) -> int:
    print(banner("wire.py", f"serialize and parse against botocore, {args.runs} runs"))
    measured = [_Measured(case) for case in CASES]
    results: dict[int, list[tuple[float, float, float]]] = {
        i: [] for i in range(len(CASES))
    }
    for _ in range(args.runs):
        for index, m in enumerate(measured):
            results[index].append(m.run())
    failed = False
    print(f"{'case':<34} {'ours us':>22} {'botocore us':>22} {'x faster':>8}  budget")
    for index, case in enumerate(CASES):
        ours = [r[0] for r in results[index]]
        theirs = [r[1] for r in results[index]]
        floors = [r[2] for r in results[index]]
        ratios = [t / o for o, t, _ in results[index]]
        ratio = statistics.median(ratios)
        ok = verdict(ratio, case.budget, at_least=True)
        floor_ratio = statistics.median(o / f for o, _, f in results[index])
        # the floor is a budget for serializing; for parsing it is shown, not judged
        floor_ok = verdict(floor_ratio, 2.0) if case.kind == "serialize" else "(shown)"
        failed |= ok == "FAIL" or floor_ok == "FAIL"
        label = f"{case.service} {case.operation} {case.kind}"
        print(
            f"{label:<34} {stats(ours)} {stats(theirs)} {ratio:8.2f}  >= {case.budget} {ok}"
        )
        if case.floor:
            print(
                f"{'  json.' + case.floor + ' floor':<34} {stats(floors)} "
                f"{'':>22} {floor_ratio:8.2f}x of floor  {floor_ok}"
            )
    return finish(failed, args.strict)


if __name__ == "__main__":
    sys.exit(main())
