"""Check: the raw model against the JSON Schema of the service-2 format, then the
references between its parts. Errors name the JSON pointer and the rule broken."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from typing import Any

import jsonschema

from . import paths
from .errors import ModelError, pointer
from .load import MODELS

SCHEMA = MODELS / "service-2.schema.json"
PAGINATORS_SCHEMA = MODELS / "paginators-1.schema.json"
WAITERS_SCHEMA = MODELS / "waiters-2.schema.json"


@functools.cache
def _validator(path: Any = SCHEMA) -> Any:
    schema = json.loads(path.read_text())
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def check(model: dict[str, Any], file: str) -> dict[str, Any]:
    """The model itself if it is usable; else a ModelError for the first problem found."""
    _against(SCHEMA, model, file)
    _first(_reference_problems(model), file)
    return model


def check_paginators(
    paginators: dict[str, Any], model: dict[str, Any], file: str
) -> dict[str, Any]:
    """A paginators-1.json that fits its (checked) service model, or a ModelError."""
    _against(PAGINATORS_SCHEMA, paginators, file)
    _first(_paginator_problems(paginators, model), file)
    return paginators


def check_waiters(
    waiters: dict[str, Any], model: dict[str, Any], file: str
) -> dict[str, Any]:
    """A waiters-2.json that fits its (checked) service model, or a ModelError."""
    _against(WAITERS_SCHEMA, waiters, file)
    _first(_waiter_problems(waiters, model), file)
    return waiters


def _against(schema: Any, document: dict[str, Any], file: str) -> None:
    errors = sorted(_validator(schema).iter_errors(document), key=_error_order)
    if errors:
        error = jsonschema.exceptions.best_match(errors)
        where = pointer(*error.absolute_path)
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        rule = f" [{error.validator}]" if error.validator else ""
        raise ModelError(file, where, f"{error.message}{rule}{more}")


def _first(problems: Iterator[tuple[str, str]], file: str) -> None:
    found = list(problems)
    if found:
        where, message = found[0]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise ModelError(file, where, message + more)


def listed(value: str | list[str]) -> list[str]:
    """One name or expression, or a list of them, as a list."""
    return [value] if isinstance(value, str) else list(value)


def _members(model: dict[str, Any], operation: dict[str, Any], part: str) -> Any:
    ref = operation.get(part)
    return {} if ref is None else model["shapes"][ref["shape"]].get("members", {})


def _paginator_problems(
    paginators: dict[str, Any], model: dict[str, Any]
) -> Iterator[tuple[str, str]]:
    for name, paginator in paginators["pagination"].items():
        operation = model["operations"].get(name)
        if operation is None:
            yield pointer("pagination", name), f"operation {name!r} does not exist"
            continue
        inputs = _members(model, operation, "input")
        input_tokens = listed(paginator["input_token"])
        for index, token in enumerate(input_tokens):
            if token not in inputs:
                where = pointer("pagination", name, "input_token", index)
                yield where, f"{name}'s input has no member {token!r}"
        limit = paginator.get("limit_key")
        if limit is not None and limit not in inputs:
            where = pointer("pagination", name, "limit_key")
            yield where, f"{name}'s input has no member {limit!r}"
        output_tokens = listed(paginator["output_token"])
        if len(output_tokens) != len(input_tokens):
            where = pointer("pagination", name, "output_token")
            yield where, f"{len(output_tokens)} output tokens for {len(input_tokens)} input tokens"
        expressions = [("output_token", i, e) for i, e in enumerate(output_tokens)]
        expressions += [
            ("non_aggregate_keys", i, e)
            for i, e in enumerate(paginator.get("non_aggregate_keys", ()))
        ]
        if "more_results" in paginator:
            expressions.append(("more_results", None, paginator["more_results"]))
        for key, index, expression in expressions:
            try:
                paths.parse(expression)
            except paths.PathError as error:
                place = (key,) if index is None else (key, index)
                yield pointer("pagination", name, *place), str(error)
        for index, result_key in enumerate(listed(paginator["result_key"])):
            problem = _member_path_problem(model, operation, result_key)
            if problem is not None:
                yield pointer("pagination", name, "result_key", index), problem


def _member_path_problem(
    model: dict[str, Any], operation: dict[str, Any], path: str
) -> str | None:
    """Why `path` is not a dotted path of members of the operation's output, if not."""
    shape = (
        model["shapes"][operation["output"]["shape"]] if "output" in operation else {}
    )
    for part in path.split("."):
        member = shape.get("members", {}).get(part)
        if member is None:
            return f"result key {path!r}: no member {part!r} (a result key is a dotted path of output members)"
        shape = model["shapes"][member["shape"]]
    return None


def _waiter_problems(
    waiters: dict[str, Any], model: dict[str, Any]
) -> Iterator[tuple[str, str]]:
    for name, waiter in waiters["waiters"].items():
        if waiter["operation"] not in model["operations"]:
            where = pointer("waiters", name, "operation")
            yield where, f"operation {waiter['operation']!r} does not exist"
        for index, acceptor in enumerate(waiter["acceptors"]):
            if "argument" in acceptor:
                try:
                    paths.parse(acceptor["argument"])
                except paths.PathError as error:
                    where = pointer("waiters", name, "acceptors", index, "argument")
                    yield where, str(error)


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
