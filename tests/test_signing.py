"""SigV4 signing, event-stream frame signing and request checksums (the package's
`_sigv4` module), against botocore and against independent implementations.

- Requests: for random valid params of operations of ten rest-json and json services
  (serialized by the generated code), and for any request hypothesis can build (paths
  with unicode, reserved characters, dot segments and empty segments; query values;
  repeated and padded headers; file bodies), the `Authorization`, `X-Amz-Date`,
  `X-Amz-Security-Token` and `X-Amz-Content-SHA256` headers equal what botocore's
  `SigV4Auth` (`S3SigV4Auth` for s3) adds to the same request (an `AWSRequest` of the
  same method, URL, headers and body) at the same time with the same credentials.
- s3 and s3control: requests serialized by botocore from random params, then the
  checksum and the signature botocore's client applies (`httpchecksum` resolved and
  applied, then `S3SigV4Auth`) against `sign_operation` with the generated operation
  table: every header, and the aws-chunked body of a streaming upload. botocore has no
  CRC32C or CRC64NVME without awscrt; the `crc32c` and `crc64fast` packages stand in
  for them (there and in the checksum tests), so botocore's own flow runs with them.
- Event streams: botocore signs no input stream, so the chained frame signatures are
  checked against the published algorithm computed here, on frames read back with
  botocore's event-stream decoder.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import importlib
import io
import os
import struct
import sys
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import quote

import crc32c
import crc64fast
import pytest
from botocore import httpchecksum
from botocore.auth import S3SigV4Auth, SigV4Auth
from botocore.awsrequest import AWSRequest, create_request_object, prepare_request_dict
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.eventstream import EventStreamBuffer
from botocore.exceptions import (
    FlexibleChecksumError,
    MissingDependencyException,
    ParamValidationError,
)
from botocore.serialize import create_serializer
from hypothesis import assume, given
from hypothesis import strategies as st

from generator import names, render
from generator.resources import TEMPLATES
from oracles import botocore_model, oracle_settings, service_ir
from strategies import params

#: Services of each protocol this branch can serialize: rest-json, then json.
SERVICES = [
    "connect", "lambda", "apigateway", "bedrock-runtime", "iot-data",
    "dynamodb", "kinesis", "sqs", "logs", "ssm",
]  # fmt: skip
OPERATIONS_PER_SERVICE = 6
DRAWS = int(os.environ.get("BOTOGEN_SIGNING_DRAWS", "8"))

NOW = datetime.datetime(2026, 3, 4, 23, 59, 58)
CREDENTIALS = [
    ("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None),
    ("ASIAEXAMPLE", "c2VjcmV0/+=", "FwoGZXIvYXdzE//token+with/reserved=="),
]
ENDPOINTS = [
    "https://service.us-east-1.amazonaws.com",
    "https://service.cn-north-1.amazonaws.com.cn",
    "http://localhost:8080",
    "http://127.0.0.1:80",
    "https://Mixed.Case.Example.COM:443",
    "https://example.com:8443/base/path",
]
REGIONS = ["us-east-1", "eu-west-1", "cn-north-1", "us-gov-west-1"]
SIGNED = ("Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-SHA256")


# -- botocore, the oracle --------------------------------------------------------------


def botocore_signed(
    http: Any,
    endpoint: str,
    credentials: tuple[str, str, str | None],
    service: str,
    region: str,
    when: datetime.datetime,
    s3: bool = False,
    context: dict[str, Any] | None = None,
) -> dict[str, str]:
    """The headers botocore's signer leaves on the same request."""
    request = AWSRequest(
        method=http.method,
        url=http.url(endpoint),
        headers=dict(http.headers),
        data=http.body,
    )
    request.context.update(context or {})
    signer = (S3SigV4Auth if s3 else SigV4Auth)(
        Credentials(*credentials), service, region
    )
    with mock.patch("botocore.auth.get_current_datetime", return_value=when):
        signer.add_auth(request)
    return dict(request.headers.items())


def assert_same_signature(ours: dict[str, str], theirs: dict[str, str]) -> None:
    lowered = {name.lower(): value for name, value in ours.items()}
    for name in (*SIGNED, "Date"):
        assert lowered.get(name.lower()) == _get(theirs, name), name


