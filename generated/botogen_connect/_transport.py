"""The standalone transport: a typed call on the wire without botocore.

An operation's request is serialized by the generated wire code, its endpoint comes
from the service's compiled endpoint rules, it is signed with SigV4 and sent on a
kept-alive connection of a per-host pool (`_http`); the response is parsed by the
generated wire code. Failed attempts are retried as botocore's standard mode does:
transient, throttling and modeled-retryable errors, up to `max_attempts`, with
exponential backoff and jitter, paid for from a retry quota; a clock skew the service
reports is corrected before the next attempt.

Standard library only; imported when a standalone client is made.
"""

from __future__ import annotations

import datetime
import threading
import time

from . import _http, _wire
from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any, ClassVar

__all__ = ["Config", "Endpoint", "StandaloneTransport"]


class Config:
    """Client settings, named as botocore's `Config` names them (a botocore Config is
    taken too): timeouts in seconds, retries `{"max_attempts": n}` (or
    `total_max_attempts`), s3 `{"addressing_style": "path"}`, FIPS and dual-stack
    endpoints (None: `AWS_USE_FIPS_ENDPOINT`, `AWS_USE_DUALSTACK_ENDPOINT` or the
    profile's setting decides), the endpoint rules' client parameters
    (`client_context_params`, e.g. `{"force_path_style": True}`), the account-ID
    endpoint mode, connections kept per host, and when checksums are sent and checked
    (`request_checksum_calculation`, `response_checksum_validation`: "when_supported",
    botocore's default, or "when_required"; None: `AWS_REQUEST_CHECKSUM_CALCULATION`,
    `AWS_RESPONSE_CHECKSUM_VALIDATION` or the profile's setting decides)."""

    region_name: str | None
    connect_timeout: float
    read_timeout: float
    retries: Mapping[str, Any]
    s3: Mapping[str, Any]
    use_fips_endpoint: bool | None
    use_dualstack_endpoint: bool | None
    client_context_params: Mapping[str, Any]
    account_id_endpoint_mode: str | None
    max_pool_connections: int
    verify: bool | str
    request_checksum_calculation: str | None
    response_checksum_validation: str | None

    def __init__(
        self,
        region_name: str | None = None,
        connect_timeout: float = 60,
        read_timeout: float = 60,
        retries: Mapping[str, Any] | None = None,
        s3: Mapping[str, Any] | None = None,
        use_fips_endpoint: bool | None = None,
        use_dualstack_endpoint: bool | None = None,
        max_pool_connections: int = 10,
        verify: bool | str = True,
        client_context_params: Mapping[str, Any] | None = None,
        account_id_endpoint_mode: str | None = None,
        request_checksum_calculation: str | None = None,
        response_checksum_validation: str | None = None,
    ) -> None:
        self.region_name = region_name
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.retries = retries or {}
        self.s3 = s3 or {}
        self.use_fips_endpoint = use_fips_endpoint
        self.use_dualstack_endpoint = use_dualstack_endpoint
        self.max_pool_connections = max_pool_connections
        self.verify = verify
        self.client_context_params = client_context_params or {}
        self.account_id_endpoint_mode = account_id_endpoint_mode
        self.request_checksum_calculation = request_checksum_calculation
        self.response_checksum_validation = response_checksum_validation

    @classmethod
    def of(cls, given: Any) -> Config:
        """Ours as it is; a botocore Config (or anything with its attributes) read."""
        if given is None:
            return cls()
        if isinstance(given, Config):
            return given

        def read(name: str, default: Any) -> Any:
            found = getattr(given, name, None)
            return default if found is None else found

        return cls(
            region_name=read("region_name", None),
            connect_timeout=read("connect_timeout", 60),
            read_timeout=read("read_timeout", 60),
            retries=read("retries", {}),
            s3=read("s3", {}),
            use_fips_endpoint=getattr(given, "use_fips_endpoint", None),
            use_dualstack_endpoint=getattr(given, "use_dualstack_endpoint", None),
            max_pool_connections=read("max_pool_connections", 10),
            client_context_params=read("client_context_params", {}),
            account_id_endpoint_mode=read("account_id_endpoint_mode", None),
            request_checksum_calculation=read("request_checksum_calculation", None),
            response_checksum_validation=read("response_checksum_validation", None),
        )

    def max_attempts(self) -> int:
        """Attempts in all: 3 unless told, as botocore's standard mode has it."""
        if "total_max_attempts" in self.retries:
            return int(self.retries["total_max_attempts"])
        if "max_attempts" in self.retries:  # botocore counts retries here
            return int(self.retries["max_attempts"]) + 1
        return 3


