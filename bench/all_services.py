"""The budgets of every service: `botogen generate --all` and importing every package.

Why: the every-service issue sets budgets on this 2-core machine, black included:
  - `generate --all` cold (empty format cache, new output folder) at most 200 s, warm
    (same cache and output folder, nothing changed) at most 15 s, and at most 400 MB
    of memory in any one process (the generator and its pool workers);
  - `from PACKAGE import CLASS` at most 15 ms more than `python -c pass`, for every
    generated package;
  - touching every class of ec2, the largest service, at most 500 ms more.
The issue quotes mypy-boto3-builder at about 257 s and 670 MB for all services; the
builder is not run here (too slow), so those figures are printed as quoted. The import
figures are compared in the same run with botocore's `get_service_model("ec2")` and,
if some interpreter imports boto3, `boto3.client("ec2", ...)`.

Generation runs as in generate.py: fresh interpreters, from a byte-compiled snapshot
of generator/, templates/ and models/, memory as wait4's max RSS (the largest single
process among the generator and every pool worker it reaped). --runs sets the number of
cold/warm pairs (default 1: a cold run takes minutes). Imports run as in import_time.py
on the last run's output (or --out DIR, which skips generation), byte-compiled, with
PYTHONDONTWRITEBYTECODE unset, after one untimed warm-up launch of each command; each
package's class is the first of the sorted class names of its first module (in sorted
`_MODULES`), its figure the median of 3 launches minus the median of 3 `-c pass`
launches interleaved with them; the ec2 figures take the median of 5.

    .venv/bin/python bench/all_services.py [--runs N] [--out DIR] [--boto3-python PATH] [--strict]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
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
    launch,
    measure,
    snapshot,
    stats,
    verdict,
)

COLD_BUDGET_S = 200.0  # the wire issue: all services cold at most 200 s
WARM_BUDGET_S = 15.0
MEMORY_BUDGET_MB = 400.0  # MB = 10**6 bytes, one process
IMPORT_BUDGET_MS = 15.0  # every package
EC2_BUDGET_MS = 500.0
BUILDER_QUOTED = {"seconds": 257.0, "max_rss_mb": 670.0}  # from the issue
PACKAGE_LAUNCHES = 3
EC2_LAUNCHES = 5

GENERATE = [sys.executable, "-m", "generator", "generate", "--all", "--out"]
FIRST_CLASSES = """\
import importlib, json, sys
first = {}
for package in sys.argv[1:]:
    modules, names = sorted(importlib.import_module(package)._MODULES), []
    if modules:
        module = importlib.import_module(package + "._shapes_" + modules[0])
        names = sorted(
            name for name, value in vars(module).items()
            if isinstance(value, type) and value.__module__ == module.__name__
        )
    first[package] = names[0] if names else None
print(json.dumps(first))"""
BOTOCORE = (
    'import botocore.session; botocore.session.get_session().get_service_model("ec2")'
)
BOTO3 = 'import boto3; boto3.client("ec2", region_name="us-east-1")'


def generation(runs: int, work: Path) -> tuple[list[dict], list[dict], Path]:
    """Cold and warm `generate --all` figures of each run, and the last run's output."""
    src, log = snapshot(work / "src"), work / "log"
    cold, warm = [], []
    for run in range(runs):
        cache, out = work / f"cache{run}", work / f"out{run}"
        env = child_env(BOTOGEN_CACHE_DIR=str(cache))
        cold.append(measure([*GENERATE, str(out)], env, log, src, sample=False))
        summary = re.search(r"botogen: \d+ services, \d+ shapes", log.read_text())
        warm.append(measure([*GENERATE, str(out)], env, log, src, sample=False))
        print(
            f"  run {run + 1}: cold {cold[-1]['seconds']:.2f} s"
            f" ({summary[0] if summary else 'no summary line'}), "
            f"warm {warm[-1]['seconds']:.2f} s",
            flush=True,
        )
        shutil.rmtree(cache)
        if run < runs - 1:
            shutil.rmtree(out)
    return cold, warm, out


def report_generation(cold: list[dict], warm: list[dict]) -> bool:
    """Print the generation figures against their budgets; True if one failed."""
    print("\ngenerate --all: median [min .. max] over runs")
    failed = False
    for label, key, budgets, unit in (
        ("wall time", "seconds", {"cold": COLD_BUDGET_S, "warm": WARM_BUDGET_S}, "s"),
        ("max RSS, largest process", "max_rss_mb", MEMORY_BUDGET_MB, "MB"),
    ):
        for name, results in (("cold", cold), ("warm", warm)):
            budget = budgets[name] if isinstance(budgets, dict) else budgets
            values = [r[key] for r in results]
            ok = verdict(statistics.median(values), budget)
            failed |= ok == "FAIL"
            print(
                f"  {label + ', ' + name:34} {stats(values)} {unit:2}"
                f"  budget <= {budget:g} {unit}: {ok}"
            )
    print("  comparison: mypy-boto3-builder, all services (quoted from the issue, not")
    print("  measured here; ratio = builder / botogen cold median):")
    for label, key, unit in (
        ("wall time", "seconds", "s"),
        ("max RSS", "max_rss_mb", "MB"),
    ):
        quoted = BUILDER_QUOTED[key]
        ours = statistics.median(r[key] for r in cold)
        print(f"  {label:34} about {quoted:g} {unit} (x{quoted / ours:.2f})")
    print("  (MB = 10**6 bytes)")
    return failed


