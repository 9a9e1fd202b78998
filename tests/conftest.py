"""Shared fixtures: the committed generated package, the Connect IR, the services\nsampled for `make test`, and the scripted HTTP server."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripted import Script, serve

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"

# Import the committed package from the work tree, whether or not it is installed.
sys.path.insert(0, str(GENERATED))


@pytest.fixture(scope="session")
def connect_ir():
    from generator import pipeline

    return pipeline.ir("connect")


#: The services `make test` runs the every-service tests on; `make test-all` runs all.
SAMPLE = [
    "ec2", "s3", "sqs", "dynamodb", "lambda", "apigateway", "apigatewayv2", "sts",
    "cloudwatch", "wafv2", "acm", "bedrock-runtime", "quicksight", "sagemaker", "glue",
    "iot", "lexv2-runtime", "polly", "kinesis", "storagegateway",
]  # fmt: skip


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--all-services",
        action="store_true",
        help="run the every-service tests on all services botocore ships, not a sample",
    )


@pytest.fixture(scope="session")
def generated(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The selected services generated into one folder, which is put on sys.path (the
    every-service tests and the end-to-end client tests share it)."""
    import time

    from generator import cli

    services = selected_services(request.config)

    out = tmp_path_factory.mktemp("services") / "out"
    started = time.perf_counter()
    assert cli.main(["generate", *services, "--out", str(out)]) == 0
    print(
        f"\ngenerated {len(services)} services in {time.perf_counter() - started:.1f} s"
    )
    sys.path.insert(0, str(out))
    return out


def selected_services(config: pytest.Config) -> list[str]:
    from generator import load

    return load.botocore_services() if config.getoption("--all-services") else SAMPLE


@pytest.fixture(scope="module")
def server_script() -> Iterator[tuple[str, Script]]:
    """The scripted server (tests/scripted.py), on a free port of 127.0.0.1, for the
    module that uses it."""
    script = Script()
    server, thread = serve(script)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", script
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def server(server_script: tuple[str, Script]) -> tuple[str, Script]:
    """The scripted server with an empty script: (its URL, the script)."""
    script = server_script[1]
    script.reset()
    return server_script
