"""Shapes of Amazon Connect Service whose class names start with "cr"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import (
        AfterContactWorkConfigPerChannel,
        AgentAvailabilityTimer,
        AgentStatusState,
        Application,
        AutoAcceptConfig,
    )
    from ._shapes_b import BehaviorType
    from ._shapes_ch import Channel
    from ._shapes_co import (
        ConfigurableNotificationPriority,
        ContactConfiguration,
        ContactFlowStatus,
        ContactFlowType,
        ContactInitiationMethod,
    )
    from ._shapes_da import (
        DataTableAttributeValueType,
        DataTableLockLevel,
        DataTableLockVersion,
        DataTableStatus,
    )
    from ._shapes_dev import DeviceType
    from ._shapes_di import DirectoryType
    from ._shapes_e import (
        EmailAddressConfig,
        EvaluationFormAutoEvaluationConfiguration,
        EvaluationFormItem,
        EvaluationFormLanguageConfiguration,
        EvaluationFormScoringStrategy,
        EvaluationFormTargetConfiguration,
        EvaluationReviewConfiguration,
        ExternalInvocationConfiguration,
    )
    from ._shapes_f import FieldValue, FlowModule
    from ._shapes_g import GranularAccessControlConfiguration
    from ._shapes_h import HoursOfOperationConfig, HoursOfOperationOverrideConfig
    from ._shapes_i import (
        InitiateAs,
        InputPredefinedAttributeConfiguration,
        IntegrationType,
    )
    from ._shapes_lo import LocaleCode
    from ._shapes_m import MediaConcurrency
    from ._shapes_o import OutboundCallerConfig, OutboundEmailConfig, OverrideType
    from ._shapes_p import (
        ParentHoursOfOperationConfig,
        ParticipantDetailsToAdd,
        ParticipantTokenCredentials,
        PersistentConnectionConfig,
        PhoneNumberConfig,
        PredefinedAttributeValues,
    )
    from ._shapes_q import QuickConnectConfig
    from ._shapes_r import (
        RecurrenceConfig,
        Reference,
        RehydrationType,
        RoutingProfileManualAssignmentQueueConfig,
        RoutingProfileQueueConfig,
        RuleAction,
        RulePublishStatus,
        RuleTriggerEventSource,
    )
    from ._shapes_se import SegmentAttributeValue
    from ._shapes_so import SourceType
    from ._shapes_t import (
        TaskTemplateConstraints,
        TaskTemplateDefaults,
        TaskTemplateField,
        TaskTemplateStatus,
        TestCaseEntryPoint,
        TestCaseStatus,
    )
    from ._shapes_us import UseCaseType, UserIdentityInfo, UserInfo, UserPhoneConfig
    from ._shapes_v import (
        Validation,
        View,
        ViewInputContent,
        ViewStatus,
        VocabularyLanguageCode,
        VocabularyState,
        VoiceEnhancementConfig,
    )
    from ._shapes_w import WorkspaceTheme


class CreateAgentStatusRequest(_rt.Structure):
    """The input of CreateAgentStatus."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """The name of the status."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description of the status."""

    state: AgentStatusState | str = _rt.field(
        "State", _rt.String(enum="AgentStatusState"), required=True
    )
    """The state of the status."""

    display_order: int | None = _rt.field("DisplayOrder", _rt.Integer(min=1, max=50))
    """The display order of the status."""

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
        instance_id: str,
        name: str,
        state: AgentStatusState | str,
        description: str | None = None,
        display_order: int | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateAgentStatusResponse(_rt.Structure):
    """The output of CreateAgentStatus."""

    agent_status_arn: str | None = _rt.field("AgentStatusARN", _rt.String())
    """The Amazon Resource Name (ARN) of the agent status."""

    agent_status_id: str | None = _rt.field("AgentStatusId", _rt.String())
    """The identifier of the agent status."""

    @classmethod
    def make(
        cls, *, agent_status_arn: str | None = None, agent_status_id: str | None = None
    ) -> Self:
        return cls._build(locals())


class CreateCaseActionDefinition(_rt.Structure):
    """The `CreateCase` action definition."""

    fields: list[FieldValue] = _rt.field(
        "Fields", _rt.ListOf(_rt.Ref("FieldValue")), required=True
    )
    """An array of objects with `Field ID` and `Value` data."""

    template_id: str = _rt.field(
        "TemplateId", _rt.String(min=1, max=500), required=True
    )
    """A unique identifier of a template."""

    @classmethod
    def make(cls, *, fields: list[FieldValue], template_id: str) -> Self:
        return cls._build(locals())


class CreateContactFlowModuleAliasRequest(_rt.Structure):
    """The input of CreateContactFlowModuleAlias."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(
            min=1,
            max=250,
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
        location="uri",
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the alias."""

    contact_flow_module_id: str = _rt.field(
        "ContactFlowModuleId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the flow module."""

    contact_flow_module_version: int = _rt.field(
        "ContactFlowModuleVersion", _rt.Integer(min=1), required=True
    )
    """The version of the flow module."""

    alias_name: str = _rt.field(
        "AliasName",
        _rt.String(min=1, max=100, pattern="^([$0-9a-zA-Z][_-]?)+$"),
        required=True,
    )
    """The name of the alias."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_module_id: str,
        contact_flow_module_version: int,
        alias_name: str,
        description: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateContactFlowModuleAliasResponse(_rt.Structure):
    """The output of CreateContactFlowModuleAlias."""

    contact_flow_module_arn: str | None = _rt.field(
        "ContactFlowModuleArn", _rt.String()
    )
    """The Amazon Resource Name (ARN) of the flow module."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=500))
    """The identifier of the alias."""

    @classmethod
    def make(
        cls, *, contact_flow_module_arn: str | None = None, id: str | None = None
    ) -> Self:
        return cls._build(locals())


class CreateContactFlowModuleRequest(_rt.Structure):
    """The input of CreateContactFlowModule."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    name: str = _rt.field(
        "Name", _rt.String(min=1, max=127, pattern=".*\\S.*"), required=True
    )
    """The name of the flow module."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=500, pattern=".*\\S.*")
    )
    """The description of the flow module."""

    content: str = _rt.field("Content", _rt.String(min=1, max=256000), required=True)
    """The JSON string that represents the content of the flow. For an example, see
    Example flow in Connect Customer Flow language
    (https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-example.html).
    """

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    settings: str | None = _rt.field("Settings", _rt.String())
    """The configuration settings for the flow module."""

    external_invocation_configuration: ExternalInvocationConfiguration | None = (
        _rt.field(
            "ExternalInvocationConfiguration",
            _rt.Ref("ExternalInvocationConfiguration"),
        )
    )
    """The external invocation configuration for the flow module."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        name: str,
        content: str,
        description: str | None = None,
        tags: dict[str, str] | None = None,
        client_token: str | None = None,
        settings: str | None = None,
        external_invocation_configuration: (
            ExternalInvocationConfiguration | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class CreateContactFlowModuleResponse(_rt.Structure):
    """The output of CreateContactFlowModule."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=256))
    """The identifier of the flow module."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the flow module."""

    @classmethod
    def make(cls, *, id: str | None = None, arn: str | None = None) -> Self:
        return cls._build(locals())