def _get(headers: dict[str, str], name: str) -> str | None:
    values = [v for k, v in headers.items() if k.lower() == name.lower()]
    return ",".join(values) if values else None


# -- the packages ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample services, s3 and s3control rendered into a folder on sys.path
    (Connect is committed; black's formatting changes nothing here and is skipped).
    The rest-xml wire module may not be on this branch: s3's operation tables and
    classes are what the checksums read."""
    out = tmp_path_factory.mktemp("signing") / "out"
    available = tuple(
        m
        for m in render.PROTOCOL_MODULES["rest-xml"]
        if (TEMPLATES / "static" / f"{m}.py").exists()
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(render.PROTOCOL_MODULES, "rest-xml", available)
        extra = {service for service, _ in SIGNING_TRAITS}
        for service in (*SERVICES[1:], "s3", "s3control", *sorted(extra)):
            for path, text in render.render(service_ir(service), "test").items():
                (out / path).parent.mkdir(parents=True, exist_ok=True)
                (out / path).write_text(text)
    sys.path.insert(0, str(out))
    return out


def _package(service: str) -> Any:
    return importlib.import_module(names.package_name(service))


def _signer(service: str) -> Any:
    return importlib.import_module(names.package_name(service) + "._sigv4")


def _operation(service: str, operation: str) -> Any:
    package = _package(service)
    table = importlib.import_module(package.__name__ + ".operations").OPERATIONS
    return table[names.snake_case(operation)]


def _plain_input(ir: Any, op: Any) -> bool:
    return op.input is None or not any(
        ir.shape(m.target).event_stream for m in ir.shape(op.input).members
    )


def _operations(service: str) -> list[str]:
    ir = service_ir(service)
    usable = [op.name for op in ir.operations if _plain_input(ir, op)]
    step = max(1, len(usable) // OPERATIONS_PER_SERVICE)
    return usable[::step][:OPERATIONS_PER_SERVICE]


def _s3_operations() -> list[tuple[str, str]]:
    """Every s3 operation with a checksum trait or a streaming input, a few others,
    and a sample of s3control's (each has a host prefix and requires a checksum)."""
    s3 = service_ir("s3")
    chosen = [
        op.name
        for op in s3.operations
        if op.checksum or op.unsigned_payload or op.name in ("GetObject", "ListObjects")
    ]
    control = [op.name for op in service_ir("s3control").operations][::20]
    return [("s3", name) for name in chosen] + [("s3control", name) for name in control]


# -- requests of real services ---------------------------------------------------------


#: Operations whose model says how to sign them: an unsigned payload, no signature.
SIGNING_TRAITS = [
    ("ebs", "PutSnapshotBlock"),
    ("lex-runtime", "PostContent"),
    ("cognito-identity", "GetId"),
    ("cognito-identity", "GetCredentialsForIdentity"),
]


@pytest.mark.parametrize(
    ("service", "operation"),
    [(service, op) for service in SERVICES for op in _operations(service)]
    + SIGNING_TRAITS,
)
@given(data=st.data())
@oracle_settings(DRAWS)
def test_requests(
    packages: Path, service: str, operation: str, data: st.DataObject
) -> None:
    ir = service_ir(service)
    op_ir = next(op for op in ir.operations if op.name == operation)
    op = _operation(service, operation)
    p = data.draw(params(ir, op_ir.input), label="params") if op_ir.input else {}
    request = op.input_class().from_value(p) if op_ir.input else None
    if request is not None:
        request._checked = True
    http = op.serialize(request)
    endpoint = data.draw(st.sampled_from(ENDPOINTS), label="endpoint")
    credentials = data.draw(st.sampled_from(CREDENTIALS), label="credentials")
    region = data.draw(st.sampled_from(REGIONS), label="region")
    headers, body = _signer(service).sign_operation(
        op, http, endpoint, credentials, region, now=NOW
    )
    assert body is http.body
    assert {k: v for k, v in headers.items() if k not in (*SIGNED, "Host")} == (
        http.headers
    )
    # what botocore's model says of signing the operation
    model = botocore_model(service)
    op_model = model.operation_model(operation)
    if op_model.auth_type == "none" or (op_model.auth or [""])[0].endswith("noAuth"):
        assert "Authorization" not in headers
        return
    unsigned = op_model.auth_type == "v4-unsigned-body" or op_model.unsigned_payload
    context = {"payload_signing_enabled": not unsigned}
    theirs = botocore_signed(
        http, endpoint, credentials, model.signing_name, region, NOW, context=context
    )
    assert_same_signature(headers, theirs)


# -- any request -----------------------------------------------------------------------

_SEGMENT_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6
)
_SEGMENTS = st.lists(
    st.one_of(
        _SEGMENT_TEXT.map(lambda s: quote(s, safe="-_.~")),
        _SEGMENT_TEXT.map(lambda s: quote(s, safe="/~")),  # a greedy label
        st.sampled_from(["", ".", "..", "a b", "%2F", "~user", "key=v&x"]),
    ),
    max_size=5,
)
_HEADER_NAMES = st.sampled_from(
    [
        "Content-Type", "content-type", "X-Amz-Meta-Key", "x-amz-meta-key", "X-Custom",
        "User-Agent", "Expect", "Content-MD5", "X-Amz-Target", "Date", "X-Amz-Date",
        "Authorization", "X-Amz-Security-Token", "x-amz-content-sha256",
        "X-Amzn-Trace-Id", "Transfer-Encoding", "Accept",
    ]
)  # fmt: skip
_HEADER_VALUES = st.text(
    st.sampled_from(list("ab Z09-_/:;,.=\t\u00e9\u4e2d \u00a0")), max_size=12
)


