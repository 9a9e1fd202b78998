"""How long `botogen generate connect` takes and how much memory it needs.

Why: the issue sets budgets for the generator on this 2-core machine, black included:
a cold run (empty format cache) at most 5 s, a warm run (nothing changed, same cache,
same output folder) at most 1 s, and at most 200 MB of memory for the whole process tree
(black runs in a process pool, so the children count).

Each run starts fresh interpreters: a cold run with BOTOGEN_CACHE_DIR pointing at a new
empty folder and a new output folder, then a warm run with the same cache and output.
The generator runs from a copy of generator/, templates/ and models/ taken at start, so
an edit made meanwhile cannot invalidate the cache between a cold and a warm run.
Memory is measured two ways: the max RSS of the largest single process (wait4's rusage,
which covers the generator and every pool worker it reaped) and the peak of the whole
tree's summed RSS, sampled from /proc every 10 ms. RSS counts the pages that forked
workers share with their parent once per process, so that sum is an upper bound; the
summed PSS (which splits shared pages) is shown too, for information, sampled every
200 ms only because reading it costs about 3 ms (n/a for runs too short for 5 samples).

With --compare-builder the same figures are taken for mypy-boto3-builder generating
Connect's stubs (product boto3-services), installed into a separate temporary venv with
the boto3/botocore version of models/BOTOCORE_VERSION, so both read the same model.

    .venv/bin/python bench/generate.py [--runs N] [--compare-builder] [--strict]
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import (
    REPO,
    banner,
    child_env,
    finish,
    measure,
    snapshot,
    stats,
    verdict,
)

COLD_BUDGET_S = 5.0  # the wire and clients issues: Connect cold at most 5 s
WARM_BUDGET_S = 1.0
MEMORY_BUDGET_MB = 200.0  # MB = 10**6 bytes


def botogen_cmd(out: Path) -> list[str]:
    return [sys.executable, "-m", "generator", "generate", "connect", "--out", str(out)]


# -- mypy-boto3-builder, optional ------------------------------------------------------


def find_builder_python(given: str | None) -> str:
    """An interpreter for the builder's venv: recent builders need Python >= 3.12."""
    if given:
        return given
    candidates = [shutil.which(name) for name in ("python3.13", "python3.12")]
    candidates += sorted(
        glob.glob(os.path.expanduser("~/.pyenv/versions/3.1[2-9]*/bin/python3"))
    )
    for candidate in filter(None, candidates):
        check = subprocess.run(
            [candidate, "-c", "import sys; assert sys.version_info >= (3, 12)"],
            capture_output=True,
        )
        if check.returncode == 0:
            return candidate
    return sys.executable  # the builder then resolves to an older release


def builder_venv(folder: Path, python: str) -> Path:
    """A venv in `folder` with mypy-boto3-builder and the botocore version of models/."""
    exe = folder / "bin" / "python"
    if (
        exe.exists()
        and subprocess.run([exe, "-c", "import mypy_boto3_builder"]).returncode == 0
    ):
        return exe
    version = (REPO / "models" / "BOTOCORE_VERSION").read_text().strip()
    print(
        f"installing mypy-boto3-builder into {folder} (with {python}, boto3=={version}) ...",
        flush=True,
    )
    subprocess.run([python, "-m", "venv", str(folder)], check=True)
    pip = subprocess.run(
        [
            exe,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "mypy-boto3-builder",
            f"boto3=={version}",
            f"botocore=={version}",
        ],
        capture_output=True,
        text=True,
    )
    if pip.returncode != 0:
        sys.exit(
            f"could not install mypy-boto3-builder:\n{pip.stdout[-2000:]}{pip.stderr[-2000:]}"
        )
    return exe


def builder_cmd(exe: Path, out: Path) -> list[str]:
    return [
        str(exe),
        "-m",
        "mypy_boto3_builder",
        str(out),
        "--product",
        "boto3-services",
        "-s",
        "connect",
        "--no-smart-version",
    ]


