"""Endpoints: the compiled endpoint rules against botocore's own resolution.

Two oracles, both botocore's: its `EndpointProvider` (the rules evaluated from the JSON,
with botocore's partitions), given the same parameters as our compiled `resolve`; and
a real botocore client's `EndpointRulesetResolver` (built-in parameters from the
client's configuration, context parameters from the request, botocore's s3 and
s3-control customizations), given the same settings and request as our
`resolve_endpoint`. Both must give the same URL, headers and properties (auth schemes:
signing name, region, region set, double encoding), or both refuse (with the rules'
message). `make test` runs this on SAMPLE; `make test-all` on every service.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import botocore.session
import pytest
from botocore.config import Config
from botocore.endpoint_provider import EndpointProvider, RuleSetStandardLibrary
from botocore.exceptions import BotoCoreError, EndpointResolutionError
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from conftest import GENERATED, ROOT, selected_services
from generator import check as check_module
from oracles import service_ir
from generator import cli, load, names
from strategies import params as valid_params

#: The services `make test` compares (`--all-services`: every one botocore ships):
#: the regional standard, global endpoints (iam, route53, cloudfront, sts), s3 and
#: s3-control, account-ID endpoints (dynamodb), ARN-based ones (kinesis,
#: cloudfront-keyvaluestore), endpoint IDs (events, sesv2), one per protocol.
SAMPLE = [
    "connect", "s3", "s3control", "sts", "dynamodb", "ec2", "iam", "route53",
    "cloudfront", "lambda", "kinesis", "sqs", "sns", "bedrock-runtime", "iot-data",
    "cloudfront-keyvaluestore", "events", "sesv2",
]  # fmt: skip

REGIONS = [
    "us-east-1",
    "eu-west-1",
    "ap-southeast-2",
    "cn-north-1",
    "us-gov-west-1",
    "us-iso-east-1",
    "xx-unknown-1",
    "not a region!",
]
ENDPOINT_URL = "https://example.com/base"

#: Values for parameters that operations give (by parameter name), beyond the
#: built-ins: what makes the rules take their other branches.
BUCKETS = [
    "mybucket",
    "my.bucket",  # dots: path style
    "MyBucket",  # upper case: path style
    "a..b",
    "arn:aws:s3:us-west-2:123456789012:accesspoint/myap",
    "arn:aws:s3:us-east-1:123456789012:accesspoint:myap",
    "arn:aws-cn:s3:cn-north-1:123456789012:accesspoint/myap",
    "arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/mybanner",
    "arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/reports",
    "arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap",
    "mybucket--usw2-az1--x-s3",
    "arn:aws:sqs:us-east-1:123456789012:not-a-bucket",
]
CONTEXT_VALUES: dict[str, list[str]] = {
    "Bucket": BUCKETS,
    "Key": ["key", "a/b c"],
    "Prefix": ["logs/"],
    "CopySource": ["src/key"],
    "AccountId": ["123456789012", "not an account"],
    "AccessPointName": [
        "myap",
        "arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/myap",
    ],
    "OutpostId": ["op-01234567890123456"],
    "ResourceArn": [
        "arn:aws:dynamodb:us-east-1:123456789012:table/t",
        "arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/bucket/b",
    ],
    "StreamARN": ["arn:aws:kinesis:us-east-1:123456789012:stream/s"],
    "ConsumerARN": [
        "arn:aws:kinesis:us-east-1:123456789012:stream/s/consumer/c:1",
    ],
    "ResourceARN": ["arn:aws:kinesis:us-east-1:123456789012:stream/s"],
    "StreamId": ["a1b2c3"],
    "KvsARN": [
        "arn:aws:cloudfront::123456789012:key-value-store/0123456789abcdef",
        "arn:aws:s3::123456789012:accesspoint/x",
    ],
    "EndpointId": ["abcde.veo", "not a label!"],
}
#: Operations compared across the whole grid in each service: those that give
#: parameters (up to this many, spread over the list), and one that gives none.
GRID_OPERATIONS = 6


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "service" in metafunc.fixturenames:
        everything = metafunc.config.getoption("--all-services")
        metafunc.parametrize(
            "service", load.botocore_services() if everything else SAMPLE
        )


# -- set-up --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def packages(
    request: pytest.FixtureRequest,
    generated: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Every service compared here, importable: those the every-service tests
    generate, Connect from generated/, the rest generated here."""
    have = set(selected_services(request.config)) | {"connect"}
    more = [s for s in SAMPLE if s not in have]
    if more and not request.config.getoption("--all-services"):
        out = tmp_path_factory.mktemp("endpoints") / "out"
        assert cli.main(["generate", *more, "--out", str(out)]) == 0
        sys.path.insert(0, str(out))


@pytest.fixture(scope="module")
def session() -> Any:
    """A botocore session that reads no configuration of this machine."""
    saved = dict(os.environ)
    for name in list(os.environ):
        if name.startswith("AWS_"):
            del os.environ[name]
    os.environ["AWS_CONFIG_FILE"] = os.devnull
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull
    try:
        yield botocore.session.Session()
    finally:
        os.environ.clear()
        os.environ.update(saved)


@functools.cache
def _partitions() -> dict[str, Any]:
    return (
        botocore.session.get_session()
        .get_component("data_loader")
        .load_data("partitions")
    )


@functools.cache
def _provider(service: str) -> tuple[EndpointProvider, dict[str, Any]]:
    loader = botocore.session.get_session().get_component("data_loader")
    ruleset = loader.load_service_model(service, "endpoint-rule-set-1")
    return EndpointProvider(ruleset, _partitions()), ruleset


def _modules(service: str) -> Any:
    package = names.package_name(service)
    return (
        importlib.import_module(f"{package}.endpoints"),
        importlib.import_module(f"{package}._endpoints"),
        importlib.import_module(f"{package}.operations"),
    )


def _ours(resolve: Any, *args: Any) -> tuple[Any, ...]:
    """(URL, headers, properties) of our endpoint, or ("error", message)."""
    try:
        endpoint = resolve(*args)
    except ValueError as error:
        assert type(error).__name__ == "EndpointError", repr(error)
        return ("error", str(error))
    return (endpoint.url, endpoint.headers, endpoint.properties)


