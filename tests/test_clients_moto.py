"""Typed clients end to end, against moto's server on 127.0.0.1 (a real AWS API peer
that nobody here wrote), each result compared with what boto3 returns for the same
call, through `to_value()`.

Every scenario runs through both transports of a typed client: over a boto3 client
(`from_botocore`) and standalone (botogen's own signing, HTTP and parsing, with one
attempt and short timeouts); the resources a scenario makes are named after its
transport, as both share the server's state.

The server lives for this module only, on a free port; every polling loop is bounded
(waiters by their attempts and a short delay, paginators by the data moto holds).
s3, sqs, dynamodb, sts and ec2 come from the sample of services the every-service
tests generate into a temporary folder; connect is the committed package.
"""

from __future__ import annotations

import importlib
import io
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

boto3 = pytest.importorskip("boto3")
moto_server = pytest.importorskip("moto.server")

SERVICES = ["s3", "sqs", "dynamodb", "sts", "ec2"]


@pytest.fixture(scope="module")
def endpoint(monkeypatch_module: pytest.MonkeyPatch) -> Iterator[str]:
    """moto's server on 127.0.0.1, on a port free when the test starts."""
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch_module.setenv(name, value)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = moto_server.ThreadedMotoServer(
        ip_address="127.0.0.1", port=port, verbose=False
    )
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture(scope="module")
def packages(generated: Path) -> Path:
    """The sample services' packages (conftest's `generated`), which hold these."""
    for service in SERVICES:
        assert (generated / f"botogen_{service}").is_dir()
    return generated


def _boto3(service: str, endpoint: str) -> Any:
    from botocore.config import Config

    config = Config(retries={"max_attempts": 1}, connect_timeout=5, read_timeout=30)
    return boto3.client(
        service, endpoint_url=endpoint, region_name="us-east-1", config=config
    )


TRANSPORTS = ["botocore", "standalone"]


def _typed(service: str, endpoint: str, transport: str) -> tuple[Any, Any]:
    """The generated package and a typed client: over a new boto3 client, or
    standalone."""
    package = importlib.import_module(f"botogen_{service}")
    ir_name = {"s3": "S3Client", "sqs": "SQSClient", "dynamodb": "DynamoDBClient"}
    ir_name |= {"sts": "STSClient", "ec2": "EC2Client", "connect": "ConnectClient"}
    client_class = getattr(package, ir_name[service])
    if transport == "botocore":
        return package, client_class.from_botocore(_boto3(service, endpoint))
    config = importlib.import_module(f"botogen_{service}._transport").Config(
        retries={"total_max_attempts": 1}, connect_timeout=5, read_timeout=30
    )
    client = client_class(
        region_name="us-east-1",
        endpoint_url=endpoint,
        credentials=("testing", "testing", "testing"),
        config=config,
    )
    return package, client


class Typed:
    """Makes typed clients of one transport; `name(x)` is x marked with it."""

    def __init__(self, endpoint: str, transport: str) -> None:
        self.endpoint = endpoint
        self.transport = transport

    def __call__(self, service: str) -> tuple[Any, Any]:
        return _typed(service, self.endpoint, self.transport)

    def name(self, base: str) -> str:
        return f"{base}-{self.transport}"


@pytest.fixture(params=TRANSPORTS)
def typed(request: pytest.FixtureRequest, endpoint: str) -> Typed:
    return Typed(endpoint, request.param)


def _same(typed: Any, response: dict[str, Any]) -> None:
    """A typed result equals boto3's response for the same call."""
    expected = {k: v for k, v in response.items() if k != "ResponseMetadata"}
    assert typed.to_value() == expected


