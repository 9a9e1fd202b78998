"""Check: the raw model against the JSON Schema of the service-2 format, then the
references between its parts. Errors name the JSON pointer and the rule broken."""

from __future__ import annotations

import functools
import json
import re
import string
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
        for param, spec in operation.get("operationContextParams", {}).items():
            try:
                paths.parse(spec["path"])
            except paths.PathError as error:
                where = ("operations", name, "operationContextParams", param, "path")
                yield pointer(*where), str(error)
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


# -- endpoint rules -------------------------------------------------------------------
#
# endpoint-rule-set-1.json is checked by hand rather than by a JSON Schema: its rules
# nest deeply, s3's is 900 KB, and the checks that matter (every function known with
# its arguments, every reference to a variable in scope) need the walk anyway.

#: The rules' standard library, by name: the number of arguments each takes.
RULE_FUNCTIONS = {
    "isSet": 1,
    "not": 1,
    "booleanEquals": 2,
    "stringEquals": 2,
    "getAttr": 2,
    "substring": 4,
    "uriEncode": 1,
    "parseURL": 1,
    "isValidHostLabel": 2,
    "aws.partition": 1,
    "aws.parseArn": 1,
    "aws.isVirtualHostableS3Bucket": 2,
}

#: What a template string looks like to botocore: one `{name}` or `{name#key}` at least.
TEMPLATE = re.compile(r"\{[a-zA-Z#]+\}")
#: A getAttr path part that ends the path with an index: `resourceId[1]`, `[0]`.
ATTRIBUTE_INDEX = re.compile(r"(\w*)\[(\d+)\]")

_PARAMETER_KEYS = {
    "type",
    "builtIn",
    "default",
    "required",
    "documentation",
    "deprecated",
}
_RULE_KEYS = {
    "tree": {"type", "conditions", "rules", "documentation"},
    "endpoint": {"type", "conditions", "endpoint", "documentation"},
    "error": {"type", "conditions", "error", "documentation"},
}
_PARAMETER_TYPES = {"string": str, "boolean": bool, "stringarray": list}


def check_endpoints(ruleset: dict[str, Any], file: str) -> dict[str, Any]:
    """An endpoint-rule-set-1.json that botocore's EndpointProvider can evaluate, or a
    ModelError naming the first problem's JSON pointer."""
    _first(_ruleset_problems(ruleset), file)
    return ruleset


def check_partitions(partitions: dict[str, Any], file: str) -> dict[str, Any]:
    """A partitions.json as aws.partition reads it, or a ModelError."""
    _first(_partition_problems(partitions), file)
    return partitions


