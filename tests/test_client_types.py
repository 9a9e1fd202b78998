"""What type checkers make of a user's script that calls a client: mypy --strict and
pyright (basedpyright) check both call forms of a method, paginators and waiters, and
flag wrong argument types, missing required arguments, unknown keywords, unknown
methods and misuse of results; a correct script is clean. Plus the client's import
cost: nothing of it is imported before it is used."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GENERATED
from small_models import model

BIN = Path(sys.executable).parent

#: A user's script against the committed Connect package: each line marked `# E` must
#: be reported by the checker, no other line may be; `# R: text` is a reveal_type that
#: must show text.
CONNECT_SCRIPT = """\
from botogen_connect import (
    ConnectClient, DescribeInstanceRequest, ParticipantDetails, ResourceNotFoundException,
    ServiceError, StartWebRTCContactRequest, WaiterError,
)

def use(client: ConnectClient) -> str:
    details = ParticipantDetails.make(display_name="A")
    out = client.start_web_rtc_contact(contact_flow_id="f", instance_id="i", participant_details=details)
    reveal_type(out)  # R: StartWebRTCContactResponse
    request = StartWebRTCContactRequest.make(contact_flow_id="f", instance_id="i", participant_details=details)
    reveal_type(client.start_web_rtc_contact(request))  # R: StartWebRTCContactResponse
    for user in client.paginate_list_users(instance_id="i").items(max_items=5, page_size=2):
        reveal_type(user)  # R: UserSummary
    for page in client.paginate_list_users(instance_id="i"):
        reveal_type(page)  # R: ListUsersResponse
    reveal_type(client.tag_resource(resource_arn="a", tags={"k": "v"}))  # R: None
    try:
        client.describe_instance(instance_id="i")
    except ResourceNotFoundException as error:
        reveal_type(error.http_status)  # R: int
    except ServiceError as error:
        reveal_type(error.code)  # R: str
    client.start_web_rtc_contact(contact_flow_id=1, instance_id="i", participant_details=details)  # E
    client.start_web_rtc_contact(instance_id="i", participant_details=details)  # E
    client.start_web_rtc_contact(contact_flow_id="f", instance_id="i", participant_details=details, colour="red")  # E
    client.start_web_rtc_contact(DescribeInstanceRequest.make(instance_id="i"))  # E
    client.start_web_rtc_contact(request, instance_id="i")  # E
    client.start_web_rtc_contact_typo(request)  # E
    client.paginate_list_users(instance_id=3)  # E
    number: int = out.contact_id  # E
    print(WaiterError)
    return out.participant_token or ""
"""

WAITER_SCRIPT = """\
from botogen_small import SmallClient, Input

def use(client: SmallClient) -> None:
    reveal_type(client.wait_until_ready(token="t"))  # R: None
    client.wait_until_ready(Input.make(token="t"))
    client.wait_until_ready.with_config(delay=1, max_attempts=3)(token="t")
    client.wait_until_ready(token=1)  # E
    client.wait_until_ready.with_config(delay="soon")  # E
    client.wait_until_gone(token="t")  # E
    for item in client.paginate_call(token="t").items():
        reveal_type(item)  # R: Item