def first_classes(packages: list[str], env: dict[str, str]) -> dict[str, str | None]:
    """Each package's class to import: the first sorted class name of the first module
    of its sorted `_MODULES` (None for a package without classes)."""
    done = subprocess.run(
        [sys.executable, "-c", FIRST_CLASSES, *packages],
        env=env,
        cwd=tempfile.gettempdir(),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"could not list the packages' classes:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def more_ms(
    python: str, statement: str, env: dict[str, str], launches: int
) -> tuple[float, float, str]:
    """Median wall ms of `statement` minus that of `-c pass` on the same interpreter,
    launched interleaved after one untimed warm-up of each; and the statement's median
    in-process ms and last output."""
    launch(python, "pass", env)
    launch(python, statement, env)
    base, wall, inproc = [], [], []
    for _ in range(launches):
        base.append(launch(python, "pass", env)[0])
        seconds, inside, printed = launch(python, statement, env)
        wall.append(seconds)
        inproc.append(inside)
    more = (statistics.median(wall) - statistics.median(base)) * 1000
    return more, statistics.median(inproc) * 1000, printed


def imports(out: Path, boto3_python: str | None) -> bool:
    """Measure and print the import figures of the packages in `out`; True if a budget
    failed."""
    byte_compile(out)
    env = child_env(PYTHONPATH=str(out))
    packages = sorted(
        p.name
        for p in out.iterdir()
        if p.name.startswith("botogen_") and (p / "__init__.py").exists()
    )
    classes = first_classes(packages, env)
    empty = [package for package in packages if classes[package] is None]
    measured = [package for package in packages if classes[package] is not None]
    results: dict[str, float] = {}
    print(
        f"\nimporting every package: `from PACKAGE import CLASS`, ms more than "
        f"`-c pass`, median of {PACKAGE_LAUNCHES} launches each",
        flush=True,
    )
    for number, package in enumerate(measured, 1):
        statement = f"from {package} import {classes[package]}"
        results[package] = more_ms(sys.executable, statement, env, PACKAGE_LAUNCHES)[0]
        if number % 100 == 0:
            print(f"  {number} of {len(measured)} packages", flush=True)
    within = [p for p in measured if results[p] <= IMPORT_BUDGET_MS]
    ok = verdict(len(within), len(measured), at_least=True)
    failed = ok == "FAIL"
    print(
        f"  {f'packages within {IMPORT_BUDGET_MS:g} ms':34} {len(within)} of {len(measured)}"
        f"   budget: every package <= {IMPORT_BUDGET_MS:g} ms: {ok}"
    )
    if empty:
        print(f"  {'packages without classes':34} {len(empty)}: {', '.join(empty)}")
    print(f"  {'median over packages':34} {statistics.median(results.values()):.1f} ms")
    print("  worst 5:")
    for package in sorted(measured, key=results.__getitem__, reverse=True)[:5]:
        print(
            f"    {results[package]:6.1f} ms  from {package} import {classes[package]}"
        )

    if "botogen_ec2" not in packages:
        print("\nec2: no botogen_ec2 package in the folder: skipped")
        return failed
    print(
        f"\nec2: ms more than `-c pass` of the same interpreter, median of "
        f"{EC2_LAUNCHES} launches; in-process = the statement alone",
        flush=True,
    )
    ours, inside, printed = more_ms(
        sys.executable, all_classes("botogen_ec2"), env, EC2_LAUNCHES
    )
    ok = verdict(ours, EC2_BUDGET_MS)
    failed |= ok == "FAIL"
    label = f"touch all {printed.split()[1]} classes of botogen_ec2"
    print(
        f"  {label:44} {ours:7.1f}   budget <= {EC2_BUDGET_MS:g} ms: {ok}"
        f"   (in-process {inside:.1f})"
    )
    print("  comparison, measured in the same run:")
    comparisons = [(sys.executable, BOTOCORE, 'botocore get_service_model("ec2")')]
    if boto3_python:
        comparisons.append((boto3_python, BOTO3, 'import boto3; boto3.client("ec2")'))
    for python, statement, label in comparisons:
        theirs, inside, _ = more_ms(python, statement, env, EC2_LAUNCHES)
        print(
            f"  {label:44} {theirs:7.1f}   (in-process {inside:.1f}; "
            f"x{theirs / max(ours, 0.1):.2f} botogen's)"
        )
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--runs", type=int, default=1, help="cold/warm generation pairs (default 1)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="measure the imports of this already generated folder; skip generation",
    )
    parser.add_argument("--boto3-python", help="interpreter for the boto3 comparison")
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 if a budget fails"
    )
    args = parser.parse_args()

    boto3_python = find_boto3_python(args.boto3_python)
    what = f"imports of {args.out}" if args.out else f"{args.runs} runs"
    print(banner("all_services.py", what))
    print(
        f"interpreter: {sys.executable}; boto3 interpreter: "
        f"{boto3_python or 'none found that imports boto3: skipped'}"
    )
    work = Path(tempfile.mkdtemp(prefix="botogen-bench-all-"))
    try:
        failed = False
        out = args.out
        if out is None:
            print(
                f"command: {' '.join(GENERATE)} DIR, run from a snapshot of "
                f"generator/, templates/ and models/ taken at start (fresh "
                f"interpreters, PYTHONDONTWRITEBYTECODE unset, the snapshot "
                f"byte-compiled first)",
                flush=True,
            )
            cold, warm, out = generation(args.runs, work)
            failed |= report_generation(cold, warm)
        failed |= imports(out.resolve(), boto3_python)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return finish(failed, args.strict)


if __name__ == "__main__":
    sys.exit(main())
