"""Runs that are killed, interrupted, run at once, or meet a full disk: the output
folder always holds one complete generation, and nothing is left behind."""

from __future__ import annotations

import errno
import io
import json
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator import cli, write
from small_models import model

BIN = Path(sys.executable).parent

#: Services big enough that a cold generation keeps two workers busy for a while.
SLOW = ["ec2", "sagemaker", "glue", "quicksight"]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file()
    }


def _debris(out: Path) -> list[str]:
    """What runs left beside the output folder."""
    return sorted(
        p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")
    )


def _small(folder: Path, name: str, members: tuple[str, ...] = ("Name",)) -> Path:
    """A small model file whose service (and package) is named `name`."""
    path = folder / name / "service-2.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    shapes = {
        "Input": {
            "type": "structure",
            "members": {m: {"shape": "S"} for m in members},
        },
        "S": {"type": "string"},
    }
    path.write_text(json.dumps(model(shapes)))
    return path


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("BOTOGEN_CACHE_DIR", str(folder))
    return folder


def _botogen(
    *args: str | Path, preexec_fn: Callable[[], None] | None = None, **kwargs
) -> subprocess.Popen[str]:
    def prepare() -> None:
        # Ctrl-C as a terminal delivers it: a test run started in the background
        # (`make test &`) inherits SIGINT ignored, and Python then leaves it ignored
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        if preexec_fn is not None:
            preexec_fn()

    return subprocess.Popen(
        [str(BIN / "botogen"), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=prepare,
        **kwargs,
    )


def _children(pid: int) -> list[int]:
    found = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as f:
            found += [int(child) for child in f.read().split()]
    return found


def _alive(pid: int) -> bool:
    """Running, that is: neither gone nor a zombie waiting to be reaped."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rpartition(")")[2].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False


def _wait_for(test: Callable[[], object], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not test():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds} s for {what}")
        time.sleep(0.05)


@pytest.fixture
def busy_run(
    tmp_path: Path,
) -> Iterator[Callable[[Path], tuple[subprocess.Popen, list[int]]]]:
    """Starts `botogen generate` of big services, cold, with two workers, and waits
    until both workers run; kills whatever is left at the end."""
    started: list[tuple[subprocess.Popen, list[int]]] = []

    def start(out: Path) -> tuple[subprocess.Popen, list[int]]:
        env = {**os.environ, "BOTOGEN_CACHE_DIR": str(tmp_path / "busy-cache")}
        run = _botogen("generate", *SLOW, "--out", out, "--jobs", "2", env=env)
        workers: list[int] = []
        started.append((run, workers))

        def two_workers() -> bool:
            workers[:] = _children(run.pid)
            return len(workers) == 2

        _wait_for(two_workers, 60, "two workers")
        time.sleep(0.5)  # their initializers have run
        return run, workers

    yield start
    for run, workers in started:
        for pid in [run.pid, *workers]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        run.communicate()


def test_killed_run_is_cleaned_up(tmp_path: Path, cache: Path, busy_run) -> None:
    """SIGKILL: the workers stop too, and the next run removes the staging folder."""
    out = tmp_path / "out"
    small = _small(tmp_path, "small")
    assert cli.main(["generate", str(small), "--out", str(out)]) == 0
    before = _snapshot(out)
    run, workers = busy_run(out)
    assert len(_debris(out)) == 1
    run.kill()
    run.wait()
    _wait_for(lambda: not any(map(_alive, workers)), 5, "the workers to stop")
    assert _snapshot(out) == before
    assert len(_debris(out)) == 1
    assert cli.main(["generate", str(small), "--out", str(out)]) == 0
    assert _debris(out) == []
    assert _snapshot(out) == before


def test_interrupt(tmp_path: Path, busy_run) -> None:
    """Ctrl-C (SIGINT to the process group): a message, exit code 130, soon; the
    workers stop and nothing is left behind."""
    out = tmp_path / "out"
    run, workers = busy_run(out)
    os.killpg(run.pid, signal.SIGINT)
    _, err = run.communicate(timeout=15)
    assert run.returncode == 130, err
    assert err.strip() == "botogen: interrupted"
    _wait_for(lambda: not any(map(_alive, workers)), 5, "the workers to stop")
    assert _debris(out) == []
    assert not out.exists()


def test_live_run_keeps_its_staging_folder(tmp_path: Path, cache: Path) -> None:
    """A run's staging folder survives another run's clean-up for as long as the run
    lives (the lock is taken by this process, the clean-up runs in another)."""
    out = tmp_path / "out"
    small = _small(tmp_path, "small")
    staging = write.Staging(out)
    try:
        other = _botogen("generate", small, "--out", out)
        _, err = other.communicate(timeout=60)
        assert other.returncode == 0, err
        assert staging.folder.is_dir()
        write.put(staging.folder, {"pkg/__init__.py": ""})
        staging.commit({"pkg"}, lambda packages: {})
    finally:
        staging.discard()
    assert (out / "pkg" / "__init__.py").is_file()
    assert (out / "botogen_small" / "__init__.py").is_file()  # carried over
    assert _debris(out) == []


def test_concurrent_runs_give_one_complete_generation(
    tmp_path: Path, cache: Path
) -> None:
    """Two runs at once into one folder, three times over: runs of one package leave
    exactly one run's package; runs of two packages leave both."""
    out = tmp_path / "out"
    one = _small(tmp_path / "one", "same", ("First", "Second"))
    two = _small(tmp_path / "two", "same", ("Third",))
    other = _small(tmp_path, "other")
    expected = {}
    for name, source in (("one", one), ("two", two)):
        reference = tmp_path / f"reference-{name}"
        assert cli.main(["generate", str(source), "--out", str(reference)]) == 0
        expected[name] = _snapshot(reference / "botogen_same")
    for _ in range(3):
        runs = [_botogen("generate", s, "--out", out) for s in (one, two, other)]
        for run in runs:
            _, err = run.communicate(timeout=120)
            assert run.returncode == 0, err
        assert _snapshot(out / "botogen_same") in expected.values()
        assert (out / "botogen_other" / "__init__.py").is_file()
        pyproject = (out / "pyproject.toml").read_text()
        assert '"botogen_other", "botogen_same"' in pyproject
        assert _debris(out) == []


# -- faults while writing --------------------------------------------------------------


class _FullFile:
    """A file on a disk that fills up: half of the first write gets there."""

    def __init__(self, file: io.IOBase) -> None:
        self._file = file

    def write(self, data):
        self._file.write(data[: len(data) // 2])
        self._file.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __enter__(self):
        return self

    def __exit__(self, *_) -> None:
        self._file.close()

    def __getattr__(self, name: str):
        return getattr(self._file, name)


class _Disk:
    """Counts what a run writes below `root` (files opened for writing, folders made,
    links made) and fails the `fail_at`-th of them with ENOSPC."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root, self.count, self.fail_at = str(root), 0, 0
        real_open, real_mkdir, real_link = io.open, os.mkdir, os.link

        def _full(path) -> bool:
            if not str(path).startswith(self.root):
                return False
            self.count += 1
            return self.count == self.fail_at

        def fake_open(file, mode="r", *args, **kwargs):
            opened = real_open(file, mode, *args, **kwargs)
            if isinstance(file, (str, os.PathLike)) and "w" in mode and _full(file):
                return _FullFile(opened)
            return opened

        def fake_mkdir(path, *args, **kwargs):
            if not os.path.exists(path) and _full(path):  # else nothing is written
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
            return real_mkdir(path, *args, **kwargs)

        def fake_link(source, target, *args, **kwargs):
            if _full(target):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))
            return real_link(source, target, *args, **kwargs)

        monkeypatch.setattr(io, "open", fake_open)
        monkeypatch.setattr(os, "mkdir", fake_mkdir)
        monkeypatch.setattr(os, "link", fake_link)


def test_disk_full_at_every_write(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """The disk fills up at the first, second, ... write of a run that regenerates one
    package and carries another over: each time one line naming the path and the
    cause, exit code 2, the previous output as it was, and nothing left behind."""
    root = tmp_path / "disk"
    out = root / "out"
    first, second = _small(tmp_path, "first"), _small(tmp_path, "second")
    for source in (first, second):
        assert cli.main(["generate", str(source), "--out", str(out)]) == 0
    (out / "botogen_first" / "__pycache__").mkdir()
    (out / "botogen_first" / "__pycache__" / "x.pyc").write_bytes(b"tool output")
    before = _snapshot(out)
    changed = _small(tmp_path / "changed", "second", ("Other",))
    disk = _Disk(root, monkeypatch)
    capsys.readouterr()
    failures = 0
    while True:
        disk.count, disk.fail_at = 0, failures + 1
        code = cli.main(["generate", str(changed), "--out", str(out)])
        if disk.count < disk.fail_at:  # no write failed: the run is through
            break
        failures += 1
        err = capsys.readouterr().err.strip()
        assert code == 2, err
        assert len(err.splitlines()) == 1, err
        assert err.startswith("botogen: error: cannot ") and str(root) in err, err
        assert err.endswith(": No space left on device"), err
        assert _snapshot(out) == before
        assert _debris(out) == []
    assert code == 0
    assert failures >= 10  # staging folder, package files, links, pyproject, marker
    assert (
        _snapshot(out)["botogen_first/__init__.py"]
        == before["botogen_first/__init__.py"]
    )
    assert _snapshot(out) != before


def test_swap_fails(tmp_path: Path, cache: Path, monkeypatch, capsys) -> None:
    out = tmp_path / "out"
    small = _small(tmp_path, "small")
    assert cli.main(["generate", str(small), "--out", str(out)]) == 0
    before = _snapshot(out)

    def fail(staging: Path, target: Path) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(write, "_swap", fail)
    capsys.readouterr()
    changed = _small(tmp_path / "changed", "small", ("Other",))
    assert cli.main(["generate", str(changed), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"botogen: error: cannot replace {out}: Input/output error"
    assert _snapshot(out) == before
    assert _debris(out) == []


def test_file_size_limit(tmp_path: Path, cache: Path) -> None:
    """A real error from the kernel: with RLIMIT_FSIZE below the size of the runtime
    module, writing it fails with EFBIG."""
    out = tmp_path / "out"
    small = _small(tmp_path, "small")
    assert cli.main(["generate", str(small), "--out", str(out)]) == 0
    before = _snapshot(out)
    changed = _small(tmp_path / "changed", "small", ("Other",))

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))

    run = _botogen("generate", changed, "--out", out, "--no-cache", preexec_fn=limit)
    _, err = run.communicate(timeout=120)
    assert run.returncode == 2, err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith(f"botogen: error: cannot write {tmp_path}"), err
    assert err.strip().endswith("_runtime.py: File too large"), err
    assert _snapshot(out) == before
    assert _debris(out) == []
