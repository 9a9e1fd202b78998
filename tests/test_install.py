"""botogen as a distribution: a wheel built from a clean copy of the sources (directly,
and through an sdist), installed into a fresh venv with its pinned dependencies, run
from another folder, writes exactly the committed generated/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import GENERATED, ROOT
from generator import write

BIN = Path(sys.executable).parent


def _run(*args: str | Path, **kwargs) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, **kwargs
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def _clean_copy(target: Path) -> Path:
    """The files of the work tree that git would commit (tracked or not ignored), so
    that no build left-over of the work tree can end up in the wheel."""
    listed = _run(
        "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT
    ).stdout.split("\0")
    for name in listed:
        source = ROOT / name
        if name and not name.startswith("generated/") and source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The wheel `pip wheel --no-deps .` builds, and the one built from the sdist."""
    work = tmp_path_factory.mktemp("dist")
    source = _clean_copy(work / "source")
    _run(
        BIN / "pip",
        "wheel",
        "--quiet",
        "--no-deps",
        ".",
        "-w",
        work / "direct",
        cwd=source,
    )
    build_sdist = "from setuptools import build_meta; build_meta.build_sdist('sdist')"
    _run(sys.executable, "-c", build_sdist, cwd=source)
    (sdist,) = (source / "sdist").glob("botogen-*.tar.gz")
    _run(BIN / "pip", "wheel", "--quiet", "--no-deps", sdist, "-w", work / "from-sdist")
    (direct,) = (work / "direct").glob("botogen-*.whl")
    (from_sdist,) = (work / "from-sdist").glob("botogen-*.whl")
    return direct, from_sdist


def _names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return {n for n in archive.namelist() if ".dist-info/" not in n}


def test_wheel_holds_templates_and_models(wheels: tuple[Path, Path]) -> None:
    direct, from_sdist = wheels
    names = _names(direct)
    for folder, package in (
        ("templates", "generator/templates"),
        ("models", "generator/models"),
    ):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                relative = path.relative_to(ROOT / folder).as_posix()
                assert f"{package}/{relative}" in names
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in names)
    assert _names(from_sdist) == names


def test_metadata_says_which_python(wheels: tuple[Path, Path]) -> None:
    with zipfile.ZipFile(wheels[0]) as archive:
        (metadata,) = (n for n in archive.namelist() if n.endswith("METADATA"))
        text = archive.read(metadata).decode()
    assert "Requires-Python: >=3.11" in text
    assert "Classifier: Programming Language :: Python :: 3.11" in text


def test_installed_wheel_generates_connect(
    wheels: tuple[Path, Path], tmp_path: Path
) -> None:
    """In a fresh venv with exactly the pinned dependencies, from a folder that is not
    the repository, the wheel's botogen writes what generated/ holds."""
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    _run(
        BIN / "pip", "--python", python, "install", "--quiet",
        "-c", ROOT / "requirements.lock", wheels[0],
    )  # fmt: skip
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "BOTOGEN_CACHE_DIR": str(tmp_path / "cache")}
    where = _run(
        python, "-c", "from generator import resources; print(resources.TEMPLATES)",
        cwd=elsewhere, env=env,
    ).stdout.strip()  # fmt: skip
    assert Path(where).is_relative_to(venv), where
    _run(
        venv / "bin" / "botogen",
        "generate",
        "connect",
        "--out",
        "out",
        cwd=elsewhere,
        env=env,
    )
    out = elsewhere / "out"
    written, committed = write.existing(out), write.existing(GENERATED)
    assert sorted(written) == sorted(committed)
    for name, path in written.items():
        assert path.read_bytes() == committed[name].read_bytes(), name
