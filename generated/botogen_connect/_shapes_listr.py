"""Shapes of Amazon Connect Service whose class names start with "listr"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_e import EventSourceName
    from ._shapes_r import (
        RealTimeContactAnalysisOutputType,
        RealTimeContactAnalysisSegmentType,
        RealTimeContactAnalysisStatus,
        RealTimeContactAnalysisSupportedChannel,
        RealtimeContactAnalysisSegment,
        RoutingProfileManualAssignmentQueueConfigSummary,
        RoutingProfileQueueConfigSummary,
        RoutingProfileSummary,
        RulePublishStatus,
        RuleSummary,
    )


class ListRealtimeContactAnalysisSegmentsV2Request(_rt.Structure):
    """The input of ListRealtimeContactAnalysisSegmentsV2."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field(
        "ContactId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the contact in this instance of Connect Customer."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=100000))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    output_type: RealTimeContactAnalysisOutputType | str = _rt.field(
        "OutputType",
        _rt.String(enum="RealTimeContactAnalysisOutputType"),
        required=True,
    )
    """The Contact Lens output type to be returned."""

    segment_types: list[RealTimeContactAnalysisSegmentType | str] = _rt.field(
        "SegmentTypes",
        _rt.ListOf(_rt.String(enum="RealTimeContactAnalysisSegmentType"), max=6),
        required=True,
    )
    """Enum with segment types . Each value corresponds to a segment type returned in
    the segments list of the API. Each segment type has its own structure. Different
    channels may have different sets of supported segment types."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_id: str,
        output_type: RealTimeContactAnalysisOutputType | str,
        segment_types: list[RealTimeContactAnalysisSegmentType | str],
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListRealtimeContactAnalysisSegmentsV2Response(_rt.Structure):
    """The output of ListRealtimeContactAnalysisSegmentsV2."""

    channel: RealTimeContactAnalysisSupportedChannel | str = _rt.field(
        "Channel",
        _rt.String(enum="RealTimeContactAnalysisSupportedChannel"),
        required=True,
    )
    """The channel of the contact.

    Only `CHAT` is supported. This API does not support `VOICE`. If you attempt to
    use it for the VOICE channel, an `InvalidRequestException` error occurs."""

    status: RealTimeContactAnalysisStatus | str = _rt.field(
        "Status", _rt.String(enum="RealTimeContactAnalysisStatus"), required=True
    )
    """Status of real-time contact analysis."""

    segments: list[RealtimeContactAnalysisSegment] = _rt.field(
        "Segments", _rt.ListOf(_rt.Ref("RealtimeContactAnalysisSegment")), required=True
    )
    """An analyzed transcript or category."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=100000))
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        channel: RealTimeContactAnalysisSupportedChannel | str,
        status: RealTimeContactAnalysisStatus | str,
        segments: list[RealtimeContactAnalysisSegment],
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListRoutingProfileManualAssignmentQueuesRequest(_rt.Structure):
    """The input of ListRoutingProfileManualAssignmentQueues."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    routing_profile_id: str = _rt.field(
        "RoutingProfileId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the routing profile."""

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
        routing_profile_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListRoutingProfileManualAssignmentQueuesResponse(_rt.Structure):
    """The output of ListRoutingProfileManualAssignmentQueues."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    routing_profile_manual_assignment_queue_config_summary_list: (
        list[RoutingProfileManualAssignmentQueueConfigSummary] | None
    ) = _rt.field(
        "RoutingProfileManualAssignmentQueueConfigSummaryList",
        _rt.ListOf(_rt.Ref("RoutingProfileManualAssignmentQueueConfigSummary")),
    )
    """Information about the manual assignment queues associated with the routing
    profile."""

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
        routing_profile_manual_assignment_queue_config_summary_list: (
            list[RoutingProfileManualAssignmentQueueConfigSummary] | None
        ) = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListRoutingProfileQueuesRequest(_rt.Structure):
    """The input of ListRoutingProfileQueues."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    routing_profile_id: str = _rt.field(
        "RoutingProfileId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the routing profile."""

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
        routing_profile_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListRoutingProfileQueuesResponse(_rt.Structure):
    """The output of ListRoutingProfileQueues."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    routing_profile_queue_config_summary_list: (
        list[RoutingProfileQueueConfigSummary] | None
    ) = _rt.field(
        "RoutingProfileQueueConfigSummaryList",
        _rt.ListOf(_rt.Ref("RoutingProfileQueueConfigSummary")),
    )
    """Information about the routing profiles."""

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
        routing_profile_queue_config_summary_list: (
            list[RoutingProfileQueueConfigSummary] | None
        ) = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListRoutingProfilesRequest(_rt.Structure):
    """The input of ListRoutingProfiles."""

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


class ListRoutingProfilesResponse(_rt.Structure):
    """The output of ListRoutingProfiles."""

    routing_profile_summary_list: list[RoutingProfileSummary] | None = _rt.field(
        "RoutingProfileSummaryList", _rt.ListOf(_rt.Ref("RoutingProfileSummary"))
    )
    """Information about the routing profiles."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        routing_profile_summary_list: list[RoutingProfileSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListRulesRequest(_rt.Structure):
    """The input of ListRules."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    publish_status: RulePublishStatus | str | None = _rt.field(
        "PublishStatus",
        _rt.String(enum="RulePublishStatus"),
        location="querystring",
        name="publishStatus",
    )
    """The publish status of the rule."""

    event_source_name: EventSourceName | str | None = _rt.field(
        "EventSourceName",
        _rt.String(enum="EventSourceName"),
        location="querystring",
        name="eventSourceName",
    )
    """The name of the event source."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=200),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        publish_status: RulePublishStatus | str | None = None,
        event_source_name: EventSourceName | str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListRulesResponse(_rt.Structure):
    """The output of ListRules."""

    rule_summary_list: list[RuleSummary] = _rt.field(
        "RuleSummaryList", _rt.ListOf(_rt.Ref("RuleSummary")), required=True
    )
    """Summary information about a rule."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls, *, rule_summary_list: list[RuleSummary], next_token: str | None = None
    ) -> Self:
        return cls._build(locals())
