"""Write: put a generation's packages into the output folder, all or nothing.

The new tree is built in a staging folder beside the old one and the two are swapped,
so a failed or interrupted run leaves the previous output as it was. Packages of
earlier runs that this run does not generate are carried over (hard links, so it costs
little), unless the run asks for a clean folder. `differences` is the `--check` side:
what a write would change, without writing.

A staging folder is locked (flock) by the run that made it for as long as that run
lives, so the next run can tell the staging folders of dead runs (SIGKILL, a power cut)
from those of live ones, and removes only the former. Commits into one folder take
turns (a lock on its parent), so two runs at once give one run's complete result plus
the packages each carried over, never a mix.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

#: The file that marks a folder as botogen's to replace.
MARKER = ".botogen"

#: What builds and tools leave in an output folder: kept across a write, never compared.
_LEFT_BY_TOOLS = ("build", "__pycache__", ".mypy_cache", ".pytest_cache")

#: Between the output folder's name and the random part of a staging folder's name.
_STAGING = ".botogen-"


class WriteError(Exception):
    """An OS error while writing the output, said in one line: the path and the cause."""


@contextlib.contextmanager
def _writing(path: Path | str, action: str = "cannot write") -> Iterator[None]:
    """Turn an OS error into a WriteError naming the path it happened at."""
    try:
        yield
    except OSError as error:
        where = error.filename if error.filename is not None else path
        cause = error.strerror or str(error) or type(error).__name__
        raise WriteError(f"{action} {where}: {cause}") from None


def _left_by_tools(name: str) -> bool:
    return name in _LEFT_BY_TOOLS or name.endswith(".egg-info")


def packages(out: Path) -> set[str]:
    """The packages in an output folder: its folders that hold an `__init__.py`."""
    if not out.is_dir():
        return set()
    return {
        entry.name
        for entry in out.iterdir()
        if entry.is_dir()
        and not _left_by_tools(entry.name)
        and (entry / "__init__.py").is_file()
    }


def differences(
    out: Path, files: dict[str, str], kept: Iterable[str] = ()
) -> list[str]:
    """Lines saying which files a write of `files` would add, change or remove; the
    packages in `kept` would be carried over as they are."""
    return changes(out, files) + unexpected(out, set(files), kept)


def changes(out: Path, files: dict[str, str]) -> list[str]:
    """Lines naming the given files that a write would add or change."""
    lines = []
    for path, text in sorted(files.items()):
        target = out / path
        if not target.is_file():
            lines.append(f"missing: {target}")
        elif target.read_bytes() != text.encode("utf-8"):
            lines.append(f"differs: {target}")
    return lines


def unexpected(
    out: Path, expected: set[str], kept: Iterable[str] = (), under: str = ""
) -> list[str]:
    """Lines naming the files (below `under`) that a write would remove: those not
    expected, outside the packages that are carried over."""
    prefix = f"{under}/" if under else ""
    skipped = tuple(f"{name}/" for name in kept)
    found = existing(out / under) if under else existing(out)
    return [
        f"not generated: {out / under / p}"
        for p in sorted(found)
        if prefix + p not in expected and not (prefix + p).startswith(skipped)
    ]


def existing(out: Path) -> dict[str, Path]:
    """The files of an output folder by relative path, leaving out what tools added."""
    if not out.is_dir():
        return {}
    found = {}
    for root, dirs, names in os.walk(out):
        dirs[:] = [d for d in dirs if not _left_by_tools(d)]
        for name in names:
            path = Path(root, name)
            relative = path.relative_to(out).as_posix()
            if relative != MARKER and not _left_by_tools(name):
                found[relative] = path
    return found


def put(folder: Path, files: dict[str, str]) -> None:
    """Write the files below `folder` (a staging folder); WriteError if that fails."""
    for relative, text in files.items():
        path = folder / relative
        with _writing(path):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")


class Staging:
    """A new output tree, built beside the old one and swapped in by `commit`.

    Files may be put into it from other processes: `folder` is all they need. Making
    one removes the staging folders that dead runs left beside the same output.
    """

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        with _writing(self.out, "cannot read"):
            foreign = (
                self.out.exists()
                and any(self.out.iterdir())
                and not (self.out / MARKER).exists()
            )
        if foreign:
            raise FileExistsError(
                f"{self.out} is not empty and was not written by botogen ({MARKER} is "
                "missing); refusing to replace it"
            )
        with _writing(self.out.parent, "cannot create"):
            self.out.parent.mkdir(parents=True, exist_ok=True)
        remove_dead_stagings(self.out)
        self.folder, self._lock = _locked_staging(self.out)

    def commit(
        self,
        generated: Iterable[str],
        distribution: Callable[[list[str]], dict[str, str]],
        clean: bool = False,
        keep: Iterable[str] = (),
    ) -> list[str]:
        """Swap the staged tree in for the output folder; the packages it holds.

        The old output's packages that this run did not generate are carried over,
        unless `clean` (the packages in `keep` are carried over even then);
        `distribution(packages)` gives the files that list them all.
        """
        generated, keep = set(generated), set(keep)
        with _turn(self.out.parent):
            with _writing(self.out, "cannot read"):
                previous = packages(self.out)
            carried = sorted(
                name for name in previous - generated if not clean or name in keep
            )
            for name in carried:
                _link_tree(self.out / name, self.folder / name)
            every = sorted(generated | set(carried))
            put(self.folder, distribution(every) if every else {})
            put(
                self.folder,
                {MARKER: "This folder is written by botogen; edits are lost.\n"},
            )
            _carry_over_tool_files(self.out, self.folder)
            with _writing(self.out, "cannot replace"):
                _swap(self.folder, self.out)
        return every

    def discard(self) -> None:
        """Remove the staging folder (after a commit, it holds the old output)."""
        shutil.rmtree(self.folder, ignore_errors=True)
        if self._lock >= 0:
            os.close(self._lock)
            self._lock = -1


def remove_dead_stagings(out: Path) -> list[Path]:
    """Remove the staging folders beside `out` whose run is gone; the ones removed.

    A live run holds the lock of its staging folder; the lock of a dead run's folder
    is free, because the system drops a process's locks when it ends, however it ends.
    """
    removed = []
    prefix = f".{out.name}{_STAGING}"
    with _writing(out.parent, "cannot read"):
        entries = [e for e in out.parent.iterdir() if e.name.startswith(prefix)]
    for entry in entries:
        try:
            fd = os.open(entry, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        except OSError:
            continue  # removed meanwhile, or not a folder
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue  # a live run's
        try:
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
        finally:
            os.close(fd)
    return removed


def _locked_staging(out: Path) -> tuple[Path, int]:
    """A new staging folder and the descriptor that holds its lock."""
    while True:
        with _writing(out.parent, "cannot create"):
            folder = Path(
                tempfile.mkdtemp(prefix=f".{out.name}{_STAGING}", dir=out.parent)
            )
        try:
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except FileNotFoundError:
            continue  # another run took it for a dead one's before it was locked
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if os.path.samestat(os.stat(folder), os.fstat(fd)):
                return folder, fd
        except FileNotFoundError:
            pass
        os.close(fd)


@contextlib.contextmanager
def _turn(parent: Path) -> Iterator[None]:
    """One commit at a time into the folders below `parent`."""
    with _writing(parent, "cannot lock"):
        fd = os.open(parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _link_tree(source: Path, target: Path) -> None:
    """A copy of a folder made of hard links (copies where links cannot be made):
    nothing writes into a committed output, so the old and new one may share files.
    Stops at the first error, which names the path it happened at."""
    with _writing(target):
        target.mkdir()
        for root, dirs, names in os.walk(source):
            here = target / os.path.relpath(root, source)
            for name in list(dirs):
                if os.path.islink(os.path.join(root, name)):
                    dirs.remove(name)
                    names.append(name)
                else:
                    (here / name).mkdir()
            for name in names:
                from_path, to_path = os.path.join(root, name), here / name
                if os.path.islink(from_path):
                    os.symlink(os.readlink(from_path), to_path)
                else:
                    _link_or_copy(from_path, to_path)


def _link_or_copy(source: str, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise
        shutil.copy2(source, target)


def _carry_over_tool_files(out: Path, staging: Path) -> None:
    if not out.is_dir():
        return
    for root, dirs, _ in os.walk(out):
        for name in list(dirs):
            if _left_by_tools(name):
                source = Path(root, name)
                target = staging / source.relative_to(out)
                if target.parent.is_dir() and not target.exists():
                    _link_tree(source, target)
                dirs.remove(name)


def _swap(staging: Path, out: Path) -> None:
    """Exchange the two folders in one step where the system can; else rename twice."""
    if not out.exists():
        os.rename(staging, out)
        return
    if _rename_exchange(staging, out):
        return
    old = staging.with_name(staging.name + ".old")
    os.rename(out, old)
    os.rename(staging, out)
    shutil.rmtree(old, ignore_errors=True)


def _rename_exchange(a: Path, b: Path) -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(
        at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange
    )
    return result == 0
