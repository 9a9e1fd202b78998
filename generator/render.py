"""Render: the IR in, Python source text per file out (not yet formatted).

Templates hold the shape of the generated code; this module computes the pieces that
need the IR (type annotations, member types, which class lives in which module) and is
the only way model text enters the source: through `literal`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import jinja2

from . import names as naming
from .ir import CLASS_KINDS, Member, Operation, Service, Shape
from .layout import (
    LINE_LENGTH,
    Call,
    annotated_assignment,
    fits,
    assignment,
    import_from,
    json_literal,
    laid_out,
    literal,
    parameter,
    tuple_display,
    tuple_text,
)
from .resources import TEMPLATES

#: At most this many classes share a shapes module: importing one class then costs
#: a few milliseconds, and touching every class imports few modules.
MODULE_SIZE = 120


#: The runtime modules every package carries: values, the wire's common part, clients,
#: the standalone transport with its credentials, and SigV4 signing.
STATIC = (
    "_runtime.py",
    "_wire.py",
    "_client.py",
    "_credentials.py",
    "_transport.py",
    "_http.py",
    "_sigv4.py",
)

#: Every runtime module, copied as it is (they are black-formatted in the repository).
STATIC_FILES = frozenset(path.name for path in (TEMPLATES / "static").iterdir())


def needs_black(path: str, text: str) -> bool:
    """Whether a rendered file goes through black.

    Not the runtime (black-formatted in the repository), nor a generated module whose
    every line the layout engine fit: it is written in black's layout by construction
    (tests hold it to black on every sampled service and fuzzed model, and on every
    service in `make test-all`), and black would parse it only to change nothing,
    which was most of a cold generation. A line the engine could not fit is for black.
    """
    name = path.rpartition("/")[2]
    return name.endswith(".py") and name not in STATIC_FILES and not fits(text)


_PYTHON_TYPES = {
    "string": "str",
    "integer": "int",
    "float": "float",
    "boolean": "bool",
    "timestamp": "datetime.datetime",
    "blob": "bytes",
    "document": "Any",
}


def docstring(text: str, indent: int = 0) -> str:
    """A docstring at `indent`, its closing quotes where black puts them."""
    body = indented(dedented(literal(text, docstring=True)), indent)
    last_line = body.rsplit("\n", 1)[-1]
    if "\n" in body and len(last_line) > LINE_LENGTH:
        body = body[:-3] + "\n" + " " * indent + '"""'
    return body


def dedented(text: str) -> str:
    """Lines after the first without the indent they all share (a list item's hanging
    indent, when it is the whole text), as black re-indents a docstring."""
    first, *rest = text.removesuffix('"""').split("\n")
    if not any(line.strip() for line in rest):
        return text
    common = min(len(line) - len(line.lstrip()) for line in rest if line.strip())
    if not common:
        return text
    return "\n".join([first, *(line[common:] for line in rest)]) + '"""'


def indented(text: str, indent: int) -> str:
    """Lines after the first indented, as black leaves a docstring; blank lines stay empty."""
    pad = " " * indent
    return "\n".join(
        (pad + line if line and index else line)
        for index, line in enumerate(text.split("\n"))
    )


def module_groups(
    class_names: Iterable[str], limit: int = MODULE_SIZE
) -> dict[str, list[str]]:
    """Classes grouped into modules by the prefix of their lower-case names.

    A prefix that holds more than `limit` classes is split by one more letter, so a
    new shape moves no class but its neighbours, and the runtime finds a class's
    module from its name alone (the longest prefix that is a module).
    """
    groups: dict[str, list[str]] = {}

    def split(prefix: str, members: list[str]) -> None:
        if len(members) <= limit:
            groups[prefix] = members
            return
        deeper: dict[str, list[str]] = {}
        for name in members:
            lower = name.lower()
            if len(lower) == len(prefix):
                groups.setdefault(prefix, []).append(name)
            else:
                deeper.setdefault(lower[: len(prefix) + 1], []).append(name)
        for next_prefix in sorted(deeper):
            split(next_prefix, deeper[next_prefix])

    by_letter: dict[str, list[str]] = {}
    for name in sorted(class_names):
        by_letter.setdefault(name[0].lower(), []).append(name)
    for letter in sorted(by_letter):
        split(letter, by_letter[letter])
    return {prefix: groups[prefix] for prefix in sorted(groups)}


