"""Shapes of Amazon Connect Service whose class names start with "listp"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_p import (
        PhoneNumberCountryCode,
        PhoneNumberSummary,
        PhoneNumberType,
        PredefinedAttributeSummary,
        PromptSummary,
    )


class ListPhoneNumbersRequest(_rt.Structure):
    """The input of ListPhoneNumbers."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    phone_number_types: list[PhoneNumberType | str] | None = _rt.field(
        "PhoneNumberTypes",
        _rt.ListOf(_rt.String(enum="PhoneNumberType"), max=6),
        location="querystring",
        name="phoneNumberTypes",
    )
    """The type of phone number.

    We recommend using ListPhoneNumbersV2
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_ListPhoneNumbersV2.html)
    to return phone number types. While ListPhoneNumbers returns number types
    `UIFN`, `SHARED`, `THIRD_PARTY_TF`, and `THIRD_PARTY_DID`, it incorrectly lists
    them as `TOLL_FREE` or `DID`."""

    phone_number_country_codes: list[PhoneNumberCountryCode | str] | None = _rt.field(
        "PhoneNumberCountryCodes",
        _rt.ListOf(_rt.String(enum="PhoneNumberCountryCode"), max=10),
        location="querystring",
        name="phoneNumberCountryCodes",
    )
    """The ISO country code."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page. The default MaxResult size is
    100."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        phone_number_types: list[PhoneNumberType | str] | None = None,
        phone_number_country_codes: list[PhoneNumberCountryCode | str] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListPhoneNumbersResponse(_rt.Structure):
    """The output of ListPhoneNumbers."""

    phone_number_summary_list: list[PhoneNumberSummary] | None = _rt.field(
        "PhoneNumberSummaryList", _rt.ListOf(_rt.Ref("PhoneNumberSummary"))
    )
    """Information about the phone numbers."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        phone_number_summary_list: list[PhoneNumberSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListPhoneNumbersSummary(_rt.Structure):
    """Information about phone numbers that have been claimed to your Connect Customer
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

    target_arn: str | None = _rt.field("TargetArn", _rt.String())
    """The Amazon Resource Name (ARN) for Connect Customer instances or traffic
    distribution groups that phone number inbound traffic is routed through."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Connect Customer instance that phone numbers are claimed
    to. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    phone_number_description: str | None = _rt.field(
        "PhoneNumberDescription", _rt.String(min=0, max=500, pattern="^[\\W\\S_]*")
    )
    """The description of the phone number."""

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
        target_arn: str | None = None,
        instance_id: str | None = None,
        phone_number_description: str | None = None,
        source_phone_number_arn: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListPhoneNumbersV2Request(_rt.Structure):
    """The input of ListPhoneNumbersV2."""

    target_arn: str | None = _rt.field("TargetArn", _rt.String())
    """The Amazon Resource Name (ARN) for Connect Customer instances or traffic
    distribution groups that phone number inbound traffic is routed through. If both
    `TargetArn` and `InstanceId` input are not provided, this API lists numbers
    claimed to all the Connect Customer instances belonging to your account in the
    same Amazon Web Services Region as the request."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Connect Customer instance that phone numbers are claimed
    to. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance. If both `TargetArn` and
    `InstanceId` are not provided, this API lists numbers claimed to all the Connect
    Customer instances belonging to your account in the same Amazon Web Services
    Region as the request."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=1000))
    """The maximum number of results to return per page."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=100000))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    phone_number_country_codes: list[PhoneNumberCountryCode | str] | None = _rt.field(
        "PhoneNumberCountryCodes",
        _rt.ListOf(_rt.String(enum="PhoneNumberCountryCode"), max=10),
    )
    """The ISO country code."""

    phone_number_types: list[PhoneNumberType | str] | None = _rt.field(
        "PhoneNumberTypes", _rt.ListOf(_rt.String(enum="PhoneNumberType"), max=6)
    )
    """The type of phone number."""

    phone_number_prefix: str | None = _rt.field(
        "PhoneNumberPrefix", _rt.String(pattern="\\\\+?[0-9]{1,11}")
    )
    """The prefix of the phone number. If provided, it must contain `+` as part of the
    country code."""

    @classmethod
    def make(
        cls,
        *,
        target_arn: str | None = None,
        instance_id: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        phone_number_country_codes: list[PhoneNumberCountryCode | str] | None = None,
        phone_number_types: list[PhoneNumberType | str] | None = None,
        phone_number_prefix: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListPhoneNumbersV2Response(_rt.Structure):
    """The output of ListPhoneNumbersV2."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=100000))
    """If there are additional results, this is the token for the next set of results."""

    list_phone_numbers_summary_list: list[ListPhoneNumbersSummary] | None = _rt.field(
        "ListPhoneNumbersSummaryList", _rt.ListOf(_rt.Ref("ListPhoneNumbersSummary"))
    )
    """Information about phone numbers that have been claimed to your Connect Customer
    instances or traffic distribution groups."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        list_phone_numbers_summary_list: list[ListPhoneNumbersSummary] | None = None,
    ) -> Self:
        return cls._build(locals())


class ListPredefinedAttributesRequest(_rt.Structure):
    """The input of ListPredefinedAttributes."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=100),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListPredefinedAttributesResponse(_rt.Structure):
    """The output of ListPredefinedAttributes."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    predefined_attribute_summary_list: list[PredefinedAttributeSummary] | None = (
        _rt.field(
            "PredefinedAttributeSummaryList",
            _rt.ListOf(_rt.Ref("PredefinedAttributeSummary")),
        )
    )
    """Summary of the predefined attributes."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        predefined_attribute_summary_list: (
            list[PredefinedAttributeSummary] | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class ListPromptsRequest(_rt.Structure):
    """The input of ListPrompts."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page. The default MaxResult size is
    100."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListPromptsResponse(_rt.Structure):
    """The output of ListPrompts."""

    prompt_summary_list: list[PromptSummary] | None = _rt.field(
        "PromptSummaryList", _rt.ListOf(_rt.Ref("PromptSummary"))
    )
    """Information about the prompts."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        prompt_summary_list: list[PromptSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
