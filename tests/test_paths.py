"""JMESPath compiled to Python: every construct botocore's paginators and waiters use,
on typed objects of a small model, against the `jmespath` package (the oracle) on
random values; and paginator and waiter files that do not fit their model.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import cli, normalize, paths
from oracles import check_path, oracle_settings
from small_models import generate, model
from strategies import values

SHAPES: dict[str, Any] = {
    "Input": {"type": "structure", "members": {"Token": {"shape": "S"}}},
    "Output": {
        "type": "structure",
        "members": {
            "Next": {"shape": "S"},
            "Status": {"shape": "Status"},
            "Count": {"shape": "N"},
            "Flag": {"shape": "B"},
            "Items": {"shape": "Items"},
            "Nested": {"shape": "Nested"},
            "ByName": {"shape": "ByName"},
            "Tags": {"shape": "Strings"},
            "Doc": {"shape": "Doc"},
        },
    },
    "Item": {
        "type": "structure",
        "members": {
            "Name": {"shape": "S"},
            "Status": {"shape": "Status"},
            "Size": {"shape": "N"},
            "Parts": {"shape": "Items2"},
            "Tags": {"shape": "Strings"},
        },
    },
    "Part": {"type": "structure", "members": {"Id": {"shape": "S"}}},
    "Nested": {"type": "structure", "members": {"Items": {"shape": "Items"}}},
    "Items": {"type": "list", "member": {"shape": "Item"}, "max": 4},
    "Items2": {"type": "list", "member": {"shape": "Part"}},
    "Grid": {"type": "list", "member": {"shape": "Strings"}},
    "ByName": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "Item"}},
    "Strings": {"type": "list", "member": {"shape": "Status"}},
    "Status": {"type": "string", "enum": ["ready", "busy", "failed", ""]},
    "S": {"type": "string", "max": 3},
    "N": {"type": "integer", "min": -1, "max": 2},
    "B": {"type": "boolean"},
    "Doc": {"type": "structure", "members": {}, "document": True},
}
OPERATIONS = {
    "Call": {
        "name": "Call",
        "http": {"method": "POST", "requestUri": "/"},
        "input": {"shape": "Input"},
        "output": {"shape": "Output"},
    }
}

#: Every node type and function the compiler knows, alone and combined as botocore
#: combines them (all of these occur in botocore's paginators and waiters, or are the
#: constructs they are made of).
EXPRESSIONS = [
    "Next",
    "Nested.Items",
    "Nested.Items[-1].Name",
    "Items[0]",
    "Items[5]",
    "Next || Items[-1].Name",
    "Next && Status",
    "!Flag",
    "!(Count == `1` && Flag)",
    "Items[].Status",
    "Items[].Parts[].Id",
    "Items[].Tags[]",
    "Nested.Items[].Size",
    "ByName.*.Status",
    "ByName.*",
    "Nested.*",
    "Items[?Size > `0`].Name",
    "Items[?Status == 'ready' || Status == 'busy'] | length(@)",
    "length(Items[?!(length(Parts) == `1` && Size == Count)]) == `0`",
    "length(Items) > `0` && length(Items[?Status == 'failed']) == length(Items)",
    "length(Next)",
    "length(Nested)",
    "length(ByName)",
    "length(Tags) >= `2`",
    "Count < `1`",
    "Count <= `0`",
    "Count > Count",
    "Next < 'b'",
    "Count == Flag",
    "Count != `1`",
    "Status != 'busy'",
    "Flag == `true`",
    "contains(Tags, 'ready')",
    "contains(Next, 'a')",
    "Items[0].Tags",
    "Items | [0]",
    "Items[].Size | [0]",
    "@.Next",
    '`[1, "a", null]`',
    '`{"a": 1}`',
    "Doc.a",
    "Doc.a.b",
    "Doc[0]",
    "Next.Missing",
    "Missing",
    "Items.Name",
]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return generate(
        model(SHAPES, OPERATIONS), tmp_path_factory.mktemp("paths"), "paths_small"
    )


@pytest.fixture(scope="module")
def service() -> Any:
    return normalize.normalize(model(SHAPES, OPERATIONS), "small", "paths_small")


@pytest.mark.parametrize("expression", EXPRESSIONS)
@given(data=st.data())
@oracle_settings(40)
def test_expression(small: Any, service: Any, expression: str, data: Any) -> None:
    value = data.draw(values(service, "Output"), label="output")
    check_path(small, service, "Output", expression, value)


def test_expression_edge_values(small: Any, service: Any) -> None:
    """Values random draws may miss: empty strings and lists, `true` against `1`, a
    flattened list of lists, a missing map."""
    cases = [
        {},
        {"Next": "", "Items": [], "Tags": [], "Count": 1, "Flag": True},
        {"Count": 0, "Flag": False, "Status": "", "ByName": {}},
        {"Items": [{"Parts": []}, {"Parts": [{"Id": "x"}]}, {}], "Nested": {}},
        {"Doc": {"a": {"b": [1]}}, "Next": "abc", "Tags": ["ready", "busy"]},
        {"Doc": [{"a": 1}], "ByName": {"k": {"Status": "busy"}, "j": {}}},
    ]
    for value in cases:
        for expression in EXPRESSIONS:
            check_path(small, service, "Output", expression, value)


def test_unsupported_expressions() -> None:
    for expression, message in [
        ("Items[0:2]", "slice is not supported"),
        ("{a: Next}", "multi_select_dict is not supported"),
        ("sort(Tags)", "function sort() is not supported"),
        ("Items[", "invalid JMESPath expression"),
    ]:
        with pytest.raises(
            paths.PathError, match=message.replace("(", r"\(").replace(")", r"\)")
        ):
            paths.parse(expression)


def _run(
    tmp_path: Path, extra: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    """Generate the small model with a paginators or waiters file beside it."""
    folder = tmp_path / "small" / "2020-01-01"
    folder.mkdir(parents=True)
    (folder / "service-2.json").write_text(json.dumps(model(SHAPES, OPERATIONS)))
    for name, content in extra.items():
        (folder / name).write_text(json.dumps(content))
    code = cli.main(
        ["generate", str(folder / "service-2.json"), "--out", str(tmp_path / "out")]
    )
    return code, capsys.readouterr().err


BAD = [
    (
        {
            "paginators-1.json": {
                "pagination": {
                    "Nope": {
                        "input_token": "Token",
                        "output_token": "Next",
                        "result_key": "Items",
                    }
                }
            }
        },
        "paginators-1.json#/pagination/Nope: operation 'Nope' does not exist",
    ),
    (
        {
            "paginators-1.json": {
                "pagination": {
                    "Call": {
                        "input_token": "Tok",
                        "output_token": "Next",
                        "result_key": "Items",
                    }
                }
            }
        },
        "paginators-1.json#/pagination/Call/input_token/0: Call's input has no member 'Tok'",
    ),
    (
        {
            "paginators-1.json": {
                "pagination": {
                    "Call": {
                        "input_token": "Token",
                        "output_token": "sort(Next)",
                        "result_key": "Items",
                    }
                }
            }
        },
        "paginators-1.json#/pagination/Call/output_token/0: 'sort(Next)': function sort() is not supported",
    ),
    (
        {
            "paginators-1.json": {
                "pagination": {
                    "Call": {
                        "input_token": "Token",
                        "output_token": "Next",
                        "result_key": "Items[0]",
                    }
                }
            }
        },
        "paginators-1.json#/pagination/Call/result_key/0: result key 'Items[0]': no member 'Items[0]'",
    ),
    (
        {
            "paginators-1.json": {
                "pagination": {
                    "Call": {
                        "input_token": "Token",
                        "output_token": "Next",
                        "result_key": "Items",
                        "limit": 1,
                    }
                }
            }
        },
        "paginators-1.json#/pagination/Call: Additional properties are not allowed ('limit' was unexpected)",
    ),
    (
        {
            "waiters-2.json": {
                "version": 2,
                "waiters": {
                    "Ready": {
                        "operation": "Call",
                        "delay": 1,
                        "maxAttempts": 2,
                        "acceptors": [
                            {"matcher": "path", "state": "success", "expected": "ready"}
                        ],
                    }
                },
            }
        },
        "waiters-2.json#/waiters/Ready/acceptors/0: 'argument' is a required property",
    ),
    (
        {
            "waiters-2.json": {
                "version": 2,
                "waiters": {
                    "Ready": {
                        "operation": "Call",
                        "delay": 1,
                        "maxAttempts": 2,
                        "acceptors": [
                            {
                                "matcher": "path",
                                "argument": "Items[?",
                                "state": "success",
                                "expected": "ready",
                            }
                        ],
                    }
                },
            }
        },
        "waiters-2.json#/waiters/Ready/acceptors/0/argument: invalid JMESPath expression",
    ),
    (
        {
            "waiters-2.json": {
                "version": 2,
                "waiters": {
                    "Ready": {
                        "operation": "Gone",
                        "delay": 1,
                        "maxAttempts": 2,
                        "acceptors": [
                            {"matcher": "status", "state": "success", "expected": 200}
                        ],
                    }
                },
            }
        },
        "waiters-2.json#/waiters/Ready/operation: operation 'Gone' does not exist",
    ),
]


@pytest.mark.parametrize(("files", "message"), BAD)
def test_bad_paginators_and_waiters(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, Any],
    message: str,
) -> None:
    code, err = _run(tmp_path, files, capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert message in err, err
    assert not (tmp_path / "out").exists()  # nothing half-written


def test_good_files_make_methods(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "paginators-1.json": {
            "pagination": {
                "Call": {
                    "input_token": "Token",
                    "output_token": "Next || Items[-1].Name",
                    "result_key": ["Items", "Count"],
                }
            }
        },
        "waiters-2.json": {
            "version": 2,
            "waiters": {
                "Ready": {
                    "operation": "Call",
                    "delay": 1,
                    "maxAttempts": 2,
                    "acceptors": [
                        {
                            "matcher": "pathAll",
                            "argument": "Items[].Status",
                            "state": "success",
                            "expected": "ready",
                        }
                    ],
                }
            },
        },
    }
    code, err = _run(tmp_path, files, capsys)
    assert code == 0, err
    client = (tmp_path / "out" / "botogen_small" / "client.py").read_text()
    assert "paginate_call: Final = _pages(call, _i_.Item)" in client
    assert "wait_until_ready: Final = _waiter(call)" in client


def test_client_name_is_not_a_shape_name(tmp_path: Path) -> None:
    """A shape named like the service's client (or a name the client module exports)
    gets another class name, decided once in normalize."""
    shapes = {
        "Input": {"type": "structure", "members": {"A": {"shape": "SmallClient"}}},
        "SmallClient": {
            "type": "structure",
            "members": {"W": {"shape": "WaiterError"}},
        },
        "WaiterError": {"type": "string"},
    }
    service = normalize.normalize(model(shapes), "small", "pkg")
    assert service.client_name == "SmallClient"
    names = {shape.wire_name: shape.class_name for shape in service.shapes}
    assert names["SmallClient"] == "SmallClient_"
    package = generate(model(shapes), tmp_path, "client_names")
    assert package.SmallClient.__name__ == "SmallClient"
    assert package.SmallClient_.__name__ == "SmallClient_"
    assert package.WaiterError.__module__ == "client_names._client"


@pytest.mark.parametrize(
    ("service_id", "client"),
    [
        ("Connect", "ConnectClient"),
        ("S3", "S3Client"),
        ("DynamoDB", "DynamoDBClient"),
        ("SSM", "SSMClient"),
        ("API Gateway", "APIGatewayClient"),
        ("Lex Runtime V2", "LexRuntimeV2Client"),
        ("codestar notifications", "CodestarNotificationsClient"),
    ],
)
def test_client_names(service_id: str, client: str) -> None:
    from generator import names

    assert names.client_name(service_id) == client