class _View:
    """What the templates ask of the IR, phrased as strings of Python source."""

    def __init__(self, service: Service) -> None:
        self.service = service

    def _carries(self, member: Member) -> str | None:
        """What a member holds instead of a value of its target shape, if anything:
        "json" (a JSON-value header: any JSON value, which botocore serializes),
        "events" (an event stream: an iterable of events) or "stream" (a streaming
        member of a plain blob shape: bytes or a binary file)."""
        if member.jsonvalue and member.location == "header":
            return "json"
        target = self.service.shape(member.target)
        if target.event_stream:
            return "events"
        if member.streaming and target.kind == "blob" and not target.streaming:
            return "stream"  # s3's Body: the member streams, not its shape
        return None

    def member_annotation(self, member: Member) -> str:
        """The type of a member's value: its target's, or what the model says instead."""
        carries = self._carries(member)
        if carries == "json":
            return "Any"
        if carries == "events":
            return f"Iterable[{self.service.shape(member.target).class_name}]"
        if carries == "stream":
            return "bytes | IO[bytes]"
        return self.annotation(member.target)

    def annotation(self, target: str) -> str:
        shape = self.service.shape(target)
        if shape.kind in ("structure", "union", "exception"):
            return shape.class_name
        if shape.kind == "enum":
            return f"{shape.class_name} | str"
        if shape.kind == "list":
            return f"list[{self.annotation(shape.item)}]"  # type: ignore[arg-type]
        if shape.kind == "map":
            key = self.annotation(shape.key)  # type: ignore[arg-type]
            return f"dict[{key}, {self.annotation(shape.value)}]"  # type: ignore[arg-type]
        if shape.kind == "blob" and shape.streaming:
            return "bytes | IO[bytes]"
        return _PYTHON_TYPES[shape.kind]

    def member_type(
        self, target: str, seen: tuple[str, ...] = (), member: Member | None = None
    ) -> Call:
        """The runtime type of a member: a call of one of `_rt`'s type classes. A
        member's own timestamp format and flattening apply to its outermost type."""
        shape = self.service.shape(target)
        if shape.kind in ("structure", "union", "exception"):
            return Call("_rt.Ref(", (literal(shape.class_name),))
        if target in seen:
            raise ValueError(
                f"shape {target!r} contains itself without a structure between"
            )
        seen += (target,)
        bounds = _arguments(min=shape.min, max=shape.max)
        if shape.kind in ("string", "enum"):
            return Call(
                "_rt.String(",
                bounds
                + _arguments(
                    pattern=None if shape.pattern is None else literal(shape.pattern),
                    enum=literal(shape.class_name) if shape.kind == "enum" else None,
                ),
            )
        if shape.kind == "blob":
            return Call(
                "_rt.Blob(", bounds + _arguments(streaming=shape.streaming or None)
            )
        wire = self._wire_traits
        flattened = member.flattened if member is not None else shape.flattened
        if shape.kind == "list":
            item = self.member_type(shape.item, seen)  # type: ignore[arg-type]
            traits = _arguments(
                item_name=_text(shape.item_name) if "xml" in wire else None,
                item_namespace=(
                    _namespace(shape.item_namespace) if "xml" in wire else None
                ),
                flattened=(flattened or None) if "xml" in wire else None,
            )
            return Call("_rt.ListOf(", (item, *bounds, *traits))
        if shape.kind == "map":
            key = self.member_type(shape.key, seen)  # type: ignore[arg-type]
            value = self.member_type(shape.value, seen)  # type: ignore[arg-type]
            traits = _arguments(
                key_name=_text(shape.key_name) if "xml" in wire else None,
                key_namespace=(
                    _namespace(shape.key_namespace) if "xml" in wire else None
                ),
                value_name=_text(shape.value_name) if "xml" in wire else None,
                value_namespace=(
                    _namespace(shape.value_namespace) if "xml" in wire else None
                ),
                flattened=(flattened or None) if "xml" in wire else None,
            )
            return Call("_rt.MapOf(", (key, value, *bounds, *traits))
        if shape.kind == "timestamp":
            own = member.timestamp_format if member is not None else None
            return Call(
                "_rt.Timestamp(",
                _arguments(format=_text(own or shape.timestamp_format)),
            )
        if shape.kind == "float":
            single = "True" if shape.single and "cbor" in wire else None
            return Call("_rt.Float(", bounds + _arguments(single=single))
        type_class = {"integer": "Integer", "boolean": "Boolean"}
        type_class |= {"document": "Document"}
        return Call(f"_rt.{type_class[shape.kind]}(", bounds)

    @property
    def _wire_traits(self) -> frozenset[str]:
        """Which kinds of wire traits the service's protocol reads."""
        return _WIRE_TRAITS[self.service.protocol]

    def field(self, member: Member) -> Call:
        """The `_rt.field(...)` call that declares a member, with the wire traits its
        service's protocol reads."""
        target = self.service.shape(member.target)
        carries = self._carries(member)
        if carries == "json":
            member_type = Call("_rt.Document(", ())
        elif carries == "events":
            member_type = Call("_rt.EventStream(", (self.member_type(member.target),))
        elif carries == "stream":
            bounds = _arguments(min=target.min, max=target.max)
            member_type = Call("_rt.Blob(", (*bounds, "streaming=True"))
        else:
            member_type = self.member_type(member.target, member=member)
        flags = _arguments(
            required=member.required or None,
            sensitive=member.sensitive or target.sensitive or None,
            idempotency_token=member.idempotency_token or None,
        )
        wire = self._wire_traits
        rest = "rest" in wire
        name = member.location_name
        traits = _arguments(
            location=(
                literal(member.location) if rest and member.location != "body" else None
            ),
            name=(
                literal(name) if name is not None and name != member.wire_name else None
            ),
            query_name=_text(_ec2_name(member)) if "ec2" in wire else None,
            xml_attribute=(member.xml_attribute or None) if "xml" in wire else None,
            xml_namespace=(_namespace(member.xml_namespace) if "xml" in wire else None),
            host_label=member.host_label or None,
            payload=(member.payload or None) if rest or target.event else None,
            event_header=member.event_header or None,
            event_payload=member.event_payload or None,
        )
        return Call(
            "_rt.field(", (literal(member.wire_name), member_type, *flags, *traits)
        )

    def operation_row(self, op: Operation) -> list[str | Call]:
        """The arguments of an operation's `Operation(...)` row."""
        row: list[str | Call] = [
            literal(op.name),
            literal(op.http_method),
            literal(op.request_uri),
        ]
        row += [self._class_literal(op.input), self._class_literal(op.output)]
        row.append(tuple_display([self._class_literal(e) for e in op.errors]))
        wire = self._wire_traits
        row += _arguments(
            wire_name=literal(op.wire_name) if op.wire_name != op.name else None,
            host_prefix=_text(op.host_prefix),
            result_wrapper=_text(op.result_wrapper) if "query" in wire else None,
            input_name=(
                _text(op.input_name) if "xml" in wire and "rest" in wire else None
            ),
            input_namespace=(
                _namespace(op.input_namespace)
                if "xml" in wire and "rest" in wire
                else None
            ),
            auth=(
                tuple_text([literal(scheme) for scheme in op.auth]) if op.auth else None
            ),
            unsigned_payload=op.unsigned_payload or None,
            checksum=_text(op.checksum),
            checksum_header=_text(op.checksum_header),
            validation_header=_text(op.validation_header),
            response_checksums=(
                tuple_text([literal(name) for name in op.response_checksums])
                if op.response_checksums
                else None
            ),
        )
        return row

    def _class_literal(self, wire_name: str | None) -> str:
        return (
            "None"
            if wire_name is None
            else literal(self.service.shape(wire_name).class_name)
        )

    def service_arguments(self) -> list[str]:
        """The arguments of the package's `Service(...)`, after its operations and errors."""
        metadata = self.service.metadata
        return list(
            _arguments(
                api_version=_text(self.service.api_version or None),
                target_prefix=_text(metadata.get("targetPrefix")),
                json_version=_text(metadata.get("jsonVersion")),
                xml_namespace=_text(metadata.get("xmlNamespace")),
                query_compatible="awsQueryCompatible" in metadata or None,
                service_id=_text(metadata.get("serviceId")),
                signing_name=_text(
                    metadata.get("signingName") or metadata.get("endpointPrefix")
                ),
                endpoint_prefix=_text(metadata.get("endpointPrefix")),
            )
        )

    def error_codes(self) -> list[tuple[str, str]]:
        """(error code, class name) for every code the service's errors arrive with."""
        shape = self.service.shape
        return [
            (code, shape(wire).class_name) for code, wire in self.service.error_codes
        ]

    def python_imports(self, shapes: list[Shape]) -> list[str]:
        """What a shapes module's annotations need from the standard library."""
        text = " ".join(
            self.member_annotation(member)
            for shape in shapes
            for member in shape.members
        )
        wanted = {
            "datetime": "datetime." in text,
            "IO": "IO[" in text,
            "Iterable": "Iterable[" in text,
            "Any": re.search(r"\bAny\b", text) is not None,
            "Self": True,
        }
        return [name for name, needed in wanted.items() if needed]

    def referenced_classes(self, shapes: list[Shape]) -> set[str]:
        """Class names the annotations of these shapes mention."""
        found: set[str] = set()
        for shape in shapes:
            for member in shape.members:
                found.update(re.findall(r"\b[A-Z]\w*", self.member_annotation(member)))
        return found - {"IO", "Any", "Iterable"}


