"""Write: put a generation's files into the output folder, all or nothing.

The new tree is written beside the old one and the two are swapped, so a failed or
interrupted run leaves the previous output as it was. `differences` is the `--check`
side: what a write would change, without writing.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import tempfile
from pathlib import Path

#: The file that marks a folder as botogen's to replace.
MARKER = ".botogen"

#: What builds and tools leave in an output folder: kept across a write, never compared.
_LEFT_BY_TOOLS = ("build", "__pycache__", ".mypy_cache", ".pytest_cache")


def _left_by_tools(name: str) -> bool:
    return name in _LEFT_BY_TOOLS or name.endswith(".egg-info")


def differences(out: Path, files: dict[str, str], under: str = "") -> list[str]:
    """Lines saying which files a write would add, change or remove: in the whole
    folder, or below `under` only."""
    return changes(out, files) + unexpected(out, set(files), under)


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


def unexpected(out: Path, expected: set[str], under: str = "") -> list[str]:
    """Lines naming the files (below `under`) that a write would remove."""
    prefix = f"{under}/" if under else ""
    found = existing(out / under) if under else existing(out)
    return [
        f"not generated: {out / under / p}"
        for p in sorted(found)
        if prefix + p not in expected
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


class Staging:
    """A new output tree, built beside the old one and swapped in by `commit`.

    Files may be put into it from other processes: `folder` is all they need.
    """

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        if (
            self.out.exists()
            and any(self.out.iterdir())
            and not (self.out / MARKER).exists()
        ):
            raise FileExistsError(
                f"{self.out} is not empty and was not written by botogen ({MARKER} is "
                "missing); refusing to replace it"
            )
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.folder = Path(
            tempfile.mkdtemp(prefix=f".{self.out.name}.", dir=self.out.parent)
        )

    def keep(self, relative: str) -> None:
        """Carry a file or folder of the old output over unchanged."""
        source = self.out / relative
        if source.is_dir():
            shutil.copytree(source, self.folder / relative, dirs_exist_ok=True)
        elif source.is_file():
            put(self.folder, {relative: source.read_text(encoding="utf-8")})

    def commit(self) -> None:
        (self.folder / MARKER).write_text(
            "This folder is written by botogen; edits are lost.\n"
        )
        _carry_over_tool_files(self.out, self.folder)
        _swap(self.folder, self.out)
        self.discard()

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def put(folder: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _carry_over_tool_files(out: Path, staging: Path) -> None:
    if not out.is_dir():
        return
    for root, dirs, _ in os.walk(out):
        for name in list(dirs):
            if _left_by_tools(name):
                source = Path(root, name)
                target = staging / source.relative_to(out)
                if target.parent.is_dir():
                    shutil.copytree(source, target, symlinks=True, dirs_exist_ok=True)
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
    os.rename(old, staging)


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
