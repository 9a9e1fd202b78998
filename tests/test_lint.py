"""The project's own code: black-formatted, and no unused or undefined names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

BIN = Path(sys.executable).parent
SOURCES = ["generator", "templates/static", "tests", "bench"]


def test_black() -> None:
    result = subprocess.run(
        [str(BIN / "black"), "--check", "--quiet", *SOURCES],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_ruff() -> None:
    result = subprocess.run(
        [str(BIN / "ruff"), "check", "--select", "F", *SOURCES],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