#: The kinds of wire traits each protocol reads: "rest" (URI, query string, headers,
#: payload), "xml" (element names, namespaces, attributes, flattening), "query" (the
#: result wrapper), "ec2" (queryName), "cbor" (the width of floats).
_WIRE_TRAITS = {
    "rest-json": frozenset({"rest"}),
    "json": frozenset(),
    "smithy-rpc-v2-cbor": frozenset({"cbor"}),
    "rest-xml": frozenset({"rest", "xml"}),
    "query": frozenset({"xml", "query"}),
    "ec2": frozenset({"xml", "query", "ec2"}),
}

#: The runtime modules each protocol needs besides `_runtime` (values) and `_wire`.
PROTOCOL_MODULES = {
    "rest-json": ("_json", "_rest", "_rest_json"),
    "json": ("_json", "_aws_json"),
    "rest-xml": ("_xml", "_rest", "_rest_xml"),
    "query": ("_xml", "_query"),
    "ec2": ("_xml", "_query"),
    "smithy-rpc-v2-cbor": ("_cbor", "_rpc_v2_cbor"),
}


def static_modules(service: Service) -> list[str]:
    """The runtime modules a package carries: what every package has, what its protocol
    needs, the event-stream module where the service has event streams, and the
    endpoint rules' runtime where it has endpoint rules."""
    streams = ["_eventstream"] if any(s.event_stream for s in service.shapes) else []
    rules = ["_endpoints"] if service.endpoints is not None else []
    return [
        *STATIC,
        *(f"{m}.py" for m in (*PROTOCOL_MODULES[service.protocol], *streams, *rules)),
    ]


