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
    """(pointer, message) for each reference that does not resolve."""
    shapes = model["shapes"]

    def missing(target: str, *place: object) -> Iterator[tuple[str, str]]:
        if target not in shapes:
            yield pointer(
                *place, "shape"
            ), f"refers to shape {target!r}, which does not exist"

    for name, shape in shapes.items():
        for member_name, member in shape.get("members", {}).items():
            yield from missing(member["shape"], "shapes", name, "members", member_name)
        for part in ("member", "key", "value"):
            if part in shape:
                yield from missing(shape[part]["shape"], "shapes", name, part)
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
                yield from missing(operation[part]["shape"], "operations", name, part)
        for index, error in enumerate(operation.get("errors", ())):
            yield from missing(error["shape"], "operations", name, "errors", index)
