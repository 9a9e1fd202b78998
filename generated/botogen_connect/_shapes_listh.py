"""Shapes of Amazon Connect Service whose class names start with "listh"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_h import HoursOfOperationOverride, HoursOfOperationSummary


class ListHoursOfOperationOverridesRequest(_rt.Structure):
    """The input of ListHoursOfOperationOverrides."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance."""

    hours_of_operation_id: str = _rt.field(
        "HoursOfOperationId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the hours of operation."""

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
        hours_of_operation_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListHoursOfOperationOverridesResponse(_rt.Structure):
    """The output of ListHoursOfOperationOverrides."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    hours_of_operation_override_list: list[HoursOfOperationOverride] | None = _rt.field(
        "HoursOfOperationOverrideList", _rt.ListOf(_rt.Ref("HoursOfOperationOverride"))
    )
    """Information about the hours of operation override."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region where this resource was last modified."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when this resource was last modified."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        hours_of_operation_override_list: list[HoursOfOperationOverride] | None = None,
        last_modified_region: str | None = None,
        last_modified_time: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class ListHoursOfOperationsRequest(_rt.Structure):
    """The input of ListHoursOfOperations."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

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


class ListHoursOfOperationsResponse(_rt.Structure):
    """The output of ListHoursOfOperations."""

    hours_of_operation_summary_list: list[HoursOfOperationSummary] | None = _rt.field(
        "HoursOfOperationSummaryList", _rt.ListOf(_rt.Ref("HoursOfOperationSummary"))
    )
    """Information about the hours of operation."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        hours_of_operation_summary_list: list[HoursOfOperationSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
