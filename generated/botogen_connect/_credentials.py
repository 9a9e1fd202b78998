"""Credentials and settings for the standalone transport, found in boto3's order.

Credentials: the client's own, then the environment (`AWS_ACCESS_KEY_ID`, ...), a
profile's role (`role_arn` with `source_profile` or `credential_source`: STS
AssumeRole, chains included), web identity (`web_identity_token_file`: STS
AssumeRoleWithWebIdentity), IAM Identity Center (SSO: the token `aws sso login` left
in `~/.aws/sso/cache`, exchanged with GetRoleCredentials), the shared credentials
file, `credential_process` and keys in the config file, container credentials (ECS,
EKS), and EC2 instance metadata (IMDSv2). Credentials that expire are refreshed before
they do (an sso-session's token too, with its refresh token). What needs a person
(an MFA code, a new `aws sso login`) is reported as such.

Standard library only; files are read and endpoints asked only when a client needs
credentials, once per client.
"""

from __future__ import annotations

import datetime
import os
import threading

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any

__all__ = ["Credentials", "CredentialsError", "CredentialProvider", "profile_settings"]


class Credentials:
    """An access key, its secret, a session token where there is one, when they
    expire (None for keys that do not), and the account they belong to where the
    source says (for account-based endpoints)."""

    __slots__ = ("access_key", "account_id", "expiry", "secret_key", "token")

    access_key: str
    secret_key: str
    token: str | None
    expiry: datetime.datetime | None
    account_id: str | None

    def __init__(
        self,
        access_key: str,
        secret_key: str,
        token: str | None = None,
        expiry: datetime.datetime | None = None,
        account_id: str | None = None,
    ) -> None:
        self.access_key = access_key
        self.secret_key = secret_key
        self.token = token
        self.expiry = expiry
        self.account_id = account_id

    def __repr__(self) -> str:
        return f"Credentials({self.access_key!r}, '***', expiry={self.expiry!r})"


class CredentialsError(Exception):
    """No credentials could be found, or they come from a source this transport does
    not speak (then `from_botocore` is the way)."""


#: Refresh credentials this long before they expire; must refresh this close to it.
_ADVISORY = datetime.timedelta(minutes=15)
_MANDATORY = datetime.timedelta(minutes=10)


class CredentialProvider:
    """The client's source of credentials: resolved once, refreshed when they near
    their expiry; safe to share between threads."""

    def __init__(
        self,
        explicit: Any = None,
        profile_name: str | None = None,
        environ: Mapping[str, str] | None = None,
        region: str | None = None,
    ) -> None:
        self._explicit = explicit
        self._profile_name = profile_name
        self._environ = os.environ if environ is None else environ
        self._region = region  # where STS is asked for a role's credentials
        self._fetch: Callable[[], Credentials] | None = None
        self._current: Credentials | None = None
        self._lock = threading.Lock()

    def get(self) -> Credentials:
        """Credentials valid now (refreshed first if they are about to expire)."""
        current = self._current
        if current is not None and not _needs_refresh(current, _ADVISORY):
            return current
        with self._lock:
            current = self._current
            if current is None or _needs_refresh(current, _ADVISORY):
                try:
                    current = self._current = self._source()()
                except CredentialsError:
                    if current is None or _needs_refresh(current, _MANDATORY):
                        raise
                    # within the advisory window the old ones still do
            return current

    def _source(self) -> Callable[[], Credentials]:
        if self._fetch is None:
            self._fetch = resolve(
                self._explicit, self._profile_name, self._environ, self._region
            )
        return self._fetch


def _needs_refresh(credentials: Credentials, margin: datetime.timedelta) -> bool:
    if credentials.expiry is None:
        return False
    return credentials.expiry - datetime.datetime.now(datetime.timezone.utc) < margin


