"""The standalone transport's credentials, each source with files and environment the
test makes, the container and IMDSv2 sources against fake servers on 127.0.0.1; the
same settings given to botocore find the same credentials where botocore supports
them."""

from __future__ import annotations

import datetime
import importlib
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import botocore.credentials
import botocore.session
import pytest

from conftest import GENERATED
from oracles import botocore_session

sys.path.insert(0, str(GENERATED))
credentials = importlib.import_module("botogen_connect._credentials")


def _environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    """An environment that sees only the files the test writes, and no metadata."""
    return {
        "HOME": str(tmp_path),
        "AWS_CONFIG_FILE": str(tmp_path / "config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        **extra,
    }


def _ours(env: dict[str, str], profile: str | None = None, explicit: Any = None) -> Any:
    return credentials.CredentialProvider(explicit, profile, env).get()


def _botocore(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch, profile: str | None = None
) -> Any:
    session = botocore_session(env, monkeypatch, profile)
    found = session.get_credentials()
    return None if found is None else found.get_frozen_credentials()


def _same(ours: Any, theirs: Any) -> None:
    assert (ours.access_key, ours.secret_key, ours.token, ours.account_id) == (
        theirs.access_key,
        theirs.secret_key,
        theirs.token,
        theirs.account_id,
    )


def test_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = _environment(
        tmp_path,
        AWS_ACCESS_KEY_ID="AKENV",
        AWS_SECRET_ACCESS_KEY="secret",
        AWS_SESSION_TOKEN="tok",
        AWS_ACCOUNT_ID="111122223333",
    )
    ours = _ours(env)
    assert (ours.access_key, ours.token) == ("AKENV", "tok")
    assert ours.account_id == "111122223333"
    _same(ours, _botocore(env, monkeypatch))


def test_shared_credentials_and_profiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "credentials").write_text(
        "[default]\naws_access_key_id = AKDEFAULT\naws_secret_access_key = s1\n\n"
        "[work]\naws_access_key_id = AKWORK\naws_secret_access_key = s2\n"
        "aws_session_token = t2\naws_account_id = 444455556666\n"
    )
    env = _environment(tmp_path)
    _same(_ours(env), _botocore(env, monkeypatch))
    assert _ours(env).access_key == "AKDEFAULT"
    _same(_ours(env, "work"), _botocore(env, monkeypatch, "work"))
    env_profile = {**env, "AWS_PROFILE": "work"}
    assert _ours(env_profile).access_key == "AKWORK"
    _same(_ours(env_profile), _botocore(env_profile, monkeypatch))


def test_an_explicit_profile_skips_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "credentials").write_text(
        "[work]\naws_access_key_id = AKWORK\naws_secret_access_key = s2\n"
    )
    env = _environment(
        tmp_path, AWS_ACCESS_KEY_ID="AKENV", AWS_SECRET_ACCESS_KEY="secret"
    )
    assert _ours(env).access_key == "AKENV"
    assert _ours(env, "work").access_key == "AKWORK"
    _same(_ours(env, "work"), _botocore(env, monkeypatch, "work"))


def test_config_file_keys_and_region(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "config").write_text(
        "[default]\nregion = eu-west-3\n\n"
        "[profile dev]\nregion = ap-south-1\naws_access_key_id = AKCONF\n"
        "aws_secret_access_key = s3\n"
    )
    env = _environment(tmp_path)
    _same(_ours(env, "dev"), _botocore(env, monkeypatch, "dev"))
    assert credentials.region(None, None, env) == "eu-west-3"
    assert credentials.region(None, "dev", env) == "ap-south-1"
    assert (
        credentials.region(None, "dev", {**env, "AWS_DEFAULT_REGION": "us-west-2"})
        == "us-west-2"
    )
    assert credentials.region("sa-east-1", "dev", env) == "sa-east-1"