# -- main -------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--compare-builder",
        action="store_true",
        help="also measure mypy-boto3-builder (installs it into a temp venv)",
    )
    parser.add_argument(
        "--builder-venv",
        type=Path,
        help="reuse (or create) the builder's venv here instead of a temp one",
    )
    parser.add_argument("--builder-python", help="interpreter for the builder's venv")
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 if a budget fails"
    )
    args = parser.parse_args()

    env = child_env()
    print(banner("generate.py", f"{args.runs} runs"))
    print(
        f"command: {' '.join(botogen_cmd(Path('DIR')))}, run from a snapshot of "
        f"generator/, templates/ and models/ taken at start (fresh interpreters, "
        f"PYTHONDONTWRITEBYTECODE unset, the snapshot byte-compiled first)"
    )

    work = Path(tempfile.mkdtemp(prefix="botogen-bench-gen-"))
    builder_exe = None
    try:
        src = snapshot(work / "src")
        if args.compare_builder:
            folder = args.builder_venv or work / "builder-venv"
            builder_exe = builder_venv(folder, find_builder_python(args.builder_python))
            version = subprocess.run(
                [
                    builder_exe,
                    "-c",
                    "import importlib.metadata as m; print(m.version("
                    "'mypy-boto3-builder'), m.version('botocore'))",
                ],
                capture_output=True,
                text=True,
            ).stdout.split()
            print(
                f"comparison: mypy-boto3-builder {version[0]} (botocore {version[1]}), "
                f"{' '.join(builder_cmd(builder_exe, Path('DIR')))}"
            )

        cold, warm, builder = [], [], []
        for run in range(args.runs):
            cache, out = work / f"cache{run}", work / f"out{run}"
            cold.append(
                measure(
                    botogen_cmd(out),
                    child_env(BOTOGEN_CACHE_DIR=str(cache)),
                    work / "log",
                    src,
                )
            )
            if not (out / "botogen_connect" / "__init__.py").exists():
                sys.exit(f"no package was generated into {out}")
            warm.append(
                measure(
                    botogen_cmd(out),
                    child_env(BOTOGEN_CACHE_DIR=str(cache)),
                    work / "log",
                    src,
                )
            )
            if builder_exe is not None:
                builder.append(
                    measure(
                        builder_cmd(builder_exe, work / f"builder{run}"),
                        env,
                        work / "log",
                        work,
                    )
                )
            line = (
                f"  run {run + 1}: cold {cold[-1]['seconds']:.2f} s, "
                f"warm {warm[-1]['seconds']:.2f} s"
            )
            if builder:
                line += f", builder {builder[-1]['seconds']:.2f} s"
            print(line, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(
        "\nmedian [min .. max] over runs"
        + (
            "; builder measured in the same runs"
            if builder
            else "; no comparison (--compare-builder adds one)"
        )
    )
    rows = (  # label, key, budget for cold and warm, unit
        ("wall time", "seconds", {"cold": COLD_BUDGET_S, "warm": WARM_BUDGET_S}, "s"),
        ("max RSS, largest process", "max_rss_mb", MEMORY_BUDGET_MB, "MB"),
        ("peak RSS, whole tree (sum)", "tree_rss_mb", MEMORY_BUDGET_MB, "MB"),
        ("peak PSS, whole tree (sum)", "tree_pss_mb", None, "MB"),  # for information
    )
    failed = False
    for label, key, budgets, unit in rows:
        for name, results in (("cold", cold), ("warm", warm)):
            budget = budgets[name] if isinstance(budgets, dict) else budgets
            values = [r[key] for r in results]
            if None in values:
                print(
                    f"  {label + ', ' + name:34} n/a (the run is too short to sample it)"
                )
                continue
            text = f"  {label + ', ' + name:34} {stats(values)} {unit:2}"
            if budget is not None:
                ok = verdict(statistics.median(values), budget)
                failed |= ok == "FAIL"
                text += f"  budget <= {budget:g} {unit}: {ok}"
            else:
                text += "  (no budget: shown to tell shared pages from real use)"
            if builder and None not in (b[key] for b in builder):
                other = [b[key] for b in builder]
                ratios = [b[key] / r[key] for b, r in zip(builder, results)]
                text += (
                    f"   | builder {statistics.median(other):.2f} {unit}"
                    f" (builder/botogen x{statistics.median(ratios):.2f})"
                )
            print(text)
    print(
        "  (MB = 10**6 bytes; tree RSS is sampled every 10 ms and tree PSS every 200 ms, "
        "so they may miss a short peak)"
    )
    return finish(failed, args.strict)


if __name__ == "__main__":
    sys.exit(main())