def _expected(provider: EndpointProvider, params: dict[str, Any]) -> tuple[Any, ...]:
    """(URL, headers, properties) botocore's provider gives, ("error", message) for
    the rules' refusal, ("fails",) where botocore itself fails (a template that reads
    a parameter that is not set: a KeyError)."""
    try:
        found = provider.resolve_endpoint(
            **{k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}
        )
    except EndpointResolutionError as error:
        return ("error", _message(error))
    except (KeyError, TypeError, AttributeError):
        return ("fails",)
    return (found.url, {k: v[0] for k, v in found.headers.items()}, found.properties)


def _matches(ours: tuple[Any, ...], expected: tuple[Any, ...]) -> bool:
    """Equal, or botocore failing where ours refuses with an EndpointError. (A type
    in a message is named by its class: botocore's JSON objects may be OrderedDicts.)"""
    if ours[0] == expected[0] == "error" and " must be " in expected[1]:
        return ours[1].split(",")[0] == expected[1].split(",")[0]
    return ours == expected or (expected == ("fails",) and ours[0] == "error")


def _message(error: BaseException) -> str:
    """The rules' message in a botocore error (kept in the cause when botocore
    translated it into one of its own)."""
    for candidate in (error, error.__cause__):
        if isinstance(candidate, EndpointResolutionError):
            return str(candidate.kwargs.get("msg"))
    return str(error)


# -- the rules, given the same parameters ---------------------------------------------


def _parameter_values(ruleset: dict[str, Any]) -> dict[str, list[Any]]:
    """Values for each parameter that no built-in gives, to vary beside the grid."""
    out: dict[str, list[Any]] = {}
    for name, spec in ruleset["parameters"].items():
        if spec.get("builtIn") in ("AWS::Region", "AWS::UseFIPS", "AWS::UseDualStack"):
            continue
        if spec.get("builtIn") == "SDK::Endpoint":
            continue
        kind = spec["type"].lower()
        if kind == "boolean":
            out[name] = [True, False]
        elif kind == "stringarray":
            out[name] = [["arn:aws:dynamodb:us-east-1:123456789012:table/t"], []]
        else:
            out[name] = CONTEXT_VALUES.get(name, ["value", "123456789012"])
    return out


def test_rules_against_provider(service: str, packages: None) -> None:
    """resolve(params) equals EndpointProvider.resolve_endpoint(**params) over the grid
    (regions, FIPS, dual-stack, an endpoint URL, no region), with each other parameter
    varied in turn."""
    provider, ruleset = _provider(service)
    rules, _, _ = _modules(service)
    declared = ruleset["parameters"]
    variations: list[dict[str, Any]] = [{}]
    for name, values in _parameter_values(ruleset).items():
        variations += [{name: value} for value in values]
    compared = 0
    for region, fips, dual, url in itertools.product(
        [*REGIONS, None, "aws-global"],
        (False, True),
        (False, True),
        (None, ENDPOINT_URL),
    ):
        builtins = {
            "AWS::Region": region,
            "AWS::UseFIPS": fips,
            "AWS::UseDualStack": dual,
            "SDK::Endpoint": url,
        }
        base = {
            name: builtins[spec["builtIn"]]
            for name, spec in declared.items()
            if spec.get("builtIn") in builtins
        }
        for variation in variations:
            params = {k: v for k, v in {**base, **variation}.items() if v is not None}
            expected = _expected(provider, params)
            assert _matches(_ours(rules.resolve, dict(params)), expected), params
            compared += 1
    print(f"{service}: {compared} parameter sets equal botocore's EndpointProvider")


#: Strings drawn for string parameters: what rules look at (regions, ARNs, URLs,
#: bucket names, host labels) and anything.
_STRINGS = st.one_of(
    st.sampled_from(
        [*REGIONS, "aws-global", "fips-us-gov-west-1", "us-east-1-fips", "", "a--b"]
    ),
    st.sampled_from(BUCKETS),
    st.sampled_from([v for values in CONTEXT_VALUES.values() for v in values]),
    st.sampled_from(
        [
            ENDPOINT_URL,
            "http://127.0.0.1:8080",
            "https://[::1]/p",
            "https://example.com:99999",
            "ftp://example.com",
            "https://example.com/?q=1",
            "https://bucket.s3.amazonaws.com",
        ]
    ),
    st.text(alphabet="ab-.:/01", max_size=12),
)


def _draw(spec: dict[str, Any]) -> st.SearchStrategy[Any]:
    kind = spec["type"].lower()
    if kind == "boolean":
        value: st.SearchStrategy[Any] = st.booleans()
    elif kind == "stringarray":
        value = st.lists(_STRINGS, max_size=2)
    else:
        value = _STRINGS
    return st.none() | value


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_rules_random(service: str, packages: None, data: st.DataObject) -> None:
    """The same on parameters drawn from each rule set's declared parameters."""
    provider, ruleset = _provider(service)
    rules, _, _ = _modules(service)
    drawn = {
        name: data.draw(_draw(spec), label=name)
        for name, spec in ruleset["parameters"].items()
    }
    params = {k: v for k, v in drawn.items() if v is not None}
    assert _matches(_ours(rules.resolve, params), _expected(provider, params))


# -- a client's settings and a request ------------------------------------------------


