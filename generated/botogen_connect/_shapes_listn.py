"""Shapes of Amazon Connect Service whose class names start with "listn"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_n import Notification


class ListNotificationsRequest(_rt.Structure):
    """The input of ListNotifications."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response to retrieve the next page of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=100),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page. Valid range is 1-100."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListNotificationsResponse(_rt.Structure):
    """The output of ListNotifications."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """The token for the next set of results. If present, there are more results
    available."""

    notification_summary_list: list[Notification] = _rt.field(
        "NotificationSummaryList", _rt.ListOf(_rt.Ref("Notification")), required=True
    )
    """A list of notification summaries."""

    @classmethod
    def make(
        cls,
        *,
        notification_summary_list: list[Notification],
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
