"""The intermediate representation: the contract between normalize and render.

Every reference is resolved and every name decided before an object of this module
exists, so the renderer never looks at the raw model. The objects are frozen and made
of plain values, so the IR dumps to JSON and a change in it shows up as a diff.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, Literal

ShapeKind = Literal[
    "structure",
    "union",
    "exception",
    "list",
    "map",
    "string",
    "enum",
    "integer",
    "float",
    "boolean",
    "timestamp",
    "blob",
    "document",
]

#: Kinds that become a class of their own in the generated package.
CLASS_KINDS = frozenset({"structure", "union", "exception", "enum"})


@dataclasses.dataclass(frozen=True)
class EnumValue:
    python_name: str
    value: str


@dataclasses.dataclass(frozen=True)
class Member:
    wire_name: str
    python_name: str
    target: str  # the wire name of the target shape
    required: bool = False
    docs: str = ""
    location: str = "body"  # uri, querystring, header, headers, statusCode, body
    location_name: str | None = None
    idempotency_token: bool = False
    sensitive: bool = False
    deprecated: bool = False
    deprecated_message: str = ""
    streaming: bool = False
    event_stream: bool = False
    host_label: bool = False
    jsonvalue: bool = False
    timestamp_format: str | None = None
    xml_namespace: dict[str, str] | None = None
    xml_attribute: bool = False
    flattened: bool = False
    query_name: str | None = None
    payload: bool = False
    event_header: bool = False
    event_payload: bool = False
    context_param: str | None = None  # the endpoint rule parameter it gives a value to


@dataclasses.dataclass(frozen=True)
class Shape:
    wire_name: str
    class_name: str  # unique within the service, even ignoring case
    kind: ShapeKind
    docs: str = ""
    members: tuple[Member, ...] = ()  # structure, union, exception
    item: str | None = None  # list: the target shape of an item
    key: str | None = None  # map
    value: str | None = None  # map
    # the wire traits of a list's items and a map's keys and values (XML, query)
    item_name: str | None = None
    item_namespace: dict[str, str] | None = None
    key_name: str | None = None
    key_namespace: dict[str, str] | None = None
    value_name: str | None = None
    value_namespace: dict[str, str] | None = None
    enum_values: tuple[EnumValue, ...] = ()
    min: int | float | None = None
    max: int | float | None = None
    pattern: str | None = None  # only when Python's re compiles it
    sensitive: bool = False
    deprecated: bool = False
    streaming: bool = False
    event_stream: bool = False
    event: bool = False
    timestamp_format: str | None = None
    single: bool = False  # float: 32 bits (the model's float), not a double
    error_code: str | None = None  # exception
    http_status: int | None = None  # exception
    fault: bool = False  # exception: the server's fault, not the caller's
    recursive: bool = False  # part of a cycle of references
    flattened: bool = False
    xml_name: str | None = None
    xml_namespace: dict[str, str] | None = None


@dataclasses.dataclass(frozen=True)
class Operation:
    name: str  # the API name: the key in the model, what botocore calls the operation
    wire_name: str  # what goes over the wire (cloudfront: CreateDistribution2020_05_31)
    python_name: str
    http_method: str
    request_uri: str
    input: str | None
    output: str | None
    errors: tuple[str, ...] = ()
    host_prefix: str | None = None
    result_wrapper: str | None = None  # query: the element the output is wrapped in
    input_name: str | None = None  # rest-xml: the root element of the request body
    input_namespace: dict[str, str] | None = None  # rest-xml: its namespace
    idempotent: bool = False
    deprecated: bool = False
    docs: str = ""
    auth: tuple[str, ...] = ()  # the operation's own auth schemes (`auth`, `authtype`)
    unsigned_payload: bool = False  # sign the body as UNSIGNED-PAYLOAD
    checksum: str | None = None  # "required" or "supported" (the checksum traits)
    checksum_header: str | None = None  # the header of `requestAlgorithmMember`
    # response checksums: the header of `requestValidationModeMember`, which asks for
    # them, and the algorithms to check, in botocore's order of preference
    validation_header: str | None = None
    response_checksums: tuple[str, ...] = ()
    # endpoint rule parameters: fixed values, and values read from the request object
    # (`o`) by compiled JMESPath (operationContextParams)
    static_context_params: tuple[tuple[str, str | bool], ...] = ()
    operation_context_params: tuple[tuple[str, Path], ...] = ()


@dataclasses.dataclass(frozen=True)
class Path:
    """A JMESPath expression of a paginator or waiter, and the Python expression it was
    compiled into: it reads `o`, the operation's typed output object."""

    expression: str
    python: str


@dataclasses.dataclass(frozen=True)
class Paginator:
    """An operation's pagination (paginators-1.json), with every name resolved."""

    operation: str  # the API name
    python_name: str  # the client method: paginate_<operation's python name>
    input_tokens: tuple[str, ...]  # wire names of the input members the tokens go to
    output_tokens: tuple[Path, ...]
    result_keys: tuple[tuple[str, ...], ...]  # Python attribute paths into the output
    result_key_paths: tuple[
        Path, ...
    ]  # the same as expressions, for the docs and tests
    item: (
        str | None
    )  # the shape of the first result key's items (or its own, if no list)
    limit_key: str | None = None  # the wire name of the page size member
    more_results: Path | None = None
    non_aggregate_keys: tuple[Path, ...] = ()


