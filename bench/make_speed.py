"""How fast the generated classes build, check and convert a request, against botocore.

Why: the issue asks that `make(...)` + `to_value()` of a full StartWebRTCContact request
(attributes, capabilities, references, description, related contact id) be at least 3
times faster than botocore's `ParamValidator.validate` on the same parameters, which is
what boto3 runs on every call. Also reported against the same validate figure:
`to_value()` alone (on a built object) and `from_value()` of the same dict.

Everything is measured in this process, in the same run, with timeit (each figure of a
run is the best of 3 repeats, so a run is not skewed by one interruption); the figures
are median [min .. max] over --runs, and each ratio is taken per run. The package is
generated into a temporary folder (default format cache) and imported from there, so an
installed copy does not matter.

    .venv/bin/python bench/make_speed.py [--runs N] [--strict]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import timeit
from pathlib import Path

from common import banner, finish, generate, stats, verdict

RATIO_BUDGET = 3.0  # validate / (make + to_value), at least


def per_call_us(fn, number: int) -> float:
    return min(timeit.repeat(fn, number=number, repeat=3)) / number * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 if the budget fails"
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="botogen-bench-make-"))
    try:
        generate(work / "out", "connect")
        sys.path.insert(0, str(work / "out"))
        return measure(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(args: argparse.Namespace, work: Path) -> int:
    import botocore
    import botocore.session
    from botocore.validate import ParamValidator

    import botogen_connect
    from botogen_connect import (
        AllowedCapabilities,
        ParticipantCapabilities,
        ParticipantDetails,
        Reference,
        StartWebRTCContactRequest,
    )

    assert botogen_connect.__file__.startswith(str(work)), botogen_connect.__file__

    def make():
        return StartWebRTCContactRequest.make(
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
        )

    request = make()
    params = request.to_value()
    shape = (
        botocore.session.get_session()
        .get_service_model("connect")
        .operation_model("StartWebRTCContact")
        .input_shape
    )
    validator = ParamValidator()
    report = validator.validate(params, shape)
    assert not report.has_errors(), report.generate_report()
    assert StartWebRTCContactRequest.from_value(params).to_value() == params

    cases = {
        "make + to_value": lambda: make().to_value(),
        "to_value alone": request.to_value,
        "from_value": lambda: StartWebRTCContactRequest.from_value(params),
        "ParamValidator.validate": lambda: validator.validate(params, shape),
    }
    numbers = {
        name: max(timeit.Timer(fn).autorange()[0], 100) for name, fn in cases.items()
    }

    print(
        banner("make_speed.py", f"{args.runs} runs")
        + f"; Python {sys.version.split()[0]}, botocore {botocore.__version__}"
    )
    print(
        f"request: StartWebRTCContact with {len(params)} top-level keys: {', '.join(params)}"
    )
    times: dict[str, list[float]] = {name: [] for name in cases}
    for run in range(args.runs):
        for name, fn in cases.items():
            times[name].append(per_call_us(fn, numbers[name]))
        print(
            f"  run {run + 1}: "
            + ", ".join(f"{name} {times[name][-1]:.1f} us" for name in cases),
            flush=True,
        )

    base = times["ParamValidator.validate"]
    print(
        "\nus per call; median [min .. max] over runs; ratio = ParamValidator.validate / "
        "figure, per run (higher is faster than botocore)"
    )
    print(f"  {'ParamValidator.validate (comparison)':38} {stats(base, 1, width=7)}")
    failed = False
    for name in ("make + to_value", "to_value alone", "from_value"):
        values = times[name]
        ratios = [b / v for b, v in zip(base, values)]
        line = (
            f"  {name:38} {stats(values, 1, width=7)}   "
            f"ratio x{statistics.median(ratios):.2f} "
            f"[{min(ratios):.2f} .. {max(ratios):.2f}]"
        )
        if name == "make + to_value":
            ok = verdict(statistics.median(ratios), RATIO_BUDGET, at_least=True)
            failed |= ok == "FAIL"
            line += f"   budget ratio >= {RATIO_BUDGET:g}: {ok}"
        print(line)
    return finish(failed, args.strict)


if __name__ == "__main__":
    sys.exit(main())
