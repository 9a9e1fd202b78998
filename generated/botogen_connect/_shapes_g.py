"""Shapes of Amazon Connect Service whose class names start with "g"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import AgentConfig
    from ._shapes_co import ContactMetricInfo, ContactMetricResult
    from ._shapes_cr import CreatedByInfo, Credentials
    from ._shapes_cu import (
        CurrentMetric,
        CurrentMetricResult,
        CurrentMetricSortCriteria,
    )
    from ._shapes_da import DataTableAccessControlConfiguration
    from ._shapes_do import DownloadUrlMetadata
    from ._shapes_e import EffectiveHoursOfOperations, EffectiveOverrideHours
    from ._shapes_f import (
        FileStatusType,
        FileUseCaseType,
        FilterV2,
        Filters,
        FlowAssociationResourceType,
    )
    from ._shapes_h import HistoricalMetric, HistoricalMetricResult
    from ._shapes_i import IntervalDetails
    from ._shapes_m import MetricResultV2, MetricV2
    from ._shapes_o import ObservationSummary
    from ._shapes_si import SignInConfig
    from ._shapes_t import (
        TaskTemplateConstraints,
        TaskTemplateDefaults,
        TaskTemplateField,
        TaskTemplateStatus,
        TelephonyConfig,
        TestCaseExecutionStatus,
    )
    from ._shapes_us import UserData, UserDataFilters


class GetAttachedFileRequest(_rt.Structure):
    """Request to GetAttachedFile API."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier of the Connect Customer instance."""

    file_id: str = _rt.field(
        "FileId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier of the attached file resource."""

    url_expiry_in_seconds: int | None = _rt.field(
        "UrlExpiryInSeconds",
        _rt.Integer(min=5, max=300),
        location="querystring",
        name="urlExpiryInSeconds",
    )
    """Optional override for the expiry of the pre-signed S3 URL in seconds. The
    default value is 300."""

    associated_resource_arn: str = _rt.field(
        "AssociatedResourceArn",
        _rt.String(),
        required=True,
        location="querystring",
        name="associatedResourceArn",
    )
    """The resource to which the attached file is (being) uploaded to. The supported
    resources are Cases
    (https://docs.aws.amazon.com/connect/latest/adminguide/cases.html) and Email
    (https://docs.aws.amazon.com/connect/latest/adminguide/setup-email-channel.html).

    This value must be a valid ARN."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        file_id: str,
        associated_resource_arn: str,
        url_expiry_in_seconds: int | None = None,
    ) -> Self:
        return cls._build(locals())


class GetAttachedFileResponse(_rt.Structure):
    """Response from GetAttachedFile API."""

    file_arn: str | None = _rt.field("FileArn", _rt.String())
    """The unique identifier of the attached file resource (ARN)."""

    file_id: str | None = _rt.field("FileId", _rt.String(min=1, max=256))
    """The unique identifier of the attached file resource."""

    creation_time: str | None = _rt.field("CreationTime", _rt.String())
    """The time of Creation of the file resource as an ISO timestamp. It's specified in
    ISO 8601 format: `yyyy-MM-ddThh:mm:ss.SSSZ`. For example,
    `2024-05-03T02:41:28.172Z`."""

    file_status: FileStatusType | str | None = _rt.field(
        "FileStatus", _rt.String(enum="FileStatusType")
    )
    """The current status of the attached file."""

    file_name: str | None = _rt.field("FileName", _rt.String(min=1, max=256))
    """A case-sensitive name of the attached file being uploaded."""

    file_size_in_bytes: int = _rt.field(
        "FileSizeInBytes", _rt.Integer(min=1), required=True
    )
    """The size of the attached file in bytes."""

    associated_resource_arn: str | None = _rt.field(
        "AssociatedResourceArn", _rt.String()
    )
    """The resource to which the attached file is (being) uploaded to. Cases
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_connect-cases_CreateCase.html)
    are the only current supported resource."""

    file_use_case_type: FileUseCaseType | str | None = _rt.field(
        "FileUseCaseType", _rt.String(enum="FileUseCaseType")
    )
    """The use case for the file."""

    created_by: CreatedByInfo | None = _rt.field("CreatedBy", _rt.Ref("CreatedByInfo"))
    """Represents the identity that created the file."""

    download_url_metadata: DownloadUrlMetadata | None = _rt.field(
        "DownloadUrlMetadata", _rt.Ref("DownloadUrlMetadata")
    )
    """URL and expiry to be used when downloading the attached file."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, `{ "Tags": {"key1":"value1", "key2":"value2"} }`."""

    @classmethod
    def make(
        cls,
        *,
        file_size_in_bytes: int,
        file_arn: str | None = None,
        file_id: str | None = None,
        creation_time: str | None = None,
        file_status: FileStatusType | str | None = None,
        file_name: str | None = None,
        associated_resource_arn: str | None = None,
        file_use_case_type: FileUseCaseType | str | None = None,
        created_by: CreatedByInfo | None = None,
        download_url_metadata: DownloadUrlMetadata | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class GetContactAttributesRequest(_rt.Structure):
    """The input of GetContactAttributes."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance."""

    initial_contact_id: str = _rt.field(
        "InitialContactId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the initial contact."""

    @classmethod
    def make(cls, *, instance_id: str, initial_contact_id: str) -> Self:
        return cls._build(locals())


class GetContactAttributesResponse(_rt.Structure):
    """The output of GetContactAttributes."""

    attributes: dict[str, str] | None = _rt.field(
        "Attributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
    )
    """Information about the attributes."""

    @classmethod
    def make(cls, *, attributes: dict[str, str] | None = None) -> Self:
        return cls._build(locals())


class GetContactMetricsRequest(_rt.Structure):
    """The input of GetContactMetrics."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(
            min=1,
            max=250,
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field(
        "ContactId",
        _rt.String(
            min=1,
            max=250,
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
    )
    """The identifier of the contact in this instance of Connect Customer."""

    metrics: list[ContactMetricInfo] = _rt.field(
        "Metrics", _rt.ListOf(_rt.Ref("ContactMetricInfo"), min=1), required=True
    )
    """A list of contact level metrics to retrieve.Supported metrics include
    POSITION_IN_QUEUE (the contact's current position in the queue) and
    ESTIMATED_WAIT_TIME (the predicted time in seconds until the contact is
    connected to an agent)"""

    @classmethod
    def make(
        cls, *, instance_id: str, contact_id: str, metrics: list[ContactMetricInfo]
    ) -> Self:
        return cls._build(locals())


class GetContactMetricsResponse(_rt.Structure):
    """The output of GetContactMetrics."""

    metric_results: list[ContactMetricResult] | None = _rt.field(
        "MetricResults", _rt.ListOf(_rt.Ref("ContactMetricResult"))
    )
    """A list of metric results containing the calculated values for each requested
    metric. Each result includes the metric name and its corresponding value. For
    example, POSITION_IN_QUEUE returns a numeric value representing the contact's
    position in queue, and ESTIMATED_WAIT_TIME returns the predicted wait time in
    seconds."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=256))
    """The unique identifier of the contact for which metrics were retrieved. This
    matches the ContactId provided in the request."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The ARN of the contact for which metrics were retrieved."""

    @classmethod
    def make(
        cls,
        *,
        metric_results: list[ContactMetricResult] | None = None,
        id: str | None = None,
        arn: str | None = None,
    ) -> Self:
        return cls._build(locals())


class GetCurrentMetricDataRequest(_rt.Structure):
    """The input of GetCurrentMetricData."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    filters: Filters = _rt.field("Filters", _rt.Ref("Filters"), required=True)
    """The filters to apply to returned metrics. You can filter up to the following
    limits:

    Queues: 100

    Routing profiles: 100

    Channels: 3 (VOICE, CHAT, and TASK channels are supported.)

    RoutingStepExpressions: 50

    AgentStatuses: 50

    Subtypes: 10

    ValidationTestTypes: 10

    Metric data is retrieved only for the resources associated with the queues or
    routing profiles, and by any channels included in the filter. (You cannot filter
    by both queue AND routing profile.) You can include both resource IDs and
    resource ARNs in the same request.

    When using `AgentStatuses` as filter make sure Queues is added as primary
    filter.

    When using `Subtypes` as filter make sure Queues is added as primary filter.

    When using `ValidationTestTypes` as filter make sure Queues is added as primary
    filter.

    When using the `RoutingStepExpression` filter, you need to pass exactly one
    `QueueId`. The filter is also case sensitive so when using the
    `RoutingStepExpression` filter, grouping by `ROUTING_STEP_EXPRESSION` is
    required.

    Currently tagging is only supported on the resources that are passed in the
    filter."""

    groupings: list[Grouping | str] | None = _rt.field(
        "Groupings", _rt.ListOf(_rt.String(enum="Grouping"), max=2)
    )
    """Defines the level of aggregation for metrics data by a dimension(s). Its similar
    to sorting items into buckets based on a common characteristic, then counting or
    calculating something for each bucket. For example, when grouped by `QUEUE`, the
    metrics returned apply to each queue rather than aggregated for all queues.

    The grouping list is an ordered list, with the first item in the list defined as
    the primary grouping. If no grouping is included in the request, the aggregation
    happens at the instance-level.

    If you group by `CHANNEL`, you should include a Channels filter. VOICE, CHAT,
    and TASK channels are supported.

    If you group by `AGENT_STATUS`, you must include the `QUEUE` as the primary
    grouping and use queue filter. When you group by `AGENT_STATUS`, the only metric
    available is the `AGENTS_ONLINE` metric.

    If you group by `SUBTYPE` or `VALIDATION_TEST_TYPE` as secondary grouping then
    you must include `QUEUE` as primary grouping and use Queue as filter

    If you group by `ROUTING_PROFILE`, you must include either a queue or routing
    profile filter. In addition, a routing profile filter is required for metrics
    `CONTACTS_SCHEDULED`, `CONTACTS_IN_QUEUE`, and ` OLDEST_CONTACT_AGE`.

    When using the `RoutingStepExpression` filter, group by
    `ROUTING_STEP_EXPRESSION` is required."""

    current_metrics: list[CurrentMetric] = _rt.field(
        "CurrentMetrics", _rt.ListOf(_rt.Ref("CurrentMetric")), required=True
    )
    """The metrics to retrieve. Specify the name or metricId, and unit for each metric.
    The following metrics are available. For a description of all the metrics, see
    Metrics definitions
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html)
    in the Connect Customer Administrator Guide.

    MetricId should be used to reference custom metrics or out of the box metrics as
    Arn. If using MetricId, the limit is 10 MetricId per request.

    AGENTS_AFTER_CONTACT_WORK

    Unit: COUNT

    Name in real-time metrics report: ACW
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#aftercallwork-real-time)

    AGENTS_AVAILABLE

    Unit: COUNT

    Name in real-time metrics report: Available
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#available-real-time)

    AGENTS_ERROR

    Unit: COUNT

    Name in real-time metrics report: Error
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#error-real-time)

    AGENTS_NON_PRODUCTIVE

    Unit: COUNT

    Name in real-time metrics report: NPT (Non-Productive Time)
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#non-productive-time-real-time)

    AGENTS_ON_CALL

    Unit: COUNT

    Name in real-time metrics report: On contact
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#on-call-real-time)

    AGENTS_ON_CONTACT

    Unit: COUNT

    Name in real-time metrics report: On contact
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#on-call-real-time)

    AGENTS_ONLINE

    Unit: COUNT

    Name in real-time metrics report: Online
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#online-real-time)

    AGENTS_STAFFED

    Unit: COUNT

    Name in real-time metrics report: Staffed
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#staffed-real-time)

    CONTACTS_IN_QUEUE

    Unit: COUNT

    Name in real-time metrics report: In queue
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#in-queue-real-time)

    CONTACTS_SCHEDULED

    Unit: COUNT

    Name in real-time metrics report: Scheduled
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#scheduled-real-time)

    ESTIMATED_WAIT_TIME

    Unit: SECONDS

    This metric supports filter and grouping combination only used for core routing
    purpose. Valid filter and grouping use cases:

    Filter by a list of [Queues] and a list of [Channels], group by [“QUEUE”,
    “CHANNEL”]

    Filter by a singleton list of [Queue], a singleton list of [Channel], a list of
    [RoutingStepExpression], group by [“ROUTING_STEP_EXPRESSION”].

    OLDEST_CONTACT_AGE

    Unit: SECONDS

    When you use groupings, Unit says SECONDS and the Value is returned in SECONDS.

    When you do not use groupings, Unit says SECONDS but the Value is returned in
    MILLISECONDS. For example, if you get a response like this:

    `{ "Metric": { "Name": "OLDEST_CONTACT_AGE", "Unit": "SECONDS" }, "Value":
    24113.0 `}

    The actual OLDEST_CONTACT_AGE is 24 seconds.

    When the filter `RoutingStepExpression` is used, this metric is still calculated
    from enqueue time. For example, if a contact that has been queued under
    `<Expression 1>` for 10 seconds has expired and `<Expression 2>` becomes active,
    then `OLDEST_CONTACT_AGE` for this queue will be counted starting from 10, not
    0.

    Name in real-time metrics report: Oldest
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#oldest-real-time)

    SLOTS_ACTIVE

    Unit: COUNT

    Name in real-time metrics report: Active
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#active-real-time)

    SLOTS_AVAILABLE

    Unit: COUNT

    Name in real-time metrics report: Availability
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#availability-real-time)
    """

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results.

    The token expires after 5 minutes from the time it is created. Subsequent
    requests that use the token must use the same request parameters as the request
    that generated the token."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    sort_criteria: list[CurrentMetricSortCriteria] | None = _rt.field(
        "SortCriteria", _rt.ListOf(_rt.Ref("CurrentMetricSortCriteria"), min=0, max=1)
    )
    """The way to sort the resulting response based on metrics. You can enter one sort
    criteria. By default resources are sorted based on `AGENTS_ONLINE`,
    `DESCENDING`. The metric collection is sorted based on the input metrics.

    Note the following:

    Sorting on `SLOTS_ACTIVE` and `SLOTS_AVAILABLE` is not supported."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        filters: Filters,
        current_metrics: list[CurrentMetric],
        groupings: list[Grouping | str] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        sort_criteria: list[CurrentMetricSortCriteria] | None = None,
    ) -> Self:
        return cls._build(locals())