# -- bodies sent again ------------------------------------------------------------


def _tell(body: Any) -> int | None:
    """Where a file body stands (None for bytes, or a file that cannot tell)."""
    if isinstance(body, (bytes, bytearray)):
        return None
    try:
        return int(body.tell())
    except (AttributeError, OSError, ValueError):
        return None


def _rewind(body: Any, position: int | None = 0) -> bool:
    """Put the body back to `position` to send it again: True for bytes, and for a
    file that seeks."""
    if isinstance(body, (bytes, bytearray)):
        return True
    if position is None:
        return False
    try:
        body.seek(position)
    except (AttributeError, OSError, ValueError):
        return False
    return True


# -- retries ----------------------------------------------------------------------------

#: Error codes that mean "later", and that mean "a passing failure", as botocore has them.
THROTTLING = frozenset(
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
        "EC2ThrottledException",
    }
)
TRANSIENT = frozenset(
    {"RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete"}
)
TRANSIENT_STATUS = frozenset({500, 502, 503, 504})
#: Codes with which a service says the request's clock is off.
CLOCK_SKEW = frozenset(
    {
        "RequestTimeTooSkewed",
        "RequestExpired",
        "RequestInTheFuture",
        "InvalidSignatureException",
        "SignatureDoesNotMatch",
        "AuthFailure",
    }
)


class RetryQuota:
    """botocore's retry quota: retries spend capacity (more for timeouts), successes
    earn it back; when it runs out, failures are not retried."""

    INITIAL: ClassVar[int] = 500
    RETRY_COST: ClassVar[int] = 5
    TIMEOUT_COST: ClassVar[int] = 10
    NO_RETRY_REFUND: ClassVar[int] = 1
    available: int

    def __init__(self) -> None:
        self.available = self.INITIAL
        self._lock = threading.Lock()

    def acquire(self, amount: int) -> bool:
        with self._lock:
            if amount > self.available:
                return False
            self.available -= amount
            return True

    def release(self, amount: int) -> None:
        with self._lock:
            self.available = min(self.INITIAL, self.available + amount)


def backoff(attempt: int, rand: Callable[[], float] | None = None) -> float:
    """Seconds before retry `attempt` (1 for the first retry): a random share of
    2**(attempt-1), at most 20, as botocore's standard mode waits."""
    if rand is None:
        import random  # a retry's first: its import is a cost a call need not pay

        rand = random.random
    return float(rand() * min(2 ** (attempt - 1), 20))


def retryable(error: BaseException, status: int | None) -> str | None:
    """Why an attempt's failure is worth another: "throttling", "transient",
    "timeout", "modeled", or None."""
    if isinstance(error, _rt.ServiceError):
        if error.code in THROTTLING or getattr(error, "_throttling", False):
            return "throttling"
        if error.code in TRANSIENT or status in TRANSIENT_STATUS:
            return "transient"
        if getattr(error, "_retryable", False):
            return "modeled"
        return None
    if isinstance(error, (TimeoutError,)):
        return "timeout"
    if isinstance(error, OSError):  # _http.ProtocolError included
        return "transient"
    return None


def clock_skew(
    error: BaseException, headers: list[tuple[str, str]], now: datetime.datetime
) -> datetime.timedelta | None:
    """How far the service's clock is from ours, when it rejected the request for it."""
    if not isinstance(error, _rt.ServiceError) or error.code not in CLOCK_SKEW:
        return None
    for name, value in headers:
        if name.lower() == "date":
            try:
                server = _wire.parse_timestamp(value)
            except ValueError:
                return None
            skew = server - now
            return skew if abs(skew) > datetime.timedelta(minutes=4) else None
    return None


