"""Endpoints at run time: the standard library of the endpoint rules (which each
package's `endpoints.py` holds compiled), and `resolve_endpoint`, which gives the rules
their parameters from a client's settings and a request as botocore does.

Standard library only, and imported by nothing until an endpoint is resolved. The
functions below behave as botocore's `RuleSetStandardLibrary` does, down to what they
give for odd input: the compiled rules call them where plain Python will not do.
"""

from __future__ import annotations

import sys

from . import _wire

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping
    from types import ModuleType
    from typing import Any, ClassVar

    from ._runtime import Operation, Structure

__all__ = [
    "Endpoint",
    "EndpointError",
    "EndpointSettings",
    "Signing",
    "booleq",
    "boolean",
    "endpoint_parameters",
    "first",
    "given",
    "holds",
    "host_label",
    "index",
    "no_endpoint",
    "parse_arn",
    "parse_url",
    "partition",
    "resolve_endpoint",
    "streq",
    "string",
    "strings",
    "substring",
    "uri_encode",
    "virtual_hostable",
]


class EndpointError(ValueError):
    """No endpoint for these settings and this request: the endpoint rules' own message
    (`Invalid Configuration: FIPS and custom endpoint are not supported`), or why the
    parameters cannot be used."""


class Signing:
    """How to sign a request to an endpoint: the auth scheme the endpoint names first
    among those the signer supports (botocore's names: `v4`, `v4a`, `v4-s3express`),
    and its signing name, region (sigv4a: the region set, comma-separated) and
    whether the path is encoded once only."""

    __slots__ = ("auth_type", "signing_name", "region", "disable_double_encoding")

    auth_type: str
    signing_name: str | None
    region: str | None
    disable_double_encoding: bool | None

    def __init__(
        self,
        auth_type: str,
        signing_name: str | None = None,
        region: str | None = None,
        disable_double_encoding: bool | None = None,
    ) -> None:
        self.auth_type = auth_type
        self.signing_name = signing_name
        self.region = region
        self.disable_double_encoding = disable_double_encoding

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"Signing({fields})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Signing):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__: ClassVar[None] = None  # type: ignore[assignment]