def _requests(
    service: str, operations: dict[str, Any]
) -> list[tuple[Any, dict[str, Any]]]:
    """(operation, botocore parameters) to compare: each operation that gives endpoint
    parameters (spread over the list, up to GRID_OPERATIONS) with each value of its
    context members, and one that gives none."""
    rules, _, _ = _modules(service)
    giving = [op for op in operations.values() if op.name in rules.CONTEXT]
    plain = [op for op in operations.values() if op.name not in rules.CONTEXT]
    step = max(1, len(giving) // GRID_OPERATIONS)
    chosen = giving[::step][:GRID_OPERATIONS] + plain[:1]
    if service == "s3":
        wanted = {"GetBucketLocation", "WriteGetObjectResponse", "CreateBucket"}
        chosen += [op for op in giving if op.name in wanted and op not in chosen]
    ir = service_ir(service)
    out = []
    for op in chosen:
        wire_input = next(o.input for o in ir.operations if o.name == op.name)
        base = {} if wire_input is None else _minimal(ir, wire_input)
        members = {} if wire_input is None else ir.shape(wire_input).members
        context = [m.wire_name for m in members if m.wire_name in CONTEXT_VALUES]
        variants = [CONTEXT_VALUES[wire] for wire in context]
        for combination in itertools.product(*variants) if context else [()]:
            out.append((op, {**base, **dict(zip(context, combination))}))
    return out


def _minimal(ir: Any, wire_name: str, depth: int = 0) -> Any:
    """The smallest value of a shape, in botocore's form: required members only."""
    shape = ir.shape(wire_name)
    if shape.kind in ("structure", "exception"):
        return {
            m.wire_name: _minimal(ir, m.target, depth + 1)
            for m in shape.members
            if m.required and depth < 8
        }
    if shape.kind == "union":
        first = shape.members[0]
        return {first.wire_name: _minimal(ir, first.target, depth + 1)}
    if shape.kind == "list":
        return []
    if shape.kind == "map":
        return {"k": _minimal(ir, shape.value, depth + 1)} if depth < 8 else {}
    simple = {"integer": 1, "float": 1.0, "boolean": True, "blob": b"x", "document": {}}
    if shape.kind == "enum":
        return shape.enum_values[0].value
    if shape.kind == "timestamp":
        import datetime

        return datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
    return simple.get(shape.kind, "x")


def _client(session: Any, service: str, region: str, **config: Any) -> Any:
    endpoint_url = config.pop("endpoint_url", None)
    account = config.pop("account_id", None)
    return session.create_client(
        service,
        region_name=region,
        endpoint_url=endpoint_url,
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
        aws_account_id=account,
        config=Config(**config),
    )


def _botocore_endpoint(client: Any, op: Any, args: dict[str, Any]) -> tuple[Any, ...]:
    """(URL, headers, properties, signing) botocore's resolver gives for a call."""
    resolver = client._ruleset_resolver
    model = client.meta.service_model.operation_model(op.name)
    context = {
        "client_region": client.meta.region_name,
        "client_config": client.meta.config,
    }
    try:
        found = resolver.construct_endpoint(model, dict(args), context)
    except (BotoCoreError, ValueError) as error:
        if isinstance(error, EndpointResolutionError) or isinstance(
            error.__cause__, EndpointResolutionError
        ):
            return ("error", _message(error))
        # botocore's customizations, not the rules: their message, if any
        return ("refused", getattr(error, "kwargs", {}).get("msg") or "")
    schemes = found.properties.get("authSchemes")
    signing = None
    if schemes:
        try:
            name, ctx = resolver.auth_schemes_to_signing_ctx(schemes)
            signing = (
                name,
                ctx.get("signing_name"),
                ctx.get("region"),
                ctx.get("disableDoubleEncoding"),
            )
        except BotoCoreError:
            signing = "unsupported"
    return (found.url, found.headers, found.properties, signing)


def _our_endpoint(
    runtime: Any, op: Any, args: dict[str, Any], settings_: Any
) -> tuple[Any, ...]:
    cls = op.input_class()
    request = None if cls is None else cls.from_value(args)
    try:
        found = runtime.resolve_endpoint(op, request, settings_)
    except runtime.EndpointError as error:
        return ("error", str(error))
    try:
        signing = found.signing()
        if signing is not None:
            signing = (
                signing.auth_type,
                signing.signing_name,
                signing.region,
                signing.disable_double_encoding,
            )
    except runtime.EndpointError:
        signing = "unsupported"
    return (found.url, found.headers, found.properties, signing)


def _same(ours: tuple[Any, ...], theirs: tuple[Any, ...]) -> bool:
    """Equal endpoints, or the same rule's message; where botocore's customizations
    refuse a call (an ARN s3-control does not take), ours refuses it too."""
    if theirs[0] == "refused":
        return ours[0] == "error" and ours[1].startswith(theirs[1])
    return ours == theirs


def _grid(service: str) -> list[dict[str, Any]]:
    """Client settings to compare: each region with FIPS and dual-stack on and off, an
    endpoint URL; and for s3 its addressing and acceleration settings, for the
    account-ID services an account."""
    grid = [
        {
            "region": region,
            "use_fips_endpoint": fips,
            "use_dualstack_endpoint": dual,
            "endpoint_url": url,
        }
        for region, fips, dual, url in itertools.product(
            REGIONS, (False, True), (False, True), (None, ENDPOINT_URL)
        )
    ]
    extra: list[dict[str, Any]] = []
    if service in ("s3", "s3control"):
        extra = [
            {"s3": {"addressing_style": "path"}},
            {"s3": {"addressing_style": "virtual"}, "endpoint_url": ENDPOINT_URL},
            {"s3": {"use_accelerate_endpoint": True}},
            {"s3": {"use_arn_region": False}},
            {"s3": {"us_east_1_regional_endpoint": "regional"}},
            {"s3": {"use_dualstack_endpoint": True}},
            {"client_context_params": {"force_path_style": True}},
        ]
    if service == "dynamodb":
        extra = [
            {"account_id": "123456789012"},
            {"account_id": "123456789012", "account_id_endpoint_mode": "disabled"},
            {"account_id_endpoint_mode": "required"},
        ]
    for region in ("us-east-1", "eu-west-1"):
        grid += [{"region": region, **setting} for setting in extra]
    return grid


def test_client_grid(service: str, packages: None, session: Any) -> None:
    """resolve_endpoint(operation, request, settings) equals what a botocore client
    made with the same settings resolves for the same call, with the same signing;
    a region botocore refuses is refused."""
    _, runtime, operations = _modules(service)
    requests = _requests(service, operations.OPERATIONS)
    compared = 0
    for point in _grid(service):
        point = dict(point)
        region = point.pop("region")
        ours_settings = {
            k: v
            for k, v in point.items()
            if k not in ("use_fips_endpoint", "use_dualstack_endpoint")
        }
        try:
            client = _client(session, service, region, **point)
        except BotoCoreError:
            with pytest.raises(runtime.EndpointError):
                runtime.EndpointSettings(region)
            compared += 1
            continue
        our_settings = runtime.EndpointSettings(
            region,
            point.get("endpoint_url"),
            use_fips_endpoint=point.get("use_fips_endpoint", False),
            use_dualstack_endpoint=point.get("use_dualstack_endpoint", False),
            **{k: v for k, v in ours_settings.items() if k != "endpoint_url"},
        )
        for op, args in requests:
            theirs = _botocore_endpoint(client, op, args)
            ours = _our_endpoint(runtime, op, args, our_settings)
            assert _same(ours, theirs), (region, point, op.name, args, ours, theirs)
            compared += 1
    print(f"{service}: {compared} calls equal botocore's client")


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_operation_parameters(
    service: str, packages: None, session: Any, data: st.DataObject
) -> None:
    """For random valid requests of the operations that give endpoint parameters, the
    parameters equal those botocore's resolver computes (static values, context
    members, operationContextParams by JMESPath, built-ins)."""
    _, runtime, operations = _modules(service)
    rules = importlib.import_module(f"{names.package_name(service)}.endpoints")
    giving = [op for op in operations.OPERATIONS.values() if op.name in rules.CONTEXT]
    if not giving:
        return
    op = data.draw(st.sampled_from(giving), label="operation")
    ir = service_ir(service)
    wire_input = next(o.input for o in ir.operations if o.name == op.name)
    args = (
        {}
        if wire_input is None
        else data.draw(valid_params(ir, wire_input), label="args")
    )
    client = _clients(session, service)
    model = client.meta.service_model.operation_model(op.name)
    context = {"client_region": "us-east-1", "client_config": client.meta.config}
    try:
        expected: Any = client._ruleset_resolver._get_provider_params(
            model, dict(args), context
        )
    except BotoCoreError:
        expected = "error"
    cls = op.input_class()
    request = None if cls is None else cls.from_value(args)
    try:
        ours: Any = runtime.endpoint_parameters(
            op, request, runtime.EndpointSettings("us-east-1")
        )
    except runtime.EndpointError:
        ours = "error"
    normalized = {
        k: tuple(v) if isinstance(v, list) else v
        for k, v in (ours if isinstance(ours, dict) else {}).items()
    }
    if isinstance(expected, dict):
        expected = {
            k: tuple(v) if isinstance(v, list) else v for k, v in expected.items()
        }
        assert normalized == expected
    else:
        assert ours == expected


_CLIENTS: dict[str, Any] = {}


def _clients(session: Any, service: str) -> Any:
    if service not in _CLIENTS:
        _CLIENTS[service] = _client(session, service, "us-east-1")
    return _CLIENTS[service]


# -- the rules' standard library ------------------------------------------------------

_LIBRARY = RuleSetStandardLibrary(_partitions())
_URLS = st.one_of(
    st.sampled_from(
        [
            "https://example.com",
            "http://127.0.0.1:8080/a/./b/../c",
            "https://[::1]:443/",
            "https://[fe80::1%25eth0]/",
            "https://[1:2:3:4:5:6:7:8]",
            "https://[1:2:3:4:5:6:7:8:9]",
            "https://[::ffff:1.2.3.4]/x//y",
            "https://[1::2::3]",
            "https://1.2.3.999",
            "https://example.com:80/path?query",
            "ftp://example.com",
            "https://example.com:port",
            "https://ex ample.com/a b",
        ]
    ),
    st.builds(
        lambda scheme, host, path: f"{scheme}://{host}{path}",
        st.sampled_from(["http", "https", "HTTPS"]),
        st.text(alphabet="abc.:[]%0125f", max_size=14),
        st.text(alphabet="/.a%?", max_size=6),
    ),
)
_LABELS = st.text(alphabet="aZ09-.\n_", max_size=70) | st.sampled_from(
    ["a" * 63, "a" * 64, "-a", "a-", "1.2.3.4", "1.2.3.4\n", "abc", "ab", "a.b.c"]
)


def _call(function: Any, *args: Any) -> Any:
    """What a function gives, or that it raises (botocore's library raises what the
    standard library raises for some input; ours raises an EndpointError then)."""
    try:
        return function(*args)
    except Exception:  # noqa: BLE001 - the oracle raises what it raises
        return "raises"


@settings(max_examples=300, deadline=None)
@given(value=st.none() | _URLS)
def test_parse_url(value: str | None) -> None:
    from botogen_connect import _endpoints as runtime

    assert _call(runtime.parse_url, value) == _call(_LIBRARY.parse_url, value)


@settings(max_examples=300, deadline=None)
@given(
    value=st.none()
    | st.sampled_from(BUCKETS)
    | st.text(alphabet="arn:s3/aw-1", max_size=30)
)
def test_parse_arn(value: str | None) -> None:
    from botogen_connect import _endpoints as runtime

    assert runtime.parse_arn(value) == _LIBRARY.aws_parse_arn(value)


@settings(max_examples=300, deadline=None)
@given(value=st.none() | _LABELS, subdomains=st.booleans())
def test_host_labels(value: str | None, subdomains: bool) -> None:
    from botogen_connect import _endpoints as runtime

    assert runtime.host_label(value, subdomains) == _LIBRARY.is_valid_host_label(
        value, subdomains
    )
    assert runtime.virtual_hostable(
        value, subdomains
    ) == _LIBRARY.aws_is_virtual_hostable_s3_bucket(value, subdomains)


@settings(max_examples=300, deadline=None)
@given(
    value=st.none() | st.text(max_size=8) | st.integers(),
    start=st.integers(0, 9),
    stop=st.integers(0, 9),
    reverse=st.booleans(),
)
def test_substring_and_uri_encode(
    value: Any, start: int, stop: int, reverse: bool
) -> None:
    from botogen_connect import _endpoints as runtime

    assert _call(runtime.substring, value, start, stop, reverse) == _call(
        _LIBRARY.substring, value, start, stop, reverse
    )
    assert _call(runtime.uri_encode, value) == _call(_LIBRARY.uri_encode, value)


@settings(max_examples=200, deadline=None)
@given(
    region=st.none()
    | st.sampled_from(REGIONS)
    | st.text(alphabet="uscn-iso1\n", max_size=14)
)
def test_partition(region: str | None) -> None:
    """aws.partition through a generated table equals botocore's over partitions.json."""
    from botogen_connect import _endpoints as runtime

    expected = dict(_LIBRARY.aws_partition(region))
    assert runtime.partition(region) == expected


# -- errors, imports ------------------------------------------------------------------


def _model_dir(tmp_path: Path, ruleset: Any) -> Path:
    """A copy of Connect's model with another endpoint rule set beside it."""
    import json

    source = load.find("connect")
    folder = tmp_path / "connect" / source.parent.name
    folder.mkdir(parents=True)
    (folder / "service-2.json").write_bytes(source.read_bytes())
    (folder / "endpoint-rule-set-1.json").write_text(json.dumps(ruleset))
    return folder / "service-2.json"


_VALID = {
    "version": "1.0",
    "parameters": {"Region": {"type": "string", "builtIn": "AWS::Region"}},
    "rules": [
        {
            "type": "endpoint",
            "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}],
            "endpoint": {"url": "https://x.{Region}.amazonaws.com"},
        },
        {"type": "error", "conditions": [], "error": "no region"},
    ],
}


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        (
            lambda r: r["rules"][0]["conditions"][0].update(fn="isUnset"),
            "#/rules/0/conditions/0/fn",
            "unknown function 'isUnset'",
        ),
        (
            lambda r: r["rules"][0]["conditions"][0]["argv"][0].update(ref="Regio"),
            "#/rules/0/conditions/0/argv/0/ref",
            "'Regio' is neither a parameter nor assigned before",
        ),
        (
            lambda r: r["rules"][0]["endpoint"].update(url="https://{Nope}"),
            "#/rules/0/endpoint/url",
            "template reference {Nope}",
        ),
        (
            lambda r: r["parameters"]["Region"].update(type="number"),
            "#/parameters/Region/type",
            "type is string, boolean or stringArray",
        ),
        (
            lambda r: r["rules"][1].update(type="maybe"),
            "#/rules/1/type",
            "a rule's type is tree, endpoint or error",
        ),
        (
            lambda r: r["rules"][0]["conditions"][0].update(argv=[]),
            "#/rules/0/conditions/0/argv",
            "isSet takes 1 arguments",
        ),
    ],
)
def test_bad_rule_sets(tmp_path: Path, change: Any, where: str, message: str) -> None:
    """A rule set that cannot be evaluated is bad input: one line naming the file and
    the JSON pointer, exit code 2, nothing written."""
    import copy

    ruleset = copy.deepcopy(_VALID)
    change(ruleset)
    model = _model_dir(tmp_path, ruleset)
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(model), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 2, result.stderr
    line = result.stderr.strip()
    assert "\n" not in line
    assert f"endpoint-rule-set-1.json{where}: " in line and message in line, line
    assert not out.exists()


