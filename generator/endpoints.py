"""Endpoint rules to Python: a service's rule set (endpoint-rule-set-1.json, in the IR)
compiled at generation time into straight-line nested ifs.

The compiled code does what botocore's EndpointProvider does when it walks the JSON:
conditions in order (one that gives false or null fails its rule, and an `assign`
binds its value for the rest of the rule), a tree's rules in order until one gives an
endpoint or an error, and on to the next rule when none does. What the compiler knows
of each value (a parameter with a default is never null, a partition's `supportsFIPS`
is a bool, a variable after `isSet` is set) lets it write plain Python
(`use_fips and partition_result["supportsFIPS"]`) where botocore's checks cannot fail,
and drop conditions whose outcome it knows; where they can fail, it calls the
runtime's checking helpers (`_e.streq`, `_e.booleq`).

A rule that occurs more than once (s3 repeats whole subtrees) is compiled once, into a
module-level function the places call; so is a rule nested so deep that its lines
would not fit, and each distinct endpoint properties value. The text is laid out as
black lays it out, so that formatting it costs little. The runtime is the package's
static `_endpoints` module, imported as `_e`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from .ir import EndpointRule, Function, Reference, RuleSet, Service, Template
from .layout import LINE_LENGTH, Call, json_literal, literal
from .layout import assignment as _assignment
from .layout import laid_out as _laid_out


def laid_out(expr: str | Call, indent: int, before: int = 0, after: int = 0) -> str:
    """layout.laid_out, and one argument too long for its line alone on the next (black
    adds no comma after it: there is none to split at)."""
    flat = str(expr)
    if (
        isinstance(expr, Call)
        and len(expr.args) == 1
        and not expr.collection
        and indent + before + len(flat) + after > LINE_LENGTH
        and indent + 4 + len(str(expr.args[0])) > LINE_LENGTH
    ):
        pad = " " * indent
        arg = laid_out(expr.args[0], indent + 4)
        return f"{expr.head}\n{pad}    {arg}\n{pad}{expr.tail}"
    return _laid_out(expr, indent, before, after)


def assignment(target: str, value: str | Call, indent: int) -> str:
    """layout.assignment, with `laid_out` above."""
    if isinstance(value, Call):
        return target + laid_out(value, indent, before=len(target))
    return _assignment(target, value, indent)


#: Below this many lines a repeated rule is compiled in place each time.
SHARED_MIN_LINES = 6

#: A tree rule that would start this far right is compiled into a function of its own.
MAX_INDENT = 28

#: The runtime function each library function calls where no plain Python will do,
#: and the type of what it gives (see "Types" below).
_RUNTIME = {
    "substring": ("_e.substring", "str?"),
    "uriEncode": ("_e.uri_encode", "str?"),
    "parseURL": ("_e.parse_url", "url?"),
    "isValidHostLabel": ("_e.host_label", "bool"),
    "aws.partition": ("_e.partition", "partition"),
    "aws.parseArn": ("_e.parse_arn", "arn?"),
    "aws.isVirtualHostableS3Bucket": ("_e.virtual_hostable", "bool"),
}

#: The keys of what parseURL and parseArn give, and their types.
_KEYS = {
    "url": {
        "scheme": "str",
        "authority": "str",
        "path": "str",
        "normalizedPath": "str",
        "isIp": "bool",
    },
    "arn": {
        "partition": "str",
        "service": "str",
        "region": "str",
        "accountId": "str",
        "resourceId": "strs",
    },
}

#: Comparisons, and what `not` makes of each.
_NEGATED = {"==": "!=", "!=": "==", "is": "is not", "is not": "is"}

# -- Types -----------------------------------------------------------------------------
#
# What the compiler knows of a value: a kind ("str", "bool", "strs", "partition", "url",
# "arn", "any"), with "?" when it may be None. "any" may be anything, None included.

_NEVER_FALSE = ("str", "strs", "partition", "url", "arn")


def _nullable(kind: str) -> bool:
    return kind.endswith("?") or kind == "any"


def _set(kind: str) -> str:
    """The type once a value is known to hold (to be neither None nor False)."""
    return kind.rstrip("?")


@dataclasses.dataclass(frozen=True)
class _Expr:
    """A Python expression: its text, its type, and how to lay it out."""

    code: str
    type: str
    layout: str | Call = ""  # a Call when black would break it at its brackets
    compare: tuple[_Expr, str, _Expr] | None = None  # left, operator, right
    negated: bool = False  # `not x`
    inner: _Expr | None = None  # x, of `not x`
    value: Any = None  # the value, if it is a constant
    constant: bool = False

    def operand(self) -> str:
        """The text as an operand of a comparison or of `not`."""
        return f"({self.code})" if self.compare or self.negated else self.code

    def form(self) -> str | Call:
        return self.layout or self.code


def _const(value: Any) -> _Expr:
    if isinstance(value, bool):
        return _Expr(str(value), "bool", value=value, constant=True)
    if isinstance(value, str):
        return _Expr(_string(value), "str", value=value, constant=True)
    if value is None:
        return _Expr("None", "any", value=None, constant=True)
    return _Expr(json_literal(value), "any", value=value, constant=True)


def _call(function: str, args: list[_Expr], kind: str) -> _Expr:
    code = f"{function}({', '.join(a.code for a in args)})"
    return _Expr(code, kind, layout=Call(f"{function}(", tuple(a.form() for a in args)))


def _comparison(left: _Expr, op: str, right: _Expr) -> _Expr:
    code = f"{left.operand()} {op} {right.operand()}"
    return _Expr(code, "bool", compare=(left, op, right))


def _not(arg: _Expr) -> _Expr:
    if arg.constant:
        return _const(not arg.value)
    if arg.compare is not None:
        left, op, right = arg.compare
        return _comparison(left, _NEGATED[op], right)
    if arg.negated and arg.type == "bool" and arg.inner is not None:
        return arg.inner  # not not x, of a bool x
    layout = _prefixed("not ", arg.layout) if isinstance(arg.layout, Call) else ""
    return _Expr(f"not {arg.operand()}", "bool", layout, negated=True, inner=arg)


_TRUE = _const(True)
_NONE = _const(None)


@dataclasses.dataclass(frozen=True)
class _Scope:
    """The variables in scope at a point of the rules: rule name -> (code, type)."""

    names: tuple[tuple[str, tuple[str, str]], ...]

    def get(self, name: str) -> tuple[str, str]:
        for key, found in reversed(self.names):
            if key == name:
                return found
        raise KeyError(name)

    def with_(self, name: str, code: str, kind: str) -> _Scope:
        return _Scope((*self.names, (name, (code, kind))))


@dataclasses.dataclass(frozen=True)
class _Step:
    """A step of a rule's conditions: a test, or an assignment of a value of a type
    (tested unless its type says it always holds)."""

    test: _Expr | None = None
    target: str | None = None
    value: _Expr | None = None

    def condition(self, walrus: bool) -> _Expr | None:
        """The test (with the assignment in it, if `walrus`); None if none is needed."""
        if self.target is None or self.value is None:
            return self.test
        kind = self.value.type
        if not walrus:
            if kind == "bool":
                return _Expr(self.target, "bool")
            return _holds(_Expr(self.target, kind)) if _nullable(kind) else None
        assigned = f"{self.target} := {self.value.code}"
        if kind == "bool":
            return _Expr(f"({assigned})", "bool")
        if _set(kind) in _NEVER_FALSE:
            return _holds(_Expr(f"({assigned})", kind))
        return _Expr(f"_e.holds({assigned})", "bool")


def _holds(expr: _Expr) -> _Expr:
    """The test that a value holds as a condition: it is neither None nor False."""
    if _set(expr.type) in _NEVER_FALSE:
        return _comparison(expr, "is not", _NONE)
    return _call("_e.holds", [expr], "bool")


# -- the compiler ----------------------------------------------------------------------


@dataclasses.dataclass
class Compiled:
    """A rule set as Python: module-level functions, and `resolve`'s body."""

    functions: list[str]  # definitions, each at indent 0
    body: list[str]  # lines at indent 4


