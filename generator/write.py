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


def differences(out: Path, files: dict[str, str]) -> list[str]:
    """Lines saying which files a write would add, change or remove."""
    found = _existing(out)
    lines = []
    for path in sorted(set(files) | set(found)):
        if path not in found:
            lines.append(f"missing: {out / path}")
        elif path not in files:
            lines.append(f"not generated: {out / path}")
        elif found[path].read_bytes() != files[path].encode("utf-8"):
            lines.append(f"differs: {out / path}")
    return lines


def _existing(out: Path) -> dict[str, Path]:
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


def write(out: Path, files: dict[str, str]) -> None:
    """Replace `out` with exactly `files` (plus what tools left there), atomically."""
    out = out.resolve()
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise FileExistsError(
            f"{out} is not empty and was not written by botogen ({MARKER} is missing); "
            "refusing to replace it"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for relative, text in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        (staging / MARKER).write_text("This folder is written by botogen; edits are lost.\n")
        _carry_over_tool_files(out, staging)
        _swap(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


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
        staging.mkdir()  # so the caller's cleanup has something to remove
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
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return result == 0