def resolve(
    explicit: Any,
    profile_name: str | None,
    environ: Mapping[str, str],
    region: str | None = None,
) -> Callable[[], Credentials]:
    """The first source that has credentials, as a function that fetches them (STS
    in `region` for a role's)."""
    if explicit is not None:
        return _explicit(explicit)
    if profile_name is None:  # as boto3: an explicit profile skips the environment
        found = _environment(environ)
        if found is not None:
            return lambda: found
    profile = (
        profile_name or environ.get("AWS_PROFILE") or environ.get("AWS_DEFAULT_PROFILE")
    )
    name = profile or "default"
    config = _profile(_config_path(environ), name, config_file=True)
    shared = _profile(_credentials_path(environ), name, config_file=False)
    merged = {**config, **shared}  # botocore's view of the profile: both files
    _refuse(merged, name)
    if _assumes_role(merged):
        return _assume_role(name, merged, environ, region, [name])
    web_identity = _web_identity(merged, environ, region)
    if web_identity is not None:
        return web_identity
    if merged.get("sso_session") or merged.get("sso_start_url"):
        return _sso(name, merged, environ)
    if shared.get("aws_access_key_id"):
        return _static(shared)
    if config.get("credential_process"):
        return _process(config["credential_process"])
    if config.get("aws_access_key_id"):
        return _static(config)
    if profile is not None and not config and not shared:
        raise CredentialsError(f"the profile {profile!r} is in no AWS config file")
    if environ.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") or environ.get(
        "AWS_CONTAINER_CREDENTIALS_FULL_URI"
    ):
        return _container(environ)
    if environ.get("AWS_EC2_METADATA_DISABLED", "").lower() != "true":
        return _instance_metadata(_metadata_endpoint(environ, config))
    raise CredentialsError(
        "no AWS credentials found (environment, shared files, container, instance "
        "metadata)"
    )


def _environment(environ: Mapping[str, str]) -> Credentials | None:
    """Keys in `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, if both are set."""
    access_key = environ.get("AWS_ACCESS_KEY_ID")
    secret_key = environ.get("AWS_SECRET_ACCESS_KEY")
    if not (access_key and secret_key):
        return None
    token = environ.get("AWS_SESSION_TOKEN") or environ.get("AWS_SECURITY_TOKEN")
    expiry = _expiry(environ.get("AWS_CREDENTIAL_EXPIRATION"))
    account = environ.get("AWS_ACCOUNT_ID") or None
    return Credentials(access_key, secret_key, token or None, expiry, account)


def _metadata_endpoint(environ: Mapping[str, str], config: Mapping[str, str]) -> str:
    endpoint = environ.get("AWS_EC2_METADATA_SERVICE_ENDPOINT") or config.get(
        "ec2_metadata_service_endpoint", "http://169.254.169.254"
    )
    return endpoint.rstrip("/")


def _explicit(given: Any) -> Callable[[], Credentials]:
    """Credentials the client was given: ours, a (key, secret[, token[, account]])
    tuple as botocore's frozen credentials are, or any object with botocore's
    credential interface (refreshable ones stay fresh)."""
    if isinstance(given, Credentials):
        return lambda: given
    if isinstance(given, tuple) and 2 <= len(given) <= 4:
        key, secret, *rest = given
        token = rest[0] if rest else None
        account = rest[1] if len(rest) > 1 else None
        found = Credentials(key, secret, token, None, account)
        return lambda: found
    if hasattr(given, "get_frozen_credentials"):

        def frozen() -> Credentials:
            current = given.get_frozen_credentials()
            account = getattr(current, "account_id", None)
            return Credentials(
                current.access_key, current.secret_key, current.token, None, account
            )

        return frozen
    raise CredentialsError(f"not credentials: {type(given).__name__}")


def _refuse(config: dict[str, str], name: str) -> None:
    """Sources botocore supports and this transport does not: say so, and how."""
    kinds = [
        ("login_session", "console login"),
        ("mfa_serial", "MFA-prompted role"),
    ]
    for key, kind in kinds:
        if config.get(key):
            raise CredentialsError(
                f"profile {name!r} takes {kind} credentials ({key}), which the "
                "standalone transport does not fetch: make the client with "
                "from_botocore(boto3.client(...)) instead"
            )


def _static(section: Mapping[str, str]) -> Callable[[], Credentials]:
    secret = section.get("aws_secret_access_key")
    if not secret:
        raise CredentialsError(
            "a profile has aws_access_key_id but no aws_secret_access_key"
        )
    found = Credentials(
        section["aws_access_key_id"],
        secret,
        section.get("aws_session_token") or None,
        account_id=section.get("aws_account_id") or None,
    )
    return lambda: found