def test_valid_small_rule_set(tmp_path: Path) -> None:
    """The small rule set above compiles and resolves."""
    model = _model_dir(tmp_path, _VALID)
    out = tmp_path / "out"
    assert cli.main(["generate", str(model), "--out", str(out)]) == 0
    code = (
        "from botogen_connect import endpoints as e\n"
        "print(e.resolve({'Region': 'eu-west-1'}).url)\n"
        "try:\n    e.resolve({})\nexcept ValueError as error:\n    print(error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=out
    )
    assert result.stdout.split("\n")[:2] == [
        "https://x.eu-west-1.amazonaws.com",
        "no region",
    ]


def test_nothing_imported_before_use() -> None:
    """Importing a package, a class and the client imports no endpoint code."""
    code = (
        "import sys, botogen_connect\n"
        "from botogen_connect import ConnectClient, StartWebRTCContactRequest\n"
        "print(sorted(m for m in sys.modules if 'endpoints' in m))"
    )
    env = {**os.environ, "PYTHONPATH": str(GENERATED)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env
    )
    assert result.stdout.strip() == "[]", result.stderr


def test_endpoint_error_exported() -> None:
    import botogen_connect

    assert issubclass(botogen_connect.EndpointError, ValueError)
    assert "EndpointError" in botogen_connect.__all__


