"""Normalize: a checked raw model in, the IR out.

Every reference is resolved, every name decided and every doc string converted here,
once, so that rendering needs nothing but the IR.
"""

from __future__ import annotations

import dataclasses
import re
import warnings
from typing import Any

from . import docs, names, paths
from .check import ATTRIBUTE_INDEX, listed, template_parts
from .ir import (
    Acceptor,
    EndpointParameter,
    EndpointRule,
    EnumValue,
    Function,
    Member,
    Operation,
    Paginator,
    Partition,
    Path,
    Reference,
    RuleSet,
    Service,
    Shape,
    Template,
    Waiter,
)

_KINDS = {
    "string": "string",
    "integer": "integer",
    "long": "integer",
    "float": "float",
    "double": "float",
    "boolean": "boolean",
    "timestamp": "timestamp",
    "blob": "blob",
    "list": "list",
    "map": "map",
}


def normalize(
    model: dict[str, Any],
    service_name: str,
    package: str,
    paginators: dict[str, Any] | None = None,
    waiters: dict[str, Any] | None = None,
    protocol: str | None = None,
    endpoints: dict[str, Any] | None = None,
    partitions: dict[str, Any] | None = None,
) -> Service:
    """The IR of a checked model, with its checked paginators, waiters and endpoint
    rules (and the partitions those choose from) if any; `protocol` is the one to
    speak, when not the one botocore would choose (it must be among those the model
    offers)."""
    raw_shapes: dict[str, dict[str, Any]] = model["shapes"]
    metadata = model["metadata"]
    client_name = names.client_name(
        metadata.get("serviceId") or metadata.get("serviceAbbreviation") or service_name
    )
    class_names = names.class_names(raw_shapes, taken=frozenset({client_name}))
    cycles = set().union(*reference_cycles(raw_shapes))
    roles = _roles(model["operations"])
    shapes = tuple(
        _shape(
            wire_name,
            raw_shapes[wire_name],
            class_names[wire_name],
            wire_name in cycles,
            roles.get(wire_name) or _default_docs(wire_name, raw_shapes[wire_name]),
            raw_shapes,
        )
        for wire_name in sorted(raw_shapes)
    )
    method_names = names.operation_names(model["operations"])
    operations = tuple(
        _operation(name, model["operations"][name], method_names[name], raw_shapes)
        for name in sorted(model["operations"])
    )
    service = Service(
        name=service_name,
        package=package,
        protocol=protocol or resolved_protocol(metadata),
        api_version=metadata.get("apiVersion", ""),
        metadata=metadata,
        docs=docs.to_text(model.get("documentation", "")),
        operations=operations,
        shapes=shapes,
        client_name=client_name,
        title=docs.plain(metadata.get("serviceFullName") or service_name),
        error_codes=error_codes(raw_shapes),
    )
    pages = _paginators(service, (paginators or {}).get("pagination", {}))
    waits = _waiters(
        service,
        model,
        (waiters or {}).get("waiters", {}),
        [p.python_name for p in pages],
    )
    rules = None
    if endpoints is not None:
        rules = endpoint_rules(endpoints, partitions or {}, model)
        operations = _context_params(service, model["operations"])
    return dataclasses.replace(
        service,
        paginators=pages,
        waiters=waits,
        endpoints=rules,
        operations=service.operations if rules is None else operations,
    )


def error_codes(raw_shapes: dict[str, dict[str, Any]]) -> tuple[tuple[str, str], ...]:
    """(code, error shape) for every code a service's errors arrive with, sorted by
    code. A code is the shape's `error.code`, else its name; where two shapes share a
    code the later in the model wins, as in botocore. A shape's own name, where its code
    differs (awsQueryCompatible), names it too unless another shape's code is that name.
    """
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for wire_name, raw in raw_shapes.items():  # the model's order
        if raw.get("type") == "structure" and raw.get("exception"):
            codes[raw.get("error", {}).get("code", wire_name)] = wire_name
            names[wire_name] = wire_name
    return tuple(sorted({**names, **codes}.items()))


def _path(expression: str, service: Service, output: str) -> Path:
    return Path(expression, paths.compile_path(expression, service, output).code)


