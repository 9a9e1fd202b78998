"""Model hazards, each on a small model: names, enums, unions, recursion, numbers,
patterns and docs. The generated package is imported and used, not only read."""

from __future__ import annotations

import ast
import datetime
import inspect
import itertools
from pathlib import Path

import pytest

from small_models import generate, model

_packages = itertools.count()


def _generate(shapes, tmp_path: Path, operations=None):
    return generate(model(shapes, operations), tmp_path, f"small_{next(_packages)}")


def _struct(members: dict[str, str], required=(), **extra):
    return {
        "type": "structure",
        "members": {name: {"shape": target} for name, target in members.items()},
        "required": list(required),
        **extra,
    }


def test_member_names(tmp_path: Path) -> None:
    names = [
        "Return",
        "From",
        "Lambda",
        "Make",
        "FromValue",
        "Args",
        "ToValue",
        "Validate",
        "Match",
    ]
    pkg = _generate(
        {"Input": _struct(dict.fromkeys(names, "S")), "S": {"type": "string"}}, tmp_path
    )
    fields = [f.name for f in pkg.Input._fields]
    expected = [
        "return_",
        "from_",
        "lambda_",
        "make_",
        "from_value_",
        "args_",
        "to_value_",
        "validate_",
        "match_",
    ]
    assert fields == expected
    value = {name: name.lower() for name in names}
    obj = pkg.Input.make(**{f: value[w] for f, w in zip(fields, names)})
    assert obj.to_value() == value
    assert pkg.Input.from_value(value) == obj


def test_member_names_unique_within_class(tmp_path: Path) -> None:
    pkg = _generate(
        {
            "Input": _struct({"FooBar": "S", "foo_bar": "S", "Foo_Bar": "S"}),
            "S": {"type": "string"},
        },
        tmp_path,
    )
    assert sorted(f.name for f in pkg.Input._fields) == [
        "foo_bar",
        "foo_bar_2",
        "foo_bar_3",
    ]


def test_class_names(tmp_path: Path) -> None:
    shapes = {
        "Input": _struct(
            {
                "A": "None",
                "B": "String",
                "C": "__string",
                "D": "BaseException",
                "E": "Type",
                "F": "Union",
                "G": "Optional",
                "H": "Timestamp",
                "I": "timestamp",
            }
        ),
        "None": _struct({"X": "__string"}),
        "String": _struct({"X": "__string"}),
        "__string": {"type": "string"},
        "BaseException": _struct({"X": "__string"}),
        "Type": _struct({"X": "__string"}),
        "Union": _struct({"X": "__string"}),
        "Optional": _struct({"X": "__string"}),
        "Timestamp": _struct({"X": "__string"}),
        "timestamp": {"type": "timestamp"},
    }
    pkg = _generate(shapes, tmp_path)
    for name in [
        "None_",
        "String",
        "BaseException_",
        "Type_",
        "Union_",
        "Optional_",
        "Timestamp",
    ]:
        cls = getattr(pkg, name)
        assert cls.make(x="v").to_value() == {"X": "v"}
    assert pkg.Input.make(a=pkg.None_.make(x="n")).to_value() == {"A": {"X": "n"}}


def test_enum_values(tmp_path: Path) -> None:
    values = [
        "None",
        "True",
        "t2.micro",
        "AWS::S3::Bucket",
        "LunAlreadyAllocated ",
        "2xlarge",
        "ENABLED",
        "enabled",
    ]
    pkg = _generate(
        {
            "Input": _struct({"Kind": "Kind"}),
            "Kind": {"type": "string", "enum": values},
        },
        tmp_path,
    )
    members = {member.name: member.value for member in pkg.Kind}
    assert members == {
        "NONE": "None",
        "TRUE": "True",
        "T2_MICRO": "t2.micro",
        "AWS_S3_BUCKET": "AWS::S3::Bucket",
        "LUN_ALREADY_ALLOCATED": "LunAlreadyAllocated ",
        "V2XLARGE": "2xlarge",
        "ENABLED": "ENABLED",
        "ENABLED_2": "enabled",
    }
    # values the model does not list are kept, never dropped or raised
    received = pkg.Input.from_value({"Kind": "BrandNew"})
    assert received.kind == "BrandNew" and isinstance(received.kind, pkg.Kind)
    assert received.to_value() == {"Kind": "BrandNew"}
    assert type(received.to_value()["Kind"]) is str
    pkg.Input.make(kind="AnythingElse")  # no enum membership check
    assert (
        pkg.Input.from_value({"Kind": "LunAlreadyAllocated "}).kind
        is pkg.Kind.LUN_ALREADY_ALLOCATED
    )