# -- mutated rule sets: what the check lets through, botocore evaluates alike ---------

#: A rule set that uses every function of the rules' library, to mutate.
_SEED = {
    "version": "1.0",
    "parameters": {
        "Region": {"type": "string", "builtIn": "AWS::Region"},
        "UseFIPS": {
            "type": "boolean",
            "builtIn": "AWS::UseFIPS",
            "default": False,
            "required": True,
        },
        "Endpoint": {"type": "string", "builtIn": "SDK::Endpoint"},
        "Bucket": {"type": "string"},
        "Names": {"type": "stringArray"},
    },
    "rules": [
        {
            "type": "tree",
            "conditions": [
                {"fn": "isSet", "argv": [{"ref": "Endpoint"}]},
                {"fn": "parseURL", "argv": [{"ref": "Endpoint"}], "assign": "url"},
            ],
            "rules": [
                {
                    "type": "endpoint",
                    "conditions": [
                        {
                            "fn": "booleanEquals",
                            "argv": [
                                {"fn": "getAttr", "argv": [{"ref": "url"}, "isIp"]},
                                True,
                            ],
                        }
                    ],
                    "endpoint": {
                        "url": "{url#scheme}://{url#authority}{url#normalizedPath}x",
                        "properties": {},
                        "headers": {},
                    },
                },
                {
                    "type": "endpoint",
                    "conditions": [],
                    "endpoint": {"url": {"ref": "Endpoint"}},
                },
            ],
        },
        {
            "type": "tree",
            "conditions": [
                {"fn": "aws.parseArn", "argv": [{"ref": "Bucket"}], "assign": "arn"}
            ],
            "rules": [
                {
                    "type": "error",
                    "conditions": [
                        {
                            "fn": "not",
                            "argv": [
                                {
                                    "fn": "isValidHostLabel",
                                    "argv": [
                                        {
                                            "fn": "getAttr",
                                            "argv": [{"ref": "arn"}, "region"],
                                        },
                                        False,
                                    ],
                                }
                            ],
                        }
                    ],
                    "error": "bad region {arn#region}",
                },
                {
                    "type": "endpoint",
                    "conditions": [
                        {
                            "fn": "getAttr",
                            "argv": [{"ref": "arn"}, "resourceId[1]"],
                            "assign": "name",
                        }
                    ],
                    "endpoint": {
                        "url": "https://{name}.{arn#region}.example.com",
                        "properties": {
                            "authSchemes": [
                                {"name": "sigv4", "signingRegion": "{arn#region}"}
                            ]
                        },
                        "headers": {"x-name": ["{name}"]},
                    },
                },
            ],
        },
        {
            "type": "tree",
            "conditions": [
                {"fn": "isSet", "argv": [{"ref": "Region"}]},
                {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "p"},
            ],
            "rules": [
                {
                    "type": "endpoint",
                    "conditions": [
                        {
                            "fn": "aws.isVirtualHostableS3Bucket",
                            "argv": [{"ref": "Bucket"}, False],
                        },
                        {
                            "fn": "substring",
                            "argv": [{"ref": "Bucket"}, 0, 3, False],
                            "assign": "prefix",
                        },
                    ],
                    "endpoint": {
                        "url": "https://{Bucket}.{prefix}.{Region}.{p#dnsSuffix}"
                    },
                },
                {
                    "type": "endpoint",
                    "conditions": [
                        {
                            "fn": "stringEquals",
                            "argv": [
                                {"fn": "getAttr", "argv": [{"ref": "p"}, "name"]},
                                "aws-cn",
                            ],
                        },
                        {"fn": "uriEncode", "argv": [{"ref": "Bucket"}], "assign": "b"},
                    ],
                    "endpoint": {"url": "https://x.{Region}.{p#dnsSuffix}/{b}"},
                },
                {
                    "type": "endpoint",
                    "conditions": [
                        {"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, True]}
                    ],
                    "endpoint": {"url": "https://fips.{Region}.{p#dnsSuffix}"},
                },
                {
                    "type": "endpoint",
                    "conditions": [],
                    "endpoint": {"url": "https://x.{Region}.{p#dnsSuffix}"},
                },
            ],
        },
        {
            "type": "error",
            "conditions": [],
            "error": "Invalid Configuration: Missing Region",
        },
    ],
}

_NAMES = ["Region", "UseFIPS", "Endpoint", "Bucket", "Names", "url", "arn", "p", "name"]
_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-1, 20)
    | st.sampled_from(
        [
            "{Region}",
            "{p#name}",
            "{url#authority}",
            "a{{b}}",
            "{Nope}",
            "resourceId[0]",
            "name",
            "sigv4",
            "isSet",
            "aws.partition",
            "getAttr",
            "stringEquals",
            "booleanEquals",
            "not",
        ]
    )
    | st.builds(lambda n: {"ref": n}, st.sampled_from(_NAMES)),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(
        st.sampled_from(["fn", "argv", "ref", "assign", "type", "conditions", "rules"])
        | st.sampled_from(["endpoint", "error", "url", "properties", "headers", "x"]),
        inner,
        max_size=3,
    ),
    max_leaves=6,
)


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value, as a path of keys and indexes."""
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _places(item, (*path, index))
    return out


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


_ARITIES: dict[int, list[str]] = {}
for _name, _arity in check_module.RULE_FUNCTIONS.items():
    _ARITIES.setdefault(_arity, []).append(_name)

_STRINGS_IN_RULES = st.sampled_from(
    ["{Region}", "https://{Region}.{p#dnsSuffix}", "{url#path}x", "{Bucket}", "aws-cn"]
    + ["resourceId[2]", "[0]", "region", "name", "supportsFIPS", "", "a--b", "x{{y}}"]
)


def _mutation(value: Any) -> st.SearchStrategy[Any]:
    """A change to a value that often keeps the rule set valid: a flipped boolean, another
    string, a reference to another variable, another function of as many arguments, a
    list with an item dropped, doubled or moved; and sometimes any JSON at all."""
    options: list[st.SearchStrategy[Any]] = [_JSON_VALUES]
    if isinstance(value, bool):
        options.append(st.just(not value))
    elif isinstance(value, str):
        options.append(_STRINGS_IN_RULES)
    elif isinstance(value, dict) and "ref" in value:
        options.append(
            st.builds(lambda n: {**value, "ref": n}, st.sampled_from(_NAMES))
        )
    elif isinstance(value, dict) and isinstance(value.get("argv"), list):
        names = _ARITIES.get(len(value["argv"]), [])
        if names:
            swap = st.builds(lambda n: {**value, "fn": n}, st.sampled_from(names))
            options.append(swap)
        options.append(st.just({k: v for k, v in value.items() if k != "assign"}))
    elif isinstance(value, list) and value:
        options.append(
            st.integers(0, len(value) - 1).flatmap(
                lambda i: st.sampled_from(
                    [
                        value[:i] + value[i + 1 :],
                        value[: i + 1] + value[i:],
                        value[i:] + value[:i],
                    ]
                )
            )
        )
    return st.one_of(*options[::-1]) if len(options) > 1 else options[0]


def _replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replaced(value[head], rest, new)}
    copy = list(value)
    copy[head] = _replaced(value[head], rest, new)
    return copy


_MUTANTS = iter(range(10**9))


@settings(
    max_examples=int(os.environ.get("BOTOGEN_RULE_MUTANTS", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_mutated_rule_sets(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """A mutated rule set is refused by the check (one line, a JSON pointer), or
    compiles into code that resolves as botocore's EndpointProvider does on it."""
    import dataclasses

    from generator import check, endpoints, normalize, render
    from generator.errors import ModelError
    from generator.resources import TEMPLATES

    ruleset: Any = _SEED
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        places = _places(ruleset)
        where = data.draw(st.sampled_from(places), label="place")
        ruleset = _replaced(ruleset, where, data.draw(_mutation(_at(ruleset, where))))
    if not isinstance(ruleset, dict):
        return  # loading refuses that: a model file is a JSON object
    try:
        checked = check.check_endpoints(ruleset, "rules.json")
    except ModelError as error:
        assert "\n" not in str(error) and str(error).startswith("rules.json#")
        event("refused by the check")
        return
    event("compiled and compared")
    try:
        provider = EndpointProvider(ruleset, _partitions())
    except Exception as error:  # noqa: BLE001
        raise AssertionError(f"botocore cannot load what the check accepts: {error!r}")
    rules = normalize.endpoint_rules(checked, _partitions(), {})
    service = dataclasses.replace(service_ir("connect"), endpoints=rules)
    text = (
        render._environment()
        .get_template("endpoints.py.j2")
        .render(
            service=service,
            title="",
            view=None,
            version="x",
            rules=endpoints.module(service),
        )
    )
    package = f"botogen_mutant{next(_MUTANTS)}"
    folder = tmp_path_factory.getbasetemp() / "mutants"
    (folder / package).mkdir(parents=True)
    (folder / package / "__init__.py").write_text("")
    (folder / package / "endpoints.py").write_text(text)
    (folder / package / "_partitions.py").write_text(endpoints.partitions_module(rules))
    for name in ("_endpoints.py", "_runtime.py", "_client.py", "_wire.py"):
        (folder / package / name).write_text((TEMPLATES / "static" / name).read_text())
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    module = importlib.import_module(f"{package}.endpoints")
    for params in (
        {"Region": "us-east-1"},
        {"Region": "cn-north-1", "Bucket": "abc"},
        {"Region": "eu-west-1", "Bucket": "arn:aws:s3:eu-west-1:1:accesspoint/ap"},
        {"Region": "xx-unknown-1", "UseFIPS": True},
        {"Endpoint": "https://127.0.0.1:8080/a/../b"},
        {"Endpoint": "https://example.com", "Bucket": "a b"},
        {},
    ):
        expected = _expected(provider, params)
        try:
            ours = _ours(module.resolve, dict(params))
        except Exception as error:  # noqa: BLE001
            assert expected == ("fails",), (params, error, expected)
            continue
        assert _matches(ours, expected), (params, ours, expected)


