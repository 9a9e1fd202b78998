"""A model-fuzzing campaign: mutations of small real models, through the whole generator.

Each example takes a slice of a real botocore model (one operation and the shapes it
reaches) and mutates it a few times: values of the wrong type, keys removed, references
that lead nowhere or back to themselves through lists and maps, names that are keywords,
dunders, empty, or that collide after snake-casing or case folding, huge numbers, and
hostile text in every field that reaches code or docs. The generator must then either
write a package that imports and round-trips an object of every class, or exit with
code 2 and one line that names a JSON pointer into the model; never a traceback, an
internal error, exit code 1 or a hang.

`make test` runs a few hundred examples (BOTOGEN_FUZZ_EXAMPLES, default 250); `make fuzz`
runs many thousands. The generator runs in this process, with a format cache of its own.
"""

from __future__ import annotations

import contextlib
import copy
import difflib
import functools
import importlib
import io
import itertools
import json
import keyword
import os
import re
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator import cli, load
from generator.format import format_source
from generator.render import STATIC_FILES
from small_models import closure

EXAMPLES = int(os.environ.get("BOTOGEN_FUZZ_EXAMPLES", "250"))

#: Longer than any honest example takes (a cold one formats a small package).
HANG_S = 60

#: (service, operation): small slices of real models, one per protocol and hazard.
SEEDS = [
    ("connect", "StartWebRTCContact"),  # rest-json, idempotency token, sensitive
    ("dynamodb", "GetItem"),  # json, recursion through lists and maps
    ("sts", "AssumeRole"),  # query
    ("opensearch", "GetIndex"),  # documents
    ("bedrock-runtime", "InvokeModelWithResponseStream"),  # event stream, union
    ("s3", "GetObjectTagging"),  # rest-xml
]

KEYWORDS_AND_DUNDERS = [
    "class", "None", "True", "False", "def", "return", "import", "lambda", "match",
    "case", "type", "_", "__init__", "__class__", "__slots__", "__dict__", "__all__",
    "__getattr__", "__dir__", "__new__", "__eq__", "mro",
]  # fmt: skip

#: Names the generated code itself uses, in class bodies, modules and compiled methods.
OWN_NAMES = [
    "make", "validate", "to_value", "from_value", "self", "cls", "args", "errors",
    "value", "out", "get", "path", "deep", "count", "unknown", "unknown_member",
    "_fields", "_checked", "_nulls", "_unknown", "_build", "_check", "_rt",
    "TYPE_CHECKING", "annotations", "Any", "Self", "IO", "Iterable", "datetime",
    "Structure", "Union", "Enum", "ServiceError", "ValidationError", "Operation",
    "OPERATIONS", "ERRORS", "lookup", "_MODULES", "code", "message", "http_status",
    "request_id", "str", "int", "bool", "object", "list", "dict", "name", "Shape",
]  # fmt: skip

UNICODE_NAMES = ["Straße", "STRASSE", "ß", "İ", "ǅ", "ﬁ", "K", "K", "Ω", "Ω", "١٢"]

HOSTILE = [
    '"""', "'''", '"', "'", "\\", "a\\", "end\\", 'end"', '\\"""', "\\x22", "\\u0000",
    "{{ x }}", "{% raw %}", "{#", "${x}", "%s%d", "\x00", "\r\n", "\r", "\u2028",
    "\u2029", "\x0b\x0c", "\t", "\x1b[31m", "\ud800", "a\udfffb", "\u200f\u202e",
    "\U0001f600", "\ufeff", " ", "", "#", "# x", "\n\n\n", "    indented", "line\n" * 3,
    "<p>", "<code>", "</p></p>", "<a href='http://x'>", "&amp;&#0;&#xD800;&#x110000;",
    "<pre>\n  x\n</pre>", "__import__('os')", "); import os; (", "a b", "-1", "1.5",
    "\\p{L}+", "(?P<x>", "a{99999999999}", "(a+)+$", "[", "(?<!x)", "/^a$/",
    "x" * 5000, "word " * 2000, "NaN", "Infinity",
]  # fmt: skip

#: Mostly names the model format allows (so that they reach the generator), some not.
NAMES = st.one_of(
    st.sampled_from(KEYWORDS_AND_DUNDERS + OWN_NAMES),
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,12}", fullmatch=True),
    st.sampled_from(KEYWORDS_AND_DUNDERS + OWN_NAMES),
    st.sampled_from(UNICODE_NAMES + HOSTILE),
    st.text(max_size=12),
)

TEXT = st.one_of(st.sampled_from(HOSTILE + KEYWORDS_AND_DUNDERS), st.text(max_size=30))