def _paginators(service: Service, raw: dict[str, Any]) -> tuple[Paginator, ...]:
    """Each paginator with its names resolved and its expressions compiled."""
    operations = {op.name: op for op in service.operations}
    method_names = names.unique_among(
        {name: names.PAGINATE + operations[name].python_name for name in raw},
        {op.python_name for op in service.operations},
    )
    out = []
    for name in sorted(raw):
        paginator, op = raw[name], operations[name]
        assert op.input is not None and op.output is not None  # checked
        result_keys = listed(paginator["result_key"])
        primary = paths.type_of(result_keys[0], service, op.output)
        item = primary
        if primary is not None and service.shape(primary).kind == "list":
            item = service.shape(primary).item
        more = paginator.get("more_results")
        out.append(
            Paginator(
                operation=name,
                python_name=method_names[name],
                input_tokens=tuple(listed(paginator["input_token"])),
                output_tokens=tuple(
                    _path(e, service, op.output)
                    for e in listed(paginator["output_token"])
                ),
                result_keys=tuple(
                    paths.attribute_path(key, service, op.output) for key in result_keys
                ),
                result_key_paths=tuple(
                    _path(k, service, op.output) for k in result_keys
                ),
                item=item,
                limit_key=paginator.get("limit_key"),
                more_results=None if more is None else _path(more, service, op.output),
                non_aggregate_keys=tuple(
                    _path(e, service, op.output)
                    for e in paginator.get("non_aggregate_keys", ())
                ),
            )
        )
    return tuple(out)


def _waiters(
    service: Service, model: dict[str, Any], raw: dict[str, Any], taken: list[str]
) -> tuple[Waiter, ...]:
    """Each waiter with its method name decided and its acceptor paths compiled."""
    method_names = names.waiter_names(
        raw, [op.python_name for op in service.operations] + taken
    )
    operations = {op.name: op for op in service.operations}
    out = []
    for name in sorted(raw):
        waiter = raw[name]
        op = operations[waiter["operation"]]
        acceptors = tuple(
            Acceptor(
                state=a["state"],
                matcher=a["matcher"],
                expected=a["expected"],
                argument=(
                    _path(a["argument"], service, op.output)
                    if "argument" in a and op.output is not None
                    else None
                ),
            )
            for a in waiter["acceptors"]
        )
        http = model["operations"][op.name].get("http", {})
        out.append(
            Waiter(
                name=name,
                python_name=method_names[name],
                operation=op.name,
                delay=waiter["delay"],
                max_attempts=waiter["maxAttempts"],
                acceptors=acceptors,
                success_status=http.get("responseCode", 200),
                docs=waiter.get("description", ""),
            )
        )
    return tuple(out)


#: The protocols botocore speaks, in the order it prefers them when a model offers several.
PROTOCOLS = ("json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query", "ec2")


def resolved_protocol(metadata: dict[str, Any]) -> str:
    """The protocol a botocore client of this model speaks: its first choice among the
    model's `protocols`, else the legacy `protocol`."""
    for protocol in PROTOCOLS:
        if protocol in metadata.get("protocols", ()):
            return protocol
    return metadata["protocol"]


def offered_protocols(metadata: dict[str, Any]) -> list[str]:
    """The protocols a model lists (`protocols`, else its one `protocol`)."""
    return list(metadata.get("protocols") or [metadata["protocol"]])


def _kind(raw: dict[str, Any]) -> str:
    type_ = raw["type"]
    if type_ == "structure":
        if raw.get("document"):
            return "document"
        if raw.get("exception"):
            return "exception"
        if raw.get("union") or raw.get("eventstream"):
            return "union"  # an event stream is a union too: each event is one member
        return "structure"
    if type_ == "string" and raw.get("enum"):
        return "enum"
    return _KINDS[type_]


def _roles(operations: dict[str, Any]) -> dict[str, str]:
    """What a shape is for, as a docstring for shapes the model documents not at all."""
    roles: dict[str, str] = {}
    for name in sorted(operations):
        for part, role in (("input", "input"), ("output", "output")):
            if part in operations[name]:
                roles.setdefault(
                    operations[name][part]["shape"], f"The {role} of {name}."
                )
    return roles


