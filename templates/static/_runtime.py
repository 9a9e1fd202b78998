"""What every generated class shares: member declarations, validation and conversion.

Standard library only. A class declares its members with `field()`, as a dataclass
does; the methods that walk the members (`validate`, `to_value`, `from_value`, `make`'s
body) are compiled from those declarations the first time the class needs them, as
attrs does, so importing a class stays cheap and calls run straight-line code.
"""

from __future__ import annotations

import enum
import os
import sys

# Not `from typing import TYPE_CHECKING`: importing typing would double the import time
# of a generated package. Type checkers recognise the name whatever its origin.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any, ClassVar, Self

    from ._wire import HttpRequest

# Every name in __all__ is public: pyright's --verifytypes checks it, so annotate it
# whole (the rules are at the top of tests/test_typing.py).
__all__ = [
    "Blob",
    "Boolean",
    "Document",
    "Enum",
    "EventStream",
    "Field",
    "Float",
    "Integer",
    "ListOf",
    "MapOf",
    "Operation",
    "Ref",
    "Service",
    "ServiceError",
    "String",
    "Structure",
    "Timestamp",
    "Union",
    "ValidationError",
    "field",
    "lookup",
]


class ValidationError(ValueError):
    """Every problem found in an object, each prefixed with the path to its field."""

    def __init__(self, problems: list[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        count = f"{len(problems)} problems" if len(problems) > 1 else "1 problem"
        super().__init__(f"{count}: " + "; ".join(problems))


# -- member types ---------------------------------------------------------------------
#
# Each type writes the Python source that checks, dumps and loads one value of it. The
# source goes into the functions `_compile` builds for a class; `code.const` hands
# objects (classes, compiled patterns) to those functions as globals.


class _Code:
    """The text of the functions being compiled for one class, and their globals."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.globals: dict[str, Any] = {"ValidationError": ValidationError}
        self._counter = 0
        self.sensitive = False  # whether the member being checked may be quoted

    def add(self, depth: int, line: str) -> None:
        self.lines.append("    " * depth + line)

    def var(self, hint: str) -> str:
        self._counter += 1
        return f"{hint}{self._counter}"

    def const(self, value: Any, hint: str = "c") -> str:
        name = self.var("_" + hint)
        self.globals[name] = value
        return name

    def run(self, owner: str) -> dict[str, Any]:
        """Compile and run the lines; the functions they define, by name.

        The source is registered with `linecache` under a name of its own, as
        dataclasses and attrs do, so tracebacks and debuggers show the failing line.
        """
        import linecache

        source = "\n".join(self.lines) + "\n"
        filename = f"<botogen {owner}>"
        linecache.cache[filename] = (
            len(source),
            None,
            source.splitlines(True),
            filename,
        )
        namespace: dict[str, Any] = {}
        exec(compile(source, filename, "exec"), self.globals, namespace)
        return namespace


class _Type:
    """A member type; the defaults suit values that pass through unchanged."""

    python_type: ClassVar[str] = "object"

    def check(self, code: _Code, depth: int, var: str, path: str) -> None:
        pass

    def dump(self, code: _Code, var: str) -> str | None:
        """An expression for the botocore form of `var`, or None if it is `var` itself."""
        return None

    def load(self, code: _Code, var: str) -> str | None:
        """An expression for the typed form of `var`, or None if it is `var` itself."""
        return None

    def _type_check(
        self, code: _Code, depth: int, var: str, path: str, test: str
    ) -> None:
        code.add(depth, f"if not ({test}):")
        code.add(
            depth + 1,
            f"errors.append({path} + ': expected {self.python_type}, got ' "
            f"+ type({var}).__name__)",
        )


def _bounds(
    code: _Code, depth: int, what: str, path: str, low: Any, high: Any, measure: str
) -> None:
    if low is not None:
        code.add(depth, f"if {measure} < {low!r}:")
        code.add(
            depth + 1,
            f"errors.append({path} + f': {what}{{{measure}!r}} is below the minimum {low!r}')",
        )
    if high is not None:
        code.add(depth, f"if {measure} > {high!r}:")
        code.add(
            depth + 1,
            f"errors.append({path} + f': {what}{{{measure}!r}} is above the maximum {high!r}')",
        )


class String(_Type):
    """A string, or an enum when `enum` names the enum class (any string is accepted)."""

    python_type = "str"
    min: int | None
    max: int | None
    pattern: str | None
    enum: str | None

    def __init__(
        self,
        min: int | None = None,
        max: int | None = None,
        pattern: str | None = None,
        enum: str | None = None,
    ) -> None:
        self.min, self.max, self.pattern, self.enum = min, max, pattern, enum

    def check(self, code: _Code, depth: int, var: str, path: str) -> None:
        self._type_check(code, depth, var, path, f"isinstance({var}, str)")
        if self.min is None and self.max is None and self.pattern is None:
            return
        code.add(depth, "else:")
        _bounds(code, depth + 1, "length ", path, self.min, self.max, f"len({var})")
        if self.pattern is not None:
            import re

            regex = code.const(re.compile(self.pattern), "pattern")
            shown = "***" if code.sensitive else f"{{{var}!r}}"
            code.add(depth + 1, f"if {regex}.search({var}) is None:")
            code.add(
                depth + 2,
                f"errors.append({path} + f': {shown} does not match the pattern '"
                f" + {regex}.pattern)",
            )

    def dump(self, code: _Code, var: str) -> str | None:
        return None if self.enum is None else f"str({var})"

    def load(self, code: _Code, var: str) -> str | None:
        if self.enum is None:
            return None
        enum_class = code.const(_resolve(self.enum), "enum")
        return f"({enum_class}._value2member_map_.get({var}) or {enum_class}({var}))"


class _Number(_Type):
    """A number within optional bounds; a bool is not one, though Python says it is."""

    accepted: ClassVar[str]  # the types isinstance() is given
    min: float | None
    max: float | None

    def __init__(self, min: float | None = None, max: float | None = None) -> None:
        self.min, self.max = min, max

    def check(self, code: _Code, depth: int, var: str, path: str) -> None:
        test = f"isinstance({var}, {self.accepted}) and not isinstance({var}, bool)"
        self._type_check(code, depth, var, path, test)
        if self.min is not None or self.max is not None:
            code.add(depth, "else:")
            _bounds(code, depth + 1, "", path, self.min, self.max, var)


class Integer(_Number):
    """An integer or long: Python's int is exact at any size."""

    python_type = "int"
    accepted = "int"


class Float(_Number):
    """A float or double; an int is accepted, as botocore accepts it. `single` marks
    a float (not a double) where the protocol writes its width (CBOR: 32 bits)."""

    python_type = "float"
    accepted = "(float, int)"

    def __init__(
        self, min: float | None = None, max: float | None = None, single: bool = False
    ) -> None:
        super().__init__(min, max)
        self.single = single


class Boolean(_Type):
    python_type = "bool"

    def check(self, code: _Code, depth: int, var: str, path: str) -> None:
        self._type_check(code, depth, var, path, f"isinstance({var}, bool)")


class Timestamp(_Type):
    """A datetime; `format` is how the model says to write it on the wire, if it says."""

    python_type = "datetime"
    format: str | None

    def __init__(self, format: str | None = None) -> None:
        self.format = format

    def check(self, code: _Code, depth: int, var: str, path: str) -> None:
        import datetime

        datetime_class = code.const(datetime.datetime, "datetime")
        self._type_check(code, depth, var, path, f"isinstance({var}, {datetime_class})")


class Blob(_Type):
    """Bytes; a streaming blob also takes a binary file object (anything with `read`)."""

    python_type = "bytes"
    min: int | None
    max: int | None
    streaming: bool

    def __init__(
        self, min: int | None = None, max: int | None = None, streaming: bool = False
    ) -> None:
        self.min, self.max, self.streaming = min, max, streaming

    def check(self, code: _Code, depth: int, var: str, path: str) -> None:
        test = f"isinstance({var}, (bytes, bytearray))"
        if self.streaming:
            test += f" or hasattr({var}, 'read')"
        self._type_check(code, depth, var, path, test)
        if (self.min is not None or self.max is not None) and not self.streaming:
            code.add(depth, "else:")
            _bounds(code, depth + 1, "length ", path, self.min, self.max, f"len({var})")


class Document(_Type):
    """Any JSON value, passed through as it is."""

    python_type = "JSON value"


class ListOf(_Type):
    """A list; `item_name`, `item_namespace` and `flattened` say how XML and query
    protocols write its items."""

    python_type = "list"
    item: _Type
    min: int | None
    max: int | None
    item_name: str | None
    item_namespace: tuple[str, str] | None
    flattened: bool

    def __init__(
        self,
        item: _Type,
        min: int | None = None,
        max: int | None = None,
        item_name: str | None = None,
        item_namespace: tuple[str, str] | None = None,
        flattened: bool = False,
    ) -> None:
        self.item, self.min, self.max = item, min, max
        self.item_name, self.item_namespace = item_name, item_namespace
        self.flattened = flattened

    def check(self, code: _Code, depth: int, var: str, path: str) -> None:
        self._type_check(code, depth, var, path, f"isinstance({var}, (list, tuple))")
        code.add(depth, "else:")
        _bounds(code, depth + 1, "length ", path, self.min, self.max, f"len({var})")
        prefix, index, item = code.var("p"), code.var("i"), code.var("x")
        code.add(depth + 1, f"{prefix} = {path}")
        code.add(depth + 1, f"for {index}, {item} in enumerate({var}):")
        code.add(depth + 2, f"if {item} is None:")
        code.add(
            depth + 3, f"errors.append(f'{{{prefix}}}[{{{index}}}]: must not be None')"
        )
        code.add(depth + 2, "else:")
        code.add(depth + 3, "pass")
        self.item.check(code, depth + 3, item, f"f'{{{prefix}}}[{{{index}}}]'")

    def dump(self, code: _Code, var: str) -> str | None:
        item = code.var("x")
        dumped = self.item.dump(code, item)
        return f"list({var})" if dumped is None else f"[{dumped} for {item} in {var}]"

    def load(self, code: _Code, var: str) -> str | None:
        item = code.var("x")
        loaded = self.item.load(code, item)
        return f"list({var})" if loaded is None else f"[{loaded} for {item} in {var}]"


class MapOf(_Type):
    """A map; `key_name`, `value_name`, their namespaces and `flattened` say how XML
    and query protocols write its entries."""

    python_type = "dict"
    key: _Type
    value: _Type
    min: int | None
    max: int | None
    key_name: str | None
    value_name: str | None
    flattened: bool
    key_namespace: tuple[str, str] | None
    value_namespace: tuple[str, str] | None

    def __init__(
        self,
        key: _Type,
        value: _Type,
        min: int | None = None,
        max: int | None = None,
        key_name: str | None = None,
        value_name: str | None = None,
        flattened: bool = False,
        key_namespace: tuple[str, str] | None = None,
        value_namespace: tuple[str, str] | None = None,
    ) -> None:
        self.key, self.value, self.min, self.max = key, value, min, max
        self.key_name, self.value_name, self.flattened = key_name, value_name, flattened
        self.key_namespace, self.value_namespace = key_namespace, value_namespace

    def check(self, code: _Code, depth: int, var: str, path: str) -> None:
        self._type_check(code, depth, var, path, f"isinstance({var}, dict)")
        code.add(depth, "else:")
        _bounds(code, depth + 1, "length ", path, self.min, self.max, f"len({var})")
        prefix, key, value = code.var("p"), code.var("k"), code.var("v")
        code.add(depth + 1, f"{prefix} = {path}")
        code.add(depth + 1, f"for {key}, {value} in {var}.items():")
        # str(): a key from_value made an enum member reads as its value
        shown = f"{{str({key})!r}}"
        self.key.check(code, depth + 2, key, f"f'{{{prefix}}}[{shown}] (key)'")
        code.add(depth + 2, f"if {value} is None:")
        code.add(
            depth + 3, f"errors.append(f'{{{prefix}}}[{shown}]: must not be None')"
        )
        code.add(depth + 2, "else:")
        code.add(depth + 3, "pass")
        self.value.check(code, depth + 3, value, f"f'{{{prefix}}}[{shown}]'")

    def dump(self, code: _Code, var: str) -> str | None:
        key, value = code.var("k"), code.var("v")
        dumped_key = self.key.dump(code, key) or key
        dumped_value = self.value.dump(code, value) or value
        if (dumped_key, dumped_value) == (key, value):
            return f"dict({var})"
        return f"{{{dumped_key}: {dumped_value} for {key}, {value} in {var}.items()}}"

    def load(self, code: _Code, var: str) -> str | None:
        key, value = code.var("k"), code.var("v")
        loaded_key = self.key.load(code, key) or key
        loaded_value = self.value.load(code, value) or value
        if (loaded_key, loaded_value) == (key, value):
            return f"dict({var})"
        return f"{{{loaded_key}: {loaded_value} for {key}, {value} in {var}.items()}}"


class EventStream(_Type):
    """An event stream: any iterable of events (each a union of the event kinds).

    Events are converted as they are consumed, so a stream is read once, lazily; it is
    not checked beyond being iterable.
    """

    python_type = "iterable of events"

    def __init__(self, event: _Type) -> None:
        self.event = event

    def check(self, code: _Code, depth: int, var: str, path: str) -> None:
        self._type_check(code, depth, var, path, f"hasattr({var}, '__iter__')")

    def dump(self, code: _Code, var: str) -> str | None:
        item = code.var("x")
        return f"({self.event.dump(code, item)} for {item} in {var})"

    def load(self, code: _Code, var: str) -> str | None:
        item = code.var("x")
        return f"({self.event.load(code, item)} for {item} in {var})"


class Ref(_Type):
    """A structure, union or exception, named by its class (resolved when first used)."""

    def __init__(self, class_name: str) -> None:
        self.class_name = class_name

    def check(self, code: _Code, depth: int, var: str, path: str) -> None:
        target = code.const(_resolve(self.class_name), "cls")
        code.add(depth, f"if isinstance({var}, {target}):")
        code.add(depth + 1, f"if deep or not {var}._checked:")
        code.add(depth + 2, f"{var}._check(errors, {_extended(path, '.')}, deep)")
        code.add(depth, "else:")
        code.add(
            depth + 1,
            f"errors.append({path} + ': expected {self.class_name}, got ' "
            f"+ type({var}).__name__)",
        )

    def dump(self, code: _Code, var: str) -> str | None:
        return f"{var}.to_value()"

    def load(self, code: _Code, var: str) -> str | None:
        return f"{code.const(_resolve(self.class_name), 'cls')}.from_value({var})"


def _extended(path: str, suffix: str) -> str:
    """A path expression with `suffix` appended, inside its closing literal if it has one."""
    if path.endswith("'"):
        return path[:-1] + suffix + "'"
    return f"{path} + {suffix!r}"


def _resolve(class_name: str) -> Any:
    """A class of this package by name, through the package's lazy exports."""
    return getattr(sys.modules[__package__ or __name__.rpartition(".")[0]], class_name)


# -- members and classes --------------------------------------------------------------


class Field:
    """One member of a structure: its wire name, its type and what the model says of it.

    The wire traits say where the protocols put it: `location` (None for the body,
    else "uri", "querystring", "header", "headers" or "statusCode") under `serialized`
    (the model's locationName; the wire name when it has none), ec2's `query_name`
    (its queryName, else its locationName capitalized; None for the wire name),
    XML attribute and namespace, a host label, the payload, an event's header or
    payload.
    """

    __slots__ = (
        "name",
        "wire_name",
        "type",
        "required",
        "sensitive",
        "idempotency_token",
        "location",
        "serialized",
        "query_name",
        "xml_attribute",
        "xml_namespace",
        "host_label",
        "payload",
        "event_header",
        "event_payload",
    )
    name: str
    wire_name: str
    type: _Type
    required: bool
    sensitive: bool
    idempotency_token: bool
    location: str | None
    serialized: str
    query_name: str | None
    xml_attribute: bool
    xml_namespace: tuple[str, str] | None
    host_label: bool
    payload: bool
    event_header: bool
    event_payload: bool

    def __init__(
        self,
        wire_name: str,
        type: _Type,
        required: bool = False,
        sensitive: bool = False,
        idempotency_token: bool = False,
        location: str | None = None,
        serialized: str | None = None,
        query_name: str | None = None,
        xml_attribute: bool = False,
        xml_namespace: tuple[str, str] | None = None,
        host_label: bool = False,
        payload: bool = False,
        event_header: bool = False,
        event_payload: bool = False,
    ) -> None:
        self.name = ""  # the Python name, set when the class is created
        self.wire_name = wire_name
        self.type = type
        self.required = required
        self.sensitive = sensitive
        self.idempotency_token = idempotency_token
        self.location = location
        self.serialized = wire_name if serialized is None else serialized
        self.query_name = query_name
        self.xml_attribute = xml_attribute
        self.xml_namespace = xml_namespace
        self.host_label = host_label
        self.payload = payload
        self.event_header = event_header
        self.event_payload = event_payload


def field(
    wire_name: str,
    type: _Type,
    *,
    required: bool = False,
    sensitive: bool = False,
    idempotency_token: bool = False,
    location: str | None = None,
    name: str | None = None,
    query_name: str | None = None,
    xml_attribute: bool = False,
    xml_namespace: tuple[str, str] | None = None,
    host_label: bool = False,
    payload: bool = False,
    event_header: bool = False,
    event_payload: bool = False,
) -> Any:
    """Declare a member (typed Any so that `name: str = field(...)` type-checks);
    `name` is the model's locationName, where it differs from the wire name."""
    return Field(
        wire_name,
        type,
        required,
        sensitive,
        idempotency_token,
        location,
        name,
        query_name,
        xml_attribute,
        xml_namespace,
        host_label,
        payload,
        event_header,
        event_payload,
    )


class _StructureMeta(type):
    """Turns `field()` declarations into `__slots__` and the `_fields` table."""

    def __new__(
        mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any]
    ) -> _StructureMeta:
        fields = []
        for key, value in list(namespace.items()):
            if isinstance(value, Field):
                value.name = key
                fields.append(value)
                del namespace[key]
        if (
            "__slots__" not in namespace
        ):  # a generated class or a user's subclass of one
            inherited = tuple(f for base in bases for f in getattr(base, "_fields", ()))
            namespace["_fields"] = (*inherited, *fields)
            slotted = {
                n
                for base in bases
                for k in base.__mro__
                for n in k.__dict__.get("__slots__", ())
            }
            own = tuple(f.name for f in fields if f.name not in slotted)
            if "_nulls" not in slotted and any(_is_document(f) for f in fields):
                own += ("_nulls",)  # the document members from_value read as null
            has_flag = any(hasattr(base, "_checked") for base in bases)
            namespace["__slots__"] = own if has_flag else (*own, "_checked")
        return super().__new__(mcls, name, bases, namespace)


class Structure(metaclass=_StructureMeta):
    """Base of the generated structure classes.

    The methods here compile the class's own versions and then call them; later calls
    find the compiled ones on the class itself.

    `_checked` says that `make` or `validate()` found the object valid. `make` trusts
    such members, as pydantic trusts model instances, so that a tree built bottom-up
    with `make` is checked once, not once per level; `validate()` checks everything.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[Field, ...]] = ()
    _checked: bool

    @classmethod
    def _build(cls, args: dict[str, Any]) -> Self:
        """Body of `make`: set the members, fill idempotency tokens, validate."""
        return _compile(cls)["_build"](cls, args)  # type: ignore[no-any-return]

    def _check(self, errors: list[str], path: str, deep: bool) -> None:
        _compile(type(self))["_check"](self, errors, path, deep)

    def validate(self) -> None:
        """Check the model's constraints; raise one ValidationError naming every problem."""
        errors: list[str] = []
        self._check(errors, "", True)
        if errors:
            raise ValidationError(errors)
        self._checked = True  # type: ignore[misc]  # each class's slot, from _StructureMeta

    def to_value(self) -> dict[str, Any]:
        """The dict botocore takes: wire names, set members only."""
        return _compile(type(self))["to_value"](self)  # type: ignore[no-any-return]

    @classmethod
    def from_value(cls, value: Mapping[str, Any]) -> Self:
        """The object for a dict in botocore's form; unknown keys are ignored."""
        return _compile(cls)["from_value"](cls, value)  # type: ignore[no-any-return]

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return (
            all(getattr(self, f.name) == getattr(other, f.name) for f in self._fields)
            and getattr(self, "_unknown", None) == getattr(other, "_unknown", None)
            and getattr(self, "_nulls", None) == getattr(other, "_nulls", None)
        )

    __hash__: ClassVar[None] = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = []
        for f in self._fields:
            value = getattr(self, f.name)
            if value is not None:
                shown.append(f"{f.name}={'***' if f.sensitive else repr(value)}")
        return f"{type(self).__name__}({', '.join(shown)})"


class Union(Structure):
    """Base of the generated union classes: exactly one member is set.

    A member this version of the model does not know is kept in `_unknown`, as
    (wire name, value), so that what a newer service returns survives a round trip.
    """

    __slots__ = ("_unknown",)
    _unknown: tuple[str, Any] | None

    @property
    def unknown_member(self) -> tuple[str, Any] | None:
        """The (wire name, value) of a member newer than this model, if one was received."""
        return self._unknown


class ServiceError(Structure, Exception):
    """Base of the generated error classes, and the error raised for a code the model
    does not know.

    `code` is the error code the service sent, `message` its message, `http_status`
    and `request_id` those of the response; a class's modeled members come besides.
    """

    __slots__ = ("code", "message", "http_status", "request_id")
    _error_code: ClassVar[str] = ""
    _http_status: ClassVar[int] = 0
    code: str
    message: str | None
    http_status: int
    request_id: str | None

    def __str__(self) -> str:
        message = getattr(self, "message", None)
        if isinstance(message, str) and message:
            return message
        return getattr(self, "code", "") or repr(self)

    def __repr__(self) -> str:
        own = {f.name for f in self._fields}
        shown = [
            f"{name}={getattr(self, name)!r}"
            for name in ("code", "message", "http_status", "request_id")
            if name not in own and getattr(self, name, None) is not None
        ]
        fields = super().__repr__()
        inner = fields[fields.index("(") + 1 : -1]
        return f"{type(self).__name__}({', '.join(shown + ([inner] if inner else []))})"

    __hash__: ClassVar[None] = None  # type: ignore[assignment]


class Enum(enum.StrEnum):
    """Base of the generated enums: a value the model does not list yet is still accepted."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class Operation:
    """One row of a service's operation table: wire name, HTTP binding, shapes' classes.

    `serialize` and `parse` put the operation on the wire in the service's protocol;
    each is compiled for the operation on its first call.
    """

    __slots__ = (
        "name",
        "http_method",
        "request_uri",
        "input",
        "output",
        "errors",
        "wire_name",
        "host_prefix",
        "result_wrapper",
        "input_name",
        "input_namespace",
        "auth",
        "unsigned_payload",
        "checksum",
        "checksum_header",
        "validation_header",
        "response_checksums",
        "service",
        "_serializer",
        "_parser",
    )
    name: str
    http_method: str
    request_uri: str
    input: str | None
    output: str | None
    errors: tuple[str, ...]
    wire_name: str
    host_prefix: str | None
    result_wrapper: str | None
    input_name: str | None
    input_namespace: tuple[str, str] | None
    auth: tuple[str, ...]  # the operation's own auth schemes, if the model names any
    unsigned_payload: bool
    checksum: str | None  # "required" or "supported": the model's request checksum
    checksum_header: str | None  # where the caller's checksum algorithm goes
    validation_header: str | None  # where a request asks for response checksums
    response_checksums: tuple[str, ...]  # those to check, the preferred first

    service: Service  # set by the Service the operation belongs to
    _serializer: Callable[[Any], HttpRequest] | None
    _parser: Callable[[int, Any, Any], Any] | None

    def __init__(
        self,
        name: str,
        http_method: str,
        request_uri: str,
        input: str | None,
        output: str | None,
        errors: tuple[str, ...] = (),
        wire_name: str | None = None,
        host_prefix: str | None = None,
        result_wrapper: str | None = None,
        input_name: str | None = None,
        input_namespace: tuple[str, str] | None = None,
        auth: tuple[str, ...] = (),
        unsigned_payload: bool = False,
        checksum: str | None = None,
        checksum_header: str | None = None,
        validation_header: str | None = None,
        response_checksums: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.wire_name = wire_name or name  # what goes over the wire, if not the name
        self.http_method = http_method
        self.request_uri = request_uri
        self.input = input
        self.output = output
        self.errors = errors
        self.host_prefix = host_prefix
        self.result_wrapper = result_wrapper
        self.input_name = input_name
        self.input_namespace = input_namespace
        self.auth = auth
        self.unsigned_payload = unsigned_payload
        self.checksum = checksum
        self.checksum_header = checksum_header
        self.validation_header = validation_header
        self.response_checksums = response_checksums
        self._serializer = None
        self._parser = None

    def __repr__(self) -> str:
        return f"Operation({self.name!r}, {self.http_method!r}, {self.request_uri!r})"

    def input_class(self) -> Any:
        return None if self.input is None else _resolve(self.input)

    def output_class(self) -> Any:
        return None if self.output is None else _resolve(self.output)

    def serialize(self, request: Any = None) -> HttpRequest:
        """The HTTP request for `request`, an object of the input class (checked first
        unless `make` or `validate()` checked it)."""
        serializer = self._serializer
        if serializer is None:
            serializer = self._serializer = self.service.protocol().serializer(self)
        return serializer(request)

    def parse(self, status: int, headers: Any, body: Any) -> Any:
        """The output object of a 2xx response (None for an operation without output);
        any other status raises the error class its code names, or ServiceError."""
        parser = self._parser
        if parser is None:
            parser = self._parser = self.service.protocol().parser(self)
        return parser(status, headers, body)


#: The module that speaks each protocol, in the generated package.
_PROTOCOL_MODULES = {
    "rest-json": "_rest_json",
    "json": "_aws_json",
    "rest-xml": "_rest_xml",
    "query": "_query",
    "ec2": "_query",
    "smithy-rpc-v2-cbor": "_rpc_v2_cbor",
}


class Service:
    """What the wire needs to know of a service besides its operations and shapes."""

    def __init__(
        self,
        name: str,
        protocol: str,
        operations: dict[str, Operation],
        errors: dict[str, str],
        api_version: str = "",
        target_prefix: str = "",
        json_version: str = "1.0",
        xml_namespace: str = "",
        query_compatible: bool = False,
        service_id: str = "",
        signing_name: str = "",
        endpoint_prefix: str = "",
    ) -> None:
        self.name = name
        self.protocol_name = protocol
        self.operations = operations
        self.errors = errors
        self.api_version = api_version
        self.target_prefix = target_prefix
        self.json_version = json_version
        self.xml_namespace = xml_namespace
        self.query_compatible = query_compatible
        self.service_id = service_id
        self.signing_name = signing_name
        self.endpoint_prefix = endpoint_prefix
        self._protocol: Any = None
        for operation in operations.values():
            operation.service = self

    def protocol(self) -> Any:
        """The module that speaks the service's protocol, imported on first use."""
        if self._protocol is None:
            import importlib

            package = __package__ or __name__.rpartition(".")[0]
            module = importlib.import_module(
                f"{package}.{_PROTOCOL_MODULES[self.protocol_name]}"
            )
            self._protocol = module.Protocol(self)
        return self._protocol

    def error_class(self, code: str) -> type[ServiceError]:
        """The error class for an error code; ServiceError for a code the model lacks."""
        class_name = self.errors.get(code)
        return ServiceError if class_name is None else _resolve(class_name)


def lookup(
    package: str, modules: set[str], name: str, elsewhere: Mapping[str, str] = {}
) -> Any:
    """Import the module that holds `name`: the one `elsewhere` names for it, else the
    shapes module whose suffix is the longest prefix of its lower-case form."""
    if name in elsewhere:
        module = f"{package}.{elsewhere[name]}"
        __import__(module)
        return getattr(sys.modules[module], name)
    lower = name.lower()
    for end in range(len(lower), 0, -1):
        if lower[:end] in modules:
            module = f"{package}._shapes_{lower[:end]}"
            __import__(module)
            return getattr(sys.modules[module], name)
    raise AttributeError(f"module {package!r} has no attribute {name!r}")


_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def _token() -> str:
    """A fresh UUID4 string, for idempotency tokens the caller did not give (as
    `str(uuid.uuid4())`, in a third of the time)."""
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


# -- compiling a class's methods ------------------------------------------------------


def _compile(cls: type[Structure]) -> dict[str, Any]:
    """Write `_build`, `_check`, `to_value` and `from_value` for `cls`, install them
    on it when it may have them (`_installs`), and return them."""
    code = _Code()
    is_union = issubclass(cls, Union)
    _write_build(code, cls)
    _write_check(code, cls, is_union)
    _write_to_value(code, cls, is_union)
    _write_from_value(code, cls, is_union)
    namespace = code.run(f"{cls.__module__}.{cls.__qualname__}")
    if _installs(cls):
        cls._build = classmethod(namespace["_build"])  # type: ignore[method-assign,assignment]
        cls._check = namespace["_check"]  # type: ignore[method-assign]
        cls.to_value = namespace["to_value"]  # type: ignore[method-assign]
        cls.from_value = classmethod(namespace["from_value"])  # type: ignore[method-assign,assignment]
    return namespace


def _installs(cls: type[Structure]) -> bool:
    """Whether methods compiled for `cls` may be installed on it: not on the runtime's
    own bases (a ServiceError raised for a code the model lacks is one), since every
    class below them would inherit methods made for no members at all."""
    return cls not in (Structure, Union, ServiceError)


def _write_build(code: _Code, cls: type[Structure]) -> None:
    code.add(0, "def _build(cls, args):")
    code.add(1, "self = cls.__new__(cls)")
    for f in cls._fields:
        code.add(1, f"self.{f.name} = args[{f.name!r}]")
        if f.idempotency_token:
            code.add(1, f"if self.{f.name} is None:")
            code.add(2, f"self.{f.name} = {code.const(_token, 'token')}()")
    if issubclass(cls, Union):
        code.add(1, "self._unknown = None")
    _write_error_attributes(code, cls)
    code.add(1, "errors, path, deep = [], '', False")
    _write_check_body(
        code, cls, issubclass(cls, Union)
    )  # inline: one call less per make
    code.add(1, "if errors:")
    code.add(2, "raise ValidationError(errors)")
    code.add(1, "self._checked = True")
    code.add(1, "return self")


def _write_check(code: _Code, cls: type[Structure], is_union: bool) -> None:
    code.add(0, "def _check(self, errors, path, deep):")
    _write_check_body(code, cls, is_union)
    code.add(1, "return None")


def _write_check_body(code: _Code, cls: type[Structure], is_union: bool) -> None:
    """Checks of `self`'s members that append to `errors`, given `path` and `deep`."""
    if is_union:
        set_members = " + ".join(
            [f"(self.{f.name} is not None)" for f in cls._fields]
            + ["(self._unknown is not None)"]
        )
        code.add(1, f"count = {set_members}")
        code.add(1, "if count != 1:")
        code.add(
            2,
            "errors.append((path[:-1] or 'value') + f': exactly one member must be set,"
            " found {count}')",
        )
    for f in cls._fields:
        var = code.var("v")
        path = f"path + {f.name!r}"
        code.add(1, f"{var} = self.{f.name}")
        if f.required:
            null = f" and {f.wire_name!r} not in {_NULLS}" if _is_document(f) else ""
            code.add(1, f"if {var} is None{null}:")
            code.add(2, f"errors.append({path} + ': is required')")
            code.add(1, "else:")
        else:
            code.add(1, f"if {var} is not None:")
        code.add(2, "pass")
        code.sensitive = f.sensitive
        f.type.check(code, 2, var, path)


def _write_to_value(code: _Code, cls: type[Structure], is_union: bool) -> None:
    code.add(0, "def to_value(self):")
    code.add(1, "out = {}")
    for f in cls._fields:
        var = code.var("v")
        code.add(1, f"{var} = self.{f.name}")
        code.add(1, f"if {var} is not None:")
        code.add(2, f"out[{f.wire_name!r}] = {f.type.dump(code, var) or var}")
        if _is_document(f):
            code.add(1, f"elif {f.wire_name!r} in {_NULLS}:")
            code.add(2, f"out[{f.wire_name!r}] = None")
    if is_union:
        code.add(1, "if self._unknown is not None:")
        code.add(2, "out[self._unknown[0]] = self._unknown[1]")
    code.add(1, "return out")


def _write_from_value(code: _Code, cls: type[Structure], is_union: bool) -> None:
    code.add(0, "def from_value(cls, value):")
    code.add(1, "self = cls.__new__(cls)")
    code.add(1, "self._checked = False")
    code.add(1, "get = value.get")
    for f in cls._fields:
        var = code.var("v")
        loaded = f.type.load(code, var)
        if loaded is None:
            code.add(1, f"self.{f.name} = get({f.wire_name!r})")
        else:
            code.add(1, f"{var} = get({f.wire_name!r})")
            code.add(1, f"self.{f.name} = None if {var} is None else {loaded}")
    documents = tuple(f.wire_name for f in cls._fields if _is_document(f))
    if documents:
        code.add(
            1,
            f"self._nulls = frozenset(k for k in {documents!r} if k in value and "
            "value[k] is None) or None",
        )
    _write_error_attributes(code, cls)
    if is_union:
        known = code.const(frozenset(f.wire_name for f in cls._fields), "known")
        code.add(1, f"unknown = [key for key in value if key not in {known}]")
        code.add(
            1, "self._unknown = (unknown[0], value[unknown[0]]) if unknown else None"
        )
    code.add(1, "return self")


#: In compiled methods: the wire names of the document members that from_value found
#: holding an explicit JSON null. Absent and null both read as None; only for a
#: document does the difference matter, so to_value writes such a null back.
_NULLS = "(getattr(self, '_nulls', None) or ())"


def _is_document(f: Field) -> bool:
    return isinstance(f.type, Document)


def _write_error_attributes(
    code: _Code, cls: type[Structure], obj: str = "self"
) -> None:
    """An error made by `make` or `from_value` has its class's code and status; a
    response parser sets what the response says."""
    if not issubclass(cls, ServiceError):
        return
    constant = code.const(cls, "error")
    code.add(1, f"{obj}.code = {constant}._error_code")
    code.add(1, f"{obj}.http_status = {constant}._http_status")
    names = {f.name for f in cls._fields}
    for name in ("message", "request_id"):
        if name not in names:
            code.add(1, f"{obj}.{name} = None")
