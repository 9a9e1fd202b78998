"""The layout engine against black: whatever it lays out and `fits` accepts is exactly
what black writes, for random names and type annotations of every length.

The generated modules skip black when they fit, so this is the engine's contract; the
sampled services, every service in `make test-all` and the fuzzed models hold it on
whole modules.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.format import format_source
from generator.layout import (
    Call,
    annotated_assignment,
    assignment,
    fits,
    laid_out,
    literal,
    parameter,
)

identifiers = st.builds(
    lambda head, length: head + "x" * length,
    st.sampled_from(["a", "b_", "c1", "Dd"]),
    st.integers(0, 80),
)


def _annotations() -> st.SearchStrategy[str]:
    names = identifiers.map(lambda name: name.capitalize())
    leaf = st.one_of(names, names.map(lambda n: f"{n} | str"), st.just("str"))

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            inner.map(lambda item: f"list[{item}]"),
            st.tuples(leaf, inner).map(lambda kv: f"dict[{kv[0]}, {kv[1]}]"),
        )

    return st.recursive(leaf, extend, max_leaves=3)


def _check(source: str) -> None:
    if fits(source):
        assert format_source(source) == source


@settings(max_examples=300, deadline=None)
@given(
    name=identifiers,
    annotation=_annotations(),
    optional=st.booleans(),
    wire_name=identifiers,
)
def test_members_and_parameters(
    name: str, annotation: str, optional: bool, wire_name: str
) -> None:
    """A member (`name: annotation = _rt.field(...)`) and its `make` parameter."""
    if optional:
        annotation += " | None"
    field = Call("_rt.field(", (literal(wire_name), "_rt.String()"))
    member = annotated_assignment(name, annotation, field, 4)
    default = "None" if optional else None
    params = ["cls", "*", parameter(name, annotation, default, 8)]
    make = laid_out(Call("def make(", params, ") -> Self:", definition=True), 4)
    _check(
        f"class C:\n    {member}\n\n    @classmethod\n    {make}\n        return 1\n"
    )


@settings(max_examples=200, deadline=None)
@given(name=identifiers, text=st.text(max_size=120), output=identifiers)
def test_enum_values_and_stubs(name: str, text: str, output: str) -> None:
    """An enum value (`NAME = "value"`) and an operation without input."""
    value = assignment(name.upper() + " = ", literal(text), 4)
    stub = laid_out(
        Call(f"def {name}(", ("self",), f") -> {output}: ...", definition=True), 4
    )
    _check(f"class C:\n    {value}\n\n    {stub}\n")