class Raw:
    """A number JSON can write but Python's json module cannot (say 10**5000)."""

    def __init__(self, text: str) -> None:
        self.text = text


NUMBERS = st.sampled_from(
    [
        0, -1, 1, 2**31, 2**53 + 1, -(2**63), 10**20, 10**400, 1e308, -1e308, 5e-324,
        0.5, 1.5, -0.0, float("inf"), float("-inf"), float("nan"),
        Raw("1" + "0" * 5000), Raw("1e99999"), Raw("-1E400"),
    ]
)  # fmt: skip

JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), NUMBERS, TEXT),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(NAMES, inner, max_size=3)
    ),
    max_leaves=6,
)

#: Traits of structures, of members, and of other shapes: each set where it makes
#: sense for the format, and now and then where it does not.
STRUCTURE_FLAGS = [
    "document", "union", "exception", "eventstream", "event", "sensitive", "deprecated",
    "fault", "wrapper", "synthetic",
]  # fmt: skip
MEMBER_FLAGS = [
    "streaming", "idempotencyToken", "jsonvalue", "hostLabel", "deprecated", "box",
    "flattened", "xmlAttribute", "eventpayload",
]  # fmt: skip
FLAGS = STRUCTURE_FLAGS + MEMBER_FLAGS + ["requiresLength", "sparse"]


# -- the seeds -------------------------------------------------------------------------


@functools.cache
def seeds() -> list[dict[str, Any]]:
    return [
        closure(load.parse(load.read(service)), operation)
        for service, operation in SEEDS
    ]


# -- mutations -------------------------------------------------------------------------
#
# Each takes hypothesis's `draw` and the model, and changes the model in place.