class StandaloneTransport:
    """Sends a client's calls itself: serialize, resolve the endpoint, sign, send,
    parse; retried as botocore's standard mode retries."""

    service: _rt.Service
    region: str | None
    endpoint_url: str | None
    credentials: Any
    config: Config
    pool: _http.ConnectionPool
    quota: RetryQuota
    clock_offset: datetime.timedelta

    def __init__(
        self,
        service: _rt.Service,
        region: str | None,
        endpoint_url: str | None,
        credentials: Any,
        config: Config,
        sleep: Callable[[float], None] = time.sleep,
        profile_name: str | None = None,
    ) -> None:
        self.service = service
        self.region = region
        self.endpoint_url = endpoint_url
        self.credentials = credentials
        self.config = config
        self.pool = _http.ConnectionPool(
            config.connect_timeout,
            config.read_timeout,
            config.max_pool_connections,
            config.verify,
        )
        self.quota = RetryQuota()
        self.clock_offset = datetime.timedelta(0)
        self._sleep = sleep
        self._max_attempts = config.max_attempts()
        self._user_agent = f"botogen Python/{_python()}"
        self._profile_name = profile_name  # whose endpoint settings apply
        self._endpoints: Any = None  # the endpoint rules' runtime, on the first call
        self._endpoint_settings: Any = None
        # whether checksums are sent and checked where supported, on the first call
        self._checksums: tuple[bool, bool] | None = None

    def __repr__(self) -> str:
        where = self.endpoint_url or self.region
        return f"StandaloneTransport({self.service.name!r}, {where!r})"

    def close(self) -> None:
        """Close the kept-alive connections."""
        self.pool.close()

    def call(self, operation: _rt.Operation, request: Any) -> Any:
        """Send `request`; the output object, or the typed error raised."""
        http_request = operation.serialize(request)
        if self._checksums is None:
            self._checksums = _checksum_options(self.config, self._profile_name)
        checksums = operation.validation_header is not None
        if checksums:
            from . import _sigv4

            if self._checksums[1]:
                _sigv4.ask_for_response_checksums(operation, http_request)
        endpoint = self.endpoint(operation, request, http_request)
        url = http_request.url(endpoint.url)
        stream = _streams(operation)
        origin = _tell(http_request.body)  # where a retry starts a file body again
        attempt = 0
        cost = 0
        while True:
            attempt += 1
            now = datetime.datetime.now(datetime.UTC) + self.clock_offset
            headers, body = self.sign(operation, http_request, endpoint, now)
            status: int | None = None
            response_headers: list[tuple[str, str]] = []
            try:
                response = _http.exchange(
                    self.pool,
                    http_request.method,
                    url,
                    headers,
                    body,
                    stream,
                )
                status, response_headers = response.status, response.headers
                body = response.body
                if checksums:
                    body = _sigv4.checked_response(
                        operation, http_request, status, response_headers, body
                    )
                output = operation.parse(status, response_headers, body)
            except Exception as error:
                why = retryable(error, status)
                skew = clock_skew(error, response_headers, now)
                if skew is not None:
                    self.clock_offset += skew
                    why = why or "clock skew"
                if (
                    why is None
                    or attempt >= self._max_attempts
                    or not _rewind(http_request.body, origin)
                ):
                    raise
                cost = (
                    RetryQuota.TIMEOUT_COST
                    if why == "timeout"
                    else RetryQuota.RETRY_COST
                )
                if not self.quota.acquire(cost):
                    raise
                self._sleep(0 if why == "clock skew" else backoff(attempt))
                continue
            self.quota.release(cost or RetryQuota.NO_RETRY_REFUND)
            return output

    def endpoint(
        self,
        operation: _rt.Operation,
        request: Any,
        http_request: _wire.HttpRequest | None = None,
    ) -> Endpoint:
        """Where the call goes, and the name and region to sign it with, as the
        service's endpoint rules decide (compiled in the package's `endpoints` module;
        both imported on the first call). Given the serialized request, the headers the
        rules name are added to it, and its path and host prefix lose what the rules
        put in the URL (s3's bucket, s3control's account), as botocore does. An
        EndpointError names the service and region when the rules have no endpoint."""
        service = self.service
        signing_name = service.signing_name or service.endpoint_prefix
        if self.endpoint_url is None and self.region is None:
            raise _NoRegion(
                f"{service.name}: a region is needed (region_name, AWS_REGION)"
            )
        rules = self._endpoints
        if rules is None:
            rules = self._endpoints = _endpoint_rules()
        if rules is False:  # a model without endpoint rules: the usual host name
            url = self.endpoint_url or (
                f"https://{service.endpoint_prefix}.{self.region}.amazonaws.com"
            )
            return Endpoint(url, signing_name, self.region or "us-east-1")
        try:
            settings = self._endpoint_settings
            if settings is None:
                options = _endpoint_options(self.config, self._profile_name)
                if options["account_id_endpoint_mode"] != "disabled":
                    # the account the credentials belong to, for account-based hosts
                    options["account_id"] = self.credentials.get().account_id
                settings = self._endpoint_settings = rules.EndpointSettings(
                    self.region, self.endpoint_url, **options
                )
            found = rules.resolve_endpoint(operation, request, settings)
        except rules.EndpointError as error:
            where = f"{service.name} in region {self.region!r}"
            raise rules.EndpointError(f"{where}: {error}") from None
        region = self.region or "us-east-1"
        double_encode = None
        schemes = found.properties.get("authSchemes") or ()
        if schemes:
            scheme = next((s for s in schemes if s.get("name") == "sigv4"), None)
            if scheme is None:
                names = ", ".join(str(s.get("name")) for s in schemes)
                what = "SigV4a" if "sigv4a" in names else f"auth schemes {names}"
                raise rules.EndpointError(
                    f"{service.name} in region {self.region!r}: {found.url} is signed "
                    f"with {what}, which the standalone transport does not support "
                    "(a client made with from_botocore does)"
                )
            signing_name = scheme.get("signingName") or signing_name
            region = scheme.get("signingRegion") or region
            disable = scheme.get("disableDoubleEncoding")
            if disable is not None:
                double_encode = not disable
        if http_request is not None:
            _fit(operation, http_request, found.url, found.headers)
        return Endpoint(found.url, signing_name, region, double_encode)

    def sign(
        self,
        operation: _rt.Operation,
        request: _wire.HttpRequest,
        endpoint: Endpoint,
        now: datetime.datetime,
    ) -> tuple[dict[str, str], Any]:
        """The headers and body to send: checksummed and signed, and the User-Agent."""
        from . import _sigv4

        found = self.credentials.get()
        headers, body = _sigv4.sign_operation(
            operation,
            request,
            endpoint.url,
            (found.access_key, found.secret_key, found.token),
            endpoint.signing_region,
            signing_name=endpoint.signing_name,
            now=now,
            double_encode=endpoint.double_encode,
            when_supported=self._checksums is None or self._checksums[0],
        )
        headers["User-Agent"] = self._user_agent
        if not isinstance(body, (bytes, bytearray)) and "Content-Length" not in headers:
            length = _sigv4.body_length(body)
            if length is not None:
                headers["Content-Length"] = str(length)
        return headers, body