class _Compiler:
    def __init__(self, rules: RuleSet) -> None:
        self.ruleset = rules
        self.parameters = {p.name for p in rules.parameters}
        self.python = {p.name: p.python_name for p in rules.parameters}
        self.python.update(rules.variables)
        self.partition_keys = _partition_keys(rules)
        self.properties: dict[str, tuple[str, list[str]]] = {}  # repr -> name, vars
        self.functions: list[str] = []
        # rule -> (function, its arguments, whether control can fall through it)
        self.defined: dict[Any, tuple[str, list[str], bool]] = {}
        self.counts: dict[Any, int] = {}
        self.sizes: dict[Any, int] = {}
        self.shared: set[Any] = set()  # rules compiled once, where they occur twice
        self.counting = True
        self._numbers: dict[int, int] = {}
        self._shapes: dict[tuple[Any, ...], int] = {}
        self._free: dict[int, tuple[str, ...]] = {}

    # -- values ------------------------------------------------------------------------

    def value(self, value: Any, scope: _Scope) -> _Expr:
        if isinstance(value, Reference):
            code, kind = scope.get(value.name)
            return _Expr(code, kind)
        if isinstance(value, Template):
            return self.template(value, scope)
        if isinstance(value, Function):
            return self.call(value, scope)
        return _const(value)

    def template(self, template: Template, scope: _Scope) -> _Expr:
        """A template string as an f-string (str() of each value, as botocore's)."""
        if len(template.parts) == 1 and isinstance(template.parts[0], Reference):
            ref = template.parts[0]
            code, kind = scope.get(ref.name)
            if not ref.keys and kind == "str":
                return _Expr(code, "str")
        text = "".join(part for part in template.parts if isinstance(part, str))
        keyed = any(isinstance(p, Reference) and p.keys for p in template.parts)
        quote = "'" if not keyed and _prefers_single(text) else '"'
        inner = '"' if quote == "'" else "'"
        pieces = []
        for part in template.parts:
            if isinstance(part, str):
                body = _string(part, quote)[1:-1]
                pieces.append(body.replace("{", "{{").replace("}", "}}"))
            else:
                code, kind = scope.get(part.name)
                if part.name in self.parameters and _nullable(kind):
                    # botocore fails on a parameter that is not set
                    code = f"_e.given({code}, {_string(part.name, inner)})"
                keys = "".join(f"[{_string(key, inner)}]" for key in part.keys)
                pieces.append("{" + code + keys + "}")
        return _Expr(f"f{quote}{''.join(pieces)}{quote}", "str")

    def call(self, fn: Function, scope: _Scope) -> _Expr:
        args = [self.value(arg, scope) for arg in fn.args]
        name = fn.name
        if name == "isSet":
            (arg,) = args
            if arg.constant:
                return _const(arg.value is not None)
            if not _nullable(arg.type):
                return _TRUE
            return _comparison(arg, "is not", _NONE)
        if name == "not":
            return _not(args[0])
        if name == "booleanEquals":
            left, right = args
            if left.type != "bool" or right.type != "bool":
                return _call("_e.booleq", args, "bool")
            if left.constant and right.constant:
                return _const(left.value is right.value)
            if left.constant:
                left, right = right, left
            if right.constant:
                return left if right.value else _not(left)
            return _comparison(left, "is", right)
        if name == "stringEquals":
            left, right = args
            if left.type != "str" or right.type != "str":
                return _call("_e.streq", args, "bool")
            if left.constant and right.constant:
                return _const(left.value == right.value)
            return _comparison(left, "==", right)
        if name == "getAttr":
            return self.attribute(args[0], fn)
        function, kind = _RUNTIME[name]
        return _call(function, args, kind)

    def attribute(self, base: _Expr, fn: Function) -> _Expr:
        """getAttr: keys walked with [] (a missing one fails, as in botocore), an index
        with `_e.index` (None past the end)."""
        code, kind = base.code, _set(base.type)
        keys = list(fn.path)
        last = keys.pop() if fn.index is not None else None
        for key in keys:
            code = f"{code}[{_string(key)}]"
            kind = self.key_type(kind, key)
        if fn.index is None:
            return _Expr(code, kind)
        if last:
            code = f"{code}.get({_string(last)})"
            kind = self.key_type(kind, last)
        item = "str?" if kind == "strs" else "any"
        return _call("_e.index", [_Expr(code, kind), _const(fn.index)], item)

    def key_type(self, kind: str, key: str) -> str:
        if kind == "partition":
            return self.partition_keys.get(key, "any")
        return _KEYS.get(kind, {}).get(key, "any")

    # -- conditions --------------------------------------------------------------------

    def conditions(
        self, conditions: tuple[Function, ...], scope: _Scope
    ) -> tuple[list[_Step], _Scope] | None:
        """The steps of a rule's conditions, and the scope after them; None when a
        condition always fails."""
        steps: list[_Step] = []
        for condition in conditions:
            expr = self.call(condition, scope)
            if expr.constant:
                if expr.value is None or expr.value is False:
                    return None
                if condition.assign is not None:
                    scope = scope.with_(condition.assign, expr.code, expr.type)
                continue
            if condition.assign is not None:
                target = self.python[condition.assign]
                steps.append(_Step(target=target, value=expr))
                scope = scope.with_(condition.assign, target, _set(expr.type))
            elif expr.type == "bool":
                steps.append(_Step(test=expr))
            elif _nullable(expr.type):
                steps.append(_Step(test=_holds(expr)))
            if condition.name == "isSet" and isinstance(condition.args[0], Reference):
                name = condition.args[0].name
                code, kind = scope.get(name)
                scope = scope.with_(name, code, _set(kind))
        return steps, scope

    # -- rules -------------------------------------------------------------------------

    def rules(
        self, rules: tuple[EndpointRule, ...], scope: _Scope, indent: int
    ) -> tuple[list[str], bool]:
        """Lines for rules tried in order, and whether control can fall through them."""
        out: list[str] = []
        for rule in rules:
            lines, falls = self.rule(rule, scope, indent)
            out += lines
            if not falls:
                return out, False
        return out, True

    def rule(
        self, rule: EndpointRule, scope: _Scope, indent: int
    ) -> tuple[list[str], bool]:
        key = self.key(rule, scope)
        if not self.counting:
            deep = indent > MAX_INDENT and rule.type == "tree"
            if key in self.shared or deep:
                if key not in self.defined:
                    self.define(key, rule, scope)
                return self.called(key, indent)
        lines, falls = self.inline(rule, scope, indent)
        if self.counting:
            self.counts[key] = self.counts.get(key, 0) + 1
            self.sizes[key] = sum(line.count("\n") + 1 for line in lines)
        return lines, falls

    def inline(
        self, rule: EndpointRule, scope: _Scope, indent: int
    ) -> tuple[list[str], bool]:
        decided = self.conditions(rule.conditions, scope)
        if decided is None:
            return [], True
        steps, inner = decided
        header, body_indent = _header(steps, indent)
        if rule.type == "tree":
            body, falls = self.rules(rule.rules, inner, body_indent)
        elif rule.type == "error":
            message = self.value(rule.error, inner)
            raise_ = Call("raise _e.EndpointError(", (message.form(),))
            body, falls = [" " * body_indent + laid_out(raise_, body_indent)], False
        else:
            body, falls = [self.endpoint(rule, inner, body_indent)], False
        if not body:
            return [], True
        return header + body, falls or body_indent > indent

    def endpoint(self, rule: EndpointRule, scope: _Scope, indent: int) -> str:
        args: list[str | Call] = [self.value(rule.url, scope).form()]
        if rule.properties:
            args.append(self.properties_call(rule.properties, scope))
        if rule.headers:
            if len(args) == 1:
                args.append("None")
            items = tuple(
                _prefixed(f"{_string(name)}: ", self.value(values[0], scope).form())
                for name, values in rule.headers
            )
            args.append(Call("{", items, "}", collection=True))
        call = Call("return _e.Endpoint(", tuple(args))
        return " " * indent + laid_out(call, indent)

    def properties_call(self, properties: Any, scope: _Scope) -> str:
        """A call of the function that builds these properties: one per distinct
        value, taking the variables its templates read."""
        key = repr(properties)
        if key not in self.properties:
            used = sorted(set(_references(properties)))
            name = f"_p{len(self.properties) + 1}"
            self.properties[key] = (name, used)
            if not self.counting:
                params = ", ".join(
                    f"{scope.get(n)[0]}: {annotation(scope.get(n)[1])}" for n in used
                )
                body = laid_out(_json(properties, scope, self), 4, before=7)
                self.functions.append(
                    f"def {name}({params}) -> dict[str, Any]:\n    return {body}"
                )
        name, used = self.properties[key]
        return f"{name}({', '.join(scope.get(n)[0] for n in used)})"

    # -- rules compiled into functions -------------------------------------------------

    def key(self, rule: EndpointRule, scope: _Scope) -> tuple[int, tuple[Any, ...]]:
        """What decides a rule's compiled text: the rule (equal rules, equal numbers),
        and what is known of the variables it reads from outside."""
        return self.number(rule), tuple((n, scope.get(n)) for n in self.free(rule))

    def number(self, rule: EndpointRule) -> int:
        found = self._numbers.get(id(rule))
        if found is None:
            shape = (
                rule.type,
                repr((rule.conditions, rule.url, rule.properties, rule.headers)),
                repr(rule.error),
                tuple(self.number(child) for child in rule.rules),
            )
            found = self._shapes.setdefault(shape, len(self._shapes))
            self._numbers[id(rule)] = found
        return found

    def free(self, rule: EndpointRule) -> tuple[str, ...]:
        """The variables a rule reads that it does not assign itself, sorted."""
        found = self._free.get(id(rule))
        if found is None:
            assigned: set[str] = set()
            names: set[str] = set()
            for condition in rule.conditions:
                names.update(n for n in _names(condition.args) if n not in assigned)
                if condition.assign is not None:
                    assigned.add(condition.assign)
            inner = set(_names((rule.url, rule.properties, rule.headers, rule.error)))
            for child in rule.rules:
                inner.update(self.free(child))
            found = tuple(sorted(names | (inner - assigned)))
            self._free[id(rule)] = found
        return found

    def define(self, key: Any, rule: EndpointRule, scope: _Scope) -> None:
        """A module-level function for a rule: the rule compiled on its own, the
        variables it reads as its arguments."""
        variables = [scope.get(name) for name in self.free(rule)]
        variables = [(c, k) for c, k in variables if c.isidentifier()]  # not constants
        params = [code for code, _ in variables]
        name = f"_r{len(self.defined) + 1}"
        self.defined[key] = (name, params, True)  # before the body: names stay in order
        lines, falls = self.inline(rule, scope, 4)
        if falls:
            lines.append("    return None")
        self.defined[key] = (name, params, falls)
        annotated = tuple(f"{code}: {annotation(kind)}" for code, kind in variables)
        returns = ") -> _e.Endpoint | None:" if falls else ") -> _e.Endpoint:"
        signature = Call(f"def {name}(", annotated, returns)
        self.functions.append(laid_out(signature, 0) + "\n" + "\n".join(lines))

    def called(self, key: Any, indent: int) -> tuple[list[str], bool]:
        name, args, falls = self.defined[key]
        pad = " " * indent
        if not falls:
            return [pad + laid_out(Call(f"return {name}(", tuple(args)), indent)], False
        call = Call(f"{name}(", tuple(args))
        test = f"if (found := {call}) is not None:"
        if indent + len(test) <= LINE_LENGTH:
            return [pad + test, f"{pad}    return found"], True
        return [
            pad + assignment("found = ", call, indent),
            f"{pad}if found is not None:",
            f"{pad}    return found",
        ], True


