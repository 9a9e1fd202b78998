"""Response checksums: the standalone transport asks for them and checks them as
botocore does (s3's GetObject is the operation whose model offers them).

botocore is the oracle for which checksum a response is checked against and whether it
passes (`handle_checksum_body` on the same headers and bytes); the scripted server
(tests/scripted.py) plays s3 end to end, the request's `ChecksumMode` header included.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import io
import zlib
from pathlib import Path
from typing import Any

import botocore.session
import pytest
from botocore.exceptions import FlexibleChecksumError
from botocore.httpchecksum import _SUPPORTED_CHECKSUM_ALGORITHMS, handle_checksum_body
from hypothesis import given, settings
from hypothesis import strategies as st

from scripted import Reply, Script, Standalone

BODY = b"the object's bytes, checked as they arrive"


@pytest.fixture(scope="module")
def packages(generated: Path) -> Path:
    assert (generated / "botogen_s3").is_dir()
    return generated


def _digest(algorithm: str, body: bytes) -> str:
    """The reference digests, from the standard library."""
    if algorithm == "crc32":
        raw = zlib.crc32(body).to_bytes(4, "big")
    else:
        raw = hashlib.new(algorithm, body).digest()
    return base64.b64encode(raw).decode()


def _object(headers: dict[str, str]) -> Reply:
    return Reply(200, BODY, {"Content-Type": "binary/octet-stream", **headers})


def test_get_object_asks_for_and_checks_the_checksum(
    packages: Path, server: tuple[str, Script]
) -> None:
    url, script = server
    s3 = Standalone("s3", url)
    script.reset(_object({"x-amz-checksum-crc32": _digest("crc32", BODY)}))
    output = s3.client.get_object(bucket="bucket", key="key")
    assert output.body.read() == BODY
    assert script.seen[0].headers["x-amz-checksum-mode"] == "ENABLED"


def test_a_body_that_does_not_match_raises_when_read(
    packages: Path, server: tuple[str, Script]
) -> None:
    url, script = server
    s3 = Standalone("s3", url)
    wrong = _digest("sha256", b"other bytes")
    script.reset(_object({"x-amz-checksum-sha256": wrong}))
    output = s3.client.get_object(bucket="bucket", key="key", checksum_mode="ENABLED")
    with pytest.raises(s3.package.ResponseParseError, match="SHA256") as raised:
        output.body.read()
    assert raised.value.status == 200


def test_a_multipart_checksum_is_not_checked(
    packages: Path, server: tuple[str, Script]
) -> None:
    """S3's checksum of a multipart object's part checksums (`digest-N`) is no
    checksum of the body: botocore skips it, and so do we."""
    url, script = server
    s3 = Standalone("s3", url)
    script.reset(_object({"x-amz-checksum-crc32": "AAAAAA==-3"}))
    output = s3.client.get_object(bucket="bucket", key="key")
    assert output.body.read() == BODY


# -- botocore as the oracle --------------------------------------------------------------


@pytest.fixture(scope="module")
def get_object(packages: Path) -> tuple[Any, Any, Any]:
    """(our GetObject operation, our _sigv4, botocore's operation model)."""
    operations = importlib.import_module("botogen_s3.operations").OPERATIONS
    sigv4 = importlib.import_module("botogen_s3._sigv4")
    model = botocore.session.get_session().get_service_model("s3")
    return operations["get_object"], sigv4, model.operation_model("GetObject")


def _botocore_reads(
    model: Any, headers: dict[str, str], body: bytes
) -> tuple[str | None, bool]:
    """(the algorithm botocore checks, whether reading the body passes)."""

    class HttpResponse:
        raw = io.BytesIO(body)
        content = body

    response = {"headers": headers, "body": body, "context": {}}
    context = {
        "checksum": {
            "response_algorithms": [
                a
                for a in ("crc64nvme", "crc32c", "crc32", "sha1", "sha256", "sha512")
                if a in _SUPPORTED_CHECKSUM_ALGORITHMS
            ]
        }
    }
    handle_checksum_body(HttpResponse(), response, context, model)
    algorithm = response["context"].get("checksum", {}).get("response_algorithm")
    stream = response["body"]
    try:
        stream.read() if not isinstance(stream, bytes) else None
    except FlexibleChecksumError:
        return algorithm, False
    return algorithm, True


@settings(max_examples=150, deadline=None)
@given(
    body=st.binary(max_size=300),
    checksums=st.dictionaries(
        st.sampled_from(
            [
                a
                for a in ("crc32", "sha1", "sha256")
                if a in _SUPPORTED_CHECKSUM_ALGORITHMS
            ]
        ),
        st.sampled_from(["right", "wrong", "multipart"]),
    ),
)
def test_the_checksum_checked_and_its_verdict_are_botocores(
    get_object: tuple[Any, Any, Any], body: bytes, checksums: dict[str, str]
) -> None:
    operation, sigv4, model = get_object
    headers = {}
    for algorithm, kind in checksums.items():
        digest = _digest(algorithm, body if kind != "wrong" else body + b"!")
        headers[f"x-amz-checksum-{algorithm}"] = (
            digest + "-2" if kind == "multipart" else digest
        )
    expected_algorithm, expected_pass = _botocore_reads(model, headers, body)

    request = operation.serialize(
        operation.input_class().make(bucket="b", key="k", checksum_mode="ENABLED")
    )
    chosen = sigv4.response_checksum(operation, request, headers)
    assert (chosen and chosen[0]) == expected_algorithm
    stream = sigv4.checked_response(operation, request, 200, headers, io.BytesIO(body))
    try:
        assert stream.read() == body
        passed = True
    except Exception as error:  # noqa: BLE001 - the type is checked below
        assert type(error).__name__ == "ResponseChecksumError", error
        passed = False
    assert passed == expected_pass


def test_without_the_mode_nothing_is_checked(get_object: tuple[Any, Any, Any]) -> None:
    """A request without `ChecksumMode` (botocore's `when_required`) checks nothing."""
    operation, sigv4, _ = get_object
    request = operation.serialize(operation.input_class().make(bucket="b", key="k"))
    headers = {"x-amz-checksum-crc32": _digest("crc32", b"not the body")}
    assert sigv4.response_checksum(operation, request, headers) is None
    assert sigv4.checked_response(operation, request, 200, headers, BODY) == BODY


# -- when checksums are sent and checked -------------------------------------------------


@pytest.mark.parametrize("how", ["config", "environment"])
def test_when_required_asks_for_and_checks_nothing(
    packages: Path,
    server: tuple[str, Script],
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    """botocore's `response_checksum_validation="when_required"`: no checksum mode
    unless the caller sets it, so the body goes unchecked."""
    url, script = server
    if how == "config":
        s3 = Standalone("s3", url, response_checksum_validation="when_required")
    else:
        monkeypatch.setenv("AWS_RESPONSE_CHECKSUM_VALIDATION", "when_required")
        s3 = Standalone("s3", url)
    script.reset(_object({"x-amz-checksum-crc32": _digest("crc32", b"other")}))
    assert s3.client.get_object(bucket="b", key="k").body.read() == BODY
    assert "x-amz-checksum-mode" not in script.seen[0].headers


@pytest.mark.parametrize("mode", [None, "when_supported", "when_required"])
def test_request_checksums_follow_request_checksum_calculation(
    packages: Path, server: tuple[str, Script], mode: str | None
) -> None:
    """PutObject supports a checksum without requiring one: botocore sends CRC32
    unless `request_checksum_calculation="when_required"`."""
    url, script = server
    s3 = Standalone("s3", url, request_checksum_calculation=mode)
    script.reset(Reply(200, b"", {"ETag": '"e"'}))
    s3.client.put_object(bucket="b", key="k", body=BODY)
    sent = script.seen[0].headers
    if mode == "when_required":
        assert not any(name.startswith("x-amz-checksum-") for name in sent)
    else:
        assert sent["x-amz-checksum-crc32"] == _digest("crc32", BODY)


def test_an_unknown_mode_is_refused(packages: Path, server: tuple[str, Script]) -> None:
    url, _ = server
    s3 = Standalone("s3", url, response_checksum_validation="always")
    with pytest.raises(ValueError, match="response_checksum_validation is 'always'"):
        s3.client.get_object(bucket="b", key="k")