class CreateContactFlowModuleVersionRequest(_rt.Structure):
    """The input of CreateContactFlowModuleVersion."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=500, pattern=".*\\S.*")
    )
    """The description of the flow module version."""

    contact_flow_module_id: str = _rt.field(
        "ContactFlowModuleId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the flow module."""

    flow_module_content_sha256: str | None = _rt.field(
        "FlowModuleContentSha256",
        _rt.String(min=1, max=64, pattern="^[a-zA-Z0-9]{64}$"),
    )
    """Indicates the checksum value of the flow module content."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_module_id: str,
        description: str | None = None,
        flow_module_content_sha256: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateContactFlowModuleVersionResponse(_rt.Structure):
    """The output of CreateContactFlowModuleVersion."""

    contact_flow_module_arn: str | None = _rt.field(
        "ContactFlowModuleArn", _rt.String()
    )
    """The Amazon Resource Name (ARN) of the flow module."""

    version: int | None = _rt.field("Version", _rt.Integer(min=1))
    """The version of the flow module."""

    @classmethod
    def make(
        cls, *, contact_flow_module_arn: str | None = None, version: int | None = None
    ) -> Self:
        return cls._build(locals())


class CreateContactFlowRequest(_rt.Structure):
    """The input of CreateContactFlow."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance."""

    name: str = _rt.field("Name", _rt.String(min=1), required=True)
    """The name of the flow."""

    type: ContactFlowType | str = _rt.field(
        "Type", _rt.String(enum="ContactFlowType"), required=True
    )
    """The type of the flow. For descriptions of the available types, see Choose a flow
    type
    (https://docs.aws.amazon.com/connect/latest/adminguide/create-contact-flow.html#contact-flow-types)
    in the Connect Customer Administrator Guide."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the flow."""

    content: str = _rt.field("Content", _rt.String(), required=True)
    """The JSON string that represents the content of the flow. For an example, see
    Example flow in Connect Customer Flow language
    (https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-example.html).

    Length Constraints: Minimum length of 1. Maximum length of 256000."""

    status: ContactFlowStatus | str | None = _rt.field(
        "Status", _rt.String(enum="ContactFlowStatus")
    )
    """Indicates the flow status as either `SAVED` or `PUBLISHED`. The `PUBLISHED`
    status will initiate validation on the content. the `SAVED` status does not
    initiate validation of the content. `SAVED` | `PUBLISHED`."""

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
        instance_id: str,
        name: str,
        type: ContactFlowType | str,
        content: str,
        description: str | None = None,
        status: ContactFlowStatus | str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateContactFlowResponse(_rt.Structure):
    """The output of CreateContactFlow."""

    contact_flow_id: str | None = _rt.field("ContactFlowId", _rt.String(max=500))
    """The identifier of the flow."""

    contact_flow_arn: str | None = _rt.field("ContactFlowArn", _rt.String())
    """The Amazon Resource Name (ARN) of the flow."""

    flow_content_sha256: str | None = _rt.field(
        "FlowContentSha256", _rt.String(min=1, max=64, pattern="^[a-zA-Z0-9]{64}$")
    )
    """Indicates the checksum value of the latest published flow content."""

    @classmethod
    def make(
        cls,
        *,
        contact_flow_id: str | None = None,
        contact_flow_arn: str | None = None,
        flow_content_sha256: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateContactFlowVersionRequest(_rt.Structure):
    """The input of CreateContactFlowVersion."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the flow version."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the flow."""

    flow_content_sha256: str | None = _rt.field(
        "FlowContentSha256", _rt.String(min=1, max=64, pattern="^[a-zA-Z0-9]{64}$")
    )
    """Indicates the checksum value of the flow content."""

    contact_flow_version: int | None = _rt.field(
        "ContactFlowVersion", _rt.Integer(min=1)
    )
    """The identifier of the flow version."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The Amazon Web Services Region where this resource was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region where this resource was last modified."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_id: str,
        description: str | None = None,
        flow_content_sha256: str | None = None,
        contact_flow_version: int | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateContactFlowVersionResponse(_rt.Structure):
    """The output of CreateContactFlowVersion."""

    contact_flow_arn: str | None = _rt.field("ContactFlowArn", _rt.String())
    """The Amazon Resource Name (ARN) of the flow."""

    version: int | None = _rt.field("Version", _rt.Integer(min=1))
    """The identifier of the flow version."""

    @classmethod
    def make(
        cls, *, contact_flow_arn: str | None = None, version: int | None = None
    ) -> Self:
        return cls._build(locals())


class CreateContactRequest(_rt.Structure):
    """The input of CreateContact."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    related_contact_id: str | None = _rt.field(
        "RelatedContactId", _rt.String(min=1, max=256)
    )
    """The identifier of the contact in this instance of Connect Customer."""

    attributes: dict[str, str] | None = _rt.field(
        "Attributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
    )
    """A custom key-value pair using an attribute map. The attributes are standard
    Connect Customer attributes, and can be accessed in flows just like any other
    contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per contact.
    Attribute keys can include only alphanumeric, dash, and underscore characters."""

    references: dict[str, Reference] | None = _rt.field(
        "References", _rt.MapOf(_rt.String(min=1, max=4096), _rt.Ref("Reference"))
    )
    """A formatted URL that is shown to an agent in the Contact Control Panel (CCP).
    Tasks can have the following reference types at the time of creation: `URL` |
    `NUMBER` | `STRING` | `DATE` | `EMAIL` | `ATTACHMENT`."""

    channel: Channel | str = _rt.field(
        "Channel", _rt.String(enum="Channel"), required=True
    )
    """The channel for the contact.

    The CHAT channel is not supported. The following information is incorrect. We're
    working to correct it."""

    initiation_method: ContactInitiationMethod | str = _rt.field(
        "InitiationMethod", _rt.String(enum="ContactInitiationMethod"), required=True
    )
    """Indicates how the contact was initiated.

    CreateContact only supports the following initiation methods. Valid values by
    channel are:

    For VOICE: `TRANSFER` and the subtype `connect:ExternalAudio`

    For EMAIL: `OUTBOUND` | `AGENT_REPLY` | `FLOW`

    For TASK: `API`

    The other channels listed below are incorrect. We're working to correct this
    information."""

    expiry_duration_in_minutes: int | None = _rt.field(
        "ExpiryDurationInMinutes", _rt.Integer()
    )
    """Number of minutes the contact will be active for before expiring"""

    user_info: UserInfo | None = _rt.field("UserInfo", _rt.Ref("UserInfo"))
    """User details for the contact

    UserInfo is required when creating an EMAIL contact with `OUTBOUND` and
    `AGENT_REPLY` contact initiation methods."""

    initiate_as: InitiateAs | str | None = _rt.field(
        "InitiateAs", _rt.String(enum="InitiateAs")
    )
    """Initial state of the contact when it's created. Only TASK channel contacts can
    be initiated with `COMPLETED` state."""

    name: str | None = _rt.field("Name", _rt.String(min=0, max=1024), sensitive=True)
    """The name of a the contact."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=4096), sensitive=True
    )
    """A description of the contact."""

    segment_attributes: dict[str, SegmentAttributeValue] | None = _rt.field(
        "SegmentAttributes",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.Ref("SegmentAttributeValue")),
    )
    """A set of system defined key-value pairs stored on individual contact segments
    (unique contact ID) using an attribute map. The attributes are standard Connect
    Customer attributes. They can be accessed in flows.

    Attribute keys can include only alphanumeric, -, and _.

    This field can be used to set Segment Contact Expiry as a duration in minutes.

    To set contact expiry, a ValueMap must be specified containing the integer
    number of minutes the contact will be active for before expiring, with
    `SegmentAttributes` like { ` "connect:ContactExpiry": {"ValueMap" : {
    "ExpiryDuration": { "ValueInteger": 135}}}}`."""

    previous_contact_id: str | None = _rt.field(
        "PreviousContactId", _rt.String(min=1, max=256)
    )
    """The ID of the previous contact when creating a transfer contact. This value can
    be provided only for external audio contacts. For more information, see
    Integrate Connect Customer Contact Lens with external voice systems
    (https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-integration.html)
    in the Connect Customer Administrator Guide."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        channel: Channel | str,
        initiation_method: ContactInitiationMethod | str,
        client_token: str | None = None,
        related_contact_id: str | None = None,
        attributes: dict[str, str] | None = None,
        references: dict[str, Reference] | None = None,
        expiry_duration_in_minutes: int | None = None,
        user_info: UserInfo | None = None,
        initiate_as: InitiateAs | str | None = None,
        name: str | None = None,
        description: str | None = None,
        segment_attributes: dict[str, SegmentAttributeValue] | None = None,
        previous_contact_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateContactResponse(_rt.Structure):
    """The output of CreateContact."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of the contact in this instance of Connect Customer."""

    contact_arn: str | None = _rt.field("ContactArn", _rt.String())
    """The Amazon Resource Name (ARN) of the created contact."""

    @classmethod
    def make(
        cls, *, contact_id: str | None = None, contact_arn: str | None = None
    ) -> Self:
        return cls._build(locals())


class CreateDataTableAttributeRequest(_rt.Structure):
    """The input of CreateDataTableAttribute."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table. Must also accept the table ARN with or
    without a version alias. If the version is provided as part of the identifier or
    ARN, the version must be one of the two available system managed aliases, $SAVED
    or $LATEST."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """The name for the attribute. Must conform to Connect human readable string
    specification and have 1-127 characters. Must not start with the reserved case
    insensitive values 'connect:' and 'aws:'. Whitespace trimmed before persisting.
    Must be unique for the data table using case-insensitive comparison."""

    value_type: DataTableAttributeValueType | str = _rt.field(
        "ValueType", _rt.String(enum="DataTableAttributeValueType"), required=True
    )
    """The type of value allowed or the resultant type after the value's expression is
    evaluated. Must be one of TEXT, TEXT_LIST, NUMBER, NUMBER_LIST, and BOOLEAN."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=250, pattern="^[\\\\P{C}\\r\\n\\t]+$")
    )
    """An optional description for the attribute. Must conform to Connect human
    readable string specification and have 0-250 characters. Whitespace trimmed
    before persisting."""

    primary: bool | None = _rt.field("Primary", _rt.Boolean())
    """Optional boolean that defaults to false. Determines if the value is used to
    identify a record in the table. Values for primary attributes must not be
    expressions."""

    validation: Validation | None = _rt.field("Validation", _rt.Ref("Validation"))
    """Optional validation rules for the attribute. Borrows heavily from JSON Schema -
    Draft 2020-12. The maximum length of arrays within validations and depth of
    validations is 5. There are default limits that apply to all types. Customer
    specified limits in excess of the default limits are not permitted."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        data_table_id: str,
        name: str,
        value_type: DataTableAttributeValueType | str,
        description: str | None = None,
        primary: bool | None = None,
        validation: Validation | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateDataTableAttributeResponse(_rt.Structure):
    """The output of CreateDataTableAttribute."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """The name of the created attribute since it also serves as the identifier. This
    could be different than the parameter passed in since it will be trimmed for
    whitespace."""

    attribute_id: str | None = _rt.field("AttributeId", _rt.String(min=1, max=256))
    """The unique identifier assigned to the created attribute."""

    lock_version: DataTableLockVersion = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion"), required=True
    )
    """The lock version information for the data table and attribute, used for
    optimistic locking and versioning."""

    @classmethod
    def make(
        cls,
        *,
        name: str,
        lock_version: DataTableLockVersion,
        attribute_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateDataTableRequest(_rt.Structure):
    """The input of CreateDataTable."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance where the data table will
    be created."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """The name for the data table. Must conform to Connect human readable string
    specification and have 1-127 characters. Whitespace must be trimmed first. Must
    not start with the reserved case insensitive values 'connect:' and 'aws:'. Must
    be unique for the instance using case-insensitive comparison."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=250, pattern="^[\\\\P{C}\\r\\n\\t]+$")
    )
    """An optional description for the data table. Must conform to Connect human
    readable string specification and have 0-250 characters. Whitespace must be
    trimmed first."""

    time_zone: str = _rt.field("TimeZone", _rt.String(), required=True)
    """The IANA timezone identifier to use when resolving time based dynamic values.
    Required even if no time slices are specified."""

    value_lock_level: DataTableLockLevel | str = _rt.field(
        "ValueLockLevel", _rt.String(enum="DataTableLockLevel"), required=True
    )
    """The data level that concurrent value edits are locked on. One of DATA_TABLE,
    PRIMARY_VALUE, ATTRIBUTE, VALUE, and NONE. NONE is the default if unspecified.
    This determines how concurrent edits are handled when multiple users attempt to
    modify values simultaneously."""

    status: DataTableStatus | str = _rt.field(
        "Status", _rt.String(enum="DataTableStatus"), required=True
    )
    """The status of the data table. One of PUBLISHED or SAVED. Required parameter that
    determines the initial state of the table."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """Key value pairs for attribute based access control (TBAC or ABAC). Optional tags
    to apply to the data table for organization and access control purposes."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        name: str,
        time_zone: str,
        value_lock_level: DataTableLockLevel | str,
        status: DataTableStatus | str,
        description: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateDataTableResponse(_rt.Structure):
    """The output of CreateDataTable."""

    id: str = _rt.field("Id", _rt.String(min=1, max=256), required=True)
    """The unique identifier for the created data table. Does not include the version
    alias."""

    arn: str = _rt.field("Arn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) for the created data table. Does not include the
    version alias."""

    lock_version: DataTableLockVersion = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion"), required=True
    )
    """The lock version information for the created data table, used for optimistic
    locking and table versioning."""

    @classmethod
    def make(cls, *, id: str, arn: str, lock_version: DataTableLockVersion) -> Self:
        return cls._build(locals())


class CreateEmailAddressRequest(_rt.Structure):
    """The input of CreateEmailAddress."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=4096), sensitive=True
    )
    """The description of the email address."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    email_address: str = _rt.field(
        "EmailAddress",
        _rt.String(min=1, max=255, pattern="[^\\s@]+@[^\\s@]+\\.[^\\s@]+"),
        required=True,
        sensitive=True,
    )
    """The email address, including the domain."""

    display_name: str | None = _rt.field(
        "DisplayName", _rt.String(min=0, max=256), sensitive=True
    )
    """The display name of email address"""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    client_token: str | None = _rt.field("ClientToken", _rt.String(max=500))
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
        email_address: str,
        description: str | None = None,
        display_name: str | None = None,
        tags: dict[str, str] | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateEmailAddressResponse(_rt.Structure):
    """The output of CreateEmailAddress."""

    email_address_id: str | None = _rt.field(
        "EmailAddressId", _rt.String(min=1, max=500)
    )
    """The identifier of the email address."""

    email_address_arn: str | None = _rt.field(
        "EmailAddressArn", _rt.String(min=1, max=500)
    )
    """The Amazon Resource Name (ARN) of the email address."""

    @classmethod
    def make(
        cls,
        *,
        email_address_id: str | None = None,
        email_address_arn: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateEvaluationFormRequest(_rt.Structure):
    """The input of CreateEvaluationForm."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    title: str = _rt.field("Title", _rt.String(), required=True)
    """A title of the evaluation form."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the evaluation form."""

    items: list[EvaluationFormItem] = _rt.field(
        "Items", _rt.ListOf(_rt.Ref("EvaluationFormItem")), required=True
    )
    """Items that are part of the evaluation form. The total number of sections and
    questions must not exceed 100 each. Questions must be contained in a section."""

    scoring_strategy: EvaluationFormScoringStrategy | None = _rt.field(
        "ScoringStrategy", _rt.Ref("EvaluationFormScoringStrategy")
    )
    """A scoring strategy of the evaluation form."""

    auto_evaluation_configuration: EvaluationFormAutoEvaluationConfiguration | None = (
        _rt.field(
            "AutoEvaluationConfiguration",
            _rt.Ref("EvaluationFormAutoEvaluationConfiguration"),
        )
    )
    """Configuration information about automated evaluations."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    as_draft: bool | None = _rt.field("AsDraft", _rt.Boolean())
    """A boolean flag indicating whether to create evaluation form in draft state."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    review_configuration: EvaluationReviewConfiguration | None = _rt.field(
        "ReviewConfiguration", _rt.Ref("EvaluationReviewConfiguration")
    )
    """Configuration information about evaluation reviews."""

    target_configuration: EvaluationFormTargetConfiguration | None = _rt.field(
        "TargetConfiguration", _rt.Ref("EvaluationFormTargetConfiguration")
    )
    """Configuration that specifies the target for the evaluation form."""

    language_configuration: EvaluationFormLanguageConfiguration | None = _rt.field(
        "LanguageConfiguration", _rt.Ref("EvaluationFormLanguageConfiguration")
    )
    """Configuration for language settings of the evaluation form."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        title: str,
        items: list[EvaluationFormItem],
        description: str | None = None,
        scoring_strategy: EvaluationFormScoringStrategy | None = None,
        auto_evaluation_configuration: (
            EvaluationFormAutoEvaluationConfiguration | None
        ) = None,
        client_token: str | None = None,
        as_draft: bool | None = None,
        tags: dict[str, str] | None = None,
        review_configuration: EvaluationReviewConfiguration | None = None,
        target_configuration: EvaluationFormTargetConfiguration | None = None,
        language_configuration: EvaluationFormLanguageConfiguration | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateEvaluationFormResponse(_rt.Structure):
    """The output of CreateEvaluationForm."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True
    )
    """The unique identifier for the evaluation form."""

    evaluation_form_arn: str = _rt.field(
        "EvaluationFormArn", _rt.String(), required=True
    )
    """The Amazon Resource Name (ARN) for the evaluation form resource."""

    @classmethod
    def make(cls, *, evaluation_form_id: str, evaluation_form_arn: str) -> Self:
        return cls._build(locals())