class Endpoint:
    """Where a request goes: its URL, the headers the rules add (the first value of
    each, as botocore sends), and the rules' properties (`authSchemes`...)."""

    __slots__ = ("url", "properties", "headers")

    url: str
    properties: dict[str, Any]
    headers: dict[str, str]

    def __init__(
        self,
        url: str,
        properties: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.url = url
        self.properties = {} if properties is None else properties
        self.headers = {} if headers is None else headers

    def signing(
        self, supported: Collection[str] = ("v4", "v4-s3express")
    ) -> Signing | None:
        """The first of the endpoint's auth schemes that is `supported`, as botocore
        chooses (None when the endpoint names none: the service's own signing name
        and the client's region apply). An EndpointError if it names only others."""
        schemes = self.properties.get("authSchemes")
        if not schemes:
            return None
        for scheme in schemes:
            name = scheme["name"]
            name = name[3:] if name.startswith("sig") else name
            if name not in supported:
                continue
            region = scheme.get("signingRegion")
            if region is None and scheme.get("signingRegionSet"):
                region = ",".join(scheme["signingRegionSet"])
            double = scheme.get("disableDoubleEncoding")
            return Signing(
                name,
                scheme.get("signingName"),
                region,
                None if double is None else _boolean(double),
            )
        names = ", ".join(scheme["name"] for scheme in schemes)
        raise EndpointError(f"the endpoint's auth schemes are not supported: {names}")

    def __repr__(self) -> str:
        return (
            f"Endpoint({self.url!r}, properties={self.properties!r}, "
            f"headers={self.headers!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Endpoint):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    __hash__: ClassVar[None] = None  # type: ignore[assignment]


def _boolean(value: object) -> bool:
    """botocore's ensure_boolean: a bool, or the string "true" in any case."""
    if isinstance(value, bool):
        return value
    return isinstance(value, str) and value.lower() == "true"


# -- settings and parameters ---------------------------------------------------------

#: Regions where STS's legacy setting means the global endpoint.
_STS_GLOBAL = frozenset(
    (
        "ap-northeast-1 ap-south-1 ap-southeast-1 ap-southeast-2 aws-global "
        "ca-central-1 eu-central-1 eu-north-1 eu-west-1 eu-west-2 eu-west-3 "
        "sa-east-1 us-east-1 us-east-2 us-west-1 us-west-2"
    ).split()
)


class EndpointSettings:
    """What a client's configuration tells the endpoint rules, by boto3's names:
    `region_name`, `endpoint_url`, `use_fips_endpoint`, `use_dualstack_endpoint`,
    `use_ssl`, the credentials' `account_id` and `account_id_endpoint_mode`,
    `sts_regional_endpoints`, the `s3` settings of botocore's `Config(s3={...})`
    (`addressing_style`, `use_accelerate_endpoint`, `use_dualstack_endpoint`,
    `us_east_1_regional_endpoint`, `use_arn_region`,
    `s3_disable_multiregion_access_points`), `disable_s3_express_session_auth`, and
    `client_context_params` (a rule set's client parameters by snake_case name, e.g.
    `{"force_path_style": True}`).

    A region name that cannot be a host name is refused here, as botocore refuses it
    when it makes a client.
    """

    __slots__ = (
        "region_name",
        "endpoint_url",
        "use_fips_endpoint",
        "use_dualstack_endpoint",
        "use_ssl",
        "account_id",
        "account_id_endpoint_mode",
        "sts_regional_endpoints",
        "s3",
        "disable_s3_express_session_auth",
        "client_context_params",
        "_builtins",
    )

    region_name: str | None
    endpoint_url: str | None
    use_fips_endpoint: bool
    use_dualstack_endpoint: bool
    use_ssl: bool
    account_id: str | None
    account_id_endpoint_mode: str | None
    sts_regional_endpoints: str
    s3: dict[str, Any]
    disable_s3_express_session_auth: bool
    client_context_params: dict[str, Any]
    _builtins: dict[str, dict[str, Any]]

    def __init__(
        self,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        *,
        use_fips_endpoint: bool = False,
        use_dualstack_endpoint: bool = False,
        use_ssl: bool = True,
        account_id: str | None = None,
        account_id_endpoint_mode: str | None = "preferred",
        sts_regional_endpoints: str = "regional",
        s3: Mapping[str, Any] | None = None,
        disable_s3_express_session_auth: bool = False,
        client_context_params: Mapping[str, Any] | None = None,
    ) -> None:
        if region_name is not None and not _valid_region(region_name):
            raise EndpointError(
                f"invalid region name {region_name!r}: a region is letters, digits "
                "and hyphens (at most 63), starting and ending with a letter or digit"
            )
        self.region_name = region_name
        self.endpoint_url = endpoint_url
        self.use_fips_endpoint = use_fips_endpoint
        self.use_dualstack_endpoint = use_dualstack_endpoint
        self.use_ssl = use_ssl
        self.account_id = account_id
        self.account_id_endpoint_mode = account_id_endpoint_mode
        self.sts_regional_endpoints = sts_regional_endpoints
        self.s3 = dict(s3 or {})
        self.disable_s3_express_session_auth = disable_s3_express_session_auth
        self.client_context_params = dict(client_context_params or {})
        self._builtins = {}

    def builtins(self, service: str) -> dict[str, Any]:
        """The value of each built-in parameter (`AWS::Region`...) for a service (its
        botocore name), as botocore computes them when it makes a client."""
        found = self._builtins.get(service)
        if found is None:
            found = self._builtins[service] = self._compute(service)
        return found

    def _compute(self, service: str) -> dict[str, Any]:
        s3 = self.s3
        given = self.endpoint_url
        region = self.region_name
        accelerate = s3.get("use_accelerate_endpoint", False)
        style = s3.get("addressing_style")
        if accelerate:
            path_style = False
        elif given is not None and not _accelerate_url(given):
            path_style = style != "virtual"
        else:
            path_style = style == "path"
        dualstack = self.use_dualstack_endpoint
        if service in ("s3", "s3control") and "use_dualstack_endpoint" in s3:
            dualstack = s3["use_dualstack_endpoint"]  # s3's own setting first
        return {
            "AWS::Region": region,
            "AWS::UseFIPS": given is None and bool(self.use_fips_endpoint),
            "AWS::UseDualStack": given is None and bool(dualstack),
            "AWS::STS::UseGlobalEndpoint": self.sts_regional_endpoints == "legacy"
            and region in _STS_GLOBAL,
            "AWS::S3::UseGlobalEndpoint": s3.get(
                "us_east_1_regional_endpoint", "legacy"
            )
            == "legacy"
            and region in ("us-east-1", None),
            "AWS::S3::Accelerate": accelerate,
            "AWS::S3::ForcePathStyle": path_style,
            "AWS::S3::UseArnRegion": s3.get("use_arn_region", True),
            "AWS::S3Control::UseArnRegion": s3.get("use_arn_region", False),
            "AWS::S3::DisableMultiRegionAccessPoints": s3.get(
                "s3_disable_multiregion_access_points", False
            ),
            "AWS::S3::DisableS3ExpressSessionAuth": self.disable_s3_express_session_auth,
            "SDK::Endpoint": given,
            "AWS::Auth::AccountId": self.account_id,
            "AWS::Auth::AccountIdEndpointMode": self.account_id_endpoint_mode,
        }


def _valid_region(name: str) -> bool:
    """botocore's check of a region name: a host label of letters, digits, hyphens."""
    return (
        0 < len(name) <= 63
        and name.isascii()
        and name.replace("-", "").isalnum()
        and name[0] != "-"
        and name[-1] != "-"
    )


def _accelerate_url(url: str) -> bool:
    """An S3 Transfer Acceleration endpoint (s3-accelerate[.dualstack].amazonaws.com)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if not parts.netloc.endswith("amazonaws.com") or parts.scheme not in (
        "https",
        "http",
    ):
        return False
    labels = parts.netloc.split(".")
    features = labels[1:-2]
    return (
        labels[0] == "s3-accelerate"
        and len(features) == len(set(features))
        and all(feature == "dualstack" for feature in features)
    )


def _rules(operation: Operation) -> ModuleType:
    """The compiled rules of the operation's package (its `endpoints` module)."""
    package = __name__.rpartition(".")[0]
    name = f"{package}.endpoints"
    module = sys.modules.get(name)
    if module is None:
        __import__(name)
        module = sys.modules[name]
    return module


def endpoint_parameters(
    operation: Operation, request: Structure | None, settings: EndpointSettings
) -> dict[str, Any]:
    """The rules' parameters for a request, as botocore's EndpointRulesetResolver
    gives them: per parameter, the operation's static value, else the request's
    (its context members, then its operationContextParams), else the client's
    (`client_context_params`, and for s3 its `s3` settings), else the built-in."""
    rules = _rules(operation)
    service = operation.service.name
    builtins = settings.builtins(service)
    client: dict[str, Any] = dict(settings.client_context_params)
    if service in ("s3", "s3control"):
        client.update(settings.s3)
        client["disable_s3_express_session_auth"] = (
            settings.disable_s3_express_session_auth
        )
    context = rules.CONTEXT.get(operation.name)
    given = {} if context is None else context(request)
    customize = _CUSTOMIZED.get(service)
    if customize is not None:
        builtins = dict(builtins)
        customize(operation, request, given, settings, builtins)
    params: dict[str, Any] = {}
    for name, (builtin, setting) in rules.PARAMETERS.items():
        value = given.get(name)
        if value is None and setting is not None:
            value = client.get(setting)
        if value is None and builtin is not None:
            value = builtins.get(builtin)
        if value is not None:
            params[name] = value
    return params


def resolve_endpoint(
    operation: Operation, request: Structure | None, settings: EndpointSettings
) -> Endpoint:
    """The endpoint for a request (an object of the operation's input class; None for
    an operation without input) with a client's settings, as botocore resolves it; an
    EndpointError with the rules' message when there is none."""
    params = endpoint_parameters(operation, request, settings)
    endpoint: Endpoint = _rules(operation).resolve(params)
    if (
        not settings.use_ssl
        and endpoint.url.startswith("https://")
        and "Endpoint" not in params
    ):
        endpoint.url = "http://" + endpoint.url[8:]
    return endpoint


def _s3(
    operation: Operation,
    request: Structure | None,
    given: dict[str, Any],
    settings: EndpointSettings,
    builtins: dict[str, Any],
) -> None:
    """botocore's s3 customization: GetBucketLocation always path style (the host
    may not know the bucket's region), a bucket ARN never."""
    bucket = getattr(request, "bucket", None)
    if operation.name == "GetBucketLocation":
        builtins["AWS::S3::ForcePathStyle"] = True
    elif (
        isinstance(bucket, str) and bucket.startswith("arn:") and bucket.count(":") >= 5
    ):
        builtins["AWS::S3::ForcePathStyle"] = False


def _s3control(
    operation: Operation,
    request: Structure | None,
    given: dict[str, Any],
    settings: EndpointSettings,
    builtins: dict[str, Any],
) -> None:
    """botocore's s3-control customization: an outposts ARN as a Name or Bucket gives
    the account ID; any other ARN there, or one in a FIPS region, is refused."""
    if operation.name in ("CreateBucket", "ListRegionalBuckets"):
        return
    fields = (
        ("Bucket",) if operation.name == "CreateAccessPoint" else ("Name", "Bucket")
    )
    for field in fields:
        value = getattr(request, field.lower(), None)
        parts = value.split(":", 5) if isinstance(value, str) else []
        if len(parts) < 6:
            continue
        region = parts[3]
        if region.startswith("fips-") or region.endswith("fips-"):
            raise EndpointError(
                f"Invalid ARN, FIPS region not allowed in ARN. ARN: {value}"
            )
        if settings.s3.get("use_accelerate_endpoint"):
            raise EndpointError(
                "S3 control client does not support accelerate endpoints"
            )
        resources = parts[5].replace(":", "/").split("/")
        kind = "accesspoint" if field == "Name" else "bucket"
        if not (
            parts[2] == "s3-outposts"
            and len(resources) == 4
            and resources[0] == "outpost"
            and resources[2] == kind
        ):
            raise EndpointError(
                f"The {field} parameter does not support the provided ARN: {value}"
            )
        account = given.get("AccountId", getattr(request, "account_id", None))
        if account is not None and account != parts[4]:
            raise EndpointError(
                "Account ID in arn does not match the AccountId parameter provided: "
                f'"{account}"'
            )
        given["AccountId"] = parts[4]


#: botocore's customizations of the parameters, by service.
_CUSTOMIZED: dict[
    str,
    Callable[
        [Operation, Structure | None, dict[str, Any], EndpointSettings, dict[str, Any]],
        None,
    ],
] = {"s3": _s3, "s3control": _s3control}


# -- parameters --------------------------------------------------------------------


def _parameter(
    params: Mapping[str, Any],
    name: str,
    kind: type,
    default: Any,
    required: bool,
) -> Any:
    value = params.get(name)
    if value is None:
        if default is None and required:
            raise EndpointError(f"Cannot find value for required parameter {name}")
        return default
    if kind is tuple and isinstance(value, list):
        value = tuple(value)
    if not isinstance(value, kind):
        raise EndpointError(f"Value ({name}) is the wrong type. Must be {kind}.")
    return value


def string(
    params: Mapping[str, Any],
    name: str,
    default: str | None = None,
    required: bool = False,
) -> Any:
    """A string parameter of the rules: its value, else its default; checked."""
    return _parameter(params, name, str, default, required)


def boolean(
    params: Mapping[str, Any],
    name: str,
    default: bool | None = None,
    required: bool = False,
) -> Any:
    """A boolean parameter of the rules: its value, else its default; checked."""
    return _parameter(params, name, bool, default, required)


def strings(
    params: Mapping[str, Any],
    name: str,
    default: tuple[str, ...] | None = None,
    required: bool = False,
) -> Any:
    """A string array parameter of the rules (a list or tuple), as a tuple."""
    return _parameter(params, name, tuple, default, required)


def no_endpoint(params: Mapping[str, Any]) -> EndpointError:
    """The error when no rule gives an endpoint (or an error) for the parameters."""
    lines = "\n".join(f"{key}: {value}" for key, value in params.items())
    return EndpointError(f"No endpoint found for parameters:\n{lines}")


# -- the rules' standard library -----------------------------------------------------


def first(value: Any, otherwise: Any) -> Any:
    """`value` unless it is None (a parameter two places of a request can give)."""
    return otherwise if value is None else value


def given(value: Any, name: str) -> Any:
    """A parameter a template string reads, which must be set."""
    if value is None:
        raise EndpointError(f"the endpoint rules need {name}, which is not set")
    return value


def holds(value: Any) -> bool:
    """Whether a value makes a condition hold: anything but None and False."""
    return value is not None and value is not False


def streq(left: Any, right: Any) -> bool:
    """stringEquals: of two strings only."""
    if not isinstance(left, str) or not isinstance(right, str):
        raise EndpointError(
            f"Both values must be strings, not {type(left)} and {type(right)}."
        )
    return left == right


def booleq(left: Any, right: Any) -> bool:
    """booleanEquals: of two booleans only."""
    if not isinstance(left, bool) or not isinstance(right, bool):
        raise EndpointError(
            f"Both arguments must be bools, not {type(left)} and {type(right)}."
        )
    return left is right


def index(value: Any, position: int) -> Any:
    """getAttr's `name[i]`: the item, or None past the end (or of None)."""
    if value is None or position >= len(value):
        return None
    return value[position]


def partition(region: str | None) -> dict[str, Any]:
    """aws.partition: what the first partition that lists the region or whose pattern
    matches it gives; the first partition's for no region or no match. (`_partitions`
    holds the answer for each listed region, found when the table was made.)"""
    from ._partitions import PARTITIONS, REGIONS

    if region is not None:
        found = REGIONS.get(region)
        if found is not None:
            return PARTITIONS[found][1]
        import re

        for pattern, outputs in PARTITIONS:
            if re.match(pattern, region) is not None:
                return outputs
    return PARTITIONS[0][1]


def parse_arn(value: str | None) -> dict[str, Any] | None:
    """aws.parseArn: the parts of an ARN, None if it is not one."""
    if value is None or not value.startswith("arn:"):
        return None
    parts = value.split(":", 5)
    if len(parts) < 6 or not (parts[1] and parts[2] and parts[5]):
        return None
    return {
        "partition": parts[1],
        "service": parts[2],
        "region": parts[3],
        "accountId": parts[4],
        "resourceId": parts[5].replace(":", "/").split("/"),
    }


def parse_url(value: str | None) -> dict[str, Any] | None:
    """parseURL: scheme, authority, path (as given and normalized) and whether the
    host is an IP address; None for other schemes than http(s), or a query."""
    if value is None:
        return None
    from urllib.parse import quote, urlparse

    try:
        parts = urlparse(value)
    except ValueError as error:  # a bracketed host that is no IP address
        raise EndpointError(f"invalid endpoint URL {value!r}: {error}") from None
    try:
        parts.port
    except ValueError:
        return None
    if parts.scheme not in ("https", "http") or parts.query:
        return None
    normalized = quote(_wire.remove_dot_segments(parts.path) or "/")
    if not normalized.endswith("/"):
        normalized += "/"
    host = parts.hostname
    if host is None:  # botocore fails on it too
        raise EndpointError(f"invalid endpoint URL {value!r}: no host")
    is_ip = _ipv4(host) or not any(c in value for c in "\t\r\n") and _ipv6(host)
    return {
        "scheme": parts.scheme,
        "authority": parts.netloc,
        "path": parts.path,
        "normalizedPath": normalized,
        "isIp": is_ip,
    }


def _ipv4(text: str) -> bool:
    """Four dot-separated groups of 1 to 3 ASCII digits (no range check), as botocore
    matches it (a final newline allowed)."""
    text = text[:-1] if text.endswith("\n") else text
    groups = text.split(".")
    return len(groups) == 4 and all(
        0 < len(group) <= 3 and group.isascii() and group.isdigit() for group in groups
    )


_HEX = frozenset("0123456789abcdefABCDEF")
_ZONE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._!-~")


def _ipv6(host: str) -> bool:
    """An IPv6 address as RFC 3986 writes one, with an optional zone ID after `%`."""
    address, percent, zone = host.partition("%")
    if percent and not _zone(zone):
        return False
    if address.count("::") > 1:
        return False
    head, gap, tail = address.partition("::")
    groups = 0
    for part, last in ((head, not gap), (tail, True)):
        if not part:
            continue
        items = part.split(":")
        for position, item in enumerate(items):
            if last and position == len(items) - 1 and "." in item:
                if not _ipv4(item) or item.endswith("\n"):
                    return False
                groups += 2
            elif not 0 < len(item) <= 4 or not _HEX.issuperset(item):
                return False
            else:
                groups += 1
    return groups <= 7 if gap else groups == 8


def _zone(zone: str) -> bool:
    """A zone ID: unreserved characters and %XX escapes, at least one."""
    if not zone:
        return False
    position = 0
    while position < len(zone):
        if zone[position] == "%":
            escape = zone[position + 1 : position + 3]
            if len(escape) != 2 or not _HEX.issuperset(escape):
                return False
            position += 3
        elif zone[position] in _ZONE:
            position += 1
        else:
            return False
    return True


def host_label(value: str | None, allow_subdomains: bool) -> bool:
    """isValidHostLabel: letters, digits and hyphens, 1 to 63, no hyphen at either
    end; with subdomains, every dot-separated label so."""
    if value is None or allow_subdomains is False and "." in value:
        return False
    if allow_subdomains is True:
        return all(host_label(label, False) for label in value.split("."))
    global _LABEL
    if _LABEL is None:
        import re

        _LABEL = re.compile(r"^(?!-)[a-zA-Z\d-]{1,63}(?<!-)$")
    return _LABEL.match(value) is not None


_LABEL: Any = None


def virtual_hostable(value: str | None, allow_subdomains: bool) -> bool:
    """aws.isVirtualHostableS3Bucket: a host label (or labels) of 3 or more lower-case
    characters that is not an IPv4 address."""
    if value is None or len(value) < 3 or value.lower() != value or _ipv4(value):
        return False
    return host_label(value, allow_subdomains)


def substring(value: Any, start: int, stop: int, reverse: bool) -> str | None:
    """substring: characters start to stop (from the end if `reverse`) of an ASCII
    string, None if it is too short."""
    if not isinstance(value, str):
        raise EndpointError(f"Input must be a string, not {type(value)}.")
    if start >= stop or len(value) < stop or not value.isascii():
        return None
    if reverse is True:
        return value[len(value) - stop : len(value) - start]
    return value[start:stop]


def uri_encode(value: Any) -> str | None:
    """uriEncode: percent-encoded UTF-8, only `-._~` and alphanumerics left as they are."""
    if value is None:
        return None
    from urllib.parse import quote

    if not isinstance(value, (bytes, str)):
        value = str(value)
    return quote(
        value.encode("utf-8") if isinstance(value, str) else value, safe="-._~"
    )
