"""Shared fixtures: the committed generated package and the Connect IR."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"

# Import the committed package from the work tree, whether or not it is installed.
sys.path.insert(0, str(GENERATED))


@pytest.fixture(scope="session")
def connect_ir():
    from generator import pipeline

    return pipeline.ir("connect")
