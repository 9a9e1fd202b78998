"""Shapes of Amazon Connect Service whose class names start with "q"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import AgentQualityMetrics
    from ._shapes_co import ControlPlaneTagFilter
    from ._shapes_cu import CustomerQualityMetrics
    from ._shapes_f import FlowQuickConnectConfig
    from ._shapes_o import OutboundCallerConfig, OutboundEmailConfig
    from ._shapes_p import PhoneNumberQuickConnectConfig
    from ._shapes_se import SearchableQueueType
    from ._shapes_st import StringCondition
    from ._shapes_us import UserQuickConnectConfig


class QualityMetrics(_rt.Structure):
    """Information about the quality of the participant's media connection."""

    agent: AgentQualityMetrics | None = _rt.field(
        "Agent", _rt.Ref("AgentQualityMetrics")
    )
    """Information about the quality of Agent media connection."""

    customer: CustomerQualityMetrics | None = _rt.field(
        "Customer", _rt.Ref("CustomerQualityMetrics")
    )
    """Information about the quality of Customer media connection."""

    @classmethod
    def make(
        cls,
        *,
        agent: AgentQualityMetrics | None = None,
        customer: CustomerQualityMetrics | None = None,
    ) -> Self:
        return cls._build(locals())


class QuestionRuleCategoryAutomationCondition(_rt.Enum):
    """The values of QuestionRuleCategoryAutomationCondition; one AWS adds later is kept as it is."""

    PRESENT = "PRESENT"
    NOT_PRESENT = "NOT_PRESENT"


class Queue(_rt.Structure):
    """Contains information about a queue."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the queue."""

    queue_arn: str | None = _rt.field("QueueArn", _rt.String())
    """The Amazon Resource Name (ARN) for the queue."""

    queue_id: str | None = _rt.field("QueueId", _rt.String())
    """The identifier for the queue."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description of the queue."""

    outbound_caller_config: OutboundCallerConfig | None = _rt.field(
        "OutboundCallerConfig", _rt.Ref("OutboundCallerConfig")
    )
    """The outbound caller ID name, number, and outbound whisper flow."""

    outbound_email_config: OutboundEmailConfig | None = _rt.field(
        "OutboundEmailConfig", _rt.Ref("OutboundEmailConfig")
    )
    """The outbound email address ID for a specified queue."""

    hours_of_operation_id: str | None = _rt.field("HoursOfOperationId", _rt.String())
    """The identifier for the hours of operation."""

    max_contacts: int | None = _rt.field("MaxContacts", _rt.Integer(min=0))
    """The maximum number of contacts that can be in the queue before it is considered
    full."""

    status: QueueStatus | str | None = _rt.field(
        "Status", _rt.String(enum="QueueStatus")
    )
    """The status of the queue."""

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
        name: str | None = None,
        queue_arn: str | None = None,
        queue_id: str | None = None,
        description: str | None = None,
        outbound_caller_config: OutboundCallerConfig | None = None,
        outbound_email_config: OutboundEmailConfig | None = None,
        hours_of_operation_id: str | None = None,
        max_contacts: int | None = None,
        status: QueueStatus | str | None = None,
        tags: dict[str, str] | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class QueueInfo(_rt.Structure):
    """If this contact was queued, this contains information about the queue."""

    id: str | None = _rt.field("Id", _rt.String())
    """The unique identifier for the queue."""

    enqueue_timestamp: datetime.datetime | None = _rt.field(
        "EnqueueTimestamp", _rt.Timestamp()
    )
    """The timestamp when the contact was added to the queue."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        enqueue_timestamp: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class QueueInfoInput(_rt.Structure):
    """Information about a queue."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the queue."""

    @classmethod
    def make(cls, *, id: str | None = None) -> Self:
        return cls._build(locals())


