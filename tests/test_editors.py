"""The package as editors and debuggers see it: every class listed by `dir()` and
`__all__` (still loaded lazily), source lines for the methods compiled at run time, and
documents whose JSON null survives a round trip."""

from __future__ import annotations

import inspect
import json
import linecache
import subprocess
import sys
import traceback
from typing import Any

import botocore.model
import pytest
from botocore.validate import ParamValidator

import botogen_connect
from conftest import GENERATED
from generator import load
from generator import render
from generator.ir import CLASS_KINDS
from small_models import closure, generate


def _fresh(code: str) -> str:
    """What a fresh interpreter prints, with the committed package importable."""
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=GENERATED,
    ).stdout


def test_dir_and_all_list_every_class(connect_ir: Any) -> None:
    classes = {s.class_name for s in connect_ir.shapes if s.kind in CLASS_KINDS}
    assert len(classes) == 1393
    runtime = {"Enum", "ServiceError", "Structure", "Union", "ValidationError"}
    runtime |= set(render.exports(connect_ir))  # the client, the wire's, EndpointError
    shown = json.loads(
        _fresh(
            "import json, sys, botogen_connect as c\n"
            "names = dir(c)\n"
            "loaded = [m for m in sys.modules if m.startswith('botogen_connect._shapes')]\n"
            "print(json.dumps([names, c.__all__, loaded]))"
        )
    )
    names, exported, loaded = shown
    assert set(exported) == classes | runtime
    assert set(names) >= classes | runtime
    assert loaded == []  # listing the names loads no class


def test_star_import_gives_every_class(connect_ir: Any) -> None:
    classes = {s.class_name for s in connect_ir.shapes if s.kind in CLASS_KINDS}
    names = _fresh(
        "before = set(globals())\n"
        "from botogen_connect import *\n"
        "print('\\n'.join(sorted(set(globals()) - before - {'before'})))"
    ).split()
    others = set(render.exports(connect_ir))
    assert set(names) >= classes and len(names) == len(classes) + 5 + len(others)


# -- methods compiled at run time ------------------------------------------------------


def test_traceback_shows_the_failing_line() -> None:
    cls = botogen_connect.ParticipantDetails
    try:
        cls.from_value(42)  # not a mapping: the compiled from_value fails in it
    except AttributeError:
        text = traceback.format_exc()
    else:
        pytest.fail("from_value(42) did not fail")
    assert "<botogen botogen_connect._shapes_p.ParticipantDetails>" in text
    assert "in from_value" in text
    assert "    get = value.get\n" in text


def test_debuggers_read_the_compiled_source() -> None:
    cls = botogen_connect.ParticipantDetails
    value = cls.make(display_name="Alice").to_value()
    source = inspect.getsource(cls.to_value)
    assert source.startswith("def to_value(self):")
    assert "'DisplayName'" in source
    # what a debugger shows while stepping: the line of each event, from linecache
    shown: list[str] = []

    def trace(frame, event, arg):
        if frame.f_code.co_filename.startswith("<botogen "):
            if event == "line":
                line = linecache.getline(frame.f_code.co_filename, frame.f_lineno)
                shown.append(line.strip())
            return trace
        return None

    sys.settrace(trace)
    try:
        back = cls.from_value(value)
    finally:
        sys.settrace(None)
    assert back == cls.make(display_name="Alice")
    assert shown[:3] == [
        "self = cls.__new__(cls)",
        "self._checked = False",
        "get = value.get",
    ]
    assert all(shown)


# -- documents and JSON null -----------------------------------------------------------


@pytest.fixture(scope="module")
def opensearch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    """The generated package of opensearch's index operations (their schemas are
    documents), and botocore's model of the same."""
    raw = closure(load.parse(load.read("opensearch")), "GetIndex", "CreateIndex")
    package = generate(raw, tmp_path_factory.mktemp("opensearch"), "os_docs")
    return package, botocore.model.ServiceModel(raw, "opensearch")


def _botocore_errors(service: Any, operation: str, params: dict) -> str:
    shape = service.operation_model(operation).input_shape
    return ParamValidator().validate(params, shape).generate_report()


def test_document_null_round_trips(opensearch) -> None:
    package, service = opensearch
    response = package.GetIndexResponse
    null, absent = response.from_value({"IndexSchema": None}), response.from_value({})
    assert null.to_value() == {"IndexSchema": None}
    assert absent.to_value() == {}
    assert null.index_schema is None and null != absent
    assert response.from_value(null.to_value()) == null
    null.validate()  # an explicit null is a value of a required document
    with pytest.raises(package.ValidationError, match="index_schema: is required"):
        absent.validate()
    nested = {"IndexSchema": {"mappings": None, "list": [None, 1]}}
    assert response.from_value(nested).to_value() == nested


def test_document_null_keeps_botocore_happy(opensearch) -> None:
    package, service = opensearch
    request = package.CreateIndexRequest
    base = {"DomainName": "my-domain", "IndexName": "my-index"}
    null = request.from_value({**base, "IndexSchema": None})
    null.validate()
    assert null.to_value() == {**base, "IndexSchema": None}
    assert _botocore_errors(service, "CreateIndex", null.to_value()) == ""
    absent = request.from_value(base)
    assert "Missing required parameter" in _botocore_errors(
        service, "CreateIndex", absent.to_value()
    )
    with pytest.raises(package.ValidationError):
        absent.validate()
    made = request.make(**{"domain_name": "my-domain", "index_name": "my-index",
                           "index_schema": {"settings": None}})  # fmt: skip
    assert _botocore_errors(service, "CreateIndex", made.to_value()) == ""