@st.composite
def any_request(draw: st.DrawFn, http_request: Any) -> Any:
    """A request as any serializer could make it: an encoded path, query pairs,
    headers, and bytes or a file for a body (perhaps read partly already)."""
    path = "/" + "/".join(draw(_SEGMENTS))
    query = draw(
        st.lists(
            st.tuples(_SEGMENT_TEXT, st.none() | _SEGMENT_TEXT.filter(bool)),
            max_size=4,
        )
    )
    headers = draw(st.dictionaries(_HEADER_NAMES, _HEADER_VALUES, max_size=5))
    data = draw(st.binary(max_size=64))
    body: Any = data
    if draw(st.booleans()):
        body = io.BytesIO(data)
        body.seek(draw(st.integers(0, len(data))))
    method = draw(st.sampled_from(["GET", "PUT", "POST", "DELETE", "HEAD", "patch"]))
    prefix = draw(st.sampled_from(["", "123456789012.", "data-", "Tenant."]))
    return http_request(method, path, query, headers, body, prefix)


@given(data=st.data())
@oracle_settings(300)
def test_any_request(data: st.DataObject) -> None:
    from botogen_connect import HttpRequest, _sigv4

    http = data.draw(any_request(HttpRequest), label="request")
    s3 = data.draw(st.booleans(), label="s3")
    endpoint = data.draw(st.sampled_from(ENDPOINTS), label="endpoint")
    credentials = data.draw(st.sampled_from(CREDENTIALS), label="credentials")
    streaming = data.draw(st.booleans(), label="streaming input")
    unsigned = data.draw(st.booleans(), label="unsigned payload")
    when = data.draw(
        st.datetimes(datetime.datetime(2000, 1, 1), datetime.datetime(2099, 1, 1)),
        label="time",
    ).replace(microsecond=0)
    aware = data.draw(st.booleans(), label="aware")
    now = when.replace(tzinfo=datetime.timezone.utc) if aware else when
    position = None if isinstance(http.body, bytes) else http.body.tell()
    ours = _sigv4.sign(
        http,
        endpoint,
        credentials,
        "s3" if s3 else "execute-api",
        "us-west-2",
        now=now,
        s3=s3,
        streaming_input=streaming,
        unsigned_payload=unsigned,
    )
    if position is not None:
        assert http.body.tell() == position  # put back for the send
    context = {
        "has_streaming_input": streaming,
        "payload_signing_enabled": not unsigned,
    }
    theirs = botocore_signed(
        http,
        endpoint,
        credentials,
        "s3" if s3 else "execute-api",
        "us-west-2",
        when,
        s3=s3,
        context=context,
    )
    assert_same_signature(ours, theirs)


