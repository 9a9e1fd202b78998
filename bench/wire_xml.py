"""How fast the XML protocols serialize and parse, against botocore.

Why: issue 6 asks that the rest-xml request of s3 PutBucketLifecycleConfiguration (a
few rules with filters and transitions) serialize at least 5 times faster than
botocore's `serialize_to_request`, that no request be slower than botocore's (here also
an sns Publish, query, and an ec2 RunInstances), and that parsing be at least 4 times
faster than botocore's parser (here an s3 ListObjectsV2 response of 20 objects and an
ec2 DescribeInstances response of 4 instances).

Ours is measured from a checked request object to the HttpRequest with its body bytes;
botocore's is `create_serializer(protocol, include_validation=False)
.serialize_to_request` (for query and ec2 that leaves the body a dict, which botocore's
HTTP layer encodes later: ours includes the encoding, botocore's figure does not).
Parsing is bytes to the typed output object against bytes to botocore's dict. All in
this process, in the same run: each figure of a run is the best of 3 timeit repeats;
figures are median [min .. max] over --runs, ratios taken per run.

    .venv/bin/python bench/wire_xml.py [--runs N] [--strict]
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import shutil
import statistics
import sys
import tempfile
import timeit
from pathlib import Path
from typing import Any

from common import banner, finish, generate, stats, verdict

SERIALIZE_BUDGETS = {"s3 PutBucketLifecycleConfiguration": 5.0}  # at least; else 1.0
PARSE_BUDGET = 4.0

DAY = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)

LIFECYCLE = {
    "Bucket": "my-bucket",
    "LifecycleConfiguration": {
        "Rules": [
            {
                "ID": f"rule-{i}",
                "Status": "Enabled",
                "Filter": (
                    {"Prefix": f"logs/{i}/"}
                    if i % 2
                    else {
                        "And": {
                            "Prefix": f"data/{i}/",
                            "Tags": [
                                {"Key": "team", "Value": "storage & <archive>"},
                                {"Key": "tier", "Value": str(i)},
                            ],
                            "ObjectSizeGreaterThan": 1024,
                        }
                    }
                ),
                "Transitions": [
                    {"Days": 30, "StorageClass": "STANDARD_IA"},
                    {"Days": 90, "StorageClass": "GLACIER"},
                ],
                "Expiration": {"Days": 365},
                "NoncurrentVersionExpiration": {"NoncurrentDays": 30},
            }
            for i in range(4)
        ]
    },
}

PUBLISH = {
    "TopicArn": "arn:aws:sns:us-east-1:123456789012:my-topic",
    "Message": "Hello world: an event happened at 12:00 & more",
    "Subject": "Event",
    "MessageAttributes": {
        "kind": {"DataType": "String", "StringValue": "created"},
        "count": {"DataType": "Number", "StringValue": "3"},
    },
}

RUN_INSTANCES = {
    "ImageId": "ami-0abcdef1234567890",
    "InstanceType": "t3.micro",
    "MinCount": 1,
    "MaxCount": 2,
    "KeyName": "my-key",
    "SecurityGroupIds": ["sg-0123456789abcdef0", "sg-0fedcba9876543210"],
    "SubnetId": "subnet-0123456789abcdef0",
    "BlockDeviceMappings": [
        {"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 20, "VolumeType": "gp3"}}
    ],
    "TagSpecifications": [
        {
            "ResourceType": "instance",
            "Tags": [{"Key": "Name", "Value": "web"}, {"Key": "env", "Value": "prod"}],
        }
    ],
    "Monitoring": {"Enabled": True},
}


def list_objects_body() -> bytes:
    objects = "".join(
        f"<Contents><Key>photos/2026/{i:04d}.jpg</Key>"
        f"<LastModified>2026-01-0{1 + i % 9}T12:00:00.000Z</LastModified>"
        f"<ETag>&quot;{i:032x}&quot;</ETag><ChecksumAlgorithm>CRC32</ChecksumAlgorithm>"
        f"<Size>{1000 + i}</Size><StorageClass>STANDARD</StorageClass>"
        f"<Owner><ID>{'a' * 64}</ID><DisplayName>owner</DisplayName></Owner></Contents>"
        for i in range(20)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
        "<Name>my-bucket</Name><Prefix>photos/</Prefix><KeyCount>20</KeyCount>"
        "<MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>"
        f"{objects}</ListBucketResult>"
    ).encode()


def describe_instances_body() -> bytes:
    def instance(n: int) -> str:
        return (
            f"<item><instanceId>i-0{n:016x}</instanceId><imageId>ami-0abc</imageId>"
            "<instanceState><code>16</code><name>running</name></instanceState>"
            f"<privateDnsName>ip-10-0-0-{n}.ec2.internal</privateDnsName><dnsName/>"
            "<reason/><keyName>my-key</keyName><amiLaunchIndex>0</amiLaunchIndex>"
            "<productCodes/><instanceType>t3.micro</instanceType>"
            "<launchTime>2026-01-01T12:00:00.000Z</launchTime>"
            "<placement><availabilityZone>us-east-1a</availabilityZone><groupName/>"
            "<tenancy>default</tenancy></placement><monitoring><state>disabled</state>"
            "</monitoring><subnetId>subnet-0123</subnetId><vpcId>vpc-0123</vpcId>"
            f"<privateIpAddress>10.0.0.{n}</privateIpAddress><sourceDestCheck>true"
            "</sourceDestCheck><groupSet><item><groupId>sg-0123</groupId><groupName>"
            "default</groupName></item></groupSet><architecture>x86_64</architecture>"
            "<rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda"
            "</rootDeviceName><blockDeviceMapping><item><deviceName>/dev/xvda"
            "</deviceName><ebs><volumeId>vol-0123</volumeId><status>attached</status>"
            "<attachTime>2026-01-01T12:00:01.000Z</attachTime><deleteOnTermination>"
            "true</deleteOnTermination></ebs></item></blockDeviceMapping>"
            "<virtualizationType>hvm</virtualizationType><clientToken/><tagSet><item>"
            f"<key>Name</key><value>web-{n}</value></item></tagSet><hypervisor>xen"
            "</hypervisor><networkInterfaceSet/><ebsOptimized>false</ebsOptimized>"
            "<enaSupport>true</enaSupport><cpuOptions><coreCount>1</coreCount>"
            "<threadsPerCore>2</threadsPerCore></cpuOptions></item>"
        )

    reservations = "".join(
        f"<item><reservationId>r-0{r}</reservationId><ownerId>123456789012</ownerId>"
        f"<groupSet/><instancesSet>{instance(2 * r)}{instance(2 * r + 1)}"
        "</instancesSet></item>"
        for r in range(2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">'
        "<requestId>8f7724cf-496f-496e-8fe3-example</requestId>"
        f"<reservationSet>{reservations}</reservationSet></DescribeInstancesResponse>"
    ).encode()


def per_call_us(fn: Any, number: int) -> float:
    return min(timeit.repeat(fn, number=number, repeat=3)) / number * 1e6


def _operation(service: str, name: str) -> Any:
    module = importlib.import_module(f"botogen_{service}.operations")
    from generator import names

    return module.OPERATIONS[names.snake_case(name)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 if a budget fails"
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="botogen-bench-xml-"))
    try:
        generate(work / "out", "s3", "sns", "ec2")
        sys.path.insert(0, str(work / "out"))
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        return measure(args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(args: argparse.Namespace) -> int:
    import botocore
    import botocore.session
    from botocore.parsers import create_parser
    from botocore.serialize import create_serializer

    session = botocore.session.get_session()
    print(
        banner("wire_xml.py", f"XML protocols against botocore {botocore.__version__}")
    )
    failed = False

    serialize_cases = [
        ("s3 PutBucketLifecycleConfiguration", "s3", "PutBucketLifecycleConfiguration", LIFECYCLE, 20000),
        ("sns Publish", "sns", "Publish", PUBLISH, 20000),
        ("ec2 RunInstances", "ec2", "RunInstances", RUN_INSTANCES, 20000),
    ]  # fmt: skip
    print(
        "serialize, us per call     ours                 botocore              botocore/ours"
    )
    for label, service, name, params, number in serialize_cases:
        op = _operation(service, name)
        request = op.input_class().from_value(params)
        request.validate()
        model = session.get_service_model(service)
        operation_model = model.operation_model(name)
        serializer = create_serializer(model.protocol, include_validation=False)
        ours_runs, theirs_runs, ratios = [], [], []
        for _ in range(args.runs):
            ours = per_call_us(lambda: op.serialize(request), number)
            theirs = per_call_us(
                lambda: serializer.serialize_to_request(params, operation_model),
                number // 4,
            )
            ours_runs.append(ours)
            theirs_runs.append(theirs)
            ratios.append(theirs / ours)
        budget = SERIALIZE_BUDGETS.get(label, 1.0)
        ratio = statistics.median(ratios)
        failed |= ratio < budget
        print(
            f"  {label:34s} {stats(ours_runs)}  {stats(theirs_runs)}  "
            f"{stats(ratios, 1, 5)}  (at least {budget}: {verdict(ratio, budget, True)})"
        )

    parse_cases = [
        ("s3 ListObjectsV2 (20 objects)", "s3", "ListObjectsV2", list_objects_body(), 5000),
        ("ec2 DescribeInstances (4)", "ec2", "DescribeInstances", describe_instances_body(), 2000),
    ]  # fmt: skip
    print(
        "parse, us per call         ours                 botocore              botocore/ours"
    )
    for label, service, name, body, number in parse_cases:
        op = _operation(service, name)
        model = session.get_service_model(service)
        shape = model.operation_model(name).output_shape
        parser = create_parser(model.protocol)
        headers = {"x-amz-request-id": "abc", "content-type": "application/xml"}
        response = {"status_code": 200, "headers": headers, "body": body}
        ours_value = op.parse(200, headers, body).to_value()
        theirs_value = parser.parse(dict(response), shape)
        theirs_value.pop("ResponseMetadata", None)
        assert ours_value == theirs_value, "the two parsers disagree"
        ours_runs, theirs_runs, ratios = [], [], []
        for _ in range(args.runs):
            ours = per_call_us(lambda: op.parse(200, headers, body), number)
            theirs = per_call_us(
                lambda: parser.parse(dict(response), shape), number // 5
            )
            ours_runs.append(ours)
            theirs_runs.append(theirs)
            ratios.append(theirs / ours)
        ratio = statistics.median(ratios)
        failed |= ratio < PARSE_BUDGET
        print(
            f"  {label:34s} {stats(ours_runs)}  {stats(theirs_runs)}  "
            f"{stats(ratios, 1, 5)}  (at least {PARSE_BUDGET}: "
            f"{verdict(ratio, PARSE_BUDGET, True)})"
        )
    return finish(failed, args.strict)


if __name__ == "__main__":
    sys.exit(main())
