"""Check: the raw model against the JSON Schema of the service-2 format, then the
references between its parts. Errors name the JSON pointer and the rule broken."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from typing import Any

import jsonschema

from .errors import ModelError, pointer
from .load import MODELS

SCHEMA = MODELS / "service-2.schema.json"


@functools.cache
def _validator() -> Any:
    schema = json.loads(SCHEMA.read_text())
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def check(model: dict[str, Any], file: str) -> dict[str, Any]:
    """The model itself if it is usable; else a ModelError for the first problem found."""
    errors = sorted(_validator().iter_errors(model), key=_error_order)
    if errors:
        error = jsonschema.exceptions.best_match(errors)
        where = pointer(*error.absolute_path)
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        rule = f" [{error.validator}]" if error.validator else ""
        raise ModelError(file, where, f"{error.message}{rule}{more}")
    problems = list(_reference_problems(model))
    if problems:
        where, message = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ModelError(file, where, message + more)
    return model


def _error_order(error: jsonschema.ValidationError) -> tuple[str, ...]:
    return tuple(str(part) for part in error.absolute_path)


def _reference_problems(model: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(pointer, message) for each reference that does not resolve, or that leads to a
    shape of a kind it cannot stand for."""
    shapes = model["shapes"]

    def missing(target: str, *place: object) -> Iterator[tuple[str, str]]:
        if target not in shapes:
            yield pointer(
                *place, "shape"
            ), f"refers to shape {target!r}, which does not exist"

    def kind(target: str, wanted: str, test, *place: object):
        if target in shapes and not test(shapes[target]):
            yield pointer(*place, "shape"), f"refers to shape {target!r}, not {wanted}"

    for name, shape in shapes.items():
        for member_name, member in shape.get("members", {}).items():
            place = ("shapes", name, "members", member_name)
            yield from missing(member["shape"], *place)
            if member.get("idempotencyToken"):
                yield from kind(member["shape"], "a string", _is_string, *place)
        for part in ("member", "key", "value"):
            if part in shape:
                yield from missing(shape[part]["shape"], "shapes", name, part)
        if "key" in shape:
            yield from kind(
                shape["key"]["shape"], "a string", _is_string, "shapes", name, "key"
            )
        members = shape.get("members", {})
        for index, required in enumerate(shape.get("required", ())):
            if required not in members:
                yield (
                    pointer("shapes", name, "required", index),
                    f"names member {required!r}, which shape {name!r} does not have",
                )
        payload = shape.get("payload")
        if payload is not None and payload not in members:
            yield (
                pointer("shapes", name, "payload"),
                f"names member {payload!r}, which shape {name!r} does not have",
            )
    for name, operation in model["operations"].items():
        for part in ("input", "output"):
            if part in operation:
                target = operation[part]["shape"]
                yield from missing(target, "operations", name, part)
                yield from kind(
                    target, "a plain structure", _is_plain, "operations", name, part
                )
        for index, error in enumerate(operation.get("errors", ())):
            place = ("operations", name, "errors", index)
            yield from missing(error["shape"], *place)
            yield from kind(error["shape"], "an exception", _is_exception, *place)
    yield from _container_cycles(shapes)


def _is_string(shape: dict[str, Any]) -> bool:
    return shape["type"] == "string"


def _is_plain(shape: dict[str, Any]) -> bool:
    """A structure that is not a document, an error, a union or an event stream:
    what an operation's input and output are."""
    return _structure_of_kind(shape, None)


def _is_exception(shape: dict[str, Any]) -> bool:
    return _structure_of_kind(shape, "exception")


def _structure_of_kind(shape: dict[str, Any], trait: str | None) -> bool:
    traits = {
        k for k in ("document", "exception", "union", "eventstream") if shape.get(k)
    }
    return shape["type"] == "structure" and traits == ({trait} if trait else set())


def _container_cycles(shapes: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """A list or map that holds itself with no structure between: no value of it could
    ever be written down, nor a type for it."""
    edges = {
        name: [
            (part, shape[part]["shape"])
            for part in ("member", "key", "value")
            if part in shape
            and shapes.get(shape[part]["shape"], {}).get("type") in ("list", "map")
        ]
        for name, shape in shapes.items()
        if shape["type"] in ("list", "map")
    }
    done: set[str] = set()
    for root in sorted(edges):
        # depth-first, iteratively: the path from the root is the stack
        stack = [(root, iter(edges[root]))]
        on_path = {root}
        while stack:
            name, successors = stack[-1]
            for part, target in successors:
                if target in on_path:
                    yield (
                        pointer("shapes", name, part, "shape"),
                        f"refers to shape {target!r}, which holds shape {name!r}: "
                        "lists and maps that hold themselves need a structure between",
                    )
                    return
                if target not in done:
                    stack.append((target, iter(edges[target])))
                    on_path.add(target)
                    break
            else:
                stack.pop()
                on_path.discard(name)
                done.add(name)