def test_union(tmp_path: Path) -> None:
    shapes = {
        "Input": _struct({"Choice": "Choice"}),
        "Choice": {
            "type": "structure",
            "union": True,
            "members": {
                "Text": {"shape": "S"},
                "Number": {"shape": "N"},
                "Empty": {"shape": "Nothing"},
            },
        },
        "S": {"type": "string"},
        "N": {"type": "integer"},
        "Nothing": {"type": "structure", "members": {}},
    }
    pkg = _generate(shapes, tmp_path)
    assert pkg.Choice.make(text="a").to_value() == {"Text": "a"}
    assert pkg.Choice.make(empty=pkg.Nothing.make()).to_value() == {"Empty": {}}
    with pytest.raises(pkg.ValidationError, match="exactly one member"):
        pkg.Choice.make(text="a", number=1)
    with pytest.raises(pkg.ValidationError, match="exactly one member"):
        pkg.Choice.make()
    newer = pkg.Choice.from_value({"Image": {"Url": "x"}})
    assert newer.unknown_member == ("Image", {"Url": "x"})
    assert newer.to_value() == {"Image": {"Url": "x"}}
    newer.validate()


def test_recursive_structures(tmp_path: Path) -> None:
    shapes = {
        "Input": _struct({"Filter": "Filter"}),
        "Filter": _struct({"And": "Filters", "Not": "Filter", "Name": "S"}),
        "Filters": {"type": "list", "member": {"shape": "Filter"}},
        "S": {"type": "string", "min": 1},
    }
    pkg = _generate(shapes, tmp_path)
    value = {"Filter": {"And": [{"Name": "a"}, {"Not": {"Name": "b"}}]}}
    obj = pkg.Input.from_value(value)
    assert isinstance(obj.filter.and_[1].not_, pkg.Filter)
    assert obj.to_value() == value
    bad = pkg.Input.from_value({"Filter": {"And": [{"Not": {"Name": ""}}]}})
    with pytest.raises(
        pkg.ValidationError,
        match=r"filter\.and_\[0\]\.not_\.name: length 0 is below the minimum 1",
    ):
        bad.validate()


def test_numbers_beyond_2_53(tmp_path: Path) -> None:
    big = 2**63 - 1
    shapes = {
        "Input": _struct({"Big": "Big", "Ratio": "Ratio"}),
        "Big": {"type": "long", "min": -big - 1, "max": big},
        "Ratio": {"type": "double", "min": 0.5, "max": 1.0e300},
    }
    pkg = _generate(shapes, tmp_path)
    assert pkg.Input.make(big=big - 1).to_value() == {"Big": big - 1}
    assert pkg.Input.from_value({"Big": 2**53 + 1}).big == 2**53 + 1
    with pytest.raises(pkg.ValidationError, match="above the maximum"):
        pkg.Input.make(big=big + 1)
    with pytest.raises(pkg.ValidationError, match="below the minimum 0.5"):
        pkg.Input.make(ratio=0.25)
    with pytest.raises(pkg.ValidationError, match="expected int"):
        pkg.Input.make(big=True)


