"""The committed generated/ package: fresh, formatted, type-checked, lazy, readable."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GENERATED, ROOT

PACKAGE = GENERATED / "botogen_connect"
GOLDEN = Path(__file__).resolve().parent / "golden"
BIN = Path(sys.executable).parent


def _run(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, cwd=ROOT, **kwargs)


def test_generated_is_fresh(tmp_path: Path) -> None:
    """generated/ is exactly what `make generate` writes from models/ (the cache is not
    trusted here: an empty one makes this a cold generation)."""
    env = {**os.environ, "BOTOGEN_CACHE_DIR": str(tmp_path / "cache")}
    result = _run(
        str(BIN / "botogen"),
        "generate",
        "connect",
        "--out",
        "generated",
        "--check",
        env=env,
    )
    assert result.returncode == 0, result.stderr


def test_black_check() -> None:
    result = _run(str(BIN / "black"), "--check", "--quiet", "generated")
    assert result.returncode == 0, result.stderr


def test_mypy_strict() -> None:
    result = subprocess.run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--no-incremental",
            "--cache-dir=/dev/null",
            "-p",
            "botogen_connect",
        ],
        capture_output=True,
        text=True,
        cwd=GENERATED,
    )
    assert result.returncode == 0, result.stdout


def test_user_code_type_checks(tmp_path: Path) -> None:
    """What a user writes against the package is checked by mypy with real types."""
    user = tmp_path / "user.py"
    user.write_text(
        "from botogen_connect import ParticipantDetails, StartWebRTCContactRequest\n"
        "req = StartWebRTCContactRequest.make(contact_flow_id='f', instance_id='i',\n"
        "    participant_details=ParticipantDetails.make(display_name='A'))\n"
        "reveal_type(req)\n"
        "reveal_type(req.participant_details.display_name)\n"
        "StartWebRTCContactRequest.make(instance_id=1)\n"
    )
    result = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--cache-dir=/dev/null", str(user)],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(GENERATED)},
    )
    out = result.stdout
    assert (
        'Revealed type is "botogen_connect._shapes_st.StartWebRTCContactRequest"' in out
    )
    assert 'Revealed type is "str"' in out
    assert 'Missing named argument "contact_flow_id"' in out
    assert 'Argument "instance_id"' in out and 'incompatible type "int"' in out


def _class_source(name: str) -> str:
    import botogen_connect

    module = sys.modules[getattr(botogen_connect, name).__module__]
    source = Path(module.__file__).read_text()
    node = next(
        n
        for n in ast.parse(source).body
        if isinstance(n, ast.ClassDef) and n.name == name
    )
    return ast.get_source_segment(source, node) + "\n"


@pytest.mark.parametrize(
    "name",
    [
        "StartWebRTCContactRequest",
        "ParticipantDetails",
        "RealTimeContactAnalysisSegmentAttachments",
        "Expression",
    ],
)
def test_golden(name: str) -> None:
    """How the output reads; regenerate a golden file by deleting it and running the test."""
    golden = GOLDEN / f"{name}.py"
    if not golden.exists():
        golden.write_text(_class_source(name))
        pytest.fail(f"wrote {golden}; read it, then commit it")
    assert _class_source(name) == golden.read_text()


def test_import_is_lazy() -> None:
    code = (
        "import sys\n"
        "from botogen_connect import StartWebRTCContactRequest\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('botogen_connect.'))\n"
        "print(loaded)\n"
        "print('typing' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(GENERATED)},
    )
    assert result.stdout.splitlines() == [
        "['botogen_connect._runtime', 'botogen_connect._shapes_st']",
        "False",
    ]


def test_every_class_shape_is_exported(connect_ir) -> None:
    import botogen_connect

    kinds = {"structure", "union", "exception", "enum"}
    names = [shape.class_name for shape in connect_ir.shapes if shape.kind in kinds]
    assert len(names) == 1393
    for name in names:
        assert getattr(botogen_connect, name).__name__ == name
    with pytest.raises(AttributeError):
        botogen_connect.NoSuchShape


def test_connect_facts(connect_ir) -> None:
    from generator import normalize

    raw = normalize.reference_cycles(
        __import__("json").loads(
            (ROOT / "models/connect/2017-08-08/service-2.json").read_text()
        )["shapes"]
    )
    assert len(raw) == 26
    assert sum(shape.kind == "union" for shape in connect_ir.shapes) == 20
    assert len(connect_ir.operations) == 370