class CreateHoursOfOperationOverrideRequest(_rt.Structure):
    """The input of CreateHoursOfOperationOverride."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance."""

    hours_of_operation_id: str = _rt.field(
        "HoursOfOperationId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the hours of operation"""

    name: str = _rt.field("Name", _rt.String(), required=True)
    """The name of the hours of operation override."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the hours of operation override."""

    config: list[HoursOfOperationOverrideConfig] = _rt.field(
        "Config",
        _rt.ListOf(_rt.Ref("HoursOfOperationOverrideConfig"), min=0, max=100),
        required=True,
    )
    """Configuration information for the hours of operation override: day, start time,
    and end time."""

    effective_from: str = _rt.field(
        "EffectiveFrom", _rt.String(pattern="^\\d{4}-\\d{2}-\\d{2}$"), required=True
    )
    """The date from when the hours of operation override is effective."""

    effective_till: str = _rt.field(
        "EffectiveTill", _rt.String(pattern="^\\d{4}-\\d{2}-\\d{2}$"), required=True
    )
    """The date until when the hours of operation override is effective."""

    recurrence_config: RecurrenceConfig | None = _rt.field(
        "RecurrenceConfig", _rt.Ref("RecurrenceConfig")
    )
    """Configuration for a recurring event."""

    override_type: OverrideType | str | None = _rt.field(
        "OverrideType", _rt.String(enum="OverrideType")
    )
    """Whether the override will be defined as a standard or as a recurring event.

    For more information about how override types are applied, see Build your list
    of overrides
    (https://docs.aws.amazon.com/https:/docs.aws.amazon.com/connect/latest/adminguide/hours-of-operation-overrides.html)
    in the Administrator Guide."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        hours_of_operation_id: str,
        name: str,
        config: list[HoursOfOperationOverrideConfig],
        effective_from: str,
        effective_till: str,
        description: str | None = None,
        recurrence_config: RecurrenceConfig | None = None,
        override_type: OverrideType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateHoursOfOperationOverrideResponse(_rt.Structure):
    """The output of CreateHoursOfOperationOverride."""

    hours_of_operation_override_id: str | None = _rt.field(
        "HoursOfOperationOverrideId", _rt.String(min=1, max=36)
    )
    """The identifier for the hours of operation override."""

    @classmethod
    def make(cls, *, hours_of_operation_override_id: str | None = None) -> Self:
        return cls._build(locals())


class CreateHoursOfOperationRequest(_rt.Structure):
    """The input of CreateHoursOfOperation."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """The name of the hours of operation."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description of the hours of operation."""

    time_zone: str = _rt.field("TimeZone", _rt.String(), required=True)
    """The time zone of the hours of operation."""

    config: list[HoursOfOperationConfig] = _rt.field(
        "Config",
        _rt.ListOf(_rt.Ref("HoursOfOperationConfig"), min=0, max=100),
        required=True,
    )
    """Configuration information for the hours of operation: day, start time, and end
    time."""

    parent_hours_of_operation_configs: list[ParentHoursOfOperationConfig] | None = (
        _rt.field(
            "ParentHoursOfOperationConfigs",
            _rt.ListOf(_rt.Ref("ParentHoursOfOperationConfig"), min=0, max=3),
        )
    )
    """Configuration for parent hours of operations. Eg: ResourceArn.

    For more information about parent hours of operations, see Link overrides from
    different hours of operation
    (https://docs.aws.amazon.com/https:/docs.aws.amazon.com/connect/latest/adminguide/hours-of-operation-overrides.html)
    in the Administrator Guide."""

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
        instance_id: str,
        name: str,
        time_zone: str,
        config: list[HoursOfOperationConfig],
        description: str | None = None,
        parent_hours_of_operation_configs: (
            list[ParentHoursOfOperationConfig] | None
        ) = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateHoursOfOperationResponse(_rt.Structure):
    """The output of CreateHoursOfOperation."""

    hours_of_operation_id: str | None = _rt.field("HoursOfOperationId", _rt.String())
    """The identifier for the hours of operation."""

    hours_of_operation_arn: str | None = _rt.field("HoursOfOperationArn", _rt.String())
    """The Amazon Resource Name (ARN) for the hours of operation."""

    @classmethod
    def make(
        cls,
        *,
        hours_of_operation_id: str | None = None,
        hours_of_operation_arn: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateInstanceRequest(_rt.Structure):
    """The input of CreateInstance."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """The idempotency token."""

    identity_management_type: DirectoryType | str = _rt.field(
        "IdentityManagementType", _rt.String(enum="DirectoryType"), required=True
    )
    """The type of identity management for your Connect Customer users."""

    instance_alias: str | None = _rt.field(
        "InstanceAlias",
        _rt.String(min=1, max=45, pattern="^(?!d-)([\\da-zA-Z]+)([-]*[\\da-zA-Z])*$"),
        sensitive=True,
    )
    """The name for your instance."""

    directory_id: str | None = _rt.field(
        "DirectoryId", _rt.String(min=12, max=12, pattern="^d-[0-9a-f]{10}$")
    )
    """The identifier for the directory."""

    inbound_calls_enabled: bool = _rt.field(
        "InboundCallsEnabled", _rt.Boolean(), required=True
    )
    """Your contact center handles incoming contacts."""

    outbound_calls_enabled: bool = _rt.field(
        "OutboundCallsEnabled", _rt.Boolean(), required=True
    )
    """Your contact center allows outbound calls."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, `{ "tags": {"key1":"value1", "key2":"value2"} }`."""

    @classmethod
    def make(
        cls,
        *,
        identity_management_type: DirectoryType | str,
        inbound_calls_enabled: bool,
        outbound_calls_enabled: bool,
        client_token: str | None = None,
        instance_alias: str | None = None,
        directory_id: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateInstanceResponse(_rt.Structure):
    """The output of CreateInstance."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=100))
    """The identifier for the instance."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(cls, *, id: str | None = None, arn: str | None = None) -> Self:
        return cls._build(locals())


class CreateIntegrationAssociationRequest(_rt.Structure):
    """The input of CreateIntegrationAssociation."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    integration_type: IntegrationType | str = _rt.field(
        "IntegrationType", _rt.String(enum="IntegrationType"), required=True
    )
    """The type of information to be ingested."""

    integration_arn: str = _rt.field("IntegrationArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the integration.

    When integrating with Amazon Web Services End User Messaging, the Connect
    Customer and Amazon Web Services End User Messaging instances must be in the
    same account."""

    source_application_url: str | None = _rt.field(
        "SourceApplicationUrl", _rt.String(min=1, max=2000)
    )
    """The URL for the external application. This field is only required for the EVENT
    integration type."""

    source_application_name: str | None = _rt.field(
        "SourceApplicationName", _rt.String(min=1, max=100, pattern="^[a-zA-Z0-9_ -]+$")
    )
    """The name of the external application. This field is only required for the EVENT
    integration type."""

    source_type: SourceType | str | None = _rt.field(
        "SourceType", _rt.String(enum="SourceType")
    )
    """The type of the data source. This field is only required for the EVENT
    integration type."""

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
        instance_id: str,
        integration_type: IntegrationType | str,
        integration_arn: str,
        source_application_url: str | None = None,
        source_application_name: str | None = None,
        source_type: SourceType | str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateIntegrationAssociationResponse(_rt.Structure):
    """The output of CreateIntegrationAssociation."""

    integration_association_id: str | None = _rt.field(
        "IntegrationAssociationId", _rt.String(min=1, max=200)
    )
    """The identifier for the integration association."""

    integration_association_arn: str | None = _rt.field(
        "IntegrationAssociationArn", _rt.String()
    )
    """The Amazon Resource Name (ARN) for the association."""

    @classmethod
    def make(
        cls,
        *,
        integration_association_id: str | None = None,
        integration_association_arn: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateNotificationRequest(_rt.Structure):
    """The input of CreateNotification."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    expires_at: datetime.datetime | None = _rt.field("ExpiresAt", _rt.Timestamp())
    """The timestamp when the notification should expire and no longer be displayed to
    users. If not specified, defaults to one week from creation."""

    recipients: list[str] = _rt.field(
        "Recipients", _rt.ListOf(_rt.String(), max=200), required=True
    )
    """A list of Amazon Resource Names (ARNs) identifying the recipients of the
    notification. Can include user ARNs or instance ARNs to target all users in an
    instance. Maximum of 200 recipients."""

    priority: ConfigurableNotificationPriority | str | None = _rt.field(
        "Priority", _rt.String(enum="ConfigurableNotificationPriority")
    )
    """The priority level of the notification. Valid values are HIGH and LOW. High
    priority notifications are displayed above low priority notifications."""

    content: dict[LocaleCode | str, str] = _rt.field(
        "Content",
        _rt.MapOf(_rt.String(enum="LocaleCode"), _rt.String(min=0, max=500)),
        required=True,
    )
    """The localized content of the notification. A map where keys are locale codes and
    values are the notification text in that locale. Content supports links. Maximum
    250 characters per locale."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, `{ "Tags": {"key1":"value1", "key2":"value2"} }`."""

    predefined_notification_id: str | None = _rt.field(
        "PredefinedNotificationId", _rt.String(min=1, max=256)
    )
    """Deprecated since 3/13/2026. PredefinedNotificationId is deprecated. Use ClientToken for idempotency."""

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
        recipients: list[str],
        content: dict[LocaleCode | str, str],
        expires_at: datetime.datetime | None = None,
        priority: ConfigurableNotificationPriority | str | None = None,
        tags: dict[str, str] | None = None,
        predefined_notification_id: str | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateNotificationResponse(_rt.Structure):
    """The output of CreateNotification."""

    notification_id: str = _rt.field(
        "NotificationId", _rt.String(min=1, max=256), required=True
    )
    """The unique identifier assigned to the created notification."""

    notification_arn: str = _rt.field("NotificationArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the created notification."""

    @classmethod
    def make(cls, *, notification_id: str, notification_arn: str) -> Self:
        return cls._build(locals())


class CreateParticipantRequest(_rt.Structure):
    """The input of CreateParticipant."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact in this instance of Connect Customer. Supports
    contacts in the CHAT channel and VOICE (WebRTC) channels. For WebRTC calls, this
    should be the initial contact ID that was generated when the contact was first
    created (from the StartWebRTCContact API) in the VOICE channel"""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    participant_details: ParticipantDetailsToAdd = _rt.field(
        "ParticipantDetails", _rt.Ref("ParticipantDetailsToAdd"), required=True
    )
    """Information identifying the participant.

    The only valid value for `ParticipantRole` is `CUSTOM_BOT` for chat contact and
    `CUSTOMER` for voice contact."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_id: str,
        participant_details: ParticipantDetailsToAdd,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateParticipantResponse(_rt.Structure):
    """The output of CreateParticipant."""

    participant_credentials: ParticipantTokenCredentials | None = _rt.field(
        "ParticipantCredentials", _rt.Ref("ParticipantTokenCredentials")
    )
    """The token used by the chat participant to call `CreateParticipantConnection`.
    The participant token is valid for the lifetime of a chat participant."""

    participant_id: str | None = _rt.field("ParticipantId", _rt.String(min=1, max=256))
    """The identifier for a chat participant. The participantId for a chat participant
    is the same throughout the chat lifecycle."""

    @classmethod
    def make(
        cls,
        *,
        participant_credentials: ParticipantTokenCredentials | None = None,
        participant_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreatePersistentContactAssociationRequest(_rt.Structure):
    """The input of CreatePersistentContactAssociation."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    initial_contact_id: str = _rt.field(
        "InitialContactId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """This is the contactId of the current contact that the
    `CreatePersistentContactAssociation` API is being called from."""

    rehydration_type: RehydrationType | str = _rt.field(
        "RehydrationType", _rt.String(enum="RehydrationType"), required=True
    )
    """The contactId chosen for rehydration depends on the type chosen.

    `ENTIRE_PAST_SESSION`: Rehydrates a chat from the most recently terminated past
    chat contact of the specified past ended chat session. To use this type, provide
    the `initialContactId` of the past ended chat session in the `sourceContactId`
    field. In this type, Connect Customer determines what the most recent chat
    contact on the past ended chat session and uses it to start a persistent chat.

    `FROM_SEGMENT`: Rehydrates a chat from the specified past chat contact provided
    in the `sourceContactId` field.

    The actual contactId used for rehydration is provided in the response of this
    API.

    To illustrate how to use rehydration type, consider the following example: A
    customer starts a chat session. Agent a1 accepts the chat and a conversation
    starts between the customer and Agent a1. This first contact creates a contact
    ID C1. Agent a1 then transfers the chat to Agent a2. This creates another
    contact ID C2. At this point Agent a2 ends the chat. The customer is forwarded
    to the disconnect flow for a post chat survey that creates another contact ID
    C3. After the chat survey, the chat session ends. Later, the customer returns
    and wants to resume their past chat session. At this point, the customer can
    have following use cases:

    Use Case 1: The customer wants to continue the past chat session but they want
    to hide the post chat survey. For this they will use the following
    configuration:

    Configuration

    SourceContactId = "C2"

    RehydrationType = "FROM_SEGMENT"

    Expected behavior

    This starts a persistent chat session from the specified past ended contact
    (C2). Transcripts of past chat sessions C2 and C1 are accessible in the current
    persistent chat session. Note that chat segment C3 is dropped from the
    persistent chat session.

    Use Case 2: The customer wants to continue the past chat session and see the
    transcript of the entire past engagement, including the post chat survey. For
    this they will use the following configuration:

    Configuration

    SourceContactId = "C1"

    RehydrationType = "ENTIRE_PAST_SESSION"

    Expected behavior

    This starts a persistent chat session from the most recently ended chat contact
    (C3). Transcripts of past chat sessions C3, C2 and C1 are accessible in the
    current persistent chat session."""

    source_contact_id: str = _rt.field(
        "SourceContactId", _rt.String(min=1, max=256), required=True
    )
    """The contactId from which a persistent chat session must be started."""

    client_token: str | None = _rt.field("ClientToken", _rt.String(max=500))
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
        initial_contact_id: str,
        rehydration_type: RehydrationType | str,
        source_contact_id: str,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreatePersistentContactAssociationResponse(_rt.Structure):
    """The output of CreatePersistentContactAssociation."""

    continued_from_contact_id: str | None = _rt.field(
        "ContinuedFromContactId", _rt.String(min=1, max=256)
    )
    """The contactId from which a persistent chat session is started. This field is
    populated only for persistent chat."""

    @classmethod
    def make(cls, *, continued_from_contact_id: str | None = None) -> Self:
        return cls._build(locals())


class CreatePredefinedAttributeRequest(_rt.Structure):
    """The input of CreatePredefinedAttribute."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    name: str = _rt.field("Name", _rt.String(min=1, max=100), required=True)
    """The name of the predefined attribute."""

    values: PredefinedAttributeValues | None = _rt.field(
        "Values", _rt.Ref("PredefinedAttributeValues")
    )
    """The values of the predefined attribute."""

    purposes: list[str] | None = _rt.field(
        "Purposes", _rt.ListOf(_rt.String(min=1, max=100), min=0, max=10)
    )
    """Values that enable you to categorize your predefined attributes. You can use
    them in custom UI elements across the Connect Customer admin website."""

    attribute_configuration: InputPredefinedAttributeConfiguration | None = _rt.field(
        "AttributeConfiguration", _rt.Ref("InputPredefinedAttributeConfiguration")
    )
    """Custom metadata that is associated to predefined attributes to control behavior
    in upstream services, such as controlling how a predefined attribute should be
    displayed in the Connect Customer admin website."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        name: str,
        values: PredefinedAttributeValues | None = None,
        purposes: list[str] | None = None,
        attribute_configuration: InputPredefinedAttributeConfiguration | None = None,
    ) -> Self:
        return cls._build(locals())


class CreatePromptRequest(_rt.Structure):
    """The input of CreatePrompt."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """The name of the prompt."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description of the prompt."""

    s3_uri: str = _rt.field(
        "S3Uri",
        _rt.String(
            min=1,
            max=2000,
            pattern="s3://\\S+/.+|https://\\\\S+\\\\.s3\\\\.\\\\S+\\\\.amazonaws\\\\.com/\\\\S+",
        ),
        required=True,
    )
    """The URI for the S3 bucket where the prompt is stored. You can provide S3
    pre-signed URLs returned by the GetPromptFile
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_GetPromptFile.html)
    API instead of providing S3 URIs."""

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
        instance_id: str,
        name: str,
        s3_uri: str,
        description: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreatePromptResponse(_rt.Structure):
    """The output of CreatePrompt."""

    prompt_arn: str | None = _rt.field("PromptARN", _rt.String())
    """The Amazon Resource Name (ARN) of the prompt."""

    prompt_id: str | None = _rt.field("PromptId", _rt.String(min=1, max=256))
    """A unique identifier for the prompt."""

    @classmethod
    def make(
        cls, *, prompt_arn: str | None = None, prompt_id: str | None = None
    ) -> Self:
        return cls._build(locals())


class CreatePushNotificationRegistrationRequest(_rt.Structure):
    """The input of CreatePushNotificationRegistration."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    pinpoint_app_arn: str = _rt.field("PinpointAppArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the Pinpoint application."""

    device_token: str = _rt.field(
        "DeviceToken", _rt.String(min=1, max=500), required=True
    )
    """The push notification token issued by the Apple or Google gateways."""

    device_type: DeviceType | str = _rt.field(
        "DeviceType", _rt.String(enum="DeviceType"), required=True
    )
    """The device type to use when sending the message."""

    contact_configuration: ContactConfiguration = _rt.field(
        "ContactConfiguration", _rt.Ref("ContactConfiguration"), required=True
    )
    """The contact configuration for push notification registration."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        pinpoint_app_arn: str,
        device_token: str,
        device_type: DeviceType | str,
        contact_configuration: ContactConfiguration,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreatePushNotificationRegistrationResponse(_rt.Structure):
    """The output of CreatePushNotificationRegistration."""

    registration_id: str = _rt.field(
        "RegistrationId", _rt.String(min=1, max=256), required=True
    )
    """The identifier for the registration."""

    @classmethod
    def make(cls, *, registration_id: str) -> Self:
        return cls._build(locals())


class CreateQueueRequest(_rt.Structure):
    """The input of CreateQueue."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """The name of the queue."""

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

    hours_of_operation_id: str = _rt.field(
        "HoursOfOperationId", _rt.String(), required=True
    )
    """The identifier for the hours of operation."""

    max_contacts: int | None = _rt.field("MaxContacts", _rt.Integer(min=0))
    """The maximum number of contacts that can be in the queue before it is considered
    full."""

    quick_connect_ids: list[str] | None = _rt.field(
        "QuickConnectIds", _rt.ListOf(_rt.String(), min=1, max=50)
    )
    """The quick connects available to agents who are working the queue."""

    email_addresses_config: list[EmailAddressConfig] | None = _rt.field(
        "EmailAddressesConfig", _rt.ListOf(_rt.Ref("EmailAddressConfig"), min=1, max=50)
    )
    """Configuration list containing the email addresses to associate with the queue
    during creation. Each configuration specifies an email address ID that agents
    can select when handling email contacts in this queue."""

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
        instance_id: str,
        name: str,
        hours_of_operation_id: str,
        description: str | None = None,
        outbound_caller_config: OutboundCallerConfig | None = None,
        outbound_email_config: OutboundEmailConfig | None = None,
        max_contacts: int | None = None,
        quick_connect_ids: list[str] | None = None,
        email_addresses_config: list[EmailAddressConfig] | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateQueueResponse(_rt.Structure):
    """The output of CreateQueue."""

    queue_arn: str | None = _rt.field("QueueArn", _rt.String())
    """The Amazon Resource Name (ARN) of the queue."""

    queue_id: str | None = _rt.field("QueueId", _rt.String())
    """The identifier for the queue."""

    @classmethod
    def make(cls, *, queue_arn: str | None = None, queue_id: str | None = None) -> Self:
        return cls._build(locals())


class CreateQuickConnectRequest(_rt.Structure):
    """The input of CreateQuickConnect."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """A unique name of the quick connect."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description of the quick connect."""

    quick_connect_config: QuickConnectConfig = _rt.field(
        "QuickConnectConfig", _rt.Ref("QuickConnectConfig"), required=True
    )
    """Configuration settings for the quick connect."""

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
        instance_id: str,
        name: str,
        quick_connect_config: QuickConnectConfig,
        description: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateQuickConnectResponse(_rt.Structure):
    """The output of CreateQuickConnect."""

    quick_connect_arn: str | None = _rt.field("QuickConnectARN", _rt.String())
    """The Amazon Resource Name (ARN) for the quick connect."""

    quick_connect_id: str | None = _rt.field("QuickConnectId", _rt.String())
    """The identifier for the quick connect."""

    @classmethod
    def make(
        cls,
        *,
        quick_connect_arn: str | None = None,
        quick_connect_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateRoutingProfileRequest(_rt.Structure):
    """The input of CreateRoutingProfile."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """The name of the routing profile. Must not be more than 127 characters."""

    description: str = _rt.field(
        "Description", _rt.String(min=1, max=250), required=True
    )
    """Description of the routing profile. Must not be more than 250 characters."""

    default_outbound_queue_id: str = _rt.field(
        "DefaultOutboundQueueId", _rt.String(), required=True
    )
    """The default outbound queue for the routing profile."""

    queue_configs: list[RoutingProfileQueueConfig] | None = _rt.field(
        "QueueConfigs", _rt.ListOf(_rt.Ref("RoutingProfileQueueConfig"), min=1, max=10)
    )
    """The inbound queues associated with the routing profile. If no queue is added,
    the agent can make only outbound calls.

    The limit of 10 array members applies to the maximum number of
    `RoutingProfileQueueConfig` objects that can be passed during a
    CreateRoutingProfile API request. It is different from the quota of 50 queues
    per routing profile per instance that is listed in Connect Customer service
    quotas
    (https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html).
    """

    manual_assignment_queue_configs: (
        list[RoutingProfileManualAssignmentQueueConfig] | None
    ) = _rt.field(
        "ManualAssignmentQueueConfigs",
        _rt.ListOf(_rt.Ref("RoutingProfileManualAssignmentQueueConfig"), min=1, max=10),
    )
    """The manual assignment queues associated with the routing profile. If no queue is
    added, agents and supervisors can't pick or assign any contacts from this
    routing profile. The limit of 10 array members applies to the maximum number of
    RoutingProfileManualAssignmentQueueConfig objects that can be passed during a
    CreateRoutingProfile API request. It is different from the quota of 50 queues
    per routing profile per instance that is listed in Connect Customer service
    quotas.

    Note: Use this config for chat, email, and task contacts. It does not support
    voice contacts."""

    media_concurrencies: list[MediaConcurrency] = _rt.field(
        "MediaConcurrencies", _rt.ListOf(_rt.Ref("MediaConcurrency")), required=True
    )
    """The channels that agents can handle in the Contact Control Panel (CCP) for this
    routing profile."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    agent_availability_timer: AgentAvailabilityTimer | str | None = _rt.field(
        "AgentAvailabilityTimer", _rt.String(enum="AgentAvailabilityTimer")
    )
    """Whether agents with this routing profile will have their routing order
    calculated based on longest idle time or time since their last inbound contact."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        name: str,
        description: str,
        default_outbound_queue_id: str,
        media_concurrencies: list[MediaConcurrency],
        queue_configs: list[RoutingProfileQueueConfig] | None = None,
        manual_assignment_queue_configs: (
            list[RoutingProfileManualAssignmentQueueConfig] | None
        ) = None,
        tags: dict[str, str] | None = None,
        agent_availability_timer: AgentAvailabilityTimer | str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateRoutingProfileResponse(_rt.Structure):
    """The output of CreateRoutingProfile."""

    routing_profile_arn: str | None = _rt.field("RoutingProfileArn", _rt.String())
    """The Amazon Resource Name (ARN) of the routing profile."""

    routing_profile_id: str | None = _rt.field("RoutingProfileId", _rt.String())
    """The identifier of the routing profile."""

    @classmethod
    def make(
        cls,
        *,
        routing_profile_arn: str | None = None,
        routing_profile_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateRuleRequest(_rt.Structure):
    """The input of CreateRule."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    name: str = _rt.field(
        "Name", _rt.String(min=1, max=200, pattern="^[0-9a-zA-Z._-]+"), required=True
    )
    """A unique name for the rule."""

    trigger_event_source: RuleTriggerEventSource = _rt.field(
        "TriggerEventSource", _rt.Ref("RuleTriggerEventSource"), required=True
    )
    """The event source to trigger the rule."""

    function: str = _rt.field("Function", _rt.String(), required=True)
    """The conditions of the rule."""

    actions: list[RuleAction] = _rt.field(
        "Actions", _rt.ListOf(_rt.Ref("RuleAction")), required=True
    )
    """A list of actions to be run when the rule is triggered."""

    publish_status: RulePublishStatus | str = _rt.field(
        "PublishStatus", _rt.String(enum="RulePublishStatus"), required=True
    )
    """The publish status of the rule."""

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
        name: str,
        trigger_event_source: RuleTriggerEventSource,
        function: str,
        actions: list[RuleAction],
        publish_status: RulePublishStatus | str,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateRuleResponse(_rt.Structure):
    """The output of CreateRule."""

    rule_arn: str = _rt.field("RuleArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the rule."""

    rule_id: str = _rt.field("RuleId", _rt.String(min=1, max=256), required=True)
    """A unique identifier for the rule."""

    @classmethod
    def make(cls, *, rule_arn: str, rule_id: str) -> Self:
        return cls._build(locals())


class CreateSecurityProfileRequest(_rt.Structure):
    """The input of CreateSecurityProfile."""

    security_profile_name: str = _rt.field(
        "SecurityProfileName",
        _rt.String(min=1, max=127, pattern="^[ a-zA-Z0-9_@-]+$"),
        required=True,
    )
    """The name of the security profile."""

    description: str | None = _rt.field("Description", _rt.String(max=250))
    """The description of the security profile."""

    permissions: list[str] | None = _rt.field(
        "Permissions", _rt.ListOf(_rt.String(min=1, max=128), max=500)
    )
    """Permissions assigned to the security profile. For a list of valid permissions,
    see List of security profile permissions
    (https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html).
    """

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    allowed_access_control_tags: dict[str, str] | None = _rt.field(
        "AllowedAccessControlTags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), max=4),
    )
    """The list of tags that a security profile uses to restrict access to resources in
    Connect Customer."""

    tag_restricted_resources: list[str] | None = _rt.field(
        "TagRestrictedResources", _rt.ListOf(_rt.String(min=1, max=128), max=10)
    )
    """The list of resources that a security profile applies tag restrictions to in
    Connect Customer. For a list of Connect Customer resources that you can tag, see
    Add tags to resources in Connect Customer
    (https://docs.aws.amazon.com/connect/latest/adminguide/tagging.html) in the
    Connect Customer Administrator Guide."""

    applications: list[Application] | None = _rt.field(
        "Applications", _rt.ListOf(_rt.Ref("Application"), max=10)
    )
    """A list of third-party applications or MCP Servers that the security profile will
    give access to."""

    hierarchy_restricted_resources: list[str] | None = _rt.field(
        "HierarchyRestrictedResources", _rt.ListOf(_rt.String(min=1, max=128))
    )
    """The list of resources that a security profile applies hierarchy restrictions to
    in Connect Customer. Following are acceptable ResourceNames: `User`."""

    allowed_access_control_hierarchy_group_id: str | None = _rt.field(
        "AllowedAccessControlHierarchyGroupId", _rt.String()
    )
    """The identifier of the hierarchy group that a security profile uses to restrict
    access to resources in Connect Customer."""

    allowed_flow_modules: list[FlowModule] | None = _rt.field(
        "AllowedFlowModules", _rt.ListOf(_rt.Ref("FlowModule"), max=10)
    )
    """A list of Flow Modules an AI Agent can invoke as a tool."""

    granular_access_control_configuration: GranularAccessControlConfiguration | None = (
        _rt.field(
            "GranularAccessControlConfiguration",
            _rt.Ref("GranularAccessControlConfiguration"),
        )
    )
    """The granular access control configuration for the security profile, including
    data table permissions."""

    @classmethod
    def make(
        cls,
        *,
        security_profile_name: str,
        instance_id: str,
        description: str | None = None,
        permissions: list[str] | None = None,
        tags: dict[str, str] | None = None,
        allowed_access_control_tags: dict[str, str] | None = None,
        tag_restricted_resources: list[str] | None = None,
        applications: list[Application] | None = None,
        hierarchy_restricted_resources: list[str] | None = None,
        allowed_access_control_hierarchy_group_id: str | None = None,
        allowed_flow_modules: list[FlowModule] | None = None,
        granular_access_control_configuration: (
            GranularAccessControlConfiguration | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class CreateSecurityProfileResponse(_rt.Structure):
    """The output of CreateSecurityProfile."""

    security_profile_id: str | None = _rt.field("SecurityProfileId", _rt.String())
    """The identifier for the security profle."""

    security_profile_arn: str | None = _rt.field("SecurityProfileArn", _rt.String())
    """The Amazon Resource Name (ARN) for the security profile."""

    @classmethod
    def make(
        cls,
        *,
        security_profile_id: str | None = None,
        security_profile_arn: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateTaskTemplateRequest(_rt.Structure):
    """The input of CreateTaskTemplate."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

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

    status: TaskTemplateStatus | str | None = _rt.field(
        "Status", _rt.String(enum="TaskTemplateStatus")
    )
    """Marks a template as `ACTIVE` or `INACTIVE` for a task to refer to it. Tasks can
    only be created from `ACTIVE` templates. If a template is marked as `INACTIVE`,
    then a task that refers to this template cannot be created."""

    fields: list[TaskTemplateField] = _rt.field(
        "Fields", _rt.ListOf(_rt.Ref("TaskTemplateField")), required=True
    )
    """Fields that are part of the template."""

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
        name: str,
        fields: list[TaskTemplateField],
        description: str | None = None,
        contact_flow_id: str | None = None,
        self_assign_flow_id: str | None = None,
        constraints: TaskTemplateConstraints | None = None,
        defaults: TaskTemplateDefaults | None = None,
        status: TaskTemplateStatus | str | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateTaskTemplateResponse(_rt.Structure):
    """The output of CreateTaskTemplate."""

    id: str = _rt.field("Id", _rt.String(min=1, max=500), required=True)
    """The identifier of the task template resource."""

    arn: str = _rt.field("Arn", _rt.String(min=1, max=500), required=True)
    """The Amazon Resource Name (ARN) for the task template resource."""

    @classmethod
    def make(cls, *, id: str, arn: str) -> Self:
        return cls._build(locals())


class CreateTestCaseRequest(_rt.Structure):
    """The input of CreateTestCase."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(
            min=1,
            max=250,
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
        location="uri",
    )
    """The identifier of the Amazon Connect instance."""

    name: str = _rt.field("Name", _rt.String(min=1), required=True)
    """The name of the test."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the test."""

    content: str = _rt.field("Content", _rt.String(), required=True)
    """The JSON string that represents the content of the test."""

    entry_point: TestCaseEntryPoint | None = _rt.field(
        "EntryPoint", _rt.Ref("TestCaseEntryPoint")
    )
    """Defines the starting point for your test."""

    initialization_data: str | None = _rt.field("InitializationData", _rt.String())
    """Defines the initial custom attributes for your test."""

    status: TestCaseStatus | str | None = _rt.field(
        "Status", _rt.String(enum="TestCaseStatus")
    )
    """Indicates the test status as either SAVED or PUBLISHED. The PUBLISHED status
    will initiate validation on the content. The SAVED status does not initiate
    validation of the content."""

    test_case_id: str | None = _rt.field(
        "TestCaseId", _rt.String(max=500), location="header", name="x-amz-resource-id"
    )
    """Id of the test case if you want to create it in a replica region using Amazon
    Connect Global Resiliency"""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime",
        _rt.Timestamp(),
        location="header",
        name="x-amz-last-modified-time",
    )
    """The time at which the resource was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion",
        _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?"),
        location="header",
        name="x-amz-last-modified-region",
    )
    """The region in which the resource was last modified"""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        name: str,
        content: str,
        description: str | None = None,
        entry_point: TestCaseEntryPoint | None = None,
        initialization_data: str | None = None,
        status: TestCaseStatus | str | None = None,
        test_case_id: str | None = None,
        tags: dict[str, str] | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateTestCaseResponse(_rt.Structure):
    """The output of CreateTestCase."""

    test_case_id: str | None = _rt.field("TestCaseId", _rt.String(max=500))
    """The identifier of the test."""

    test_case_arn: str | None = _rt.field("TestCaseArn", _rt.String())
    """The Amazon Resource Name (ARN) of the test."""

    @classmethod
    def make(
        cls, *, test_case_id: str | None = None, test_case_arn: str | None = None
    ) -> Self:
        return cls._build(locals())


class CreateTrafficDistributionGroupRequest(_rt.Structure):
    """The input of CreateTrafficDistributionGroup."""

    name: str = _rt.field(
        "Name",
        _rt.String(min=1, max=128, pattern="(^[\\S].*[\\S]$)|(^[\\S]$)"),
        required=True,
    )
    """The name for the traffic distribution group."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=1, max=250, pattern="(^[\\S].*[\\S]$)|(^[\\S]$)")
    )
    """A description for the traffic distribution group."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(
            min=1,
            max=250,
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
    )
    """The identifier of the Connect Customer instance that has been replicated. You
    can find the `instanceId` in the ARN of the instance."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

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
        name: str,
        instance_id: str,
        description: str | None = None,
        client_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateTrafficDistributionGroupResponse(_rt.Structure):
    """The output of CreateTrafficDistributionGroup."""

    id: str | None = _rt.field(
        "Id",
        _rt.String(
            pattern="^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"
        ),
    )
    """The identifier of the traffic distribution group. This can be the ID or the ARN
    of the traffic distribution group."""

    arn: str | None = _rt.field(
        "Arn",
        _rt.String(
            pattern="^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
    )
    """The Amazon Resource Name (ARN) of the traffic distribution group."""

    @classmethod
    def make(cls, *, id: str | None = None, arn: str | None = None) -> Self:
        return cls._build(locals())


class CreateUseCaseRequest(_rt.Structure):
    """The input of CreateUseCase."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    integration_association_id: str = _rt.field(
        "IntegrationAssociationId",
        _rt.String(min=1, max=200),
        required=True,
        location="uri",
    )
    """The identifier for the integration association."""

    use_case_type: UseCaseType | str = _rt.field(
        "UseCaseType", _rt.String(enum="UseCaseType"), required=True
    )
    """The type of use case to associate to the integration association. Each
    integration association can have only one of each use case type."""

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
        instance_id: str,
        integration_association_id: str,
        use_case_type: UseCaseType | str,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateUseCaseResponse(_rt.Structure):
    """The output of CreateUseCase."""

    use_case_id: str | None = _rt.field("UseCaseId", _rt.String(min=1, max=200))
    """The identifier of the use case."""

    use_case_arn: str | None = _rt.field("UseCaseArn", _rt.String())
    """The Amazon Resource Name (ARN) for the use case."""

    @classmethod
    def make(
        cls, *, use_case_id: str | None = None, use_case_arn: str | None = None
    ) -> Self:
        return cls._build(locals())


class CreateUserHierarchyGroupRequest(_rt.Structure):
    """The input of CreateUserHierarchyGroup."""

    name: str = _rt.field("Name", _rt.String(), required=True)
    """The name of the user hierarchy group. Must not be more than 100 characters."""

    parent_group_id: str | None = _rt.field("ParentGroupId", _rt.String())
    """The identifier for the parent hierarchy group. The user hierarchy is created at
    level one if the parent group ID is null."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

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
        name: str,
        instance_id: str,
        parent_group_id: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateUserHierarchyGroupResponse(_rt.Structure):
    """The output of CreateUserHierarchyGroup."""

    hierarchy_group_id: str | None = _rt.field("HierarchyGroupId", _rt.String())
    """The identifier of the hierarchy group."""

    hierarchy_group_arn: str | None = _rt.field("HierarchyGroupArn", _rt.String())
    """The Amazon Resource Name (ARN) of the hierarchy group."""

    @classmethod
    def make(
        cls,
        *,
        hierarchy_group_id: str | None = None,
        hierarchy_group_arn: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateUserRequest(_rt.Structure):
    """The input of CreateUser."""

    username: str = _rt.field("Username", _rt.String(min=1, max=100), required=True)
    """The user name for the account. For instances not using SAML for identity
    management, the user name can include up to 20 characters. If you are using SAML
    for identity management, the user name can include up to 64 characters from
    [a-zA-Z0-9_-.\\@]+.

    Username can include @ only if used in an email format. For example:

    Correct: testuser

    Correct: testuser@example.com

    Incorrect: testuser@example"""

    password: str | None = _rt.field(
        "Password",
        _rt.String(pattern="^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)[a-zA-Z\\d\\S]{8,64}$"),
        sensitive=True,
    )
    """The password for the user account. A password is required if you are using
    Connect Customer for identity management. Otherwise, it is an error to include a
    password."""

    identity_info: UserIdentityInfo | None = _rt.field(
        "IdentityInfo", _rt.Ref("UserIdentityInfo")
    )
    """The information about the identity of the user."""

    phone_config: UserPhoneConfig | None = _rt.field(
        "PhoneConfig", _rt.Ref("UserPhoneConfig")
    )
    """The phone settings for the user. This parameter is optional. If not provided,
    the user can be configured using channel-specific parameters such as
    `AutoAcceptConfigs`, `AfterContactWorkConfigs`, `PhoneNumberConfigs`,
    `PersistentConnectionConfigs`, and `VoiceEnhancementConfigs`."""

    directory_user_id: str | None = _rt.field("DirectoryUserId", _rt.String())
    """The identifier of the user account in the directory used for identity
    management. If Connect Customer cannot access the directory, you can specify
    this identifier to authenticate users. If you include the identifier, we assume
    that Connect Customer cannot access the directory. Otherwise, the identity
    information is used to authenticate users from your directory.

    This parameter is required if you are using an existing directory for identity
    management in Connect Customer when Connect Customer cannot access your
    directory to authenticate users. If you are using SAML for identity management
    and include this parameter, an error is returned."""

    security_profile_ids: list[str] = _rt.field(
        "SecurityProfileIds", _rt.ListOf(_rt.String(), min=1, max=10), required=True
    )
    """The identifier of the security profile for the user."""

    routing_profile_id: str = _rt.field("RoutingProfileId", _rt.String(), required=True)
    """The identifier of the routing profile for the user."""

    hierarchy_group_id: str | None = _rt.field("HierarchyGroupId", _rt.String())
    """The identifier of the hierarchy group for the user."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    auto_accept_configs: list[AutoAcceptConfig] | None = _rt.field(
        "AutoAcceptConfigs", _rt.ListOf(_rt.Ref("AutoAcceptConfig"))
    )
    """The list of auto-accept configuration settings for each channel."""

    after_contact_work_configs: list[AfterContactWorkConfigPerChannel] | None = (
        _rt.field(
            "AfterContactWorkConfigs",
            _rt.ListOf(_rt.Ref("AfterContactWorkConfigPerChannel")),
        )
    )
    """The list of after contact work (ACW) timeout configuration settings for each
    channel."""

    phone_number_configs: list[PhoneNumberConfig] | None = _rt.field(
        "PhoneNumberConfigs", _rt.ListOf(_rt.Ref("PhoneNumberConfig"))
    )
    """The list of phone number configuration settings for each channel."""

    persistent_connection_configs: list[PersistentConnectionConfig] | None = _rt.field(
        "PersistentConnectionConfigs", _rt.ListOf(_rt.Ref("PersistentConnectionConfig"))
    )
    """The list of persistent connection configuration settings for each channel."""

    voice_enhancement_configs: list[VoiceEnhancementConfig] | None = _rt.field(
        "VoiceEnhancementConfigs", _rt.ListOf(_rt.Ref("VoiceEnhancementConfig"))
    )
    """The list of voice enhancement configuration settings for each channel."""

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
        username: str,
        security_profile_ids: list[str],
        routing_profile_id: str,
        instance_id: str,
        password: str | None = None,
        identity_info: UserIdentityInfo | None = None,
        phone_config: UserPhoneConfig | None = None,
        directory_user_id: str | None = None,
        hierarchy_group_id: str | None = None,
        auto_accept_configs: list[AutoAcceptConfig] | None = None,
        after_contact_work_configs: (
            list[AfterContactWorkConfigPerChannel] | None
        ) = None,
        phone_number_configs: list[PhoneNumberConfig] | None = None,
        persistent_connection_configs: list[PersistentConnectionConfig] | None = None,
        voice_enhancement_configs: list[VoiceEnhancementConfig] | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateUserResponse(_rt.Structure):
    """The output of CreateUser."""

    user_id: str | None = _rt.field("UserId", _rt.String())
    """The identifier of the user account."""

    user_arn: str | None = _rt.field("UserArn", _rt.String())
    """The Amazon Resource Name (ARN) of the user account."""

    @classmethod
    def make(cls, *, user_id: str | None = None, user_arn: str | None = None) -> Self:
        return cls._build(locals())


class CreateViewRequest(_rt.Structure):
    """The input of CreateView."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(min=1, max=100, pattern="^[a-zA-Z0-9\\_\\-:\\/]+$"),
        required=True,
        location="uri",
    )
    """The identifier of the Connect Customer instance. You can find the instanceId in
    the ARN of the instance."""

    client_token: str | None = _rt.field("ClientToken", _rt.String(max=500))
    """A unique Id for each create view request to avoid duplicate view creation. For
    example, the view is idempotent ClientToken is provided."""

    status: ViewStatus | str = _rt.field(
        "Status", _rt.String(enum="ViewStatus"), required=True
    )
    """Indicates the view status as either `SAVED` or `PUBLISHED`. The `PUBLISHED`
    status will initiate validation on the content."""

    content: ViewInputContent = _rt.field(
        "Content", _rt.Ref("ViewInputContent"), required=True
    )
    """View content containing all content necessary to render a view except for
    runtime input data.

    The total uncompressed content has a maximum file size of 400kB."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=4096))
    """The description of the view."""

    name: str = _rt.field(
        "Name", _rt.String(min=1, max=255), required=True, sensitive=True
    )
    """The name of the view."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags associated with the view resource (not specific to view version).These
    tags can be used to organize, track, or control access for this resource. For
    example, { "tags": {"key1":"value1", "key2":"value2"} }."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        status: ViewStatus | str,
        content: ViewInputContent,
        name: str,
        client_token: str | None = None,
        description: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateViewResponse(_rt.Structure):
    """The output of CreateView."""

    view: View | None = _rt.field("View", _rt.Ref("View"))
    """A view resource object. Contains metadata and content necessary to render the
    view."""

    @classmethod
    def make(cls, *, view: View | None = None) -> Self:
        return cls._build(locals())


class CreateViewVersionRequest(_rt.Structure):
    """The input of CreateViewVersion."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(min=1, max=100, pattern="^[a-zA-Z0-9\\_\\-:\\/]+$"),
        required=True,
        location="uri",
    )
    """The identifier of the Connect Customer instance. You can find the instanceId in
    the ARN of the instance."""

    view_id: str = _rt.field(
        "ViewId",
        _rt.String(min=1, max=500, pattern="^[a-zA-Z0-9\\_\\-:\\/$]+$"),
        required=True,
        location="uri",
    )
    """The identifier of the view. Both `ViewArn` and `ViewId` can be used."""

    version_description: str | None = _rt.field(
        "VersionDescription", _rt.String(min=1, max=4096)
    )
    """The description for the version being published."""

    view_content_sha256: str | None = _rt.field(
        "ViewContentSha256", _rt.String(min=1, max=64, pattern="^[a-zA-Z0-9]$")
    )
    """Indicates the checksum value of the latest published view content."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        view_id: str,
        version_description: str | None = None,
        view_content_sha256: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateViewVersionResponse(_rt.Structure):
    """The output of CreateViewVersion."""

    view: View | None = _rt.field("View", _rt.Ref("View"))
    """All view data is contained within the View object."""

    @classmethod
    def make(cls, *, view: View | None = None) -> Self:
        return cls._build(locals())


class CreateVocabularyRequest(_rt.Structure):
    """The input of CreateVocabulary."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    If a create request is received more than once with same client token,
    subsequent requests return the previous response without creating a vocabulary
    again."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    vocabulary_name: str = _rt.field(
        "VocabularyName",
        _rt.String(min=1, max=140, pattern="^[0-9a-zA-Z._-]+"),
        required=True,
    )
    """A unique name of the custom vocabulary."""

    language_code: VocabularyLanguageCode | str = _rt.field(
        "LanguageCode", _rt.String(enum="VocabularyLanguageCode"), required=True
    )
    """The language code of the vocabulary entries. For a list of languages and their
    corresponding language codes, see What is Amazon Transcribe?
    (https://docs.aws.amazon.com/transcribe/latest/dg/transcribe-whatis.html)"""

    content: str = _rt.field("Content", _rt.String(min=1, max=60000), required=True)
    """The content of the custom vocabulary in plain-text format with a table of
    values. Each row in the table represents a word or a phrase, described with
    `Phrase`, `IPA`, `SoundsLike`, and `DisplayAs` fields. Separate the fields with
    TAB characters. The size limit is 50KB. For more information, see Create a
    custom vocabulary using a table
    (https://docs.aws.amazon.com/transcribe/latest/dg/custom-vocabulary.html#create-vocabulary-table).
    """

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
        instance_id: str,
        vocabulary_name: str,
        language_code: VocabularyLanguageCode | str,
        content: str,
        client_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateVocabularyResponse(_rt.Structure):
    """The output of CreateVocabulary."""

    vocabulary_arn: str = _rt.field("VocabularyArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the custom vocabulary."""

    vocabulary_id: str = _rt.field(
        "VocabularyId", _rt.String(min=1, max=500), required=True
    )
    """The identifier of the custom vocabulary."""

    state: VocabularyState | str = _rt.field(
        "State", _rt.String(enum="VocabularyState"), required=True
    )
    """The current state of the custom vocabulary."""

    @classmethod
    def make(
        cls, *, vocabulary_arn: str, vocabulary_id: str, state: VocabularyState | str
    ) -> Self:
        return cls._build(locals())


class CreateWorkspacePageRequest(_rt.Structure):
    """The input of CreateWorkspacePage."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    workspace_id: str = _rt.field(
        "WorkspaceId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the workspace."""

    resource_arn: str = _rt.field("ResourceArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the view to associate with the page."""

    page: str = _rt.field(
        "Page",
        _rt.String(
            min=1,
            max=25,
            pattern="^(?!\\\\.$)(?!\\\\.\\\\.$)[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]+$",
        ),
        required=True,
    )
    """The page identifier. Valid system pages include `HOME` and `AGENT_EXPERIENCE`.
    Custom pages cannot use the `aws:` or `connect:` prefixes."""

    slug: str | None = _rt.field(
        "Slug",
        _rt.String(
            min=0, max=63, pattern="^$|^[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]{3,}$"
        ),
    )
    """The URL-friendly identifier for the page."""

    input_data: str | None = _rt.field("InputData", _rt.String(min=0, max=4096))
    """A JSON string containing input parameters for the view, validated against the
    view's input schema."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        workspace_id: str,
        resource_arn: str,
        page: str,
        slug: str | None = None,
        input_data: str | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateWorkspacePageResponse(_rt.Structure):
    """The output of CreateWorkspacePage."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class CreateWorkspaceRequest(_rt.Structure):
    """The input of CreateWorkspace."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    name: str = _rt.field(
        "Name", _rt.String(min=1, max=127, pattern=".*\\\\S.*"), required=True
    )
    """The name of the workspace. Must be unique within the instance and can contain
    1-127 characters."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=500, pattern="^[\\\\P{C}\\r\\n\\t]*$")
    )
    """The description of the workspace. Maximum length is 250 characters."""

    theme: WorkspaceTheme | None = _rt.field("Theme", _rt.Ref("WorkspaceTheme"))
    """The theme configuration for the workspace, including colors and styling."""

    title: str | None = _rt.field(
        "Title", _rt.String(min=0, max=127, pattern="^[\\\\P{C}]*$")
    )
    """The title displayed for the workspace."""

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
        instance_id: str,
        name: str,
        description: str | None = None,
        theme: WorkspaceTheme | None = None,
        title: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class CreateWorkspaceResponse(_rt.Structure):
    """The output of CreateWorkspace."""

    workspace_id: str = _rt.field(
        "WorkspaceId", _rt.String(min=1, max=256), required=True
    )
    """The identifier of the workspace."""

    workspace_arn: str = _rt.field("WorkspaceArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the workspace."""

    @classmethod
    def make(cls, *, workspace_id: str, workspace_arn: str) -> Self:
        return cls._build(locals())


class CreatedByInfo(_rt.Union):
    """Information on the identity that created the file."""

    connect_user_arn: str | None = _rt.field("ConnectUserArn", _rt.String())
    """An agent ARN representing a connect user
    (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html#amazonconnect-resources-for-iam-policies).
    """

    aws_identity_arn: str | None = _rt.field("AWSIdentityArn", _rt.String())
    """STS or IAM ARN representing the identity of API Caller. SDK users cannot
    populate this and this value is calculated automatically if `ConnectUserArn` is
    not provided."""

    @classmethod
    def make(
        cls, *, connect_user_arn: str | None = None, aws_identity_arn: str | None = None
    ) -> Self:
        return cls._build(locals())


class Credentials(_rt.Structure):
    """Contains credentials to use for federation."""

    access_token: str | None = _rt.field("AccessToken", _rt.String(), sensitive=True)
    """An access token generated for a federated user to access Connect Customer."""

    access_token_expiration: datetime.datetime | None = _rt.field(
        "AccessTokenExpiration", _rt.Timestamp()
    )
    """A token generated with an expiration time for the session a user is logged in to
    Connect Customer."""

    refresh_token: str | None = _rt.field("RefreshToken", _rt.String(), sensitive=True)
    """Renews a token generated for a user to access the Connect Customer instance."""

    refresh_token_expiration: datetime.datetime | None = _rt.field(
        "RefreshTokenExpiration", _rt.Timestamp()
    )
    """Renews the expiration timer for a generated token."""

    @classmethod
    def make(
        cls,
        *,
        access_token: str | None = None,
        access_token_expiration: datetime.datetime | None = None,
        refresh_token: str | None = None,
        refresh_token_expiration: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class CrossChannelBehavior(_rt.Structure):
    """Defines the cross-channel routing behavior that allows an agent working on a
    contact in one channel to be offered a contact from a different channel."""

    behavior_type: BehaviorType | str = _rt.field(
        "BehaviorType", _rt.String(enum="BehaviorType"), required=True
    )
    """Specifies the other channels that can be routed to an agent handling their
    current channel."""

    @classmethod
    def make(cls, *, behavior_type: BehaviorType | str) -> Self:
        return cls._build(locals())