def test_patterns(tmp_path: Path) -> None:
    shapes = {
        "Input": _struct({"Code": "Code", "Name": "Name"}),
        "Code": {"type": "string", "pattern": "^[A-Z]{3}$"},
        "Name": {
            "type": "string",
            "pattern": "^[\\p{L}\\p{Z}]+$",
        },  # not for Python's re
    }
    pkg = _generate(shapes, tmp_path)
    pkg.Input.make(code="ABC", name="José Ñ")
    with pytest.raises(pkg.ValidationError, match="does not match the pattern"):
        pkg.Input.make(code="abc")


def test_javascript_regex_literal_pattern(tmp_path: Path) -> None:
    """Connect's Password pattern is written `/^...$/`; its body is what is meant."""
    shapes = {
        "Input": _struct({"Password": "Password"}),
        "Password": {"type": "string", "pattern": "/^(?=.*\\d)[a-z\\d]{4,8}$/"},
    }
    pkg = _generate(shapes, tmp_path)
    pkg.Input.make(password="abc123")
    with pytest.raises(pkg.ValidationError, match="does not match"):
        pkg.Input.make(password="abcdef")


def test_other_kinds_round_trip(tmp_path: Path) -> None:
    shapes = {
        "Input": _struct(
            {
                "When": "When",
                "Data": "Data",
                "Doc": "Doc",
                "Flag": "Flag",
                "Tags": "Tags",
                "Stream": "Stream",
            }
        ),
        "When": {"type": "timestamp"},
        "Data": {"type": "blob", "max": 4},
        "Doc": {"type": "structure", "members": {}, "document": True},
        "Flag": {"type": "boolean"},
        "Tags": {
            "type": "map",
            "key": {"shape": "S"},
            "value": {"shape": "S"},
            "max": 2,
        },
        "Stream": {"type": "blob", "streaming": True},
        "S": {"type": "string"},
    }
    pkg = _generate(shapes, tmp_path)
    when = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    value = {
        "When": when,
        "Data": b"\x00\x01",
        "Doc": {"a": [1, 2.5, None, "x"]},
        "Flag": False,
        "Tags": {"k": "v"},
    }
    obj = pkg.Input.make(
        when=when,
        data=b"\x00\x01",
        doc={"a": [1, 2.5, None, "x"]},
        flag=False,
        tags={"k": "v"},
    )
    assert obj.to_value() == value
    assert pkg.Input.from_value(value) == obj
    with pytest.raises(pkg.ValidationError) as error:
        pkg.Input.make(
            data=b"12345", tags={"a": "1", "b": "2", "c": "3"}, when="2024-01-01"
        )
    assert len(error.value.problems) == 3
    import io

    pkg.Input.make(stream=io.BytesIO(b"streamed"))


def test_idempotency_token_and_sensitive_repr(tmp_path: Path) -> None:
    shapes = {
        "Input": {
            "type": "structure",
            "members": {
                "Token": {"shape": "S", "idempotencyToken": True},
                "Secret": {"shape": "Secret"},
            },
        },
        "S": {"type": "string"},
        "Secret": {"type": "string", "sensitive": True},
    }
    pkg = _generate(shapes, tmp_path)
    obj = pkg.Input.make(secret="hunter2")
    assert obj.to_value()["Token"] == obj.to_value()["Token"]
    assert pkg.Input.make().token != pkg.Input.make().token
    assert pkg.Input.make(token="given").token == "given"
    assert (
        "hunter2" not in repr(obj) and "'***'" not in repr(obj) and "***" in repr(obj)
    )


