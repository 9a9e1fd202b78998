"""One output folder, several runs: a run replaces the packages it generates and keeps
the others (pyproject.toml lists them all); `--clean` keeps none it did not generate."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli
from small_models import model

BIN = Path(sys.executable).parent


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file()
    }


def _source(folder: Path, service: str, member: str = "Name") -> Path:
    path = folder / service / "service-2.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    shapes = {
        "Input": {"type": "structure", "members": {member: {"shape": "S"}}},
        "S": {"type": "string"},
    }
    path.write_text(json.dumps(model(shapes)))
    return path


def _packages(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if (p / "__init__.py").is_file())


def _listed(out: Path) -> str:
    text = (out / "pyproject.toml").read_text()
    return text.split("packages = ", 1)[1].split("\n", 1)[0]


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOTOGEN_CACHE_DIR", str(tmp_path / "cache"))


def _generate(*args: str | Path) -> int:
    return cli.main(["generate", *map(str, args)])


def test_runs_add_packages(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sts, sqs = _source(tmp_path, "sts"), _source(tmp_path, "sqs")
    assert _generate(sts, "--out", out) == 0
    first = _snapshot(out / "botogen_sts")
    assert _generate(sqs, "--out", out) == 0
    assert _packages(out) == ["botogen_sqs", "botogen_sts"]
    assert _listed(out) == '["botogen_sqs", "botogen_sts"]'
    assert _snapshot(out / "botogen_sts") == first


def test_a_run_replaces_only_its_packages(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sts, sqs = _source(tmp_path, "sts"), _source(tmp_path, "sqs")
    assert _generate(sts, sqs, "--out", out) == 0
    kept = _snapshot(out / "botogen_sqs")
    (out / "botogen_sts" / "stale.py").write_text("left from an older generator")
    _source(tmp_path, "sts", member="Other")
    assert _generate(sts, "--out", out) == 0
    assert _snapshot(out / "botogen_sqs") == kept
    assert not (out / "botogen_sts" / "stale.py").exists()
    assert "other" in (out / "botogen_sts" / "_shapes_i.py").read_text()


def test_clean_keeps_only_what_it_generates(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sts, sqs = _source(tmp_path, "sts"), _source(tmp_path, "sqs")
    assert _generate(sts, sqs, "--out", out) == 0
    assert _generate(sqs, "--out", out, "--clean") == 0
    assert _packages(out) == ["botogen_sqs"]
    assert _listed(out) == '["botogen_sqs"]'


def test_a_package_whose_model_is_gone_goes_only_with_clean(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sts, sqs = _source(tmp_path, "sts"), _source(tmp_path, "sqs")
    assert _generate(sts, sqs, "--out", out) == 0
    sts.unlink()
    assert _generate(sqs, "--out", out) == 0
    assert _packages(out) == ["botogen_sqs", "botogen_sts"]
    assert _generate(sqs, "--out", out, "--clean") == 0
    assert _packages(out) == ["botogen_sqs"]


def test_check_follows_the_same_rules(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    sts, sqs = _source(tmp_path, "sts"), _source(tmp_path, "sqs")
    assert _generate(sts, "--out", out) == 0
    assert _generate(sqs, "--out", out) == 0
    assert _generate(sts, "--out", out, "--check") == 0
    assert _generate(sts, "--out", out, "--check", "--clean") == 1
    assert (
        f"not generated: {out / 'botogen_sqs'}/__init__.py" in capsys.readouterr().err
    )
    (out / "botogen_sts" / "extra.py").write_text("")
    assert _generate(sts, "--out", out, "--check") == 1
    assert f"not generated: {out / 'botogen_sts'}/extra.py" in capsys.readouterr().err


def test_the_folder_installs_with_every_package(tmp_path: Path) -> None:
    """pip sees the packages of both runs (pyproject.toml lists them)."""
    out = tmp_path / "out"
    assert _generate(_source(tmp_path, "sts"), "--out", out) == 0
    assert _generate(_source(tmp_path, "sqs"), "--out", out) == 0
    target = tmp_path / "site"
    subprocess.run(
        [str(BIN / "pip"), "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(out)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert {"botogen_sqs", "botogen_sts"} <= {p.name for p in target.iterdir()}
