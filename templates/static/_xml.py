"""The XML form of values, shared by the rest-xml, query and ec2 protocols.

Each class gets `_xml_write` (its members as XML text: element names, namespaces,
attributes, flattened lists and maps as the model says) and `_xml_read` (the object
from an ElementTree element, read as botocore's XML parser reads it), compiled from
its member declarations on first use, as `_runtime` compiles the value methods.
Writing joins text pieces; reading walks the tree that the C parser builds, with one
dictionary lookup per element to find its member.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError, XMLParser

from . import _runtime as _rt
from . import _wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any

#: Members that are never in an XML body (botocore reads them from elsewhere).
_NOT_IN_BODY = frozenset({"header", "headers", "statusCode"})


# -- text -------------------------------------------------------------------------------


def escape(text: str) -> str:
    """Element text, escaped as ElementTree writes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def escape_attribute(text: str) -> str:
    """An attribute value, escaped as ElementTree writes it."""
    text = escape(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def namespace_attribute(namespace: tuple[str, str] | None) -> str:
    """` xmlns="uri"` or ` xmlns:prefix="uri"`, or nothing."""
    if namespace is None:
        return ""
    prefix, uri = namespace
    name = f"xmlns:{prefix}" if prefix else "xmlns"
    return f' {name}="{escape_attribute(uri)}"'


def parse(raw: bytes) -> Element:
    """The root element of an XML document; malformed XML is a ValueError."""
    parser = XMLParser()
    try:
        parser.feed(raw)
        return parser.close()
    except ParseError as error:
        raise ValueError(f"invalid XML: {error}") from None


#: What an empty body reads as: an element without children (as botocore reads it).
EMPTY = Element("")


def local_name(tag: str) -> str:
    """A tag without its namespace: `{uri}Name` -> `Name`."""
    return tag.rpartition("}")[2] if tag[:1] == "{" else tag


def _learn(tags: dict[str, int], tag: str) -> int:
    """The member index of a namespaced tag, remembered for the next time."""
    index = tags.get(local_name(tag), 0)
    if len(tags) < 1024:
        tags[tag] = index
    return index


def error_root(node: Element) -> Element:
    """The element an error's members are in: `<ErrorResponse><Error>` (rest-xml,
    query), `<Response><Errors><Error>` (ec2), else the root itself (S3's `<Error>`)."""
    if local_name(node.tag) == "ErrorResponse":
        for child in node:
            if local_name(child.tag) == "Error":
                return child
        return node
    for child in node:
        if local_name(child.tag) == "Errors":
            for inner in child:
                if local_name(inner.tag) == "Error":
                    return inner
    return node


def plain(node: Element) -> Any:
    """An element as plain values (text, or a dict of its children): the value of a
    union member this model does not know."""
    if len(node) == 0:
        return node.text or ""
    return {local_name(child.tag): plain(child) for child in node}


# -- writing ----------------------------------------------------------------------------


def text_expr(code: _rt._Code, type_: _rt._Type, var: str) -> str:
    """An expression for a scalar's text, escaped for an element."""
    if isinstance(type_, _rt.String):
        return f"{code.const(escape, 'esc')}({var})"
    if isinstance(type_, _rt.Boolean):
        return f"('true' if {var} else 'false')"
    if isinstance(type_, _rt.Float):
        return f"{code.const(_wire.float_text, 'float')}({var})"
    if isinstance(type_, _rt.Timestamp):
        write = code.const(_wire.timestamp_text, "ts")
        return f"{write}({var}, {(type_.format or 'iso8601')!r})"
    if isinstance(type_, _rt.Blob):
        return f"{code.const(_wire.b64encode, 'b64')}({var})"
    if isinstance(type_, _rt.Document):
        return f"{code.const(escape, 'esc')}(str({var}))"
    return f"str({var})"


def write_value(
    code: _rt._Code,
    type_: _rt._Type,
    var: str,
    name: str,
    namespace: tuple[str, str] | None,
    depth: int,
) -> None:
    """Lines that append (with `w`) the element(s) `name` for the value `var`."""
    head = f"<{name}{namespace_attribute(namespace)}"
    tail = f"</{name}>"
    if isinstance(type_, _rt.Ref):
        code.add(depth, f"{var}._xml_write(w, {head!r}, {tail!r})")
    elif isinstance(type_, _rt.ListOf):
        item = code.var("x")
        if type_.flattened:
            code.add(depth, f"for {item} in {var}:")
            write_value(code, type_.item, item, name, type_.item_namespace, depth + 1)
            return
        code.add(depth, f"w({head + '>'!r})")
        code.add(depth, f"for {item} in {var}:")
        item_name = type_.item_name or "member"
        write_value(code, type_.item, item, item_name, type_.item_namespace, depth + 1)
        code.add(depth, f"w({tail!r})")
    elif isinstance(type_, _rt.MapOf):
        key, value = code.var("k"), code.var("v")
        if type_.flattened:
            entry_head, entry_tail = f"<{name}>", tail
        else:
            code.add(depth, f"w({head + '>'!r})")
            entry_head, entry_tail = "<entry>", "</entry>"
        code.add(depth, f"for {key}, {value} in {var}.items():")
        code.add(depth + 1, f"w({entry_head!r})")
        key_name = type_.key_name or "key"
        write_value(code, type_.key, key, key_name, type_.key_namespace, depth + 1)
        value_name = type_.value_name or "value"
        write_value(
            code, type_.value, value, value_name, type_.value_namespace, depth + 1
        )
        code.add(depth + 1, f"w({entry_tail!r})")
        if not type_.flattened:
            code.add(depth, f"w({tail!r})")
    else:
        code.add(depth, f"w({head + '>'!r} + {text_expr(code, type_, var)} + {tail!r})")


def write_members(
    code: _rt._Code, fields: list[_rt.Field], obj: str, head: str, depth: int
) -> None:
    """Lines that append an element: the start tag (`head`, an expression for `<Name`
    with its namespace) with the attribute members of `obj`, then its other members.
    The caller appends the end tag."""
    attributes = [f for f in fields if f.xml_attribute]
    if attributes:
        code.add(depth, "a = ''")
        for f in attributes:
            var = code.var("v")
            code.add(depth, f"{var} = {obj}.{f.name}")
            code.add(depth, f"if {var} is not None:")
            if isinstance(f.type, _rt.String):  # other scalars need no escaping
                text = f"{code.const(escape_attribute, 'attr')}({var})"
            else:
                text = text_expr(code, f.type, var)
            prefix = f" {f.serialized}=" + '"'
            code.add(depth + 1, f"a += {prefix!r} + {text} + '\"'")
        code.add(depth, f"w({head} + a + '>')")
    else:
        code.add(depth, f"w({head} + '>')")
    for f in fields:
        if f.xml_attribute:
            continue
        var = code.var("v")
        code.add(depth, f"{var} = {obj}.{f.name}")
        code.add(depth, f"if {var} is not None:")
        write_value(code, f.type, var, f.serialized, f.xml_namespace, depth + 1)


# -- reading ----------------------------------------------------------------------------


def value_expr(code: _rt._Code, type_: _rt._Type, node: str) -> str:
    """An expression for the value of the element `node`, as botocore reads it."""
    if isinstance(type_, _rt.Ref):
        cls = code.const(_rt._resolve(type_.class_name), "cls")
        return f"{cls}._xml_read({node})"
    if isinstance(type_, _rt.String):
        if type_.enum is None:
            return f"({node}.text or '')"
        enum_class = code.const(_rt._resolve(type_.enum), "enum")
        text = code.var("t")
        return (
            f"({enum_class}._value2member_map_.get({text} := ({node}.text or '')) "
            f"or {enum_class}({text}))"
        )
    if isinstance(type_, _rt.Integer):
        return f"int({node}.text)"
    if isinstance(type_, _rt.Float):
        return f"float({node}.text)"
    if isinstance(type_, _rt.Boolean):
        return f"({node}.text == 'true')"
    if isinstance(type_, _rt.Timestamp):
        return f"{code.const(_wire.parse_timestamp, 'ts')}({node}.text or '')"
    if isinstance(type_, _rt.Blob):
        return f"{code.const(_wire.b64decode, 'b64')}({node}.text or '')"
    if isinstance(type_, _rt.ListOf):
        item = code.var("x")
        return f"[{value_expr(code, type_.item, item)} for {item} in {node}]"
    if isinstance(type_, _rt.MapOf):
        return f"{code.const(_map_reader(type_, False), 'map')}({node})"
    return f"({node}.text or '')"


def _map_reader(type_: _rt.MapOf, entry: bool) -> Callable[[Element], Any]:
    """A function that reads a map element (or, with `entry`, one entry of a flattened
    map, as a (key, value) pair)."""
    code = _rt._Code()
    key_name, value_name = type_.key_name or "key", type_.value_name or "value"
    local = code.const(local_name, "local")
    code.add(0, "def read(node):")
    depth = 1
    if not entry:
        code.add(1, "out = {}")
        code.add(1, "for e in node:")
        depth = 2
    code.add(depth, "k = v = None")
    code.add(depth, f"for x in {'e' if not entry else 'node'}:")
    code.add(depth + 1, f"t = {local}(x.tag)")
    code.add(depth + 1, f"if t == {key_name!r}:")
    code.add(depth + 2, f"k = {value_expr(code, type_.key, 'x')}")
    code.add(depth + 1, f"elif t == {value_name!r}:")
    code.add(depth + 2, f"v = {value_expr(code, type_.value, 'x')}")
    code.add(depth + 1, "else:")
    code.add(depth + 2, "raise ValueError('unknown tag in a map entry: ' + t)")
    if entry:
        code.add(1, "return k, v")
    else:
        code.add(2, "out[k] = v")
        code.add(1, "return out")
    read: Callable[[Element], Any] = code.run("XML map")["read"]
    return read


def _attribute_reader(name: str) -> Callable[[Element], str | None]:
    """Reads an attribute member as botocore does: `prefix:name` matches the attribute
    `name` in any namespace; a plain name only the attribute without one."""
    if ":" not in name:
        return lambda node: node.get(name)
    local = "}" + name.split(":", 1)[1]

    def read(node: Element) -> str | None:
        for key, value in node.attrib.items():
            if key.endswith(local) or key == name:
                return value
        return None

    return read


def read_members(
    code: _rt._Code,
    cls: type[_rt.Structure],
    fields: Iterable[_rt.Field],
    node: str,
    obj: str,
    depth: int,
) -> None:
    """Lines that set the members in `fields` of `obj` from the children (and
    attributes) of the element `node`."""
    fields = list(fields)
    elements = [f for f in fields if not f.xml_attribute]
    is_union = issubclass(cls, _rt.Union)
    tags: dict[str, int] = {}
    variables: dict[int, str] = {}
    for index, f in enumerate(elements, 1):
        name = f.serialized
        if isinstance(f.type, _rt.ListOf) and f.type.flattened and f.type.item_name:
            name = f.type.item_name
        tags.setdefault(name, index)
        variables[index] = code.var("v")
    for var in variables.values():
        code.add(depth, f"{var} = None")
    if is_union:
        code.add(depth, "unknown = None")
    if elements or is_union:
        known = code.const(tags, "tags")
        learn = code.const(_learn, "learn")
        code.add(depth, f"get = {known}.get")
        code.add(depth, f"for c in {node}:")
        code.add(depth + 1, "i = get(c.tag)")
        code.add(depth + 1, "if i is None:")
        code.add(depth + 2, f"i = {learn}({known}, c.tag)")

        def emit(index: int, at: int) -> None:
            if index == 0:
                local, to_plain = code.const(local_name), code.const(plain)
                code.add(at, f"unknown = ({local}(c.tag), {to_plain}(c))")
                return
            f, var = elements[index - 1], variables[index]
            type_ = f.type
            if isinstance(type_, _rt.ListOf) and type_.flattened:
                item = value_expr(code, type_.item, "c")
                code.add(at, f"if {var} is None:")
                code.add(at + 1, f"{var} = [{item}]")
                code.add(at, "else:")
                code.add(at + 1, f"{var}.append({item})")
            elif isinstance(type_, _rt.MapOf) and type_.flattened:
                entry = code.const(_map_reader(type_, True), "entry")
                code.add(at, f"if {var} is None:")
                code.add(at + 1, f"{var} = {{}}")
                code.add(at, f"k, v = {entry}(c)")
                code.add(at, f"{var}[k] = v")
            else:
                code.add(at, f"{var} = {value_expr(code, type_, 'c')}")

        _dispatch(code, depth + 1, 0 if is_union else 1, len(elements), emit)
    for index, f in enumerate(elements, 1):
        code.add(depth, f"{obj}.{f.name} = {variables[index]}")
    for f in fields:
        if f.xml_attribute:
            read = code.const(_attribute_reader(f.serialized), "attr")
            code.add(depth, f"{obj}.{f.name} = {read}({node})")
    if is_union:
        set_any = " or ".join(f"{obj}.{f.name} is not None" for f in fields) or "False"
        code.add(depth, f"{obj}._unknown = None if {set_any} else unknown")


def _dispatch(
    code: _rt._Code, depth: int, low: int, high: int, emit: Callable[[int, int], None]
) -> None:
    """Branches on `i` over low..high: a balanced tree of comparisons, so that finding
    an element's member takes a few of them, not one per member."""
    if high < low:
        code.add(depth, "pass")
        return
    if high - low < 4:
        for index in range(low, high + 1):
            keyword = "if" if index == low else "elif"
            code.add(depth, f"{keyword} i == {index}:")
            emit(index, depth + 1)
        return
    middle = (low + high + 1) // 2
    code.add(depth, f"if i < {middle}:")
    _dispatch(code, depth + 1, low, middle - 1, emit)
    code.add(depth, "else:")
    _dispatch(code, depth + 1, middle, high, emit)


# -- classes ----------------------------------------------------------------------------


def _compile(cls: type[_rt.Structure]) -> dict[str, Any]:
    """`_xml_write` and `_xml_read` for `cls`, installed on it where the runtime's
    rule allows (`_rt._installs`)."""
    code = _rt._Code()
    body = [
        f for f in cls._fields if f.location not in _NOT_IN_BODY and not f.event_header
    ]
    code.add(0, "def _xml_write(self, w, head, tail):")
    write_members(code, body, "self", "head", 1)
    code.add(1, "w(tail)")  # a union's unknown member has no XML form to write back
    code.add(0, "def _xml_read(cls, node):")
    code.add(1, "self = cls.__new__(cls)")
    code.add(1, "self._checked = False")
    if issubclass(cls, _rt.ServiceError):
        code.add(1, f"node = {code.const(error_root, 'root')}(node)")
    read_members(code, cls, body, "node", "self", 1)
    for f in cls._fields:
        if f not in body:
            code.add(1, f"self.{f.name} = None")
    _rt._write_error_attributes(code, cls)
    code.add(1, "return self")
    namespace = code.run(f"{cls.__module__}.{cls.__qualname__} (XML)")
    if _rt._installs(cls):
        cls._xml_write = namespace["_xml_write"]  # type: ignore[attr-defined]
        cls._xml_read = classmethod(namespace["_xml_read"])  # type: ignore[attr-defined]
    return namespace


def _first_write(self: _rt.Structure, w: Any, head: str, tail: str) -> None:
    _compile(type(self))["_xml_write"](self, w, head, tail)


def _first_read(cls: type[_rt.Structure], node: Element) -> Any:
    return _compile(cls)["_xml_read"](cls, node)


# Every class starts with these; its first use compiles its own over them.
setattr(_rt.Structure, "_xml_write", _first_write)
setattr(_rt.Structure, "_xml_read", classmethod(_first_read))


def document(obj: _rt.Structure, name: str, namespace: tuple[str, str] | None) -> bytes:
    """An object as a whole XML document with the root element `name` (no declaration,
    as botocore writes none)."""
    out: list[str] = []
    obj._xml_write(  # type: ignore[attr-defined]
        out.append, f"<{name}{namespace_attribute(namespace)}", f"</{name}>"
    )
    return "".join(out).encode()


def read_document(cls: type[_rt.Structure], raw: bytes) -> Any:
    """An object from a whole XML document (an empty one has no members)."""
    return cls._xml_read(parse(raw) if raw else EMPTY)  # type: ignore[attr-defined]
