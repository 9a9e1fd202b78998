"""Naming rules: every Python name in the generated code is decided here, once.

The functions are pure and deterministic: the same model yields the same names whatever
order its shapes are listed in, because collisions are settled by sorted wire names.
"""

from __future__ import annotations

import builtins
import keyword
import re
import typing
from collections.abc import Iterable

from botocore import xform_name

# Python 3.11's keywords and soft keywords, spelled out so that the names we generate
# do not depend on the interpreter that runs the generator.
KEYWORDS = frozenset(keyword.kwlist) | {"_", "case", "match"}

#: Names a member must not take: the generated API's, the exception base's, and the
#: types that annotations in the class body name (a member `bool` would shadow the type).
RESERVED_MEMBER_NAMES = frozenset(
    {
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "dict",
        "list",
        "datetime",
        "make",
        "validate",
        "to_value",
        "from_value",
        "cls",
        "self",
        "locals",
        "args",
        "with_traceback",
        "add_note",
        "unknown_member",
    }
)

#: Names a class must not take: builtins, typing names, and what the generated package
#: itself defines or imports next to the shape classes.
RESERVED_CLASS_NAMES = (
    frozenset(dir(builtins))
    | frozenset(typing.__all__)
    | {"Self", "IO", "Any", "datetime", "Enum", "Field", "Operation", "OPERATIONS"}
    | {"ServiceError", "Structure", "Union", "ValidationError"}
    | {"HttpRequest", "ResponseParseError", "Service", "EventStream"}
    | {"Client", "BotocoreTransport", "Paginator", "WaiterError", "PaginationError"}
    | {"EndpointError"}
)

#: What a package exports from modules other than its shapes modules, by name: the
#: module that holds each (its client's name comes besides, from the model).
OTHER_EXPORTS: dict[str, str] = {
    "HttpRequest": "_wire",
    "ResponseParseError": "_wire",
    "BotocoreTransport": "_client",
    "Paginator": "_client",
    "PaginationError": "_client",
    "WaiterError": "_client",
}

_NOT_IDENTIFIER = re.compile(r"[^0-9A-Za-z_]+")
_WORDS = re.compile(r"[A-Za-z0-9]+")


def snake_case(name: str) -> str:
    """botocore's own transform (so operation names match boto3's client methods)."""
    return xform_name(name)


#: Names an error class's members must not take besides those: the attributes every
#: raised error has. (`message` and `request_id` are shared: a modeled member of that
#: name is the attribute, filled from the wire when the body leaves it out.)
RESERVED_ERROR_MEMBER_NAMES = frozenset({"code", "http_status"})