def test_hand_made_requests() -> None:
    """The corners the SigV4 test suite names, each against botocore."""
    from botogen_connect import HttpRequest, _sigv4

    cases = [
        HttpRequest("GET", "/", [], {}),
        HttpRequest("GET", "/example/..//./x/%E2%82%AC/", [("b", "2"), ("a", "2")], {}),
        HttpRequest(
            "GET", "/", [("Param", "val ue"), ("Param", "a"), ("bare", None)], {}
        ),
        HttpRequest(
            "POST", "/", [], {"My-Header1": "  a   b   c  ", "my-header1": "d"}
        ),
        HttpRequest("GET", "/a%20b/%F0%9F%98%80", [("k", "\u00e9\u4e2d/?&=")], {}),
        HttpRequest("PUT", "/bucket/key/../with spaces", [], {}, b"x" * 70000),
        HttpRequest("GET", "/", [], {"Date": "Mon, 09 Sep 2011 23:36:00 GMT"}),
        HttpRequest("GET", "/", [], {"Host": "other.example.com"}, b"", "ignored."),
    ]
    for http in cases:
        for s3 in (False, True):
            for credentials in CREDENTIALS:
                for endpoint in ENDPOINTS:
                    ours = _sigv4.sign(
                        http, endpoint, credentials, "svc", "us-east-1", now=NOW, s3=s3
                    )
                    theirs = botocore_signed(
                        http, endpoint, credentials, "svc", "us-east-1", NOW, s3=s3
                    )
                    assert_same_signature(ours, theirs)


def test_host_header() -> None:
    """The host signed (and sent): the prefix, lower case, the port unless it is the
    scheme's own, as `HttpRequest.url` builds the URL."""
    from botogen_connect import HttpRequest, _sigv4

    http = HttpRequest("GET", "/x", [], {}, b"", "Acct.")
    host = {
        "https://S3.Example.com": "acct.s3.example.com",
        "https://s3.example.com:443/base": "acct.s3.example.com",
        "http://localhost:8080": "acct.localhost:8080",
        "http://user:pw@example.com:80": "acct.example.com",
    }
    for endpoint, expected in host.items():
        assert _sigv4.sign(http, endpoint, CREDENTIALS[0], "s", "r")["Host"] == expected
    http.host_prefix = ""
    for endpoint in ("https://[::1]:4443", "https://[::1]:443/"):
        ours = _sigv4.sign(http, endpoint, CREDENTIALS[0], "s", "r", now=NOW)
        assert ours["Host"] == ("[::1]:4443" if "4443" in endpoint else "[::1]")
        theirs = botocore_signed(http, endpoint, CREDENTIALS[0], "s", "r", NOW)
        assert_same_signature(ours, theirs)


def test_unseekable_bodies() -> None:
    """A stream that cannot be rewound is hashed by no one: s3 over https with a
    checksum sends it unsigned, as botocore does; elsewhere signing says why it cannot.
    """
    from botogen_connect import HttpRequest, _sigv4

    class Stream(io.RawIOBase):
        def readable(self) -> bool:
            return True

    headers = {"Content-MD5": "1B2M2Y8AsgTpgAmY7PhCfg=="}
    http = HttpRequest("PUT", "/b/k", [], headers, Stream())  # type: ignore[arg-type]
    endpoint = "https://s3.amazonaws.com"
    ours = _sigv4.sign(
        http, endpoint, CREDENTIALS[0], "s3", "us-east-1", now=NOW, s3=True,
        streaming_input=True,
    )  # fmt: skip
    assert ours["X-Amz-Content-SHA256"] == _sigv4.UNSIGNED_PAYLOAD
    context = {"has_streaming_input": True}
    theirs = botocore_signed(
        http, endpoint, CREDENTIALS[0], "s3", "us-east-1", NOW, True, context
    )
    assert_same_signature(ours, theirs)
    with pytest.raises(ValueError, match="cannot be rewound"):
        _sigv4.sign(http, endpoint, CREDENTIALS[0], "lambda", "us-east-1")


