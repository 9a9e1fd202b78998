"""The format cache: an entry that is not exactly what was stored is a miss, no file
that does not compile is written whatever the cache holds, and old entries go."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from pathlib import Path

import pytest

from generator import cli
from generator.format import FormatCache
from small_models import model


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def _entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.glob("??/*") if p.suffix != ".tmp")


def _intact(entry: Path) -> bool:
    digest, _, body = entry.read_bytes().partition(b"\n")
    return hashlib.sha256(body).hexdigest().encode() == digest


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("model") / "small" / "service-2.json"
    path.parent.mkdir()
    # a type hint too long for its line: the layout engine leaves it to black, so
    # _shapes_i.py goes through the format stage and its cache
    long = "InnerWithANameLongEnoughThatTheHintNeedsBlack"
    shapes = {
        "Input": {
            "type": "structure",
            "required": ["ItemsWhoseHintIsTooLongForItsLine"],
            "members": {
                "Name": {"shape": "S"},
                "Inner": {"shape": "Inner"},
                "ItemsWhoseHintIsTooLongForItsLine": {"shape": "Items"},
            },
        },
        "Inner": {"type": "structure", "members": {"Count": {"shape": "N"}}},
        "Items": {"type": "list", "member": {"shape": long}},
        long: {"type": "structure", "members": {"Count": {"shape": "N"}}},
        "S": {"type": "string", "min": 1},
        "N": {"type": "integer"},
    }
    path.write_text(json.dumps(model(shapes)))
    return path


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory, source: Path) -> Path:
    """A cache that holds the generation of `source`."""
    folder = tmp_path_factory.mktemp("warm") / "cache"
    out = folder.parent / "out"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BOTOGEN_CACHE_DIR", str(folder))
        assert cli.main(["generate", str(source), "--out", str(out)]) == 0
    return folder


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warm: Path) -> Path:
    """This test's own copy of the warm cache."""
    folder = tmp_path / "cache"
    shutil.copytree(warm, folder)
    monkeypatch.setenv("BOTOGEN_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="module")
def reference(
    tmp_path_factory: pytest.TempPathFactory, source: Path
) -> dict[str, bytes]:
    """The files of a generation that used no cache at all."""
    out = tmp_path_factory.mktemp("reference") / "out"
    assert cli.main(["generate", str(source), "--out", str(out), "--no-cache"]) == 0
    return _snapshot(out)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: data[:-2] + b"X" + data[-1:], id="byte-changed"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: data.partition(b"\n")[2], id="no-digest"),
    ],
)
@pytest.mark.parametrize("which", ["per-file", "generation", "all"])
def test_damaged_entries_are_misses(
    tmp_path: Path, source: Path, cache: Path, reference, damage, which: str
) -> None:
    """A cut-off write or a bad CI cache restore: the run regenerates what it needs,
    writes what a run without a cache writes, and the entries are whole again."""
    out = tmp_path / "out"
    assert cli.main(["generate", str(source), "--out", str(out)]) == 0
    entries = _entries(cache)
    assert all(map(_intact, entries))
    assert {entry.name.startswith("g") for entry in entries} == {True, False}
    for entry in entries:
        generation = entry.name.startswith("g")
        if generation and which == "per-file":
            entry.unlink()  # so that the file entries are read
        elif which == "all" or generation == (which == "generation"):
            entry.write_bytes(damage(entry.read_bytes()))
    assert cli.main(["generate", str(source), "--out", str(out)]) == 0
    assert _snapshot(out) == reference
    assert all(map(_intact, _entries(cache)))


def test_no_file_that_does_not_compile_is_written(
    tmp_path: Path, source: Path, cache: Path, capsys
) -> None:
    """Whatever a cache entry holds (here: text that black would accept but Python
    does not compile, stored with a matching digest), it is not written."""
    out = tmp_path / "out"
    assert cli.main(["generate", str(source), "--out", str(out)]) == 0
    before = _snapshot(out)
    for entry in _entries(cache):
        if entry.name.startswith("g"):
            entry.unlink()  # the whole generation is remade from the file entries
        else:
            text = entry.read_bytes().partition(b"\n")[2].decode()
            if "class Input(" in text:
                broken = text.replace("class Input(", "return 1\n\n\nclass Input(", 1)
                FormatCache(cache).put(entry.name, broken)
    capsys.readouterr()
    assert cli.main(["generate", str(source), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert "internal error" in err and "botogen_small/_shapes_i.py" in err, err
    assert "'return' outside function" in err, err
    assert _snapshot(out) == before


def test_a_read_is_a_use(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path)
    cache.put("ab12", "text")
    entry = tmp_path / "ab" / "ab12"
    month_ago = time.time() - 30 * 86400
    os.utime(entry, (month_ago, month_ago))
    assert cache.get("ab12") == "text"
    assert entry.stat().st_mtime > time.time() - 60


def _aged(cache: FormatCache, key: str, days: float, size: int = 100) -> Path:
    cache.put(key, "x" * size)
    path = cache.directory / key[:2] / key
    when = time.time() - days * 86400
    os.utime(path, (when, when))
    return path


def test_prune_by_age_and_size(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path)
    old = _aged(cache, "aa01", 31)
    recent = [_aged(cache, f"b{n}00", days=n) for n in range(1, 6)]
    debris = tmp_path / "aa" / "killed.tmp"
    debris.write_text("half a write")
    os.utime(debris, (time.time() - 7200,) * 2)
    writing = tmp_path / "aa" / "writing.tmp"
    writing.write_text("a write going on")
    assert cache.prune() == 2
    assert not old.exists() and not debris.exists() and writing.exists()
    assert all(p.exists() for p in recent)
    # over the size cap: the least recently used go until the rest fit
    entry_size = recent[0].stat().st_size
    assert cache.prune(max_bytes=3 * entry_size + len("a write going on")) == 2
    assert [p.exists() for p in recent] == [True, True, True, False, False]


def test_runs_prune_once_a_day(
    tmp_path: Path, source: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert cli.main(["generate", str(source), "--out", str(out)]) == 0
    stamp = cache / "PRUNED"
    assert stamp.is_file()
    old = _aged(FormatCache(cache), "cc01", 40)
    assert cli.main(["generate", str(source), "--out", str(out)]) == 0
    assert old.exists()  # pruned less than a day ago
    os.utime(stamp, (time.time() - 2 * 86400,) * 2)
    assert cli.main(["generate", str(source), "--out", str(out)]) == 0
    assert not old.exists()
    assert all(map(_intact, _entries(cache)))
