"""botocore as the oracle for every Connect operation input.

For random valid parameters (tests/strategies.py, checked against botocore's
ParamValidator first), the generated class must take them, give them back unchanged
and find them valid. For mutations of them that botocore rejects (a required member
removed, a string, list or number below its minimum, a union emptied, anywhere in the
tree), the generated `validate()` must reject them too and name the broken member.
"""

from __future__ import annotations

import os
import uuid
from typing import Any

import botocore.session
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import botogen_connect
from oracles import (
    botocore_errors,
    breaks,
    check_rejected,
    check_valid,
    oracle_settings,
)
from strategies import params

SERVICE_MODEL = botocore.session.get_session().get_service_model("connect")
OPERATIONS_WITH_INPUT = [
    name
    for name in SERVICE_MODEL.operation_names
    if SERVICE_MODEL.operation_model(name).input_shape is not None
]

ORACLE_SETTINGS = oracle_settings(int(os.environ.get("BOTOGEN_ORACLE_EXAMPLES", "20")))


class _IR:
    """The Connect IR with a short repr, for Hypothesis's reports of failing cases."""

    def __init__(self, service: Any) -> None:
        self.service = service

    def __repr__(self) -> str:
        return f"<IR of {self.service.name}>"


@pytest.fixture(scope="session")
def connect(connect_ir: Any) -> _IR:
    return _IR(connect_ir)


def _input_class(connect_ir: Any, operation: str) -> tuple[str, type]:
    """The wire name of the operation's input shape and its generated class."""
    op = {o.name: o for o in connect_ir.operations}[operation]
    assert op.input is not None
    return op.input, getattr(botogen_connect, connect_ir.shape(op.input).class_name)


def _botocore_errors(operation: str, value: dict) -> Any:
    return botocore_errors(SERVICE_MODEL, operation, value)


def test_operations_match_botocore(connect_ir: Any) -> None:
    assert len(OPERATIONS_WITH_INPUT) == 370
    assert {o.name for o in connect_ir.operations} == set(SERVICE_MODEL.operation_names)
    for op in connect_ir.operations:
        botocore_input = SERVICE_MODEL.operation_model(op.name).input_shape
        assert op.input == (botocore_input.name if botocore_input is not None else None)


# -- valid parameters ------------------------------------------------------------------


@pytest.mark.parametrize("operation", OPERATIONS_WITH_INPUT)
@ORACLE_SETTINGS
@given(data=st.data())
def test_valid_params(connect: _IR, operation: str, data: st.DataObject) -> None:
    connect_ir = connect.service
    wire_name, cls = _input_class(connect_ir, operation)
    p = data.draw(params(connect_ir, wire_name), label="params")

    check_valid(SERVICE_MODEL, operation, cls, p)


# -- invalid parameters ----------------------------------------------------------------


@pytest.mark.parametrize("operation", OPERATIONS_WITH_INPUT)
@ORACLE_SETTINGS
@given(data=st.data())
def test_invalid_params(connect: _IR, operation: str, data: st.DataObject) -> None:
    connect_ir = connect.service
    wire_name, cls = _input_class(connect_ir, operation)
    p = data.draw(params(connect_ir, wire_name), label="params")
    places = breaks(connect_ir, wire_name, p)

    # each required member of the input removed in turn
    for brk in places:
        if brk.kind == "required" and brk.steps == ():
            check_rejected(
                SERVICE_MODEL, operation, cls, botogen_connect, brk.apply(p), brk
            )

    # and one break anywhere in the tree
    if places:
        brk = data.draw(st.sampled_from(places), label="break")
        check_rejected(
            SERVICE_MODEL, operation, cls, botogen_connect, brk.apply(p), brk
        )


# -- the reference shape ---------------------------------------------------------------


def test_start_web_rtc_contact_make() -> None:
    from botogen_connect import ParticipantDetails, StartWebRTCContactRequest

    request = StartWebRTCContactRequest.make(
        contact_flow_id="f",
        instance_id="i",
        participant_details=ParticipantDetails.make(display_name="Alice"),
    )
    value = request.to_value()
    token = value.pop("ClientToken")
    assert value == {
        "ContactFlowId": "f",
        "InstanceId": "i",
        "ParticipantDetails": {"DisplayName": "Alice"},
    }
    assert isinstance(token, str)
    assert uuid.UUID(token).version == 4
    assert request.to_value()["ClientToken"] == token
    assert request.to_value()["ClientToken"] == token
    assert not _botocore_errors("StartWebRTCContact", request.to_value()).has_errors()


def test_start_web_rtc_contact_required_is_a_type_error() -> None:
    from botogen_connect import ParticipantDetails, StartWebRTCContactRequest

    with pytest.raises(TypeError):
        StartWebRTCContactRequest.make(  # type: ignore[call-arg]
            instance_id="i",
            participant_details=ParticipantDetails.make(display_name="Alice"),
        )


def test_participant_details_display_name_min() -> None:
    from botogen_connect import ParticipantDetails, ValidationError

    with pytest.raises(ValidationError) as caught:
        ParticipantDetails.make(display_name="")
    assert isinstance(caught.value, ValueError)
    assert "display_name" in str(caught.value)
    assert "minimum 1" in str(caught.value)


# -- generator bugs the tests above found, kept as regression tests -------------------


def test_enum_map_key_in_error_path() -> None:
    from botogen_connect import InboundRawMessage, ValidationError

    raw = InboundRawMessage.from_value(
        {
            "Subject": "s",
            "Body": "b",
            "ContentType": "text/plain",
            "Headers": {"REFERENCES": ""},
        }
    )
    with pytest.raises(ValidationError) as caught:
        raw.validate()
    assert caught.value.problems == (
        "headers['REFERENCES']: length 0 is below the minimum 1",
    )


@settings(max_examples=3, deadline=None, database=None)
@given(data=st.data())
def test_create_user_with_password(connect: _IR, data: st.DataObject) -> None:
    from botogen_connect import CreateUserRequest

    p = data.draw(params(connect.service, "CreateUserRequest"), label="params")
    p["Password"] = "Correct-Horse-7"
    assert not _botocore_errors("CreateUser", p).has_errors()
    CreateUserRequest.from_value(p).validate()


def test_sensitive_value_not_in_error() -> None:
    from botogen_connect import CreateEmailAddressRequest, ValidationError

    request = CreateEmailAddressRequest.from_value(
        {"InstanceId": "i", "EmailAddress": "secret-not-an-email"}
    )
    assert "secret" not in repr(request)
    with pytest.raises(ValidationError) as caught:
        request.validate()
    assert "email_address" in str(caught.value)
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize(
    "endpoint",
    [
        "https://connect.us-east-1.amazonaws.com",
        "https://connect.us-east-1.amazonaws.com/",
        "http://localhost:8080/base",
        "http://localhost:8080/base/",
        "https://example.com/a/b//",
    ],
)
@pytest.mark.parametrize("path", ["/", "", "/users/u1", "//double", "/trailing/"])
@pytest.mark.parametrize("host_prefix", ["", "data."])
def test_url_joins_as_botocore(endpoint: str, path: str, host_prefix: str) -> None:
    """`HttpRequest.url` puts an endpoint's base path and the request's path together
    as botocore's `_urljoin` does (the query comes after, in both)."""
    from botocore.awsrequest import _urljoin

    request = botogen_connect.HttpRequest(
        "GET", path, [("a", "1")], {}, host_prefix=host_prefix
    )
    expected = _urljoin(endpoint, path, host_prefix or None) + "?a=1"
    assert request.url(endpoint) == expected
