"""What the bench scripts share, so that they measure and report the same way.

Every script prints the same banner (script, git state, cores, load) and tail (load at
the end, exit status); children run with the same environment; figures print as
median [min .. max]. The process and launch helpers serve the scripts that measure the
generator (generate.py, all_services.py) or fresh interpreters (import_time.py,
all_services.py).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MB = 1e6  # MB = 10**6 bytes
PAGE = os.sysconf("SC_PAGE_SIZE")


# -- reporting -------------------------------------------------------------------------


def banner(script: str, what: str) -> str:
    """The first line of a report: timings depend on the code and on the machine's load,
    so both are stated."""
    git = subprocess.run(
        ["git", "-C", str(REPO), "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return (
        f"bench/{script}: {what}; repo {git}; {os.cpu_count()} cores; "
        f"load average {os.getloadavg()[0]:.2f}"
    )


def finish(failed: bool, strict: bool) -> int:
    """The last line of a report and the exit status: load may have changed meanwhile,
    and a failed budget stops `make` only with --strict."""
    print(
        f"load average at the end {os.getloadavg()[0]:.2f} (other work on this machine "
        "skews every figure)"
    )
    return 1 if failed and strict else 0


def stats(values: list[float], digits: int = 2, width: int = 8) -> str:
    """median [min .. max]: the median for the verdict, the range to show the noise."""
    return (
        f"{statistics.median(values):{width}.{digits}f}  "
        f"[{min(values):.{digits}f} .. {max(values):.{digits}f}]"
    )


def verdict(value: float, budget: float, at_least: bool = False) -> str:
    """PASS or FAIL: `value` at most `budget` (a time, a size), or at least (a ratio)."""
    return "PASS" if (value >= budget if at_least else value <= budget) else "FAIL"


# -- children --------------------------------------------------------------------------


def child_env(**extra: str) -> dict[str, str]:
    """The environment for measured children: bytecode may be written and read, as in a
    real install (this environment sets PYTHONDONTWRITEBYTECODE=1)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def byte_compile(folder: Path) -> None:
    """Write the .pyc files a real install has, so no child pays for compiling."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(folder)],
        env=child_env(),
        check=True,
    )


def generate(out: Path, *services: str) -> None:
    """Generate `services` into `out` with the repository's generator (default cache):
    the scripts measure their own copy, not whatever is installed."""
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", *services, "--out", str(out)],
        cwd=REPO,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def snapshot(folder: Path) -> Path:
    """A byte-compiled copy of generator/, templates/ and models/ in `folder`, to run the
    generator from: an edit made while a script runs changes the generation cache's
    fingerprint and would turn a warm run into a cold one. The copy has the installed
    layout (templates and models inside the generator package), so the generator finds
    its data in the copy, not in the repository the editable install points at."""
    for name, target in (
        ("generator", "generator"),
        ("templates", "generator/templates"),
        ("models", "generator/models"),
    ):
        shutil.copytree(
            REPO / name, folder / target, ignore=shutil.ignore_patterns("__pycache__")
        )
    byte_compile(folder / "generator")
    return folder


# -- processes: time and memory --------------------------------------------------------


def tree(root: int) -> list[int]:
    """`root` and all its descendants, from /proc."""
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    todo.extend(int(child) for child in f.read().split())
        except (OSError, ValueError):
            pass  # the process ended while we looked
    return pids


def tree_rss(pids: list[int]) -> int:
    """Summed RSS in bytes (/proc/PID/statm: cheap, about 0.1 ms for the tree)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * PAGE
        except (OSError, ValueError, IndexError):
            pass
    return total


def tree_pss(pids: list[int]) -> int:
    """Summed PSS in bytes (/proc/PID/smaps_rollup: walks page tables, about 3 ms)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
        except (OSError, ValueError):
            pass
    return total


def measure(
    cmd: list[str], env: dict[str, str], log: Path, cwd: Path, sample: bool = True
) -> dict[str, float | None]:
    """Run `cmd`; its wall time, the max RSS of its largest process and, if `sample`, the
    sampled peak RSS/PSS of its whole tree (else None: sampling costs a little CPU).
    Fails loudly if the command fails."""
    peak = [0, 0, 0]  # tree RSS, tree PSS, PSS samples taken
    done = threading.Event()
    with open(log, "wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(
            cmd, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT
        )

        def sample_tree() -> None:
            count = 0
            while not done.is_set():
                pids = tree(proc.pid)
                peak[0] = max(peak[0], tree_rss(pids))
                if count % 20 == 10:  # PSS costs 30 times more: every 200 ms only
                    peak[1] = max(peak[1], tree_pss(pids))
                    peak[2] += 1
                count += 1
                done.wait(0.01)

        sampler = threading.Thread(target=sample_tree, daemon=True)
        if sample:
            sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        done.set()
        if sample:
            sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(
            f"failed ({proc.returncode}): {' '.join(cmd)}\n{log.read_text()[-3000:]}"
        )
    return {
        "seconds": seconds,
        "max_rss_mb": usage.ru_maxrss
        * 1024
        / MB,  # Linux: KiB; max over the process and its reaped descendants
        "tree_rss_mb": peak[0] / MB if sample else None,
        # too few samples in a short run to say anything
        "tree_pss_mb": peak[1] / MB if sample and peak[2] >= 5 else None,
    }


# -- fresh interpreters ----------------------------------------------------------------


def all_classes(package: str) -> str:
    """A statement that touches every class of every `PACKAGE._shapes_*` module (the
    suffixes are `PACKAGE._MODULES`) through the package's lazy attributes, and prints
    how many it touched."""
    return f"""\
import importlib, {package} as package
count = 0
for suffix in sorted(package._MODULES):
    module = importlib.import_module("{package}._shapes_" + suffix)
    for name, value in list(vars(module).items()):
        if isinstance(value, type) and value.__module__ == module.__name__:
            assert getattr(package, name) is value
            count += 1
print("classes", count)"""


def timed_source(statement: str) -> str:
    """`statement` wrapped so the child prints its in-process time (time is built in)."""
    return (
        "import time as _t\n_s = _t.perf_counter()\n"
        + statement
        + "\nprint('inprocess', _t.perf_counter() - _s)"
    )


def launch(
    python: str, statement: str, env: dict[str, str]
) -> tuple[float, float, str]:
    """Wall seconds of a fresh interpreter running `statement`, its in-process seconds, and
    what it printed."""
    started = time.perf_counter()
    done = subprocess.run(
        [python, "-c", timed_source(statement)],
        env=env,
        cwd=tempfile.gettempdir(),
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"failed: {python} -c {statement!r}\n{done.stderr[-3000:]}")
    inprocess = float(done.stdout.split("inprocess")[-1])
    return wall, inprocess, done.stdout


def find_boto3_python(given: str | None) -> str | None:
    """An interpreter that imports boto3, for the comparison: boto3 is not a dependency
    of the project. The first of `given` or .venv's, python3, /usr/bin/python3."""
    candidates = (
        [given]
        if given
        else [sys.executable, shutil.which("python3"), "/usr/bin/python3"]
    )
    for candidate in filter(None, candidates):
        found = subprocess.run(
            [candidate, "-c", "import sys, boto3; print(sys.executable)"],
            capture_output=True,
            text=True,
        )
        if found.returncode == 0:
            return found.stdout.strip()
    return None