def _header(steps: list[_Step], indent: int) -> tuple[list[str], int]:
    """The lines of a rule's conditions, and the indent of its body.

    `if a and (x := f()) is not None:` when that fits on a line; else the assignments
    as statements between nested ifs: the same, since a rule has no else (whichever
    test fails, control goes on after the rule). Leading assignments that need no
    test are statements either way.
    """
    out: list[str] = []
    while steps and steps[0].target is not None and steps[0].condition(False) is None:
        out.append(_assign(steps[0], indent))
        steps = steps[1:]
    if not steps:
        return out, indent
    tests = [t for t in (step.condition(True) for step in steps) if t is not None]
    flat = f"if {' and '.join(t.code for t in tests)}:"
    if indent + len(flat) <= LINE_LENGTH:
        return [*out, " " * indent + flat], indent + 4
    if all(step.target is None for step in steps):
        return _ifs([step.test for step in steps if step.test], indent, out)
    pending: list[_Expr] = []
    for step in steps:
        if step.target is not None:
            if pending:
                out, indent = _ifs(pending, indent, out)
                pending = []
            out.append(_assign(step, indent))
        test = step.condition(False)
        if test is not None:
            pending.append(test)
    if pending:
        out, indent = _ifs(pending, indent, out)
    return out, indent