def _ec2_name(member: Member) -> str | None:
    """ec2's name for a member where it is not the wire name: its queryName, else its
    locationName capitalized (as botocore's EC2Serializer names it)."""
    if member.query_name is not None:
        return member.query_name
    name = member.location_name
    return None if name is None else name[:1].upper() + name[1:]


def _text(value: str | None) -> str | None:
    """A literal for an optional model string."""
    return None if value is None else literal(value)


def _namespace(namespace: dict[str, str] | None) -> str | None:
    """An XML namespace as the `(prefix, uri)` tuple the runtime takes."""
    if namespace is None:
        return None
    return f"({literal(namespace.get('prefix', ''))}, {literal(namespace['uri'])})"


@dataclass(frozen=True)
class ClientView:
    """What the client template needs: the typed declarations of the client's methods
    (lines of its `if TYPE_CHECKING:` block) and the shapes modules they name."""

    docs: str
    lines: list[str]
    modules: list[str]  # `_shapes_x as _x_` imports
    imports: set[str]  # standard modules the declarations name


def client_view(service: Service, module_of: dict[str, str]) -> ClientView:
    used: set[str] = set()
    imports: set[str] = set()

    def ref(wire_name: str) -> str:
        """A shape's class, through its module's alias."""
        name = service.shape(wire_name).class_name
        used.add(module_of[name])
        return f"_{module_of[name]}_.{name}"

    def item(wire_name: str | None) -> str:
        """A type for `pages(...)`'s item argument: a class, or a builtin with its
        arguments (a list or map of items)."""
        if wire_name is None:
            return "object"
        shape = service.shape(wire_name)
        if shape.kind in CLASS_KINDS:
            return ref(wire_name)
        if shape.kind == "timestamp":
            imports.add("datetime")
        if shape.kind == "list":
            return f"list[{item(shape.item)}]"
        if shape.kind == "map":
            return f"dict[{item(shape.key)}, {item(shape.value)}]"
        return "object" if shape.kind == "document" else _PYTHON_TYPES[shape.kind]

    lines = []
    indent = 8
    for op in service.operations:
        output = ref(op.output) if op.output else "None"
        if op.input is None:
            signature = Call(
                f"def {op.python_name}(",
                ("self",),
                f") -> {output}: ...",
                definition=True,
            )
            # black sets a def apart by a blank line, at the start of a block too
            if not lines or lines[-1] != "":
                lines.append("")
            lines += [laid_out(signature, indent), ""]
        else:
            call = Call("_op(", (f"{ref(op.input)}.make", output))
            lines.append(annotated_assignment(op.python_name, "Final", call, indent))
    operations = {op.name: op for op in service.operations}
    for paginator in service.paginators:
        method = operations[paginator.operation].python_name
        call = Call("_pages(", (method, item(paginator.item)))
        lines.append(annotated_assignment(paginator.python_name, "Final", call, indent))
    for waiter in service.waiters:
        method = operations[waiter.operation].python_name
        call = Call("_waiter(", (method,))
        lines.append(annotated_assignment(waiter.python_name, "Final", call, indent))
    if lines and lines[-1] == "":
        lines.pop()
    modules = [f"_shapes_{prefix} as _{prefix}_" for prefix in sorted(used)]
    docs = (
        f"The client of {service.title}: a typed method per operation, with boto3's "
        "names, taking a request object or the keyword arguments of its `make`."
    )
    return ClientView(docs, lines, modules, imports)


