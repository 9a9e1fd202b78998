"""Shapes of Amazon Connect Service whose class names start with "listq"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_e import EmailAddressSummary
    from ._shapes_q import (
        QueueSummary,
        QueueType,
        QuickConnectSummary,
        QuickConnectType,
    )


class ListQueueEmailAddressesRequest(_rt.Structure):
    """The input of ListQueueEmailAddresses."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True, location="uri")
    """The identifier for the queue."""

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
        queue_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListQueueEmailAddressesResponse(_rt.Structure):
    """The output of ListQueueEmailAddresses."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    email_address_metadata_list: list[EmailAddressSummary] | None = _rt.field(
        "EmailAddressMetadataList", _rt.ListOf(_rt.Ref("EmailAddressSummary"))
    )
    """List of email address summary information for all email addresses associated
    with the queue. Each item contains the email address identifier, ARN, and
    configuration details."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when this resource was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region where this resource was last modified."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        email_address_metadata_list: list[EmailAddressSummary] | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListQueueQuickConnectsRequest(_rt.Structure):
    """The input of ListQueueQuickConnects."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True, location="uri")
    """The identifier for the queue."""

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
    """The maximum number of results to return per page. The default MaxResult size is
    100."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        queue_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListQueueQuickConnectsResponse(_rt.Structure):
    """The output of ListQueueQuickConnects."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    quick_connect_summary_list: list[QuickConnectSummary] | None = _rt.field(
        "QuickConnectSummaryList", _rt.ListOf(_rt.Ref("QuickConnectSummary"))
    )
    """Information about the quick connects."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when this resource was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region where this resource was last modified."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        quick_connect_summary_list: list[QuickConnectSummary] | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListQueuesRequest(_rt.Structure):
    """The input of ListQueues."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_types: list[QueueType | str] | None = _rt.field(
        "QueueTypes",
        _rt.ListOf(_rt.String(enum="QueueType"), max=2),
        location="querystring",
        name="queueTypes",
    )
    """The type of queue."""

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
        queue_types: list[QueueType | str] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListQueuesResponse(_rt.Structure):
    """The output of ListQueues."""

    queue_summary_list: list[QueueSummary] | None = _rt.field(
        "QueueSummaryList", _rt.ListOf(_rt.Ref("QueueSummary"))
    )
    """Information about the queues."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        queue_summary_list: list[QueueSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListQuickConnectsRequest(_rt.Structure):
    """The input of ListQuickConnects."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance. Both Instance ID and Instance
    ARN are supported input formats."""

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

    quick_connect_types: list[QuickConnectType | str] | None = _rt.field(
        "QuickConnectTypes",
        _rt.ListOf(_rt.String(enum="QuickConnectType"), max=4),
        location="querystring",
    )
    """The type of quick connect. In the Connect Customer admin website, when you
    create a quick connect, you are prompted to assign one of the following types:
    Agent (USER), External (PHONE_NUMBER), or Queue (QUEUE)."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        quick_connect_types: list[QuickConnectType | str] | None = None,
    ) -> Self:
        return cls._build(locals())


class ListQuickConnectsResponse(_rt.Structure):
    """The output of ListQuickConnects."""

    quick_connect_summary_list: list[QuickConnectSummary] | None = _rt.field(
        "QuickConnectSummaryList", _rt.ListOf(_rt.Ref("QuickConnectSummary"))
    )
    """Information about the quick connects."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        quick_connect_summary_list: list[QuickConnectSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
