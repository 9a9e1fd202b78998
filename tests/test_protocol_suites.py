"""botocore's protocol compliance suites (../shared/protocol-tests, read at test time):
every suite's model generates, imports and type-checks; every input case's params
round-trip through the generated input class and serialize to the expected request;
every output case's response parses to the expected result or error. Cases on
botocore's own ignore list are left out, as botocore's runner leaves them out."""

from __future__ import annotations

import base64
import datetime
import importlib
import json
import math
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest

from conftest import ROOT
from generator import cli, names

SHARED = ROOT.parent / "shared" / "protocol-tests"
INPUT = sorted((SHARED / "input").glob("*.json")) if SHARED.is_dir() else []
OUTPUT = sorted((SHARED / "output").glob("*.json")) if SHARED.is_dir() else []
if os.environ.get("SUITES"):  # while developing: SUITES=json,rest-json
    _only = os.environ["SUITES"].split(",")
    INPUT = [f for f in INPUT if f.stem in _only]
    OUTPUT = [f for f in OUTPUT if f.stem in _only]
BIN = Path(sys.executable).parent

# CI always has shared/ beside the clone; elsewhere a clone may stand alone.
pytestmark = pytest.mark.skipif(
    not INPUT and not os.environ.get("CI"), reason=f"no protocol suites at {SHARED}"
)


def _folder(file: Path, index: int) -> str:
    """The folder of a suite's model: its name is the service's, and so the package's."""
    return f"suite_{file.parent.name}_{file.stem.replace('-', '_')}_{index}"


def _package(file: Path, index: int) -> ModuleType:
    return importlib.import_module(names.package_name(_folder(file, index)))


def _suites(file: Path) -> list[dict[str, Any]]:
    return json.loads(file.read_text())


def _model(suite: dict[str, Any]) -> dict[str, Any]:
    """A suite as a service model. For the query protocol botocore's runner wraps each
    output in `<Operation>Result`, which the suites' models leave out; so do we."""
    operations = {}
    for case in suite["cases"]:
        given = dict(case["given"])
        output = given.get("output")
        if (
            suite["metadata"]["protocol"] == "query"
            and output
            and suite["shapes"][output["shape"]].get("members")
        ):
            given["output"] = {**output, "resultWrapper": f"{given['name']}Result"}
        operations[given["name"]] = given
    return {
        "metadata": suite["metadata"],
        "operations": operations,
        "shapes": suite["shapes"],
    }


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every suite's model generated, one package each, into one folder on sys.path."""
    models = tmp_path_factory.mktemp("suites")
    out = models / "out"
    for file in INPUT + OUTPUT:
        for index, suite in enumerate(_suites(file)):
            folder = models / _folder(file, index)
            folder.mkdir()
            (folder / "service-2.json").write_text(json.dumps(_model(suite)))
    sources = sorted(str(path) for path in models.glob("*/service-2.json"))
    assert cli.main(["generate", *sources, "--out", str(out)]) == 0
    sys.path.insert(0, str(out))
    return out


def _ignored(
    direction: str, protocol: str, suite: dict[str, Any], case: dict[str, Any]
) -> bool:
    ignore = json.loads((SHARED / "protocol-tests-ignore-list.json").read_text())
    general = ignore.get("general", {}).get(direction, {})
    specific = ignore.get("protocols", {}).get(protocol, {}).get(direction, {})
    return (
        suite["description"] in general.get("suites", ())
        or case.get("id") in general.get("cases", ())
        or suite["description"] in specific.get("suites", ())
        or case.get("id") in specific.get("cases", ())
    )


def _operation(package: ModuleType, case: dict[str, Any]) -> Any:
    operations = importlib.import_module(package.__name__ + ".operations").OPERATIONS
    return operations[names.snake_case(case["given"]["name"])]


# -- parameters as typed values -----------------------------------------------------------


