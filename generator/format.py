"""Format: source text in, black-formatted text out, remembered in a content-keyed cache.

A file whose rendered text was formatted before (by the same generator and black
versions) is taken from the cache, so regenerating an unchanged model costs no black.
The same cache also keeps whole generations, keyed by the model's bytes and a
fingerprint of the generator's code and templates, so that regenerating an unchanged
model skips every stage.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

import black

from . import __version__, workers
from .resources import MODELS, TEMPLATES

MODE = black.Mode(target_versions={black.TargetVersion.PY311})


def default_cache_dir() -> Path:
    if "BOTOGEN_CACHE_DIR" in os.environ:
        return Path(os.environ["BOTOGEN_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "botogen"


#: Cache entries unused for this long are pruned (a read counts as a use).
MAX_AGE_DAYS = 30

#: Past this size the least recently used entries are pruned: room for a few
#: generations of every service botocore ships (one is about 250 MB).
MAX_BYTES = 1 << 30

#: How often a run looks for entries to prune (a stamp file records the last time).
PRUNE_EVERY_S = 24 * 3600


class FormatCache:
    """Formatted files on disk, keyed by a hash of their source and the tool versions.

    Every entry starts with the SHA-256 of the rest, so an entry cut short or changed
    on disk (a killed write, a bad CI cache restore) is a miss, regenerated and written
    again, never served. A read touches the entry, for pruning by last use.
    """

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
        """The text stored under `key`, if it is there and intact."""
        if self.directory is None:
            return None
        path = self.directory / key[:2] / key
        try:
            data = path.read_bytes()
        except OSError:
            return None
        digest, _, body = data.partition(b"\n")
        if hashlib.sha256(body).hexdigest().encode() != digest:
            return None
        try:
            text = body.decode("utf-8")
            os.utime(path)
        except (UnicodeDecodeError, OSError):
            return None
        return text

    def put(self, key: str, text: str) -> None:
        """Store `text` under `key` (a cache that cannot be written only costs time)."""
        if self.directory is None:
            return
        folder = self.directory / key[:2]
        body = text.encode("utf-8")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=folder, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as tmp:
                tmp.write(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
            os.replace(name, folder / key)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(name)

    def prune_now_and_then(self) -> None:
        """`prune()`, if no run did it in the last day."""
        if self.directory is None:
            return
        stamp = self.directory / "PRUNED"
        try:
            if time.time() - stamp.stat().st_mtime < PRUNE_EVERY_S:
                return
        except OSError:
            pass
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            stamp.touch()
        except OSError:
            return
        with contextlib.suppress(OSError):  # a cache that cannot be pruned only grows
            self.prune()

    def prune(
        self, max_age_days: float = MAX_AGE_DAYS, max_bytes: int = MAX_BYTES
    ) -> int:
        """Remove entries unused for `max_age_days`, then the least recently used ones
        until the rest fit in `max_bytes`, and temporary files of killed writes; the
        number of files removed."""
        if self.directory is None or not self.directory.is_dir():
            return 0
        now = time.time()
        entries = []
        for folder in self.directory.iterdir():
            if len(folder.name) != 2 or not folder.is_dir():
                continue
            for path in folder.iterdir():
                try:
                    stat = path.stat()
                except OSError:
                    continue
                entries.append((stat.st_mtime, stat.st_size, path))
        stale, debris = now - max_age_days * 86400, now - 3600
        removed = total = 0
        for used, size, path in sorted(entries, reverse=True):  # last used first
            total += size
            # a .tmp file is a write in progress, or what is left of a killed one
            if (
                used < stale
                or total > max_bytes
                or (path.suffix == ".tmp" and used < debris)
            ):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed


@functools.cache
def _fingerprint() -> str:
    """A hash of everything that decides the output besides the model: the generator's
    code, its templates, the model format's schema and black's version. Read where the
    generator runs from, so it holds for an installed wheel as for a work tree."""
    digest = hashlib.sha256(f"black {black.__version__}\0{MODE!r}\0".encode())
    code = Path(__file__).resolve().parent
    parts = [(f"generator/{p.name}", p) for p in sorted(code.glob("*.py"))]
    parts += [
        (f"templates/{p.relative_to(TEMPLATES).as_posix()}", p)
        for p in sorted(TEMPLATES.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    ]
    parts.append(("schema", MODELS / "service-2.schema.json"))
    for name, path in parts:
        digest.update(name.encode() + b"\0" + path.read_bytes())
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
    with workers.pool(min(jobs, count)) as pool:
        # largest first, so that no worker is left with a big file at the end
        items = sorted(enumerate(sources), key=lambda item: -len(item[1]))
        results = pool.map(format_source, [source for _, source in items], chunksize=1)
        ordered = dict(zip((index for index, _ in items), results))
    return [ordered[index] for index in range(count)]