def test_signing_key_cache() -> None:
    """Keys are kept per secret, day, region and service: another of any of them signs
    differently, and a signature made from the cache equals a fresh one."""
    from botogen_connect import HttpRequest, _sigv4

    http = HttpRequest("GET", "/", [], {})
    e = ENDPOINTS[0]
    first = _sigv4.sign(http, e, CREDENTIALS[0], "svc", "us-east-1", now=NOW)
    again = _sigv4.sign(http, e, CREDENTIALS[0], "svc", "us-east-1", now=NOW)
    _sigv4._KEYS.clear()
    fresh = _sigv4.sign(http, e, CREDENTIALS[0], "svc", "us-east-1", now=NOW)
    assert first == again == fresh
    others = [
        _sigv4.sign(
            http, e, ("AKIDEXAMPLE", "other", None), "svc", "us-east-1", now=NOW
        ),
        _sigv4.sign(http, e, CREDENTIALS[0], "svc", "us-east-1", now=NOW + _DAY),
        _sigv4.sign(http, e, CREDENTIALS[0], "svc", "eu-west-1", now=NOW),
        _sigv4.sign(http, e, CREDENTIALS[0], "other", "us-east-1", now=NOW),
    ]
    assert len({h["Authorization"].rpartition("=")[2] for h in [first, *others]}) == 5


_DAY = datetime.timedelta(days=1)


# -- s3 and s3control: checksums and signatures ----------------------------------------


class _Crc32c(httpchecksum.BaseChecksum):
    """CRC32C from the crc32c package, for botocore's checksum flow."""

    def __init__(self) -> None:
        self._crc = 0

    def update(self, chunk: bytes) -> None:
        self._crc = crc32c.crc32c(chunk, self._crc)

    def digest(self) -> bytes:
        return self._crc.to_bytes(4, "big")


class _Crc64Nvme(httpchecksum.BaseChecksum):
    """CRC64NVME from the crc64fast package, for botocore's checksum flow."""

    def __init__(self) -> None:
        self._hasher = crc64fast.crc64fast()

    def update(self, chunk: bytes) -> None:
        self._hasher.update(bytes(chunk))

    def digest(self) -> bytes:
        return bytes(self._hasher.digest())


_INDEPENDENT = {"crc32c": _Crc32c, "crc64nvme": _Crc64Nvme}


def _botocore_checksummed(
    model: Any,
    operation: str,
    p: dict[str, Any],
    endpoint: str,
    credentials: tuple[str, str, str | None],
    region: str,
    when_supported: bool,
) -> AWSRequest:
    """What botocore's client does to the params: serialize, resolve and apply the
    checksum, then sign with S3SigV4Auth (the signing name is s3 for s3control too)."""
    op_model = model.operation_model(operation)
    serializer = create_serializer(model.resolved_protocol, include_validation=False)
    request = serializer.serialize_to_request(p, op_model)
    config = Config(
        request_checksum_calculation=(
            "when_supported" if when_supported else "when_required"
        )
    )
    prepare_request_dict(
        request,
        endpoint_url=endpoint,
        context={
            "client_config": config,
            "has_streaming_input": op_model.has_streaming_input,
        },
    )
    supported = [*httpchecksum._SUPPORTED_CHECKSUM_ALGORITHMS, *_INDEPENDENT]
    with mock.patch.dict(httpchecksum._CHECKSUM_CLS, _INDEPENDENT):
        httpchecksum.resolve_request_checksum_algorithm(
            request, op_model, p, supported_algorithms=supported
        )
        httpchecksum.apply_request_checksum(request)
    aws = create_request_object(request)
    if op_model.unsigned_payload or op_model.auth_type == "v4-unsigned-body":
        aws.context["payload_signing_enabled"] = False
    with mock.patch("botocore.auth.get_current_datetime", return_value=NOW):
        S3SigV4Auth(Credentials(*credentials), "s3", region).add_auth(aws)
    return aws