# -- the standalone transport against a botocore client's request ----------------------

_BUCKET_KEY = {"Bucket": "mybucket", "Key": "a/b c"}
_LIST = {"Bucket": "mybucket", "EncodingType": "url"}  # botocore's default, sent
_ACCESS_POINT = "arn:aws:s3:us-west-2:123456789012:accesspoint/myap"

#: (service, region, client settings, environment, operation, request arguments):
#: virtual-host and path-style buckets, access points, global and regional endpoints,
#: the China and GovCloud partitions, FIPS and dual-stack (from Config and from the
#: environment), custom endpoint URLs.
TRANSPORT_CASES: list[tuple[str, str, dict[str, Any], dict[str, str], str, Any]] = [
    ("s3", "us-east-1", {}, {}, "GetObject", _BUCKET_KEY),
    ("s3", "eu-west-1", {}, {}, "ListObjectsV2", _LIST),
    ("s3", "eu-west-1", {}, {}, "ListObjectsV2", {**_LIST, "Bucket": "my.bucket"}),
    ("s3", "eu-west-1", {}, {}, "GetObject", {"Bucket": "MyBucket", "Key": "k"}),
    ("s3", "us-west-2", {"s3": {"addressing_style": "path"}}, {}, "GetObject", _BUCKET_KEY),
    ("s3", "us-west-2", {"s3": {"addressing_style": "path"}}, {}, "ListObjectsV2", _LIST),
    ("s3", "us-west-2", {}, {}, "PutObject", {**_BUCKET_KEY, "Body": b"x"}),
    ("s3", "us-east-1", {}, {}, "ListBuckets", {}),
    ("s3", "us-west-2", {}, {}, "GetObject", {"Bucket": _ACCESS_POINT, "Key": "k"}),
    ("s3", "us-east-1", {"use_dualstack_endpoint": True}, {}, "HeadBucket", {"Bucket": "mybucket"}),
    ("s3", "us-east-1", {"s3": {"use_dualstack_endpoint": True}}, {}, "HeadBucket", {"Bucket": "mybucket"}),
    ("s3", "us-gov-west-1", {"use_fips_endpoint": True}, {}, "GetObject", _BUCKET_KEY),
    ("s3", "cn-north-1", {}, {}, "GetObject", _BUCKET_KEY),
    ("s3", "eu-west-1", {"endpoint_url": "http://localhost:9000"}, {}, "GetObject", _BUCKET_KEY),
    ("s3", "eu-west-1", {"endpoint_url": "http://localhost:9000"}, {}, "ListObjectsV2", _LIST),
    ("s3control", "us-west-2", {}, {}, "ListAccessPoints", {"AccountId": "123456789012"}),
    ("sts", "us-east-1", {}, {}, "GetCallerIdentity", {}),
    ("sts", "eu-central-1", {}, {}, "GetCallerIdentity", {}),
    ("sts", "us-gov-west-1", {}, {}, "GetCallerIdentity", {}),
    ("sts", "us-east-2", {}, {"AWS_USE_FIPS_ENDPOINT": "true"}, "GetCallerIdentity", {}),
    ("sts", "us-east-1", {}, {"AWS_STS_REGIONAL_ENDPOINTS": "legacy"}, "GetCallerIdentity", {}),
    ("dynamodb", "us-east-1", {}, {}, "ListTables", {}),
    ("dynamodb", "us-east-1", {"use_fips_endpoint": True}, {}, "ListTables", {}),
    ("dynamodb", "us-west-2", {}, {"AWS_USE_DUALSTACK_ENDPOINT": "true"}, "ListTables", {}),
    ("dynamodb", "eu-west-1", {"endpoint_url": "http://localhost:8000"}, {}, "ListTables", {}),
    ("dynamodb", "us-east-1", {"account_id": "123456789012"}, {}, "ListTables", {}),
    ("dynamodb", "eu-west-1", {"account_id": "123456789012"}, {"AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled"}, "ListTables", {}),
    ("ec2", "cn-north-1", {}, {}, "DescribeRegions", {}),
    ("ec2", "us-gov-west-1", {}, {}, "DescribeRegions", {}),
    ("ec2", "us-east-1", {"use_fips_endpoint": True, "use_dualstack_endpoint": True}, {}, "DescribeRegions", {}),
]  # fmt: skip


