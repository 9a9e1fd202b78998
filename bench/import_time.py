"""How much a fresh interpreter pays for importing the generated Connect package.

Why: the issue sets budgets on import cost, measured as wall time of a fresh interpreter
minus that of `python -c pass`:
  - `from botogen_connect import StartWebRTCContactRequest`: at most 15 ms more;
  - `from botogen_connect import ConnectClient` (the typed client): at most 15 ms more;
  - touching every Connect class (every class of every `botogen_connect._shapes_*`
    module; `botogen_connect._MODULES` holds their suffixes): at most 150 ms more.
Compared in the same run with botocore's `session.get_service_model("connect")` (same
interpreter as botogen) and `import boto3; boto3.client("connect", ...)` (boto3 is not a
dependency of the project: the first interpreter found that imports it is used, and its
own `-c pass` is the baseline for it).

The package is generated into a temporary folder (default format cache) and put first on
PYTHONPATH, so an installed copy does not matter. Real installs have .pyc files, so the
folder is byte-compiled and every child runs with PYTHONDONTWRITEBYTECODE unset, after one
untimed warm-up launch of each command. A run launches each command --launches times,
interleaved, and takes the median; the figures are median [min .. max] over --runs.
Each child also prints the time of the statement itself (in-process), shown for reference.

    .venv/bin/python bench/import_time.py [--runs N] [--launches N] [--boto3-python PATH] [--strict]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from common import (
    all_classes,
    banner,
    byte_compile,
    child_env,
    find_boto3_python,
    finish,
    generate,
    launch,
    stats,
    verdict,
)

REFERENCE_BUDGET_MS = 15.0
ALL_CLASSES_BUDGET_MS = 150.0

REFERENCE = "from botogen_connect import StartWebRTCContactRequest"
CLIENT = "from botogen_connect import ConnectClient"
ALL_CLASSES = all_classes("botogen_connect")
BOTOCORE = 'import botocore.session; botocore.session.get_session().get_service_model("connect")'
BOTO3 = 'import boto3; boto3.client("connect", region_name="us-east-1")'


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--launches", type=int, default=10, help="launches per command per run"
    )
    parser.add_argument("--boto3-python", help="interpreter for the boto3 comparison")
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 if a budget fails"
    )
    args = parser.parse_args()

    python = sys.executable
    boto3_python = find_boto3_python(args.boto3_python)
    work = Path(tempfile.mkdtemp(prefix="botogen-bench-import-"))
    try:
        out = work / "out"
        generate(out, "connect")
        byte_compile(out)
        env = child_env(PYTHONPATH=str(out))

        commands = {  # name: (interpreter, statement)
            "pass": (python, "pass"),
            "reference": (python, REFERENCE),
            "client": (python, CLIENT),
            "all classes": (python, ALL_CLASSES),
            "botocore model": (python, BOTOCORE),
        }
        if boto3_python:
            commands["boto3 pass"] = (boto3_python, "pass")
            commands["boto3 client"] = (boto3_python, BOTO3)

        print(banner("import_time.py", f"{args.runs} runs x {args.launches} launches"))
        print(
            f"botogen/botocore interpreter: {python} (package generated into a temp dir, "
            f"on PYTHONPATH; byte-compiled; PYTHONDONTWRITEBYTECODE unset in children)"
        )
        print(
            f"boto3 interpreter: {boto3_python or 'none found that imports boto3: skipped'}"
        )

        # warm-up: writes any missing .pyc, fills the page cache, checks the set-up
        for name, (exe, statement) in commands.items():
            _, _, printed = launch(exe, statement, env)
            if name == "all classes":
                classes = int(printed.split()[1])
        check = launch(
            python,
            "import botogen_connect; print('file', botogen_connect.__file__)",
            env,
        )
        if not check[2].split("file ")[1].startswith(str(out)):
            sys.exit(f"botogen_connect did not come from {out}: {check[2]}")

        wall: dict[str, list[float]] = {name: [] for name in commands}
        inproc: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(args.runs):
            samples: dict[str, list[tuple[float, float]]] = {
                name: [] for name in commands
            }
            for _ in range(args.launches):
                for name, (exe, statement) in commands.items():
                    samples[name].append(launch(exe, statement, env)[:2])
            for name in commands:
                wall[name].append(statistics.median(s[0] for s in samples[name]) * 1000)
                inproc[name].append(
                    statistics.median(s[1] for s in samples[name]) * 1000
                )
            print(
                f"  run {run + 1}: pass {wall['pass'][-1]:.1f} ms, reference "
                f"{wall['reference'][-1]:.1f} ms, client {wall['client'][-1]:.1f} ms, "
                f"all classes {wall['all classes'][-1]:.1f} ms",
                flush=True,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def more(name: str, base: str = "pass") -> list[float]:
        return [a - b for a, b in zip(wall[name], wall[base])]

    failed = False
    print(
        "\nms; median [min .. max] over runs; 'more' = wall time minus `-c pass` of the same "
        "interpreter in the same run; in-process = the statement alone"
    )
    print(
        f"  {'python -c pass (botogen interpreter)':54} {stats(wall['pass'], 1)}  wall"
    )
    for name, label, budget in (
        ("reference", REFERENCE, REFERENCE_BUDGET_MS),
        ("client", CLIENT, REFERENCE_BUDGET_MS),
        ("all classes", f"touch all {classes} classes", ALL_CLASSES_BUDGET_MS),
    ):
        extra = more(name)
        ok = verdict(statistics.median(extra), budget)
        failed |= ok == "FAIL"
        print(
            f"  {label:54} {stats(extra, 1)}  more   budget <= {budget:g} ms: {ok}"
            f"   (in-process {statistics.median(inproc[name]):.1f})"
        )
    print("  comparison, measured in the same runs:")
    label = 'botocore get_service_model("connect")'
    print(
        f"  {label:54} {stats(more('botocore model'), 1)}  more"
        f"   (in-process {statistics.median(inproc['botocore model']):.1f})"
    )
    if boto3_python:
        print(
            f"  {'python -c pass (boto3 interpreter)':54} {stats(wall['boto3 pass'], 1)}  wall"
        )
        label = 'import boto3; boto3.client("connect")'
        print(
            f"  {label:54} "
            f"{stats(more('boto3 client', 'boto3 pass'), 1)}  more"
            f"   (in-process {statistics.median(inproc['boto3 client']):.1f})"
        )
    print("  ratios (comparison / botogen, medians of the 'more' figures):")
    for name, label in (
        ("reference", "reference import"),
        ("client", "client import"),
        ("all classes", "all classes"),
    ):
        ours = max(statistics.median(more(name)), 0.1)  # no division by ~0
        line = f"    {label}: botocore model x{statistics.median(more('botocore model')) / ours:.2f}"
        if boto3_python:
            line += f", boto3 client x{statistics.median(more('boto3 client', 'boto3 pass')) / ours:.2f}"
        print(line)
    return finish(failed, args.strict)


if __name__ == "__main__":
    sys.exit(main())
