"""botocore as the oracle for a generated package: shared by the Connect tests and the
tests of every service.

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
import functools
import os
import uuid
from typing import Any

import botocore.session
import jmespath
import pytest
from botocore.validate import ParamValidator
from hypothesis import HealthCheck, settings
from jmespath.exceptions import JMESPathTypeError


@functools.cache
def service_ir(service: str, protocol: str | None = None) -> Any:
    """A service's IR (speaking `protocol`, if given), made once per test session."""
    from generator import pipeline

    return pipeline.ir(service, protocol=protocol)


@functools.cache
def botocore_model(service: str) -> Any:
    """botocore's own model of a service (its loader's, sdk-extras merged)."""
    return botocore.session.get_session().get_service_model(service)


def botocore_session(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch, profile: str | None = None
) -> Any:
    """A botocore session that sees `env` as its whole AWS environment."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return botocore.session.Session(profile=profile)


def oracle_settings(examples: int) -> Any:
    """Hypothesis settings for oracle tests; under CI the draws are the same every run,
    so a red build is reproducible (locally they vary, to find more)."""
    return settings(
        max_examples=examples,
        derandomize=bool(os.environ.get("CI")),
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


def botocore_errors(service_model: Any, operation: str, value: dict) -> Any:
    shape = service_model.operation_model(operation).input_shape
    return ParamValidator().validate(value, shape)


def check_valid(service_model: Any, operation: str, cls: type, p: dict) -> None:
    """Valid parameters: botocore accepts them, and the generated class takes them,
    gives them back unchanged and finds them valid."""
    # (a) the strategy draws what botocore accepts
    report = botocore_errors(service_model, operation, p)
    assert not report.has_errors(), report.generate_report()

    # (b) from_value and to_value give the parameters back unchanged
    obj = cls.from_value(p)
    assert obj.to_value() == p
    assert_plain(obj.to_value())

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


def assert_plain(value: Any) -> None:
    """botocore's form holds plain values: an enum as its str, not the enum member."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert_plain(key)
            assert_plain(item)
    elif isinstance(value, list):
        for item in value:
            assert_plain(item)
    else:
        assert not isinstance(value, enum.Enum), value


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


def breaks(service: Any, wire_name: str, value: dict) -> list[Break]:
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
                self.walk(shape.value, v, here, k, f"{path}[{k!r}]", member, cut)
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


def check_rejected(
    service_model: Any, operation: str, cls: type, package: Any, bad: dict, brk: Break
) -> None:
    """A mutation botocore rejects: the generated class rejects it too, naming the
    broken member and its path."""
    report = botocore_errors(service_model, operation, bad)
    assert report.has_errors(), f"botocore accepts the mutation {brk}"
    obj = cls.from_value(bad)
    with pytest.raises(package.ValidationError) as caught:
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
    with pytest.raises(package.ValidationError):
        cls.make(**{f.name: getattr(obj, f.name) for f in cls._fields})


# -- JMESPath: the oracle of compiled paginator and waiter expressions -----------


def evaluate(package: Any, code: str, obj: Any) -> Any:
    """A compiled expression's value on `obj`, in botocore's form."""
    helpers = __import__(f"{package.__name__}._client", fromlist=["plain"])
    function = eval(f"lambda o: {code}", {"_c": helpers})  # noqa: S307
    return helpers.plain(function(obj))


def oracle(expression: str, value: Any) -> tuple[bool, Any]:
    """(True, jmespath's value), or (False, None) where jmespath raises a type error
    (length of null...): the compiled code then gives null, or false for a test."""
    try:
        return True, jmespath.search(expression, value)
    except JMESPathTypeError:
        return False, None


def check_path(
    package: Any, service: Any, output: str, expression: str, value: Any
) -> None:
    """A paginator or waiter expression, compiled and run on the typed object of
    `value` (an output of shape `output`), equals jmespath's result on `value`."""
    from generator import paths

    compiled = paths.compile_path(expression, service, output)
    obj = getattr(package, service.shape(output).class_name).from_value(value)
    ours = evaluate(package, compiled.code, obj)
    ok, expected = oracle(expression, value)
    if ok:
        assert ours == expected, (expression, compiled.code, value)
        assert type(ours) is type(expected), (expression, ours, expected)
    else:
        assert ours in (None, False), (expression, compiled.code, value)