def _expiry(text: str | None) -> datetime.datetime | None:
    if not text:
        return None
    value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=datetime.timezone.utc)


# -- roles (STS) --------------------------------------------------------------------------


def _assumes_role(profile: Mapping[str, str]) -> bool:
    """A profile that names a role to assume (one with a web identity token file takes
    it with the token instead), as botocore tells them."""
    return bool(profile.get("role_arn")) and not profile.get("web_identity_token_file")


def _assume_role(
    name: str,
    profile: Mapping[str, str],
    environ: Mapping[str, str],
    region: str | None,
    visited: list[str],
) -> Callable[[], Credentials]:
    """A profile's role, assumed (STS AssumeRole) with the credentials of its
    `source_profile` (which may assume a role in turn) or `credential_source`."""
    source_profile = profile.get("source_profile")
    credential_source = profile.get("credential_source")
    if source_profile and credential_source:
        raise CredentialsError(
            f"profile {name!r} has both source_profile and credential_source"
        )
    if credential_source:
        source = _credential_source(credential_source, name, environ)
    elif source_profile:
        source = _source_profile(source_profile, name, environ, region, visited)
    else:
        raise CredentialsError(
            f"profile {name!r} has role_arn but no source_profile or credential_source"
        )
    params = [
        ("RoleArn", profile["role_arn"]),
        ("RoleSessionName", _session_name(profile.get("role_session_name"))),
    ]
    duration = profile.get("duration_seconds", "")
    if duration.isdigit():
        params.append(("DurationSeconds", str(int(duration))))
    if profile.get("external_id"):
        params.append(("ExternalId", profile["external_id"]))
    return lambda: _sts("AssumeRole", params, source(), name, environ, region)


def _source_profile(
    name: str,
    parent: str,
    environ: Mapping[str, str],
    region: str | None,
    visited: list[str],
) -> Callable[[], Credentials]:
    """The credentials of a role's source profile: its keys, else its own role, else
    its `credential_process`."""
    config = _profile(_config_path(environ), name, config_file=True)
    shared = _profile(_credentials_path(environ), name, config_file=False)
    if not config and not shared:
        raise CredentialsError(
            f"the source_profile {name!r} of profile {parent!r} does not exist"
        )
    merged = {**config, **shared}
    static = merged.get("aws_access_key_id") or merged.get("aws_secret_access_key")
    if name in visited and (name != parent or not static):
        chain = " -> ".join([*visited, name])
        raise CredentialsError(f"source profiles run in a circle: {chain}")
    if static:
        return _static(shared if shared.get("aws_access_key_id") else config)
    if _assumes_role(merged):
        return _assume_role(name, merged, environ, region, [*visited, name])
    if merged.get("credential_process"):
        return _process(merged["credential_process"])
    raise CredentialsError(f"the source profile {name!r} has no credentials")


def _credential_source(
    kind: str, name: str, environ: Mapping[str, str]
) -> Callable[[], Credentials]:
    """A role's `credential_source`: the environment, the container or the instance."""
    if kind == "Environment":
        found = _environment(environ)
        if found is None:
            raise CredentialsError(
                f"profile {name!r} takes its source credentials from the environment, "
                "which has none"
            )
        return lambda: found
    if kind == "EcsContainer":
        return _container(environ)
    if kind == "Ec2InstanceMetadata":
        return _instance_metadata(_metadata_endpoint(environ, {}))
    raise CredentialsError(
        f"profile {name!r}: credential_source {kind!r} is none of Environment, "
        "Ec2InstanceMetadata, EcsContainer"
    )


def _web_identity(
    profile: Mapping[str, str], environ: Mapping[str, str], region: str | None
) -> Callable[[], Credentials] | None:
    """Web identity (EKS, OIDC): a role taken with the token in a file (STS
    AssumeRoleWithWebIdentity, unsigned); the environment's settings first."""
    token_file = environ.get("AWS_WEB_IDENTITY_TOKEN_FILE") or profile.get(
        "web_identity_token_file"
    )
    role_arn = environ.get("AWS_ROLE_ARN") or profile.get("role_arn")
    if not token_file or not role_arn:
        return None
    session = _session_name(
        environ.get("AWS_ROLE_SESSION_NAME") or profile.get("role_session_name")
    )

    def fetch() -> Credentials:
        try:
            with open(token_file, encoding="utf-8") as file:
                token = file.read()
        except OSError as error:
            raise CredentialsError(f"web identity token: {error}") from None
        params = [
            ("RoleArn", role_arn),
            ("RoleSessionName", session),
            ("WebIdentityToken", token),
        ]
        return _sts("AssumeRoleWithWebIdentity", params, None, None, environ, region)

    return fetch


