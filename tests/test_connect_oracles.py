"""botocore as the oracle for every Connect operation input.

For random valid parameters (tests/strategies.py, checked against botocore's
ParamValidator first), the generated class must take them, give them back unchanged
and find them valid. For mutations of them that botocore rejects (a required member
removed, a string, list or number below its minimum, a union emptied, anywhere in the
tree), the generated `validate()` must reject them too and name the broken member.
"""

from __future__ import annotations

import copy
import dataclasses
import enum
import os
import uuid
from typing import Any

import botocore.session
import pytest
from botocore.validate import ParamValidator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import botogen_connect
from strategies import params

SERVICE_MODEL = botocore.session.get_session().get_service_model("connect")
OPERATIONS_WITH_INPUT = [
    name
    for name in SERVICE_MODEL.operation_names
    if SERVICE_MODEL.operation_model(name).input_shape is not None
]

ORACLE_SETTINGS = settings(
    max_examples=int(os.environ.get("BOTOGEN_ORACLE_EXAMPLES", "20")),
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
    ],
)


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
    op = {o.wire_name: o for o in connect_ir.operations}[operation]
    assert op.input is not None
    return op.input, getattr(botogen_connect, connect_ir.shape(op.input).class_name)


def _botocore_errors(operation: str, value: dict) -> Any:
    shape = SERVICE_MODEL.operation_model(operation).input_shape
    return ParamValidator().validate(value, shape)


def test_operations_match_botocore(connect_ir: Any) -> None:
    assert len(OPERATIONS_WITH_INPUT) == 370
    assert {o.wire_name for o in connect_ir.operations} == set(
        SERVICE_MODEL.operation_names
    )
    for op in connect_ir.operations:
        botocore_input = SERVICE_MODEL.operation_model(op.wire_name).input_shape
        assert op.input == (botocore_input.name if botocore_input is not None else None)


# -- valid parameters ------------------------------------------------------------------


@pytest.mark.parametrize("operation", OPERATIONS_WITH_INPUT)
@ORACLE_SETTINGS
@given(data=st.data())
def test_valid_params(connect: _IR, operation: str, data: st.DataObject) -> None:
    connect_ir = connect.service
    wire_name, cls = _input_class(connect_ir, operation)
    p = data.draw(params(connect_ir, wire_name), label="params")

    # (a) the strategy draws what botocore accepts
    report = _botocore_errors(operation, p)
    assert not report.has_errors(), report.generate_report()

    # (b) from_value and to_value give the parameters back unchanged
    obj = cls.from_value(p)
    assert obj.to_value() == p
    _assert_plain(obj.to_value())

    # (c) the object is valid
    obj.validate()

    # the object survives a round trip through its botocore form
    assert cls.from_value(obj.to_value()) == obj

    # make, given the same members, builds an equal object: only idempotency tokens
    # the parameters left out are filled in
    made = cls.make(**{f.name: getattr(obj, f.name) for f in cls._fields}).to_value()
    expected = dict(p)
    for f in cls._fields:
        if f.idempotency_token and f.wire_name not in p:
            assert uuid.UUID(made[f.wire_name]).version == 4
            expected[f.wire_name] = made[f.wire_name]
    assert made == expected


def _assert_plain(value: Any) -> None:
    """botocore's form holds plain values: an enum as its str, not the enum member."""
    if isinstance(value, dict):
        for key, item in value.items():
            _assert_plain(key)
            _assert_plain(item)
    elif isinstance(value, list):
        for item in value:
            _assert_plain(item)
    else:
        assert not isinstance(value, enum.Enum), value


# -- invalid parameters ----------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Break:
    """One place in a valid value to break so that botocore rejects it."""

    kind: str  # required, string-min, key-min, list-min, number-min, union-empty
    steps: tuple[Any, ...]  # keys and indices from the root to the container
    key: Any  # the key or index in the container; for key-min (old key, new key)
    member: str  # the Python name of the member the broken value belongs to
    expected: str  # how the generated code's message about it starts
    new_value: Any = None  # for string-min, list-min, number-min, union-empty
    token: bool = False  # required: the member is an idempotency token

    def apply(self, value: dict) -> dict:
        bad = copy.deepcopy(value)
        container = bad
        for step in self.steps:
            container = container[step]
        if self.kind == "required":
            del container[self.key]
        elif self.kind == "key-min":
            old, new = self.key
            container[new] = container.pop(old)
        else:
            container[self.key] = self.new_value
        return bad


def _breaks(service: Any, wire_name: str, value: dict) -> list[Break]:
    """Every place in `value` (of shape `wire_name`) where one change makes it invalid
    for botocore, which checks required members, unions, and the minimum of string
    lengths, list lengths and numbers (not of maps or blobs, and no maximum or pattern).
    """
    walker = _Walker(service)
    walker.walk(wire_name, value, (), None, "", "", None)
    return walker.breaks