def _assign(step: _Step, indent: int) -> str:
    assert step.value is not None
    return " " * indent + assignment(f"{step.target} = ", step.value.form(), indent)


def _ifs(tests: list[_Expr], indent: int, out: list[str]) -> tuple[list[str], int]:
    """`if` statements for tests joined by `and`, as black lays them out: one line
    if it fits; two tests that do not fit become two nested ifs (black's layout of
    one `and` depends on too much); more, one a line in parentheses."""
    pad = " " * indent
    flat = f"if {' and '.join(t.code for t in tests)}:"
    if indent + len(flat) <= LINE_LENGTH:
        return [*out, pad + flat], indent + 4
    if len(tests) == 1:
        return [*out, pad + _if_one(tests[0], indent)], indent + 4
    if len(tests) == 2:
        out, indent = _ifs(tests[:1], indent, out)
        return _ifs(tests[1:], indent, out)
    inner = " and ".join(t.code for t in tests)
    if indent + 4 + len(inner) <= LINE_LENGTH:
        return [*out, f"{pad}if (\n{pad}    {inner}\n{pad}):"], indent + 4
    lines = [f"{pad}if ("]
    for index, test in enumerate(tests):
        prefix = "and " if index else ""
        lines.append(f"{pad}    {prefix}{_operand(test, indent + 4, len(prefix))}")
    return [*out, "\n".join(lines) + f"\n{pad}):"], indent + 4