def _session_name(given: str | None) -> str:
    import time

    return given or f"botocore-session-{int(time.time())}"


def _sts(
    action: str,
    params: list[tuple[str, str]],
    signer: Credentials | None,
    profile_name: str | None,
    environ: Mapping[str, str],
    region: str | None,
) -> Credentials:
    """Credentials from an STS action (a query request, signed with `signer` unless
    None), at the STS endpoint configured for the profile or STS's in `region`."""
    from . import _sigv4, _wire

    url = endpoint_url("STS", profile_name, environ) or _regional("sts", region)
    pairs = [("Action", action), ("Version", "2011-06-15"), *params]
    body = "&".join(
        f"{_wire.percent_encode(key)}={_wire.percent_encode(value)}"
        for key, value in pairs
    ).encode()
    content_type = "application/x-www-form-urlencoded; charset=utf-8"
    request = _wire.HttpRequest("POST", "/", [], {"Content-Type": content_type}, body)
    headers = dict(request.headers)
    if signer is not None:
        keys = (signer.access_key, signer.secret_key, signer.token)
        headers = _sigv4.sign(request, url, keys, "sts", region or "us-east-1")
    status, text = _http("POST", request.url(url), headers, 10.0, body)
    return _role_credentials(action, status, text)


def _regional(prefix: str, region: str | None) -> str:
    """A service's endpoint in `region` (its partition's DNS suffix), or its global
    one without a region: `https://{prefix}.{region}.{suffix}`."""
    if region is None:
        return f"https://{prefix}.amazonaws.com"
    suffix = "amazonaws.com"
    try:  # a package without endpoint rules has no partitions (nor _endpoints)
        import importlib

        rules = importlib.import_module(f"{__name__.rpartition('.')[0]}._endpoints")
        suffix = rules.partition(region).get("dnsSuffix") or suffix
    except ImportError:
        pass
    return f"https://{prefix}.{region}.{suffix}"


def _role_credentials(action: str, status: int, body: str) -> Credentials:
    """The credentials in an STS response, or its error as a CredentialsError."""
    from xml.etree import ElementTree

    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError:
        raise CredentialsError(f"STS {action}: HTTP {status}, {body[:200]!r}") from None

    def text(path: str) -> str | None:
        found = root.find(path)
        return None if found is None else (found.text or "")

    if status != 200:
        code, message = text(".//{*}Error/{*}Code"), text(".//{*}Error/{*}Message")
        raise CredentialsError(f"STS {action}: HTTP {status}, {code}: {message}")
    base = f".//{{*}}{action}Result/{{*}}Credentials/{{*}}"
    access_key, secret_key = text(base + "AccessKeyId"), text(base + "SecretAccessKey")
    if not access_key or not secret_key:
        raise CredentialsError(f"STS {action}: no credentials in {body[:200]!r}")
    arn = text(f".//{{*}}{action}Result/{{*}}AssumedRoleUser/{{*}}Arn") or ""
    return Credentials(
        access_key,
        secret_key,
        text(base + "SessionToken") or None,
        _expiry(text(base + "Expiration")),
        arn.split(":")[4] if arn.count(":") >= 5 else None,
    )


# -- IAM Identity Center (SSO) --------------------------------------------------------------