def _default_docs(wire_name: str, raw: dict[str, Any]) -> str:
    if _kind(raw) == "enum":
        return f"The values of {wire_name}; one AWS adds later is kept as it is."
    return f"The {wire_name} shape."


def _shape(
    wire_name: str,
    raw: dict[str, Any],
    class_name: str,
    recursive: bool,
    role: str,
    raw_shapes: dict[str, dict[str, Any]],
) -> Shape:
    kind = _kind(raw)
    error = raw.get("error", {})
    return Shape(
        wire_name=wire_name,
        class_name=class_name,
        kind=kind,  # type: ignore[arg-type]
        docs=_documented(raw, role),
        members=(
            _members(raw, kind, raw_shapes)
            if kind in ("structure", "union", "exception")
            else ()
        ),
        item=raw["member"]["shape"] if kind == "list" else None,
        key=raw["key"]["shape"] if kind == "map" else None,
        value=raw["value"]["shape"] if kind == "map" else None,
        item_name=_part_trait(raw, "member", "locationName", raw_shapes),
        item_namespace=_namespace(
            _part_trait(raw, "member", "xmlNamespace", raw_shapes)
        ),
        key_name=_part_trait(raw, "key", "locationName", raw_shapes),
        key_namespace=_namespace(_part_trait(raw, "key", "xmlNamespace", raw_shapes)),
        value_name=_part_trait(raw, "value", "locationName", raw_shapes),
        value_namespace=_namespace(
            _part_trait(raw, "value", "xmlNamespace", raw_shapes)
        ),
        enum_values=_enum_values(raw.get("enum", ())) if kind == "enum" else (),
        min=_bound(raw.get("min"), kind),
        max=_bound(raw.get("max"), kind),
        pattern=python_pattern(raw.get("pattern")),
        sensitive=bool(raw.get("sensitive")),
        deprecated=bool(raw.get("deprecated")),
        streaming=bool(raw.get("streaming")),
        event_stream=bool(raw.get("eventstream")),
        event=bool(raw.get("event")),
        timestamp_format=raw.get("timestampFormat"),
        single=raw["type"] == "float",
        error_code=error.get("code", wire_name) if kind == "exception" else None,
        http_status=(
            _bound(error.get("httpStatusCode"), "integer")
            if kind == "exception"
            else None
        ),
        fault=bool(raw.get("fault")),
        recursive=recursive,
        flattened=bool(raw.get("flattened")),
        xml_name=raw.get("locationName"),
        xml_namespace=_namespace(raw.get("xmlNamespace")),
    )


def _part_trait(
    raw: dict[str, Any], part: str, trait: str, raw_shapes: dict[str, dict[str, Any]]
) -> Any:
    """A wire trait of a list's member or a map's key or value: its reference's, else
    its target shape's (botocore merges the two, as for structure members)."""
    if part not in raw or raw["type"] not in ("list", "map"):
        return None
    ref = raw[part]
    return ref.get(trait, raw_shapes[ref["shape"]].get(trait))


def _namespace(raw: dict[str, str] | str | None) -> dict[str, str] | None:
    """An XML namespace as {"uri": ..., "prefix": ...}; models also write a bare URI."""
    if raw is None:
        return None
    return {"uri": raw} if isinstance(raw, str) else dict(raw)