def test_s3(packages: Path, endpoint: str, typed: Typed, tmp_path: Path) -> None:
    s3, client = typed("s3")
    bucket = typed.name("typed-bucket")
    plain = _boto3("s3", endpoint)
    assert isinstance(client.create_bucket(bucket=bucket), s3.CreateBucketOutput)
    for index in range(5):
        put = client.put_object(bucket=bucket, key=f"bytes/{index}", body=b"x" * index)
        assert (
            put.e_tag == plain.head_object(Bucket=bucket, Key=f"bytes/{index}")["ETag"]
        )
    upload = tmp_path / "upload.bin"
    upload.write_bytes(b"from a file\n" * 100)
    with upload.open("rb") as file:
        client.put_object(
            s3.PutObjectRequest.make(bucket=bucket, key="file", body=file)
        )

    got = client.get_object(bucket=bucket, key="file")
    assert isinstance(got, s3.GetObjectOutput)
    assert got.body.read() == upload.read_bytes()  # the stream, unread until here
    expected = plain.get_object(Bucket=bucket, Key="file")
    expected["Body"].read()
    got_value = got.to_value()
    del got_value["Body"], expected["Body"]
    # both asked for the object's checksum (x-amz-checksum-mode) and checked the body
    assert got_value["ChecksumCRC32"] == expected["ChecksumCRC32"]
    assert got_value == {k: v for k, v in expected.items() if k != "ResponseMetadata"}

    paginator = client.paginate_list_objects_v2(bucket=bucket)
    keys = [item.key for item in paginator.items(page_size=2)]
    boto_pages = plain.get_paginator("list_objects_v2").paginate(
        Bucket=bucket, PaginationConfig={"PageSize": 2}
    )
    assert keys == [o["Key"] for page in boto_pages for o in page["Contents"]]
    assert len(keys) == 6
    # max_items and resume tokens, read by boto3 as its own
    pages = list(paginator.pages(max_items=3, page_size=2))
    assert [len(page.contents) for page in pages] == [2, 1]
    resumed = plain.get_paginator("list_objects_v2").paginate(
        Bucket=bucket,
        PaginationConfig={"PageSize": 2, "StartingToken": paginator.resume_token},
    )
    assert [o["Key"] for page in resumed for o in page["Contents"]] == keys[3:]
    boto_cut = plain.get_paginator("list_objects_v2").paginate(
        Bucket=bucket, PaginationConfig={"PageSize": 2, "MaxItems": 3}
    )
    list(boto_cut)
    assert [
        i.key for i in paginator.items(starting_token=boto_cut.resume_token)
    ] == keys[3:]

    # a paginator whose token is an expression: `NextMarker || Contents[-1].Key`
    v1 = [o.key for o in client.paginate_list_objects(bucket=bucket).items(page_size=4)]
    assert v1 == keys

    client.wait_until_bucket_exists.with_config(delay=0.1, max_attempts=3)(
        bucket=bucket
    )
    with pytest.raises(s3.NoSuchKey) as caught:
        client.get_object(bucket=bucket, key="missing")
    error = caught.value
    assert isinstance(error, s3.ServiceError)
    assert (error.code, error.http_status) == ("NoSuchKey", 404)
    assert error.request_id
    if typed.transport == "botocore":
        assert type(error.__cause__).__name__ == "NoSuchKey"  # botocore's ClientError
    with pytest.raises(s3.NoSuchBucket):
        client.list_objects_v2(bucket="no-such-bucket")


def test_sqs(packages: Path, endpoint: str, typed: Typed) -> None:
    sqs, client = typed("sqs")
    queue = typed.name("typed-queue")
    plain = _boto3("sqs", endpoint)
    url = client.create_queue(queue_name=queue).queue_url
    assert url == plain.get_queue_url(QueueName=queue)["QueueUrl"]
    sent = client.send_message(queue_url=url, message_body="hello")
    assert sent.message_id
    received = client.receive_message(
        queue_url=url, max_number_of_messages=1, wait_time_seconds=1
    )
    assert [m.body for m in received.messages] == ["hello"]
    message = received.messages[0]
    assert message.message_id == sent.message_id
    assert (
        client.delete_message(queue_url=url, receipt_handle=message.receipt_handle)
        is None
    )
    _same(
        client.get_queue_attributes(queue_url=url, attribute_names=["All"]),
        plain.get_queue_attributes(QueueUrl=url, AttributeNames=["All"]),
    )
    with pytest.raises(sqs.QueueDoesNotExist) as caught:
        client.get_queue_url(queue_name="no-such-queue")
    assert caught.value.http_status == 400


