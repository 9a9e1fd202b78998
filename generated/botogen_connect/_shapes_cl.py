"""Shapes of Amazon Connect Service whose class names start with "cl"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_p import PhoneNumberCountryCode, PhoneNumberStatus, PhoneNumberType


class ClaimPhoneNumberRequest(_rt.Structure):
    """The input of ClaimPhoneNumber."""

    target_arn: str | None = _rt.field("TargetArn", _rt.String())
    """The Amazon Resource Name (ARN) for Connect Customer instances or traffic
    distribution groups that phone number inbound traffic is routed through. You
    must enter `InstanceId` or `TargetArn`."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Connect Customer instance that phone numbers are claimed
    to. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance. You must enter `InstanceId`
    or `TargetArn`."""

    phone_number: str = _rt.field(
        "PhoneNumber", _rt.String(pattern="\\\\+[1-9]\\\\d{1,14}$"), required=True
    )
    """The phone number you want to claim. Phone numbers are formatted `[+] [country
    code] [subscriber number including area code]`."""

    phone_number_description: str | None = _rt.field(
        "PhoneNumberDescription", _rt.String(min=0, max=500, pattern="^[\\W\\S_]*")
    )
    """The description of the phone number."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).

    Pattern: `^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$`"""

    @classmethod
    def make(
        cls,
        *,
        phone_number: str,
        target_arn: str | None = None,
        instance_id: str | None = None,
        phone_number_description: str | None = None,
        tags: dict[str, str] | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ClaimPhoneNumberResponse(_rt.Structure):
    """The output of ClaimPhoneNumber."""

    phone_number_id: str | None = _rt.field("PhoneNumberId", _rt.String())
    """A unique identifier for the phone number."""

    phone_number_arn: str | None = _rt.field("PhoneNumberArn", _rt.String())
    """The Amazon Resource Name (ARN) of the phone number."""

    @classmethod
    def make(
        cls, *, phone_number_id: str | None = None, phone_number_arn: str | None = None
    ) -> Self:
        return cls._build(locals())


class ClaimedPhoneNumberSummary(_rt.Structure):
    """Information about a phone number that has been claimed to your Connect Customer
    instance or traffic distribution group."""

    phone_number_id: str | None = _rt.field("PhoneNumberId", _rt.String())
    """A unique identifier for the phone number."""

    phone_number_arn: str | None = _rt.field("PhoneNumberArn", _rt.String())
    """The Amazon Resource Name (ARN) of the phone number."""

    phone_number: str | None = _rt.field(
        "PhoneNumber", _rt.String(pattern="\\\\+[1-9]\\\\d{1,14}$")
    )
    """The phone number. Phone numbers are formatted `[+] [country code] [subscriber
    number including area code]`."""

    phone_number_country_code: PhoneNumberCountryCode | str | None = _rt.field(
        "PhoneNumberCountryCode", _rt.String(enum="PhoneNumberCountryCode")
    )
    """The ISO country code."""

    phone_number_type: PhoneNumberType | str | None = _rt.field(
        "PhoneNumberType", _rt.String(enum="PhoneNumberType")
    )
    """The type of phone number."""

    phone_number_description: str | None = _rt.field(
        "PhoneNumberDescription", _rt.String(min=0, max=500, pattern="^[\\W\\S_]*")
    )
    """The description of the phone number."""

    target_arn: str | None = _rt.field("TargetArn", _rt.String())
    """The Amazon Resource Name (ARN) for Connect Customer instances or traffic
    distribution groups that phone number inbound traffic is routed through."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Connect Customer instance that phone numbers are claimed
    to. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    phone_number_status: PhoneNumberStatus | None = _rt.field(
        "PhoneNumberStatus", _rt.Ref("PhoneNumberStatus")
    )
    """The status of the phone number.

    `CLAIMED` means the previous ClaimPhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_ClaimPhoneNumber.html)
    or UpdatePhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumber.html)
    operation succeeded.

    `IN_PROGRESS` means a ClaimPhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_ClaimPhoneNumber.html),
    UpdatePhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumber.html),
    or UpdatePhoneNumberMetadata
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumberMetadata.html)
    operation is still in progress and has not yet completed. You can call
    DescribePhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribePhoneNumber.html)
    at a later time to verify if the previous operation has completed.

    `FAILED` indicates that the previous ClaimPhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_ClaimPhoneNumber.html)
    or UpdatePhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumber.html)
    operation has failed. It will include a message indicating the failure reason. A
    common reason for a failure may be that the `TargetArn` value you are claiming
    or updating a phone number to has reached its limit of total claimed numbers. If
    you received a `FAILED` status from a `ClaimPhoneNumber` API call, you have one
    day to retry claiming the phone number before the number is released back to the
    inventory for other customers to claim.

    You will not be billed for the phone number during the 1-day period if number
    claiming fails."""

    source_phone_number_arn: str | None = _rt.field(
        "SourcePhoneNumberArn", _rt.String()
    )
    """The claimed phone number ARN that was previously imported from the external
    service, such as Amazon Web Services End User Messaging. If it is from Amazon
    Web Services End User Messaging, it looks like the ARN of the phone number that
    was imported from Amazon Web Services End User Messaging."""

    @classmethod
    def make(
        cls,
        *,
        phone_number_id: str | None = None,
        phone_number_arn: str | None = None,
        phone_number: str | None = None,
        phone_number_country_code: PhoneNumberCountryCode | str | None = None,
        phone_number_type: PhoneNumberType | str | None = None,
        phone_number_description: str | None = None,
        target_arn: str | None = None,
        instance_id: str | None = None,
        tags: dict[str, str] | None = None,
        phone_number_status: PhoneNumberStatus | None = None,
        source_phone_number_arn: str | None = None,
    ) -> Self:
        return cls._build(locals())