def _members(
    raw: dict[str, Any], kind: str, raw_shapes: dict[str, dict[str, Any]]
) -> tuple[Member, ...]:
    """A structure's members; a member's wire traits are its reference's, falling back
    to its target shape's (botocore merges the two the same way)."""
    raw_members: dict[str, dict[str, Any]] = raw.get("members", {})
    reserved = names.RESERVED_ERROR_MEMBER_NAMES if kind == "exception" else frozenset()
    python_names = names.member_names(raw_members, reserved)
    # a union member is never required: exactly one of them is set, whichever it is
    required = set(raw.get("required", ())) if kind != "union" else set()
    return tuple(
        Member(
            wire_name=wire_name,
            python_name=python_names[wire_name],
            target=ref["shape"],
            required=wire_name in required,
            docs=_documented(ref),
            location=ref.get("location", "body"),
            location_name=ref.get(
                "locationName", raw_shapes[ref["shape"]].get("locationName")
            ),
            idempotency_token=bool(ref.get("idempotencyToken")),
            sensitive=bool(ref.get("sensitive")),
            deprecated=bool(ref.get("deprecated")),
            deprecated_message=ref.get("deprecatedMessage", ""),
            streaming=bool(ref.get("streaming")),
            event_stream=bool(ref.get("eventstream")),
            host_label=bool(ref.get("hostLabel")),
            jsonvalue=bool(ref.get("jsonvalue")),
            timestamp_format=ref.get(
                "timestampFormat", raw_shapes[ref["shape"]].get("timestampFormat")
            ),
            xml_namespace=_namespace(
                ref.get("xmlNamespace", raw_shapes[ref["shape"]].get("xmlNamespace"))
            ),
            xml_attribute=bool(ref.get("xmlAttribute")),
            flattened=bool(
                ref.get("flattened", raw_shapes[ref["shape"]].get("flattened"))
            ),
            query_name=ref.get("queryName"),
            payload=raw.get("payload") == wire_name,
            event_header=bool(ref.get("eventheader")),
            event_payload=bool(ref.get("eventpayload")),
            context_param=ref.get("contextParam", {}).get("name"),
        )
        for wire_name, ref in raw_members.items()
    )


def _enum_values(values: list[str]) -> tuple[EnumValue, ...]:
    unique = list(dict.fromkeys(values))
    python_names = names.enum_member_names(unique)
    return tuple(EnumValue(python_names[value], value) for value in unique)


def _bound(value: int | float | None, kind: str) -> int | float | None:
    """Lengths and integer ranges are whole numbers even where the model writes 1.0E8."""
    if value is None or kind == "float":
        return value
    return int(value)


