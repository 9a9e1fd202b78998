"""How generated code is laid out: Python literals for model text, and calls,
tuples, assignments and signatures broken over lines as black breaks them.

Shared by the stages that write code (render, the endpoint rules' compiler, the
JMESPath compiler); black has the last word on every module it formats, and the
modules it does not format are held to it by tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from black.strings import str_width

#: black's default, which the generated code is formatted with.
LINE_LENGTH = 88


def literal(text: str, docstring: bool = False) -> str:
    """A Python string literal whose value is exactly `text`.

    Docstrings keep their line breaks and quote marks readable; everything that
    could end the literal early, or that black would rewrite (tabs, trailing spaces,
    unusual line breaks), is escaped.
    """
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n" and docstring:
            out.append("\n")
        elif ch == '"' and not docstring:
            out.append('\\"')
        elif not ch.isprintable() or (ch.isspace() and ch != " "):
            out.append(ch.encode("unicode_escape").decode("ascii"))
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    body = "".join(out)
    if not docstring:
        if text.count('"') > text.count("'"):  # as black quotes it: fewer escapes
            return "'" + body.replace('\\"', '"').replace("'", "\\'") + "'"
        return f'"{body}"'
    # A quote next to another, or at either end, could close the literal early; at
    # the end it is written \x22, because black would pad a plain \" with a space.
    body = re.sub(r'"(?=")', lambda _: '\\"', body)
    body = re.sub(r'"$', lambda _: "\\x22", body)
    body = re.sub(r" +\n", lambda m: m.group(0)[:-1].replace(" ", "\\x20") + "\n", body)
    if body.startswith('"'):
        body = "\\" + body
    return f'"""{body}"""'


@dataclass(frozen=True)
class Call:
    """A call expression kept in parts, so that `laid_out` can break it as black would."""

    head: str  # up to and including the opening bracket
    args: tuple[str | Call, ...]
    tail: str = ")"
    collection: bool = False  # a list, dict or set display: black puts one item a line
    definition: bool = False  # a def's parameters: a lone one broken out gets a comma

    def __str__(self) -> str:
        return f"{self.head}{', '.join(map(str, self.args))}{self.tail}"


def laid_out(
    expr: str | Call,
    indent: int,
    before: int = 0,
    after: int = 0,
    explode: bool = False,
) -> str:
    """`expr` broken over lines the way black breaks it, with `before` characters ahead
    of it on its first line and `after` following it on its last.

    black has the last word on the layout; rendering what it would write anyway halves
    its time, because a line that already fits needs no search for a split.
    """
    flat = str(expr)
    if isinstance(expr, str) or (
        not explode and indent + before + len(flat) + after <= LINE_LENGTH
    ):
        return flat
    pad = " " * indent
    inner = ", ".join(map(str, expr.args))
    explode = explode or (expr.collection and len(expr.args) > 1)
    if not explode and indent + 4 + len(inner) <= LINE_LENGTH:
        if expr.definition and len(expr.args) == 1:
            inner += ","
        return f"{expr.head}\n{pad}    {inner}\n{pad}{expr.tail}"
    lines = "".join(
        f"{pad}    {laid_out(arg, indent + 4, after=1)},\n" for arg in expr.args
    )
    return f"{expr.head}\n{lines}{pad}{expr.tail}"


def annotated_assignment(name: str, annotation: str, value: Call, indent: int) -> str:
    """`name: annotation = value`: the value in parentheses when only they make the
    first line fit, else the annotation (`parenthesized_hint`)."""
    target = f"{name}: {annotation} = "
    if indent + len(target) + len(value.head) <= LINE_LENGTH:
        return target + laid_out(value, indent, before=len(target))
    pad = " " * indent
    if indent + len(target) + 1 <= LINE_LENGTH:
        return f"{target}(\n{pad}    {laid_out(value, indent + 4)}\n{pad})"
    hint = parenthesized_hint(name, annotation, indent)
    if hint is None:
        return target + str(value)
    return f"{name}: {hint} = " + laid_out(value, indent, before=4)


def assignment(target: str, value: str | Call, indent: int) -> str:
    """`target = value`; a plain value too long for the line goes in parentheses,
    unless it is too long for them as well (black leaves such a line as it is)."""
    if isinstance(value, Call) or indent + len(target) + len(value) <= LINE_LENGTH:
        return target + laid_out(value, indent, before=len(target))
    if indent + 4 + len(value) > LINE_LENGTH:
        return target + value
    pad = " " * indent
    return f"{target}(\n{pad}    {value}\n{pad})"


def parameter(name: str, annotation: str, default: str | None, indent: int) -> str:
    """One parameter of an exploded signature; a long one has its annotation in
    parentheses (`parenthesized_hint`)."""
    suffix = "" if default is None else f" = {default}"
    flat = f"{name}: {annotation}{suffix}"
    if indent + len(flat) + 1 > LINE_LENGTH:
        hint = parenthesized_hint(name, annotation, indent)
        if hint is not None:
            return f"{name}: {hint}{suffix}"
    return flat


def parenthesized_hint(name: str, annotation: str, indent: int) -> str | None:
    """`(annotation)` over three lines, as black breaks the type hint of `name` when it
    is a union or a name, if every line fits; None otherwise, the line left whole for
    black to break (a subscript such as `list[X]` it breaks at its brackets, a union
    too long for its line at each `|`), which `fits` sends it to."""
    if max(len(name) + 3, 4 + len(annotation)) + indent > LINE_LENGTH:
        return None
    depth = 0
    for char in annotation:
        depth += (char in "[(") - (char in "])")
        if char == "|" and depth == 0:
            break
    else:
        if annotation.endswith("]"):  # a lone subscript
            return None
    pad = " " * indent
    return f"(\n{pad}    {annotation}\n{pad})"


def fits(text: str) -> bool:
    """Whether the layout engine fit every line of a module that black could break.

    Black leaves long docstrings (a docstring starts its line with triple quotes;
    `literal` leaves none inside), what is between `# fmt: off` and `# fmt: on`, and
    lines with nothing to break at (`_UNBREAKABLE`). A module that fits is written as
    black would write it (tests hold the engine to black on every service and fuzzed
    model); a line the engine could not fit is for black to break.
    """
    in_docstring = formatting = False
    for line in text.splitlines():
        stripped = line.lstrip()
        if in_docstring:
            in_docstring = not line.endswith('"""')
        elif stripped in ("# fmt: off", "# fmt: on"):
            formatting = stripped == "# fmt: off"
        elif formatting:
            continue
        elif stripped.startswith('"""'):
            in_docstring = len(stripped) < 6 or not stripped.endswith('"""')
        elif len(line) > LINE_LENGTH and not _UNBREAKABLE.fullmatch(stripped):
            return False
        elif not line.isascii() and str_width(line) != len(line):
            return False  # black measures it in columns (wide characters count two)
    return True