class _Sent(Exception):
    """What botocore was about to send: raised in place of sending it."""

    def __init__(self, request: Any) -> None:
        super().__init__()
        self.request = request


def _scope(authorization: str) -> tuple[str, str]:
    """(region, service) of a SigV4 Authorization header's credential scope."""
    credential = authorization.split("Credential=")[1].split(",")[0]
    _, _, region, service, _ = credential.split("/")
    return region, service


@pytest.mark.parametrize(
    "name,region,config,environ,operation,args",
    TRANSPORT_CASES,
    ids=[f"{c[0]}-{c[1]}-{c[4]}-{i}" for i, c in enumerate(TRANSPORT_CASES)],
)
def test_standalone_transport_endpoint(
    packages: None,
    session: Any,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    region: str,
    config: dict[str, Any],
    environ: dict[str, str],
    operation: str,
    args: dict[str, Any],
) -> None:
    """A standalone client's transport sends a call to the URL a botocore client sends
    it to, signed for the same name and region."""
    for variable, value in environ.items():
        monkeypatch.setenv(variable, value)
    settings_ = dict(config)
    endpoint_url = settings_.pop("endpoint_url", None)
    account = settings_.pop("account_id", None)  # the credentials' account
    theirs = session.create_client(
        name,
        region_name=region,
        endpoint_url=endpoint_url,
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
        aws_account_id=account,
        config=Config(**settings_),
    )

    def capture(request: Any, **_: Any) -> None:
        raise _Sent(request)

    theirs.meta.events.register("before-send", capture)
    with pytest.raises(_Sent) as sent:
        getattr(theirs, botocore.xform_name(operation))(**args)
    expected_url = sent.value.request.url
    expected_scope = _scope(sent.value.request.headers["Authorization"].decode())

    package = names.package_name(name)
    transport_module = importlib.import_module(f"{package}._transport")
    table = importlib.import_module(f"{package}.operations").OPERATIONS
    op = next(o for o in table.values() if o.name == operation)
    client_module = importlib.import_module(f"{package}.client")
    client_class = next(
        value
        for key, value in vars(client_module).items()
        if isinstance(value, type)
        and key.endswith("Client")
        and value.__module__ == client_module.__name__
    )
    client = client_class(
        region_name=region,
        endpoint_url=endpoint_url,
        credentials=("AKIDEXAMPLE", "secret", None, account),
        config=transport_module.Config(**settings_),
    )
    cls = op.input_class()
    request = cls.from_value(args) if cls is not None else None
    http_request = op.serialize(request)
    endpoint = client.transport.endpoint(op, request, http_request)
    assert http_request.url(endpoint.url) == expected_url
    assert (endpoint.signing_region, endpoint.signing_name) == expected_scope
    import datetime

    now = datetime.datetime.now(datetime.timezone.utc)
    headers, _ = client.transport.sign(op, http_request, endpoint, now)
    assert _scope(headers["Authorization"]) == expected_scope


