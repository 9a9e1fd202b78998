"""What type checkers see of a generated package: every public name fully typed
(pyright's `--verifytypes` at 100%), and a user's mistakes reported by mypy --strict and
pyright strict alike (the scripts in tests/user_code/).

`make test` checks the completeness of the packages in SAMPLE (Connect and one service
per wire protocol); `make test-all` that of every service botocore ships. The check is
generic: verifytypes walks every public module of the package and every type reachable
from it, and each private module (`_runtime.py`, and any other `_*.py` the package gets)
is re-exported by a public probe module written next to it, so that every public name
of those modules is checked too, whether or not the package's own modules expose it.

How to keep a package at 100% (basedpyright prints each failing symbol and why):

- Public means: a name without a leading underscore in any module of the package,
  including the private ones (`_runtime.py`, `_wire.py`, ...): a module's `__all__`,
  when it has one, lists its public names. Give a helper a leading underscore to keep
  it out.
- Annotate every parameter and the return type of every public function, method and
  property (`__init__` included: `-> None`); a default value is no annotation.
- Declare every public attribute of a public class with its type: at class level
  (`name: str`), or at its first assignment in `__init__`
  (`self.problems: tuple[str, ...] = tuple(problems)`). What verifytypes lets pass
  undeclared is narrow: in a class without `__slots__`, an attribute assigned a
  parameter as it is (`self.x = x`) or a plain literal. In a class with `__slots__`
  nothing passes undeclared, and neither does any other expression anywhere
  (`x or y`, `tuple(...)`, `[]`, a tuple assignment `self.a, self.b = a, b`): such an
  attribute is "ambiguous" (pyright infers a type, another checker may infer another).
- An override must be declared too: `__hash__ = None` is ambiguous;
  `__hash__: ClassVar[None] = None  # type: ignore[assignment]` is not. A class
  attribute set at run time (a method compiled later, a table filled by a metaclass) is
  declared in the class body with its type, e.g. `_fields: ClassVar[tuple[Field, ...]]`;
  one its subclasses set, once in the base (`_error_code: ClassVar[str] = ""`).
- A public module-level variable needs an annotation (`OPERATIONS: dict[str, Operation]
  = {...}`) unless it is assigned a plain literal.
- A generic type needs its arguments (`dict[str, Any]`, not `dict`); an explicit `Any`
  counts as known, a missing one (an unannotated `[]`, a bare `list`) does not.
- Names for annotations only are imported under `TYPE_CHECKING = False` /
  `if TYPE_CHECKING:` (the runtime never imports typing): checkers take it as true.
  Anything a checker must not see (the lazy loader `__getattr__`) goes under
  `if not TYPE_CHECKING:`, which checkers take as unreachable; a module-level
  `__getattr__` that checkers can see makes every misspelled name `Any`. Every public
  name checkers see must exist at run time too (the shapes `__init__` imports under
  TYPE_CHECKING are what `__getattr__` finds); a name only for checkers (a type alias,
  a Protocol) gets a leading underscore.
- Docstrings are reported but do not count towards the score.

A package made with other generation options (a forced wire protocol, say) is one more
entry in SAMPLE: the arguments of `botogen generate` that make it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterator

import pytest

from conftest import GENERATED
from generator import cli, load, names

BIN = Path(sys.executable).parent
USER_CODE = Path(__file__).resolve().parent / "user_code"

#: The packages `make test` checks, each named by the `botogen generate` arguments
#: that make it: Connect and one service per wire protocol botocore resolves.
SAMPLE: dict[str, list[str]] = {
    "connect": ["connect"],  # rest-json
    "dynamodb": ["dynamodb"],  # json
    "s3": ["s3"],  # rest-xml
    "sns": ["sns"],  # query
    "sts": ["sts"],  # query, and the smallest package
    "ec2": ["ec2"],  # ec2, and the largest
    # once the CLI can force a protocol:
    # "cloudwatch-cbor": ["cloudwatch", "--protocol", "smithy-rpc-v2-cbor",
    #                     "--package", "botogen_cloudwatch_cbor"],
}


def _packages(config: pytest.Config) -> dict[str, list[str]]:
    """SAMPLE, or with --all-services every service botocore ships besides."""
    if not config.getoption("--all-services"):
        return SAMPLE
    return {**{s: [s] for s in load.botocore_services()}, **SAMPLE}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "package" in metafunc.fixturenames:
        metafunc.parametrize("package", list(_packages(metafunc.config)))


def _package_name(args: list[str]) -> str:
    if "--package" in args:
        return args[args.index("--package") + 1]
    return names.package_name(load.service_name(args[0]))


def _generate(out: Path, packages: dict[str, list[str]]) -> dict[str, Path]:
    """Every package into a folder under `out`; the folder that holds each one. Those
    named by their service alone share one `botogen generate` (and its processes)."""
    plain = [args[0] for args in packages.values() if len(args) == 1]
    if plain:
        assert cli.main(["generate", *plain, "--out", str(out / "plain")]) == 0
    folders = {}
    for index, (key, args) in enumerate(packages.items()):
        folder = out / "plain" if len(args) == 1 else out / str(index)
        if len(args) > 1:
            assert cli.main(["generate", *args, "--out", str(folder)]) == 0
        folders[key] = folder
    return folders


def _write_probes(package: Path) -> None:
    """A public module re-exporting each private module (`_runtime` ->
    `probe_runtime`), so that verifytypes checks every public name in it."""
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts and any(part.startswith("_") for part in parts):
            probe = package / ("probe_" + "_".join(p.strip("_") for p in parts) + ".py")
            probe.write_text(f"from .{'.'.join(parts)} import *\n")


def _verify_types(folder: Path, package: str) -> dict[str, Any]:
    """What verifytypes says of a package: its score, its counts of exported symbols,
    and the symbols whose type is unknown or ambiguous and any errors, with the reasons
    (the first few; the whole report of a large package is megabytes)."""
    _write_probes(folder / package)
    result = subprocess.run(
        [str(BIN / "basedpyright"), "--verifytypes", package, "--outputjson"],
        capture_output=True,
        text=True,
        cwd=folder,
        # verifytypes resolves imports through the `python` it finds on PATH
        env={
            **os.environ,
            "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
            "PYTHONPATH": str(folder),
        },
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise AssertionError(result.stdout[-3000:] + result.stderr[-3000:]) from None
    completeness = report["typeCompleteness"]
    symbols = completeness["symbols"]
    problems = [
        f"{symbol['name']}: {d['message']}"
        for symbol in symbols
        if not symbol["isTypeKnown"] or symbol["isTypeAmbiguous"]
        for d in symbol["diagnostics"] or [{"message": "(no diagnostic)"}]
    ]
    errors = [d["message"] for d in report["generalDiagnostics"]] + [
        f"{symbol['name']}: {d['message']}"
        for symbol in symbols
        for d in symbol["diagnostics"]
        if d["severity"] == "error"
    ]
    return {
        "root": (completeness["packageRootDirectory"], str(folder / package)),
        "score": completeness["completenessScore"],
        "counts": completeness["exportedSymbolCounts"],
        "problems": problems[:50],
        "errors": errors[:50],
    }


@pytest.fixture(scope="session")
def verified(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Future[dict[str, Any]]]]:
    """verifytypes on each package, a few at a time, started before the tests ask."""
    packages = _packages(request.config)
    out = tmp_path_factory.mktemp("typing")
    folders = _generate(out, packages)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        yield {
            key: pool.submit(_verify_types, folders[key], _package_name(args))
            for key, args in packages.items()
        }
        pool.shutdown(cancel_futures=True)


def test_type_completeness(
    verified: dict[str, Future[dict[str, Any]]], package: str
) -> None:
    found = verified[package].result()
    print(f"{package}: {found['score']:.1%} of {found['counts']}")
    looked_at, generated = found["root"]
    assert looked_at == generated, "verifytypes found another copy of the package"
    assert found["counts"]["withKnownType"] > 0, found["errors"]
    assert found["score"] == 1, "\n".join(found["problems"])
    assert not found["errors"], "\n".join(found["errors"])


# -- a user's script -------------------------------------------------------------------

#: What each checker says of each line of mistakes.py marked `# error: <kind>`.
EXPECTED = {
    "misspelled-import": (
        'Module "botogen_connect" has no attribute "StartWebRtcContactRequest"',
        '"StartWebRtcContactRequest" is unknown import symbol',
    ),
    "argument-type": (
        'Argument "display_name" to "make" of "ParticipantDetails" has incompatible'
        ' type "int"; expected "str"',
        'Argument of type "Literal[1]" cannot be assigned to parameter "display_name"'
        ' of type "str"',
    ),
    "missing-argument": (
        'Missing named argument "display_name" for "make" of "ParticipantDetails"',
        'Argument missing for parameter "display_name"',
    ),
    "unknown-keyword": (
        'Unexpected keyword argument "name" for "make" of "ParticipantDetails"',
        'No parameter named "name"',
    ),
    "result-type": (
        'Incompatible types in assignment (expression has type "str", variable has'
        ' type "int")',
        'Type "str" is not assignable to declared type "int"',
    ),
    "result-optional": (
        'Item "None" of "str | None" has no attribute "upper"',
        '"upper" is not a known attribute of "None"',
    ),
}
CHECKERS = ["mypy", "pyright"]


def _marked_lines() -> dict[int, str]:
    """The kind of error each marked line of mistakes.py must raise, by line number."""
    lines = (USER_CODE / "mistakes.py").read_text().splitlines()
    marks = {
        n: re.search(r"# error: ([\w-]+)$", line) for n, line in enumerate(lines, 1)
    }
    return {n: m.group(1) for n, m in marks.items() if m}


def _mypy(files: list[Path], tmp_path: Path) -> list[tuple[str, int, str]]:
    result = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir=/dev/null"]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(GENERATED)},
    )
    found = re.findall(r"^(.+?):(\d+): error: (.*)$", result.stdout, re.MULTILINE)
    assert found or result.returncode == 0, result.stdout + result.stderr
    return [(Path(f).name, int(line), message) for f, line, message in found]


def _pyright(files: list[Path], tmp_path: Path) -> list[tuple[str, int, str]]:
    config = tmp_path / "pyrightconfig.json"
    config.write_text(
        json.dumps({"typeCheckingMode": "strict", "extraPaths": [str(GENERATED)]})
    )
    result = subprocess.run(
        [str(BIN / "basedpyright"), "-p", str(config), "--outputjson"]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"},
    )
    report = json.loads(result.stdout)
    assert report["summary"]["filesAnalyzed"] == len(files)
    return [
        (Path(d["file"]).name, d["range"]["start"]["line"] + 1, d["message"])
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]


@pytest.mark.parametrize("checker", CHECKERS)
def test_user_code(checker: str, tmp_path: Path) -> None:
    """mistakes.py: each marked line is reported, with the checker's own words, and no
    other line is; correct.py (builds, validates, converts, catches errors) is clean."""
    run = {"mypy": _mypy, "pyright": _pyright}[checker]
    found = run([USER_CODE / "correct.py", USER_CODE / "mistakes.py"], tmp_path)
    assert [f for f in found if f[0] == "correct.py"] == []
    marked = _marked_lines()
    assert sorted(set(marked.values())) == sorted(EXPECTED)
    by_line: dict[int, list[str]] = {}
    for _, line, message in found:
        by_line.setdefault(line, []).append(message)
    assert sorted(by_line) == sorted(marked), found
    expected = {
        n: EXPECTED[kind][CHECKERS.index(checker)] for n, kind in marked.items()
    }
    for n, text in expected.items():
        assert any(text in message for message in by_line[n]), (n, text, by_line[n])