def _nodes(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _nodes(item, (*path, index))


def _at(model: Any, path: tuple) -> Any:
    for part in path:
        model = model[part]
    return model


def _pick(draw, model: dict, test) -> tuple | None:
    """A path to a node that passes `test`. Deepest first, because hypothesis favours
    the first choice, and the top of a model is rarely where the interest lies."""
    paths = [path for path, value in _nodes(model) if path and test(path, value)]
    paths.sort(key=len, reverse=True)
    return draw(st.sampled_from(paths)) if paths else None


def _shape_names(model: dict) -> list[str]:
    return sorted(model["shapes"]) if isinstance(model.get("shapes"), dict) else []


def _shapes_of(model: dict, *types: str) -> list[str]:
    return [
        name
        for name in _shape_names(model)
        if isinstance(model["shapes"][name], dict)
        and model["shapes"][name].get("type") in types
    ]


def _references(model: dict) -> list[tuple]:
    """Paths of every `{"shape": name}` reference."""
    return [
        path
        for path, value in _nodes(model)
        if path and path[-1] == "shape" and isinstance(value, str)
    ]


def wrong_type(draw, model: dict) -> None:
    path = _pick(draw, model, lambda path, value: True)
    if path is not None:
        _at(model, path[:-1])[path[-1]] = draw(JSON_VALUES)


def missing_key(draw, model: dict) -> None:
    path = _pick(draw, model, lambda path, value: isinstance(path[-1], str))
    if path is not None:
        del _at(model, path[:-1])[path[-1]]


def dangling_reference(draw, model: dict) -> None:
    references = _references(model)
    if references:
        path = draw(st.sampled_from(references))
        _at(model, path[:-1])["shape"] = draw(NAMES)


def self_reference(draw, model: dict) -> None:
    """A list or map that holds itself, directly or through another list or map, or a
    structure that holds itself through one (which is fine)."""
    containers = _shapes_of(model, "list", "map")
    if not containers:
        return
    first = draw(st.sampled_from(containers))
    via = draw(st.sampled_from([first, *containers, *_shapes_of(model, "structure")]))
    for one, other in ((first, via), (via, first)):
        shape = model["shapes"][one]
        part = {"list": "member", "map": "value", "structure": None}[shape["type"]]
        if part is None:
            shape.setdefault("members", {})[draw(NAMES)] = {"shape": other}
        else:
            if shape["type"] == "map" and draw(st.booleans()):
                part = "key"
            shape[part] = {"shape": other}


def rename_shape(draw, model: dict) -> None:
    names = _shape_names(model)
    if not names:
        return
    old = draw(st.sampled_from(names))
    other = draw(st.sampled_from(names))
    new = draw(
        st.one_of(
            NAMES,
            st.sampled_from([other.lower(), other.upper(), other + "_", "_" + other]),
        )
    )
    shapes = model["shapes"]
    if new in shapes:
        return
    shapes[new] = shapes.pop(old)
    for path in _references(model):
        holder = _at(model, path[:-1])
        if holder["shape"] == old:
            holder["shape"] = new


def _structures(model: dict) -> list[str]:
    return [
        name
        for name in _shapes_of(model, "structure")
        if isinstance(model["shapes"][name].get("members"), dict)
    ]


def rename_member(draw, model: dict) -> None:
    """A member renamed, or a second one whose name collides with the first's."""
    structures = [s for s in _structures(model) if model["shapes"][s]["members"]]
    if not structures:
        return
    shape = model["shapes"][draw(st.sampled_from(structures))]
    old = draw(st.sampled_from(sorted(shape["members"])))
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", old)
    new = draw(
        st.one_of(
            NAMES,
            st.sampled_from(
                [old.lower(), old.upper(), snake, snake.lower(), old + "_"]
            ),
        )
    )
    if new in shape["members"]:
        return
    if draw(st.booleans()):  # a collision: both stay
        shape["members"][new] = copy.deepcopy(shape["members"][old])
        return
    shape["members"][new] = shape["members"].pop(old)
    if isinstance(shape.get("required"), list):
        shape["required"] = [new if r == old else r for r in shape["required"]]
    if shape.get("payload") == old:
        shape["payload"] = new


def huge_number(draw, model: dict) -> None:
    names = _shapes_of(model, "string", "list", "map", "blob", "integer", "long")
    names += _shapes_of(model, "float", "double")
    if names:
        shape = model["shapes"][draw(st.sampled_from(names))]
        shape[draw(st.sampled_from(["min", "max"]))] = draw(NUMBERS)


#: String fields whose values the model format restricts.
_CODES = {
    "shape",
    "type",
    "protocol",
    "method",
    "apiVersion",
    "version",
    "location",
    "name",
}
_CODES |= {"timestampFormat", "signatureVersion", "jsonVersion", "authtype", "auth"}


def hostile_text(draw, model: dict) -> None:
    """Hostile text in a free-text field (documentation, patterns, names on the wire,
    URIs, error codes...), now and then in any string."""
    anywhere = draw(st.integers(0, 4)) == 0
    path = _pick(
        draw,
        model,
        lambda path, value: isinstance(value, str)
        and (anywhere or not set(path) & _CODES),
    )
    if path is not None:
        text = draw(TEXT)
        _at(model, path[:-1])[path[-1]] = (
            "/" + text if path[-1] == "requestUri" else text
        )


def hostile_enum(draw, model: dict) -> None:
    strings = _shapes_of(model, "string")
    if strings:
        shape = model["shapes"][draw(st.sampled_from(strings))]
        values = st.one_of(TEXT, st.sampled_from(OWN_NAMES + UNICODE_NAMES))
        unique = draw(st.integers(0, 9)) > 0
        shape["enum"] = draw(st.lists(values, min_size=1, max_size=6, unique=unique))


def flag(draw, model: dict) -> None:
    """A trait set on a structure, a member, or any shape."""
    structures = _structures(model)
    where = draw(st.sampled_from(["structure", "member", "member", "anywhere"]))
    if where == "anywhere" or not structures:
        names = _shape_names(model)
        if names:
            target = model["shapes"][draw(st.sampled_from(names))]
            if isinstance(target, dict):
                target[draw(st.sampled_from(FLAGS))] = True
        return
    shape = model["shapes"][draw(st.sampled_from(structures))]
    if where == "structure" or not shape["members"]:
        shape[draw(st.sampled_from(STRUCTURE_FLAGS))] = True
        return
    member = shape["members"][draw(st.sampled_from(sorted(shape["members"])))]
    if isinstance(member, dict):
        if draw(st.booleans()):
            location = ["uri", "querystring", "header", "headers", "statusCode"]
            member["location"] = draw(st.sampled_from(location))
        else:
            member[draw(st.sampled_from(MEMBER_FLAGS))] = True


def rename_operation(draw, model: dict) -> None:
    """The operation renamed, or a second one whose name collides with it."""
    operations = model.get("operations")
    if not isinstance(operations, dict) or not operations:
        return
    old = draw(st.sampled_from(sorted(operations)))
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", old)
    new = draw(st.one_of(NAMES, st.sampled_from([old.lower(), snake, old.upper()])))
    if new in operations:
        return
    operation = copy.deepcopy(operations[old])
    if draw(st.booleans()):
        del operations[old]
    operations[new] = operation
    if isinstance(operation, dict):
        operation["name"] = new


#: The mutations, the ones that usually leave a model the format allows more often.
MUTATIONS = [
    *[hostile_text] * 4, *[rename_shape, rename_member, rename_operation] * 2,
    *[hostile_enum, flag, huge_number, self_reference] * 2,
    wrong_type, missing_key, dangling_reference,
]  # fmt: skip


@st.composite
def mutated_models(draw) -> dict[str, Any]:
    model = copy.deepcopy(draw(st.sampled_from(seeds())))
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3)):
        mutation(draw, model)
    return model