def python_pattern(pattern: str | None) -> str | None:
    """The model's pattern where Python's `re` means the same thing by it, else None.

    A few models write a JavaScript regex literal (`/^...$/`); its slashes would make
    the pattern match nothing, so the body is what counts.
    """
    if pattern is None:
        return None
    literal = re.fullmatch(r"/(.+)/", pattern, flags=re.DOTALL)
    if literal is not None:
        pattern = literal.group(1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            re.compile(pattern)
    except (re.error, FutureWarning, DeprecationWarning, OverflowError):
        return None
    return pattern


def _documented(raw: dict[str, Any], default: str = "") -> str:
    """The text of a part's documentation (or `default`), marked when it is deprecated."""
    text = docs.to_text(raw.get("documentation", "")) or default
    if not raw.get("deprecated"):
        return text
    since = f" since {raw['deprecatedSince']}" if raw.get("deprecatedSince") else ""
    note = f"Deprecated{since}. {raw.get('deprecatedMessage', '')}".strip()
    return f"{note}\n\n{text}" if text else note


def _input_trait(
    raw: dict[str, Any], trait: str, raw_shapes: dict[str, dict[str, Any]]
) -> Any:
    """A wire trait of an operation's input: its reference's, else its shape's."""
    if "input" not in raw:
        return None
    ref = raw["input"]
    return ref.get(trait, raw_shapes[ref["shape"]].get(trait))


def _operation(
    name: str,
    raw: dict[str, Any],
    python_name: str,
    raw_shapes: dict[str, dict[str, Any]],
) -> Operation:
    http = raw.get("http", {})
    checksum = raw.get("httpChecksum", {})
    required = raw.get("httpChecksumRequired") or checksum.get(
        "requestChecksumRequired"
    )
    supported = "requestAlgorithmMember" in checksum
    validation_header = _input_header(
        raw, checksum.get("requestValidationModeMember"), raw_shapes
    )
    return Operation(
        name=name,
        wire_name=raw["name"],
        python_name=python_name,
        http_method=http.get("method", "POST"),
        request_uri=http.get("requestUri", "/"),
        input=raw["input"]["shape"] if "input" in raw else None,
        output=raw["output"]["shape"] if "output" in raw else None,
        errors=tuple(error["shape"] for error in raw.get("errors", ())),
        host_prefix=raw.get("endpoint", {}).get("hostPrefix"),
        result_wrapper=raw.get("output", {}).get("resultWrapper"),
        input_name=_input_trait(raw, "locationName", raw_shapes),
        input_namespace=_namespace(_input_trait(raw, "xmlNamespace", raw_shapes)),
        idempotent=bool(raw.get("idempotent")),
        deprecated=bool(raw.get("deprecated")),
        docs=_documented(raw),
        auth=tuple(raw.get("auth", ()))
        or (("smithy.api#noAuth",) if raw.get("authtype") == "none" else ()),
        unsigned_payload=bool(
            raw.get("unsignedPayload") or raw.get("authtype") == "v4-unsigned-body"
        ),
        checksum="required" if required else "supported" if supported else None,
        checksum_header=_input_header(
            raw, checksum.get("requestAlgorithmMember"), raw_shapes
        ),
        validation_header=validation_header,
        response_checksums=_response_checksums(checksum) if validation_header else (),
    )


#: The response checksums a generated package checks, in the order botocore prefers
#: them (its others need the CRT: xxhash).
RESPONSE_CHECKSUMS = ("crc64nvme", "crc32c", "crc32", "sha1", "sha256", "sha512")


def _response_checksums(checksum: dict[str, Any]) -> tuple[str, ...]:
    offered = {name.lower() for name in checksum.get("responseAlgorithms", ())}
    return tuple(name for name in RESPONSE_CHECKSUMS if name in offered)


def _input_header(
    raw: dict[str, Any], member_name: str | None, raw_shapes: dict[str, Any]
) -> str | None:
    """The header of a member of the operation's input (a checksum trait names it:
    the caller's checksum algorithm, or the response checksum mode), if it is one."""
    if member_name is None or "input" not in raw:
        return None
    member = raw_shapes[raw["input"]["shape"]].get("members", {}).get(member_name)
    if member is None or member.get("location") != "header":
        return None
    return member.get("locationName", member_name)


def _references(raw: dict[str, Any]) -> list[str]:
    if raw["type"] == "structure":
        return [ref["shape"] for ref in raw.get("members", {}).values()]
    if raw["type"] == "list":
        return [raw["member"]["shape"]]
    if raw["type"] == "map":
        return [raw["key"]["shape"], raw["value"]["shape"]]
    return []


def reference_cycles(raw_shapes: dict[str, dict[str, Any]]) -> list[frozenset[str]]:
    """Groups of shapes that refer to each other: Tarjan's strongly connected components
    that hold a cycle. Iterative, because some models nest deeper than Python's stack.
    """
    graph = {name: _references(raw) for name, raw in raw_shapes.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[frozenset[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = counter
                    counter += 1
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(graph[succ])))
                    advanced = True
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph[node]:
                    cycles.append(frozenset(component))
    return cycles


# -- endpoint rules --------------------------------------------------------------------

_PARAMETER_TYPES = {
    "string": "string",
    "boolean": "boolean",
    "stringarray": "stringArray",
}


def endpoint_rules(
    ruleset: dict[str, Any], partitions: dict[str, Any], model: dict[str, Any]
) -> RuleSet:
    """A checked endpoint-rule-set-1.json with every name decided: parameters and
    assigned variables get Python names (one namespace: the compiled rules' locals)."""
    parameters = ruleset["parameters"]
    assigned: set[str] = set()
    _assigned_names(ruleset["rules"], assigned)
    python = names.rule_variable_names([*parameters, *sorted(assigned)])
    client = model.get("clientContextParams", {})
    return RuleSet(
        parameters=tuple(
            EndpointParameter(
                name=name,
                python_name=python[name],
                type=_PARAMETER_TYPES[spec["type"].lower()],  # type: ignore[arg-type]
                builtin=spec.get("builtIn"),
                default=(
                    tuple(spec["default"])
                    if isinstance(spec.get("default"), list)
                    else spec.get("default")
                ),
                required=bool(spec.get("required")),
                docs=spec.get("documentation", ""),
            )
            for name, spec in parameters.items()
        ),
        rules=tuple(_rule(rule) for rule in ruleset["rules"]),
        variables={name: python[name] for name in sorted(assigned)},
        partitions=tuple(
            Partition(
                id=p["id"],
                region_regex=p["regionRegex"],
                regions=tuple(p["regions"]),
                outputs={**p["outputs"], "name": p["id"]},
            )
            for p in partitions.get("partitions", ())
        ),
        client_context=tuple(
            (name, names.snake_case(name)) for name in client if name in parameters
        ),
    )


def _assigned_names(rules: list[dict[str, Any]], into: set[str]) -> None:
    for rule in rules:
        into.update(c["assign"] for c in rule["conditions"] if "assign" in c)
        if rule["type"] == "tree":
            _assigned_names(rule["rules"], into)


def _rule(raw: dict[str, Any]) -> EndpointRule:
    conditions = tuple(_value(c) for c in raw["conditions"])
    if raw["type"] == "tree":
        return EndpointRule("tree", conditions, rules=tuple(map(_rule, raw["rules"])))
    if raw["type"] == "error":
        return EndpointRule("error", conditions, error=_value(raw["error"]))
    endpoint = raw["endpoint"]
    return EndpointRule(
        "endpoint",
        conditions,
        url=_value(endpoint["url"]),
        properties=_properties(endpoint.get("properties", {})),
        headers=tuple(
            (name, tuple(_value(v) for v in values))
            for name, values in endpoint.get("headers", {}).items()
        ),
    )


def _value(raw: Any) -> Any:
    """A rule value: a function call, a reference, a template, or a JSON literal."""
    if isinstance(raw, str):
        return _template(raw)
    if isinstance(raw, dict) and "fn" in raw:
        args = tuple(_value(arg) for arg in raw["argv"])
        path: tuple[str, ...] = ()
        index = None
        if raw["fn"] == "getAttr":
            args = (args[0], raw["argv"][1])
            path, index = _attribute_path(raw["argv"][1])
        return Function(raw["fn"], args, raw.get("assign"), path, index)
    if isinstance(raw, dict) and "ref" in raw:
        return Reference(raw["ref"])
    return raw


def _attribute_path(text: str) -> tuple[tuple[str, ...], int | None]:
    """A getAttr path as botocore walks it: keys, then maybe `name[i]`, which ends it
    (the name, if any, is the last key; the walk stops at the index)."""
    keys: list[str] = []
    for part in text.split("."):
        match = ATTRIBUTE_INDEX.search(part)
        if match is not None:
            name, index = match.groups()
            return (*keys, name), int(index)
        keys.append(part)
    return tuple(keys), None


def _template(text: str) -> str | Template:
    parts = template_parts(text)
    if parts is None:
        return text
    out: list[str | Reference] = []
    for literal, field in parts:
        if literal:
            out.append(literal)
        if field is not None:
            name, *keys = field.split("#")
            out.append(Reference(name, tuple(keys)))
    return Template(tuple(out))


def _properties(raw: Any) -> Any:
    if isinstance(raw, dict):
        return {key: _properties(value) for key, value in raw.items()}
    if isinstance(raw, list):
        return [_properties(value) for value in raw]
    if isinstance(raw, str):
        return _template(raw)
    return raw


def _context_params(
    service: Service, raw_operations: dict[str, Any]
) -> tuple[Operation, ...]:
    """Each operation with its endpoint rule parameters: fixed ones, and those its
    operationContextParams read from the request, compiled to Python over `o`."""
    out = []
    for op in service.operations:
        raw = raw_operations[op.name]
        static = tuple(
            (name, spec["value"])
            for name, spec in raw.get("staticContextParams", {}).items()
        )
        dynamic = tuple(
            (name, _path(spec["path"], service, op.input))
            for name, spec in raw.get("operationContextParams", {}).items()
            if op.input is not None
        )
        out.append(
            dataclasses.replace(
                op, static_context_params=static, operation_context_params=dynamic
            )
        )
    return tuple(out)
