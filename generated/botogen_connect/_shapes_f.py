"""Shapes of Amazon Connect Service whose class names start with "f"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_ch import Channel
    from ._shapes_e import EmptyFieldValue
    from ._shapes_listf import ListFlowAssociationResourceType
    from ._shapes_w import WorkspaceFontFamily


class FailedBatchAssociationSummary(_rt.Structure):
    """Contains information about a resource that failed to be associated with a
    workspace in a batch operation."""

    resource_arn: str | None = _rt.field("ResourceArn", _rt.String())
    """The Amazon Resource Name (ARN) of the resource that failed to be associated."""

    error_code: str | None = _rt.field(
        "ErrorCode", _rt.String(pattern="^[1-5][0-9]{2}$")
    )
    """The error code indicating why the association failed."""

    error_message: str | None = _rt.field("ErrorMessage", _rt.String(min=1, max=256))
    """An error message describing why the association failed."""

    @classmethod
    def make(
        cls,
        *,
        resource_arn: str | None = None,
        error_code: str | None = None,
        error_message: str | None = None,
    ) -> Self:
        return cls._build(locals())


class FailedRequest(_rt.Structure):
    """Request for which contact failed to be generated."""

    request_identifier: str | None = _rt.field("RequestIdentifier", _rt.String(max=80))
    """Request identifier provided in the API call in the ContactDataRequest to create
    a contact."""

    failure_reason_code: FailureReasonCode | str | None = _rt.field(
        "FailureReasonCode", _rt.String(enum="FailureReasonCode")
    )
    """Reason code for the failure."""

    failure_reason_message: str | None = _rt.field("FailureReasonMessage", _rt.String())
    """Why the request to create a contact failed."""

    @classmethod
    def make(
        cls,
        *,
        request_identifier: str | None = None,
        failure_reason_code: FailureReasonCode | str | None = None,
        failure_reason_message: str | None = None,
    ) -> Self:
        return cls._build(locals())


class FailureReasonCode(_rt.Enum):
    """The values of FailureReasonCode; one AWS adds later is kept as it is."""

    INVALID_ATTRIBUTE_KEY = "INVALID_ATTRIBUTE_KEY"
    INVALID_CUSTOMER_ENDPOINT = "INVALID_CUSTOMER_ENDPOINT"
    INVALID_SYSTEM_ENDPOINT = "INVALID_SYSTEM_ENDPOINT"
    INVALID_QUEUE = "INVALID_QUEUE"
    INVALID_OUTBOUND_STRATEGY = "INVALID_OUTBOUND_STRATEGY"
    MISSING_CAMPAIGN = "MISSING_CAMPAIGN"
    MISSING_CUSTOMER_ENDPOINT = "MISSING_CUSTOMER_ENDPOINT"
    MISSING_QUEUE_ID_AND_SYSTEM_ENDPOINT = "MISSING_QUEUE_ID_AND_SYSTEM_ENDPOINT"
    REQUEST_THROTTLED = "REQUEST_THROTTLED"
    IDEMPOTENCY_EXCEPTION = "IDEMPOTENCY_EXCEPTION"
    INTERNAL_ERROR = "INTERNAL_ERROR"


class FieldValue(_rt.Structure):
    """Object for case field values."""

    id: str = _rt.field("Id", _rt.String(min=1, max=500), required=True)
    """Unique identifier of a field."""

    value: FieldValueUnion = _rt.field(
        "Value", _rt.Ref("FieldValueUnion"), required=True
    )
    """Union of potential field value types."""

    @classmethod
    def make(cls, *, id: str, value: FieldValueUnion) -> Self:
        return cls._build(locals())


class FieldValueUnion(_rt.Structure):
    """Object to store union of Field values."""

    boolean_value: bool | None = _rt.field("BooleanValue", _rt.Boolean())
    """A Boolean number value type."""

    double_value: float | None = _rt.field("DoubleValue", _rt.Float())
    """A Double number value type."""

    empty_value: EmptyFieldValue | None = _rt.field(
        "EmptyValue", _rt.Ref("EmptyFieldValue")
    )
    """An empty value."""

    string_value: str | None = _rt.field("StringValue", _rt.String(min=0, max=500))
    """String value type."""

    @classmethod
    def make(
        cls,
        *,
        boolean_value: bool | None = None,
        double_value: float | None = None,
        empty_value: EmptyFieldValue | None = None,
        string_value: str | None = None,
    ) -> Self:
        return cls._build(locals())


class FileStatusType(_rt.Enum):
    """The values of FileStatusType; one AWS adds later is kept as it is."""

    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    PROCESSING = "PROCESSING"
    FAILED = "FAILED"


class FileUseCaseType(_rt.Enum):
    """The values of FileUseCaseType; one AWS adds later is kept as it is."""

    CONTACT_ANALYSIS = "CONTACT_ANALYSIS"
    EMAIL_MESSAGE = "EMAIL_MESSAGE"
    EMAIL_MESSAGE_PLAIN_TEXT = "EMAIL_MESSAGE_PLAIN_TEXT"
    EMAIL_MESSAGE_REDACTED = "EMAIL_MESSAGE_REDACTED"
    EMAIL_MESSAGE_PLAIN_TEXT_REDACTED = "EMAIL_MESSAGE_PLAIN_TEXT_REDACTED"
    ATTACHMENT = "ATTACHMENT"


class FilterV2(_rt.Structure):
    """Contains the filter to apply when retrieving metrics with the GetMetricDataV2
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_GetMetricDataV2.html)
    API."""

    filter_key: str | None = _rt.field("FilterKey", _rt.String(min=1, max=250))
    """The key to use for filtering data. For example, `QUEUE`, `ROUTING_PROFILE,
    AGENT`, `CHANNEL`, `AGENT_HIERARCHY_LEVEL_ONE`, `AGENT_HIERARCHY_LEVEL_TWO`,
    `AGENT_HIERARCHY_LEVEL_THREE`, `AGENT_HIERARCHY_LEVEL_FOUR`,
    `AGENT_HIERARCHY_LEVEL_FIVE`. There must be at least 1 key and a maximum 5 keys."""

    filter_values: list[str] | None = _rt.field(
        "FilterValues", _rt.ListOf(_rt.String(min=1, max=250), min=1, max=100)
    )
    """The identifiers to use for filtering data. For example, if you have a filter key
    of `QUEUE`, you would add queue IDs or ARNs in `FilterValues`."""

    string_condition: FilterV2StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("FilterV2StringCondition")
    )
    """System defined filtering condition. For example, the NOT_EXISTS StringCondition
    returns documents where the field specified by FilterKey does not exist in the
    document.

    When the NOT_EXISTS StringCondition is added to a FilterV2 object, FilterValues
    must be null or empty."""

    @classmethod
    def make(
        cls,
        *,
        filter_key: str | None = None,
        filter_values: list[str] | None = None,
        string_condition: FilterV2StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class FilterV2StringCondition(_rt.Structure):
    """System defined filtering condition. For example, the NOT_EXISTS StringCondition
    returns documents where the field specified by FilterKey does not exist in the
    document.

    When the NOT_EXISTS StringCondition is added to a FilterV2 object, FilterValues
    must be null or empty."""

    comparison: FilterV2StringConditionComparisonOperator | str | None = _rt.field(
        "Comparison", _rt.String(enum="FilterV2StringConditionComparisonOperator")
    )
    """The string condition."""

    @classmethod
    def make(
        cls,
        *,
        comparison: FilterV2StringConditionComparisonOperator | str | None = None,
    ) -> Self:
        return cls._build(locals())


class FilterV2StringConditionComparisonOperator(_rt.Enum):
    """The values of FilterV2StringConditionComparisonOperator; one AWS adds later is kept as it is."""

    NOT_EXISTS = "NOT_EXISTS"


class Filters(_rt.Structure):
    """Contains the filter to apply when retrieving metrics."""

    queues: list[str] | None = _rt.field(
        "Queues", _rt.ListOf(_rt.String(), min=1, max=100)
    )
    """The queues to use to filter the metrics. You should specify at least one queue,
    and can specify up to 100 queues per request. The `GetCurrentMetricsData` API in
    particular requires a queue when you include a `Filter` in your request."""

    channels: list[Channel | str] | None = _rt.field(
        "Channels", _rt.ListOf(_rt.String(enum="Channel"), max=4)
    )
    """The channel to use to filter the metrics."""

    routing_profiles: list[str] | None = _rt.field(
        "RoutingProfiles", _rt.ListOf(_rt.String(), min=1, max=100)
    )
    """A list of up to 100 routing profile IDs or ARNs."""

    routing_step_expressions: list[str] | None = _rt.field(
        "RoutingStepExpressions", _rt.ListOf(_rt.String(min=1, max=3000), max=50)
    )
    """A list of expressions as a filter, in which an expression is an object of a step
    in a routing criteria."""

    agent_statuses: list[str] | None = _rt.field(
        "AgentStatuses", _rt.ListOf(_rt.String())
    )
    """A list of up to 50 agent status IDs or ARNs."""

    subtypes: list[str] | None = _rt.field(
        "Subtypes", _rt.ListOf(_rt.String(min=1, max=100), max=10)
    )
    """A list of up to 10 subtypes can be provided."""

    validation_test_types: list[str] | None = _rt.field(
        "ValidationTestTypes", _rt.ListOf(_rt.String(), max=10)
    )
    """A list of up to 10 validationTestTypes can be provided."""

    @classmethod
    def make(
        cls,
        *,
        queues: list[str] | None = None,
        channels: list[Channel | str] | None = None,
        routing_profiles: list[str] | None = None,
        routing_step_expressions: list[str] | None = None,
        agent_statuses: list[str] | None = None,
        subtypes: list[str] | None = None,
        validation_test_types: list[str] | None = None,
    ) -> Self:
        return cls._build(locals())


class FlowAssociationResourceType(_rt.Enum):
    """The values of FlowAssociationResourceType; one AWS adds later is kept as it is."""

    SMS_PHONE_NUMBER = "SMS_PHONE_NUMBER"
    INBOUND_EMAIL = "INBOUND_EMAIL"
    OUTBOUND_EMAIL = "OUTBOUND_EMAIL"
    ANALYTICS_CONNECTOR = "ANALYTICS_CONNECTOR"
    WHATSAPP_MESSAGING_PHONE_NUMBER = "WHATSAPP_MESSAGING_PHONE_NUMBER"


class FlowAssociationSummary(_rt.Structure):
    """Information about flow associations."""

    resource_id: str | None = _rt.field("ResourceId", _rt.String())
    """The identifier of the resource."""

    flow_id: str | None = _rt.field("FlowId", _rt.String())
    """The identifier of the flow."""

    resource_type: ListFlowAssociationResourceType | str | None = _rt.field(
        "ResourceType", _rt.String(enum="ListFlowAssociationResourceType")
    )
    """The type of resource association."""

    @classmethod
    def make(
        cls,
        *,
        resource_id: str | None = None,
        flow_id: str | None = None,
        resource_type: ListFlowAssociationResourceType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class FlowModule(_rt.Structure):
    """A list of Flow Modules an AI Agent can invoke as a tool"""

    type: FlowModuleType | str | None = _rt.field(
        "Type", _rt.String(enum="FlowModuleType")
    )
    """Only Type we support is MCP."""

    flow_module_id: str | None = _rt.field("FlowModuleId", _rt.String(min=1, max=128))
    """If of Flow Modules invocable as tool"""

    @classmethod
    def make(
        cls,
        *,
        type: FlowModuleType | str | None = None,
        flow_module_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class FlowModuleType(_rt.Enum):
    """The values of FlowModuleType; one AWS adds later is kept as it is."""

    MCP = "MCP"


class FlowQuickConnectConfig(_rt.Structure):
    """Configuration for quick connect."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True
    )
    """The contact flow ID for the quick connect configuration."""

    @classmethod
    def make(cls, *, contact_flow_id: str) -> Self:
        return cls._build(locals())


class FontFamily(_rt.Structure):
    """Contains font family configuration for workspace themes."""

    default: WorkspaceFontFamily | str | None = _rt.field(
        "Default", _rt.String(enum="WorkspaceFontFamily")
    )
    """The default font family to use in the workspace theme."""

    @classmethod
    def make(cls, *, default: WorkspaceFontFamily | str | None = None) -> Self:
        return cls._build(locals())
