"""Every service botocore ships: each package generates, imports, type-checks and takes
random valid parameters of its operations the way botocore does.

`make test` runs this on the sample in conftest.SAMPLE; `make test-all` on all services.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import os
import subprocess
import sys

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import selected_services
from generator import names
from oracles import (
    botocore_model,
    breaks,
    check_path,
    check_rejected,
    check_valid,
    oracle_settings,
    service_ir,
)
from strategies import params, values

BIN = Path(sys.executable).parent
OPERATIONS_PER_SERVICE = 5
DRAWS = int(os.environ.get("BOTOGEN_SERVICE_DRAWS", "3"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    services = selected_services(metafunc.config)
    if "service" in metafunc.fixturenames and "operation" in metafunc.fixturenames:
        pairs = [(s, op) for s in services for op in _operations(s)]
        metafunc.parametrize(("service", "operation"), pairs)
    elif "service" in metafunc.fixturenames:
        metafunc.parametrize("service", services)


def _operations(service: str) -> list[str]:
    """Up to five operations spread over the sorted list, with an input that botocore's
    parameter form can hold: an input event stream is an iterator, not a value to compare.
    """
    ir = service_ir(service)
    usable = [
        op.name
        for op in ir.operations
        if op.input is not None
        and not any(ir.shape(m.target).event_stream for m in ir.shape(op.input).members)
    ]
    step = max(1, len(usable) // OPERATIONS_PER_SERVICE)
    return usable[::step][:OPERATIONS_PER_SERVICE]


def _package(service: str) -> Any:
    return importlib.import_module(names.package_name(service))


def test_every_class_imports(generated: Path, service: str) -> None:
    package = _package(service)
    kinds = {"structure", "union", "exception", "enum"}
    for shape in service_ir(service).shapes:
        if shape.kind in kinds:
            cls = getattr(package, shape.class_name)
            assert cls.__name__ == shape.class_name
    operations = importlib.import_module(package.__name__ + ".operations").OPERATIONS
    assert {op.name for op in operations.values()} == {
        op.name for op in service_ir(service).operations
    }


def test_modules_are_as_black_writes_them(generated: Path, service: str) -> None:
    """Every generated module is what black would make of it: the layout engine writes
    black's layout, and black breaks only the lines the engine could not fit."""
    from generator.format import format_source
    from generator.render import STATIC_FILES

    for path in sorted((generated / names.package_name(service)).glob("*.py")):
        text = path.read_text()
        if path.name not in STATIC_FILES:
            black = format_source(text)
            diff = difflib.unified_diff(text.splitlines(), black.splitlines(), n=1)
            assert black == text, f"black changes {path.name}:\n" + "\n".join(diff)


def test_mypy_strict(generated: Path, request: pytest.FixtureRequest) -> None:
    packages = [names.package_name(s) for s in selected_services(request.config)]
    args = [str(BIN / "mypy"), "--strict", "--cache-dir=/dev/null"]
    for package in packages:
        args += ["-p", package]
    result = subprocess.run(args, cwd=generated, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-5000:]


@given(data=st.data())
@oracle_settings(DRAWS)
def test_operation_params(
    generated: Path, service: str, operation: str, data: st.DataObject
) -> None:
    """Random valid parameters survive from_value -> to_value, validate, and pass make
    and botocore's ParamValidator; a mutation botocore rejects, validate rejects too."""
    ir = service_ir(service)
    wire_name = next(op.input for op in ir.operations if op.name == operation)
    package = _package(service)
    cls = getattr(package, ir.shape(wire_name).class_name)
    p = data.draw(params(ir, wire_name), label="params")
    check_valid(botocore_model(service), operation, cls, p)
    places = breaks(ir, wire_name, p)
    if places:
        brk = data.draw(st.sampled_from(places), label="break")
        check_rejected(
            botocore_model(service), operation, cls, package, brk.apply(p), brk
        )


def _path_cases(service: str) -> list[tuple[str, list[str]]]:
    """(output shape, expressions over it) for every paginator and waiter: tokens,
    more_results, result keys, non-aggregate keys and acceptor arguments."""
    ir = service_ir(service)
    outputs = {op.name: op.output for op in ir.operations}
    cases: dict[str, list[str]] = {}
    for p in ir.paginators:
        found = [*p.output_tokens, *p.result_key_paths, *p.non_aggregate_keys]
        found += [p.more_results] if p.more_results else []
        cases.setdefault(outputs[p.operation], []).extend(path.expression for path in found)  # type: ignore[arg-type]
    for w in ir.waiters:
        for a in w.acceptors:
            if a.argument is not None:
                cases.setdefault(outputs[w.operation], []).append(a.argument.expression)  # type: ignore[arg-type]
    return [(output, sorted(set(exprs))) for output, exprs in sorted(cases.items())]


@functools.cache
def _pruned(service: str) -> Any:
    """The service's IR with only the structure members that some paginator or
    waiter expression names: random outputs drawn from it hold what the expressions
    read and little else (a whole SageMaker output is slow to draw), and both sides
    of the comparison see the same value."""
    import dataclasses

    from generator import paths

    named = {
        node["value"]
        for _, expressions in _path_cases(service)
        for expression in expressions
        for node in paths._walk(paths.parse(expression))
        if node["type"] == "field"
    }
    ir = service_ir(service)
    shapes = tuple(
        (
            dataclasses.replace(
                shape, members=tuple(m for m in shape.members if m.wire_name in named)
            )
            if shape.kind in ("structure", "exception")
            else shape
        )
        for shape in ir.shapes
    )
    return dataclasses.replace(ir, shapes=shapes)


@given(data=st.data())
@oracle_settings(max(DRAWS, 10))
def test_paths_match_jmespath(
    generated: Path, service: str, data: st.DataObject
) -> None:
    """Every paginator and waiter expression of the service, compiled to Python and
    run on a typed output object, gives what the jmespath package gives on the same
    random output in botocore's form."""
    ir = service_ir(service)
    drawn = _pruned(service)
    package = _package(service)
    for output, expressions in _path_cases(service):
        value = data.draw(values(drawn, output, max_depth=3), label=output)
        for expression in expressions:
            check_path(package, ir, output, expression, value)