def _http_request(
    model: Any, operation: str, p: dict[str, Any], http_request: Any
) -> Any:
    """Our HttpRequest for botocore's serialization of the same params (this branch
    may have no rest-xml serializer of its own)."""
    op_model = model.operation_model(operation)
    serializer = create_serializer(model.resolved_protocol, include_validation=False)
    request = serializer.serialize_to_request(p, op_model)
    path, _, static = request["url_path"].partition("?")
    query: list[tuple[str, str | None]] = []
    for part in static.split("&") if static else []:
        name, equals, value = part.partition("=")
        query.append((name, value if equals else None))
    for name, value in request["query_string"].items():
        for item in value if isinstance(value, list) else [value]:
            query.append((name, str(item)))
    return http_request(
        request["method"],
        path,
        query,
        dict(request["headers"]),
        request["body"],
        request.get("host_prefix") or "",
    )


@pytest.mark.parametrize(("service", "operation"), _s3_operations())
@given(data=st.data())
@oracle_settings(DRAWS)
def test_s3_checksums_and_signatures(
    packages: Path, service: str, operation: str, data: st.DataObject
) -> None:
    ir = service_ir(service)
    model = botocore_model(service)
    op_ir = next(op for op in ir.operations if op.name == operation)
    p = data.draw(params(ir, op_ir.input), label="params") if op_ir.input else {}
    for member in ir.shape(op_ir.input).members if op_ir.input else ():
        if member.host_label:  # a DNS label: Python's \d matches more than ASCII
            digits = st.text("0123456789", min_size=12, max_size=12)
            p[member.wire_name] = data.draw(digits, label=member.wire_name)
    algorithm = p.get("ChecksumAlgorithm")
    assume(algorithm is None or algorithm.lower() in ("crc32", "sha1", "sha256",
           "sha512", "crc32c", "crc64nvme"))  # fmt: skip
    if op_ir.name in ("PutObject", "UploadPart") and data.draw(st.booleans()):
        p["Body"] = data.draw(st.binary(max_size=3000), label="file body")
    endpoint = data.draw(
        st.sampled_from(["https://s3.us-east-1.amazonaws.com", "http://127.0.0.1:9000"])
    )
    credentials = data.draw(st.sampled_from(CREDENTIALS), label="credentials")
    region = data.draw(st.sampled_from(REGIONS), label="region")
    when_supported = data.draw(st.booleans(), label="when_supported")
    files = isinstance(p.get("Body"), bytes) and data.draw(st.booleans(), label="file")

    package = _package(service)
    op = _operation(service, operation)
    ours_p = {**p, "Body": io.BytesIO(p["Body"])} if files else p
    theirs_p = {**p, "Body": io.BytesIO(p["Body"])} if files else p
    try:
        http = _http_request(model, operation, ours_p, package.HttpRequest)
        aws = _botocore_checksummed(
            model, operation, theirs_p, endpoint, credentials, region, when_supported
        )
    except (ParamValidationError, ValueError, RuntimeError):
        # a host label botocore will not send, or a member its own customizations
        # retype (s3's Expires is a timestamp in botocore, a string in the model: a
        # string such as "INF" reads as a float, then fails as a date)
        assume(False)
    assert http.url(endpoint) == aws.url
    headers, body = _signer(service).sign_operation(
        op,
        http,
        endpoint,
        credentials,
        region,
        now=NOW,
        when_supported=when_supported,
    )
    theirs = {k.lower(): v for k, v in aws.headers.items()}
    assert {k.lower(): v for k, v in headers.items() if k != "Host"} == theirs
    assert _read(body) == _read(aws.body)


def _read(body: Any) -> bytes:
    if body is None or isinstance(body, bytes):
        return body or b""
    return body.read()


# -- checksums -------------------------------------------------------------------------

_REFERENCES: dict[str, Any] = {
    "CRC32": httpchecksum.Crc32Checksum,
    "SHA1": httpchecksum.Sha1Checksum,
    "SHA256": httpchecksum.Sha256Checksum,
    "SHA512": httpchecksum.Sha512Checksum,
    "CRC32C": _Crc32c,
    "CRC64NVME": _Crc64Nvme,
}