def test_dynamodb(packages: Path, endpoint: str, typed: Typed) -> None:
    ddb, client = typed("dynamodb")
    table = typed.name("typed-table")
    plain = _boto3("dynamodb", endpoint)
    av = ddb.AttributeValue
    client.create_table(
        table_name=table,
        key_schema=[
            ddb.KeySchemaElement.make(attribute_name="pk", key_type="HASH"),
            ddb.KeySchemaElement.make(attribute_name="sk", key_type="RANGE"),
        ],
        attribute_definitions=[
            ddb.AttributeDefinition.make(attribute_name="pk", attribute_type="S"),
            ddb.AttributeDefinition.make(attribute_name="sk", attribute_type="N"),
        ],
        billing_mode="PAY_PER_REQUEST",
    )
    client.wait_until_table_exists.with_config(delay=0.1, max_attempts=20)(
        table_name=table
    )
    for index in range(7):
        client.put_item(
            table_name=table,
            item={
                "pk": av.make(s="user"),
                "sk": av.make(n=str(index)),
                "tags": av.make(l=[av.make(s="a"), av.make(bool_=index % 2 == 0)]),
                "blob": av.make(b=bytes([index])),
            },
        )
    key = {"pk": av.make(s="user"), "sk": av.make(n="3")}
    got = client.get_item(table_name=table, key=key)
    assert got.item is not None and got.item["tags"].l[1].bool_ is False
    _same(
        got,
        plain.get_item(TableName=table, Key={"pk": {"S": "user"}, "sk": {"N": "3"}}),
    )
    query = client.paginate_query(
        table_name=table,
        key_condition_expression="pk = :p",
        expression_attribute_values={":p": av.make(s="user")},
    )
    items = list(query.items(page_size=3))  # the token is a map of AttributeValue
    assert [item["sk"].n for item in items] == [str(i) for i in range(7)]
    boto_pages = plain.get_paginator("query").paginate(
        TableName=table,
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues={":p": {"S": "user"}},
        PaginationConfig={"PageSize": 3},
    )
    assert [{k: v.to_value() for k, v in i.items()} for i in items] == [
        i for p in boto_pages for i in p["Items"]
    ]
    pages = list(query.pages(max_items=4, page_size=3))
    assert sum(len(page.items) for page in pages) == 4
    rest = list(query.items(page_size=3, starting_token=query.resume_token))
    assert [item["sk"].n for item in rest] == ["4", "5", "6"]
    with pytest.raises(ddb.ResourceNotFoundException) as caught:
        client.describe_table(table_name="no-such-table")
    assert caught.value.code == "ResourceNotFoundException"
    assert caught.value.message


def test_sts(packages: Path, endpoint: str, typed: Typed) -> None:
    sts, client = typed("sts")
    identity = client.get_caller_identity()
    assert isinstance(identity, sts.GetCallerIdentityResponse)
    _same(identity, _boto3("sts", endpoint).get_caller_identity())


def test_ec2(packages: Path, endpoint: str, typed: Typed) -> None:
    ec2, client = typed("ec2")
    plain = _boto3("ec2", endpoint)
    image = plain.describe_images()["Images"][0]["ImageId"]
    run = client.run_instances(
        image_id=image, min_count=2, max_count=2, instance_type="t2.micro"
    )
    ids = [instance.instance_id for instance in run.instances]
    assert len(ids) == 2
    started = time.monotonic()
    client.wait_until_instance_running.with_config(delay=0.2, max_attempts=25)(
        instance_ids=ids
    )
    assert time.monotonic() - started < 10
    described = client.describe_instances(instance_ids=ids)
    _same(described, plain.describe_instances(InstanceIds=ids))
    states = {i.state.name for r in described.reservations for i in r.instances}
    assert states == {"running"}
    paged = client.paginate_describe_instances(instance_ids=ids)
    assert sorted(i.instance_id for r in paged.items() for i in r.instances) == sorted(
        ids
    )
    client.terminate_instances(instance_ids=ids)
    client.wait_until_instance_terminated.with_config(delay=0.2, max_attempts=25)(
        instance_ids=ids
    )
    # a waiter that cannot succeed fails with the waiter's name and the last response
    with pytest.raises(ec2.WaiterError) as caught:
        client.wait_until_instance_running.with_config(delay=0.05, max_attempts=2)(
            instance_ids=ids
        )
    assert caught.value.name == "InstanceRunning"
    assert isinstance(caught.value.last_response, ec2.DescribeInstancesResult)
    with pytest.raises(ec2.ServiceError) as error:
        client.describe_instances(instance_ids=["i-00000000000000000"])
    assert error.value.code == "InvalidInstanceID.NotFound"


