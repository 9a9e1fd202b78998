"""The stages in order, for one service: load -> check -> normalize -> render -> format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import __version__, check, load, names, normalize, render
from .errors import InternalError, ModelError, pointer
from .format import FormatCache, format_files
from .ir import Service


@dataclass(frozen=True)
class Generated:
    service: str
    package: str
    shapes: int
    files: dict[str, str]


def ir(
    spec: str,
    package: str | None = None,
    models: Path = load.MODELS,
    protocol: str | None = None,
) -> Service:
    """Load, check and normalize one model: its IR (speaking `protocol`, one the model
    offers, instead of the one botocore would choose)."""
    source = load.read(spec, models)
    return _ir(source, package, protocol, _partitions(source, models))


def _partitions(source: load.Source, models: Path) -> load.Extra | None:
    """The partitions a service's endpoint rules need, if it has rules."""
    return None if source.endpoints is None else load.partitions(models)


def _ir(
    source: load.Source,
    package: str | None,
    protocol: str | None,
    partitions: load.Extra | None,
) -> Service:
    model = check.check(load.parse(source), str(source.path))
    offered = normalize.offered_protocols(model["metadata"])
    if protocol is not None and protocol not in offered:
        raise ModelError(
            str(source.path),
            pointer("metadata", "protocols"),
            f"the model offers {', '.join(offered)}, not {protocol}",
        )
    paginators = waiters = None
    if source.paginators is not None:
        paginators = check.check_paginators(
            load.parse(source.paginators), model, str(source.paginators.path)
        )
    if source.waiters is not None:
        waiters = check.check_waiters(
            load.parse(source.waiters), model, str(source.waiters.path)
        )
    endpoints = regions = None
    if source.endpoints is not None and partitions is not None:
        endpoints = check.check_endpoints(
            load.parse(source.endpoints), str(source.endpoints.path)
        )
        regions = check.check_partitions(load.parse(partitions), str(partitions.path))
    return normalize.normalize(
        model,
        source.service,
        package or names.package_name(source.service),
        paginators,
        waiters,
        protocol,
        endpoints,
        regions,
    )


def generate(
    spec: str,
    cache: FormatCache,
    package: str | None = None,
    jobs: int = 1,
    models: Path = load.MODELS,
    protocol: str | None = None,
) -> Generated:
    """Every stage but write: the formatted files of one service's package.

    An unchanged model, generated before by this same generator, comes from the cache:
    its entry holds files that compiled when they were stored, and its digest shows
    they are unchanged.
    """
    source = load.read(spec, models)
    package = package or names.package_name(source.service)
    partitions = _partitions(source, models)
    extras = [
        extra.raw
        for extra in (source.paginators, source.waiters, source.endpoints, partitions)
        if extra
    ]
    key = cache.generation_key(b"\0".join([source.raw, *extras]), package, protocol)
    cached = cache.get_generation(key)
    if cached is not None:
        return Generated(source.service, package, *cached)
    service = _ir(source, package, protocol, partitions)
    rendered = render.render(service, __version__)
    # the static modules are black-formatted in the repository (a lint test checks),
    # the others are in its layout by construction where they fit (tests check)
    static = {p for p, text in rendered.items() if not render.needs_black(p, text)}
    formatted = format_files(
        {p: text for p, text in rendered.items() if p not in static}, cache, jobs
    )
    files = compiled(
        {
            path: rendered[path] if path in static else formatted[path]
            for path in rendered
        }
    )
    cache.put_generation(key, len(service.shapes), files)
    return Generated(service.name, service.package, len(service.shapes), files)


def compiled(files: dict[str, str]) -> dict[str, str]:
    """The files, if every Python file among them compiles: the last line of defence
    against writing a broken package, whatever the cause (a generator bug, a damaged
    format cache entry)."""
    for path, text in files.items():
        if path.endswith(".py"):
            try:
                compile(text, path, "exec", dont_inherit=True)
            except (SyntaxError, ValueError, RecursionError) as error:
                raise InternalError(f"{path} does not compile: {error}") from None
    return files


def distribution(packages: list[str]) -> dict[str, str]:
    """The files that make an output folder an installable distribution."""
    return render.render_distribution(sorted(packages), __version__)