def member_names(
    wire_names: Iterable[str], reserved: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Python names for the members of one structure, unique within it; `reserved`
    names are taken as well as the generated API's."""
    wanted = {wire: _member_name(wire, reserved) for wire in wire_names}
    return _unique(wanted, lambda base, n: f"{base}_{n}")


def rule_variable_names(rule_names: Iterable[str]) -> dict[str, str]:
    """Python names for the parameters and variables of an endpoint rule set: the
    locals of its compiled rules, unique among themselves."""
    return member_names(rule_names, frozenset({"params", "found"}))


def _snake_identifier(text: str) -> str:
    """snake_case with every run of other characters made one underscore; maybe empty."""
    name = _NOT_IDENTIFIER.sub("_", snake_case(text.strip()))
    return re.sub(r"_+", "_", name).strip("_")


def _member_name(wire_name: str, reserved: frozenset[str]) -> str:
    name = _snake_identifier(wire_name).lower() or "member"
    if name[0].isdigit():
        name = "n" + name
    if name in KEYWORDS or name in RESERVED_MEMBER_NAMES or name in reserved:
        name += "_"
    return name


def operation_names(wire_names: Iterable[str]) -> dict[str, str]:
    """Method names for a service's operations: boto3's (botocore's own transform),
    made identifiers that are not keywords and unique within the service (a name two
    operations share goes to the first in sorted order; the other gets a suffix)."""
    wanted = {wire: _operation_name(wire) for wire in wire_names}
    return _unique(wanted, lambda base, n: f"{base}_{n}")


def _operation_name(wire_name: str) -> str:
    name = _snake_identifier(wire_name) or "operation"
    if name[0].isdigit():
        name = "n" + name
    return name + "_" if name in KEYWORDS else name


def class_names(
    wire_names: Iterable[str], taken: frozenset[str] = frozenset()
) -> dict[str, str]:
    """PascalCase class names for a service's shapes, unique even ignoring case; a name
    in `taken` (the service's client) is avoided as a reserved one is."""
    wanted = {wire: _class_name(wire, taken) for wire in wire_names}
    return _unique(wanted, lambda base, n: f"{base}{n}", fold=str.lower)


def _pascal_case(text: str) -> str:
    """The words of `text` joined, each with its first letter upper case."""
    return "".join(word[0].upper() + word[1:] for word in _WORDS.findall(text))


def _class_name(wire_name: str, taken: frozenset[str] = frozenset()) -> str:
    name = _pascal_case(wire_name) or "Shape"
    if name[0].isdigit():
        name = "Shape" + name
    if name in KEYWORDS or name in RESERVED_CLASS_NAMES or name in taken:
        name += "_"
    return name


def client_name(service_id: str) -> str:
    """The client class of a service, from its `serviceId`: "API Gateway" ->
    APIGatewayClient, "Lex Runtime V2" -> LexRuntimeV2Client."""
    name = _pascal_case(service_id) or "Service"
    if name[0].isdigit():
        name = "Service" + name
    return name + "Client"


#: What a client method name starts with for a paginator and for a waiter.
PAGINATE = "paginate_"
WAIT_UNTIL = "wait_until_"


def waiter_names(waiter_names: Iterable[str], taken: Iterable[str]) -> dict[str, str]:
    """`wait_until_<snake case>` method names for waiters, unique among the client's
    other methods (`taken`)."""
    wanted = {
        name: WAIT_UNTIL + (_snake_identifier(name).lower() or "ready")
        for name in waiter_names
    }
    return unique_among(wanted, set(taken))


def unique_among(wanted: dict[str, str], taken: set[str]) -> dict[str, str]:
    """`wanted` names made unique among themselves and `taken`, by numeric suffixes."""
    decided = {}
    for key in sorted(wanted):
        name, n = wanted[key], 2
        while name in taken:
            name = f"{wanted[key]}_{n}"
            n += 1
        taken.add(name)
        decided[key] = name
    return decided


def enum_member_names(values: Iterable[str]) -> dict[str, str]:
    """UPPER_SNAKE names for enum values; the values themselves are kept exactly."""
    wanted = {value: _enum_member_name(value) for value in values}
    return _unique(wanted, lambda base, n: f"{base}_{n}")


def _enum_member_name(value: str) -> str:
    name = _snake_identifier(value).upper()
    if not name:
        return "EMPTY" if not value.strip() else "VALUE"
    if name[0].isdigit():
        name = "V" + name
    return name


def _unique(wanted: dict[str, str], suffixed, fold=lambda name: name) -> dict[str, str]:
    """Settle collisions: a name that needs no change wins, then sorted wire names.

    The loser of a collision gets the lowest free numeric suffix.
    """
    order = sorted(wanted, key=lambda wire: (wanted[wire] != wire, wire))
    taken: set[str] = set()
    decided: dict[str, str] = {}
    for wire in order:
        name = wanted[wire]
        n = 2
        while fold(name) in taken:
            name = suffixed(wanted[wire], n)
            n += 1
        taken.add(fold(name))
        decided[wire] = name
    return {wire: decided[wire] for wire in wanted}


def package_name(service_name: str) -> str:
    """`botogen_<service>` as a valid identifier: elbv2 -> botogen_elbv2."""
    return (
        "botogen_"
        + re.sub(r"_+", "_", _NOT_IDENTIFIER.sub("_", service_name)).strip("_").lower()
    )