def paginator_rows(service: Service) -> list[Call]:
    """`PaginatorSpec(...)` calls of the paginator table, keyed by client method."""
    operations = {op.name: op for op in service.operations}
    rows = []
    for p in service.paginators:
        args = [
            literal(operations[p.operation].python_name),
            tuple_text([literal(t) for t in p.input_tokens]),
            "lambda o: " + tuple_text([t.python for t in p.output_tokens]),
            tuple_text(
                [tuple_text([literal(n) for n in key]) for key in p.result_keys]
            ),
        ]
        if p.limit_key is not None or p.more_results is not None:
            args.append("None" if p.limit_key is None else literal(p.limit_key))
        if p.more_results is not None:
            args.append(f"lambda o: {p.more_results.python}")
        rows.append(Call(f"{literal(p.python_name)}: PaginatorSpec(", tuple(args)))
    return rows


def waiter_rows(service: Service) -> list[Call]:
    """`WaiterSpec(...)` calls of the waiter table, keyed by client method."""
    operations = {op.name: op for op in service.operations}
    rows = []
    for w in service.waiters:
        acceptors = [
            Call(
                "(",
                (
                    literal(a.state),
                    literal(a.matcher),
                    json_literal(a.expected),
                    "None" if a.argument is None else f"lambda o: {a.argument.python}",
                ),
            )
            for a in w.acceptors
        ]
        args: list[str | Call] = [
            literal(w.name),
            literal(operations[w.operation].python_name),
            str(w.delay),
            str(w.max_attempts),
            Call("[", tuple(acceptors), "]"),
        ]
        if w.success_status != 200:
            args.append(str(w.success_status))
        rows.append(Call(f"{literal(w.python_name)}: WaiterSpec(", tuple(args)))
    return rows