def _partition_problems(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    partitions = data.get("partitions")
    if not isinstance(partitions, list) or not partitions:
        yield pointer("partitions"), "a non-empty array of partitions is required"
        return
    for index, partition in enumerate(partitions):
        place = ("partitions", index)
        if not isinstance(partition, dict):
            yield pointer(*place), "a partition is an object"
            continue
        for key, kind in (("id", str), ("regionRegex", str), ("regions", dict)):
            if not isinstance(partition.get(key), kind):
                yield pointer(*place, key), f"{key} is required: {kind.__name__}"
        outputs = partition.get("outputs")
        if not isinstance(outputs, dict) or not all(
            isinstance(value, (str, bool)) for value in outputs.values()
        ):
            yield pointer(*place, "outputs"), "an object of strings and booleans"
        if isinstance(partition.get("regionRegex"), str):
            try:
                re.compile(partition["regionRegex"])
            except re.error as error:
                where = pointer(*place, "regionRegex")
                yield where, f"Python's re cannot compile it: {error}"


def _ruleset_problems(ruleset: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for key in sorted(
        set(ruleset) - {"version", "parameters", "rules", "documentation"}
    ):
        yield pointer(key), f"unknown property {key!r} of a rule set"
    if not isinstance(ruleset.get("version"), str):
        yield pointer("version"), "a version string is required"
    parameters = ruleset.get("parameters")
    if not isinstance(parameters, dict):
        yield pointer("parameters"), "an object of parameters is required"
        return
    for name, spec in parameters.items():
        yield from _parameter_problems(name, spec)
    rules = ruleset.get("rules")
    if not isinstance(rules, list):
        yield pointer("rules"), "an array of rules is required"
        return
    yield from _rules_problems(rules, frozenset(parameters), ("rules",))


def _parameter_problems(name: str, spec: Any) -> Iterator[tuple[str, str]]:
    place = ("parameters", name)
    if not isinstance(spec, dict):
        yield pointer(*place), "a parameter is an object"
        return
    for key in sorted(set(spec) - _PARAMETER_KEYS):
        yield pointer(*place, key), f"unknown parameter property {key!r}"
    kind = spec.get("type")
    if not isinstance(kind, str) or kind.lower() not in _PARAMETER_TYPES:
        yield pointer(*place, "type"), "type is string, boolean or stringArray"
        return
    default = spec.get("default")
    wanted = _PARAMETER_TYPES[kind.lower()]
    if default is not None and not (
        isinstance(default, wanted)
        and (wanted is not list or all(isinstance(item, str) for item in default))
    ):
        yield pointer(*place, "default"), f"a default of a {kind} parameter is a {kind}"
    for key, want in (("builtIn", str), ("required", bool), ("documentation", str)):
        if key in spec and not isinstance(spec[key], want):
            yield pointer(*place, key), f"{key} is a {want.__name__}"


#: How deep trees of rules, and calls within calls, may nest: far beyond what AWS
#: writes (s3: 17 and 3), well within what the generator's recursion can take.
MAX_RULE_DEPTH = 100
MAX_CALL_DEPTH = 20


def _rules_problems(
    rules: list[Any], scope: frozenset[str], place: tuple[object, ...]
) -> Iterator[tuple[str, str]]:
    if len(place) > 2 * MAX_RULE_DEPTH:
        yield pointer(*place), f"rules nested more than {MAX_RULE_DEPTH} deep"
        return
    for index, rule in enumerate(rules):
        here = (*place, index)
        if not isinstance(rule, dict):
            yield pointer(*here), "a rule is an object"
            continue
        kind = rule.get("type")
        if not isinstance(kind, str) or kind not in _RULE_KEYS:
            yield pointer(*here, "type"), "a rule's type is tree, endpoint or error"
            continue
        for key in sorted(set(rule) - _RULE_KEYS[kind]):
            yield pointer(*here, key), f"unknown property {key!r} of a {kind} rule"
        conditions = rule.get("conditions")
        if not isinstance(conditions, list):
            yield pointer(*here, "conditions"), "an array of conditions is required"
            continue
        inner = scope
        for number, condition in enumerate(conditions):
            where = (*here, "conditions", number)
            if not isinstance(condition, dict) or "fn" not in condition:
                yield pointer(*where), "a condition is a function call"
                continue
            yield from _value_problems(condition, inner, where)
            assign = condition.get("assign")
            if assign is not None:
                if not isinstance(assign, str) or not assign:
                    yield pointer(*where, "assign"), "assign names a variable"
                elif assign in inner:
                    yield (
                        pointer(*where, "assign"),
                        f"{assign!r} is assigned already and cannot be assigned again",
                    )
                else:
                    inner = inner | {assign}
        if kind == "tree":
            if not isinstance(rule.get("rules"), list):
                yield pointer(*here, "rules"), "a tree rule has an array of rules"
            else:
                yield from _rules_problems(rule["rules"], inner, (*here, "rules"))
        elif kind == "error":
            if "error" not in rule:
                yield pointer(*here), "an error rule has an error message"
            else:
                yield from _value_problems(rule["error"], inner, (*here, "error"))
        else:
            yield from _endpoint_problems(
                rule.get("endpoint"), inner, (*here, "endpoint")
            )


def _endpoint_problems(
    endpoint: Any, scope: frozenset[str], place: tuple[object, ...]
) -> Iterator[tuple[str, str]]:
    if not isinstance(endpoint, dict) or "url" not in endpoint:
        yield pointer(*place), "an endpoint is an object with a url"
        return
    for key in sorted(set(endpoint) - {"url", "properties", "headers"}):
        yield pointer(*place, key), f"unknown property {key!r} of an endpoint"
    yield from _value_problems(endpoint["url"], scope, (*place, "url"))
    properties = endpoint.get("properties", {})
    if not isinstance(properties, dict):
        yield pointer(*place, "properties"), "properties is an object"
    else:
        yield from _property_problems(properties, scope, (*place, "properties"))
    headers = endpoint.get("headers", {})
    if not isinstance(headers, dict):
        yield pointer(*place, "headers"), "headers is an object"
        return
    for name, values in headers.items():
        if not isinstance(values, list) or not values:
            yield pointer(*place, "headers", name), "a header has an array of values"
            continue
        for index, value in enumerate(values):
            yield from _value_problems(value, scope, (*place, "headers", name, index))


def _property_problems(
    value: Any, scope: frozenset[str], place: tuple[object, ...], depth: int = 0
) -> Iterator[tuple[str, str]]:
    """Properties are JSON whose strings may be templates (no functions, no refs)."""
    if isinstance(value, (dict, list)) and depth > MAX_CALL_DEPTH:
        yield pointer(*place), f"properties nested more than {MAX_CALL_DEPTH} deep"
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _property_problems(item, scope, (*place, key), depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _property_problems(item, scope, (*place, index), depth + 1)
    elif isinstance(value, str):
        yield from _template_problems(value, scope, place)


def _value_problems(
    value: Any, scope: frozenset[str], place: tuple[object, ...], depth: int = 0
) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield from _template_problems(value, scope, place)
        return
    if not isinstance(value, dict):
        return
    if depth > MAX_CALL_DEPTH:
        yield pointer(*place), f"calls nested more than {MAX_CALL_DEPTH} deep"
        return
    if "fn" in value:
        name, args = value["fn"], value.get("argv")
        if not isinstance(name, str) or name not in RULE_FUNCTIONS:
            yield pointer(*place, "fn"), f"unknown function {name!r}"
            return
        if not isinstance(args, list) or len(args) != RULE_FUNCTIONS[name]:
            yield (
                pointer(*place, "argv"),
                f"{name} takes {RULE_FUNCTIONS[name]} arguments",
            )
            return
        for key in sorted(set(value) - {"fn", "argv", "assign"}):
            yield pointer(*place, key), f"unknown property {key!r} of a function call"
        for index, arg in enumerate(args):
            yield from _value_problems(arg, scope, (*place, "argv", index), depth + 1)
        if name == "getAttr":
            yield from _attribute_problems(args, place)
    elif "ref" in value:
        if not isinstance(value["ref"], str):
            yield pointer(*place, "ref"), "a reference names a variable"
        elif value["ref"] not in scope:
            yield (
                pointer(*place, "ref"),
                f"{value['ref']!r} is neither a parameter nor assigned before",
            )


def _attribute_problems(
    args: list[Any], place: tuple[object, ...]
) -> Iterator[tuple[str, str]]:
    target, path = args
    if not isinstance(target, dict) or not ("fn" in target or "ref" in target):
        where = pointer(*place, "argv", 0)
        yield where, "getAttr reads a variable or what a function gives"
    if not isinstance(path, str) or not all(path.split(".")):
        yield pointer(*place, "argv", 1), "a getAttr path is names split by dots"


def template_parts(text: str) -> list[tuple[str, str | None]] | None:
    """(literal text, reference or None) pieces of a template string, as botocore's
    string.Formatter reads it; None when `text` is not a template. A ValueError when
    the formatter cannot read it."""
    if TEMPLATE.search(text) is None:
        return None
    return [(literal, field) for literal, field, _, _ in _FORMATTER.parse(text)]


_FORMATTER = string.Formatter()


def _template_problems(
    text: str, scope: frozenset[str], place: tuple[object, ...]
) -> Iterator[tuple[str, str]]:
    try:
        parts = template_parts(text)
    except ValueError as error:
        yield pointer(*place), f"a template string botocore cannot read: {error}"
        return
    for _, field in parts or ():
        if field is None:
            continue
        name = field.split("#")[0]
        if name not in scope:
            yield (
                pointer(*place),
                f"template reference {{{field}}}: {name!r} is neither a parameter "
                "nor assigned before",
            )