def test_credential_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expiry = (
        datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=2)
    ).strftime("%Y-%m-%dT%H:%M:%SZ")
    printed = {
        "Version": 1,
        "AccessKeyId": "AKPROC",
        "SecretAccessKey": "s4",
        "SessionToken": "t4",
        "Expiration": expiry,
        "AccountId": "777788889999",
    }
    script = tmp_path / "creds.py"
    script.write_text(f"import json\nprint(json.dumps({printed!r}))\n")
    (tmp_path / "config").write_text(
        f"[default]\ncredential_process = {sys.executable} {script}\n"
    )
    env = _environment(tmp_path)
    ours = _ours(env)
    assert ours.expiry is not None and ours.token == "t4"
    assert ours.account_id == "777788889999"
    _same(ours, _botocore(env, monkeypatch))


def test_unsupported_sources_point_to_from_botocore(tmp_path: Path) -> None:
    (tmp_path / "config").write_text(
        "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/admin\n"
        "source_profile = default\nmfa_serial = arn:aws:iam::123456789012:mfa/me\n"
        "\n[profile console]\nlogin_session = me\n"
    )
    env = _environment(tmp_path)
    for profile, kind in (("admin", "MFA-prompted role"), ("console", "console login")):
        with pytest.raises(
            credentials.CredentialsError, match=f"{kind}.*from_botocore"
        ):
            _ours(env, profile)


def test_no_credentials_at_all(tmp_path: Path) -> None:
    with pytest.raises(credentials.CredentialsError, match="no AWS credentials"):
        _ours(_environment(tmp_path))


def test_explicit_and_botocore_style_credentials(tmp_path: Path) -> None:
    env = _environment(
        tmp_path, AWS_ACCESS_KEY_ID="AKENV", AWS_SECRET_ACCESS_KEY="secret"
    )
    assert _ours(env, explicit=("AKX", "sx")).access_key == "AKX"
    given = _ours(env, explicit=("AKX", "sx", "tx", "123456789012"))
    assert (given.token, given.account_id) == ("tx", "123456789012")
    theirs = botocore.credentials.Credentials(
        "AKB", "sb", "tb", account_id="210987654321"
    )
    ours = _ours(env, explicit=theirs)
    _same(ours, theirs.get_frozen_credentials())
    frozen = type(
        "Frozen", (), {"access_key": "AKO", "secret_key": "so", "token": None}
    )()  # an older botocore's frozen credentials: no account
    holder = type("Holder", (), {"get_frozen_credentials": lambda self: frozen})()
    older = _ours(env, explicit=holder)
    assert (older.access_key, older.account_id) == ("AKO", None)


# -- endpoints on loopback -------------------------------------------------------------------


class _Fake(BaseHTTPRequestHandler):
    """A credentials endpoint: answers by path from the server's `routes`; records
    every request (method, path, headers)."""

    def _answer(self) -> None:
        server: Any = self.server
        server.seen.append((self.command, self.path, dict(self.headers)))
        status, body = server.routes.get((self.command, self.path), (404, ""))
        if callable(body):
            body = body()
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_PUT = _answer

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def fake_server() -> Any:
    server: Any = ThreadingHTTPServer(("127.0.0.1", 0), _Fake)
    server.routes, server.seen = {}, []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _credentials_json(key: str, minutes: int) -> str:
    expiry = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(
        minutes=minutes
    )
    return json.dumps(
        {
            "AccessKeyId": key,
            "SecretAccessKey": "secret",
            "Token": "token-" + key,
            "Expiration": expiry.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "AccountId": "123456789012",
        }
    )