def exports(service: Service) -> dict[str, str]:
    """Names the package exports from modules other than its shapes, by module."""
    rules = {"EndpointError": "_endpoints"} if service.endpoints is not None else {}
    return {service.client_name: "client", **naming.OTHER_EXPORTS, **rules}


def _arguments(**values: object) -> tuple[str, ...]:
    """Keyword arguments for the values that are set."""
    return tuple(
        f"{name}={value}" for name, value in values.items() if value is not None
    )


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["literal"] = literal
    env.filters["docstring"] = docstring
    env.filters["reexport"] = lambda name: f"{name} as {name}"
    env.filters["class_literal"] = lambda wire, service: literal(
        service.shape(wire).class_name
    )
    env.globals.update(
        Call=Call,
        laid_out=laid_out,
        assignment=assignment,
        annotated_assignment=annotated_assignment,
        parameter=parameter,
        import_from=import_from,
    )
    return env


def render(service: Service, generator_version: str) -> dict[str, str]:
    """Source text for every file of the package, keyed by path relative to the output."""
    env = _environment()
    view = _View(service)
    classes = [shape for shape in service.shapes if shape.kind in CLASS_KINDS]
    by_class_name = {shape.class_name: shape for shape in classes}
    groups = module_groups(by_class_name)
    module_of = {name: prefix for prefix, names in groups.items() for name in names}
    package = service.package
    common = {
        "service": service,
        "title": service.title,
        "view": view,
        "version": generator_version,
    }

    files: dict[str, str] = {}
    for prefix, names in groups.items():
        shapes = [by_class_name[name] for name in names]
        foreign = sorted(
            (module_of[name], name)
            for name in view.referenced_classes(shapes)
            if module_of.get(name, prefix) != prefix
        )
        imports: dict[str, list[str]] = {}
        for module, name in foreign:
            imports.setdefault(module, []).append(name)
        files[f"{package}/_shapes_{prefix}.py"] = env.get_template(
            "shapes.py.j2"
        ).render(
            common,
            shapes=shapes,
            prefix=prefix,
            imports=imports,
            python_imports=view.python_imports(shapes),
        )
    files[f"{package}/__init__.py"] = env.get_template("__init__.py.j2").render(
        common, groups=groups, exports=exports(service)
    )
    files[f"{package}/operations.py"] = env.get_template("operations.py.j2").render(
        common
    )
    files[f"{package}/client.py"] = env.get_template("client.py.j2").render(
        common, client=client_view(service, module_of)
    )
    files[f"{package}/paginators.py"] = env.get_template("paginators.py.j2").render(
        common, rows=paginator_rows(service)
    )
    files[f"{package}/waiters.py"] = env.get_template("waiters.py.j2").render(
        common, rows=waiter_rows(service)
    )
    if service.endpoints is not None:
        from . import endpoints  # which lays its code out with this module's helpers

        files[f"{package}/endpoints.py"] = env.get_template("endpoints.py.j2").render(
            common, rules=endpoints.module(service)
        )
        files[f"{package}/_partitions.py"] = endpoints.partitions_module(
            service.endpoints
        )
    for static in static_modules(service):
        files[f"{package}/{static}"] = (TEMPLATES / "static" / static).read_text()
    files[f"{package}/py.typed"] = ""
    return files


def render_distribution(packages: list[str], generator_version: str) -> dict[str, str]:
    """`pyproject.toml` for an output folder holding these packages."""
    name = packages[0].replace("_", "-") if len(packages) == 1 else "botogen-services"
    template = _environment().get_template("pyproject.toml.j2")
    text = template.render(name=name, packages=packages, version=generator_version)
    return {"pyproject.toml": text}