def _if_one(test: _Expr, indent: int) -> str:
    """`if test:` too long for its line, as black breaks it."""
    pad = " " * indent
    if isinstance(test.layout, Call):  # no operator: black breaks the call
        return f"if {laid_out(test.layout, indent, before=3, after=1)}:"
    if test.compare is not None:
        left, op, right = test.compare
        head = f"if {left.operand()} {op} "
        if isinstance(right.layout, Call) and (
            "(" in head
            or "[" in head
            or indent + len(head) + len(right.layout.head) <= LINE_LENGTH
        ):  # ends with a call: black breaks that call
            return (
                head + laid_out(right.layout, indent, before=len(head), after=1) + ":"
            )
        if indent + 4 + len(test.code) <= LINE_LENGTH:
            return f"if (\n{pad}    {test.code}\n{pad}):"
        return (
            f"if (\n{pad}    {left.operand()}\n{pad}    {op} {right.operand()}\n{pad}):"
        )
    return f"if {test.code}:"  # black has the last word


def _operand(test: _Expr, indent: int, before: int) -> str:
    """One operand of an `and` on a line of its own, broken as black breaks it."""
    if indent + before + len(test.code) <= LINE_LENGTH or not isinstance(
        test.layout, Call
    ):
        return test.code
    return laid_out(test.layout, indent, before=before)


