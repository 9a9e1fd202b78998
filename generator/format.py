"""Format: source text in, black-formatted text out, remembered in a content-keyed cache.

A file whose rendered text was formatted before (by the same generator and black
versions) is taken from the cache, so regenerating an unchanged model costs no black.
The same cache also keeps whole generations, keyed by the model's bytes and a
fingerprint of the generator's code and templates, so that regenerating an unchanged
model skips every stage.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black

from . import __version__

MODE = black.Mode(target_versions={black.TargetVersion.PY311})


def default_cache_dir() -> Path:
    if "BOTOGEN_CACHE_DIR" in os.environ:
        return Path(os.environ["BOTOGEN_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "botogen"


class FormatCache:
    """Formatted files on disk, keyed by a hash of their source and the tool versions."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory

    @staticmethod
    def key(source: str) -> str:
        salt = f"botogen {__version__}\0black {black.__version__}\0{MODE!r}\0"
        return hashlib.sha256((salt + source).encode()).hexdigest()

    @staticmethod
    def generation_key(model: bytes, package: str, protocol: str | None = None) -> str:
        digest = hashlib.sha256(f"{_fingerprint()}\0{package}\0{protocol}\0".encode())
        digest.update(model)
        return "g" + digest.hexdigest()

    def get_generation(self, key: str) -> tuple[int, dict[str, str]] | None:
        """(shape count, files) of a generation made before, if there was one."""
        text = self.get(key)
        if text is None:
            return None
        entry = json.loads(text)
        return entry["shapes"], entry["files"]

    def put_generation(self, key: str, shapes: int, files: dict[str, str]) -> None:
        self.put(key, json.dumps({"shapes": shapes, "files": files}))

    def get(self, key: str) -> str | None:
        if self.directory is None:
            return None
        try:
            return (self.directory / key[:2] / key).read_text(encoding="utf-8")
        except OSError:
            return None

    def put(self, key: str, text: str) -> None:
        if self.directory is None:
            return
        folder = self.directory / key[:2]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=folder, delete=False, suffix=".tmp"
            ) as tmp:
                tmp.write(text)
            os.replace(tmp.name, folder / key)
        except OSError:
            pass  # a cache that cannot be written only costs time


@functools.cache
def _fingerprint() -> str:
    """A hash of everything that decides the output besides the model: the generator's
    code, its templates and black's version."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"black {black.__version__}\0{MODE!r}\0".encode())
    for folder in ("generator", "templates"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def format_source(source: str) -> str:
    return black.format_str(source, mode=MODE)


def format_files(
    files: dict[str, str], cache: FormatCache, jobs: int = 1
) -> dict[str, str]:
    """Every `.py` file formatted; other files as they are. Uses `jobs` processes."""
    out = dict(files)
    todo: dict[str, tuple[str, str]] = {}
    for path, source in files.items():
        if not path.endswith(".py"):
            continue
        key = cache.key(source)
        cached = cache.get(key)
        if cached is None:
            todo[path] = (key, source)
        else:
            out[path] = cached
    for path, text in zip(
        todo, _format_all([source for _, source in todo.values()], jobs)
    ):
        out[path] = text
        cache.put(todo[path][0], text)
    return out


#: Below this much source, starting worker processes costs more than it saves.
PARALLEL_FROM = 200_000


def _format_all(sources: list[str], jobs: int) -> list[str]:
    if jobs <= 1 or len(sources) <= 1 or sum(map(len, sources)) < PARALLEL_FROM:
        return [format_source(source) for source in sources]
    count = len(sources)
    with ProcessPoolExecutor(max_workers=min(jobs, count)) as pool:
        # largest first, so that no worker is left with a big file at the end
        items = sorted(enumerate(sources), key=lambda item: -len(item[1]))
        results = pool.map(format_source, [source for _, source in items], chunksize=1)
        ordered = dict(zip((index for index, _ in items), results))
    return [ordered[index] for index in range(count)]
