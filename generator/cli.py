"""The command line: `botogen generate ...` and `botogen ir ...`."""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from concurrent.futures import as_completed
from dataclasses import dataclass
from pathlib import Path

from . import __version__, load, names, normalize, pipeline, workers, write
from .errors import InternalError, ModelError, one_line
from .format import FormatCache, default_cache_dir
from .ir import to_json


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="botogen",
        description="Typed Python bindings from botocore service models.",
    )
    parser.add_argument("--version", action="version", version=f"botogen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    gen = commands.add_parser(
        "generate", help="generate packages into an output folder"
    )
    gen.add_argument(
        "sources",
        nargs="*",
        metavar="SERVICE|PATH",
        help="a service name (vendored models first, then botocore's) or a "
        "service-2.json[.gz] path",
    )
    gen.add_argument("--all", action="store_true", help="every service botocore ships")
    gen.add_argument(
        "--out",
        type=Path,
        default=Path("generated"),
        help="the output folder (default: generated)",
    )
    gen.add_argument(
        "--package",
        help="the package name (one service only; default " "botogen_<service>)",
    )
    gen.add_argument(
        "--protocol",
        choices=normalize.PROTOCOLS,
        help="the protocol to speak, one the model offers (one service only; "
        "default: botocore's choice)",
    )
    gen.add_argument(
        "--check",
        action="store_true",
        help="compare with the output folder instead of writing; exit 1 on "
        "any difference",
    )
    gen.add_argument(
        "--clean",
        action="store_true",
        help="remove the packages of earlier runs that this run does not generate "
        "(by default they are kept)",
    )
    gen.add_argument("--no-cache", action="store_true", help="ignore the format cache")
    gen.add_argument(
        "--jobs", type=int, default=None, help="processes (default: all cores)"
    )

    ir = commands.add_parser("ir", help="print the intermediate representation as JSON")
    ir.add_argument("source", metavar="SERVICE|PATH")
    ir.add_argument("--protocol", choices=normalize.PROTOCOLS)

    commands.add_parser(
        "update-models",
        help="refresh the vendored models in models/ from the installed botocore",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "ir":
            print(to_json(pipeline.ir(args.source, protocol=args.protocol)))
            return 0
        if args.command == "update-models":
            for line in load.update_vendored():
                print(line)
            return 0
        return _generate(args)
    except (ModelError, FileExistsError, ValueError, write.WriteError) as error:
        print(f"botogen: error: {one_line(str(error))}", file=sys.stderr)
        return 2
    except OSError as error:  # one the stages did not expect: still one line
        where = f"{error.filename}: " if error.filename is not None else ""
        print(
            f"botogen: error: {one_line(where + str(error.strerror or error))}",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        print("botogen: interrupted", file=sys.stderr)
        return 130


@dataclass(frozen=True)
class _Outcome:
    """What one service's generation came to: small enough to send between processes."""

    spec: str
    package: str = ""
    shapes: int = 0
    paths: tuple[str, ...] = ()
    differences: tuple[str, ...] = ()
    error: str = ""


def _one_service(
    spec: str,
    package: str | None,
    cache_dir: Path | None,
    jobs: int,
    out: Path,
    staging: Path | None,
    protocol: str | None = None,
) -> _Outcome:
    """Generate one package and put it into the staging folder, or compare it with
    `out` when there is none (--check). Bad input becomes the outcome's error."""
    try:
        result = pipeline.generate(
            spec, FormatCache(cache_dir), package, jobs, protocol=protocol
        )
    except ModelError as error:
        return _Outcome(spec, error=str(error))
    except InternalError as error:
        return _Outcome(spec, error=f"{spec}: internal error: {error}")
    except Exception as error:  # a generator bug: report it by service and go on
        where = traceback.extract_tb(error.__traceback__)[-1]
        place = f"{Path(where.filename).name}:{where.lineno}"
        return _Outcome(spec, error=f"{spec}: internal error at {place}: {error!r}")
    if staging is None:
        differences = tuple(
            write.changes(out, result.files)
            + write.unexpected(out, set(result.files), under=result.package)
        )
    else:
        write.put(staging, result.files)
        differences = ()
    paths = tuple(result.files)
    return _Outcome(spec, result.package, result.shapes, paths, differences)


def _generate(args: argparse.Namespace) -> int:
    sources = load.botocore_services() if args.all else args.sources
    if not sources:
        print(
            "botogen: error: name a service or a path, or give --all", file=sys.stderr
        )
        return 2
    for option in ("package", "protocol"):
        if getattr(args, option) and len(sources) > 1:
            print(f"botogen: error: --{option} takes one service", file=sys.stderr)
            return 2
    cache = FormatCache(None if args.no_cache else default_cache_dir())
    jobs = args.jobs or _cores()
    started = time.perf_counter()
    staging = None if args.check else write.Staging(args.out)
    try:
        outcomes = _run_all(args, sources, cache.directory, jobs, staging)
        failed = [outcome for outcome in outcomes if outcome.error]
        done = [outcome for outcome in outcomes if not outcome.error]
        for outcome in failed:
            print(f"botogen: error: {one_line(outcome.error)}", file=sys.stderr)
        generated = [outcome.package for outcome in done]
        # a broken model does not cost its package of an earlier run, even with --clean
        keep = {names.package_name(load.service_name(o.spec)) for o in failed}
        if staging is None:
            return _report_check(args, done, keep, failed)
        if len(sources) > 1 or not failed:
            packages = staging.commit(
                generated, pipeline.distribution, clean=args.clean, keep=keep
            )
    finally:
        if staging is not None:
            staging.discard()
    if failed and len(sources) == 1:
        return 2  # bad input: its one line is all there is to say
    cache.prune_now_and_then()
    seconds = time.perf_counter() - started
    files = sum(len(o.paths) for o in done)
    shapes = sum(o.shapes for o in done)
    kept = len(packages) - len(generated)
    print(
        f"botogen: {len(done)} services, {shapes} shapes, {files} files in "
        f"{seconds:.1f} s -> {args.out}"
        + (f" (and {kept} packages of earlier runs)" if kept else "")
        + (f"; {len(failed)} failed" if failed else "")
    )
    return 1 if failed else 0


def _run_all(
    args: argparse.Namespace,
    sources: list[str],
    cache_dir: Path | None,
    jobs: int,
    staging: write.Staging | None,
) -> list[_Outcome]:
    """One service in this process (black runs on all cores); several in parallel."""
    folder = None if staging is None else staging.folder
    if len(sources) == 1:
        return [
            _one_service(
                sources[0],
                args.package,
                cache_dir,
                jobs,
                args.out,
                folder,
                args.protocol,
            )
        ]
    # biggest models first, so no core is left with ec2 at the end
    order = sorted(sources, key=lambda spec: -load.find(spec).stat().st_size)
    progress = _Progress(len(order))
    outcomes = []
    with workers.pool(jobs) as pool:
        futures = [
            pool.submit(_one_service, spec, None, cache_dir, 1, args.out, folder)
            for spec in order
        ]
        for future in as_completed(futures):
            outcome = future.result()  # a WriteError stops the run
            outcomes.append(outcome)
            progress.update(outcome)
    progress.close()
    return sorted(outcomes, key=lambda outcome: outcome.spec)


def _report_check(
    args: argparse.Namespace,
    done: list[_Outcome],
    keep: set[str],
    failed: list[_Outcome],
) -> int:
    """What a write would change, as `--check` reports it."""
    out = args.out
    generated = {outcome.package for outcome in done}
    kept = {p for p in write.packages(out) - generated if not args.clean or p in keep}
    packages = sorted(generated | kept)
    distribution = pipeline.distribution(packages) if packages else {}
    problems = [line for outcome in done for line in outcome.differences]
    problems += write.differences(out, distribution, kept | generated)
    for line in sorted(set(problems)):
        print(line, file=sys.stderr)
    if problems:
        print(
            f"botogen: {out} is not up to date ({len(problems)} files)", file=sys.stderr
        )
        return 1
    return 2 if failed else 0


class _Progress:
    """Services done, shapes and time left on a terminal; nothing otherwise."""

    def __init__(self, total: int) -> None:
        self.total, self.done, self.shapes = total, 0, 0
        self.started = time.perf_counter()
        self.live = sys.stderr.isatty()

    def update(self, outcome: _Outcome) -> None:
        self.done += 1
        self.shapes += outcome.shapes
        if not self.live:
            return
        elapsed = time.perf_counter() - self.started
        left = elapsed / self.done * (self.total - self.done)
        width = 30
        filled = width * self.done // self.total
        bar = "#" * filled + "." * (width - filled)
        print(
            f"\r[{bar}] {self.done}/{self.total} services, {self.shapes} shapes, "
            f"{left:.0f} s left ",
            end="",
            file=sys.stderr,
            flush=True,
        )

    def close(self) -> None:
        if self.live:
            print(file=sys.stderr)


def _cores() -> int:
    import os

    return (
        len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count() or 1
    )