def _prefixed(prefix: str, value: str | Call) -> str | Call:
    if isinstance(value, Call):
        return dataclasses.replace(value, head=prefix + value.head)
    return prefix + value


def _prefers_single(text: str) -> bool:
    """Whether black writes a string of this text in single quotes: when that needs
    fewer backslashes."""
    return text.count('"') > text.count("'")


def _string(text: str, quote: str | None = None) -> str:
    """A string literal of `text` in black's quotes (or in `quote`)."""
    if text.isascii() and text.isprintable() and not any(c in text for c in "\\\"'"):
        return f'"{text}"' if quote != "'" else f"'{text}'"
    double = literal(text)
    if quote is None:
        quote = "'" if _prefers_single(text) else '"'
    if quote == '"':
        return double
    body = double[1:-1].replace('\\"', '"').replace("'", "\\'")
    return f"'{body}'"


def _references(value: Any) -> Iterator[str]:
    """The variables a properties value's templates read."""
    if isinstance(value, Template):
        for part in value.parts:
            if isinstance(part, Reference):
                yield part.name
    elif isinstance(value, dict):
        for item in value.values():
            yield from _references(item)
    elif isinstance(value, list):
        for item in value:
            yield from _references(item)


def _names(node: Any) -> Iterator[str]:
    """The variables a value reads (a rule's conditions, URL, error...)."""
    if isinstance(node, Reference):
        yield node.name
    elif isinstance(node, Template):
        yield from _names(node.parts)
    elif isinstance(node, Function):
        yield from _names(node.args)
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from _names(item)
    elif isinstance(node, dict):
        yield from _names(list(node.values()))