class Endpoint:
    """Where a call goes: the URL, and the name and region it is signed for."""

    __slots__ = ("double_encode", "signing_name", "signing_region", "url")

    url: str
    signing_name: str
    signing_region: str
    double_encode: bool | None

    def __init__(
        self,
        url: str,
        signing_name: str,
        signing_region: str,
        double_encode: bool | None = None,
    ) -> None:
        self.url = url
        self.signing_name = signing_name
        self.signing_region = signing_region
        self.double_encode = double_encode

    def __repr__(self) -> str:
        return f"Endpoint({self.url!r}, {self.signing_name!r}, {self.signing_region!r})"


def _endpoint_rules() -> Any:
    """The package's endpoint rules' runtime (`_endpoints`), False without rules."""
    import importlib

    try:
        return importlib.import_module(f"{__name__.rpartition('.')[0]}._endpoints")
    except ModuleNotFoundError:
        return False


def _endpoint_options(
    config: Config, profile_name: str | None, environ: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The endpoint settings besides region and URL, by EndpointSettings' names, as
    botocore finds them: the client's Config, else the environment, else the profile
    in the config file (read only if needed)."""
    import os

    environ = os.environ if environ is None else environ
    found = _settings(profile_name, environ)

    def flag(value: Any) -> bool:
        return value is True or str(value).lower() == "true"

    s3 = dict(config.s3)
    regional = environ.get("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT")
    if regional and "us_east_1_regional_endpoint" not in s3:
        s3["us_east_1_regional_endpoint"] = regional
    mode = found(
        config.account_id_endpoint_mode,
        "AWS_ACCOUNT_ID_ENDPOINT_MODE",
        "account_id_endpoint_mode",
    )
    return {
        "use_fips_endpoint": flag(
            found(
                config.use_fips_endpoint, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint"
            )
        ),
        "use_dualstack_endpoint": flag(
            found(
                config.use_dualstack_endpoint,
                "AWS_USE_DUALSTACK_ENDPOINT",
                "use_dualstack_endpoint",
            )
        ),
        "sts_regional_endpoints": found(
            None, "AWS_STS_REGIONAL_ENDPOINTS", "sts_regional_endpoints"
        )
        or "regional",
        "account_id_endpoint_mode": mode or "preferred",
        "s3": s3,
        "client_context_params": dict(config.client_context_params),
    }


def _checksum_options(
    config: Config, profile_name: str | None, environ: Mapping[str, str] | None = None
) -> tuple[bool, bool]:
    """Whether checksums are sent and checked where a model supports them, not only
    where it requires them (botocore's `request_checksum_calculation` and
    `response_checksum_validation`), found as `_endpoint_options` finds its own."""
    import os

    found = _settings(profile_name, os.environ if environ is None else environ)
    modes = []
    for given, name in (
        (config.request_checksum_calculation, "request_checksum_calculation"),
        (config.response_checksum_validation, "response_checksum_validation"),
    ):
        mode = str(found(given, f"AWS_{name.upper()}", name) or "when_supported")
        if mode.lower() not in ("when_supported", "when_required"):
            raise ValueError(
                f"{name} is {mode!r}: it takes when_supported or when_required"
            )
        modes.append(mode.lower() == "when_supported")
    return modes[0], modes[1]


def _settings(
    profile_name: str | None, environ: Mapping[str, str]
) -> Callable[[Any, str, str], Any]:
    """`found(given, variable, key)`: a setting as botocore finds it, the client's own
    (`given`), else the environment's `variable`, else the profile's `key` in the
    config file (read on the first need)."""
    profile: dict[str, str] | None = None

    def found(given: Any, variable: str, key: str) -> Any:
        nonlocal profile
        if given is not None:
            return given
        if variable in environ:
            return environ[variable]
        if profile is None:
            from . import _credentials

            profile = _credentials.profile_settings(profile_name, environ)
        return profile.get(key)

    return found


def _fit(
    operation: _rt.Operation,
    request: _wire.HttpRequest,
    url: str,
    headers: Mapping[str, str],
) -> None:
    """The serialized request made to go to a resolved endpoint: its headers added; s3's
    bucket out of the path and s3control's account out of the host prefix (the rules
    put them in the URL); a bare `/` path dropped after a URL's own path."""
    request.headers.update(headers)
    name = operation.service.name
    if name == "s3" and operation.request_uri.startswith("/{Bucket}"):
        path = request.path
        cut = path.find("/", 1)  # the bucket is one path segment, its slashes encoded
        request.path = path[cut:] if cut > 0 else ""
    elif name == "s3control" and operation.host_prefix == "{AccountId}.":
        request.host_prefix = ""
    if request.path in ("", "/"):
        request.path = "" if url.partition("://")[2].partition("/")[2] else "/"


class _NoRegion(ValueError):
    pass


def standalone(
    service: _rt.Service,
    region_name: str | None,
    endpoint_url: str | None,
    credentials: Any,
    profile_name: str | None,
    config: Any,
) -> StandaloneTransport:
    """The transport of a standalone client, its settings resolved as boto3 resolves
    them."""
    from . import _credentials

    settings = Config.of(config)
    region = _credentials.region(region_name or settings.region_name, profile_name)
    if endpoint_url is None:
        endpoint_url = _credentials.endpoint_url(service.service_id, profile_name)
    provider = _credentials.CredentialProvider(credentials, profile_name, region=region)
    return StandaloneTransport(
        service, region, endpoint_url, provider, settings, profile_name=profile_name
    )


def _streams(operation: _rt.Operation) -> bool:
    """Whether the operation's output keeps the body as a stream (a streaming blob
    payload or an event stream)."""
    output = operation.output_class()
    if output is None:
        return False
    return any(
        isinstance(f.type, _rt.EventStream)
        or (f.payload and isinstance(f.type, _rt.Blob) and f.type.streaming)
        for f in output._fields
    )


def _python() -> str:
    import sys

    return ".".join(map(str, sys.version_info[:3]))
