"""botocore's protocol compliance suites as a source of odd models: every suite's model
(timestamp formats, XML names and namespaces, flattened lists, headers, payloads, ...)
generates, imports and type-checks, and every case's parameters round-trip through the
generated input class. The suites are read from ../shared/protocol-tests, not copied."""

from __future__ import annotations

import importlib
import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from generator import cli, names

SUITES = ROOT.parent / "shared" / "protocol-tests" / "input"
FILES = sorted(SUITES.glob("*.json")) if SUITES.is_dir() else []
BIN = Path(sys.executable).parent

# CI always has shared/ beside the clone; elsewhere a clone may stand alone.
pytestmark = pytest.mark.skipif(
    not FILES and not os.environ.get("CI"), reason=f"no protocol suites at {SUITES}"
)


def _folder(file: Path, index: int) -> str:
    """The folder of a suite's model: its name is the service's, and so the package's."""
    return f"suite_{file.stem.replace('-', '_')}_{index}"


def _package(file: Path, index: int) -> str:
    return names.package_name(_folder(file, index))


def _model(suite: dict[str, Any]) -> dict[str, Any]:
    operations = {case["given"]["name"]: case["given"] for case in suite["cases"]}
    return {
        "metadata": suite["metadata"],
        "operations": operations,
        "shapes": suite["shapes"],
    }


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every suite's model generated, one package each, into one folder on sys.path."""
    models = tmp_path_factory.mktemp("suites")
    out = models / "out"
    for file in FILES:
        for index, suite in enumerate(json.loads(file.read_text())):
            folder = models / _folder(file, index)
            folder.mkdir()
            (folder / "service-2.json").write_text(json.dumps(_model(suite)))
    sources = sorted(str(path) for path in models.glob("*/service-2.json"))
    assert cli.main(["generate", *sources, "--out", str(out)]) == 0
    sys.path.insert(0, str(out))
    return out


def _same(a: Any, b: Any) -> bool:
    """Equality that counts NaN equal to NaN, as the suites write special floats, and a
    member set to None equal to an absent one, as the generated classes read None."""
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if isinstance(a, dict) and isinstance(b, dict):
        a = {k: v for k, v in a.items() if v is not None}
        b = {k: v for k, v in b.items() if v is not None}
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(_same, a, b))
    return a == b


@pytest.mark.parametrize("file", FILES, ids=[file.stem for file in FILES])
def test_case_params_round_trip(generated: Path, file: Path) -> None:
    checked = 0
    for index, suite in enumerate(json.loads(file.read_text())):
        package = importlib.import_module(_package(file, index))
        for case in suite["cases"]:
            shape = case["given"].get("input", {}).get("shape")
            if shape is None:
                continue
            cls = getattr(package, _class_name(package, shape))
            params = case["params"]
            assert _same(cls.from_value(params).to_value(), params), case["id"]
            checked += 1
    assert checked > 0 or all(
        "input" not in case["given"]
        for suite in json.loads(file.read_text())
        for case in suite["cases"]
    )


def _class_name(package: Any, wire_name: str) -> str:
    return names.class_names([wire_name])[wire_name]


def test_mypy_strict(generated: Path) -> None:
    packages = sorted(
        p.name
        for p in generated.iterdir()
        if p.is_dir() and p.name.startswith("botogen_suite_")
    )
    args = [str(BIN / "mypy"), "--strict", "--cache-dir=/dev/null"]
    for package in packages:
        args += ["-p", package]
    result = subprocess.run(args, cwd=generated, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-5000:]