class _Walker:
    """Walks a value alongside the IR, collecting the places to break."""

    def __init__(self, service: Any) -> None:
        self.service = service
        self.breaks: list[Break] = []

    def walk(
        self,
        wire_name: str,
        value: Any,
        steps: tuple[Any, ...],
        key: Any,
        path: str,
        member: str,
        cut: int | None,
    ) -> None:
        """`value` is `container[key]`, `steps` lead from the root to the container
        (key is None for the root), `path` is the generated code's path of the value
        and `member` the Python name of the member it belongs to. Past an enum key of
        a map, only the path up to that key is predicted: `cut` is its length."""
        shape = self.service.shape(wire_name)
        kind = shape.kind
        here = steps if key is None else (*steps, key)

        def add(
            kind: str,
            where: tuple[Any, ...],
            at: Any,
            name: str,
            expected: str,
            **kw: Any,
        ) -> None:
            if cut is not None:
                expected = expected[:cut]
            self.breaks.append(Break(kind, where, at, name, expected, **kw))

        if kind in ("structure", "exception", "union"):
            if kind == "union" and key is not None:
                add(
                    "union-empty",
                    steps,
                    key,
                    member,
                    f"{path}: exactly one member must be set, found 0",
                    new_value={},
                )
            prefix = f"{path}." if path else ""
            for m in shape.members:
                if m.wire_name not in value:
                    continue
                m_path = prefix + m.python_name
                if m.required and kind != "union":
                    add(
                        "required",
                        here,
                        m.wire_name,
                        m.python_name,
                        f"{m_path}: is required",
                        token=m.idempotency_token,
                    )
                self.walk(
                    m.target,
                    value[m.wire_name],
                    here,
                    m.wire_name,
                    m_path,
                    m.python_name,
                    cut,
                )
        elif kind == "list":
            if shape.min and len(value) >= shape.min:
                message = (
                    f"{path}: length {shape.min - 1} is below the minimum {shape.min}"
                )
                add(
                    "list-min",
                    steps,
                    key,
                    member,
                    message,
                    new_value=list(value[: shape.min - 1]),
                )
            for i, item in enumerate(value):
                self.walk(shape.item, item, here, i, f"{path}[{i}]", member, cut)
        elif kind == "map":
            key_shape = self.service.shape(shape.key)
            for k, v in value.items():
                if (
                    key_shape.kind == "string"
                    and key_shape.min
                    and len(k) >= key_shape.min
                ):
                    short = k[: key_shape.min - 1]
                    if short not in value:
                        message = (
                            f"{path}[{short!r}] (key): length {len(short)} is below the minimum "
                            f"{key_shape.min}"
                        )
                        add("key-min", here, (k, short), member, message)
                k_path = f"{path}[{k!r}]"
                # an enum key shows as the enum member's repr (test_enum_map_key_in_error_path)
                k_cut = (
                    len(path) + 1 if key_shape.kind == "enum" and cut is None else cut
                )
                self.walk(shape.value, v, here, k, k_path, member, k_cut)
        elif kind == "string":
            if shape.min and len(value) >= shape.min:
                short = value[: shape.min - 1]
                message = (
                    f"{path}: length {len(short)} is below the minimum {shape.min}"
                )
                add("string-min", steps, key, member, message, new_value=short)
        elif kind in ("integer", "float"):
            if shape.min is not None:
                below = shape.min - 1
                message = f"{path}: {below!r} is below the minimum {shape.min!r}"
                add("number-min", steps, key, member, message, new_value=below)


def _assert_rejected(cls: type, operation: str, bad: dict, brk: Break) -> None:
    report = _botocore_errors(operation, bad)
    assert report.has_errors(), f"botocore accepts the mutation {brk}"
    obj = cls.from_value(bad)
    with pytest.raises(botogen_connect.ValidationError) as caught:
        obj.validate()
    message = str(caught.value)
    assert brk.member in message
    assert any(problem.startswith(brk.expected) for problem in caught.value.problems), (
        brk.expected,
        caught.value.problems,
    )
    # make, given the same members, rejects them too, unless all that is missing is an
    # idempotency token of the input, which make fills in (as botocore's client does)
    if brk.token and brk.steps == ():
        return
    with pytest.raises(botogen_connect.ValidationError):
        cls.make(**{f.name: getattr(obj, f.name) for f in cls._fields})


@pytest.mark.parametrize("operation", OPERATIONS_WITH_INPUT)
@ORACLE_SETTINGS
@given(data=st.data())
def test_invalid_params(connect: _IR, operation: str, data: st.DataObject) -> None:
    connect_ir = connect.service
    wire_name, cls = _input_class(connect_ir, operation)
    p = data.draw(params(connect_ir, wire_name), label="params")
    breaks = _breaks(connect_ir, wire_name, p)

    # each required member of the input removed in turn
    for brk in breaks:
        if brk.kind == "required" and brk.steps == ():
            _assert_rejected(cls, operation, brk.apply(p), brk)

    # and one break anywhere in the tree
    if breaks:
        brk = data.draw(st.sampled_from(breaks), label="break")
        _assert_rejected(cls, operation, brk.apply(p), brk)


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