def _typed(rt: ModuleType, type_: Any, value: Any) -> Any:
    """A suite's loose parameter as the value the generated class holds: timestamps as
    datetimes, blobs as bytes, special floats as floats (botocore accepts the loose
    forms; the generated classes take only the typed ones)."""
    if value is None:
        return None
    if isinstance(type_, rt.Ref):
        cls = getattr(sys.modules[rt.__package__], type_.class_name)
        fields = {f.wire_name: f for f in cls._fields}
        return {
            key: _typed(rt, fields[key].type, item) if key in fields else item
            for key, item in value.items()
        }
    if isinstance(type_, rt.Timestamp):
        if isinstance(value, (int, float)):
            return datetime.datetime.fromtimestamp(value, datetime.timezone.utc)
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if isinstance(type_, rt.Blob):
        return value.encode() if isinstance(value, str) else value
    if isinstance(type_, rt.Float) and isinstance(value, str):
        return float(value)
    if isinstance(type_, rt.ListOf):
        return [_typed(rt, type_.item, item) for item in value]
    if isinstance(type_, rt.MapOf):
        return {key: _typed(rt, type_.value, item) for key, item in value.items()}
    return value


def _request_object(package: ModuleType, op: Any, params: dict[str, Any]) -> Any:
    cls = op.input_class()
    if cls is None:
        return None
    rt = package._runtime
    return cls.from_value(_typed(rt, rt.Ref(cls.__name__), params))


# -- comparing requests, as botocore's runner does -------------------------------------------


def _assert_request(
    request: Any, expected: dict[str, Any], protocol: str, op: Any, suite: dict
) -> None:
    if "method" in expected:
        assert request.method == expected["method"]
    query = request.query_string()
    assert request.path + (f"?{query}" if query else "") == expected.get("uri", "")
    body = request.body if isinstance(request.body, bytes) else request.body.read()
    if protocol == "smithy-rpc-v2-cbor" and body:
        assert _special_floats(_cbor(body)) == _special_floats(
            _cbor(base64.b64decode(expected["body"]))
        )
    elif "body" in expected:
        _assert_body(body, expected["body"].encode(), protocol)
    actual_headers = {k.lower(): v for k, v in request.headers.items()}
    expected_headers = {k.lower(): v for k, v in expected.get("headers", {}).items()}
    if protocol in ("query", "ec2") and "charset=utf-8" not in expected_headers.get(
        "content-type", ""
    ):
        expected_headers["content-type"] = (
            expected_headers.get("content-type", "") + "; charset=utf-8"
        )
    elif protocol == "rest-xml":
        expected_headers.pop("content-type", None)
    elif (
        protocol == "rest-json"
        and expected_headers.get("content-type", "application/json")
        != "application/json"
    ):
        expected_headers.pop("content-type")
    for f in op.input_class()._fields if op.input_class() else ():
        name = f.serialized.lower()
        if (
            f.location == "header"
            and name in expected_headers
            and hasattr(f.type, "item")
        ):
            expected_headers[name] = expected_headers[name].replace(", ", ",")
            if name in actual_headers:
                actual_headers[name] = actual_headers[name].replace(", ", ",")
    for name, value in expected_headers.items():
        assert actual_headers.get(name) == value, name
    for name in expected.get("forbidHeaders", ()):
        assert name.lower() not in actual_headers
    if "host" in expected:
        url = request.url(suite.get("clientEndpoint", "https://example.com"))
        assert urlsplit(url).netloc == expected["host"]


def _assert_body(actual: bytes, expected: bytes, protocol: str) -> None:
    if protocol in ("json", "rest-json"):
        try:
            assert json.loads(actual) == json.loads(expected)
            return
        except json.JSONDecodeError:
            if protocol == "json":
                raise
    elif protocol == "rest-xml":
        try:
            canonical = ET.canonicalize(actual.decode(), strip_text=True)
            assert canonical == ET.canonicalize(expected.decode(), strip_text=True)
            return
        except ET.ParseError:
            pass
    assert actual == expected


def _cbor(data: bytes) -> Any:
    from botocore.parsers import RpcV2CBORParser

    parser = RpcV2CBORParser()
    return parser.parse_data_item(parser.get_peekable_stream_from_bytes(data))