@dataclasses.dataclass(frozen=True)
class Acceptor:
    state: str  # success, failure, retry
    matcher: str  # path, pathAll, pathAny, status, error
    expected: Any
    argument: Path | None = None  # path matchers


@dataclasses.dataclass(frozen=True)
class Waiter:
    """A waiter (waiters-2.json): poll an operation until an acceptor decides."""

    name: str
    python_name: str  # the client method: wait_until_<snake case>
    operation: str  # the API name
    delay: int
    max_attempts: int
    acceptors: tuple[Acceptor, ...]
    success_status: int = 200  # the HTTP status of the operation's success
    docs: str = ""


@dataclasses.dataclass(frozen=True)
class Service:
    name: str  # the botocore service name, e.g. "connect"
    package: str  # the Python package the generated code lives in
    protocol: str
    api_version: str
    metadata: dict[str, Any]
    docs: str
    operations: tuple[Operation, ...]
    shapes: tuple[Shape, ...]  # sorted by wire name
    client_name: str = ""  # the client class, from the model's serviceId
    title: str = ""  # what the docs call the service: its full name, else its name
    # the error shape for each code an error arrives with, decided as botocore decides
    error_codes: tuple[tuple[str, str], ...] = ()
    paginators: tuple[Paginator, ...] = ()  # sorted by operation
    waiters: tuple[Waiter, ...] = ()  # sorted by name
    endpoints: RuleSet | None = None  # endpoint-rule-set-1.json, if the service has one

    def shape(self, wire_name: str) -> Shape:
        return self._by_wire_name[wire_name]

    @property
    def _by_wire_name(self) -> dict[str, Shape]:
        index: dict[str, Shape] | None = self.__dict__.get("_index")
        if index is None:
            index = {shape.wire_name: shape for shape in self.shapes}
            object.__setattr__(self, "_index", index)
        return index


# -- endpoint rules (endpoint-rule-set-1.json) ------------------------------------------
#
# The rule set as botocore's EndpointProvider reads it, with every name decided: each
# parameter and each variable a rule assigns has its Python name, each template string
# is split into text and references, each getAttr path into its steps.


@dataclasses.dataclass(frozen=True)
class EndpointParameter:
    name: str  # as the rules and botocore's EndpointProvider name it
    python_name: str  # the local variable of the compiled rules
    type: Literal["string", "boolean", "stringArray"]
    builtin: str | None = None  # AWS::Region, SDK::Endpoint, AWS::S3::ForcePathStyle...
    default: str | bool | tuple[str, ...] | None = None
    required: bool = False
    docs: str = ""


@dataclasses.dataclass(frozen=True)
class Reference:
    """A variable (`{"ref": name}`), or in a template `{name#key#key}`: its value
    indexed by each key."""

    name: str
    keys: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class Template:
    """A template string: literal text and references, joined."""

    parts: tuple[str | Reference, ...]


@dataclasses.dataclass(frozen=True)
class Function:
    """A call of the rules' standard library (`{"fn": ..., "argv": [...]}`); in a
    condition, `assign` names a variable that holds its result for the rule's rest."""

    name: str  # isSet, getAttr, aws.partition...
    args: tuple[Any, ...]  # Reference, Template, Function, or a JSON literal
    assign: str | None = None
    # getAttr: the path's keys, and the index its last part ends with (`name[2]`)
    path: tuple[str, ...] = ()
    index: int | None = None


@dataclasses.dataclass(frozen=True)
class EndpointRule:
    """A rule: if every condition holds (is neither false nor null), a tree tries its
    rules in order, an endpoint rule gives its endpoint, an error rule fails."""

    type: Literal["tree", "endpoint", "error"]
    conditions: tuple[Function, ...] = ()
    rules: tuple[EndpointRule, ...] = ()  # tree
    url: Any = None  # endpoint: a Reference, Template, Function or string
    properties: Any = None  # endpoint: JSON whose strings may be Templates
    headers: tuple[tuple[str, tuple[Any, ...]], ...] = ()  # endpoint
    error: Any = None  # error: the message


@dataclasses.dataclass(frozen=True)
class Partition:
    """One partition of botocore's partitions.json: the regions it holds by name or by
    pattern, and what aws.partition gives for them."""

    id: str
    region_regex: str
    regions: tuple[str, ...]
    outputs: dict[str, str | bool]


@dataclasses.dataclass(frozen=True)
class RuleSet:
    parameters: tuple[EndpointParameter, ...]  # in the rule set's order
    rules: tuple[EndpointRule, ...]
    variables: dict[str, str]  # the Python name of every variable a rule assigns
    partitions: tuple[Partition, ...] = ()  # what aws.partition chooses from
    # the client's own parameters (clientContextParams): rule parameter -> the setting
    # that gives it a value (botocore's name: its client_context_params key)
    client_context: tuple[tuple[str, str], ...] = ()


def to_json(service: Service) -> str:
    """The IR as stable, indented JSON, with defaults left out so diffs stay small."""
    return json.dumps(_without_defaults(service), indent=1, sort_keys=False)


def _without_defaults(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        out = {}
        for field in dataclasses.fields(obj):
            value = getattr(obj, field.name)
            if field.default is not dataclasses.MISSING and value == field.default:
                continue
            out[field.name] = _without_defaults(value)
        return out
    if isinstance(obj, (list, tuple)):
        return [_without_defaults(item) for item in obj]
    return obj