def test_connect(endpoint: str, typed: Typed) -> None:
    connect, client = typed("connect")
    plain = _boto3("connect", endpoint)
    created = client.create_instance(
        identity_management_type="CONNECT_MANAGED",
        instance_alias=typed.name("typed-instance"),
        inbound_calls_enabled=True,
        outbound_calls_enabled=False,
    )
    assert isinstance(created, connect.CreateInstanceResponse)
    instance = client.describe_instance(instance_id=created.id)
    _same(instance, plain.describe_instance(InstanceId=created.id))
    assert instance.instance.instance_alias == typed.name("typed-instance")
    arn = created.arn
    assert (
        client.tag_resource(resource_arn=arn, tags={"team": "blue", "env": "test"})
        is None
    )
    client.untag_resource(resource_arn=arn, tag_keys=["env"])
    tags = client.list_tags_for_resource(resource_arn=arn)
    assert tags.tags == {"team": "blue"}
    _same(tags, plain.list_tags_for_resource(resourceArn=arn))
    listed = [s.id for s in client.paginate_list_instances().items()]
    assert created.id in listed
    with pytest.raises(connect.ResourceNotFoundException) as caught:
        client.describe_instance(instance_id="00000000-0000-0000-0000-000000000000")
    assert caught.value.http_status == 404
    assert isinstance(caught.value, connect.ServiceError)


def test_a_request_object_or_keywords(typed: Typed) -> None:
    """Both call forms send the same request; a wrong object is refused before sending."""
    connect, client = typed("connect")
    request = connect.ListInstancesRequest.make(max_results=5)
    assert client.list_instances(request) == client.list_instances(max_results=5)
    with pytest.raises(TypeError):
        client.list_instances(connect.DescribeInstanceRequest.make(instance_id="x"))
    with pytest.raises(TypeError):
        client.list_instances(request, max_results=5)
    with pytest.raises(connect.ValidationError):
        client.describe_instance(instance_id="")
    with pytest.raises(connect.ValidationError):  # an unchecked object is checked
        client.describe_instance(connect.DescribeInstanceRequest.from_value({}))


def test_event_stream_errors_are_typed(packages: Path) -> None:
    """An error botocore raises inside an event stream (EventStreamError, a
    ClientError) comes out of the typed stream as the package's error class."""
    from botocore.exceptions import EventStreamError

    s3 = importlib.import_module("botogen_s3")
    transport = s3.BotocoreTransport(None, "botogen_s3")

    def stream() -> Iterator[dict[str, Any]]:
        yield {"Stats": {"Details": {"BytesScanned": 1}}}
        raise EventStreamError(
            {"Error": {"Code": "NoSuchKey", "Message": "gone"}}, "SelectObjectContent"
        )

    events = transport._events(stream())
    assert next(events) == {"Stats": {"Details": {"BytesScanned": 1}}}
    with pytest.raises(s3.NoSuchKey) as caught:
        next(events)
    assert caught.value.message == "gone"
    assert isinstance(caught.value.__cause__, EventStreamError)


def test_streaming_input_from_bytes_io(packages: Path, typed: Typed) -> None:
    _, client = typed("s3")
    bucket = typed.name("stream-bucket")
    client.create_bucket(bucket=bucket)
    client.put_object(bucket=bucket, key="k", body=io.BytesIO(b"abc"))
    assert client.get_object(bucket=bucket, key="k").body.read() == b"abc"