_STRING = r"""[rbfRBF]?(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
_NAME = r"[\w.]+"

#: Long lines black cannot break: a string, on its own, passed by keyword, assigned
#: (too long for parentheses too) or as a table entry; a name or an import alias;
#: the head of a bracketed construct that has no other brackets (`class Name(`).
_UNBREAKABLE = re.compile(
    rf"""(?:\w+ ?= ?)?{_STRING},?|{_STRING}: {_STRING},?|{_NAME}(?: as {_NAME})?,?"""
    rf"""|(?:class |def )?(?:{_STRING}: )?{_NAME}[(\[{{]"""
)


def import_from(module: str, names: list[str], indent: int) -> str:
    """`from module import names`; one name a line, in parentheses, when too long."""
    flat = f"from {module} import {', '.join(names)}"
    if indent + len(flat) <= LINE_LENGTH:
        return flat
    return laid_out(Call(f"from {module} import (", tuple(names)), indent, explode=True)


def tuple_text(items: list[str]) -> str:
    """A tuple display on one line."""
    return str(tuple_display(items))


def tuple_display(items: list[str]) -> Call:
    """A tuple display, laid out as black lays out one (a lone item keeps its comma)."""
    if len(items) == 1:
        return Call("(", [f"{items[0]},"])
    return Call("(", items, collection=True)


def json_literal(value: Any) -> str:
    """A JSON value as Python source."""
    if isinstance(value, str):
        return literal(value)
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(map(json_literal, value)) + "]"
    if isinstance(value, dict):
        items = (f"{json_literal(k)}: {json_literal(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    raise ValueError(f"{value!r} is not a JSON value")
