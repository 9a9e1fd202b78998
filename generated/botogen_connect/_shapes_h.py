"""Shapes of Amazon Connect Service whose class names start with "h"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import AgentHierarchyGroup
    from ._shapes_co import ControlPlaneTagFilter
    from ._shapes_da import DateCondition
    from ._shapes_di import Dimensions
    from ._shapes_o import OverrideDays, OverrideTimeSlice, OverrideType
    from ._shapes_r import RecurrenceConfig
    from ._shapes_st import Statistic, StringCondition
    from ._shapes_t import Threshold
    from ._shapes_un import Unit


class HierarchyGroup(_rt.Structure):
    """Contains information about a hierarchy group."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the hierarchy group."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the hierarchy group."""

    name: str | None = _rt.field("Name", _rt.String())
    """The name of the hierarchy group."""

    level_id: str | None = _rt.field("LevelId", _rt.String())
    """The identifier of the level in the hierarchy group."""

    hierarchy_path: HierarchyPath | None = _rt.field(
        "HierarchyPath", _rt.Ref("HierarchyPath")
    )
    """Information about the levels in the hierarchy group."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

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
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        level_id: str | None = None,
        hierarchy_path: HierarchyPath | None = None,
        tags: dict[str, str] | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class HierarchyGroupCondition(_rt.Structure):
    """A leaf node condition which can be used to specify a hierarchy group condition."""

    value: str | None = _rt.field("Value", _rt.String())
    """The value in the hierarchy group condition."""

    hierarchy_group_match_type: HierarchyGroupMatchType | str | None = _rt.field(
        "HierarchyGroupMatchType", _rt.String(enum="HierarchyGroupMatchType")
    )
    """The type of hierarchy group match."""

    @classmethod
    def make(
        cls,
        *,
        value: str | None = None,
        hierarchy_group_match_type: HierarchyGroupMatchType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class HierarchyGroupMatchType(_rt.Enum):
    """The values of HierarchyGroupMatchType; one AWS adds later is kept as it is."""

    EXACT = "EXACT"
    WITH_CHILD_GROUPS = "WITH_CHILD_GROUPS"


class HierarchyGroupSummary(_rt.Structure):
    """Contains summary information about a hierarchy group."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the hierarchy group."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the hierarchy group."""

    name: str | None = _rt.field("Name", _rt.String())
    """The name of the hierarchy group."""

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
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class HierarchyGroupSummaryReference(_rt.Structure):
    """Information about the hierarchy group."""

    id: str | None = _rt.field("Id", _rt.String())
    """The unique identifier for the hierarchy group."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) for the hierarchy group."""

    @classmethod
    def make(cls, *, id: str | None = None, arn: str | None = None) -> Self:
        return cls._build(locals())


class HierarchyGroups(_rt.Structure):
    """Information about the agent hierarchy. Hierarchies can be configured with up to
    five levels."""

    level1: AgentHierarchyGroup | None = _rt.field(
        "Level1", _rt.Ref("AgentHierarchyGroup")
    )
    """The group at level one of the agent hierarchy."""

    level2: AgentHierarchyGroup | None = _rt.field(
        "Level2", _rt.Ref("AgentHierarchyGroup")
    )
    """The group at level two of the agent hierarchy."""

    level3: AgentHierarchyGroup | None = _rt.field(
        "Level3", _rt.Ref("AgentHierarchyGroup")
    )
    """The group at level three of the agent hierarchy."""

    level4: AgentHierarchyGroup | None = _rt.field(
        "Level4", _rt.Ref("AgentHierarchyGroup")
    )
    """The group at level four of the agent hierarchy."""

    level5: AgentHierarchyGroup | None = _rt.field(
        "Level5", _rt.Ref("AgentHierarchyGroup")
    )
    """The group at level five of the agent hierarchy."""

    @classmethod
    def make(
        cls,
        *,
        level1: AgentHierarchyGroup | None = None,
        level2: AgentHierarchyGroup | None = None,
        level3: AgentHierarchyGroup | None = None,
        level4: AgentHierarchyGroup | None = None,
        level5: AgentHierarchyGroup | None = None,
    ) -> Self:
        return cls._build(locals())


class HierarchyLevel(_rt.Structure):
    """Contains information about a hierarchy level."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the hierarchy level."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the hierarchy level."""

    name: str | None = _rt.field("Name", _rt.String())
    """The name of the hierarchy level."""

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
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class HierarchyLevelUpdate(_rt.Structure):
    """Contains information about the hierarchy level to update."""

    name: str = _rt.field("Name", _rt.String(), required=True)
    """The name of the user hierarchy level. Must not be more than 50 characters."""

    @classmethod
    def make(cls, *, name: str) -> Self:
        return cls._build(locals())


class HierarchyPath(_rt.Structure):
    """Contains information about the levels of a hierarchy group."""

    level_one: HierarchyGroupSummary | None = _rt.field(
        "LevelOne", _rt.Ref("HierarchyGroupSummary")
    )
    """Information about level one."""

    level_two: HierarchyGroupSummary | None = _rt.field(
        "LevelTwo", _rt.Ref("HierarchyGroupSummary")
    )
    """Information about level two."""

    level_three: HierarchyGroupSummary | None = _rt.field(
        "LevelThree", _rt.Ref("HierarchyGroupSummary")
    )
    """Information about level three."""

    level_four: HierarchyGroupSummary | None = _rt.field(
        "LevelFour", _rt.Ref("HierarchyGroupSummary")
    )
    """Information about level four."""

    level_five: HierarchyGroupSummary | None = _rt.field(
        "LevelFive", _rt.Ref("HierarchyGroupSummary")
    )
    """Information about level five."""

    @classmethod
    def make(
        cls,
        *,
        level_one: HierarchyGroupSummary | None = None,
        level_two: HierarchyGroupSummary | None = None,
        level_three: HierarchyGroupSummary | None = None,
        level_four: HierarchyGroupSummary | None = None,
        level_five: HierarchyGroupSummary | None = None,
    ) -> Self:
        return cls._build(locals())


class HierarchyPathReference(_rt.Structure):
    """Information about the levels in the hierarchy group."""

    level_one: HierarchyGroupSummaryReference | None = _rt.field(
        "LevelOne", _rt.Ref("HierarchyGroupSummaryReference")
    )
    """Information about level one."""

    level_two: HierarchyGroupSummaryReference | None = _rt.field(
        "LevelTwo", _rt.Ref("HierarchyGroupSummaryReference")
    )
    """Information about level two."""

    level_three: HierarchyGroupSummaryReference | None = _rt.field(
        "LevelThree", _rt.Ref("HierarchyGroupSummaryReference")
    )
    """Information about level three."""

    level_four: HierarchyGroupSummaryReference | None = _rt.field(
        "LevelFour", _rt.Ref("HierarchyGroupSummaryReference")
    )
    """Information about level four."""

    level_five: HierarchyGroupSummaryReference | None = _rt.field(
        "LevelFive", _rt.Ref("HierarchyGroupSummaryReference")
    )
    """Information about level five."""

    @classmethod
    def make(
        cls,
        *,
        level_one: HierarchyGroupSummaryReference | None = None,
        level_two: HierarchyGroupSummaryReference | None = None,
        level_three: HierarchyGroupSummaryReference | None = None,
        level_four: HierarchyGroupSummaryReference | None = None,
        level_five: HierarchyGroupSummaryReference | None = None,
    ) -> Self:
        return cls._build(locals())


class HierarchyStructure(_rt.Structure):
    """Contains information about a hierarchy structure."""

    level_one: HierarchyLevel | None = _rt.field("LevelOne", _rt.Ref("HierarchyLevel"))
    """Information about level one."""

    level_two: HierarchyLevel | None = _rt.field("LevelTwo", _rt.Ref("HierarchyLevel"))
    """Information about level two."""

    level_three: HierarchyLevel | None = _rt.field(
        "LevelThree", _rt.Ref("HierarchyLevel")
    )
    """Information about level three."""

    level_four: HierarchyLevel | None = _rt.field(
        "LevelFour", _rt.Ref("HierarchyLevel")
    )
    """Information about level four."""

    level_five: HierarchyLevel | None = _rt.field(
        "LevelFive", _rt.Ref("HierarchyLevel")
    )
    """Information about level five."""

    @classmethod
    def make(
        cls,
        *,
        level_one: HierarchyLevel | None = None,
        level_two: HierarchyLevel | None = None,
        level_three: HierarchyLevel | None = None,
        level_four: HierarchyLevel | None = None,
        level_five: HierarchyLevel | None = None,
    ) -> Self:
        return cls._build(locals())


class HierarchyStructureUpdate(_rt.Structure):
    """Contains information about the level hierarchy to update."""

    level_one: HierarchyLevelUpdate | None = _rt.field(
        "LevelOne", _rt.Ref("HierarchyLevelUpdate")
    )
    """The update for level one."""

    level_two: HierarchyLevelUpdate | None = _rt.field(
        "LevelTwo", _rt.Ref("HierarchyLevelUpdate")
    )
    """The update for level two."""

    level_three: HierarchyLevelUpdate | None = _rt.field(
        "LevelThree", _rt.Ref("HierarchyLevelUpdate")
    )
    """The update for level three."""

    level_four: HierarchyLevelUpdate | None = _rt.field(
        "LevelFour", _rt.Ref("HierarchyLevelUpdate")
    )
    """The update for level four."""

    level_five: HierarchyLevelUpdate | None = _rt.field(
        "LevelFive", _rt.Ref("HierarchyLevelUpdate")
    )
    """The update for level five."""

    @classmethod
    def make(
        cls,
        *,
        level_one: HierarchyLevelUpdate | None = None,
        level_two: HierarchyLevelUpdate | None = None,
        level_three: HierarchyLevelUpdate | None = None,
        level_four: HierarchyLevelUpdate | None = None,
        level_five: HierarchyLevelUpdate | None = None,
    ) -> Self:
        return cls._build(locals())


class HistoricalMetric(_rt.Structure):
    """Contains information about a historical metric."""

    name: HistoricalMetricName | str | None = _rt.field(
        "Name", _rt.String(enum="HistoricalMetricName")
    )
    """The name of the metric. Following is a list of each supported metric mapped to
    the UI name, linked to a detailed description in the Connect Customer
    Administrator Guide.

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

    UI name: Service level X
    (https://docs.aws.amazon.com/connect/latest/adminguide/metrics-definitions.html#service-level)
    """

    threshold: Threshold | None = _rt.field("Threshold", _rt.Ref("Threshold"))
    """The threshold for the metric, used with service level metrics."""

    statistic: Statistic | str | None = _rt.field(
        "Statistic", _rt.String(enum="Statistic")
    )
    """The statistic for the metric."""

    unit: Unit | str | None = _rt.field("Unit", _rt.String(enum="Unit"))
    """The unit for the metric."""

    @classmethod
    def make(
        cls,
        *,
        name: HistoricalMetricName | str | None = None,
        threshold: Threshold | None = None,
        statistic: Statistic | str | None = None,
        unit: Unit | str | None = None,
    ) -> Self:
        return cls._build(locals())


class HistoricalMetricData(_rt.Structure):
    """Contains the data for a historical metric."""

    metric: HistoricalMetric | None = _rt.field("Metric", _rt.Ref("HistoricalMetric"))
    """Information about the metric."""

    value: float | None = _rt.field("Value", _rt.Float())
    """The value of the metric."""

    @classmethod
    def make(
        cls, *, metric: HistoricalMetric | None = None, value: float | None = None
    ) -> Self:
        return cls._build(locals())


class HistoricalMetricName(_rt.Enum):
    """The historical metric names."""

    CONTACTS_QUEUED = "CONTACTS_QUEUED"
    CONTACTS_HANDLED = "CONTACTS_HANDLED"
    CONTACTS_ABANDONED = "CONTACTS_ABANDONED"
    CONTACTS_CONSULTED = "CONTACTS_CONSULTED"
    CONTACTS_AGENT_HUNG_UP_FIRST = "CONTACTS_AGENT_HUNG_UP_FIRST"
    CONTACTS_HANDLED_INCOMING = "CONTACTS_HANDLED_INCOMING"
    CONTACTS_HANDLED_OUTBOUND = "CONTACTS_HANDLED_OUTBOUND"
    CONTACTS_HOLD_ABANDONS = "CONTACTS_HOLD_ABANDONS"
    CONTACTS_TRANSFERRED_IN = "CONTACTS_TRANSFERRED_IN"
    CONTACTS_TRANSFERRED_OUT = "CONTACTS_TRANSFERRED_OUT"
    CONTACTS_TRANSFERRED_IN_FROM_QUEUE = "CONTACTS_TRANSFERRED_IN_FROM_QUEUE"
    CONTACTS_TRANSFERRED_OUT_FROM_QUEUE = "CONTACTS_TRANSFERRED_OUT_FROM_QUEUE"
    CONTACTS_MISSED = "CONTACTS_MISSED"
    CALLBACK_CONTACTS_HANDLED = "CALLBACK_CONTACTS_HANDLED"
    API_CONTACTS_HANDLED = "API_CONTACTS_HANDLED"
    OCCUPANCY = "OCCUPANCY"
    HANDLE_TIME = "HANDLE_TIME"
    AFTER_CONTACT_WORK_TIME = "AFTER_CONTACT_WORK_TIME"
    QUEUED_TIME = "QUEUED_TIME"
    ABANDON_TIME = "ABANDON_TIME"
    QUEUE_ANSWER_TIME = "QUEUE_ANSWER_TIME"
    HOLD_TIME = "HOLD_TIME"
    INTERACTION_TIME = "INTERACTION_TIME"
    INTERACTION_AND_HOLD_TIME = "INTERACTION_AND_HOLD_TIME"
    SERVICE_LEVEL = "SERVICE_LEVEL"


class HistoricalMetricResult(_rt.Structure):
    """Contains information about the historical metrics retrieved."""

    dimensions: Dimensions | None = _rt.field("Dimensions", _rt.Ref("Dimensions"))
    """The dimension for the metrics."""

    collections: list[HistoricalMetricData] | None = _rt.field(
        "Collections", _rt.ListOf(_rt.Ref("HistoricalMetricData"))
    )
    """The set of metrics."""

    @classmethod
    def make(
        cls,
        *,
        dimensions: Dimensions | None = None,
        collections: list[HistoricalMetricData] | None = None,
    ) -> Self:
        return cls._build(locals())


class HoursOfOperation(_rt.Structure):
    """Information about of the hours of operation."""

    hours_of_operation_id: str | None = _rt.field("HoursOfOperationId", _rt.String())
    """The identifier for the hours of operation."""

    hours_of_operation_arn: str | None = _rt.field("HoursOfOperationArn", _rt.String())
    """The Amazon Resource Name (ARN) for the hours of operation."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name for the hours of operation."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description for the hours of operation."""

    time_zone: str | None = _rt.field("TimeZone", _rt.String())
    """The time zone for the hours of operation."""

    config: list[HoursOfOperationConfig] | None = _rt.field(
        "Config", _rt.ListOf(_rt.Ref("HoursOfOperationConfig"), min=0, max=100)
    )
    """Configuration information for the hours of operation."""

    parent_hours_of_operations: list[HoursOfOperationsIdentifier] | None = _rt.field(
        "ParentHoursOfOperations", _rt.ListOf(_rt.Ref("HoursOfOperationsIdentifier"))
    )
    """Information about parent hours of operations."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

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
        hours_of_operation_id: str | None = None,
        hours_of_operation_arn: str | None = None,
        name: str | None = None,
        description: str | None = None,
        time_zone: str | None = None,
        config: list[HoursOfOperationConfig] | None = None,
        parent_hours_of_operations: list[HoursOfOperationsIdentifier] | None = None,
        tags: dict[str, str] | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class HoursOfOperationConfig(_rt.Structure):
    """Contains information about the hours of operation."""

    day: HoursOfOperationDays | str = _rt.field(
        "Day", _rt.String(enum="HoursOfOperationDays"), required=True
    )
    """The day that the hours of operation applies to."""

    start_time: HoursOfOperationTimeSlice = _rt.field(
        "StartTime", _rt.Ref("HoursOfOperationTimeSlice"), required=True
    )
    """The start time that your contact center opens."""

    end_time: HoursOfOperationTimeSlice = _rt.field(
        "EndTime", _rt.Ref("HoursOfOperationTimeSlice"), required=True
    )
    """The end time that your contact center closes."""

    @classmethod
    def make(
        cls,
        *,
        day: HoursOfOperationDays | str,
        start_time: HoursOfOperationTimeSlice,
        end_time: HoursOfOperationTimeSlice,
    ) -> Self:
        return cls._build(locals())


class HoursOfOperationDays(_rt.Enum):
    """The values of HoursOfOperationDays; one AWS adds later is kept as it is."""

    SUNDAY = "SUNDAY"
    MONDAY = "MONDAY"
    TUESDAY = "TUESDAY"
    WEDNESDAY = "WEDNESDAY"
    THURSDAY = "THURSDAY"
    FRIDAY = "FRIDAY"
    SATURDAY = "SATURDAY"


class HoursOfOperationOverride(_rt.Structure):
    """Information about the hours of operations override."""

    hours_of_operation_override_id: str | None = _rt.field(
        "HoursOfOperationOverrideId", _rt.String(min=1, max=36)
    )
    """The identifier for the hours of operation override."""

    hours_of_operation_id: str | None = _rt.field("HoursOfOperationId", _rt.String())
    """The identifier for the hours of operation."""

    hours_of_operation_arn: str | None = _rt.field("HoursOfOperationArn", _rt.String())
    """The Amazon Resource Name (ARN) for the hours of operation."""

    name: str | None = _rt.field("Name", _rt.String())
    """The name of the hours of operation override."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the hours of operation override."""

    config: list[HoursOfOperationOverrideConfig] | None = _rt.field(
        "Config", _rt.ListOf(_rt.Ref("HoursOfOperationOverrideConfig"), min=0, max=100)
    )
    """Configuration information for the hours of operation override: day, start time,
    and end time."""

    effective_from: str | None = _rt.field(
        "EffectiveFrom", _rt.String(pattern="^\\d{4}-\\d{2}-\\d{2}$")
    )
    """The date from which the hours of operation override would be effective."""

    effective_till: str | None = _rt.field(
        "EffectiveTill", _rt.String(pattern="^\\d{4}-\\d{2}-\\d{2}$")
    )
    """The date until the hours of operation override is effective."""

    recurrence_config: RecurrenceConfig | None = _rt.field(
        "RecurrenceConfig", _rt.Ref("RecurrenceConfig")
    )
    """Configuration for a recurring event."""

    override_type: OverrideType | str | None = _rt.field(
        "OverrideType", _rt.String(enum="OverrideType")
    )
    """Whether the override will be defined as a standard or as a recurring event."""

    @classmethod
    def make(
        cls,
        *,
        hours_of_operation_override_id: str | None = None,
        hours_of_operation_id: str | None = None,
        hours_of_operation_arn: str | None = None,
        name: str | None = None,
        description: str | None = None,
        config: list[HoursOfOperationOverrideConfig] | None = None,
        effective_from: str | None = None,
        effective_till: str | None = None,
        recurrence_config: RecurrenceConfig | None = None,
        override_type: OverrideType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class HoursOfOperationOverrideConfig(_rt.Structure):
    """Information about the hours of operation override config: day, start time, and
    end time."""

    day: OverrideDays | str | None = _rt.field("Day", _rt.String(enum="OverrideDays"))
    """The day that the hours of operation override applies to."""

    start_time: OverrideTimeSlice | None = _rt.field(
        "StartTime", _rt.Ref("OverrideTimeSlice")
    )
    """The start time when your contact center opens if overrides are applied."""

    end_time: OverrideTimeSlice | None = _rt.field(
        "EndTime", _rt.Ref("OverrideTimeSlice")
    )
    """The end time that your contact center closes if overrides are applied."""

    @classmethod
    def make(
        cls,
        *,
        day: OverrideDays | str | None = None,
        start_time: OverrideTimeSlice | None = None,
        end_time: OverrideTimeSlice | None = None,
    ) -> Self:
        return cls._build(locals())


class HoursOfOperationOverrideSearchCriteria(_rt.Structure):
    """The search criteria to be used to return hours of operations overrides."""

    or_conditions: list[HoursOfOperationOverrideSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("HoursOfOperationOverrideSearchCriteria"))
    )
    """A list of conditions which would be applied together with an OR condition."""

    and_conditions: list[HoursOfOperationOverrideSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("HoursOfOperationOverrideSearchCriteria"))
    )
    """A list of conditions which would be applied together with an AND condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )

    date_condition: DateCondition | None = _rt.field(
        "DateCondition", _rt.Ref("DateCondition")
    )
    """A leaf node condition which can be used to specify a date condition."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[HoursOfOperationOverrideSearchCriteria] | None = None,
        and_conditions: list[HoursOfOperationOverrideSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
        date_condition: DateCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class HoursOfOperationSearchCriteria(_rt.Structure):
    """The search criteria to be used to return hours of operations."""

    or_conditions: list[HoursOfOperationSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("HoursOfOperationSearchCriteria"))
    )
    """A list of conditions which would be applied together with an OR condition."""

    and_conditions: list[HoursOfOperationSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("HoursOfOperationSearchCriteria"))
    )
    """A list of conditions which would be applied together with an AND condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )
    """A leaf node condition which can be used to specify a string condition.

    The currently supported values for `FieldName` are `name`, `description`,
    `timezone`, and `resourceID`."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[HoursOfOperationSearchCriteria] | None = None,
        and_conditions: list[HoursOfOperationSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class HoursOfOperationSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    tag_filter: ControlPlaneTagFilter | None = _rt.field(
        "TagFilter", _rt.Ref("ControlPlaneTagFilter")
    )

    @classmethod
    def make(cls, *, tag_filter: ControlPlaneTagFilter | None = None) -> Self:
        return cls._build(locals())


class HoursOfOperationSummary(_rt.Structure):
    """Contains summary information about hours of operation for a contact center."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the hours of operation."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the hours of operation."""

    name: str | None = _rt.field("Name", _rt.String())
    """The name of the hours of operation."""

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
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class HoursOfOperationTimeSlice(_rt.Structure):
    """The start time or end time for an hours of operation."""

    hours: int = _rt.field("Hours", _rt.Integer(min=0, max=23), required=True)
    """The hours."""

    minutes: int = _rt.field("Minutes", _rt.Integer(min=0, max=59), required=True)
    """The minutes."""

    @classmethod
    def make(cls, *, hours: int, minutes: int) -> Self:
        return cls._build(locals())


class HoursOfOperationsIdentifier(_rt.Structure):
    """Identifier for a hours of operations resource: ARN, ID, Name"""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """Name of the hours of operation"""

    id: str = _rt.field("Id", _rt.String(), required=True)
    """Unique identifier of the hours of operation."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """Amazon Resource Name (ARN) of the hours of operations."""

    @classmethod
    def make(cls, *, name: str, id: str, arn: str | None = None) -> Self:
        return cls._build(locals())