"""


def _expected(script: str) -> tuple[set[int], dict[int, str]]:
    errors, reveals = set(), {}
    for number, line in enumerate(script.splitlines(), 1):
        if line.endswith("# E"):
            errors.add(number)
        found = re.search(r"# R: (.+)$", line)
        if found:
            reveals[number] = found.group(1)
    return errors, reveals


def _mypy(script: Path, path: Path) -> list[tuple[int, str]]:
    result = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--cache-dir=/dev/null", str(script)],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(path)},
    )
    found = []
    for line in result.stdout.splitlines():
        match = re.match(r".*?:(\d+): (error|note): (.*)", line)
        if match and not match.group(3).startswith(
            ("See ", "Possible overload", "    ")
        ):
            found.append((int(match.group(1)), match.group(2) + ": " + match.group(3)))
    return found


def _pyright(script: Path, path: Path) -> list[tuple[int, str]]:
    config = script.parent / "pyrightconfig.json"
    config.write_text(
        json.dumps(
            {
                "extraPaths": [str(path)],
                "typeCheckingMode": "strict",
                "reportUnusedCallResult": False,
                "pythonVersion": "3.11",
            }
        )
    )
    result = subprocess.run(
        [str(BIN / "basedpyright"), "--outputjson", "-p", str(config), str(script)],
        capture_output=True,
        text=True,
    )
    report = json.loads(result.stdout)
    return [
        (d["range"]["start"]["line"] + 1, f"{d['severity']}: {d['message']}")
        for d in report["generalDiagnostics"]
        if d["severity"] in ("error", "information")
    ]


def _check(script_text: str, path: Path, tmp_path: Path, checker: str) -> None:
    script = tmp_path / "user.py"
    script.write_text(script_text)
    errors, reveals = _expected(script_text)
    found = (_mypy if checker == "mypy" else _pyright)(script, path)
    reported = {line for line, message in found if message.startswith("error")}
    assert reported == errors, found
    for line, text in reveals.items():
        shown = [m for n, m in found if n == line and "error" not in m[:6]]
        assert shown and all(re.search(rf"\b{re.escape(text)}\b", m) for m in shown), (
            line,
            text,
            shown,
        )


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_connect_script(tmp_path: Path, checker: str) -> None:
    if checker == "pyright" and shutil.which("basedpyright", path=str(BIN)) is None:
        pytest.skip("basedpyright is not installed")
    _check(CONNECT_SCRIPT, GENERATED, tmp_path, checker)


@pytest.fixture(scope="module")
def small_with_waiter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small service with a paginator and a waiter, generated into a folder."""
    from generator import cli

    root = tmp_path_factory.mktemp("waiter")
    folder = root / "small" / "2020-01-01"
    folder.mkdir(parents=True)
    shapes = {
        "Input": {"type": "structure", "members": {"Token": {"shape": "S"}}},
        "Output": {
            "type": "structure",
            "members": {"Next": {"shape": "S"}, "Items": {"shape": "Items"}},
        },
        "Item": {"type": "structure", "members": {"State": {"shape": "S"}}},
        "Items": {"type": "list", "member": {"shape": "Item"}},
        "S": {"type": "string"},
    }
    operations = {
        "Call": {
            "name": "Call",
            "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": "Input"},
            "output": {"shape": "Output"},
        }
    }
    (folder / "service-2.json").write_text(json.dumps(model(shapes, operations)))
    (folder / "paginators-1.json").write_text(
        json.dumps(
            {
                "pagination": {
                    "Call": {
                        "input_token": "Token",
                        "output_token": "Next",
                        "result_key": "Items",
                    }
                }
            }
        )
    )
    acceptor = {
        "matcher": "pathAll",
        "argument": "Items[].State",
        "state": "success",
        "expected": "ready",
    }
    waiter = {
        "operation": "Call",
        "delay": 1,
        "maxAttempts": 2,
        "acceptors": [acceptor],
    }
    (folder / "waiters-2.json").write_text(
        json.dumps({"version": 2, "waiters": {"Ready": waiter}})
    )
    out = root / "out"
    assert (
        cli.main(["generate", str(folder / "service-2.json"), "--out", str(out)]) == 0
    )
    return out


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_waiter_script(small_with_waiter: Path, tmp_path: Path, checker: str) -> None:
    if checker == "pyright" and shutil.which("basedpyright", path=str(BIN)) is None:
        pytest.skip("basedpyright is not installed")
    _check(WAITER_SCRIPT, small_with_waiter, tmp_path, checker)


def _imported(statement: str) -> list[str]:
    code = (
        "import sys\n"
        f"{statement}\n"
        "print(sorted(m for m in sys.modules if m.startswith('botogen_connect')))\n"
        "print([m for m in ('typing', 'botocore') if m in sys.modules])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(GENERATED)},
        check=True,
    )
    return result.stdout.splitlines()


def test_client_import_is_lazy() -> None:
    """The package does not import its client; the client imports neither its methods'
    tables nor botocore nor typing; its methods come with their first use."""
    assert _imported("import botogen_connect") == [
        "['botogen_connect', 'botogen_connect._runtime']",
        "[]",
    ]
    assert _imported("from botogen_connect import ConnectClient") == [
        "['botogen_connect', 'botogen_connect._client', 'botogen_connect._runtime', 'botogen_connect.client']",
        "[]",
    ]
    used = "from botogen_connect import ConnectClient\nConnectClient.from_transport(None).tag_resource"
    assert _imported(used)[0] == (
        "['botogen_connect', 'botogen_connect._client', 'botogen_connect._runtime', "
        "'botogen_connect.client', 'botogen_connect.operations']"
    )