@given(data=st.binary(max_size=2000), algorithm=st.sampled_from(sorted(_REFERENCES)))
@oracle_settings(200)
def test_checksums(data: bytes, algorithm: str) -> None:
    from botogen_connect import _sigv4

    expected = _REFERENCES[algorithm]().handle(data)
    assert _sigv4.checksum(data, algorithm) == expected
    assert _sigv4.checksum(data, algorithm.lower()) == expected
    stream = io.BytesIO(b"ahead" + data)
    stream.seek(5)
    assert _sigv4.checksum(stream, algorithm) == expected
    assert stream.tell() == 5


def test_checksum_check_values() -> None:
    """The catalogue's check values (the digest of b"123456789"), and MD5's."""
    from botogen_connect import _sigv4

    check = {
        "CRC32": "cbf43926",
        "CRC32C": "e3069283",
        "CRC64NVME": "ae8b14860a799888",
        "MD5": hashlib.md5(b"123456789").hexdigest(),
    }
    for algorithm, hex_digest in check.items():
        digest = base64.b64decode(_sigv4.checksum(b"123456789", algorithm))
        assert digest.hex() == hex_digest, algorithm
    with pytest.raises(ValueError, match="XXHASH3"):
        _sigv4.checksum(b"", "XXHASH3")


def test_unsupported_algorithm(packages: Path) -> None:
    """An algorithm the caller names that this module cannot compute says so, as
    botocore does (it names the missing dependency)."""
    model = botocore_model("s3")
    p = {"Bucket": "b", "Policy": "{}", "ChecksumAlgorithm": "XXHASH3"}
    package = _package("s3")
    http = _http_request(model, "PutBucketPolicy", p, package.HttpRequest)
    op = _operation("s3", "PutBucketPolicy")
    with pytest.raises(ValueError, match="'xxhash3' is not available"):
        _signer("s3").add_checksum(http, op)
    with pytest.raises((FlexibleChecksumError, MissingDependencyException)):
        _botocore_checksummed(
            model, "PutBucketPolicy", p, "https://s3.amazonaws.com", CREDENTIALS[0],
            "us-east-1", True,
        )  # fmt: skip


def test_legacy_md5(packages: Path) -> None:
    """`default="MD5"` sends Content-MD5, as botocore did before flexible checksums;
    a second call changes nothing."""
    package = _package("s3control")
    op = _operation("s3control", "PutBucketTagging")
    http = _http_request(
        botocore_model("s3control"),
        "PutBucketTagging",
        {"AccountId": "123456789012", "Bucket": "b", "Tagging": {"TagSet": []}},
        package.HttpRequest,
    )
    sigv4 = _signer("s3control")
    assert sigv4.add_checksum(http, op, default="MD5") == "Content-MD5"
    expected = base64.b64encode(hashlib.md5(http.body).digest()).decode()
    assert http.headers["Content-MD5"] == expected
    before = dict(http.headers)
    assert sigv4.add_checksum(http, op, default="MD5") == "Content-MD5"
    assert http.headers == before
    assert not any(name.startswith("x-amz-checksum") for name in before)


def test_aws_chunked_body_starts_over(packages: Path) -> None:
    """An aws-chunked body reads the same after `seek(0)` (a retry), read whole, in
    pieces or iterated."""
    from botogen_connect import _sigv4

    data = bytes(range(256)) * 50
    body = _sigv4.AwsChunkedBody(io.BytesIO(data), "crc32", chunk_size=1000)
    whole = body.read()
    body.seek(0)
    pieces = b"".join(iter(lambda: body.read(333), b""))
    body.seek(0)
    assert whole == pieces == b"".join(body)
    reference = httpchecksum.AwsChunkedWrapper(
        io.BytesIO(data), httpchecksum.Crc32Checksum, "x-amz-checksum-crc32", 1000
    )
    assert whole == reference.read()


# -- event streams ---------------------------------------------------------------------


def _amz_date(when: datetime.datetime) -> str:
    return when.strftime("%Y%m%dT%H%M%SZ")


def _reference_key(secret: str, day: str, region: str, service: str) -> bytes:
    key = ("AWS4" + secret).encode("utf-8")
    for part in (day, region, service, "aws4_request"):
        key = hmac.new(key, part.encode("utf-8"), hashlib.sha256).digest()
    return key


