"""Role credentials of the standalone transport: a profile's role assumed with STS
AssumeRole (a source profile's keys, a chain of roles, a credential source), web
identity (AssumeRoleWithWebIdentity) and IAM Identity Center (SSO GetRoleCredentials),
against the scripted server playing STS and SSO.

botocore is the oracle: given the same files and environment (`AWS_ENDPOINT_URL_STS`
sends it to the same server), it makes the same STS requests, signed with the same
keys, and ends with the same credentials.
"""

from __future__ import annotations

import datetime
import hashlib
import importlib
import json
import urllib.parse
from pathlib import Path
from typing import Any

import botocore.session
import pytest


from oracles import botocore_session
from scripted import Reply, Script, Seen

credentials = importlib.import_module("botogen_connect._credentials")

NS = "https://sts.amazonaws.com/doc/2011-06-15/"
REGION = "eu-central-1"


def _granted(action: str, key: str, account: str = "111122223333") -> Reply:
    """STS's answer to `action`, granting the access key `key`."""
    body = (
        f'<{action}Response xmlns="{NS}"><{action}Result><Credentials>'
        f"<AccessKeyId>{key}</AccessKeyId><SecretAccessKey>secret-{key}</SecretAccessKey>"
        f"<SessionToken>token-{key}</SessionToken>"
        "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>"
        f"<AssumedRoleUser><Arn>arn:aws:sts::{account}:assumed-role/r/s</Arn>"
        f"<AssumedRoleId>AROA:{key}</AssumedRoleId></AssumedRoleUser>"
        f"</{action}Result><ResponseMetadata><RequestId>r</RequestId>"
        f"</ResponseMetadata></{action}Response>"
    )
    return Reply(200, body, {"Content-Type": "text/xml"})


