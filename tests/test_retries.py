"""The standalone transport's retries, against a scripted HTTP server on 127.0.0.1.

The server answers each request with the next reply of the test's script: a status
with headers and a body, a dropped connection (closed without a response) or a reply
held back past the client's read timeout. Clients are the generated packages of real
services (dynamodb for awsJson, sts for query, s3 for rest-xml, from conftest's
`generated` sample), each made standalone against the server, with its backoff sleeps
recorded instead of slept.

Standard mode as botocore has it: transient (5xx, dropped connections, timeouts),
throttling and clock-skew failures are retried up to `max_attempts`, after a random
share of 2**(retry-1) seconds (at most 20), paid for from a retry quota of 500 (5 a
retry, 10 after a timeout) that a success pays back.
"""

from __future__ import annotations

import datetime
import email.utils
import functools
from pathlib import Path

import pytest

from scripted import CLIENTS, DROP, Reply, Script, Seen, Standalone


@pytest.fixture(scope="module")
def packages(generated: Path) -> Path:
    for service in CLIENTS:
        assert (generated / f"botogen_{service}").is_dir()
    return generated


JSON = {"Content-Type": "application/x-amz-json-1.0"}
XML = {"Content-Type": "text/xml"}
TABLES = Reply(200, b'{"TableNames": ["one", "two"]}', JSON)
UNAVAILABLE = Reply(503)
THROTTLED_JSON = Reply(
    400,
    b'{"__type":"com.amazonaws.dynamodb.v20120810#ThrottlingException",'
    b'"message":"Rate of requests exceeds the allowed throughput."}',
    JSON,
)
INVALID_JSON = Reply(
    400,
    b'{"__type":"com.amazon.coral.validate#ValidationException",'
    b'"message":"1 validation error detected"}',
    JSON,
)
STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/"
THROTTLED_XML = Reply(
    400,
    f'<ErrorResponse xmlns="{STS_NS}"><Error><Type>Sender</Type><Code>Throttling</Code>'
    "<Message>Rate exceeded</Message></Error><RequestId>r-1</RequestId></ErrorResponse>",
    XML,
)
IDENTITY = Reply(
    200,
    f'<GetCallerIdentityResponse xmlns="{STS_NS}"><GetCallerIdentityResult>'
    "<UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account>"
    "<Arn>arn:aws:iam::123456789012:user/scripted</Arn></GetCallerIdentityResult>"
    "<ResponseMetadata><RequestId>r-2</RequestId></ResponseMetadata>"
    "</GetCallerIdentityResponse>",
    XML,
)
SLOW_DOWN = Reply(
    503,
    "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message>"
    "<RequestId>r-3</RequestId></Error>",
    {"Content-Type": "application/xml"},
)
PUT_OK = Reply(200, b"", {"ETag": '"0123456789abcdef"'})


def _in_bounds(sleeps: list[float]) -> bool:
    """Each backoff within standard mode's bounds: [0, min(2**(retry-1), 20)]."""
    return all(0 <= s <= min(2 ** (n - 1), 20) for n, s in enumerate(sleeps, 1))


def _x_amz_date(seen: Seen) -> datetime.datetime:
    return datetime.datetime.strptime(
        seen.headers["x-amz-date"], "%Y%m%dT%H%M%SZ"
    ).replace(tzinfo=datetime.timezone.utc)


# -- the tests -------------------------------------------------------------------------


def test_transient_and_throttling_failures_are_retried(
    packages: Path, server: tuple[str, Script]
) -> None:
    url, script = server
    script.reset(UNAVAILABLE, UNAVAILABLE, THROTTLED_JSON, TABLES)
    ddb = Standalone("dynamodb", url, retries={"total_max_attempts": 4})
    result = ddb.client.list_tables()
    assert isinstance(result, ddb.package.ListTablesOutput)
    assert result.table_names == ["one", "two"]
    assert len(script.seen) == 4
    assert [s.headers["x-amz-target"] for s in script.seen] == [
        "DynamoDB_20120810.ListTables"
    ] * 4
    assert len(ddb.sleeps) == 3 and _in_bounds(ddb.sleeps)
    # 5 a retry from the quota; the success pays the last one back
    assert ddb.quota_at_sleep == [495, 490, 485]
    assert ddb.transport.quota.available == 490


