"""The command line: `botogen generate ...` and `botogen ir ...`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import __version__, load, pipeline, write
from .errors import ModelError
from .format import FormatCache, default_cache_dir
from .ir import to_json


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="botogen", description="Typed Python bindings from botocore service models."
    )
    parser.add_argument("--version", action="version", version=f"botogen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    gen = commands.add_parser("generate", help="generate packages into an output folder")
    gen.add_argument("sources", nargs="*", metavar="SERVICE|PATH",
                     help="a service name (vendored models first, then botocore's) or a "
                     "service-2.json[.gz] path")
    gen.add_argument("--all", action="store_true", help="every service botocore ships")
    gen.add_argument("--out", type=Path, default=Path("generated"),
                     help="the output folder (default: generated)")
    gen.add_argument("--package", help="the package name (one service only; default "
                     "botogen_<service>)")
    gen.add_argument("--check", action="store_true",
                     help="compare with the output folder instead of writing; exit 1 on "
                     "any difference")
    gen.add_argument("--no-cache", action="store_true", help="ignore the format cache")
    gen.add_argument("--jobs", type=int, default=None, help="processes (default: all cores)")

    ir = commands.add_parser("ir", help="print the intermediate representation as JSON")
    ir.add_argument("source", metavar="SERVICE|PATH")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "ir":
            print(to_json(pipeline.ir(args.source)))
            return 0
        return _generate(args)
    except ModelError as error:
        print(f"botogen: error: {error}", file=sys.stderr)
        return 2
    except (FileExistsError, ValueError) as error:
        print(f"botogen: error: {error}", file=sys.stderr)
        return 2


def _generate(args: argparse.Namespace) -> int:
    sources = load.botocore_services() if args.all else args.sources
    if not sources:
        print("botogen: error: name a service or a path, or give --all", file=sys.stderr)
        return 2
    if args.package and len(sources) > 1:
        print("botogen: error: --package takes one service", file=sys.stderr)
        return 2
    cache = FormatCache(None if args.no_cache else default_cache_dir())
    jobs = args.jobs or _cores()
    started = time.perf_counter()
    files: dict[str, str] = {}
    packages = []
    shapes = 0
    for spec in sources:
        result = pipeline.generate(spec, cache, args.package, jobs)
        files.update(result.files)
        packages.append(result.package)
        shapes += result.shapes
    files.update(pipeline.distribution(packages))
    if args.check:
        problems = write.differences(args.out, files)
        for line in problems:
            print(line, file=sys.stderr)
        if problems:
            print(f"botogen: {args.out} is not up to date ({len(problems)} files)", file=sys.stderr)
            return 1
        return 0
    if write.differences(args.out, files):
        write.write(args.out, files)
    seconds = time.perf_counter() - started
    print(f"botogen: {len(packages)} services, {shapes} shapes, {len(files)} files "
          f"in {seconds:.1f} s -> {args.out}")
    return 0


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