class QueueQuickConnectConfig(_rt.Structure):
    """Contains information about a queue for a quick connect. The flow must be of type
    Transfer to Queue."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True)
    """The identifier for the queue."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True
    )
    """The identifier of the flow."""

    @classmethod
    def make(cls, *, queue_id: str, contact_flow_id: str) -> Self:
        return cls._build(locals())


class QueueReference(_rt.Structure):
    """Contains information about a queue resource for which metrics are returned."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the queue."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the queue."""

    @classmethod
    def make(cls, *, id: str | None = None, arn: str | None = None) -> Self:
        return cls._build(locals())


class QueueSearchCriteria(_rt.Structure):
    """The search criteria to be used to return queues.

    The `name` and `description` fields support "contains" queries with a minimum of
    2 characters and a maximum of 25 characters. Any queries with character lengths
    outside of this range will throw invalid results."""

    or_conditions: list[QueueSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("QueueSearchCriteria"))
    )
    """A list of conditions which would be applied together with an OR condition."""

    and_conditions: list[QueueSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("QueueSearchCriteria"))
    )
    """A list of conditions which would be applied together with an AND condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )
    """A leaf node condition which can be used to specify a string condition.

    The currently supported values for `FieldName` are `name`, `description`, and
    `resourceID`."""

    queue_type_condition: SearchableQueueType | str | None = _rt.field(
        "QueueTypeCondition", _rt.String(enum="SearchableQueueType")
    )
    """The type of queue."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[QueueSearchCriteria] | None = None,
        and_conditions: list[QueueSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
        queue_type_condition: SearchableQueueType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class QueueSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    tag_filter: ControlPlaneTagFilter | None = _rt.field(
        "TagFilter", _rt.Ref("ControlPlaneTagFilter")
    )

    @classmethod
    def make(cls, *, tag_filter: ControlPlaneTagFilter | None = None) -> Self:
        return cls._build(locals())


class QueueStatus(_rt.Enum):
    """The values of QueueStatus; one AWS adds later is kept as it is."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class QueueSummary(_rt.Structure):
    """Contains summary information about a queue."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the queue."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the queue."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=256))
    """The name of the queue."""

    queue_type: QueueType | str | None = _rt.field(
        "QueueType", _rt.String(enum="QueueType")
    )
    """The type of queue."""

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
        queue_type: QueueType | str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class QueueType(_rt.Enum):
    """The values of QueueType; one AWS adds later is kept as it is."""

    STANDARD = "STANDARD"
    AGENT = "AGENT"


class QuickConnect(_rt.Structure):
    """Contains information about a quick connect."""

    quick_connect_arn: str | None = _rt.field("QuickConnectARN", _rt.String())
    """The Amazon Resource Name (ARN) of the quick connect."""

    quick_connect_id: str | None = _rt.field("QuickConnectId", _rt.String())
    """The identifier for the quick connect."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the quick connect."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description."""

    quick_connect_config: QuickConnectConfig | None = _rt.field(
        "QuickConnectConfig", _rt.Ref("QuickConnectConfig")
    )
    """Contains information about the quick connect."""

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
        quick_connect_arn: str | None = None,
        quick_connect_id: str | None = None,
        name: str | None = None,
        description: str | None = None,
        quick_connect_config: QuickConnectConfig | None = None,
        tags: dict[str, str] | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class QuickConnectConfig(_rt.Structure):
    """Contains configuration settings for a quick connect."""

    quick_connect_type: QuickConnectType | str = _rt.field(
        "QuickConnectType", _rt.String(enum="QuickConnectType"), required=True
    )
    """The type of quick connect. In the Connect Customer admin website, when you
    create a quick connect, you are prompted to assign one of the following types:
    Agent (USER), External (PHONE_NUMBER), or Queue (QUEUE)."""

    user_config: UserQuickConnectConfig | None = _rt.field(
        "UserConfig", _rt.Ref("UserQuickConnectConfig")
    )
    """The user configuration. This is required only if QuickConnectType is USER."""

    queue_config: QueueQuickConnectConfig | None = _rt.field(
        "QueueConfig", _rt.Ref("QueueQuickConnectConfig")
    )
    """The queue configuration. This is required only if QuickConnectType is QUEUE."""

    phone_config: PhoneNumberQuickConnectConfig | None = _rt.field(
        "PhoneConfig", _rt.Ref("PhoneNumberQuickConnectConfig")
    )
    """The phone configuration. This is required only if QuickConnectType is
    PHONE_NUMBER."""

    flow_config: FlowQuickConnectConfig | None = _rt.field(
        "FlowConfig", _rt.Ref("FlowQuickConnectConfig")
    )
    """Flow configuration for quick connect setup."""

    @classmethod
    def make(
        cls,
        *,
        quick_connect_type: QuickConnectType | str,
        user_config: UserQuickConnectConfig | None = None,
        queue_config: QueueQuickConnectConfig | None = None,
        phone_config: PhoneNumberQuickConnectConfig | None = None,
        flow_config: FlowQuickConnectConfig | None = None,
    ) -> Self:
        return cls._build(locals())


class QuickConnectContactData(_rt.Structure):
    """Contact data associated with quick connect operations."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The contact ID for quick connect contact data."""

    initiation_timestamp: datetime.datetime | None = _rt.field(
        "InitiationTimestamp", _rt.Timestamp()
    )
    """Timestamp when the quick connect contact was initiated."""

    quick_connect_id: str | None = _rt.field("QuickConnectId", _rt.String())
    """The quick connect ID."""

    quick_connect_name: str | None = _rt.field(
        "QuickConnectName", _rt.String(min=1, max=127)
    )
    """The name of the quick connect."""

    quick_connect_type: QuickConnectType | str | None = _rt.field(
        "QuickConnectType", _rt.String(enum="QuickConnectType")
    )
    """The type of the quick connect."""

    @classmethod
    def make(
        cls,
        *,
        contact_id: str | None = None,
        initiation_timestamp: datetime.datetime | None = None,
        quick_connect_id: str | None = None,
        quick_connect_name: str | None = None,
        quick_connect_type: QuickConnectType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class QuickConnectSearchCriteria(_rt.Structure):
    """The search criteria to be used to return quick connects."""

    or_conditions: list[QuickConnectSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("QuickConnectSearchCriteria"))
    )
    """A list of conditions which would be applied together with an OR condition."""

    and_conditions: list[QuickConnectSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("QuickConnectSearchCriteria"))
    )
    """A list of conditions which would be applied together with an AND condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )
    """A leaf node condition which can be used to specify a string condition.

    The currently supported values for `FieldName` are `name`, `description`, and
    `resourceID`."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[QuickConnectSearchCriteria] | None = None,
        and_conditions: list[QuickConnectSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class QuickConnectSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    tag_filter: ControlPlaneTagFilter | None = _rt.field(
        "TagFilter", _rt.Ref("ControlPlaneTagFilter")
    )

    @classmethod
    def make(cls, *, tag_filter: ControlPlaneTagFilter | None = None) -> Self:
        return cls._build(locals())


class QuickConnectSummary(_rt.Structure):
    """Contains summary information about a quick connect."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier for the quick connect."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the quick connect."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the quick connect."""

    quick_connect_type: QuickConnectType | str | None = _rt.field(
        "QuickConnectType", _rt.String(enum="QuickConnectType")
    )
    """The type of quick connect. In the Connect Customer admin website, when you
    create a quick connect, you are prompted to assign one of the following types:
    Agent (USER), External (PHONE_NUMBER), or Queue (QUEUE)."""

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
        quick_connect_type: QuickConnectType | str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class QuickConnectType(_rt.Enum):
    """The values of QuickConnectType; one AWS adds later is kept as it is."""

    USER = "USER"
    QUEUE = "QUEUE"
    PHONE_NUMBER = "PHONE_NUMBER"
    FLOW = "FLOW"
