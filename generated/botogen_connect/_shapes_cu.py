"""Shapes of Amazon Connect Service whose class names start with "cu"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import AudioQualityMetricsInfo
    from ._shapes_dev import DeviceInfo
    from ._shapes_di import Dimensions
    from ._shapes_p import ParticipantCapabilities
    from ._shapes_so import SortOrder
    from ._shapes_un import Unit


class CurrentMetric(_rt.Structure):
    """Contains information about a real-time metric. For a description of each metric,
    see Metrics definitions
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html)
    in the Connect Customer Administrator Guide.

    Only one of either the Name or MetricId is required."""

    name: CurrentMetricName | str | None = _rt.field(
        "Name", _rt.String(enum="CurrentMetricName")
    )
    """The name of the metric."""

    metric_id: str | None = _rt.field(
        "MetricId",
        _rt.String(
            pattern="^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|(arn:[a-z0-9-]+:connect:[a-z0-9-]+:(?:([0-9]{12}):instance/[a-z0-9-]+/metric/[a-z0-9-]+(?::[a-z0-9-]+)?|aws:metric/[A-Z_]+))$",
        ),
    )
    """Out of the box current metrics or custom metrics can be referenced via this
    field. This field is a valid AWS Connect Arn or a UUID."""

    unit: Unit | str | None = _rt.field("Unit", _rt.String(enum="Unit"))
    """The Unit parameter is not supported for custom metrics.

    The unit for the metric."""

    @classmethod
    def make(
        cls,
        *,
        name: CurrentMetricName | str | None = None,
        metric_id: str | None = None,
        unit: Unit | str | None = None,
    ) -> Self:
        return cls._build(locals())


class CurrentMetricData(_rt.Structure):
    """Contains the data for a real-time metric."""

    metric: CurrentMetric | None = _rt.field("Metric", _rt.Ref("CurrentMetric"))
    """Information about the metric."""

    value: float | None = _rt.field("Value", _rt.Float())
    """The value of the metric."""

    @classmethod
    def make(
        cls, *, metric: CurrentMetric | None = None, value: float | None = None
    ) -> Self:
        return cls._build(locals())


class CurrentMetricName(_rt.Enum):
    """The current metric names."""

    AGENTS_ONLINE = "AGENTS_ONLINE"
    AGENTS_AVAILABLE = "AGENTS_AVAILABLE"
    AGENTS_ON_CALL = "AGENTS_ON_CALL"
    AGENTS_NON_PRODUCTIVE = "AGENTS_NON_PRODUCTIVE"
    AGENTS_AFTER_CONTACT_WORK = "AGENTS_AFTER_CONTACT_WORK"
    AGENTS_ERROR = "AGENTS_ERROR"
    AGENTS_STAFFED = "AGENTS_STAFFED"
    CONTACTS_IN_QUEUE = "CONTACTS_IN_QUEUE"
    OLDEST_CONTACT_AGE = "OLDEST_CONTACT_AGE"
    CONTACTS_SCHEDULED = "CONTACTS_SCHEDULED"
    AGENTS_ON_CONTACT = "AGENTS_ON_CONTACT"
    SLOTS_ACTIVE = "SLOTS_ACTIVE"
    SLOTS_AVAILABLE = "SLOTS_AVAILABLE"
    ESTIMATED_WAIT_TIME = "ESTIMATED_WAIT_TIME"


class CurrentMetricResult(_rt.Structure):
    """Contains information about a set of real-time metrics."""

    dimensions: Dimensions | None = _rt.field("Dimensions", _rt.Ref("Dimensions"))
    """The dimensions for the metrics."""

    collections: list[CurrentMetricData] | None = _rt.field(
        "Collections", _rt.ListOf(_rt.Ref("CurrentMetricData"))
    )
    """The set of metrics."""

    @classmethod
    def make(
        cls,
        *,
        dimensions: Dimensions | None = None,
        collections: list[CurrentMetricData] | None = None,
    ) -> Self:
        return cls._build(locals())


class CurrentMetricSortCriteria(_rt.Structure):
    """The way to sort the resulting response based on metrics. By default resources
    are sorted based on `AGENTS_ONLINE`, `DESCENDING`. The metric collection is
    sorted based on the input metrics."""

    sort_by_metric: CurrentMetricName | str | None = _rt.field(
        "SortByMetric", _rt.String(enum="CurrentMetricName")
    )

    sort_order: SortOrder | str | None = _rt.field(
        "SortOrder", _rt.String(enum="SortOrder")
    )
    """The way to sort."""

    @classmethod
    def make(
        cls,
        *,
        sort_by_metric: CurrentMetricName | str | None = None,
        sort_order: SortOrder | str | None = None,
    ) -> Self:
        return cls._build(locals())


class Customer(_rt.Structure):
    """Information about the Customer on the contact."""

    device_info: DeviceInfo | None = _rt.field("DeviceInfo", _rt.Ref("DeviceInfo"))
    """Information regarding Customer’s device."""

    capabilities: ParticipantCapabilities | None = _rt.field(
        "Capabilities", _rt.Ref("ParticipantCapabilities")
    )

    @classmethod
    def make(
        cls,
        *,
        device_info: DeviceInfo | None = None,
        capabilities: ParticipantCapabilities | None = None,
    ) -> Self:
        return cls._build(locals())


class CustomerQualityMetrics(_rt.Structure):
    """Information about the quality of the Customer's media connection"""

    audio: AudioQualityMetricsInfo | None = _rt.field(
        "Audio", _rt.Ref("AudioQualityMetricsInfo")
    )
    """Information about the audio quality of the Customer"""

    @classmethod
    def make(cls, *, audio: AudioQualityMetricsInfo | None = None) -> Self:
        return cls._build(locals())


class CustomerVoiceActivity(_rt.Structure):
    """Information about customer’s voice activity."""

    greeting_start_timestamp: datetime.datetime | None = _rt.field(
        "GreetingStartTimestamp", _rt.Timestamp()
    )
    """Timestamp that measures the beginning of the customer greeting from an outbound
    voice call."""

    greeting_end_timestamp: datetime.datetime | None = _rt.field(
        "GreetingEndTimestamp", _rt.Timestamp()
    )
    """Timestamp that measures the end of the customer greeting from an outbound voice
    call."""

    @classmethod
    def make(
        cls,
        *,
        greeting_start_timestamp: datetime.datetime | None = None,
        greeting_end_timestamp: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())