def _json(value: Any, scope: _Scope, compiler: _Compiler) -> str | Call:
    """A properties value as Python, in parts `laid_out` can break."""
    if isinstance(value, dict):
        items = tuple(
            _prefixed(f"{_string(key)}: ", _json(item, scope, compiler))
            for key, item in value.items()
        )
        return Call("{", items, "}", collection=True)
    if isinstance(value, list):
        items = tuple(_json(item, scope, compiler) for item in value)
        return Call("[", items, "]", collection=True)
    if isinstance(value, Template):
        return compiler.template(value, scope).code
    return _const(value).code


def _partition_keys(rules: RuleSet) -> dict[str, str]:
    """The type of each key of what aws.partition gives: a key every partition gives
    as a bool (a string) is a bool (a string)."""
    kinds: dict[str, set[str]] = {}
    for partition in rules.partitions:
        for key, value in partition.outputs.items():
            kinds.setdefault(key, set()).add(
                "bool" if isinstance(value, bool) else "str"
            )
    return {
        key: found.pop()
        for key, found in kinds.items()
        if len(found) == 1 and all(key in p.outputs for p in rules.partitions)
    }


#: The Python type of each kind of value.
_ANNOTATIONS = {
    "str": "str",
    "bool": "bool",
    "strs": "tuple[str, ...]",
    "partition": "dict[str, Any]",
    "url": "dict[str, Any]",
    "arn": "dict[str, Any]",
}


def annotation(kind: str) -> str:
    """The annotation of a variable of a kind."""
    if kind == "any":
        return "Any"
    python = _ANNOTATIONS[_set(kind)]
    return f"{python} | None" if _nullable(kind) else python


def parameter_type(kind: str, default: Any, required: bool) -> str:
    """What the compiled rules know of a parameter's value on entry."""
    base = {"string": "str", "boolean": "bool", "stringArray": "strs"}[kind]
    return base if default is not None or required else base + "?"


def compile_rules(rules: RuleSet) -> Compiled:
    """The body of `resolve` and the functions it calls, for a rule set."""
    compiler = _Compiler(rules)
    scope = _Scope(
        tuple(
            (p.name, (p.python_name, parameter_type(p.type, p.default, p.required)))
            for p in rules.parameters
        )
    )
    # first, how often each rule occurs (with the same knowledge of its variables)
    compiler.rules(rules.rules, scope, 4)
    compiler.shared = {
        key
        for key, count in compiler.counts.items()
        if count > 1 and compiler.sizes[key] >= SHARED_MIN_LINES
    }
    compiler.counting = False
    compiler.properties.clear()
    body, falls = compiler.rules(rules.rules, scope, 4)
    if falls:
        body.append("    raise _e.no_endpoint(params)")
    return Compiled(compiler.functions, body)


# -- the module ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Module:
    """What the template of `endpoints.py` needs, as lines of Python."""

    parameters: list[str]  # the entries of PARAMETERS
    context: list[str]  # the entries of CONTEXT
    functions: list[str]
    intake: list[str]  # resolve's first lines: each parameter, checked
    body: list[str]
    uses_client: bool  # operationContextParams need the _client helpers