def test_container_credentials(
    tmp_path: Path, fake_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = fake_server.server_address[1]
    fake_server.routes[("GET", "/creds")] = (200, _credentials_json("AKCONTAINER", 60))
    env = _environment(
        tmp_path,
        AWS_CONTAINER_CREDENTIALS_FULL_URI=f"http://127.0.0.1:{port}/creds",
        AWS_CONTAINER_AUTHORIZATION_TOKEN="Bearer abc",
    )
    ours = _ours(env)
    assert ours.access_key == "AKCONTAINER" and ours.token == "token-AKCONTAINER"
    assert fake_server.seen[-1][2]["Authorization"] == "Bearer abc"
    _same(ours, _botocore(env, monkeypatch))


def test_instance_metadata_v2_and_refresh(tmp_path: Path, fake_server: Any) -> None:
    port = fake_server.server_address[1]
    base = "/latest/meta-data/iam/security-credentials/"
    issued = iter(["AKOLD", "AKNEW"])
    fake_server.routes.update(
        {
            ("PUT", "/latest/api/token"): (200, "imds-token"),
            ("GET", base): (200, "my-role"),
            # the first credentials expire in 5 minutes: within the mandatory refresh
            # window, so the next get() fetches again
            ("GET", base + "my-role"): (
                200,
                lambda: _credentials_json(
                    key := next(issued), 5 if key == "AKOLD" else 60
                ),
            ),
        }
    )
    env = _environment(tmp_path, AWS_EC2_METADATA_DISABLED="false")
    env["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = f"http://127.0.0.1:{port}"
    provider = credentials.CredentialProvider(None, None, env)
    assert provider.get().access_key == "AKOLD"
    assert provider.get().access_key == "AKNEW"
    assert provider.get().access_key == "AKNEW"  # fresh now: no third fetch
    gets = [seen for seen in fake_server.seen if seen[1] == base + "my-role"]
    assert len(gets) == 2
    assert all(seen[2].get("x-aws-ec2-metadata-token") == "imds-token" for seen in gets)
    put = next(seen for seen in fake_server.seen if seen[0] == "PUT")
    assert put[2]["x-aws-ec2-metadata-token-ttl-seconds"] == "21600"


def test_instance_metadata_v1_fallback(tmp_path: Path, fake_server: Any) -> None:
    port = fake_server.server_address[1]
    base = "/latest/meta-data/iam/security-credentials/"
    fake_server.routes.update(
        {
            ("PUT", "/latest/api/token"): (403, ""),
            ("GET", base): (200, "role"),
            ("GET", base + "role"): (200, _credentials_json("AKV1", 60)),
        }
    )
    env = _environment(tmp_path, AWS_EC2_METADATA_DISABLED="false")
    env["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = f"http://127.0.0.1:{port}"
    assert _ours(env).access_key == "AKV1"


def _botocore_endpoint(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch, service: str
) -> str:
    client = botocore_session(env, monkeypatch).create_client(
        service,
        region_name="us-west-2",
        aws_access_key_id="A",
        aws_secret_access_key="s",
    )
    return str(client.meta.endpoint_url)


@pytest.mark.parametrize(
    "environ,config",
    [
        ({"AWS_ENDPOINT_URL": "http://localhost:4566"}, ""),
        ({"AWS_ENDPOINT_URL_CONNECT": "http://localhost:1"}, ""),
        ({"AWS_ENDPOINT_URL": "http://a:1", "AWS_ENDPOINT_URL_CONNECT": "http://b:2"}, ""),
        ({}, "[default]\nendpoint_url = http://profile:3\n"),
        ({}, "[default]\nservices = local\n\n[services local]\n"
             "connect =\n  endpoint_url = http://section:4\n"),
        ({"AWS_ENDPOINT_URL": "http://a:1"}, "[default]\nservices = local\n\n"
         "[services local]\nconnect =\n  endpoint_url = http://section:4\n"),
        ({}, "[default]\nendpoint_url = http://profile:3\nservices = local\n\n"
         "[services local]\nconnect =\n  endpoint_url = http://section:4\n"),
        ({"AWS_ENDPOINT_URL": "http://a:1", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"}, ""),
        ({"AWS_ENDPOINT_URL": "http://a:1"}, "[default]\nignore_configured_endpoint_urls = true\n"),
        ({}, ""),
    ],
)  # fmt: skip
def test_configured_endpoint_url(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    environ: dict[str, str],
    config: str,
) -> None:
    """An endpoint URL from the environment or the config file, as botocore finds it."""
    (tmp_path / "config").write_text(config)
    env = _environment(tmp_path, **environ)
    ours = credentials.endpoint_url("Connect", None, env)
    theirs = _botocore_endpoint(env, monkeypatch, "connect")
    assert (ours or "https://connect.us-west-2.amazonaws.com") == theirs
