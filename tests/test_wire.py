"""Every protocol on the wire, against botocore and moto (tests/wire_oracles.py): every
Connect operation, and a fixed sample of operations of services of each protocol, with
random valid requests and responses drawn from the IR. `make test-all` (--all-services)
runs the sample of operations on every service botocore ships."""

from __future__ import annotations

import importlib
import os
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ParamValidationError
from hypothesis import given
from hypothesis import strategies as st

from generator import cli, load, names
from oracles import botocore_model, oracle_settings, service_ir
from strategies import params
from wire_oracles import (
    ModeledError,
    assert_same_request,
    assert_same_response,
    botocore_parse,
    botocore_request,
    moto_response,
    our_parse,
)

#: Services besides Connect: a sample of the JSON protocols (rest-json, json). The XML
#: protocols are tests/test_wire_xml.py's and smithy-rpc-v2-cbor tests/test_wire_cbor.py's:
#: their peers need readings of their own.
SAMPLE = [
    "lambda", "glacier", "apigateway", "iot-data", "dynamodb", "kinesis", "sqs",
    "cloudwatch", "logs", "ssm",
]  # fmt: skip
OPERATIONS_PER_SERVICE = 8
#: Operations every run covers besides the spread: the reference ones of the issue.
ALWAYS = {"dynamodb": ["PutItem", "GetItem"]}
DRAWS = int(os.environ.get("BOTOGEN_WIRE_DRAWS", "3"))


def _plain_input(ir: Any, op: Any) -> bool:
    """An input botocore's parameter form can hold: an event stream is an iterator."""
    return op.input is None or not any(
        ir.shape(m.target).event_stream for m in ir.shape(op.input).members
    )


def _plain_output(ir: Any, op: Any) -> bool:
    return op.output is None or not any(
        ir.shape(m.target).event_stream for m in ir.shape(op.output).members
    )


def _operations(service: str, every: bool = False) -> list[str]:
    ir = service_ir(service)
    usable = [
        op.name
        for op in ir.operations
        if _plain_input(ir, op) and _plain_output(ir, op)
    ]
    if every:
        return usable
    step = max(1, len(usable) // OPERATIONS_PER_SERVICE)
    spread = usable[::step][:OPERATIONS_PER_SERVICE]
    return spread + [name for name in ALWAYS.get(service, ()) if name not in spread]


def _services(config: pytest.Config) -> list[str]:
    if config.getoption("--all-services"):
        return [
            s
            for s in load.botocore_services()
            if s != "connect" and service_ir(s).protocol in ("json", "rest-json")
        ]
    return SAMPLE


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "operation" in metafunc.fixturenames:
        cases = [("connect", op) for op in _operations("connect", every=True)] + [
            (service, op)
            for service in _services(metafunc.config)
            for op in _operations(service)
        ]
        metafunc.parametrize(("service", "operation"), cases)


@pytest.fixture(scope="module")
def packages(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The services generated into a folder on sys.path (Connect is committed)."""
    out = tmp_path_factory.mktemp("wire-services") / "out"
    assert cli.main(["generate", *_services(request.config), "--out", str(out)]) == 0
    sys.path.insert(0, str(out))
    return out


def _operation(service: str, operation: str) -> tuple[Any, Any]:
    package = importlib.import_module(names.package_name(service))
    table = importlib.import_module(package.__name__ + ".operations").OPERATIONS
    return package, table[names.snake_case(operation)]


@given(data=st.data())
@oracle_settings(DRAWS)
def test_requests(
    packages: Path, service: str, operation: str, data: st.DataObject
) -> None:
    ir = service_ir(service)
    op_ir = next(op for op in ir.operations if op.name == operation)
    package, op = _operation(service, operation)
    p = data.draw(params(ir, op_ir.input), label="params") if op_ir.input else {}
    request = op.input_class().from_value(p) if op_ir.input else None
    try:
        ours = op.serialize(request)
    except package.ValidationError:
        # a host label the model's pattern lets through that is no DNS label (`\d`
        # takes any Unicode digit): botocore refuses it too
        with pytest.raises(ParamValidationError):
            botocore_request(botocore_model(service), operation, p)
        return
    # idempotency tokens: botocore's client fills them before serializing; ours are on
    # the object now
    theirs = botocore_request(
        botocore_model(service), operation, request.to_value() if request else {}
    )
    assert_same_request(ours, theirs, botocore_model(service).resolved_protocol)


@given(data=st.data())
@oracle_settings(DRAWS)
def test_responses(
    packages: Path, service: str, operation: str, data: st.DataObject
) -> None:
    ir = service_ir(service)
    op_ir = next(op for op in ir.operations if op.name == operation)
    package, op = _operation(service, operation)
    # the output, one of the operation's errors, or an error the model does not know
    choices = ["output", *op_ir.errors, UNMODELED]
    which = data.draw(st.sampled_from(choices), label="response")
    if which == "output":
        result: Any = (
            data.draw(params(ir, op_ir.output), label="output") if op_ir.output else {}
        )
    elif which == UNMODELED:
        message = data.draw(
            st.sampled_from(["", "Went wrong & <badly>"]), label="message"
        )
        result = ModeledError(UNMODELED, {"Message": message} if message else {})
    else:
        members = data.draw(params(ir, which), label="error")
        result = ModeledError(ir.shape(which).error_code or which, members)
    with warnings.catch_warnings():  # moto warns of a code the model lacks
        warnings.simplefilter("ignore", UserWarning)
        response = moto_response(service, botocore_model(service), operation, result)
    response["headers"].setdefault("x-amzn-RequestId", "req-1")
    assert_same_response(
        our_parse(op, package, response),
        botocore_parse(botocore_model(service), operation, response),
    )


UNMODELED = "SomethingUnmodeled"


def test_a_query_compatible_error_is_typed_by_its_json_code(packages: Path) -> None:
    """SQS (awsQueryCompatible) sends its old query code in `x-amzn-query-error`; the
    error's code is that one, but its class is the one the JSON `__type` names, as
    botocore finds it (by `QueryErrorCode`: SQS's error shapes carry no query code)."""
    package, op = _operation("sqs", "GetQueueUrl")
    headers = {
        "x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender",
        "x-amzn-RequestId": "req-1",
    }
    body = b'{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"gone"}'
    with pytest.raises(package.QueueDoesNotExist) as caught:
        op.parse(400, headers, body)
    error = caught.value
    assert (error.code, error.message, error.http_status, error.request_id) == (
        "AWS.SimpleQueueService.NonExistentQueue",
        "gone",
        400,
        "req-1",
    )