def test_errors_are_exceptions(tmp_path: Path) -> None:
    shapes = {
        "Input": _struct({}),
        "NotFound": {
            "type": "structure",
            "members": {"Message": {"shape": "S"}, "Args": {"shape": "S"}},
            "exception": True,
            "error": {"code": "NotFoundCode", "httpStatusCode": 404},
        },
        "S": {"type": "string"},
    }
    operations = {
        "Call": {
            "name": "Call",
            "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": "Input"},
            "errors": [{"shape": "NotFound"}],
        }
    }
    pkg = _generate(shapes, tmp_path, operations)
    error = pkg.NotFound.from_value({"Message": "gone", "Args": "x"})
    assert isinstance(error, pkg.ServiceError) and isinstance(error, Exception)
    assert str(error) == "gone" and error.args_ == "x"
    assert pkg.NotFound._error_code == "NotFoundCode"
    with pytest.raises(pkg.NotFound):
        raise pkg.NotFound.make(message="m")
    from importlib import import_module

    operations_module = import_module(pkg.__name__ + ".operations")
    assert operations_module.OPERATIONS["call"].errors == ("NotFound",)


HAZARDOUS_DOCS = (
    'He said """hi""" \\d+ and {{ name }} and {% raw %} and é 😀 \\ "quoted"'
)


def test_docs_survive_exactly(tmp_path: Path) -> None:
    long_line = "x" * 65000
    shapes = {
        "Input": {
            "type": "structure",
            "documentation": f"<p>{HAZARDOUS_DOCS}</p>",
            "members": {
                "A": {
                    "shape": "S",
                    "documentation": f"<p>{HAZARDOUS_DOCS}</p><p>{long_line}</p>",
                }
            },
        },
        "S": {"type": "string"},
    }
    pkg = _generate(shapes, tmp_path)
    assert inspect.getdoc(pkg.Input) == HAZARDOUS_DOCS
    module = inspect.getmodule(pkg.Input)
    tree = ast.parse(Path(module.__file__).read_text())
    body = next(
        node
        for node in tree.body
        if isinstance(node, ast.ClassDef) and node.name == "Input"
    ).body
    attribute = next(
        i for i, node in enumerate(body) if isinstance(node, ast.AnnAssign)
    )
    assert (
        inspect.cleandoc(body[attribute + 1].value.value)
        == f"{HAZARDOUS_DOCS}\n\n{long_line}"
    )


def test_same_names_whatever_the_order(tmp_path: Path) -> None:
    from generator import normalize

    shapes = {
        "Timestamp": _struct({"B": "timestamp", "A": "__string"}),
        "timestamp": {"type": "timestamp"},
        "__string": {"type": "string"},
        "String": _struct({}),
    }
    one = normalize.normalize(model(shapes, {}), "s", "p")
    other = normalize.normalize(
        model(dict(reversed(list(shapes.items()))), {}), "s", "p"
    )
    assert one == other
    assert {s.wire_name: s.class_name for s in one.shapes} == {
        "String": "String",
        "Timestamp": "Timestamp",
        "__string": "String2",
        "timestamp": "Timestamp2",
    }


def test_event_streams_and_json_values(tmp_path: Path) -> None:
    shapes = {
        "Input": {
            "type": "structure",
            "members": {
                "Events": {"shape": "Events"},
                "Context": {
                    "shape": "S",
                    "jsonvalue": True,
                    "location": "header",
                    "locationName": "x-context",
                },
            },
        },
        "Events": {
            "type": "structure",
            "eventstream": True,
            "members": {"Audio": {"shape": "Audio"}, "End": {"shape": "End"}},
        },
        "Audio": {
            "type": "structure",
            "event": True,
            "members": {"Chunk": {"shape": "Bytes", "eventpayload": True}},
        },
        "End": {"type": "structure", "event": True, "members": {}},
        "Bytes": {"type": "blob"},
        "S": {"type": "string"},
    }
    pkg = _generate(shapes, tmp_path)
    events = [
        pkg.Events.make(audio=pkg.Audio.make(chunk=b"ab")),
        pkg.Events.make(end=pkg.End.make()),
    ]
    request = pkg.Input.make(events=iter(events), context={"user": [1, 2]})
    value = request.to_value()
    assert value["Context"] == {"user": [1, 2]}
    assert list(value["Events"]) == [{"Audio": {"Chunk": b"ab"}}, {"End": {}}]
    received = pkg.Input.from_value(
        {"Events": iter([{"Audio": {"Chunk": b"cd"}}, {"Later": {}}])}
    )
    got = list(received.events)
    assert got[0].audio.chunk == b"cd" and got[1].unknown_member == ("Later", {})
    with pytest.raises(pkg.ValidationError, match="expected iterable of events"):
        pkg.Input.make(events=5)


