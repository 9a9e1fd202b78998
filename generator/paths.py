"""JMESPath to Python: the expressions of paginators and waiters, compiled at generation
time into Python expressions over typed output objects.

A compiled expression reads `o`, the operation's output object, and walks it by the
Python names the IR gives (`o.next_token`, `o.contents`), so that no JMESPath engine
and no model is needed at run time. Where the IR knows the type of a value, the walk
is plain attribute and key access; what JMESPath defines beyond that (truthiness,
projections that drop nulls, flatten, equality that keeps `true` apart from `1`) is
done by small helpers of the generated package's `_client` module, imported as `_c`.
jmespath's own parser reads the expressions (botocore depends on it, so the generator
has it); its evaluator is the oracle of the tests.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from typing import Any

import jmespath
from jmespath.exceptions import JMESPathError

from .ir import Service
from .layout import json_literal

#: The JMESPath functions the compiled code has helpers for (all botocore uses).
FUNCTIONS = {"length": 1, "contains": 2, "keys": 1}

#: AST node types the compiler knows.
NODES = frozenset(
    {
        "field",
        "subexpression",
        "index_expression",
        "index",
        "projection",
        "flatten",
        "value_projection",
        "filter_projection",
        "or_expression",
        "and_expression",
        "not_expression",
        "comparator",
        "literal",
        "function_expression",
        "identity",
        "current",
        "pipe",
        "multi_select_list",
    }
)

_COMPARATORS = {"eq", "ne", "lt", "lte", "gt", "gte"}


class PathError(ValueError):
    """An expression this compiler cannot turn into Python (the message says why)."""


def parse(expression: str) -> dict[str, Any]:
    """The AST of an expression, or a PathError naming what is wrong with it."""
    try:
        ast: dict[str, Any] = jmespath.compile(expression).parsed
    except JMESPathError as error:
        # jmespath's message draws the place on further lines: one line is enough
        reason = (
            str(error).splitlines()[0].removeprefix("Invalid jmespath expression: ")
        )
        where = getattr(error, "lex_position", None)
        at = "" if where is None else f" at character {where}"
        raise PathError(
            f"invalid JMESPath expression {expression!r}{at}: {reason.rstrip(':')}"
        ) from None
    for node in _walk(ast):
        kind = node["type"]
        if kind not in NODES:
            raise PathError(f"{expression!r}: JMESPath {kind} is not supported")
        if kind == "function_expression":
            name = node["value"]
            if name not in FUNCTIONS:
                raise PathError(f"{expression!r}: function {name}() is not supported")
            if len(node["children"]) != FUNCTIONS[name]:
                raise PathError(
                    f"{expression!r}: {name}() takes {FUNCTIONS[name]} arguments"
                )
        if kind == "comparator" and node["value"] not in _COMPARATORS:
            raise PathError(f"{expression!r}: comparator {node['value']} is unknown")
    return ast


def _walk(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("children", ()):
        if isinstance(child, dict):
            yield from _walk(child)


# -- static types ------------------------------------------------------------------
#
# A value's type as far as generation time knows it: a shape of the service (by wire
# name), a list made by a projection (of values of a known type), or anything.


@dataclasses.dataclass(frozen=True)
class _Shape:
    wire_name: str


@dataclasses.dataclass(frozen=True)
class _List:
    item: _Type


@dataclasses.dataclass(frozen=True)
class _Any:
    pass


_Type = _Shape | _List | _Any
ANY = _Any()


@dataclasses.dataclass(frozen=True)
class Compiled:
    """A Python expression and what generation time knows of its value."""

    code: str
    type: _Type
    nonnull: bool = False  # the value is never None


class _Compiler:
    def __init__(self, service: Service, expression: str) -> None:
        self.service = service
        self.expression = expression
        self._names = itertools.count(1)

    def var(self) -> str:
        return f"v{next(self._names)}"

    def kind(self, t: _Type) -> str:
        """The shape kind of a type ("any" and "projection" besides)."""
        if isinstance(t, _Shape):
            return self.service.shape(t.wire_name).kind
        return "projection" if isinstance(t, _List) else "any"

    def item(self, t: _Type) -> _Type:
        """The type of an element of a list of type `t`."""
        if isinstance(t, _List):
            return t.item
        if isinstance(t, _Shape):
            shape = self.service.shape(t.wire_name)
            if shape.kind == "list" and shape.item is not None:
                return _Shape(shape.item)
        return ANY

    def guarded(self, value: Compiled, body: Any) -> str:
        """`body(name)` applied to `value`, or None when the value is None."""
        if value.nonnull and value.code.isidentifier():
            return body(value.code)
        v = self.var()
        return f"(None if ({v} := {value.code}) is None else {body(v)})"

    def compile(self, node: dict[str, Any], value: Compiled) -> Compiled:
        handler = getattr(self, "_" + node["type"])
        result: Compiled = handler(node, value)
        return result

    # -- nodes -----------------------------------------------------------------------

    def _identity(self, node: dict[str, Any], value: Compiled) -> Compiled:
        return value

    _current = _identity

    def _field(self, node: dict[str, Any], value: Compiled) -> Compiled:
        name = node["value"]
        kind = self.kind(value.type)
        if kind in ("structure", "union", "exception"):
            shape = self.service.shape(value.type.wire_name)  # type: ignore[union-attr]
            member = next((m for m in shape.members if m.wire_name == name), None)
            if member is None:
                return Compiled("None", ANY)
            code = self.guarded(value, lambda v: f"{v}.{member.python_name}")
            return Compiled(code, _Shape(member.target))
        if kind == "map":
            shape = self.service.shape(value.type.wire_name)  # type: ignore[union-attr]
            code = self.guarded(value, lambda v: f"{v}.get({_literal(name)})")
            return Compiled(code, _Shape(shape.value))  # type: ignore[arg-type]
        if kind in ("document", "any"):
            return Compiled(f"_c.field({value.code}, {_literal(name)})", ANY)
        return Compiled("None", ANY)  # a field of a list, string, number...: null

    def _subexpression(self, node: dict[str, Any], value: Compiled) -> Compiled:
        """Each child applied to what the one before gave (jmespath chains them)."""
        for child in node["children"]:
            value = self.compile(child, value)
        return value

    _pipe = _index_expression = _subexpression

    def _index(self, node: dict[str, Any], value: Compiled) -> Compiled:
        return Compiled(
            f"_c.index({value.code}, {node['value']})", self.item(value.type)
        )

    def _projected(self, base: str, right: dict[str, Any], item: _Type) -> Compiled:
        """`right` applied to each element of the list `base`, nulls dropped."""
        if right["type"] == "identity":
            return Compiled(f"_c.project({base}, None)", _List(item))
        x = self.var()
        body = self.compile(right, Compiled(x, item, nonnull=True))
        return Compiled(
            f"_c.project({base}, lambda {x}: {body.code})", _List(body.type)
        )

    def _projection(self, node: dict[str, Any], value: Compiled) -> Compiled:
        left, right = node["children"]
        base = self.compile(left, value)
        return self._projected(base.code, right, self.item(base.type))

    def _flatten(self, node: dict[str, Any], value: Compiled) -> Compiled:
        base = self.compile(node["children"][0], value)
        item = self.item(base.type)
        if self.kind(item) in ("list", "projection"):
            item = self.item(item)
        elif self.kind(item) == "any":
            item = ANY
        return Compiled(f"_c.flatten({base.code})", _List(item))

    def _value_projection(self, node: dict[str, Any], value: Compiled) -> Compiled:
        left, right = node["children"]
        base = self.compile(left, value)
        item: _Type = ANY
        if self.kind(base.type) == "map":
            item = _Shape(self.service.shape(base.type.wire_name).value)  # type: ignore[union-attr,arg-type]
        return self._projected(f"_c.values({base.code})", right, item)

    def _filter_projection(self, node: dict[str, Any], value: Compiled) -> Compiled:
        left, right, condition = node["children"]
        base = self.compile(left, value)
        item = self.item(base.type)
        x = self.var()
        test = self.compile(condition, Compiled(x, item, nonnull=True))
        kept = f"_c.keep({base.code}, lambda {x}: {test.code})"
        return self._projected(kept, right, item)

    def _or_expression(self, node: dict[str, Any], value: Compiled) -> Compiled:
        left, right = (self.compile(child, value) for child in node["children"])
        v = self.var()
        code = f"({v} if _c.truthy({v} := {left.code}) else {right.code})"
        return Compiled(code, left.type if left.type == right.type else ANY)

    def _and_expression(self, node: dict[str, Any], value: Compiled) -> Compiled:
        left, right = (self.compile(child, value) for child in node["children"])
        v = self.var()
        code = f"({right.code} if _c.truthy({v} := {left.code}) else {v})"
        return Compiled(code, left.type if left.type == right.type else ANY)

    def _not_expression(self, node: dict[str, Any], value: Compiled) -> Compiled:
        inner = self.compile(node["children"][0], value)
        return Compiled(f"(not _c.truthy({inner.code}))", ANY, nonnull=True)

    def _comparator(self, node: dict[str, Any], value: Compiled) -> Compiled:
        left, right = (self.compile(child, value) for child in node["children"])
        return Compiled(f"_c.{node['value']}({left.code}, {right.code})", ANY)

    def _literal(self, node: dict[str, Any], value: Compiled) -> Compiled:
        return Compiled(_literal(node["value"]), ANY, nonnull=node["value"] is not None)

    def _multi_select_list(self, node: dict[str, Any], value: Compiled) -> Compiled:
        """A list of each child's value; null on null."""

        def body(v: str) -> str:
            current = Compiled(v, value.type, nonnull=True)
            items = (self.compile(child, current).code for child in node["children"])
            return f"[{', '.join(items)}]"

        return Compiled(self.guarded(value, body), _List(ANY), nonnull=value.nonnull)

    def _function_expression(self, node: dict[str, Any], value: Compiled) -> Compiled:
        if node["value"] == "keys":
            # a map's keys (the only kind of object whose keys the IR knows)
            arg = self.compile(node["children"][0], value)
            if self.kind(arg.type) != "map":
                raise PathError(f"{self.expression!r}: keys() of a non-map")
            return Compiled(self.guarded(arg, lambda v: f"list({v})"), _List(ANY))
        args = ", ".join(self.compile(child, value).code for child in node["children"])
        return Compiled(f"_c.{node['value']}({args})", ANY)


