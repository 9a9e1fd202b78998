"""Shapes of Amazon Connect Service whose class names start with "m"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import AgentsCriteria, AudioFeatures
    from ._shapes_ch import Channel
    from ._shapes_cr import CrossChannelBehavior
    from ._shapes_i import IntervalPeriod
    from ._shapes_t import ThresholdV2


class MatchCriteria(_rt.Structure):
    """An object to define AgentsCriteria."""

    agents_criteria: AgentsCriteria | None = _rt.field(
        "AgentsCriteria", _rt.Ref("AgentsCriteria")
    )
    """An object to define agentIds."""

    @classmethod
    def make(cls, *, agents_criteria: AgentsCriteria | None = None) -> Self:
        return cls._build(locals())


class MaximumResultReturnedException(_rt.ServiceError):
    """Maximum number (1000) of tags have been returned with current request. Consider
    changing request parameters to get more tags."""

    _error_code = "MaximumResultReturnedException"
    _http_status = 400

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class MediaConcurrency(_rt.Structure):
    """Contains information about which channels are supported, and how many contacts
    an agent can have on a channel simultaneously."""

    channel: Channel | str = _rt.field(
        "Channel", _rt.String(enum="Channel"), required=True
    )
    """The channels that agents can handle in the Contact Control Panel (CCP)."""

    concurrency: int = _rt.field(
        "Concurrency", _rt.Integer(min=1, max=10), required=True
    )
    """The number of contacts an agent can have on a channel simultaneously.

    Valid Range for `VOICE`: Minimum value of 1. Maximum value of 1.

    Valid Range for `CHAT`: Minimum value of 1. Maximum value of 10.

    Valid Range for `TASK`: Minimum value of 1. Maximum value of 10."""

    cross_channel_behavior: CrossChannelBehavior | None = _rt.field(
        "CrossChannelBehavior", _rt.Ref("CrossChannelBehavior")
    )
    """Defines the cross-channel routing behavior for each channel that is enabled for
    this Routing Profile. For example, this allows you to offer an agent a different
    contact from another channel when they are currently working with a contact from
    a Voice channel."""

    @classmethod
    def make(
        cls,
        *,
        channel: Channel | str,
        concurrency: int,
        cross_channel_behavior: CrossChannelBehavior | None = None,
    ) -> Self:
        return cls._build(locals())


class MediaItem(_rt.Structure):
    """Contains information about a media asset used in a workspace."""

    type: MediaType | str | None = _rt.field("Type", _rt.String(enum="MediaType"))
    """The type of media. Valid values are: `IMAGE_LOGO_FAVICON` and
    `IMAGE_LOGO_HORIZONTAL`."""

    source: str | None = _rt.field(
        "Source", _rt.String(min=1, max=533333, pattern=".*\\\\S.*")
    )
    """The source URL or data for the media asset."""

    @classmethod
    def make(
        cls, *, type: MediaType | str | None = None, source: str | None = None
    ) -> Self:
        return cls._build(locals())


class MediaPlacement(_rt.Structure):
    """A set of endpoints used by clients to connect to the media service group for an
    Amazon Chime SDK meeting."""

    audio_host_url: str | None = _rt.field("AudioHostUrl", _rt.String(min=1, max=2000))
    """The audio host URL."""

    audio_fallback_url: str | None = _rt.field(
        "AudioFallbackUrl", _rt.String(min=1, max=2000)
    )
    """The audio fallback URL."""

    signaling_url: str | None = _rt.field("SignalingUrl", _rt.String(min=1, max=2000))
    """The signaling URL."""

    turn_control_url: str | None = _rt.field(
        "TurnControlUrl", _rt.String(min=1, max=2000)
    )
    """The turn control URL."""

    event_ingestion_url: str | None = _rt.field(
        "EventIngestionUrl", _rt.String(min=1, max=2000)
    )
    """The event ingestion URL to which you send client meeting events."""

    @classmethod
    def make(
        cls,
        *,
        audio_host_url: str | None = None,
        audio_fallback_url: str | None = None,
        signaling_url: str | None = None,
        turn_control_url: str | None = None,
        event_ingestion_url: str | None = None,
    ) -> Self:
        return cls._build(locals())


class MediaStreamType(_rt.Enum):
    """The values of MediaStreamType; one AWS adds later is kept as it is."""

    AUDIO = "AUDIO"
    VIDEO = "VIDEO"


class MediaType(_rt.Enum):
    """The values of MediaType; one AWS adds later is kept as it is."""

    IMAGE_LOGO_LIGHT_FAVICON = "IMAGE_LOGO_LIGHT_FAVICON"
    IMAGE_LOGO_DARK_FAVICON = "IMAGE_LOGO_DARK_FAVICON"
    IMAGE_LOGO_LIGHT_HORIZONTAL = "IMAGE_LOGO_LIGHT_HORIZONTAL"
    IMAGE_LOGO_DARK_HORIZONTAL = "IMAGE_LOGO_DARK_HORIZONTAL"


class Meeting(_rt.Structure):
    """A meeting created using the Amazon Chime SDK."""

    media_region: str | None = _rt.field("MediaRegion", _rt.String())
    """The Amazon Web Services Region in which you create the meeting."""

    media_placement: MediaPlacement | None = _rt.field(
        "MediaPlacement", _rt.Ref("MediaPlacement")
    )
    """The media placement for the meeting."""

    meeting_features: MeetingFeaturesConfiguration | None = _rt.field(
        "MeetingFeatures", _rt.Ref("MeetingFeaturesConfiguration")
    )
    """The configuration settings of the features available to a meeting."""

    meeting_id: str | None = _rt.field("MeetingId", _rt.String())
    """The Amazon Chime SDK meeting ID."""

    @classmethod
    def make(
        cls,
        *,
        media_region: str | None = None,
        media_placement: MediaPlacement | None = None,
        meeting_features: MeetingFeaturesConfiguration | None = None,
        meeting_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class MeetingFeatureStatus(_rt.Enum):
    """The values of MeetingFeatureStatus; one AWS adds later is kept as it is."""

    AVAILABLE = "AVAILABLE"
    UNAVAILABLE = "UNAVAILABLE"


class MeetingFeaturesConfiguration(_rt.Structure):
    """The configuration settings of the features available to a meeting."""

    audio: AudioFeatures | None = _rt.field("Audio", _rt.Ref("AudioFeatures"))
    """The configuration settings for the audio features available to a meeting."""

    @classmethod
    def make(cls, *, audio: AudioFeatures | None = None) -> Self:
        return cls._build(locals())


class MetricDataV2(_rt.Structure):
    """Contains the name, thresholds, and metric filters."""

    metric: MetricV2 | None = _rt.field("Metric", _rt.Ref("MetricV2"))
    """The metric name or metricId, thresholds, and metric filters of the returned
    metric."""

    value: float | None = _rt.field("Value", _rt.Float())
    """The corresponding value of the metric returned in the response."""

    @classmethod
    def make(
        cls, *, metric: MetricV2 | None = None, value: float | None = None
    ) -> Self:
        return cls._build(locals())


class MetricFilterV2(_rt.Structure):
    """Contains information about the filter used when retrieving metrics.
    `MetricFiltersV2` can be used on the following metrics:
    `AVG_AGENT_CONNECTING_TIME`, `CONTACTS_CREATED`, `CONTACTS_HANDLED`,
    `SUM_CONTACTS_DISCONNECTED`."""

    metric_filter_key: str | None = _rt.field("MetricFilterKey", _rt.String())
    """The key to use for filtering data.

    Valid metric filter keys:

    ANSWERING_MACHINE_DETECTION_STATUS

    CASE_STATUS

    DISCONNECT_REASON

    FLOWS_ACTION_IDENTIFIER

    FLOWS_NEXT_ACTION_IDENTIFIER

    FLOWS_OUTCOME_TYPE

    FLOWS_RESOURCE_TYPE

    INITIATION_METHOD"""

    metric_filter_values: list[str] | None = _rt.field(
        "MetricFilterValues", _rt.ListOf(_rt.String(), min=1, max=10)
    )
    """The values to use for filtering data. Values for metric-level filters can be
    either a fixed set of values or a customized list, depending on the use case.

    For valid values of metric-level filters `INITIATION_METHOD`,
    `DISCONNECT_REASON`, and `ANSWERING_MACHINE_DETECTION_STATUS`, see
    ContactTraceRecord
    (https://docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html#ctr-ContactTraceRecord)
    in the Connect Customer Administrator Guide.

    For valid values of the metric-level filter `FLOWS_OUTCOME_TYPE`, see the
    description for the Flow outcome
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#flows-outcome)
    metric in the Connect Customer Administrator Guide.

    For valid values of the metric-level filter `BOT_CONVERSATION_OUTCOME_TYPE`, see
    the description for the Bot conversations completed
    (https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#bot-conversations-completed-metric)
    in the Connect Customer Administrator Guide.

    For valid values of the metric-level filter `BOT_INTENT_OUTCOME_TYPE`, see the
    description for the Bot intents completed
    (https://docs.aws.amazon.com/connect/latest/adminguide/bot-metrics.html#bot-intents-completed-metric)
    metric in the Connect Customer Administrator Guide."""

    negate: bool | None = _rt.field("Negate", _rt.Boolean())
    """If set to `true`, the API response contains results that filter out the results
    matched by the metric-level filters condition. By default, `Negate` is set to
    `false`."""

    @classmethod
    def make(
        cls,
        *,
        metric_filter_key: str | None = None,
        metric_filter_values: list[str] | None = None,
        negate: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class MetricInterval(_rt.Structure):
    """The interval period with the start and end time for the metrics."""

    interval: IntervalPeriod | str | None = _rt.field(
        "Interval", _rt.String(enum="IntervalPeriod")
    )
    """The interval period provided in the API request."""

    start_time: datetime.datetime | None = _rt.field("StartTime", _rt.Timestamp())
    """The timestamp, in UNIX Epoch time format. Start time is based on the interval
    period selected."""

    end_time: datetime.datetime | None = _rt.field("EndTime", _rt.Timestamp())
    """The timestamp, in UNIX Epoch time format. End time is based on the interval
    period selected. For example, If `IntervalPeriod` is selected `THIRTY_MIN`,
    `StartTime` and `EndTime` in the API request differs by 1 day, then 48 results
    are returned in the response. Each result is aggregated by the 30 minutes
    period, with each `StartTime` and `EndTime` differing by 30 minutes."""

    @classmethod
    def make(
        cls,
        *,
        interval: IntervalPeriod | str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class MetricResultV2(_rt.Structure):
    """Contains information about the metric results."""

    dimensions: dict[str, str] | None = _rt.field(
        "Dimensions", _rt.MapOf(_rt.String(), _rt.String())
    )
    """The dimension for the metrics."""

    metric_interval: MetricInterval | None = _rt.field(
        "MetricInterval", _rt.Ref("MetricInterval")
    )
    """The interval period with the start and end time for the metrics."""

    collections: list[MetricDataV2] | None = _rt.field(
        "Collections", _rt.ListOf(_rt.Ref("MetricDataV2"))
    )
    """The set of metrics."""

    @classmethod
    def make(
        cls,
        *,
        dimensions: dict[str, str] | None = None,
        metric_interval: MetricInterval | None = None,
        collections: list[MetricDataV2] | None = None,
    ) -> Self:
        return cls._build(locals())


class MetricV2(_rt.Structure):
    """Contains information about the metric.

    Only one of either the Name or MetricId is required."""

    name: str | None = _rt.field("Name", _rt.String())
    """The name of the metric."""

    threshold: list[ThresholdV2] | None = _rt.field(
        "Threshold", _rt.ListOf(_rt.Ref("ThresholdV2"), max=1)
    )
    """Contains information about the threshold for service level metrics."""

    metric_id: str | None = _rt.field("MetricId", _rt.String(min=1, max=150))
    """Historical metrics or custom metrics can be referenced via this field. This
    field is a valid Connect Customer Arn or a UUID"""

    metric_filters: list[MetricFilterV2] | None = _rt.field(
        "MetricFilters", _rt.ListOf(_rt.Ref("MetricFilterV2"), max=2)
    )
    """Contains the filters to be used when returning data."""

    @classmethod
    def make(
        cls,
        *,
        name: str | None = None,
        threshold: list[ThresholdV2] | None = None,
        metric_id: str | None = None,
        metric_filters: list[MetricFilterV2] | None = None,
    ) -> Self:
        return cls._build(locals())


class MonitorCapability(_rt.Enum):
    """The values of MonitorCapability; one AWS adds later is kept as it is."""

    SILENT_MONITOR = "SILENT_MONITOR"
    BARGE = "BARGE"


class MonitorContactRequest(_rt.Structure):
    """The input of MonitorContact."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instanceId in
    the ARN of the instance."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact."""

    user_id: str = _rt.field("UserId", _rt.String(min=1, max=256), required=True)
    """The identifier of the user account."""

    allowed_monitor_capabilities: list[MonitorCapability | str] | None = _rt.field(
        "AllowedMonitorCapabilities",
        _rt.ListOf(_rt.String(enum="MonitorCapability"), max=2),
    )
    """Specify which monitoring actions the user is allowed to take. For example,
    whether the user is allowed to escalate from silent monitoring to barge.
    AllowedMonitorCapabilities is required if barge is enabled."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_id: str,
        user_id: str,
        allowed_monitor_capabilities: list[MonitorCapability | str] | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class MonitorContactResponse(_rt.Structure):
    """The output of MonitorContact."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of the contact."""

    contact_arn: str | None = _rt.field("ContactArn", _rt.String())
    """The ARN of the contact."""

    @classmethod
    def make(
        cls, *, contact_id: str | None = None, contact_arn: str | None = None
    ) -> Self:
        return cls._build(locals())


class MultiSelectQuestionRuleCategoryAutomation(_rt.Structure):
    """Automation rule for multi-select questions based on rule categories."""

    category: str = _rt.field("Category", _rt.String(min=1, max=50), required=True)
    """The category name for this automation rule."""

    condition: MultiSelectQuestionRuleCategoryAutomationCondition | str = _rt.field(
        "Condition",
        _rt.String(enum="MultiSelectQuestionRuleCategoryAutomationCondition"),
        required=True,
    )
    """The condition for this automation rule."""

    option_ref_ids: list[str] = _rt.field(
        "OptionRefIds", _rt.ListOf(_rt.String()), required=True
    )
    """Reference IDs of options for this automation rule."""

    @classmethod
    def make(
        cls,
        *,
        category: str,
        condition: MultiSelectQuestionRuleCategoryAutomationCondition | str,
        option_ref_ids: list[str],
    ) -> Self:
        return cls._build(locals())


class MultiSelectQuestionRuleCategoryAutomationCondition(_rt.Enum):
    """The values of MultiSelectQuestionRuleCategoryAutomationCondition; one AWS adds later is kept as it is."""

    PRESENT = "PRESENT"
    NOT_PRESENT = "NOT_PRESENT"