# -- running the generator -------------------------------------------------------------


def dumps(model: dict) -> str:
    """JSON text, with the numbers Python's json cannot write written as they are."""
    raws: list[str] = []

    def placeholder(value: Any) -> Any:
        if isinstance(value, Raw):
            raws.append(value.text)
            return f"@@raw{len(raws) - 1}@@"
        raise TypeError(type(value))

    text = json.dumps(model, default=placeholder)
    return re.sub(r'"@@raw(\d+)@@"', lambda m: raws[int(m.group(1))], text)


@contextlib.contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    def hang(*_: Any) -> None:
        raise TimeoutError(f"the generator ran for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


_packages = itertools.count()


def check_outcome(model: dict, work: Path) -> str:
    """Generate the model; assert one of the two allowed outcomes; which one."""
    number = next(_packages)
    source = work / f"model{number}" / "service-2.json"
    source.parent.mkdir()
    source.write_text(dumps(model))
    out, package = work / f"out{number}", f"fuzz_{number}"
    stdout, stderr = io.StringIO(), io.StringIO()
    with (
        contextlib.redirect_stdout(stdout),
        contextlib.redirect_stderr(stderr),
        _time_limit(HANG_S),
    ):
        code = cli.main(
            ["generate", str(source), "--out", str(out), "--package", package]
        )
    lines = stderr.getvalue().splitlines()
    if code == 2:
        assert len(lines) == 1, stderr.getvalue()
        assert "internal error" not in lines[0], lines[0]
        assert lines[0].startswith(f"botogen: error: {source}#"), lines[0]
        return "rejected: " + lines[0].split("#", 1)[1].split(":")[-1].split("[")[-1]
    assert code == 0, (code, stderr.getvalue())
    round_trip(out, package, operations=len(model["operations"]))
    for path in (out / package).glob("*.py"):  # black's layout, whoever wrote it
        text = path.read_text()
        if path.name not in STATIC_FILES:
            black = format_source(text)
            diff = difflib.unified_diff(text.splitlines(), black.splitlines(), n=1)
            assert black == text, f"black changes {path.name}:\n" + "\n".join(diff)
    return "generated"


def round_trip(out: Path, package: str, operations: int) -> None:
    """Import every class of the package and round-trip an object of each; every
    operation has a method name of its own and classes for its shapes."""
    sys.path.insert(0, str(out))
    try:
        module = importlib.import_module(package)
        table = importlib.import_module(f"{package}.operations").OPERATIONS
        assert set(module.__all__) <= set(dir(module))
        for name in module.__all__:
            cls = getattr(module, name)
            if not cls.__module__.startswith(f"{package}._shapes_"):
                continue  # the runtime's classes, the wire's, the client
            if issubclass(cls, module.Structure):
                obj = cls.from_value({})
                assert obj.to_value() == {}
                assert cls.from_value(obj.to_value()) == obj
                repr(obj)
                required = any(f.required for f in cls._fields)
                if not required and not issubclass(cls, module.Union):
                    made = cls.make()  # idempotency tokens filled, and valid
                    assert cls.from_value(made.to_value()) == made
            else:
                for member in cls:
                    assert cls(member.value) is member
                assert cls("a value from later") == "a value from later"
        assert len(table) == operations
        for name, operation in table.items():
            assert name.isidentifier() and not keyword.iskeyword(name), name
            operation.input_class(), operation.output_class()
            for error in operation.errors:
                assert issubclass(getattr(module, error), module.ServiceError)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.split(".")[0] == package]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder for the examples, and a format cache of their own (so that the runtime
    and unchanged modules are formatted once, not once per example)."""
    folder = tmp_path_factory.mktemp("fuzz")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BOTOGEN_CACHE_DIR", str(folder / "cache"))
        yield folder


def test_seeds_generate(work: Path) -> None:
    """Every seed as it is generates a working package (and warms the cache)."""
    for model in seeds():
        check_outcome(model, work)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
@given(model=mutated_models())
def test_mutated_models(work: Path, model: dict[str, Any]) -> None:
    event(check_outcome(model, work))