class GetCurrentMetricDataResponse(_rt.Structure):
    """The output of GetCurrentMetricData."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results.

    The token expires after 5 minutes from the time it is created. Subsequent
    requests that use the token must use the same request parameters as the request
    that generated the token."""

    metric_results: list[CurrentMetricResult] | None = _rt.field(
        "MetricResults", _rt.ListOf(_rt.Ref("CurrentMetricResult"))
    )
    """Information about the real-time metrics."""

    data_snapshot_time: datetime.datetime | None = _rt.field(
        "DataSnapshotTime", _rt.Timestamp()
    )
    """The time at which the metrics were retrieved and cached for pagination."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total count of the result, regardless of the current page size."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        metric_results: list[CurrentMetricResult] | None = None,
        data_snapshot_time: datetime.datetime | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class GetCurrentUserDataRequest(_rt.Structure):
    """The input of GetCurrentUserData."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    filters: UserDataFilters = _rt.field(
        "Filters", _rt.Ref("UserDataFilters"), required=True
    )
    """The filters to apply to returned user data. You can filter up to the following
    limits:

    Queues: 100

    Routing profiles: 100

    Agents: 100

    Contact states: 9

    User hierarchy groups: 1

    The user data is retrieved for only the specified values/resources in the
    filter. A maximum of one filter can be passed from queues, routing profiles,
    agents, and user hierarchy groups.

    Currently tagging is only supported on the resources that are passed in the
    filter."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        filters: UserDataFilters,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class GetCurrentUserDataResponse(_rt.Structure):
    """The output of GetCurrentUserData."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    user_data_list: list[UserData] | None = _rt.field(
        "UserDataList", _rt.ListOf(_rt.Ref("UserData"))
    )
    """A list of the user data that is returned."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total count of the result, regardless of the current page size."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        user_data_list: list[UserData] | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class GetEffectiveHoursOfOperationsRequest(_rt.Structure):
    """The input of GetEffectiveHoursOfOperations."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance."""

    hours_of_operation_id: str = _rt.field(
        "HoursOfOperationId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the hours of operation."""

    from_date: str = _rt.field(
        "FromDate",
        _rt.String(pattern="^\\d{4}-\\d{2}-\\d{2}$"),
        required=True,
        location="querystring",
        name="fromDate",
    )
    """The date from when the hours of operation are listed."""

    to_date: str = _rt.field(
        "ToDate",
        _rt.String(pattern="^\\d{4}-\\d{2}-\\d{2}$"),
        required=True,
        location="querystring",
        name="toDate",
    )
    """The date until when the hours of operation are listed."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        hours_of_operation_id: str,
        from_date: str,
        to_date: str,
    ) -> Self:
        return cls._build(locals())


class GetEffectiveHoursOfOperationsResponse(_rt.Structure):
    """The output of GetEffectiveHoursOfOperations."""

    effective_hours_of_operation_list: list[EffectiveHoursOfOperations] | None = (
        _rt.field(
            "EffectiveHoursOfOperationList",
            _rt.ListOf(_rt.Ref("EffectiveHoursOfOperations")),
        )
    )
    """Information about the effective hours of operations."""

    effective_override_hours_list: list[EffectiveOverrideHours] | None = _rt.field(
        "EffectiveOverrideHoursList", _rt.ListOf(_rt.Ref("EffectiveOverrideHours"))
    )
    """Information about override configurations applied to the base hours of operation
    to calculate the effective hours.

    For more information about how override types are applied, see Build your list
    of overrides
    (https://docs.aws.amazon.com/https:/docs.aws.amazon.com/connect/latest/adminguide/hours-of-operation-overrides.html)
    in the Administrator Guide."""

    time_zone: str | None = _rt.field("TimeZone", _rt.String())
    """The time zone for the hours of operation."""

    @classmethod
    def make(
        cls,
        *,
        effective_hours_of_operation_list: (
            list[EffectiveHoursOfOperations] | None
        ) = None,
        effective_override_hours_list: list[EffectiveOverrideHours] | None = None,
        time_zone: str | None = None,
    ) -> Self:
        return cls._build(locals())


class GetFederationTokenRequest(_rt.Structure):
    """The input of GetFederationToken."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(cls, *, instance_id: str) -> Self:
        return cls._build(locals())


class GetFederationTokenResponse(_rt.Structure):
    """The output of GetFederationToken."""

    credentials: Credentials | None = _rt.field(
        "Credentials", _rt.Ref("Credentials"), sensitive=True
    )
    """The credentials to use for federation."""

    sign_in_url: str | None = _rt.field("SignInUrl", _rt.String())
    """The URL to sign into the user's instance."""

    user_arn: str | None = _rt.field("UserArn", _rt.String())
    """The Amazon Resource Name (ARN) of the user."""

    user_id: str | None = _rt.field("UserId", _rt.String(min=1, max=256))
    """The identifier for the user. This can be the ID or the ARN of the user."""

    @classmethod
    def make(
        cls,
        *,
        credentials: Credentials | None = None,
        sign_in_url: str | None = None,
        user_arn: str | None = None,
        user_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class GetFlowAssociationRequest(_rt.Structure):
    """The input of GetFlowAssociation."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    resource_id: str = _rt.field(
        "ResourceId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the resource.

    Amazon Web Services End User Messaging SMS phone number ARN when using
    `SMS_PHONE_NUMBER`

    Amazon Web Services End User Messaging Social phone number ARN when using
    `WHATSAPP_MESSAGING_PHONE_NUMBER`"""

    resource_type: FlowAssociationResourceType | str = _rt.field(
        "ResourceType",
        _rt.String(enum="FlowAssociationResourceType"),
        required=True,
        location="uri",
    )
    """A valid resource type."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        resource_id: str,
        resource_type: FlowAssociationResourceType | str,
    ) -> Self:
        return cls._build(locals())


class GetFlowAssociationResponse(_rt.Structure):
    """The output of GetFlowAssociation."""

    resource_id: str | None = _rt.field("ResourceId", _rt.String())
    """The identifier of the resource."""

    flow_id: str | None = _rt.field("FlowId", _rt.String())
    """The identifier of the flow."""

    resource_type: FlowAssociationResourceType | str | None = _rt.field(
        "ResourceType", _rt.String(enum="FlowAssociationResourceType")
    )
    """A valid resource type."""

    @classmethod
    def make(
        cls,
        *,
        resource_id: str | None = None,
        flow_id: str | None = None,
        resource_type: FlowAssociationResourceType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class GetMetricDataRequest(_rt.Structure):
    """The input of GetMetricData."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    start_time: datetime.datetime = _rt.field(
        "StartTime", _rt.Timestamp(), required=True
    )
    """The timestamp, in UNIX Epoch time format, at which to start the reporting
    interval for the retrieval of historical metrics data. The time must be
    specified using a multiple of 5 minutes, such as 10:05, 10:10, 10:15.

    The start time cannot be earlier than 24 hours before the time of the request.
    Historical metrics are available only for 24 hours."""

    end_time: datetime.datetime = _rt.field("EndTime", _rt.Timestamp(), required=True)
    """The timestamp, in UNIX Epoch time format, at which to end the reporting interval
    for the retrieval of historical metrics data. The time must be specified using
    an interval of 5 minutes, such as 11:00, 11:05, 11:10, and must be later than
    the start time timestamp.

    The time range between the start and end time must be less than 24 hours."""

    filters: Filters = _rt.field("Filters", _rt.Ref("Filters"), required=True)
    """The queues, up to 100, or channels, to use to filter the metrics returned.
    Metric data is retrieved only for the resources associated with the queues or
    channels included in the filter. You can include both queue IDs and queue ARNs
    in the same request. VOICE, CHAT, and TASK channels are supported.

    RoutingStepExpression is not a valid filter for GetMetricData and we recommend
    switching to GetMetricDataV2 for more up-to-date features.

    To filter by `Queues`, enter the queue ID/ARN, not the name of the queue."""

    groupings: list[Grouping | str] | None = _rt.field(
        "Groupings", _rt.ListOf(_rt.String(enum="Grouping"), max=2)
    )
    """The grouping applied to the metrics returned. For example, when results are
    grouped by queue, the metrics returned are grouped by queue. The values returned
    apply to the metrics for each queue rather than aggregated for all queues.

    If no grouping is specified, a summary of metrics for all queues is returned.

    RoutingStepExpression is not a valid filter for GetMetricData and we recommend
    switching to GetMetricDataV2 for more up-to-date features."""

    historical_metrics: list[HistoricalMetric] = _rt.field(
        "HistoricalMetrics", _rt.ListOf(_rt.Ref("HistoricalMetric")), required=True
    )
    """The metrics to retrieve. Specify the name, unit, and statistic for each metric.
    The following historical metrics are available. For a description of each
    metric, see Metrics definition
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html)
    in the Connect Customer Administrator Guide.

    This API does not support a contacts incoming metric (there's no
    CONTACTS_INCOMING metric missing from the documented list).

    ABANDON_TIME

    Unit: SECONDS

    Statistic: AVG

    UI name: Average queue abandon time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-queue-abandon-time)

    AFTER_CONTACT_WORK_TIME

    Unit: SECONDS

    Statistic: AVG

    UI name: After contact work time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#after-contact-work-time)

    API_CONTACTS_HANDLED

    Unit: COUNT

    Statistic: SUM

    UI name: API contacts handled
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#api-contacts-handled)

    AVG_HOLD_TIME

    Unit: SECONDS

    Statistic: AVG

    UI name: Average customer hold time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-hold-time)

    CALLBACK_CONTACTS_HANDLED

    Unit: COUNT

    Statistic: SUM

    UI name: Callback contacts handled
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#callback-contacts-handled)

    CONTACTS_ABANDONED

    Unit: COUNT

    Statistic: SUM

    UI name: Contacts abandoned
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-abandoned)

    CONTACTS_AGENT_HUNG_UP_FIRST

    Unit: COUNT

    Statistic: SUM

    UI name: Contacts agent hung up first
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-agent-hung-up-first)

    CONTACTS_CONSULTED

    Unit: COUNT

    Statistic: SUM

    UI name: Contacts consulted
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-consulted)

    CONTACTS_HANDLED

    Unit: COUNT

    Statistic: SUM

    UI name: Contacts handled
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-handled)

    CONTACTS_HANDLED_INCOMING

    Unit: COUNT

    Statistic: SUM

    UI name: Contacts handled incoming
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-handled-incoming)

    CONTACTS_HANDLED_OUTBOUND

    Unit: COUNT

    Statistic: SUM

    UI name: Contacts handled outbound
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-handled-outbound)

    CONTACTS_HOLD_ABANDONS

    Unit: COUNT

    Statistic: SUM

    UI name: Contacts hold disconnect
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-hold-disconnect)

    CONTACTS_MISSED

    Unit: COUNT

    Statistic: SUM

    UI name: AGENT_NON_RESPONSE
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-non-response)

    CONTACTS_QUEUED

    Unit: COUNT

    Statistic: SUM

    UI name: Contacts queued
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-queued)

    CONTACTS_TRANSFERRED_IN

    Unit: COUNT

    Statistic: SUM

    UI name: Contacts transferred in
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-in)

    CONTACTS_TRANSFERRED_IN_FROM_QUEUE

    Unit: COUNT

    Statistic: SUM

    UI name: Contacts transferred out queue
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out-queue)

    CONTACTS_TRANSFERRED_OUT

    Unit: COUNT

    Statistic: SUM

    UI name: Contacts transferred out
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out)

    CONTACTS_TRANSFERRED_OUT_FROM_QUEUE

    Unit: COUNT

    Statistic: SUM

    UI name: Contacts transferred out queue
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out-queue)

    HANDLE_TIME

    Unit: SECONDS

    Statistic: AVG

    UI name: Average handle time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-handle-time)

    INTERACTION_AND_HOLD_TIME

    Unit: SECONDS

    Statistic: AVG

    UI name: Average agent interaction and customer hold time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-interaction-and-customer-hold-time)

    INTERACTION_TIME

    Unit: SECONDS

    Statistic: AVG

    UI name: Average agent interaction time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#aaverage-agent-interaction-time)

    OCCUPANCY

    Unit: PERCENT

    Statistic: AVG

    UI name: Occupancy
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#occupancy)

    QUEUE_ANSWER_TIME

    Unit: SECONDS

    Statistic: AVG

    UI name: Average queue answer time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html##average-queue-answer-time)

    QUEUED_TIME

    Unit: SECONDS

    Statistic: MAX

    UI name: Minimum flow time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#minimum-flow-time)

    SERVICE_LEVEL

    You can include up to 20 SERVICE_LEVEL metrics in a request.

    Unit: PERCENT

    Statistic: AVG

    Threshold: For `ThresholdValue`, enter any whole number from 1 to 604800
    (inclusive), in seconds. For `Comparison`, you must enter `LT` (for "Less
    than").

    UI name: Average queue abandon time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-queue-abandon-time)
    """

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        filters: Filters,
        historical_metrics: list[HistoricalMetric],
        groupings: list[Grouping | str] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class GetMetricDataResponse(_rt.Structure):
    """The output of GetMetricData."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results.

    The token expires after 5 minutes from the time it is created. Subsequent
    requests that use the token must use the same request parameters as the request
    that generated the token."""

    metric_results: list[HistoricalMetricResult] | None = _rt.field(
        "MetricResults", _rt.ListOf(_rt.Ref("HistoricalMetricResult"))
    )
    """Information about the historical metrics.

    If no grouping is specified, a summary of metric data is returned."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        metric_results: list[HistoricalMetricResult] | None = None,
    ) -> Self:
        return cls._build(locals())


class GetMetricDataV2Request(_rt.Structure):
    """The input of GetMetricDataV2."""

    resource_arn: str = _rt.field("ResourceArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the resource. This includes the `instanceId`
    an Connect Customer instance."""

    start_time: datetime.datetime = _rt.field(
        "StartTime", _rt.Timestamp(), required=True
    )
    """The timestamp, in UNIX Epoch time format, at which to start the reporting
    interval for the retrieval of historical metrics data. The time must be before
    the end time timestamp. The start and end time depends on the `IntervalPeriod`
    selected. By default the time range between start and end time is 35 days.
    Historical metrics are available for 3 months."""

    end_time: datetime.datetime = _rt.field("EndTime", _rt.Timestamp(), required=True)
    """The timestamp, in UNIX Epoch time format, at which to end the reporting interval
    for the retrieval of historical metrics data. The time must be later than the
    start time timestamp. It cannot be later than the current timestamp."""

    interval: IntervalDetails | None = _rt.field("Interval", _rt.Ref("IntervalDetails"))
    """The interval period and timezone to apply to returned metrics.

    `IntervalPeriod`: An aggregated grouping applied to request metrics. Valid
    `IntervalPeriod` values are: `FIFTEEN_MIN` | `THIRTY_MIN` | `HOUR` | `DAY` |
    `WEEK` | `TOTAL`.

    For example, if `IntervalPeriod` is selected `THIRTY_MIN`, `StartTime` and
    `EndTime` differs by 1 day, then Connect Customer returns 48 results in the
    response. Each result is aggregated by the THIRTY_MIN period. By default Connect
    Customer aggregates results based on the `TOTAL` interval period.

    The following list describes restrictions on `StartTime` and `EndTime` based on
    which `IntervalPeriod` is requested.

    `FIFTEEN_MIN`: The difference between `StartTime` and `EndTime` must be less
    than 3 days.

    `THIRTY_MIN`: The difference between `StartTime` and `EndTime` must be less than
    3 days.

    `HOUR`: The difference between `StartTime` and `EndTime` must be less than 3
    days.

    `DAY`: The difference between `StartTime` and `EndTime` must be less than 35
    days.

    `WEEK`: The difference between `StartTime` and `EndTime` must be less than 35
    days.

    `TOTAL`: The difference between `StartTime` and `EndTime` must be less than 35
    days.

    `TimeZone`: The timezone applied to requested metrics."""

    filters: list[FilterV2] = _rt.field(
        "Filters", _rt.ListOf(_rt.Ref("FilterV2"), min=1, max=5), required=True
    )
    """Filtering is an operation that selects records that match a set of specified
    criteria. By narrowing the dataset before aggregation, filters ensure that only
    relevant records are included in the computation.

    Filter keys

    The following are valid filter keys for a `GetMetricDataV2` request:

    `AGENT` | `AGENT_HIERARCHY_LEVEL_ONE` | `AGENT_HIERARCHY_LEVEL_TWO` |
    `AGENT_HIERARCHY_LEVEL_THREE` | `AGENT_HIERARCHY_LEVEL_FOUR` |
    `AGENT_HIERARCHY_LEVEL_FIVE` | `ANSWERING_MACHINE_DETECTION_STATUS` |
    `BOT_ALIAS` | `BOT_ID` | `BOT_INTENT_NAME` | `BOT_LOCALE` | `BOT_VERSION` |
    `CAMPAIGN` | `CAMPAIGN_DELIVERY_EVENT_TYPE` | `CAMPAIGN_EXCLUDED_EVENT_TYPE` |
    `CASE_STATUS` | `CASE_TEMPLATE_ARN` | `CHANNEL` |
    `contact/segmentAttributes/connect:Subtype` |
    `contact/segmentAttributes/connect:ValidationTestType` | `DISCONNECT_REASON` |
    `EVALUATION_FORM` | `EVALUATION_QUESTION` | `EVALUATION_SECTION` |
    `EVALUATION_SOURCE` | `EVALUATOR_ID` | `FEATURE` | `FLOW_ACTION_ID` |
    `FLOW_TYPE` | `FLOWS_MODULE_RESOURCE_ID` | `FLOWS_NEXT_RESOURCE_ID` |
    `FLOWS_NEXT_RESOURCE_QUEUE_ID` | `FLOWS_OUTCOME_TYPE` | `FLOWS_RESOURCE_ID` |
    `FORM_VERSION` | `INITIATING_FLOW` | `INITIATION_METHOD` |
    `INVOKING_RESOURCE_PUBLISHED_TIMESTAMP` | `INVOKING_RESOURCE_TYPE` |
    `PARENT_FLOWS_RESOURCE_ID` | `Q_CONNECT_ENABLED` | `QUEUE` |
    `RESOURCE_PUBLISHED_TIMESTAMP` | `ROUTING_PROFILE` | `ROUTING_STEP_EXPRESSION` |
    `TEST_CASE` | `TEST_CASE_EXECUTION_FAILURE_REASON` |
    `TEST_CASE_EXECUTION_RESULT` | `TEST_CASE_EXECUTION_STATE`

    The following filter keys correspond to Connect Customer resources and are used
    for authorizing requests. A `GetMetricDataV2` request requires at least one of
    these filters:

    `QUEUE`, `ROUTING_PROFILE`, `AGENT`, `AGENT_HIERARCHY_LEVEL_ONE`,
    `AGENT_HIERARCHY_LEVEL_TWO`, `AGENT_HIERARCHY_LEVEL_THREE`,
    `AGENT_HIERARCHY_LEVEL_FOUR`, `AGENT_HIERARCHY_LEVEL_FIVE`, `CAMPAIGN`,
    `EVALUATION_FORM`, `EVALUATOR_ID`

    You can use up to 5 filter keys in a single request, and up to 100 filter values
    across all filter keys.

    Filter values

    VOICE, CHAT, TASK, and EMAIL are valid filter values for the `CHANNEL` filter
    key. They do not count towards the limit of 100 filter values. For example, a
    `GetMetricDataV2` request can filter by 50 queues, 35 agents, and 15 routing
    profiles for a total of 100 filter values, along with 4 channel filters.

    `contact_lens_conversational_analytics` is a valid filter value for the
    `FEATURE` filter key. It is available only for contacts analyzed by Contact Lens
    conversational analytics.

    `connect:Chat`, `connect:SMS`, `connect:Telephony`, and `connect:WebRTC` are
    valid filter value examples (not exhaustive) for the
    `contact/segmentAttributes/connect:Subtype` filter key.

    `ROUTING_STEP_EXPRESSION` accepts a filter value up to 3,000 characters in
    length. This filter is case-sensitive and order-sensitive. JSON string fields
    must be sorted in ascending order, and JSON array order must be preserved.

    TRUE and FALSE are the only valid filter values for the `Q_CONNECT_ENABLED`
    filter key.

    TRUE includes all contacts that had Connect AI Agents enabled as part of the
    flow.

    FALSE includes all contacts that did not have Connect AI Agents enabled as part
    of the flow.

    `EXPERIENCE_VALIDATION` and `FLOW_VALIDATION` are the only valid filter values
    for the `contact/segmentAttributes/connect:ValidationTestType` filter key. This
    filter is available only for contact record-driven metrics.

    Campaign
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_connect-outbound-campaigns_Campaign.html)
    ARNs are valid filter values for the `CAMPAIGN` filter key.

    To filter by phone number, see Create a historical metrics report
    (https://docs.aws.amazon.com/connect/latest/adminguide/create-historical-metrics-report.html)
    in the Connect Customer Administrator Guide."""

    groupings: list[str] | None = _rt.field(
        "Groupings", _rt.ListOf(_rt.String(), max=4)
    )
    """The grouping applied to the metrics that are returned. For example, when results
    are grouped by queue, the metrics returned are grouped by queue. The values that
    are returned apply to the metrics for each queue. They are not aggregated for
    all queues.

    If no grouping is specified, a summary of all metrics is returned.

    Valid grouping keys: `AGENT` | `AGENT_HIERARCHY_LEVEL_ONE` |
    `AGENT_HIERARCHY_LEVEL_TWO` | `AGENT_HIERARCHY_LEVEL_THREE` |
    `AGENT_HIERARCHY_LEVEL_FOUR` | `AGENT_HIERARCHY_LEVEL_FIVE` |
    `ANSWERING_MACHINE_DETECTION_STATUS` | `BOT_ID` | `BOT_ALIAS` | `BOT_VERSION` |
    `BOT_LOCALE` | `BOT_INTENT_NAME` | `CAMPAIGN` | `CAMPAIGN_DELIVERY_EVENT_TYPE` |
    `CAMPAIGN_EXCLUDED_EVENT_TYPE` | `CAMPAIGN_EXECUTION_TIMESTAMP` |
    `CASE_TEMPLATE_ARN` | `CASE_STATUS` | `CHANNEL` |
    `contact/segmentAttributes/connect:Subtype` | `DISCONNECT_REASON` |
    `EVALUATION_FORM` | `EVALUATION_SECTION` | `EVALUATION_QUESTION` |
    `EVALUATION_SOURCE` | `EVALUATOR_ID` | `FLOWS_RESOURCE_ID` |
    `FLOWS_MODULE_RESOURCE_ID` | `FLOW_ACTION_ID` | `FLOW_TYPE` |
    `FLOWS_OUTCOME_TYPE` | `FORM_VERSION` | `INITIATION_METHOD` |
    `INVOKING_RESOURCE_PUBLISHED_TIMESTAMP` | `INVOKING_RESOURCE_TYPE` |
    `PARENT_FLOWS_RESOURCE_ID` | `Q_CONNECT_ENABLED` | `QUEUE` |
    `RESOURCE_PUBLISHED_TIMESTAMP` | `ROUTING_PROFILE` | `ROUTING_STEP_EXPRESSION` |
    `TEST_CASE` | `TEST_CASE_EXECUTION_FAILURE_REASON` |
    `TEST_CASE_INVOCATION_METHOD`

    API, SCHEDULE, and EVENT are the only valid filterValues for
    TEST_CASE_INVOCATION_METHOD.

    OBSERVE_EVENT, SEND_INSTRUCTION, ASSERT_DATA, and OVERRIDE_SYSTEM_BEHAVIOR are
    the only valid filterValues for TEST_CASE_EXECUTION_FAILURE_REASON

    Type: Array of strings

    Array Members: Maximum number of 4 items

    Required: No"""

    metrics: list[MetricV2] = _rt.field(
        "Metrics", _rt.ListOf(_rt.Ref("MetricV2")), required=True
    )
    """The metrics to retrieve. Specify the name or metricId, groupings, and filters
    for each metric. The following historical metrics are available. For a
    description of each metric, see Metrics definition
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html)
    in the Connect Customer Administrator Guide.

    MetricId should be used to reference custom metrics or out of the box metrics as
    Arn. If using MetricId, the limit is 20 MetricId per request.

    ABANDONMENT_RATE

    Unit: Percent

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Feature, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Abandonment rate
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#abandonment-rate)

    AGENT_ADHERENT_TIME

    This metric is available only in Amazon Web Services Regions where Forecasting,
    capacity planning, and scheduling
    (https://docs.aws.amazon.com/connect/latest/adminguide/regions.html#optimization_region)
    is available.

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy

    UI name: Adherent time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#adherent-time)

    AGENT_ANSWER_RATE

    Unit: Percent

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy

    UI name: Agent answer rate
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-answer-rate)

    AGENT_NON_ADHERENT_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy

    UI name: Non-adherent time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#non-adherent-time)

    AGENT_NON_RESPONSE

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy

    UI name: Agent non-response
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-non-response)

    AGENT_NON_RESPONSE_WITHOUT_CUSTOMER_ABANDONS

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy

    Data for this metric is available starting from October 1, 2023 0:00:00 GMT.

    UI name: Agent non-response without customer abandons
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-non-response-without-customer-abandons)

    AGENT_OCCUPANCY

    Unit: Percentage

    Valid groupings and filters: Routing Profile, Agent, Agent Hierarchy

    UI name: Occupancy
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#occupancy)

    AGENT_SCHEDULE_ADHERENCE

    This metric is available only in Amazon Web Services Regions where Forecasting,
    capacity planning, and scheduling
    (https://docs.aws.amazon.com/connect/latest/adminguide/regions.html#optimization_region)
    is available.

    Unit: Percent

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy

    UI name: Adherence
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#adherence)

    AGENT_SCHEDULED_TIME

    This metric is available only in Amazon Web Services Regions where Forecasting,
    capacity planning, and scheduling
    (https://docs.aws.amazon.com/connect/latest/adminguide/regions.html#optimization_region)
    is available.

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy

    UI name: Scheduled time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#scheduled-time)

    AVG_ABANDON_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Feature, contact/segmentAttributes/connect:Subtype, Q in Connect

    Valid metric filter key: `INITIATION_METHOD`

    UI name: Average queue abandon time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-queue-abandon-time)

    AVG_ACTIVE_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Q in Connect

    UI name: Average active time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-active-time)

    AVG_AFTER_CONTACT_WORK_TIME

    Unit: Seconds

    Valid metric filter key: `INITIATION_METHOD`

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Feature, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average after contact work time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#after-contact-work-time)

    Feature is a valid filter but not a valid grouping.

    AVG_AGENT_CONCURRENCY

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Q in Connect

    UI name: Average agent concurrency
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-concurrency)

    AVG_AGENT_CONNECTING_TIME

    Unit: Seconds

    Valid metric filter key: `INITIATION_METHOD`. For now, this metric only supports
    the following as `INITIATION_METHOD`: `INBOUND` | `OUTBOUND` | `CALLBACK` |
    `API`

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy

    UI name: Average agent API connecting time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-api-connecting-time)

    The `Negate` key in metric-level filters is not applicable for this metric.

    AVG_AGENT_PAUSE_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Q in Connect

    UI name: Average agent pause time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-pause-time)

    AVG_BOT_CONVERSATION_TIME

    Unit: Seconds

    Valid groupings and filters: Channel, contact/segmentAttributes/connect:Subtype,
    Bot ID, Bot alias, Bot version, Bot locale, Flows resource ID, Flows module
    resource ID, Flow type, Flow action ID, Invoking resource published timestamp,
    Initiation method, Invoking resource type, Parent flows resource ID

    UI name: Average bot conversation time
    (https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#average-bot-conversation-time)

    AVG_BOT_CONVERSATION_TURNS

    Unit: Count

    Valid groupings and filters: Channel, contact/segmentAttributes/connect:Subtype,
    Bot ID, Bot alias, Bot version, Bot locale, Flows resource ID, Flows module
    resource ID, Flow type, Flow action ID, Invoking resource published timestamp,
    Initiation method, Invoking resource type, Parent flows resource ID

    UI name: Average bot conversation turns
    (https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#average-bot-conversation-turns)

    AVG_CASE_RELATED_CONTACTS

    Unit: Count

    Required filter key: CASE_TEMPLATE_ARN

    Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

    UI name: Average contacts per case
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-contacts-per-case)

    AVG_CASE_RESOLUTION_TIME

    Unit: Seconds

    Required filter key: CASE_TEMPLATE_ARN

    Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

    UI name: Average case resolution time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-case-resolution-time)

    AVG_CONTACT_DURATION

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Feature, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average contact duration
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-contact-duration)

    Feature is a valid filter but not a valid grouping.

    AVG_CONTACT_FIRST_RESPONSE_TIME_AGENT

    Unit: Seconds

    Valid groupings and filters: Agent, Agent Hierarchy, Channel,
    contact/segmentAttributes/connect:Subtype, Disconnect Reason, Feature,
    RoutingStepExpression, Initiation method, Routing Profile, Queue, Q in Connect

    UI name: Agent average contact first response wait time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-average-contact-first-response-wait-time)

    AVG_CONVERSATION_CLOSE_TIME

    Unit: Seconds

    Valid groupings and filters: Agent, Agent Hierarchy, Channel,
    contact/segmentAttributes/connect:Subtype, Disconnect Reason, Feature,
    RoutingStepExpression, Initiation method, Routing Profile, Queue, Q in Connect

    UI name: Average conversation close time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-conversation-close-time)

    AVG_CONVERSATION_DURATION

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Feature, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average conversation duration
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-conversation-duration)

    AVG_DIALS_PER_MINUTE

    This metric is available only for outbound campaigns that use the agent assisted
    voice and automated voice delivery modes.

    Unit: Count

    Valid groupings and filters: Agent, Campaign, Queue, Routing Profile

    UI name: Average dials per minute
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-dials-per-minute)

    AVG_EVALUATION_SCORE

    Unit: Percent

    Valid groupings and filters: Agent, Agent Hierarchy, Channel, Evaluation Form
    ID, Evaluation Section ID, Evaluation Question ID, Evaluation Source, Form
    Version, Queue, Routing Profile

    UI name: Average evaluation score
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-evaluation-score)

    AVG_FIRST_RESPONSE_TIME_AGENT

    Unit: Seconds

    Valid groupings and filters: Agent, Agent Hierarchy, Channel,
    contact/segmentAttributes/connect:Subtype, Disconnect Reason, Feature,
    RoutingStepExpression, Initiation method, Routing Profile, Queue, Q in Connect

    UI name: Average agent first response time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-first-response-time)

    AVG_FLOW_TIME

    Unit: Seconds

    Valid groupings and filters: Channel, contact/segmentAttributes/connect:Subtype,
    Flow type, Flows module resource ID, Flows next resource ID, Flows next resource
    queue ID, Flows outcome type, Flows resource ID, Initiation method, Resource
    published timestamp

    UI name: Average flow time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-flow-time)

    AVG_GREETING_TIME_AGENT

    This metric is available only for contacts analyzed by Contact Lens
    conversational analytics.

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average agent greeting time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-greeting-time)

    AVG_HANDLE_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Feature, contact/segmentAttributes/connect:Subtype,
    RoutingStepExpression

    UI name: Average handle time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-handle-time)

    Feature is a valid filter but not a valid grouping.

    ACTIVE_AI_AGENTS

    Unit: Count

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Type, AI Use
    Case, Channel, Queue, Routing Profile

    UI name: Active AI Agents
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#active-ai-agents)

    AI_HANDOFF_RATE

    Unit: Percent

    Valid groupings and filters: AI Use Case, Channel, Queue, Routing Profile

    UI name: AI Handoff Rate
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-handoff-rate)

    AI_HANDOFFS

    Unit: Count

    Valid groupings and filters: AI Use Case, Channel, Queue, Routing Profile

    UI name: AI Handoffs
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-handoffs)

    AI_AGENT_INVOCATION_SUCCESS

    Unit: Count

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name Version, AI
    Agent Type, AI Use Case, Channel, Queue, Routing Profile

    UI name: AI Agent Invocation Success
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-agent-invocation-success)

    AI Agent Name Version is not a valid filter but a valid grouping.

    AI_AGENT_INVOCATION_SUCCESS_RATE

    Unit: Percent

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name Version, AI
    Agent Type, AI Use Case, Channel, Queue, Routing Profile

    UI name: AI Agent Invocation Success Rate
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-agent-invocation-success-rate)

    AI Agent Name Version is not a valid filter but a valid grouping.

    AI_AGENT_INVOCATIONS

    Unit: Count

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Type, AI Agent
    Name Version, AI Use Case, Channel, Queue, Routing Profile

    UI name: AI Agent Invocations
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-agent-invocations)

    AI Agent Name Version is not a valid filter but a valid grouping.

    AI_RESPONSE_COMPLETION_RATE

    Unit: Percent

    Valid groupings and filters: AI Use Case, Channel, Queue, Routing Profile

    UI name: AI Response Completion Rate
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-response-completion-rate)

    AI_INVOLVED_CONTACTS

    Unit: Count

    Valid groupings and filters: AI Use Case, Channel, Queue, Routing Profile

    UI name: AI Involved Contacts
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-involved-contacts)

    AI_PROMPT_INVOCATION_SUCCESS

    Unit: Count

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name Version, AI
    Agent Type, AI Prompt, AI Prompt ID, AI Prompt Name, AI Prompt Type, AI Use
    Case, Channel, Queue, Routing Profile

    UI name: AI Prompt Invocation Success
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-prompt-invocation-success)

    AI Agent Name Version is not a valid filter but a valid grouping.

    AI_PROMPT_INVOCATION_SUCCESS_RATE

    Unit: Percent

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name Version, AI
    Agent Type, AI Prompt, AI Prompt ID, AI Prompt Name, AI Prompt Type, AI Use
    Case, Channel, Queue, Routing Profile

    UI name: AI Prompt Invocation Success Rate
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-prompt-invocation-success-rate)

    AI Agent Name Version is not a valid filter but a valid grouping.

    AI_PROMPT_INVOCATIONS

    Unit: Count

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name Version, AI
    Agent Type, AI Prompt, AI Prompt ID, AI Prompt Name, AI Prompt Type, AI Use
    Case, Channel, Queue, Routing Profile

    UI name: AI Prompt Invocations
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-prompt-invocations)

    AI Agent Name Version is not a valid filter but a valid grouping.

    AI_TOOL_INVOCATION_SUCCESS

    Unit: Count

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name Version, AI
    Agent Type, AI Tool ID, AI Tool Name, AI Tool Type, AI Use Case, Channel, Queue,
    Routing Profile

    UI name: AI Tool Invocation Success
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-tool-invocation-success)

    AI Agent Name Version is not a valid filter but a valid grouping.

    AI_TOOL_INVOCATION_SUCCESS_RATE

    Unit: Percent

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name Version, AI
    Agent Type, AI Tool ID, AI Tool Name, AI Tool Type, AI Use Case, Channel, Queue,
    Routing Profile

    UI name: AI Tool Invocation Success Rate
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-tool-invocation-success-rate)

    AI Agent Name Version is not a valid filter but a valid grouping.

    AI_TOOL_INVOCATIONS

    Unit: Count

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name Version, AI
    Agent Type, AI Tool ID, AI Tool Name, AI Tool Type, AI Use Case, Channel, Queue,
    Routing Profile

    UI name: AI Tool Invocations
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#ai-tool-invocations)

    AI Agent Name Version is not a valid filter but a valid grouping.

    AVG_AI_AGENT_CONVERSATION_TURNS

    Unit: Count

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name Version, AI
    Agent Type, AI Use Case, Channel, Queue, Routing Profile

    UI name: Average AI Agent Conversation Turns
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-ai-agent-conversation-turns)

    AI Agent Name Version is not a valid filter but a valid grouping.

    AVG_AI_CONVERSATION_TURNS

    Unit: Count

    Valid groupings and filters: AI Use Case, Channel, Queue, Routing Profile

    UI name: Average AI Conversation Turns
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-ai-conversation-turns)

    AVG_AI_PROMPT_INVOCATION_LATENCY

    Unit: Milliseconds

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name Version, AI
    Agent Type, AI Prompt, AI Prompt ID, AI Prompt Name, AI Prompt Type, AI Use
    Case, Channel, Queue, Routing Profile

    UI name: Average AI Prompt Invocation Latency
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-ai-prompt-invocation-latency)

    AI Agent Name Version is not a valid filter but a valid grouping.

    AVG_AI_TOOL_INVOCATION_LATENCY

    Unit: Milliseconds

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Name Version, AI
    Agent Type, AI Tool ID, AI Tool Name, AI Tool Type, AI Use Case, Channel, Queue,
    Routing Profile

    UI name: Average AI Tool Invocation Latency
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-ai-tool-invocation-latency)

    AI Agent Name Version is not a valid filter but a valid grouping.

    KNOWLEDGE_CONTENT_REFERENCES

    Unit: Count

    Valid groupings and filters: AI Agent, AI Agent Name, AI Agent Type, AI Use
    Case, Channel, Knowledge Base Name, Queue, Routing Profile

    UI name: Knowledge Content References
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#knowledge-content-references)

    PROACTIVE_INTENT_ENGAGEMENT_RATE

    Unit: Percent

    Valid groupings and filters: AI Use Case, Channel, Queue, Routing Profile

    UI name: Proactive Intent Engagement Rate
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#proactive-intents-engagement-rate)

    PROACTIVE_INTENT_RESPONSE_RATE

    Unit: Percent

    Valid groupings and filters: AI Use Case, Channel, Queue, Routing Profile

    UI name: Proactive Intent Response Rate
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#proactive-intents-response-rate)

    PROACTIVE_INTENTS_ANSWERED

    Unit: Count

    Valid groupings and filters: AI Use Case, Channel, Queue, Routing Profile

    UI name: Proactive Intents Answered
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#proactive-intents-answered)

    PROACTIVE_INTENTS_DETECTED

    Unit: Count

    Valid groupings and filters: AI Use Case, Channel, Queue, Routing Profile

    UI name: Proactive Intents Detected
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#proactive-intents-detected)

    PROACTIVE_INTENTS_ENGAGED

    Unit: Count

    Valid groupings and filters: AI Use Case, Channel, Queue, Routing Profile

    UI name: Proactive Intents Engaged
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#proactive-intents-engaged)

    AVG_HOLD_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Feature, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average customer hold time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-hold-time)

    Feature is a valid filter but not a valid grouping.

    AVG_HOLD_TIME_ALL_CONTACTS

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average customer hold time all contacts
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-hold-time-all-contacts)

    AVG_HOLDS

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Feature, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average holds
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-holds)

    Feature is a valid filter but not a valid grouping.

    AVG_INTERACTION_AND_HOLD_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average agent interaction and customer hold time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-interaction-and-customer-hold-time)

    AVG_INTERACTION_TIME

    Unit: Seconds

    Valid metric filter key: `INITIATION_METHOD`

    Valid groupings and filters: Queue, Channel, Routing Profile, Feature,
    contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average agent interaction time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-interaction-time)

    Feature is a valid filter but not a valid grouping.

    AVG_INTERRUPTIONS_AGENT

    This metric is available only for contacts analyzed by Contact Lens
    conversational analytics.

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average agent interruptions
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-interruptions)

    AVG_INTERRUPTION_TIME_AGENT

    This metric is available only for contacts analyzed by Contact Lens
    conversational analytics.

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average agent interruption time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-interruption-time)

    AVG_MESSAGE_LENGTH_AGENT

    Unit: Count

    Valid groupings and filters: Agent, Agent Hierarchy, Channel,
    contact/segmentAttributes/connect:Subtype, Disconnect Reason, Feature,
    RoutingStepExpression, Initiation method, Routing Profile, Queue, Q in Connect

    UI name: Average agent message length
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-message-length)

    AVG_MESSAGE_LENGTH_CUSTOMER

    Unit: Count

    Valid groupings and filters: Agent, Agent Hierarchy, Channel,
    contact/segmentAttributes/connect:Subtype, Disconnect Reason, Feature,
    RoutingStepExpression, Initiation method, Routing Profile, Queue, Q in Connect

    UI name: Average customer message length
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-message-length)

    AVG_MESSAGES

    Unit: Count

    Valid groupings and filters: Agent, Agent Hierarchy, Channel,
    contact/segmentAttributes/connect:Subtype, Disconnect Reason, Feature,
    RoutingStepExpression, Initiation method, Routing Profile, Queue, Q in Connect

    UI name: Average messages
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-messages)

    AVG_MESSAGES_AGENT

    Unit: Count

    Valid groupings and filters: Agent, Agent Hierarchy, Channel,
    contact/segmentAttributes/connect:Subtype, Disconnect Reason, Feature,
    RoutingStepExpression, Initiation method, Routing Profile, Queue, Q in Connect

    UI name: Average agent messages
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-messages)

    AVG_MESSAGES_BOT

    Unit: Count

    Valid groupings and filters: Agent, Agent Hierarchy, Channel,
    contact/segmentAttributes/connect:Subtype, Disconnect Reason, Feature,
    RoutingStepExpression, Initiation method, Routing Profile, Queue, Q in Connect

    UI name: Average bot messages
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-bot-messages)

    AVG_MESSAGES_CUSTOMER

    Unit: Count

    Valid groupings and filters: Agent, Agent Hierarchy, Channel,
    contact/segmentAttributes/connect:Subtype, Disconnect Reason, Feature,
    RoutingStepExpression, Initiation method, Routing Profile, Queue, Q in Connect

    UI name: Average customer messages
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-messages)

    AVG_NON_TALK_TIME

    This metric is available only for contacts analyzed by Contact Lens
    conversational analytics.

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average non-talk time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-non-talk-time)

    AVG_QUEUE_ANSWER_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Feature,
    contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average queue answer time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-queue-answer-time)

    Valid metric level filters: `INITIATION_METHOD`, `FEATURE`, `DISCONNECT_REASON`

    Feature is a valid filter but not a valid grouping.

    AVG_QUEUE_ANSWER_TIME_CUSTOMER_FIRST_CALLBACK

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Feature,
    contact/segmentAttributes/connect:Subtype, Q in Connect, Agent Hierarchy

    UI name: Avg. queue answer time - customer first callback
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-queue-answer-time-customer-first-callback)

    AVG_RESPONSE_TIME_AGENT

    Unit: Seconds

    Valid groupings and filters: Agent, Agent Hierarchy, Channel,
    contact/segmentAttributes/connect:Subtype, Disconnect Reason, Feature,
    RoutingStepExpression, Initiation method, Routing Profile, Queue, Q in Connect

    UI name: Average agent response time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-response-time-agent)

    AVG_RESPONSE_TIME_CUSTOMER

    Unit: Seconds

    Valid groupings and filters: Agent, Agent Hierarchy, Channel,
    contact/segmentAttributes/connect:Subtype, Disconnect Reason, Feature,
    RoutingStepExpression, Initiation method, Routing Profile, Queue, Q in Connect

    UI name: Average customer response time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-time-agent)

    AVG_RESOLUTION_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile,
    contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average resolution time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-resolution-time)

    AVG_TALK_TIME

    This metric is available only for contacts analyzed by Contact Lens
    conversational analytics.

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average talk time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-talk-time)

    AVG_TALK_TIME_AGENT

    This metric is available only for contacts analyzed by Contact Lens
    conversational analytics.

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average agent talk time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-agent-talk-time)

    AVG_TALK_TIME_CUSTOMER

    This metric is available only for contacts analyzed by Contact Lens
    conversational analytics.

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Average customer talk time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-customer-talk-time)

    AVG_WAIT_TIME_AFTER_CUSTOMER_CONNECTION

    This metric is available only for outbound campaigns that use the agent assisted
    voice and automated voice delivery modes.

    Unit: Seconds

    Valid groupings and filters: Campaign

    UI name: Average wait time after customer connection
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-wait-time-after-customer-connection)

    AVG_WAIT_TIME_AFTER_CUSTOMER_FIRST_CALLBACK_CONNECTION

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Feature,
    contact/segmentAttributes/connect:Subtype, Q in Connect, Agent Hierarchy

    UI name: Avg. wait time after customer connection - customer first callback
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-wait-time-after-customer-connection-customer-first-callback)

    AVG_WEIGHTED_EVALUATION_SCORE

    Unit: Percent

    Valid groupings and filters: Agent, Agent Hierarchy, Channel, Evaluation Form
    Id, Evaluation Section ID, Evaluation Question ID, Evaluation Source, Form
    Version, Queue, Routing Profile

    UI name: Average weighted evaluation score
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#average-weighted-evaluation-score)

    BOT_CONVERSATIONS_COMPLETED

    Unit: Count

    Valid groupings and filters: Channel, contact/segmentAttributes/connect:Subtype,
    Bot ID, Bot alias, Bot version, Bot locale, Flows resource ID, Flows module
    resource ID, Flow type, Flow action ID, Invoking resource published timestamp,
    Initiation method, Invoking resource type, Parent flows resource ID

    UI name: Bot conversations completed
    (https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#bot-conversations-completed)

    BOT_INTENTS_COMPLETED

    Unit: Count

    Valid groupings and filters: Channel, contact/segmentAttributes/connect:Subtype,
    Bot ID, Bot alias, Bot version, Bot locale, Bot intent name, Flows resource ID,
    Flows module resource ID, Flow type, Flow action ID, Invoking resource published
    timestamp, Initiation method, Invoking resource type, Parent flows resource ID

    UI name: Bot intents completed
    (https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#bot-intents-completed)

    CAMPAIGN_CONTACTS_ABANDONED_AFTER_X

    This metric is available only for outbound campaigns using the agent assisted
    voice and automated voice delivery modes.

    Unit: Count

    Valid groupings and filters: Agent, Campaign

    Threshold: For `ThresholdValue`, enter any whole number from 1 to 604800
    (inclusive), in seconds. For `Comparison`, you must enter `GT` (for Greater
    than).

    UI name: Campaign contacts abandoned after X
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#campaign-contacts-abandoned-after-x)

    CAMPAIGN_CONTACTS_ABANDONED_AFTER_X_RATE

    This metric is available only for outbound campaigns using the agent assisted
    voice and automated voice delivery modes.

    Unit: Percent

    Valid groupings and filters: Agent, Campaign

    Threshold: For `ThresholdValue`, enter any whole number from 1 to 604800
    (inclusive), in seconds. For `Comparison`, you must enter `GT` (for Greater
    than).

    UI name: Campaign contacts abandoned after X rate
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#campaign-contacts-abandoned-after-x-rate)

    CAMPAIGN_INTERACTIONS

    This metric is available only for outbound campaigns using the email delivery
    mode.

    Unit: Count

    Valid metric filter key: CAMPAIGN_INTERACTION_EVENT_TYPE

    Valid groupings and filters: Campaign

    UI name: Campaign interactions
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#campaign-interactions)

    CAMPAIGN_PROGRESS_RATE

    This metric is only available for outbound campaigns initiated using a customer
    segment. It is not available for event triggered campaigns.

    Unit: Percent

    Valid groupings and filters: Campaign, Campaign Execution Timestamp

    UI name: Campaign progress rate
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#campaign-progress-rate)

    CAMPAIGN_SEND_ATTEMPTS

    This metric is available only for outbound campaigns.

    Unit: Count

    Valid groupings and filters: Campaign, Channel,
    contact/segmentAttributes/connect:Subtype

    UI name: Campaign send attempts
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#campaign-send-attempts)

    CAMPAIGN_SEND_EXCLUSIONS

    This metric is available only for outbound campaigns.

    Valid metric filter key: CAMPAIGN_EXCLUDED_EVENT_TYPE

    Unit: Count

    Valid groupings and filters: Campaign, Campaign Excluded Event Type, Campaign
    Execution Timestamp

    UI name: Campaign send exclusions
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#campaign-send-exclusions)

    CASES_CREATED

    Unit: Count

    Required filter key: CASE_TEMPLATE_ARN

    Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

    UI name: Cases created
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#cases-created)

    CONTACTS_CREATED

    Unit: Count

    Valid metric filter key: `INITIATION_METHOD`

    Valid groupings and filters: Queue, Channel, Routing Profile, Feature,
    contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Contacts created
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-created)

    Feature is a valid filter but not a valid grouping.

    CONTACTS_HANDLED

    Unit: Count

    Valid metric filter key: `INITIATION_METHOD`, `DISCONNECT_REASON`

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Feature, contact/segmentAttributes/connect:Subtype,
    RoutingStepExpression, Q in Connect

    UI name: Contacts handled
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-handled)

    Feature is a valid filter but not a valid grouping.

    CONTACTS_HANDLED_BY_CONNECTED_TO_AGENT

    Unit: Count

    Valid metric filter key: `INITIATION_METHOD`

    Valid groupings and filters: Queue, Channel, Agent, Agent Hierarchy,
    contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Contacts handled (connected to agent timestamp)
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-handled-by-connected-to-agent-timestamp)

    CONTACTS_HOLD_ABANDONS

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Contacts hold disconnect
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-hold-disconnect)

    CONTACTS_ON_HOLD_AGENT_DISCONNECT

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Q in Connect

    UI name: Contacts hold agent disconnect
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-hold-agent-disconnect)

    CONTACTS_ON_HOLD_CUSTOMER_DISCONNECT

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Q in Connect

    UI name: Contacts hold customer disconnect
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-hold-customer-disconnect)

    CONTACTS_PUT_ON_HOLD

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Q in Connect

    UI name: Contacts put on hold
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-put-on-hold)

    CONTACTS_TRANSFERRED_OUT_EXTERNAL

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Q in Connect

    UI name: Contacts transferred out external
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out-external)

    CONTACTS_TRANSFERRED_OUT_INTERNAL

    Unit: Percent

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Q in Connect

    UI name: Contacts transferred out internal
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out-internal)

    CONTACTS_QUEUED

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Contacts queued
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-queued)

    CONTACTS_QUEUED_BY_ENQUEUE

    Unit: Count

    Valid groupings and filters: Queue, Channel, Agent, Agent Hierarchy,
    contact/segmentAttributes/connect:Subtype

    UI name: Contacts queued (enqueue timestamp)
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-queued-by-enqueue)

    CONTACTS_REMOVED_FROM_QUEUE_IN_X

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Q in Connect

    Threshold: For `ThresholdValue`, enter any whole number from 1 to 604800
    (inclusive), in seconds. For `Comparison`, you can use `LT` (for "Less than") or
    `LTE` (for "Less than equal").

    UI name: Contacts removed from queue in X seconds
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-removed-from-queue)

    CONTACTS_RESOLVED_IN_X

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile,
    contact/segmentAttributes/connect:Subtype, Q in Connect

    Threshold: For `ThresholdValue`, enter any whole number from 1 to 604800
    (inclusive), in seconds. For `Comparison`, you can use `LT` (for "Less than") or
    `LTE` (for "Less than equal").

    UI name: Contacts resolved in X
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-resolved)

    CONTACTS_TRANSFERRED_OUT

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Feature, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Contacts transferred out
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out)

    Feature is a valid filter but not a valid grouping.

    CONTACTS_TRANSFERRED_OUT_BY_AGENT

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Contacts transferred out by agent
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out-by-agent)

    CONTACTS_TRANSFERRED_OUT_FROM_QUEUE

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Contacts transferred out queue
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-transferred-out-queue)

    CURRENT_CASES

    Unit: Count

    Required filter key: CASE_TEMPLATE_ARN

    Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

    UI name: Current cases
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#current-cases)

    CONVERSATIONS_ABANDONED

    Unit: Count

    Valid groupings and filters: Agent, Agent Hierarchy, Channel,
    contact/segmentAttributes/connect:Subtype, Disconnect Reason, Feature,
    RoutingStepExpression, Initiation method, Routing Profile, Queue, Q in Connect

    UI name: Conversations abandoned
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#conversations-abandoned)

    DELIVERY_ATTEMPTS

    This metric is available only for outbound campaigns.

    Unit: Count

    Valid metric filter key: `ANSWERING_MACHINE_DETECTION_STATUS`,
    `CAMPAIGN_DELIVERY_EVENT_TYPE`, `DISCONNECT_REASON`

    Valid groupings and filters: Agent, Answering Machine Detection Status,
    Campaign, Campaign Delivery EventType, Channel,
    contact/segmentAttributes/connect:Subtype, Disconnect Reason, Queue, Routing
    Profile

    UI name: Delivery attempts
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#delivery-attempts)

    Campaign Delivery EventType filter and grouping are only available for SMS and
    Email campaign delivery modes. Agent, Queue, Routing Profile, Answering Machine
    Detection Status and Disconnect Reason are only available for agent assisted
    voice and automated voice delivery modes.

    DELIVERY_ATTEMPT_DISPOSITION_RATE

    This metric is available only for outbound campaigns. Dispositions for the agent
    assisted voice and automated voice delivery modes are only available with
    answering machine detection enabled.

    Unit: Percent

    Valid metric filter key: `ANSWERING_MACHINE_DETECTION_STATUS`,
    `CAMPAIGN_DELIVERY_EVENT_TYPE`, `DISCONNECT_REASON`

    Valid groupings and filters: Agent, Answering Machine Detection Status,
    Campaign, Channel, contact/segmentAttributes/connect:Subtype, Disconnect Reason,
    Queue, Routing Profile

    UI name: Delivery attempt disposition rate
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#delivery-attempt-disposition-rate)

    Campaign Delivery Event Type filter and grouping are only available for SMS and
    Email campaign delivery modes. Agent, Queue, Routing Profile, Answering Machine
    Detection Status and Disconnect Reason are only available for agent assisted
    voice and automated voice delivery modes.

    EVALUATIONS_PERFORMED

    Unit: Count

    Valid groupings and filters: Agent, Agent Hierarchy, Channel, Evaluation Form
    ID, Evaluation Source, Form Version, Queue, Routing Profile

    UI name: Evaluations performed
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#evaluations-performed)

    FLOWS_OUTCOME

    Unit: Count

    Valid groupings and filters: Channel, contact/segmentAttributes/connect:Subtype,
    Flow type, Flows module resource ID, Flows next resource ID, Flows next resource
    queue ID, Flows outcome type, Flows resource ID, Initiation method, Resource
    published timestamp

    UI name: Flows outcome
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#flows-outcome)

    FLOWS_STARTED

    Unit: Count

    Valid groupings and filters: Channel, contact/segmentAttributes/connect:Subtype,
    Flow type, Flows module resource ID, Flows resource ID, Initiation method,
    Resource published timestamp

    UI name: Flows started
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#flows-started)

    HUMAN_ANSWERED_CALLS

    This metric is available only for outbound campaigns. Dispositions for the agent
    assisted voice and automated voice delivery modes are only available with
    answering machine detection enabled.

    Unit: Count

    Valid groupings and filters: Agent, Campaign

    UI name: Human answered
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#human-answered)

    MAX_FLOW_TIME

    Unit: Seconds

    Valid groupings and filters: Channel, contact/segmentAttributes/connect:Subtype,
    Flow type, Flows module resource ID, Flows next resource ID, Flows next resource
    queue ID, Flows outcome type, Flows resource ID, Initiation method, Resource
    published timestamp

    UI name: Maximum flow time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#maximum-flow-time)

    MAX_QUEUED_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Maximum queued time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#maximum-queued-time)

    MIN_FLOW_TIME

    Unit: Seconds

    Valid groupings and filters: Channel, contact/segmentAttributes/connect:Subtype,
    Flow type, Flows module resource ID, Flows next resource ID, Flows next resource
    queue ID, Flows outcome type, Flows resource ID, Initiation method, Resource
    published timestamp

    UI name: Minimum flow time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#minimum-flow-time)

    PERCENT_AUTOMATIC_FAILS

    Unit: Percent

    Valid groupings and filters: Agent, Agent Hierarchy, Channel, Evaluation Form
    ID, Evaluation Source, Form Version, Queue, Routing Profile

    UI name: Automatic fails percent
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#automatic-fails-percent)

    PERCENT_BOT_CONVERSATIONS_OUTCOME

    Unit: Percent

    Valid groupings and filters: Channel, contact/segmentAttributes/connect:Subtype,
    Bot ID, Bot alias, Bot version, Bot locale, Flows resource ID, Flows module
    resource ID, Flow type, Flow action ID, Invoking resource published timestamp,
    Initiation method, Invoking resource type, Parent flows resource ID

    UI name: Percent bot conversations outcome
    (https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#percent-bot-conversations-outcome)

    PERCENT_BOT_INTENTS_OUTCOME

    Unit: Percent

    Valid groupings and filters: Channel, contact/segmentAttributes/connect:Subtype,
    Bot ID, Bot alias, Bot version, Bot locale, Bot intent name, Flows resource ID,
    Flows module resource ID, Flow type, Flow action ID, Invoking resource published
    timestamp, Initiation method, Invoking resource type, Parent flows resource ID

    UI name: Percent bot intents outcome
    (https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#percent-bot-intents-outcome)

    PERCENT_CASES_FIRST_CONTACT_RESOLVED

    Unit: Percent

    Required filter key: CASE_TEMPLATE_ARN

    Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

    UI name: Cases resolved on first contact
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#cases-resolved-on-first-contact)

    PERCENT_CONTACTS_STEP_EXPIRED

    Unit: Percent

    Valid groupings and filters: Queue, RoutingStepExpression

    UI name: This metric is available in Real-time Metrics UI but not on the
    Historical Metrics UI.

    PERCENT_CONTACTS_STEP_JOINED

    Unit: Percent

    Valid groupings and filters: Queue, RoutingStepExpression

    UI name: This metric is available in Real-time Metrics UI but not on the
    Historical Metrics UI.

    PERCENT_FLOWS_OUTCOME

    Unit: Percent

    Valid metric filter key: `FLOWS_OUTCOME_TYPE`

    Valid groupings and filters: Channel, contact/segmentAttributes/connect:Subtype,
    Flow type, Flows module resource ID, Flows next resource ID, Flows next resource
    queue ID, Flows outcome type, Flows resource ID, Initiation method, Resource
    published timestamp

    UI name: Flows outcome percentage
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#flows-outcome-percentage).

    The `FLOWS_OUTCOME_TYPE` is not a valid grouping.

    PERCENT_NON_TALK_TIME

    This metric is available only for contacts analyzed by Contact Lens
    conversational analytics.

    Unit: Percentage

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Non-talk time percent
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#non-talk-time-percent)

    PERCENT_TALK_TIME

    This metric is available only for contacts analyzed by Contact Lens
    conversational analytics.

    Unit: Percentage

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Talk time percent
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#talk-time-percent)

    PERCENT_TALK_TIME_AGENT

    This metric is available only for contacts analyzed by Contact Lens
    conversational analytics.

    Unit: Percentage

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Agent talk time percent
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-talk-time-percent)

    PERCENT_TALK_TIME_CUSTOMER

    This metric is available only for contacts analyzed by Contact Lens
    conversational analytics.

    Unit: Percentage

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Customer talk time percent
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#customer-talk-time-percent)

    RECIPIENTS_ATTEMPTED

    This metric is only available for outbound campaigns initiated using a customer
    segment. It is not available for event triggered campaigns.

    Unit: Count

    Valid groupings and filters: Campaign, Campaign Execution Timestamp

    UI name: Recipients attempted
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#recipients-attempted)

    RECIPIENTS_INTERACTED

    This metric is only available for outbound campaigns initiated using a customer
    segment. It is not available for event triggered campaigns.

    Valid metric filter key: CAMPAIGN_INTERACTION_EVENT_TYPE

    Unit: Count

    Valid groupings and filters: Campaign, Channel,
    contact/segmentAttributes/connect:Subtype, Campaign Execution Timestamp

    UI name: Recipients interacted
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#recipients-interacted)

    RECIPIENTS_TARGETED

    This metric is only available for outbound campaigns initiated using a customer
    segment. It is not available for event triggered campaigns.

    Unit: Count

    Valid groupings and filters: Campaign, Campaign Execution Timestamp

    UI name: Recipients targeted
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#recipients-targeted)

    REOPENED_CASE_ACTIONS

    Unit: Count

    Required filter key: CASE_TEMPLATE_ARN

    Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

    UI name: Cases reopened
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#cases-reopened)

    RESOLVED_CASE_ACTIONS

    Unit: Count

    Required filter key: CASE_TEMPLATE_ARN

    Valid groupings and filters: CASE_TEMPLATE_ARN, CASE_STATUS

    UI name: Cases resolved
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#cases-resolved)

    SERVICE_LEVEL

    You can include up to 20 SERVICE_LEVEL metrics in a request.

    Unit: Percent

    Valid groupings and filters: Queue, Channel, Routing Profile, Q in Connect

    Threshold: For `ThresholdValue`, enter any whole number from 1 to 604800
    (inclusive), in seconds. For `Comparison`, you can use `LT` (for "Less than") or
    `LTE` (for "Less than equal").

    UI name: Service level X
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#service-level)

    STEP_CONTACTS_QUEUED

    Unit: Count

    Valid groupings and filters: Queue, RoutingStepExpression

    UI name: This metric is available in Real-time Metrics UI but not on the
    Historical Metrics UI.

    SUM_AFTER_CONTACT_WORK_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Q in Connect

    UI name: After contact work time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#after-contact-work-time)

    SUM_CONNECTING_TIME_AGENT

    Unit: Seconds

    Valid metric filter key: `INITIATION_METHOD`. This metric only supports the
    following filter keys as `INITIATION_METHOD`: `INBOUND` | `OUTBOUND` |
    `CALLBACK` | `API` | `CALLBACK_CUSTOMER_FIRST_DIALED`

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy

    UI name: Agent API connecting time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-api-connecting-time)

    The `Negate` key in metric-level filters is not applicable for this metric.

    CONTACTS_ABANDONED

    Unit: Count

    Metric filter:

    Valid values: `API`| `INCOMING` | `OUTBOUND` | `TRANSFER` | `CALLBACK` |
    `QUEUE_TRANSFER`| `Disconnect` | `CALLBACK_CUSTOMER_FIRST_DIALED`

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, RoutingStepExpression, Q
    in Connect

    UI name: Contact abandoned
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-abandoned)

    SUM_CONTACTS_ABANDONED_IN_X

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile,
    contact/segmentAttributes/connect:Subtype, Q in Connect

    Threshold: For `ThresholdValue`, enter any whole number from 1 to 604800
    (inclusive), in seconds. For `Comparison`, you can use `LT` (for "Less than") or
    `LTE` (for "Less than equal").

    UI name: Contacts abandoned in X seconds
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-abandoned-in-x-seconds)

    SUM_CONTACTS_ANSWERED_IN_X

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile,
    contact/segmentAttributes/connect:Subtype, Q in Connect

    Threshold: For `ThresholdValue`, enter any whole number from 1 to 604800
    (inclusive), in seconds. For `Comparison`, you can use `LT` (for "Less than") or
    `LTE` (for "Less than equal").

    UI name: Contacts answered in X seconds
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contacts-answered-in-x-seconds)

    SUM_CONTACT_FLOW_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Q in Connect

    UI name: Contact flow time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contact-flow-time)

    SUM_CONTACT_TIME_AGENT

    Unit: Seconds

    Valid groupings and filters: Routing Profile, Agent, Agent Hierarchy

    UI name: Agent on contact time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-on-contact-time)

    SUM_CONTACTS_DISCONNECTED

    Valid metric filter key: `DISCONNECT_REASON`

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Contact disconnected
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contact-disconnected)

    SUM_ERROR_STATUS_TIME_AGENT

    Unit: Seconds

    Valid groupings and filters: Routing Profile, Agent, Agent Hierarchy

    UI name: Error status time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#error-status-time)

    SUM_HANDLE_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Q in Connect

    UI name: Contact handle time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#contact-handle-time)

    SUM_HOLD_TIME

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Q in Connect

    UI name: Customer hold time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#customer-hold-time)

    SUM_IDLE_TIME_AGENT

    Unit: Seconds

    Valid groupings and filters: Routing Profile, Agent, Agent Hierarchy

    UI name: Agent idle time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-idle-time)

    SUM_INTERACTION_AND_HOLD_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy, Q in Connect

    UI name: Agent interaction and hold time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-interaction-and-hold-time)

    SUM_INTERACTION_TIME

    Unit: Seconds

    Valid groupings and filters: Queue, Channel, Routing Profile, Agent, Agent
    Hierarchy

    UI name: Agent interaction time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-interaction-time)

    SUM_NON_PRODUCTIVE_TIME_AGENT

    Unit: Seconds

    Valid groupings and filters: Routing Profile, Agent, Agent Hierarchy

    UI name: Agent non-productive time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#agent-non-productive-time)

    SUM_ONLINE_TIME_AGENT

    Unit: Seconds

    Valid groupings and filters: Routing Profile, Agent, Agent Hierarchy

    UI name: Online time
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#online-time)

    SUM_RETRY_CALLBACK_ATTEMPTS

    Unit: Count

    Valid groupings and filters: Queue, Channel, Routing Profile,
    contact/segmentAttributes/connect:Subtype, Q in Connect

    UI name: Callback attempts
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#callback-attempts)
    """

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    @classmethod
    def make(
        cls,
        *,
        resource_arn: str,
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        filters: list[FilterV2],
        metrics: list[MetricV2],
        interval: IntervalDetails | None = None,
        groupings: list[str] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class GetMetricDataV2Response(_rt.Structure):
    """The output of GetMetricDataV2."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    metric_results: list[MetricResultV2] | None = _rt.field(
        "MetricResults", _rt.ListOf(_rt.Ref("MetricResultV2"))
    )
    """Information about the metrics requested in the API request If no grouping is
    specified, a summary of metric data is returned."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        metric_results: list[MetricResultV2] | None = None,
    ) -> Self:
        return cls._build(locals())


class GetPromptFileRequest(_rt.Structure):
    """The input of GetPromptFile."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    prompt_id: str = _rt.field(
        "PromptId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """A unique identifier for the prompt."""

    @classmethod
    def make(cls, *, instance_id: str, prompt_id: str) -> Self:
        return cls._build(locals())


class GetPromptFileResponse(_rt.Structure):
    """The output of GetPromptFile."""

    prompt_presigned_url: str | None = _rt.field(
        "PromptPresignedUrl", _rt.String(min=1, max=2000)
    )
    """A generated URL to the prompt that can be given to an unauthorized user so they
    can access the prompt in S3."""

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
        prompt_presigned_url: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class GetTaskTemplateRequest(_rt.Structure):
    """The input of GetTaskTemplate."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    task_template_id: str = _rt.field(
        "TaskTemplateId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """A unique identifier for the task template."""

    snapshot_version: str | None = _rt.field(
        "SnapshotVersion", _rt.String(), location="querystring", name="snapshotVersion"
    )
    """The system generated version of a task template that is associated with a task,
    when the task is created."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        task_template_id: str,
        snapshot_version: str | None = None,
    ) -> Self:
        return cls._build(locals())


class GetTaskTemplateResponse(_rt.Structure):
    """The output of GetTaskTemplate."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    id: str = _rt.field("Id", _rt.String(min=1, max=500), required=True)
    """A unique identifier for the task template."""

    arn: str = _rt.field("Arn", _rt.String(min=1, max=500), required=True)
    """The Amazon Resource Name (ARN)."""

    name: str = _rt.field("Name", _rt.String(min=1, max=100), required=True)
    """The name of the task template."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=255))
    """The description of the task template."""

    contact_flow_id: str | None = _rt.field("ContactFlowId", _rt.String(max=500))
    """The identifier of the flow that runs by default when a task is created by
    referencing this template."""

    self_assign_flow_id: str | None = _rt.field("SelfAssignFlowId", _rt.String(max=500))
    """The ContactFlowId for the flow that will be run if this template is used to
    create a self-assigned task."""

    constraints: TaskTemplateConstraints | None = _rt.field(
        "Constraints", _rt.Ref("TaskTemplateConstraints")
    )
    """Constraints that are applicable to the fields listed."""

    defaults: TaskTemplateDefaults | None = _rt.field(
        "Defaults", _rt.Ref("TaskTemplateDefaults")
    )
    """The default values for fields when a task is created by referencing this
    template."""

    fields: list[TaskTemplateField] | None = _rt.field(
        "Fields", _rt.ListOf(_rt.Ref("TaskTemplateField"))
    )
    """Fields that are part of the template."""

    status: TaskTemplateStatus | str | None = _rt.field(
        "Status", _rt.String(enum="TaskTemplateStatus")
    )
    """Marks a template as `ACTIVE` or `INACTIVE` for a task to refer to it. Tasks can
    only be created from `ACTIVE` templates. If a template is marked as `INACTIVE`,
    then a task that refers to this template cannot be created."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when the task template was last modified."""

    created_time: datetime.datetime | None = _rt.field("CreatedTime", _rt.Timestamp())
    """The timestamp when the task template was created."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    @classmethod
    def make(
        cls,
        *,
        id: str,
        arn: str,
        name: str,
        instance_id: str | None = None,
        description: str | None = None,
        contact_flow_id: str | None = None,
        self_assign_flow_id: str | None = None,
        constraints: TaskTemplateConstraints | None = None,
        defaults: TaskTemplateDefaults | None = None,
        fields: list[TaskTemplateField] | None = None,
        status: TaskTemplateStatus | str | None = None,
        last_modified_time: datetime.datetime | None = None,
        created_time: datetime.datetime | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class GetTestCaseExecutionSummaryRequest(_rt.Structure):
    """The input of GetTestCaseExecutionSummary."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance."""

    test_case_id: str = _rt.field(
        "TestCaseId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the test case."""

    test_case_execution_id: str = _rt.field(
        "TestCaseExecutionId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the test case execution."""

    @classmethod
    def make(
        cls, *, instance_id: str, test_case_id: str, test_case_execution_id: str
    ) -> Self:
        return cls._build(locals())


class GetTestCaseExecutionSummaryResponse(_rt.Structure):
    """The output of GetTestCaseExecutionSummary."""

    start_time: datetime.datetime | None = _rt.field("StartTime", _rt.Timestamp())
    """The timestamp when the test case execution started."""

    end_time: datetime.datetime | None = _rt.field("EndTime", _rt.Timestamp())
    """The timestamp when the test case execution ended."""

    status: TestCaseExecutionStatus | str | None = _rt.field(
        "Status", _rt.String(enum="TestCaseExecutionStatus")
    )
    """The status of the test case execution."""

    observation_summary: ObservationSummary | None = _rt.field(
        "ObservationSummary", _rt.Ref("ObservationSummary")
    )
    """Summary statistics for the test case execution."""

    @classmethod
    def make(
        cls,
        *,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        status: TestCaseExecutionStatus | str | None = None,
        observation_summary: ObservationSummary | None = None,
    ) -> Self:
        return cls._build(locals())


class GetTrafficDistributionRequest(_rt.Structure):
    """The input of GetTrafficDistribution."""

    id: str = _rt.field(
        "Id",
        _rt.String(
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z-]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
        location="uri",
    )
    """The identifier of the traffic distribution group. This can be the ID or the ARN
    if the API is being called in the Region where the traffic distribution group
    was created. The ARN must be provided if the call is from the replicated Region."""

    @classmethod
    def make(cls, *, id: str) -> Self:
        return cls._build(locals())


class GetTrafficDistributionResponse(_rt.Structure):
    """The output of GetTrafficDistribution."""

    telephony_config: TelephonyConfig | None = _rt.field(
        "TelephonyConfig", _rt.Ref("TelephonyConfig")
    )
    """The distribution of traffic between the instance and its replicas."""

    id: str | None = _rt.field(
        "Id",
        _rt.String(
            pattern="^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"
        ),
    )
    """The identifier of the traffic distribution group. This can be the ID or the ARN
    if the API is being called in the Region where the traffic distribution group
    was created. The ARN must be provided if the call is from the replicated Region."""

    arn: str | None = _rt.field(
        "Arn",
        _rt.String(
            pattern="^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
    )
    """The Amazon Resource Name (ARN) of the traffic distribution group."""

    sign_in_config: SignInConfig | None = _rt.field(
        "SignInConfig", _rt.Ref("SignInConfig")
    )
    """The distribution that determines which Amazon Web Services Regions should be
    used to sign in agents in to both the instance and its replica(s)."""

    agent_config: AgentConfig | None = _rt.field("AgentConfig", _rt.Ref("AgentConfig"))
    """The distribution of agents between the instance and its replica(s)."""

    @classmethod
    def make(
        cls,
        *,
        telephony_config: TelephonyConfig | None = None,
        id: str | None = None,
        arn: str | None = None,
        sign_in_config: SignInConfig | None = None,
        agent_config: AgentConfig | None = None,
    ) -> Self:
        return cls._build(locals())


class GlobalResiliencyMetadata(_rt.Structure):
    """Information about the global resiliency configuration for the contact, including
    traffic distribution details."""

    active_region: str | None = _rt.field("ActiveRegion", _rt.String(min=0, max=1024))
    """The current AWS region in which the contact is active. This indicates where the
    contact is being processed in real-time."""

    origin_region: str | None = _rt.field("OriginRegion", _rt.String(min=0, max=1024))
    """The AWS region where the contact was originally created and initiated. This may
    differ from the ActiveRegion if the contact has been transferred across regions."""

    traffic_distribution_group_id: str | None = _rt.field(
        "TrafficDistributionGroupId",
        _rt.String(
            pattern="^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"
        ),
    )
    """The identifier of the traffic distribution group."""

    @classmethod
    def make(
        cls,
        *,
        active_region: str | None = None,
        origin_region: str | None = None,
        traffic_distribution_group_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class GranularAccessControlConfiguration(_rt.Structure):
    """Contains granular access control configuration for security profiles, including
    data table access permissions."""

    data_table_access_control_configuration: (
        DataTableAccessControlConfiguration | None
    ) = _rt.field(
        "DataTableAccessControlConfiguration",
        _rt.Ref("DataTableAccessControlConfiguration"),
    )
    """The access control configuration for data tables."""

    @classmethod
    def make(
        cls,
        *,
        data_table_access_control_configuration: (
            DataTableAccessControlConfiguration | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class Grouping(_rt.Enum):
    """The values of Grouping; one AWS adds later is kept as it is."""

    QUEUE = "QUEUE"
    CHANNEL = "CHANNEL"
    ROUTING_PROFILE = "ROUTING_PROFILE"
    ROUTING_STEP_EXPRESSION = "ROUTING_STEP_EXPRESSION"
    AGENT_STATUS = "AGENT_STATUS"
    SUBTYPE = "SUBTYPE"
    VALIDATION_TEST_TYPE = "VALIDATION_TEST_TYPE"
