"""Load: a service name or a path in, the raw model dict out."""

from __future__ import annotations

import gzip
import json
import math
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ModelError
from .resources import MODELS

_API_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Source:
    """Where a model comes from, and the botocore name of its service; with the
    paginators and waiters found beside it (botocore's layout), if any."""

    service: str
    path: Path
    raw: bytes
    paginators: Extra | None = None
    waiters: Extra | None = None
    endpoints: Extra | None = None


@dataclass(frozen=True)
class Extra:
    """A file that comes with a model (paginators-1.json, waiters-2.json,
    endpoint-rule-set-1.json), or the partitions that endpoint rules choose from."""

    path: Path
    raw: bytes


#: The files beside a model that the generator reads too, by Source field.
EXTRAS = {
    "paginators": "paginators-1.json",
    "waiters": "waiters-2.json",
    "endpoints": "endpoint-rule-set-1.json",
}

#: botocore's partitions (regions, DNS suffixes), which the endpoint rules choose from.
PARTITIONS = "partitions.json"


def botocore_data() -> Path:
    import botocore

    return Path(botocore.__file__).resolve().parent / "data"


def find(name_or_path: str, models: Path = MODELS) -> Path:
    """The model file for a service name (vendored first, then botocore's), or a path."""
    path = Path(name_or_path)
    if path.suffix in (".json", ".gz") or os.sep in name_or_path:
        if not path.is_file():
            raise ModelError(str(path), "", "no such file")
        return path
    for root in (models, botocore_data()):
        found = newest_model(root / name_or_path)
        if found is not None:
            return found
    raise ModelError(
        name_or_path,
        "",
        f"no model for a service of that name in {models} or in botocore",
    )


def newest_model(service_dir: Path) -> Path | None:
    """`<service_dir>/<newest api version>/service-2.json[.gz]`, if there is one."""
    if not service_dir.is_dir():
        return None
    for version in sorted(
        (d.name for d in service_dir.iterdir() if d.is_dir()), reverse=True
    ):
        for filename in ("service-2.json", "service-2.json.gz"):
            candidate = service_dir / version / filename
            if candidate.is_file():
                return candidate
    return None


def botocore_services() -> list[str]:
    """Every service the installed botocore ships a model for."""
    data = botocore_data()
    return sorted(d.name for d in data.iterdir() if newest_model(d) is not None)


def read(name_or_path: str, models: Path = MODELS) -> Source:
    path = find(name_or_path, models)
    extras = {}
    if path.name.startswith("service-2."):
        for field, filename in EXTRAS.items():
            for candidate in (path.parent / filename, path.parent / f"{filename}.gz"):
                if candidate.is_file():
                    extras[field] = Extra(candidate, _read_bytes(candidate))
                    break
    return Source(_service_name(path, name_or_path), path, _read_bytes(path), **extras)


def _read_bytes(path: Path) -> bytes:
    raw = path.read_bytes()
    if path.suffix == ".gz":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as error:
            raise ModelError(str(path), "", f"not a gzip file: {error}") from None
    return raw


def partitions(models: Path = MODELS) -> Extra:
    """partitions.json: vendored in `models` if it is there, else botocore's."""
    for root in (models, botocore_data()):
        path = root / PARTITIONS
        if path.is_file():
            return Extra(path, _read_bytes(path))
    raise ModelError(str(models / PARTITIONS), "", "no such file, nor in botocore")


def service_name(spec: str) -> str:
    """The service a name or path stands for, without reading the model."""
    path = Path(spec)
    return _service_name(path, spec) if path.suffix in (".json", ".gz") else spec


def _service_name(path: Path, given: str) -> str:
    """botocore's layout names the service by folder: `<service>/<api version>/...`."""
    if _API_VERSION.match(path.parent.name):
        return path.parent.parent.name
    if path.name.startswith("service-2.") and path.parent.name:
        return path.parent.name
    return path.name.split(".")[0]


class Unusable:
    """A number in a model that has no Python value that means it: NaN, an infinity, a
    float beyond range, an integer too long to convert. Parsing keeps it as this
    marker, so that the schema check rejects it at its JSON pointer."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"{self.text[:20]}{'...' if len(self.text) > 20 else ''} (unusable)"


def _float(text: str) -> float | Unusable:
    value = float(text)
    return value if math.isfinite(value) else Unusable(text)


def _int(text: str) -> int | Unusable:
    try:
        return int(text)
    except ValueError:  # more digits than Python converts
        return Unusable(text)


def parse(source: Source | Extra) -> dict[str, Any]:
    """The JSON object of a model file (or of a paginators or waiters file)."""
    try:
        model = json.loads(
            source.raw, parse_float=_float, parse_int=_int, parse_constant=Unusable
        )
    except UnicodeDecodeError as error:
        raise ModelError(str(source.path), "", f"not UTF-8 text: {error}") from None
    except json.JSONDecodeError as error:
        where = f":{error.lineno}:{error.colno}"
        raise ModelError(
            str(source.path), where, f"invalid JSON: {error.msg}"
        ) from None
    if not isinstance(model, dict):
        raise ModelError(str(source.path), "#", "a model is a JSON object")
    return model


def update_vendored(models: Path = MODELS) -> list[str]:
    """Copy the newest model of every vendored service from the installed botocore,
    with its paginators and waiters."""
    import botocore

    report = []
    services = (d for d in models.iterdir() if d.is_dir() and d.name != "__pycache__")
    for service_dir in sorted(services):
        source = newest_model(botocore_data() / service_dir.name)
        if source is None:
            report.append(f"{service_dir.name}: not in botocore {botocore.__version__}")
            continue
        shutil.rmtree(service_dir)
        target = service_dir / source.parent.name
        target.mkdir(parents=True)
        for filename in ("service-2.json", *EXTRAS.values()):
            for candidate in (
                source.parent / filename,
                source.parent / f"{filename}.gz",
            ):
                if candidate.is_file():
                    (target / filename).write_bytes(_read_bytes(candidate))
                    break
        report.append(f"{service_dir.name}: {source.parent.name}")
    shutil.copyfile(botocore_data() / PARTITIONS, models / PARTITIONS)
    (models / "BOTOCORE_VERSION").write_text(botocore.__version__ + "\n")
    return report