def _literal(value: Any) -> str:
    """A JSON value as Python source."""
    try:
        return json_literal(value)
    except ValueError:
        raise PathError(f"literal {value!r} is not a JSON value") from None


def compile_path(expression: str, service: Service, output: str) -> Compiled:
    """`expression` as a Python expression over `o`, an object of the shape `output`."""
    compiler = _Compiler(service, expression)
    return compiler.compile(parse(expression), Compiled("o", _Shape(output), True))


def attribute_path(expression: str, service: Service, output: str) -> tuple[str, ...]:
    """A dotted path of member names (a result key) as the Python attribute names it
    follows from `output`; a PathError if it is not one such path."""
    names: list[str] = []
    shape = service.shape(output)
    for part in expression.split("."):
        if shape.kind not in ("structure", "union", "exception"):
            raise PathError(f"{expression!r}: {part} is not a member of a structure")
        member = next((m for m in shape.members if m.wire_name == part), None)
        if member is None:
            raise PathError(f"{expression!r}: {shape.wire_name} has no member {part}")
        names.append(member.python_name)
        shape = service.shape(member.target)
    return tuple(names)


def type_of(expression: str, service: Service, output: str) -> str | None:
    """The wire name of the shape an expression's value has, where it is one."""
    result = compile_path(expression, service, output).type
    return result.wire_name if isinstance(result, _Shape) else None