def _special_floats(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, dict):
        return {k: _special_floats(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_special_floats(v) for v in value]
    return value


# -- comparing results ----------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A parsed value as the suites write results: epoch seconds, text for bytes,
    special floats by name, documents and lists as they are."""
    if isinstance(value, datetime.datetime):
        return value.timestamp()
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode()
    if hasattr(value, "read"):
        return value.read().decode()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return _special_floats(value)


def _result(package: ModuleType, op: Any, case: dict[str, Any], protocol: str) -> Any:
    response = case["response"]
    body: Any = response.get("body", "").encode()
    if protocol == "smithy-rpc-v2-cbor":
        body = base64.b64decode(body)
    try:
        parsed = op.parse(response["status_code"], response.get("headers", {}), body)
    except package.ServiceError as error:
        fields = _plain(error.to_value())
        return {"Error": {"Code": error.code, "Message": error.message or ""}, **fields}
    if parsed is None:
        return {}
    value = parsed.to_value()
    for f in type(parsed)._fields:  # event streams: the events, read
        if f.wire_name in value and hasattr(value[f.wire_name], "__next__"):
            value[f.wire_name] = list(value[f.wire_name])
    return _plain(value)


def _expected(case: dict[str, Any]) -> Any:
    if "error" in case:
        return {
            "Error": {
                "Code": case.get("errorCode", ""),
                "Message": case.get("errorMessage", ""),
            },
            **case["error"],
        }
    return _special_floats(case["result"])


# -- the tests ------------------------------------------------------------------------------


def _run(files: list[Path], direction: str, check) -> dict[str, tuple[int, list[str]]]:
    report = {}
    for file in files:
        passed, failures = 0, []
        for index, suite in enumerate(_suites(file)):
            package = _package(file, index)
            protocol = suite["metadata"]["protocol"]
            for case in suite["cases"]:
                if _ignored(direction, file.stem, suite, case):
                    continue
                try:
                    check(package, protocol, suite, case)
                    passed += 1
                except Exception as error:  # collected, so one run reports every case
                    failures.append(
                        f"{case['id']}: {type(error).__name__}: {error}"[:400]
                    )
        report[file.stem] = (passed, failures)
    return report


def _check_input(package: ModuleType, protocol: str, suite: dict, case: dict) -> None:
    op = _operation(package, case)
    request_object = _request_object(package, op, case["params"])
    if request_object is not None:
        request_object._checked = True  # the suites test the wire, not the constraints
    request = op.serialize(request_object)
    _assert_request(request, case["serialized"], protocol, op, suite)


def _check_output(package: ModuleType, protocol: str, suite: dict, case: dict) -> None:
    op = _operation(package, case)
    actual, expected = _result(package, op, case, protocol), _expected(case)
    assert actual == expected, f"{actual!r} != {expected!r}"


def _assert_report(report: dict[str, tuple[int, list[str]]], capsys) -> None:
    with capsys.disabled():
        for stem, (passed, failures) in report.items():
            print(f"\n  {stem}: {passed} passed, {len(failures)} failed", end="")
    failures = [
        f"{stem}: {line}" for stem, (_, lines) in report.items() for line in lines
    ]
    assert not failures, "\n".join(failures)


def test_requests(generated: Path, capsys) -> None:
    """Every input case serializes to its expected request (per protocol file)."""
    _assert_report(_run(INPUT, "input", _check_input), capsys)


def test_responses(generated: Path, capsys) -> None:
    """Every output case parses to its expected result or error (per protocol file)."""
    _assert_report(_run(OUTPUT, "output", _check_output), capsys)


def test_case_params_round_trip(generated: Path) -> None:
    """The params of every input case round-trip through the generated input class."""
    checked = 0
    for file in INPUT:
        for index, suite in enumerate(_suites(file)):
            package = _package(file, index)
            for case in suite["cases"]:
                shape = case["given"].get("input", {}).get("shape")
                if shape is None:
                    continue
                cls = getattr(package, names.class_names([shape])[shape])
                params = case["params"]
                assert _same(cls.from_value(params).to_value(), params), case["id"]
                checked += 1
    assert checked > 300


def _same(a: Any, b: Any) -> bool:
    """Equality that counts NaN equal to NaN, as the suites write special floats, and a
    member set to None equal to an absent one, as the generated classes read None."""
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if isinstance(a, dict) and isinstance(b, dict):
        a = {k: v for k, v in a.items() if v is not None}
        b = {k: v for k, v in b.items() if v is not None}
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(_same, a, b))
    return a == b


def test_mypy_strict(generated: Path) -> None:
    packages = sorted(
        p.name
        for p in generated.iterdir()
        if p.is_dir() and p.name.startswith("botogen_suite_")
    )
    args = [str(BIN / "mypy"), "--strict", "--cache-dir=/dev/null"]
    for package in packages:
        args += ["-p", package]
    result = subprocess.run(args, cwd=generated, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-5000:]