def _sso(
    name: str, profile: Mapping[str, str], environ: Mapping[str, str]
) -> Callable[[], Credentials]:
    """A profile's SSO role: the access token `aws sso login` cached, exchanged for
    the role's credentials (GetRoleCredentials, unsigned). The legacy form has the
    start URL and region in the profile, the current one in its `sso-session`."""
    settings = dict(profile)
    session = profile.get("sso_session")
    if session:
        section = _profile(_config_path(environ), session, True, "sso-session ")
        if not section:
            raise CredentialsError(
                f"profile {name!r}: the sso-session {session!r} does not exist"
            )
        settings = {**section, **profile}
    needed = ("sso_start_url", "sso_region", "sso_account_id", "sso_role_name")
    missing = [key for key in needed if not settings.get(key)]
    if missing:
        raise CredentialsError(f"profile {name!r} has no {', '.join(missing)} for SSO")
    import hashlib

    key = hashlib.sha1((session or settings["sso_start_url"]).encode()).hexdigest()
    home = environ.get("HOME") or os.path.expanduser("~")
    token_path = os.path.join(home, ".aws", "sso", "cache", f"{key}.json")
    region, account = settings["sso_region"], settings["sso_account_id"]

    def fetch() -> Credentials:
        import json
        import time

        from . import _wire

        try:
            with open(token_path, encoding="utf-8") as file:
                cached = json.load(file)
            token, expires = cached["accessToken"], _expiry(cached["expiresAt"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise CredentialsError(
                f"profile {name!r}: no SSO token ({error}); run `aws sso login`"
            ) from None
        if session and (expires is None or expires.timestamp() - time.time() < 900):
            # botocore refreshes an sso-session's token in its last 15 minutes
            fresh = _refreshed_sso_token(cached, settings, token_path, name, environ)
            if fresh is not None:
                token, expires = fresh["accessToken"], _expiry(fresh["expiresAt"])
        if expires is not None and expires.timestamp() <= time.time():
            raise CredentialsError(
                f"profile {name!r}: the SSO token has expired; run `aws sso login`"
            )
        query: list[tuple[str, str | None]] = [
            ("role_name", settings["sso_role_name"]),
            ("account_id", account),
        ]
        request = _wire.HttpRequest("GET", "/federation/credentials", query, {})
        url = endpoint_url("SSO", name, environ) or _regional("portal.sso", region)
        headers = {"x-amz-sso_bearer_token": token}
        status, body = _http("GET", request.url(url), headers, timeout=10.0)
        if status in (401, 403):
            raise CredentialsError(
                f"profile {name!r}: SSO refused the token (HTTP {status}); run "
                "`aws sso login`"
            )
        if status != 200:
            raise CredentialsError(
                f"SSO GetRoleCredentials: HTTP {status}, {body[:200]}"
            )
        try:
            role = json.loads(body)["roleCredentials"]
            expiry = datetime.datetime.fromtimestamp(
                role["expiration"] / 1000, datetime.timezone.utc
            )
            return Credentials(
                role["accessKeyId"],
                role["secretAccessKey"],
                role.get("sessionToken") or None,
                expiry,
                account,
            )
        except (ValueError, KeyError, TypeError) as error:
            raise CredentialsError(
                f"SSO GetRoleCredentials gave no credentials: {error!r}"
            ) from None

    return fetch


def _refreshed_sso_token(
    cached: dict[str, Any],
    settings: Mapping[str, str],
    path: str,
    name: str,
    environ: Mapping[str, str],
) -> dict[str, Any] | None:
    """An sso-session's token renewed with its refresh token (SSO OIDC CreateToken)
    and written back to the cache as botocore writes it; None if it cannot be (no
    refresh token, an expired client registration, a refusal)."""
    import json
    import time

    from . import _wire

    keys = ("refreshToken", "clientId", "clientSecret", "registrationExpiresAt")
    if any(not isinstance(cached.get(key), str) for key in keys):
        return None
    registered = _expiry(cached["registrationExpiresAt"])
    if registered is not None and registered.timestamp() <= time.time():
        return None
    asked = {
        "clientId": cached["clientId"],
        "clientSecret": cached["clientSecret"],
        "grantType": "refresh_token",
        "refreshToken": cached["refreshToken"],
    }
    region = settings["sso_region"]
    base = endpoint_url("SSO OIDC", name, environ) or _regional("oidc", region)
    url = _wire.HttpRequest("POST", "/token", [], {}).url(base)
    headers = {"Content-Type": "application/json"}
    try:
        status, text = _http("POST", url, headers, 10.0, json.dumps(asked).encode())
        answer = json.loads(text) if status == 200 else None
        if answer is None:
            return None
        now = datetime.datetime.now(datetime.timezone.utc)
        expires = now + datetime.timedelta(seconds=answer["expiresIn"])
        fresh = {
            "startUrl": settings["sso_start_url"],
            "region": region,
            "accessToken": answer["accessToken"],
            "expiresAt": expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "clientId": cached["clientId"],
            "clientSecret": cached["clientSecret"],
            "registrationExpiresAt": cached["registrationExpiresAt"],
        }
    except (CredentialsError, ValueError, KeyError, TypeError):
        return None
    if "refreshToken" in answer:
        fresh["refreshToken"] = answer["refreshToken"]
    _write_private(path, json.dumps(fresh))
    return fresh


def _write_private(path: str, text: str) -> None:
    """Replace a cache file whole (readable by its owner only), or leave it be."""
    import tempfile

    try:
        fd, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
    except OSError:
        return  # the renewed token still serves this process
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass


# -- files --------------------------------------------------------------------------------


def _config_path(environ: Mapping[str, str]) -> str:
    return os.path.expanduser(environ.get("AWS_CONFIG_FILE") or "~/.aws/config")


def _credentials_path(environ: Mapping[str, str]) -> str:
    return os.path.expanduser(
        environ.get("AWS_SHARED_CREDENTIALS_FILE") or "~/.aws/credentials"
    )


def _profile(
    path: str, name: str, config_file: bool, prefix: str = "profile "
) -> dict[str, str]:
    """A profile's settings from an AWS ini file: `[profile name]` (or `[default]`) in
    the config file, `[name]` in the credentials file; {} when there is none. (Other
    sections of the config file by their `prefix`: `services`.)"""
    if not os.path.isfile(path):
        return {}
    import configparser

    parser = configparser.RawConfigParser()
    try:
        parser.read(path, encoding="utf-8")
    except configparser.Error as error:
        raise CredentialsError(f"cannot read {path}: {error}") from None
    sections = [name] if not config_file else [f"{prefix}{name}"]
    if config_file and name == "default":
        sections.append("default")
    for section in sections:
        if parser.has_section(section):
            return {key: value.strip() for key, value in parser.items(section)}
    return {}


def profile_settings(
    profile_name: str | None = None, environ: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The settings of the profile in use (region, endpoint settings ...) from the
    config file."""
    environ = os.environ if environ is None else environ
    name = (
        profile_name
        or environ.get("AWS_PROFILE")
        or environ.get("AWS_DEFAULT_PROFILE")
        or "default"
    )
    return _profile(_config_path(environ), name, config_file=True)


# -- processes and endpoints --------------------------------------------------------------


def _process(command: str) -> Callable[[], Credentials]:
    """`credential_process`: a command that prints credentials as JSON."""

    def fetch() -> Credentials:
        import shlex
        import subprocess

        try:
            done = subprocess.run(
                shlex.split(command), capture_output=True, text=True, timeout=60
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise CredentialsError(f"credential_process failed: {error}") from None
        if done.returncode != 0:
            raise CredentialsError(
                f"credential_process exited {done.returncode}: {done.stderr.strip()[:200]}"
            )
        return _from_json(done.stdout, "credential_process", "SessionToken")

    return fetch


def _from_json(text: str, source: str, token_key: str) -> Credentials:
    import json

    try:
        data = json.loads(text)
        if source == "credential_process" and data.get("Version") != 1:
            raise CredentialsError(
                f"credential_process printed Version {data.get('Version')!r}, not 1"
            )
        return Credentials(
            data["AccessKeyId"],
            data["SecretAccessKey"],
            data.get(token_key) or None,
            _expiry(data.get("Expiration")),
            data.get("AccountId") or None,
        )
    except (ValueError, KeyError, AttributeError, TypeError) as error:
        raise CredentialsError(f"{source} gave no credentials: {error!r}") from None


def _http(
    method: str,
    url: str,
    headers: dict[str, str],
    timeout: float = 1.0,
    body: bytes | None = None,
) -> tuple[int, str]:
    """A small HTTP request to a credentials endpoint: (status, body text)."""
    from . import _http

    pool = _http.ConnectionPool(timeout, timeout)
    try:
        response = _http.exchange(pool, method, url, headers, body, False)
    except (OSError, ValueError) as error:
        raise CredentialsError(f"{url}: {error}") from None
    finally:
        pool.close()
    return response.status, bytes(response.body).decode("utf-8", "replace")


def _container(environ: Mapping[str, str]) -> Callable[[], Credentials]:
    """ECS and EKS credentials from the container credentials endpoint."""
    relative = environ.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
    url = (
        f"http://169.254.170.2{relative}"
        if relative
        else environ["AWS_CONTAINER_CREDENTIALS_FULL_URI"]
    )

    def fetch() -> Credentials:
        headers = {"Accept": "application/json"}
        token = environ.get("AWS_CONTAINER_AUTHORIZATION_TOKEN")
        token_file = environ.get("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE")
        if token_file:
            with open(token_file, encoding="utf-8") as file:
                token = file.read().strip()
        if token:
            headers["Authorization"] = token
        for attempt in range(3):
            try:
                status, body = _http("GET", url, headers, timeout=2.0)
            except CredentialsError:
                if attempt == 2:
                    raise
                continue
            if status == 200:
                return _from_json(body, "the container credentials endpoint", "Token")
            if status < 500:
                break
        raise CredentialsError(f"the container credentials endpoint answered {status}")

    return fetch


def _instance_metadata(endpoint: str) -> Callable[[], Credentials]:
    """EC2 instance metadata, IMDSv2 (a session token first; IMDSv1 where the
    instance refuses tokens)."""

    def fetch() -> Credentials:
        headers: dict[str, str] = {}
        status, token = _http(
            "PUT",
            f"{endpoint}/latest/api/token",
            {"x-aws-ec2-metadata-token-ttl-seconds": "21600"},
        )
        if status == 200:
            headers["x-aws-ec2-metadata-token"] = token
        elif status not in (403, 404, 405):
            raise CredentialsError(f"instance metadata token: HTTP {status}")
        base = f"{endpoint}/latest/meta-data/iam/security-credentials/"
        status, roles = _http("GET", base, headers)
        if status != 200 or not roles.strip():
            raise CredentialsError(f"instance metadata has no role: HTTP {status}")
        status, body = _http("GET", base + roles.split()[0], headers)
        if status != 200:
            raise CredentialsError(f"instance metadata credentials: HTTP {status}")
        return _from_json(body, "instance metadata", "Token")

    return fetch


def region(
    region_name: str | None,
    profile_name: str | None,
    environ: Mapping[str, str] | None = None,
) -> str | None:
    """The region a client works in: given, `AWS_REGION`/`AWS_DEFAULT_REGION`, or the
    profile's `region`."""
    environ = os.environ if environ is None else environ
    return (
        region_name
        or environ.get("AWS_REGION")
        or environ.get("AWS_DEFAULT_REGION")
        or profile_settings(profile_name, environ).get("region")
    )


def endpoint_url(
    service_id: str,
    profile_name: str | None,
    environ: Mapping[str, str] | None = None,
) -> str | None:
    """The endpoint URL configured outside the code, as botocore finds it:
    `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the profile's `services` section,
    the profile's `endpoint_url`; none when `ignore_configured_endpoint_urls` says so.
    """
    environ = os.environ if environ is None else environ
    profile = profile_settings(profile_name, environ)
    ignore = environ.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") or profile.get(
        "ignore_configured_endpoint_urls", ""
    )
    if ignore.lower() == "true":
        return None
    key = service_id.replace(" ", "_")
    found = environ.get(f"AWS_ENDPOINT_URL_{key.upper()}") or environ.get(
        "AWS_ENDPOINT_URL"
    )
    if found:
        return found
    services = profile.get("services")
    if services:
        section = _profile(_config_path(environ), f"services {services}", True, "")
        found = _nested(section.get(key.lower(), "")).get("endpoint_url")
        if found:
            return found
    return profile.get("endpoint_url") or None


def _nested(block: str) -> dict[str, str]:
    """The `key = value` lines of a nested block of an AWS config file."""
    pairs = (line.partition("=") for line in block.splitlines())
    return {key.strip(): value.strip() for key, sep, value in pairs if sep}