@pytest.mark.parametrize(
    "name,region,config,operation,args,message",
    [
        ("ec2", "not a region!", {}, "DescribeRegions", {}, "invalid region name"),
        ("s3", "cn-north-1", {"s3": {"use_accelerate_endpoint": True}}, "GetObject",
         _BUCKET_KEY, "S3 Accelerate cannot be used in this region"),
        ("s3", "us-east-1", {}, "GetObject",
         {"Bucket": "arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap", "Key": "k"},
         "is signed with SigV4a, which the standalone transport does not support"),
    ],
)  # fmt: skip
def test_standalone_transport_endpoint_errors(
    packages: None,
    session: Any,
    name: str,
    region: str,
    config: dict[str, Any],
    operation: str,
    args: dict[str, Any],
    message: str,
) -> None:
    """Where the rules give no endpoint the transport says which service, region and
    why; an endpoint signed with SigV4a only is refused plainly."""
    package = names.package_name(name)
    transport_module = importlib.import_module(f"{package}._transport")
    runtime = importlib.import_module(f"{package}._endpoints")
    op = next(
        o
        for o in importlib.import_module(f"{package}.operations").OPERATIONS.values()
        if o.name == operation
    )
    transport = transport_module.standalone(
        op.service,
        region,
        None,
        ("AKIDEXAMPLE", "secret"),
        None,
        transport_module.Config(**config),
    )
    cls = op.input_class()
    request = cls.from_value(args) if cls is not None else None
    with pytest.raises(runtime.EndpointError) as error:
        transport.endpoint(op, request, op.serialize(request))
    assert str(error.value).startswith(f"{name} in region {region!r}: ")
    assert message in str(error.value)


def test_standalone_call_imports_endpoints_on_first_call() -> None:
    """A standalone client imports no endpoint code until its first call resolves an
    endpoint; a call goes where the rules say (here a custom endpoint URL)."""
    code = (
        "import sys, botogen_connect\n"
        "from botogen_connect import ConnectClient\n"
        "from botogen_connect.operations import OPERATIONS\n"
        "c = ConnectClient(region_name='eu-west-2', credentials=('a', 'b'))\n"
        "print(sorted(m for m in sys.modules if 'endpoints' in m))\n"
        "op = OPERATIONS['list_instances']\n"
        "r = op.input_class().make()\n"
        "print(c.transport.endpoint(op, r, op.serialize(r)).url)\n"
        "print(sorted(m for m in sys.modules if 'endpoints' in m))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(GENERATED)}
    for name in [n for n in env if n.startswith("AWS_")]:
        del env[name]
    env["AWS_CONFIG_FILE"] = env["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env
    )
    assert result.stdout.split("\n")[:3] == [
        "[]",
        "https://connect.eu-west-2.amazonaws.com",
        "['botogen_connect._endpoints', 'botogen_connect.endpoints']",
    ], result.stderr