def test_backoff_grows_to_its_cap(
    packages: Path, server: tuple[str, Script], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, script = server
    ddb = Standalone("dynamodb", url, retries={"total_max_attempts": 5})
    # the random share at its largest: each backoff is its bound
    monkeypatch.setattr(
        ddb.module, "backoff", functools.partial(ddb.module.backoff, rand=lambda: 1.0)
    )
    script.reset(UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, TABLES)
    ddb.client.list_tables()
    assert ddb.sleeps == [1.0, 2.0, 4.0, 8.0]
    assert [ddb.module.backoff(n, rand=lambda: 1.0) for n in (5, 6, 9)] == [16, 20, 20]
    assert ddb.module.backoff(3, rand=lambda: 0.0) == 0


def test_a_dropped_connection_is_retried(
    packages: Path, server: tuple[str, Script]
) -> None:
    url, script = server
    script.reset(DROP, TABLES)
    ddb = Standalone("dynamodb", url, retries={"total_max_attempts": 2})
    assert ddb.client.list_tables().table_names == ["one", "two"]
    assert len(script.seen) == 2 and len(ddb.sleeps) == 1 and _in_bounds(ddb.sleeps)


def test_a_timeout_is_retried_at_its_cost(
    packages: Path, server: tuple[str, Script]
) -> None:
    url, script = server
    script.reset(Reply(action="stall", stall=0.6), TABLES)
    ddb = Standalone(
        "dynamodb", url, retries={"total_max_attempts": 2}, read_timeout=0.2
    )
    assert ddb.client.list_tables().table_names == ["one", "two"]
    assert len(script.seen) == 2
    assert ddb.quota_at_sleep == [490]  # a timeout costs 10
    assert ddb.transport.quota.available == 500


def test_query_throttling_is_retried(
    packages: Path, server: tuple[str, Script]
) -> None:
    url, script = server
    script.reset(THROTTLED_XML, IDENTITY)
    sts = Standalone("sts", url)
    identity = sts.client.get_caller_identity()
    assert identity == sts.package.GetCallerIdentityResponse.make(
        user_id="AIDAEXAMPLE",
        account="123456789012",
        arn="arn:aws:iam::123456789012:user/scripted",
    )
    assert len(script.seen) == 2 and len(sts.sleeps) == 1 and _in_bounds(sts.sleeps)
    assert all(b"Action=GetCallerIdentity" in s.body for s in script.seen)


@pytest.mark.parametrize(
    ("service", "retries", "attempts"),
    [
        ("sts", None, 3),  # botocore's default
        ("sts", {"total_max_attempts": 2}, 2),
        ("sts", {"max_attempts": 2}, 3),  # botocore counts retries here
        ("sts", {"total_max_attempts": 1}, 1),
        ("dynamodb", {"max_attempts": 0}, 1),
    ],
)
def test_max_attempts_is_honored_and_the_last_error_raised(
    packages: Path,
    server: tuple[str, Script],
    service: str,
    retries: dict[str, int] | None,
    attempts: int,
) -> None:
    url, script = server
    script.reset(*[UNAVAILABLE] * 6)
    client = Standalone(service, url, retries=retries)
    call = (
        client.client.get_caller_identity
        if service == "sts"
        else client.client.list_tables
    )
    with pytest.raises(client.package.ServiceError) as caught:
        call()
    assert caught.value.http_status == 503
    assert len(script.seen) == attempts
    assert len(client.sleeps) == attempts - 1 and _in_bounds(client.sleeps)


def test_a_botocore_config_sets_max_attempts(
    packages: Path, server: tuple[str, Script]
) -> None:
    botocore_config = pytest.importorskip("botocore.config")
    url, script = server
    script.reset(*[THROTTLED_XML] * 4)
    sts = Standalone(
        "sts", url, config=botocore_config.Config(retries={"max_attempts": 1})
    )
    with pytest.raises(sts.package.ServiceError) as caught:
        sts.client.get_caller_identity()
    assert (caught.value.code, caught.value.http_status) == ("Throttling", 400)
    assert len(script.seen) == 2


def test_exhausted_throttling_raises_the_typed_error(
    packages: Path, server: tuple[str, Script]
) -> None:
    url, script = server
    script.reset(*[THROTTLED_JSON] * 3)
    ddb = Standalone("dynamodb", url, retries={"total_max_attempts": 3})
    with pytest.raises(ddb.package.ThrottlingException) as caught:
        ddb.client.list_tables()
    error = caught.value
    assert isinstance(error, ddb.package.ServiceError)
    assert (error.code, error.http_status) == ("ThrottlingException", 400)
    assert error.message == "Rate of requests exceeds the allowed throughput."
    assert error.request_id == "scripted"
    assert len(script.seen) == 3 and len(ddb.sleeps) == 2


def test_a_validation_error_is_not_retried(
    packages: Path, server: tuple[str, Script]
) -> None:
    url, script = server
    script.reset(INVALID_JSON, TABLES)
    ddb = Standalone("dynamodb", url)
    with pytest.raises(ddb.package.ServiceError) as caught:
        ddb.client.list_tables()
    assert (caught.value.code, caught.value.http_status) == ("ValidationException", 400)
    assert len(script.seen) == 1 and ddb.sleeps == []
    assert ddb.transport.quota.available == 500


def test_a_drained_quota_stops_retries(
    packages: Path, server: tuple[str, Script]
) -> None:
    url, script = server
    ddb = Standalone("dynamodb", url, retries={"total_max_attempts": 5})
    ddb.transport.quota.available = 5  # one retry's worth
    script.reset(UNAVAILABLE, UNAVAILABLE, UNAVAILABLE, TABLES)
    with pytest.raises(ddb.package.ServiceError) as caught:
        ddb.client.list_tables()
    assert caught.value.http_status == 503
    assert len(script.seen) == 2 and ddb.quota_at_sleep == [0]
    # successes without retries earn the quota back, one at a time
    script.reset(TABLES, TABLES)
    ddb.client.list_tables()
    ddb.client.list_tables()
    assert ddb.transport.quota.available == 2


def test_clock_skew_is_corrected_before_the_next_attempt(
    packages: Path, server: tuple[str, Script]
) -> None:
    url, script = server
    ahead = datetime.timedelta(hours=2)
    server_now = datetime.datetime.now(datetime.timezone.utc) + ahead
    skewed = Reply(
        403,
        "<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the "
        "request time and the current time is too large.</Message>"
        "<MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds>"
        "<RequestId>r-4</RequestId></Error>",
        {
            "Content-Type": "application/xml",
            "Date": email.utils.format_datetime(server_now, usegmt=True),
        },
    )
    script.reset(skewed, PUT_OK, PUT_OK)
    s3 = Standalone("s3", url)
    out = s3.client.put_object(bucket="bucket", key="key", body=b"data")
    assert out.e_tag == '"0123456789abcdef"'
    assert len(script.seen) == 2 and s3.sleeps == [0]  # no backoff for a skew
    first, second = (_x_amz_date(seen) for seen in script.seen)
    assert abs(first + ahead - server_now) < datetime.timedelta(minutes=1)
    assert abs(second - server_now) < datetime.timedelta(minutes=1)
    assert script.seen[1].path == "/bucket/key" and script.seen[1].body == b"data"
    # the correction stays for later calls
    s3.client.put_object(bucket="bucket", key="key", body=b"data")
    assert abs(_x_amz_date(script.seen[2]) - server_now) < datetime.timedelta(minutes=1)


def test_a_retried_file_body_is_sent_whole_again(
    packages: Path, server: tuple[str, Script], tmp_path: Path
) -> None:
    url, script = server
    data = bytes(range(256)) * 400  # 100 KiB, more than one write of http.client
    upload = tmp_path / "upload.bin"
    upload.write_bytes(data)
    script.reset(SLOW_DOWN, UNAVAILABLE, PUT_OK)
    s3 = Standalone("s3", url)
    with upload.open("rb") as file:
        s3.client.put_object(bucket="bucket", key="file", body=file)
    assert len(script.seen) == 3 and len(s3.sleeps) == 2 and _in_bounds(s3.sleeps)
    for seen in script.seen:
        assert seen.method == "PUT" and seen.path == "/bucket/file"
        assert seen.headers["content-length"] == str(len(data))
        assert seen.body == data
    # a file given part-read is sent from where it stood, each time
    script.reset(UNAVAILABLE, PUT_OK)
    with upload.open("rb") as file:
        file.seek(1000)
        s3.client.put_object(bucket="bucket", key="file", body=file)
    assert [seen.body for seen in script.seen] == [data[1000:]] * 2