def test_lists_and_maps_of_documents(tmp_path: Path) -> None:
    shapes = {
        "Input": _struct({"Docs": "Docs", "ByName": "ByName"}),
        "Docs": {"type": "list", "member": {"shape": "Doc"}},
        "ByName": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "Doc"}},
        "Doc": {"type": "structure", "members": {}, "document": True},
        "S": {"type": "string"},
    }
    pkg = _generate(shapes, tmp_path)
    value = {"Docs": [{"a": 1}, [2], "x"], "ByName": {"k": {"b": None}}}
    assert (
        pkg.Input.make(docs=value["Docs"], by_name=value["ByName"]).to_value() == value
    )


def test_deprecated_members_are_marked(tmp_path: Path) -> None:
    shapes = {
        "Input": {
            "type": "structure",
            "members": {
                "Old": {
                    "shape": "S",
                    "deprecated": True,
                    "deprecatedMessage": "Use New.",
                    "documentation": "<p>The old way.</p>",
                },
                "New": {"shape": "S"},
            },
        },
        "S": {"type": "string"},
    }
    pkg = _generate(shapes, tmp_path)
    module = inspect.getmodule(pkg.Input)
    source = Path(module.__file__).read_text()
    assert (
        '    old: str | None = _rt.field("Old", _rt.String())\n    """Deprecated. Use New.\n\n    The old way."""'
        in source
    )


def test_user_subclass_keeps_the_members(tmp_path: Path) -> None:
    """An SDK may subclass a generated class to add helpers of its own."""
    pkg = _generate(
        {
            "Input": _struct({"Name": "S"}, required=["Name"]),
            "S": {"type": "string", "min": 1},
        },
        tmp_path,
    )

    class Named(pkg.Input):
        def greeting(self) -> str:
            return f"hello {self.name}"

    made = Named.make(name="x")
    assert type(made) is Named and made.greeting() == "hello x"
    assert made.to_value() == {"Name": "x"}
    assert type(Named.from_value({"Name": "y"})) is Named
    assert pkg.Input.make(name="z").to_value() == {"Name": "z"}
    with pytest.raises(pkg.ValidationError):
        Named.make(name="")


def test_a_lone_surrogate_in_the_service_name(tmp_path: Path) -> None:
    """The service's full name goes into docstrings, a class's among them, which
    cannot hold a lone surrogate (found by the fuzz campaign)."""
    raw = model({"Input": _struct({"Name": "S"}), "S": {"type": "string"}})
    raw["metadata"]["serviceFullName"] = "Open\ud800Search"
    pkg = generate(raw, tmp_path, f"small_{next(_packages)}")
    client = pkg.SmallClient
    assert "Open\ufffdSearch" in (client.__doc__ or "")


def test_a_client_that_starts_with_an_operation_without_input(tmp_path: Path) -> None:
    """Its method is a `def` stub at the start of the client's `if TYPE_CHECKING:`
    block, which black sets apart by a blank line there too (found by fuzzing)."""
    from generator.format import format_source

    operations = {
        "Get": {"name": "Get", "http": {"method": "GET", "requestUri": "/"}},
        "Put": {
            "name": "Put",
            "http": {"method": "PUT", "requestUri": "/"},
            "input": {"shape": "Input"},
        },
    }
    raw = model({"Input": _struct({"Name": "S"}), "S": {"type": "string"}}, operations)
    package = f"small_{next(_packages)}"
    generate(raw, tmp_path, package)
    text = (tmp_path / "out" / package / "client.py").read_text()
    assert "        def get(self) -> None: ..." in text
    assert format_source(text) == text
