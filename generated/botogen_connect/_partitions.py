"""The partitions the endpoint rules choose from (botocore's partitions.json):
the pattern of each one's region names and what aws.partition gives for it;
and for each region a partition lists by name, which partition that is."""

from __future__ import annotations

# fmt: off
PARTITIONS: tuple[tuple[str, dict[str, str | bool]], ...] = (
    ("^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$", {"dnsSuffix": "amazonaws.com", "dualStackDnsSuffix": "api.aws", "implicitGlobalRegion": "us-east-1", "name": "aws", "supportsDualStack": True, "supportsFIPS": True}),
    ("^cn\\-\\w+\\-\\d+$", {"dnsSuffix": "amazonaws.com.cn", "dualStackDnsSuffix": "api.amazonwebservices.com.cn", "implicitGlobalRegion": "cn-northwest-1", "name": "aws-cn", "supportsDualStack": True, "supportsFIPS": True}),
    ("^eusc\\-(de)\\-\\w+\\-\\d+$", {"dnsSuffix": "amazonaws.eu", "dualStackDnsSuffix": "api.amazonwebservices.eu", "implicitGlobalRegion": "eusc-de-east-1", "name": "aws-eusc", "supportsDualStack": True, "supportsFIPS": True}),
    ("^us\\-iso\\-\\w+\\-\\d+$", {"dnsSuffix": "c2s.ic.gov", "dualStackDnsSuffix": "api.aws.ic.gov", "implicitGlobalRegion": "us-iso-east-1", "name": "aws-iso", "supportsDualStack": True, "supportsFIPS": True}),
    ("^us\\-isob\\-\\w+\\-\\d+$", {"dnsSuffix": "sc2s.sgov.gov", "dualStackDnsSuffix": "api.aws.scloud", "implicitGlobalRegion": "us-isob-east-1", "name": "aws-iso-b", "supportsDualStack": True, "supportsFIPS": True}),
    ("^eu\\-isoe\\-\\w+\\-\\d+$", {"dnsSuffix": "cloud.adc-e.uk", "dualStackDnsSuffix": "api.cloud-aws.adc-e.uk", "implicitGlobalRegion": "eu-isoe-west-1", "name": "aws-iso-e", "supportsDualStack": True, "supportsFIPS": True}),
    ("^us\\-isof\\-\\w+\\-\\d+$", {"dnsSuffix": "csp.hci.ic.gov", "dualStackDnsSuffix": "api.aws.hci.ic.gov", "implicitGlobalRegion": "us-isof-south-1", "name": "aws-iso-f", "supportsDualStack": True, "supportsFIPS": True}),
    ("^us\\-gov\\-\\w+\\-\\d+$", {"dnsSuffix": "amazonaws.com", "dualStackDnsSuffix": "api.aws", "implicitGlobalRegion": "us-gov-west-1", "name": "aws-us-gov", "supportsDualStack": True, "supportsFIPS": True}),
)
REGIONS: dict[str, int] = {"af-south-1": 0, "ap-east-1": 0, "ap-east-2": 0, "ap-northeast-1": 0, "ap-northeast-2": 0, "ap-northeast-3": 0, "ap-south-1": 0, "ap-south-2": 0, "ap-southeast-1": 0, "ap-southeast-2": 0, "ap-southeast-3": 0, "ap-southeast-4": 0, "ap-southeast-5": 0, "ap-southeast-6": 0, "ap-southeast-7": 0, "aws-global": 0, "ca-central-1": 0, "ca-west-1": 0, "eu-central-1": 0, "eu-central-2": 0, "eu-north-1": 0, "eu-south-1": 0, "eu-south-2": 0, "eu-west-1": 0, "eu-west-2": 0, "eu-west-3": 0, "il-central-1": 0, "me-central-1": 0, "me-south-1": 0, "mx-central-1": 0, "sa-east-1": 0, "us-east-1": 0, "us-east-2": 0, "us-west-1": 0, "us-west-2": 0, "aws-cn-global": 1, "cn-north-1": 1, "cn-northwest-1": 1, "eusc-de-east-1": 2, "aws-iso-global": 3, "us-iso-east-1": 3, "us-iso-west-1": 3, "aws-iso-b-global": 4, "us-isob-east-1": 4, "us-isob-west-1": 4, "aws-iso-e-global": 5, "eu-isoe-west-1": 5, "aws-iso-f-global": 6, "us-isof-east-1": 6, "us-isof-south-1": 6, "aws-us-gov-global": 7, "us-gov-east-1": 7, "us-gov-west-1": 7}
# fmt: on