def module(service: Service) -> Module:
    """The pieces of a service's `endpoints.py`."""
    rules = service.endpoints
    assert rules is not None
    compiled = compile_rules(rules)
    client = dict(rules.client_context)
    parameters = [
        laid_out(
            Call(
                f"{_string(p.name)}: (",
                (_text(p.builtin), _text(client.get(p.name))),
                collection=True,
            ),
            4,
            after=1,
        )
        + ","
        for p in rules.parameters
    ]
    intake = []
    for p in rules.parameters:
        kind = parameter_type(p.type, p.default, p.required)
        function = {"string": "string", "boolean": "boolean"}.get(p.type, "strings")
        args = [_string(p.name)]
        if p.default is not None or p.required:
            args.append(json_literal(p.default))
        if p.required:
            args.append("True")
        call = Call(f"_e.{function}(", ("params", *args))
        target = f"{p.python_name}: {annotation(kind)} = "
        intake.append("    " + assignment(target, call, 4))
    context, uses_client = _context(service)
    return Module(
        parameters=parameters,
        context=context,
        functions=compiled.functions,
        intake=intake,
        body=compiled.body,
        uses_client=uses_client,
    )


def _text(value: str | None) -> str:
    return "None" if value is None else _string(value)


def partitions_module(rules: RuleSet) -> str:
    """`_partitions.py`: the partitions aws.partition chooses from, as data laid out
    once and for all (black leaves `# fmt: off` alone, so it is not formatted)."""
    rows = "".join(
        f"    ({_string(p.region_regex)}, {json_literal(p.outputs)}),\n"
        for p in rules.partitions
    )
    return (
        '"""The partitions the endpoint rules choose from (botocore\'s partitions.json):\n'
        "the pattern of each one's region names and what aws.partition gives for it;\n"
        'and for each region a partition lists by name, which partition that is."""\n'
        "\n"
        "from __future__ import annotations\n"
        "\n"
        "# fmt: off\n"
        f"PARTITIONS: tuple[tuple[str, dict[str, str | bool]], ...] = (\n{rows})\n"
        f"REGIONS: dict[str, int] = {json_literal(_regions(rules))}\n"
        "# fmt: on\n"
    )


def _regions(rules: RuleSet) -> dict[str, int]:
    """The partition aws.partition gives for each region a partition lists: the first
    that lists it or whose pattern matches it (Python's re, as botocore's)."""
    found: dict[str, int] = {}
    for partition in rules.partitions:
        for region in partition.regions:
            if region in found:
                continue
            for number, candidate in enumerate(rules.partitions):
                if region in candidate.regions or re.match(
                    candidate.region_regex, region
                ):
                    found[region] = number
                    break
    return found


def _context(service: Service) -> tuple[list[str], bool]:
    """CONTEXT's entries: for each operation that gives parameters, a function of its
    request object (`o`) that gives them, by priority: the operation's static values,
    its context members, its operationContextParams."""
    rows = []
    uses_client = False
    for op in service.operations:
        # by parameter: (value, whether it is fixed), highest priority first
        values: dict[str, list[tuple[str, bool]]] = {}
        for name, value in op.static_context_params:
            values.setdefault(name, []).append((json_literal(value), True))
        if op.input is not None:
            for member in service.shape(op.input).members:
                if member.context_param is not None:
                    code = f"o.{member.python_name}"
                    values.setdefault(member.context_param, []).append((code, False))
        for name, path in op.operation_context_params:
            values.setdefault(name, []).append((path.python, False))
            uses_client = uses_client or "_c." in path.python
        if not values:
            continue
        items = []
        for name, sources in values.items():
            code, _ = sources[-1]
            for source, fixed in reversed(sources[:-1]):
                code = source if fixed else f"_e.first({source}, {code})"
            items.append(f"{_string(name)}: {code}")
        head = f"{_string(op.name)}: lambda o: {{"
        rows.append(Call(head, tuple(items), "}", collection=True))
    return [laid_out(row, 4, after=1) + "," for row in rows], uses_client