def _environment(tmp_path: Path, url: str, **extra: str) -> dict[str, str]:
    return {
        "HOME": str(tmp_path),
        "AWS_CONFIG_FILE": str(tmp_path / "config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_ENDPOINT_URL_STS": url,
        "AWS_DEFAULT_REGION": REGION,  # botocore's STS client needs one
        **extra,
    }


def _params(seen: Seen) -> dict[str, str]:
    pairs = dict(urllib.parse.parse_qsl(seen.body.decode(), keep_blank_values=True))
    if pairs.get("RoleSessionName", "").startswith("botocore-session-"):
        pairs["RoleSessionName"] = "botocore-session-<time>"  # a second may tick
    return pairs


def _signer(seen: Seen) -> str | None:
    """The credential a request was signed with, key and scope (None: unsigned)."""
    authorization = seen.headers.get("authorization")
    if authorization is None:
        return None
    key, _, scope = authorization.split("Credential=")[1].split(",")[0].partition("/")
    assert scope.endswith(f"/{REGION}/sts/aws4_request"), scope
    return key


def _botocore(env: dict[str, str], profile: str | None, mp: pytest.MonkeyPatch) -> Any:
    found = botocore_session(env, mp, profile).get_credentials()
    return found.get_frozen_credentials()


def _same_as_botocore(
    env: dict[str, str],
    profile: str | None,
    script: Script,
    replies: list[Reply],
    monkeypatch: pytest.MonkeyPatch,
) -> Any:
    """Our credentials, after checking that botocore makes the same STS requests,
    signed with the same keys, and ends with the same credentials."""
    script.reset(*replies)
    ours = credentials.CredentialProvider(None, profile, env, region=REGION).get()
    our_requests = [(_params(s), _signer(s)) for s in script.seen]
    script.reset(*replies)
    theirs = _botocore(env, profile, monkeypatch)
    assert our_requests == [(_params(s), _signer(s)) for s in script.seen]
    assert (ours.access_key, ours.secret_key, ours.token) == (
        theirs.access_key,
        theirs.secret_key,
        theirs.token,
    )
    assert ours.account_id == getattr(theirs, "account_id", ours.account_id)
    return ours


def test_a_role_with_a_source_profile(
    tmp_path: Path, server: tuple[str, Script], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, script = server
    (tmp_path / "config").write_text(
        "[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/dev\n"
        "source_profile = base\nrole_session_name = me\nexternal_id = ext-1\n"
        "duration_seconds = 900\n"
    )
    (tmp_path / "credentials").write_text(
        "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n"
    )
    env = _environment(tmp_path, url)
    ours = _same_as_botocore(
        env, "dev", script, [_granted("AssumeRole", "ASIADEV")], monkeypatch
    )
    assert ours.account_id == "111122223333"
    assert ours.expiry is not None and ours.expiry.year == 2099
    params, signer = _params(script.seen[0]), _signer(script.seen[0])
    assert signer == "AKIDBASE"
    assert params == {
        "Action": "AssumeRole",
        "Version": "2011-06-15",
        "RoleArn": "arn:aws:iam::123456789012:role/dev",
        "RoleSessionName": "me",
        "DurationSeconds": "900",
        "ExternalId": "ext-1",
    }


def test_a_chain_of_roles(
    tmp_path: Path, server: tuple[str, Script], monkeypatch: pytest.MonkeyPatch
) -> None:
    """dev's source is a profile that assumes a role itself: two AssumeRole calls,
    the second signed with what the first returned."""
    url, script = server
    (tmp_path / "config").write_text(
        "[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/dev\n"
        "source_profile = hub\n\n"
        "[profile hub]\nrole_arn = arn:aws:iam::123456789012:role/hub\n"
        "source_profile = base\n\n"
        "[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n"
    )
    env = _environment(tmp_path, url)
    replies = [_granted("AssumeRole", "ASIAHUB"), _granted("AssumeRole", "ASIADEV")]
    ours = _same_as_botocore(env, "dev", script, replies, monkeypatch)
    assert ours.access_key == "ASIADEV"
    assert [_signer(s) for s in script.seen] == ["AKIDBASE", "ASIAHUB"]


def test_a_role_with_a_credential_source(
    tmp_path: Path, server: tuple[str, Script], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, script = server
    (tmp_path / "config").write_text(
        "[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/dev\n"
        "credential_source = Environment\n"
    )
    env = _environment(
        tmp_path, url, AWS_ACCESS_KEY_ID="AKIDENV", AWS_SECRET_ACCESS_KEY="s"
    )
    _same_as_botocore(
        env, "dev", script, [_granted("AssumeRole", "ASIADEV")], monkeypatch
    )
    assert _signer(script.seen[0]) == "AKIDENV"


@pytest.mark.parametrize("where", ["environment", "profile"])
def test_web_identity(
    tmp_path: Path,
    server: tuple[str, Script],
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    url, script = server
    token = tmp_path / "token"
    token.write_text("eyJ.a-web-identity-token.sig")
    role = "arn:aws:iam::123456789012:role/pod"
    if where == "environment":
        extra = {"AWS_WEB_IDENTITY_TOKEN_FILE": str(token), "AWS_ROLE_ARN": role}
        (tmp_path / "config").write_text("")
    else:
        extra = {}
        (tmp_path / "config").write_text(
            f"[default]\nweb_identity_token_file = {token}\nrole_arn = {role}\n"
            "role_session_name = pod-session\n"
        )
    env = _environment(tmp_path, url, **extra)
    reply = _granted("AssumeRoleWithWebIdentity", "ASIAPOD")
    ours = _same_as_botocore(env, None, script, [reply], monkeypatch)
    assert ours.access_key == "ASIAPOD"
    assert _signer(script.seen[0]) is None  # the token is the proof
    assert _params(script.seen[0])["WebIdentityToken"] == token.read_text()


def test_an_sts_error_is_a_credentials_error(
    tmp_path: Path, server: tuple[str, Script]
) -> None:
    url, script = server
    (tmp_path / "config").write_text(
        "[profile dev]\nrole_arn = arn:aws:iam::123456789012:role/dev\n"
        "source_profile = base\n\n"
        "[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n"
    )
    denied = Reply(
        403,
        f'<ErrorResponse xmlns="{NS}"><Error><Type>Sender</Type>'
        "<Code>AccessDenied</Code><Message>not allowed</Message></Error>"
        "<RequestId>r</RequestId></ErrorResponse>",
        {"Content-Type": "text/xml"},
    )
    script.reset(denied)
    provider = credentials.CredentialProvider(None, "dev", _environment(tmp_path, url))
    with pytest.raises(credentials.CredentialsError, match="AccessDenied: not allowed"):
        provider.get()


def test_source_profiles_in_a_circle(
    tmp_path: Path, server: tuple[str, Script], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, script = server
    (tmp_path / "config").write_text(
        "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n\n"
        "[profile b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = a\n"
    )
    env = _environment(tmp_path, url)
    with pytest.raises(credentials.CredentialsError, match="circle: a -> b -> a"):
        credentials.CredentialProvider(None, "a", env).get()
    with pytest.raises(botocore.exceptions.InfiniteLoopConfigError):
        _botocore(env, "a", monkeypatch)
    assert script.seen == []


def test_a_client_asks_sts_in_its_region(tmp_path: Path) -> None:
    """Without a configured STS endpoint, STS in the client's region (its partition's
    DNS suffix), or the global endpoint without a region."""
    assert (
        credentials._regional("sts", "eu-west-1")
        == "https://sts.eu-west-1.amazonaws.com"
    )
    assert credentials._regional("sts", "cn-north-1") == (
        "https://sts.cn-north-1.amazonaws.com.cn"
    )
    assert credentials._regional("sts", None) == "https://sts.amazonaws.com"


# -- IAM Identity Center (SSO) ------------------------------------------------------------


def _sso_token(tmp_path: Path, key_source: str, expires: str) -> None:
    """The token `aws sso login` leaves, where botocore and we look for it."""
    cache = tmp_path / ".aws" / "sso" / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(key_source.encode()).hexdigest()
    token = {"accessToken": "sso-access-token", "expiresAt": expires}
    (cache / f"{name}.json").write_text(json.dumps(token))


def _botocore_sso(
    env: dict[str, str], profile: str, tmp_path: Path, mp: pytest.MonkeyPatch
) -> Any:
    """botocore's SSO provider on the same files (its token cache is fixed when
    botocore is imported, so it is given the test's)."""
    from botocore.credentials import SSOProvider
    from botocore.tokens import SSOTokenProvider
    from botocore.utils import JSONFileCache

    session = botocore_session(env, mp, profile)
    cache = JSONFileCache(str(tmp_path / ".aws" / "sso" / "cache"))
    provider = SSOProvider(
        load_config=lambda: session.full_config,
        client_creator=session.create_client,
        profile_name=profile,
        token_cache=cache,
        token_provider=SSOTokenProvider(session, cache=cache, profile_name=profile),
    )
    return provider.load().get_frozen_credentials()


SSO_ROLE = Reply(
    200,
    json.dumps(
        {
            "roleCredentials": {
                "accessKeyId": "ASIASSO",
                "secretAccessKey": "sso-secret",
                "sessionToken": "sso-token",
                "expiration": 4070908800000,
            }
        }
    ),
    {"Content-Type": "application/json"},
)


@pytest.mark.parametrize("form", ["sso-session", "legacy"])
def test_sso(
    tmp_path: Path,
    server: tuple[str, Script],
    monkeypatch: pytest.MonkeyPatch,
    form: str,
) -> None:
    url, script = server
    start = "https://example.awsapps.com/start"
    role = "sso_account_id = 123456789012\nsso_role_name = Dev\n"
    if form == "sso-session":
        (tmp_path / "config").write_text(
            f"[profile dev]\nsso_session = corp\n{role}\n"
            f"[sso-session corp]\nsso_start_url = {start}\nsso_region = us-west-2\n"
        )
        _sso_token(tmp_path, "corp", "2099-01-01T00:00:00Z")
    else:
        (tmp_path / "config").write_text(
            f"[profile dev]\nsso_start_url = {start}\nsso_region = us-west-2\n{role}"
        )
        _sso_token(tmp_path, start, "2099-01-01T00:00:00Z")
    env = {**_environment(tmp_path, url), "AWS_ENDPOINT_URL_SSO": url}
    script.reset(SSO_ROLE)
    ours = credentials.CredentialProvider(None, "dev", env, region=REGION).get()
    [ours_seen] = script.seen
    script.reset(SSO_ROLE)
    theirs = _botocore_sso(env, "dev", tmp_path, monkeypatch)
    [theirs_seen] = script.seen
    assert (ours.access_key, ours.secret_key, ours.token) == tuple(theirs)[:3]
    assert ours.account_id == "123456789012"
    assert (
        ours_seen.path
        == "/federation/credentials?role_name=Dev&account_id=123456789012"
    )
    assert ours_seen.headers["x-amz-sso_bearer_token"] == "sso-access-token"
    assert "authorization" not in ours_seen.headers
    assert theirs_seen.path == ours_seen.path
    assert theirs_seen.headers["x-amz-sso_bearer_token"] == "sso-access-token"


def test_an_expired_sso_token_asks_for_a_login(
    tmp_path: Path, server: tuple[str, Script]
) -> None:
    url, script = server
    start = "https://example.awsapps.com/start"
    (tmp_path / "config").write_text(
        f"[profile dev]\nsso_start_url = {start}\nsso_region = us-west-2\n"
        "sso_account_id = 123456789012\nsso_role_name = Dev\n"
    )
    _sso_token(tmp_path, start, "2001-01-01T00:00:00Z")
    env = _environment(tmp_path, url)
    with pytest.raises(credentials.CredentialsError, match="aws sso login"):
        credentials.CredentialProvider(None, "dev", env).get()
    assert script.seen == []


def test_an_sso_session_token_near_its_end_is_refreshed(
    tmp_path: Path, server: tuple[str, Script], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In its last 15 minutes an sso-session's token is renewed (SSO OIDC
    CreateToken with its refresh token) and written back, as botocore does it."""
    url, script = server
    (tmp_path / "config").write_text(
        "[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\n"
        "sso_role_name = Dev\n\n[sso-session corp]\n"
        "sso_start_url = https://example.awsapps.com/start\nsso_region = us-west-2\n"
    )
    soon = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=5)
    cached = {
        "accessToken": "old-access-token",
        "expiresAt": soon.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "refreshToken": "refresh-1",
        "clientId": "client",
        "clientSecret": "client-secret",
        "registrationExpiresAt": "2099-01-01T00:00:00Z",
    }
    cache_file = (
        tmp_path
        / ".aws"
        / "sso"
        / "cache"
        / f"{hashlib.sha1(b'corp').hexdigest()}.json"
    )
    cache_file.parent.mkdir(parents=True)
    renewed = Reply(
        200,
        json.dumps(
            {
                "accessToken": "new-access-token",
                "expiresIn": 3600,
                "refreshToken": "refresh-2",
                "tokenType": "Bearer",
            }
        ),
        {"Content-Type": "application/json"},
    )
    env = {
        **_environment(tmp_path, url),
        "AWS_ENDPOINT_URL_SSO": url,
        "AWS_ENDPOINT_URL_SSO_OIDC": url,
    }
    written = []
    for fetch in (
        lambda: credentials.CredentialProvider(None, "dev", env).get(),
        lambda: _botocore_sso(env, "dev", tmp_path, monkeypatch),
    ):
        cache_file.write_text(json.dumps(cached))
        script.reset(renewed, SSO_ROLE)
        assert fetch().access_key == "ASIASSO"
        create, get = script.seen
        assert (create.method, create.path) == ("POST", "/token")
        assert json.loads(create.body) == {
            "clientId": "client",
            "clientSecret": "client-secret",
            "grantType": "refresh_token",
            "refreshToken": "refresh-1",
        }
        assert get.headers["x-amz-sso_bearer_token"] == "new-access-token"
        token = json.loads(cache_file.read_text())
        written.append({k: v for k, v in token.items() if k != "expiresAt"})
    ours, theirs = written
    assert ours == theirs
    assert ours["refreshToken"] == "refresh-2"