@pytest.mark.parametrize("credentials", CREDENTIALS)
def test_event_stream_signing(packages: Path, credentials: Any) -> None:
    """Bedrock Runtime's bidirectional stream: the request is signed for a stream of
    events as botocore signs a request with that payload hash, then each frame is
    wrapped in a message whose `:chunk-signature` chains from the request's signature
    (the published algorithm, computed here), across midnight, and ends with a signed
    empty message."""
    package = _package("bedrock-runtime")
    op = _operation("bedrock-runtime", "InvokeModelWithBidirectionalStream")
    shapes = importlib.import_module(package.__name__)
    events = [
        shapes.InvokeModelWithBidirectionalStreamInput.make(
            chunk=shapes.BidirectionalInputPayloadPart.make(bytes_=payload)
        )
        for payload in (b'{"event": 1}', b"", b"\x00\xff" * 300)
    ]
    request = op.input_class().make(
        model_id="amazon.nova-sonic-v1:0", body=iter(events)
    )
    http = op.serialize(request)
    times = [NOW + datetime.timedelta(seconds=s) for s in (0, 1, 2, 3)]  # past midnight
    clock = iter(times)
    endpoint = "https://bedrock-runtime.us-east-1.amazonaws.com"
    headers, body = _signer("bedrock-runtime").sign_operation(
        op, http, endpoint, credentials, "us-east-1", now=NOW, clock=lambda: next(clock)
    )
    assert headers["X-Amz-Content-SHA256"] == "STREAMING-AWS4-HMAC-SHA256-EVENTS"
    http.headers["X-Amz-Content-SHA256"] = "STREAMING-AWS4-HMAC-SHA256-EVENTS"
    theirs = botocore_signed(http, endpoint, credentials, "bedrock", "us-east-1", NOW)
    assert_same_signature(headers, theirs)

    envelopes = _decode(b"".join(body))
    assert len(envelopes) == len(events) + 1
    prior = headers["Authorization"].rpartition("Signature=")[2]
    for envelope, when in zip(envelopes, times, strict=True):
        day = _amz_date(when)[:8]
        milliseconds = (
            int(when.replace(tzinfo=datetime.timezone.utc).timestamp()) * 1000
        )
        assert envelope.headers[":date"] == milliseconds
        date_header = b"\x05:date\x08" + struct.pack(">q", milliseconds)
        to_sign = "\n".join(
            [
                "AWS4-HMAC-SHA256-PAYLOAD",
                _amz_date(when),
                f"{day}/us-east-1/bedrock/aws4_request",
                prior,
                hashlib.sha256(date_header).hexdigest(),
                hashlib.sha256(envelope.payload).hexdigest(),
            ]
        )
        key = _reference_key(credentials[1], day, "us-east-1", "bedrock")
        signature = hmac.new(key, to_sign.encode("utf-8"), hashlib.sha256).digest()
        assert envelope.headers[":chunk-signature"] == signature
        prior = signature.hex()
    inner = [_decode(envelope.payload) for envelope in envelopes[:-1]]
    assert [m[0].headers[":event-type"] for m in inner] == ["chunk"] * len(events)
    assert envelopes[-1].payload == b""


def _decode(data: bytes) -> list[Any]:
    buffer = EventStreamBuffer()
    buffer.add_data(data)
    return list(buffer)


def test_no_auth_operations(packages: Path) -> None:
    """`smithy.api#noAuth` operations (Cognito's GetId) and calls without credentials
    go unsigned."""
    from botogen_connect import HttpRequest, _sigv4, operations

    op = operations.OPERATIONS["start_web_rtc_contact"]
    http = HttpRequest("POST", "/contact/webrtc", [], {"Content-Type": "x"}, b"{}")
    headers, _ = _sigv4.sign_operation(op, http, ENDPOINTS[0], None, "us-east-1")
    assert "Authorization" not in headers and headers["Host"]
    get_id = _operation("cognito-identity", "GetId")
    assert get_id.auth == ("smithy.api#noAuth",)
    signed, _ = _signer("cognito-identity").sign_operation(
        get_id, http, ENDPOINTS[0], CREDENTIALS[0], "us-east-1"
    )
    assert "Authorization" not in signed
