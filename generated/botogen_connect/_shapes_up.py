"""Shapes of Amazon Connect Service whose class names start with "up"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import (
        AfterContactWorkConfigPerChannel,
        AgentAvailabilityTimer,
        AgentConfig,
        AgentStatusState,
        Application,
        AttachmentScope,
        AutoAcceptConfig,
    )
    from ._shapes_ch import ChatParticipantRoleConfig
    from ._shapes_co import ContactFlowModuleState, ContactFlowState
    from ._shapes_da import (
        DataTableAttributeValueType,
        DataTableLockLevel,
        DataTableLockVersion,
    )
    from ._shapes_e import (
        Endpoint,
        EvaluationAnswerInput,
        EvaluationFormAutoEvaluationConfiguration,
        EvaluationFormItem,
        EvaluationFormLanguageConfiguration,
        EvaluationFormScoringStrategy,
        EvaluationFormTargetConfiguration,
        EvaluationNote,
        EvaluationReviewConfiguration,
        EvaluatorUserUnion,
        ExtensionConfiguration,
    )
    from ._shapes_f import FieldValue, FlowModule
    from ._shapes_g import GranularAccessControlConfiguration
    from ._shapes_h import (
        HierarchyStructureUpdate,
        HoursOfOperationConfig,
        HoursOfOperationOverrideConfig,
    )
    from ._shapes_i import (
        InputPredefinedAttributeConfiguration,
        InstanceAttributeType,
        InstanceStorageConfig,
        InstanceStorageResourceType,
    )
    from ._shapes_lo import LocaleCode
    from ._shapes_m import MediaConcurrency
    from ._shapes_n import NotificationStatus
    from ._shapes_o import OutboundCallerConfig, OutboundEmailConfig, OverrideType
    from ._shapes_p import (
        PersistentConnectionConfig,
        PhoneNumberConfig,
        PredefinedAttributeValues,
        PrimaryValue,
    )
    from ._shapes_q import QueueInfoInput, QueueStatus, QuickConnectConfig
    from ._shapes_r import (
        RecurrenceConfig,
        Reference,
        RoutingCriteriaInput,
        RoutingProfileQueueConfig,
        RuleAction,
        RulePublishStatus,
    )
    from ._shapes_se import SegmentAttributeValue
    from ._shapes_si import SignInConfig
    from ._shapes_t import (
        TaskTemplateConstraints,
        TaskTemplateDefaults,
        TaskTemplateField,
        TaskTemplateStatus,
        TelephonyConfig,
        TestCaseEntryPoint,
        TestCaseStatus,
    )
    from ._shapes_us import UserIdentityInfo, UserInfo, UserPhoneConfig, UserProficiency
    from ._shapes_v import (
        Validation,
        View,
        ViewInputContent,
        ViewStatus,
        Visibility,
        VoiceEnhancementConfig,
    )
    from ._shapes_w import WorkspaceTheme


class UpdateAgentStatusRequest(_rt.Structure):
    """The input of UpdateAgentStatus."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    agent_status_id: str = _rt.field(
        "AgentStatusId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the agent status."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the agent status."""

    description: str | None = _rt.field("Description", _rt.String(min=0, max=250))
    """The description of the agent status."""

    state: AgentStatusState | str | None = _rt.field(
        "State", _rt.String(enum="AgentStatusState")
    )
    """The state of the agent status."""

    display_order: int | None = _rt.field("DisplayOrder", _rt.Integer(min=1, max=50))
    """The display order of the agent status."""

    reset_order_number: bool | None = _rt.field("ResetOrderNumber", _rt.Boolean())
    """A number indicating the reset order of the agent status."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        agent_status_id: str,
        name: str | None = None,
        description: str | None = None,
        state: AgentStatusState | str | None = None,
        display_order: int | None = None,
        reset_order_number: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateAttachedFilesConfigurationRequest(_rt.Structure):
    """The input of UpdateAttachedFilesConfiguration."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    attachment_scope: AttachmentScope | str = _rt.field(
        "AttachmentScope",
        _rt.String(enum="AttachmentScope"),
        required=True,
        location="uri",
    )
    """The scope of the attachment. Valid values are `EMAIL`, `CHAT`, `CASE`, and
    `TASK`."""

    maximum_size_limit_in_bytes: int | None = _rt.field(
        "MaximumSizeLimitInBytes", _rt.Integer(min=1, max=104857600)
    )
    """The maximum size limit for attached files in bytes. The minimum value is 1 and
    the maximum value is 104857600 (100 MB)."""

    extension_configuration: ExtensionConfiguration | None = _rt.field(
        "ExtensionConfiguration", _rt.Ref("ExtensionConfiguration")
    )
    """The configuration for allowed file extensions."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        attachment_scope: AttachmentScope | str,
        maximum_size_limit_in_bytes: int | None = None,
        extension_configuration: ExtensionConfiguration | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateAttachedFilesConfigurationResponse(_rt.Structure):
    """The output of UpdateAttachedFilesConfiguration."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance."""

    attachment_scope: AttachmentScope | str = _rt.field(
        "AttachmentScope", _rt.String(enum="AttachmentScope"), required=True
    )
    """The scope of the attachment."""

    maximum_size_limit_in_bytes: int | None = _rt.field(
        "MaximumSizeLimitInBytes", _rt.Integer(min=1, max=104857600)
    )
    """The maximum size limit for attached files in bytes."""

    extension_configuration: ExtensionConfiguration | None = _rt.field(
        "ExtensionConfiguration", _rt.Ref("ExtensionConfiguration")
    )
    """The configuration for allowed file extensions."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when the configuration was last modified."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        attachment_scope: AttachmentScope | str,
        maximum_size_limit_in_bytes: int | None = None,
        extension_configuration: ExtensionConfiguration | None = None,
        last_modified_time: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateAuthenticationProfileRequest(_rt.Structure):
    """The input of UpdateAuthenticationProfile."""

    authentication_profile_id: str = _rt.field(
        "AuthenticationProfileId",
        _rt.String(min=1, max=100),
        required=True,
        location="uri",
    )
    """A unique identifier for the authentication profile."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=128))
    """The name for the authentication profile."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description for the authentication profile."""

    allowed_ips: list[str] | None = _rt.field(
        "AllowedIps", _rt.ListOf(_rt.String(min=2, max=50, pattern="^[A-Za-z0-9:/]*$"))
    )
    """A list of IP address range strings that are allowed to access the instance. For
    more information on how to configure IP addresses, seeConfigure session timeouts
    (https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html#configure-session-timeouts)
    in the Connect Customer Administrator Guide."""

    blocked_ips: list[str] | None = _rt.field(
        "BlockedIps", _rt.ListOf(_rt.String(min=2, max=50, pattern="^[A-Za-z0-9:/]*$"))
    )
    """A list of IP address range strings that are blocked from accessing the instance.
    For more information on how to configure IP addresses, For more information on
    how to configure IP addresses, see Configure IP-based access control
    (https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html#configure-ip-based-ac)
    in the Connect Customer Administrator Guide."""

    periodic_session_duration: int | None = _rt.field(
        "PeriodicSessionDuration", _rt.Integer(min=10, max=60)
    )
    """Deprecated since 10/31/2025. PeriodicSessionDuration is deprecated. Use SessionInactivityDuration instead.

    The short lived session duration configuration for users logged in to Connect
    Customer, in minutes. This value determines the maximum possible time before an
    agent is authenticated. For more information, For more information on how to
    configure IP addresses, see Configure session timeouts
    (https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html#configure-session-timeouts)
    in the Connect Customer Administrator Guide."""

    session_inactivity_duration: int | None = _rt.field(
        "SessionInactivityDuration", _rt.Integer(min=15, max=720)
    )
    """The period, in minutes, before an agent is automatically signed out of the
    contact center when they go inactive."""

    session_inactivity_handling_enabled: bool | None = _rt.field(
        "SessionInactivityHandlingEnabled", _rt.Boolean()
    )
    """Determines if automatic logout on user inactivity is enabled."""

    @classmethod
    def make(
        cls,
        *,
        authentication_profile_id: str,
        instance_id: str,
        name: str | None = None,
        description: str | None = None,
        allowed_ips: list[str] | None = None,
        blocked_ips: list[str] | None = None,
        periodic_session_duration: int | None = None,
        session_inactivity_duration: int | None = None,
        session_inactivity_handling_enabled: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateCaseActionDefinition(_rt.Structure):
    """The `UpdateCase` action definition."""

    fields: list[FieldValue] = _rt.field(
        "Fields", _rt.ListOf(_rt.Ref("FieldValue")), required=True
    )
    """An array of objects with `Field ID` and Value data."""

    @classmethod
    def make(cls, *, fields: list[FieldValue]) -> Self:
        return cls._build(locals())


class UpdateContactAttributesRequest(_rt.Structure):
    """The input of UpdateContactAttributes."""

    initial_contact_id: str = _rt.field(
        "InitialContactId", _rt.String(min=1, max=256), required=True
    )
    """The identifier of the contact. This is the identifier of the contact associated
    with the first interaction with the contact center."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    attributes: dict[str, str] = _rt.field(
        "Attributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
        required=True,
    )
    """The Connect Customer attributes. These attributes can be accessed in flows just
    like any other contact attributes.

    You can have up to 32,768 UTF-8 bytes across all attributes for a contact.
    Attribute keys can include only alphanumeric, dash, and underscore characters.

    In the Set contact attributes
    (https://docs.aws.amazon.com/connect/latest/adminguide/set-contact-attributes.html)
    block, when the attributes for a contact exceed 32 KB, the contact is routed
    down the Error branch of the flow. As a mitigation, consider the following
    options:

    Remove unnecessary attributes by setting their values to empty.

    If the attributes are only used in one flow and don't need to be referred to
    outside of that flow (for example, by a Lambda or another flow), then use flow
    attributes. This way you aren't needlessly persisting the 32 KB of information
    from one flow to another. For more information, see Flow block: Set contact
    attributes
    (https://docs.aws.amazon.com/connect/latest/adminguide/set-contact-attributes.html)
    in the Connect Customer Administrator Guide."""

    @classmethod
    def make(
        cls, *, initial_contact_id: str, instance_id: str, attributes: dict[str, str]
    ) -> Self:
        return cls._build(locals())


class UpdateContactAttributesResponse(_rt.Structure):
    """The output of UpdateContactAttributes."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateContactEvaluationRequest(_rt.Structure):
    """The input of UpdateContactEvaluation."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    evaluation_id: str = _rt.field(
        "EvaluationId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """A unique identifier for the contact evaluation."""

    answers: dict[str, EvaluationAnswerInput] | None = _rt.field(
        "Answers",
        _rt.MapOf(
            _rt.String(min=1, max=500), _rt.Ref("EvaluationAnswerInput"), max=100
        ),
    )
    """A map of question identifiers to answer value."""

    notes: dict[str, EvaluationNote] | None = _rt.field(
        "Notes",
        _rt.MapOf(_rt.String(min=1, max=500), _rt.Ref("EvaluationNote"), max=100),
    )
    """A map of question identifiers to note value."""

    updated_by: EvaluatorUserUnion | None = _rt.field(
        "UpdatedBy", _rt.Ref("EvaluatorUserUnion")
    )
    """The ID of the user who updated the contact evaluation."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        evaluation_id: str,
        answers: dict[str, EvaluationAnswerInput] | None = None,
        notes: dict[str, EvaluationNote] | None = None,
        updated_by: EvaluatorUserUnion | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateContactEvaluationResponse(_rt.Structure):
    """The output of UpdateContactEvaluation."""

    evaluation_id: str = _rt.field(
        "EvaluationId", _rt.String(min=1, max=500), required=True
    )
    """A unique identifier for the contact evaluation."""

    evaluation_arn: str = _rt.field("EvaluationArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) for the contact evaluation resource."""

    @classmethod
    def make(cls, *, evaluation_id: str, evaluation_arn: str) -> Self:
        return cls._build(locals())


class UpdateContactFlowContentRequest(_rt.Structure):
    """The input of UpdateContactFlowContent."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the flow."""

    content: str = _rt.field("Content", _rt.String(), required=True)
    """The JSON string that represents the content of the flow. For an example, see
    Example flow in Connect Customer Flow language
    (https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-example.html).

    Length Constraints: Minimum length of 1. Maximum length of 256000."""

    @classmethod
    def make(cls, *, instance_id: str, contact_flow_id: str, content: str) -> Self:
        return cls._build(locals())


class UpdateContactFlowContentResponse(_rt.Structure):
    """The output of UpdateContactFlowContent."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateContactFlowMetadataRequest(_rt.Structure):
    """The input of UpdateContactFlowMetadata."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the flow."""

    name: str | None = _rt.field("Name", _rt.String(min=1))
    """The name of the flow."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the flow."""

    contact_flow_state: ContactFlowState | str | None = _rt.field(
        "ContactFlowState", _rt.String(enum="ContactFlowState")
    )
    """The state of flow."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_id: str,
        name: str | None = None,
        description: str | None = None,
        contact_flow_state: ContactFlowState | str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateContactFlowMetadataResponse(_rt.Structure):
    """The output of UpdateContactFlowMetadata."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateContactFlowModuleAliasRequest(_rt.Structure):
    """The input of UpdateContactFlowModuleAlias."""

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

    contact_flow_module_id: str = _rt.field(
        "ContactFlowModuleId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the flow module."""

    alias_id: str = _rt.field(
        "AliasId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """The identifier of the alias."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127, pattern=".*\\S.*"))
    """The name of the alias."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=500, pattern=".*\\S.*")
    )
    """The description of the alias."""

    contact_flow_module_version: int | None = _rt.field(
        "ContactFlowModuleVersion", _rt.Integer(min=1)
    )
    """The version of the flow module."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_module_id: str,
        alias_id: str,
        name: str | None = None,
        description: str | None = None,
        contact_flow_module_version: int | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateContactFlowModuleAliasResponse(_rt.Structure):
    """The output of UpdateContactFlowModuleAlias."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateContactFlowModuleContentRequest(_rt.Structure):
    """The input of UpdateContactFlowModuleContent."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_flow_module_id: str = _rt.field(
        "ContactFlowModuleId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the flow module."""

    content: str | None = _rt.field("Content", _rt.String(min=1, max=256000))
    """The JSON string that represents the content of the flow. For an example, see
    Example flow in Connect Customer Flow language
    (https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-example.html).
    """

    settings: str | None = _rt.field("Settings", _rt.String())
    """Serialized JSON string of the flow module Settings schema."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_module_id: str,
        content: str | None = None,
        settings: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateContactFlowModuleContentResponse(_rt.Structure):
    """The output of UpdateContactFlowModuleContent."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateContactFlowModuleMetadataRequest(_rt.Structure):
    """The input of UpdateContactFlowModuleMetadata."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_flow_module_id: str = _rt.field(
        "ContactFlowModuleId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the flow module."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127, pattern=".*\\S.*"))
    """The name of the flow module."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=500, pattern=".*\\S.*")
    )
    """The description of the flow module."""

    state: ContactFlowModuleState | str | None = _rt.field(
        "State", _rt.String(enum="ContactFlowModuleState")
    )
    """The state of flow module."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_module_id: str,
        name: str | None = None,
        description: str | None = None,
        state: ContactFlowModuleState | str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateContactFlowModuleMetadataResponse(_rt.Structure):
    """The output of UpdateContactFlowModuleMetadata."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateContactFlowNameRequest(_rt.Structure):
    """The input of UpdateContactFlowName."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the flow."""

    name: str | None = _rt.field("Name", _rt.String(min=1))
    """The name of the flow."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the flow."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_id: str,
        name: str | None = None,
        description: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateContactFlowNameResponse(_rt.Structure):
    """The output of UpdateContactFlowName."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateContactRequest(_rt.Structure):
    """The input of UpdateContact."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field(
        "ContactId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the contact. This is the identifier of the contact associated
    with the first interaction with your contact center."""

    name: str | None = _rt.field("Name", _rt.String(min=0, max=1024), sensitive=True)
    """The name of the contact."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=4096), sensitive=True
    )
    """The description of the contact."""

    references: dict[str, Reference] | None = _rt.field(
        "References", _rt.MapOf(_rt.String(min=1, max=4096), _rt.Ref("Reference"))
    )
    """Well-formed data on contact, shown to agents on Contact Control Panel (CCP)."""

    segment_attributes: dict[str, SegmentAttributeValue] | None = _rt.field(
        "SegmentAttributes",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.Ref("SegmentAttributeValue")),
    )
    """A set of system defined key-value pairs stored on individual contact segments
    (unique contact ID) using an attribute map. The attributes are standard Connect
    Customer attributes. They can be accessed in flows.

    Attribute keys can include only alphanumeric, -, and _.

    This field can be used to show channel subtype, such as `connect:Guide`.

    Contact Expiry, and user-defined attributes (String - String) that are defined
    in predefined attributes, can be updated by using the UpdateContact API."""

    queue_info: QueueInfoInput | None = _rt.field(
        "QueueInfo", _rt.Ref("QueueInfoInput")
    )
    """Information about the queue associated with a contact. This parameter can only
    be updated for external audio contacts. It is used when you integrate
    third-party systems with Contact Lens for analytics. For more information, see
    Connect Customer Contact Lens integration
    (https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-integration.html)
    in the Connect Customer Administrator Guide."""

    user_info: UserInfo | None = _rt.field("UserInfo", _rt.Ref("UserInfo"))
    """Information about the agent associated with a contact. This parameter can only
    be updated for external audio contacts. It is used when you integrate
    third-party systems with Contact Lens for analytics. For more information, see
    Connect Customer Contact Lens integration
    (https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-integration.html)
    in the Connect Customer Administrator Guide."""

    customer_endpoint: Endpoint | None = _rt.field(
        "CustomerEndpoint", _rt.Ref("Endpoint")
    )
    """The endpoint of the customer for which the contact was initiated. For external
    audio contacts, this is usually the end customer's phone number. This value can
    only be updated for external audio contacts. For more information, see Connect
    Customer Contact Lens integration
    (https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-integration.html)
    in the Connect Customer Administrator Guide."""

    system_endpoint: Endpoint | None = _rt.field("SystemEndpoint", _rt.Ref("Endpoint"))
    """External system endpoint for the contact was initiated. For external audio
    contacts, this is the phone number of the external system such as the contact
    center. This value can only be updated for external audio contacts. For more
    information, see Connect Customer Contact Lens integration
    (https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-integration.html)
    in the Connect Customer Administrator Guide."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_id: str,
        name: str | None = None,
        description: str | None = None,
        references: dict[str, Reference] | None = None,
        segment_attributes: dict[str, SegmentAttributeValue] | None = None,
        queue_info: QueueInfoInput | None = None,
        user_info: UserInfo | None = None,
        customer_endpoint: Endpoint | None = None,
        system_endpoint: Endpoint | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateContactResponse(_rt.Structure):
    """The output of UpdateContact."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateContactRoutingDataRequest(_rt.Structure):
    """The input of UpdateContactRoutingData."""

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

    queue_time_adjustment_seconds: int | None = _rt.field(
        "QueueTimeAdjustmentSeconds", _rt.Integer()
    )
    """The number of seconds to add or subtract from the contact's routing age.
    Contacts are routed to agents on a first-come, first-serve basis. This means
    that changing their amount of time in queue compared to others also changes
    their position in queue."""

    queue_priority: int | None = _rt.field(
        "QueuePriority", _rt.Integer(min=1, max=9223372036854775807)
    )
    """Priority of the contact in the queue. The default priority for new contacts is
    5. You can raise the priority of a contact compared to other contacts in the
    queue by assigning them a higher priority, such as 1 or 2."""

    routing_criteria: RoutingCriteriaInput | None = _rt.field(
        "RoutingCriteria", _rt.Ref("RoutingCriteriaInput")
    )
    """Updates the routing criteria on the contact. These properties can be used to
    change how a contact is routed within the queue."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_id: str,
        queue_time_adjustment_seconds: int | None = None,
        queue_priority: int | None = None,
        routing_criteria: RoutingCriteriaInput | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateContactRoutingDataResponse(_rt.Structure):
    """The output of UpdateContactRoutingData."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateContactScheduleRequest(_rt.Structure):
    """The input of UpdateContactSchedule."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact."""

    scheduled_time: datetime.datetime = _rt.field(
        "ScheduledTime", _rt.Timestamp(), required=True
    )
    """The timestamp, in Unix Epoch seconds format, at which to start running the
    inbound flow. The scheduled time cannot be in the past. It must be within up to
    6 days in future."""

    @classmethod
    def make(
        cls, *, instance_id: str, contact_id: str, scheduled_time: datetime.datetime
    ) -> Self:
        return cls._build(locals())


class UpdateContactScheduleResponse(_rt.Structure):
    """The output of UpdateContactSchedule."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateDataTableAttributeRequest(_rt.Structure):
    """The input of UpdateDataTableAttribute."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table. Must also accept the table ARN with or
    without a version alias."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True, location="uri"
    )
    """The current name of the attribute to update. Used as an identifier since
    attribute names can be changed."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """The new name for the attribute. Must conform to Connect human readable string
    specification and be unique within the data table."""

    value_type: DataTableAttributeValueType | str = _rt.field(
        "ValueType", _rt.String(enum="DataTableAttributeValueType"), required=True
    )
    """The updated value type for the attribute. When changing value types, existing
    values are not deleted but may return default values if incompatible."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=250, pattern="^[\\\\P{C}\\r\\n\\t]+$")
    )
    """The updated description for the attribute."""

    primary: bool | None = _rt.field("Primary", _rt.Boolean())
    """Whether the attribute should be treated as a primary key. Converting to primary
    attribute requires existing values to maintain uniqueness."""

    validation: Validation | None = _rt.field("Validation", _rt.Ref("Validation"))
    """The updated validation rules for the attribute. Changes do not affect existing
    values until they are modified."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        data_table_id: str,
        attribute_name: str,
        name: str,
        value_type: DataTableAttributeValueType | str,
        description: str | None = None,
        primary: bool | None = None,
        validation: Validation | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateDataTableAttributeResponse(_rt.Structure):
    """The output of UpdateDataTableAttribute."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """The trimmed name and identifier for the updated attribute."""

    lock_version: DataTableLockVersion = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion"), required=True
    )
    """The new lock version for the attribute after the update."""

    @classmethod
    def make(cls, *, name: str, lock_version: DataTableLockVersion) -> Self:
        return cls._build(locals())


class UpdateDataTableMetadataRequest(_rt.Structure):
    """The input of UpdateDataTableMetadata."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table. Must also accept the table ARN with or
    without a version alias. If the version is provided as part of the identifier or
    ARN, the version must be $LATEST. Providing any other alias fails with an error."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """The updated name for the data table. Must conform to Connect human readable
    string specification and have 1-127 characters. Must be unique for the instance
    using case-insensitive comparison."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=250, pattern="^[\\\\P{C}\\r\\n\\t]+$")
    )
    """The updated description for the data table. Must conform to Connect human
    readable string specification and have 0-250 characters."""

    value_lock_level: DataTableLockLevel | str = _rt.field(
        "ValueLockLevel", _rt.String(enum="DataTableLockLevel"), required=True
    )
    """The updated value lock level for the data table. One of DATA_TABLE,
    PRIMARY_VALUE, ATTRIBUTE, VALUE, and NONE."""

    time_zone: str = _rt.field("TimeZone", _rt.String(), required=True)
    """The updated IANA timezone identifier to use when resolving time based dynamic
    values."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        data_table_id: str,
        name: str,
        value_lock_level: DataTableLockLevel | str,
        time_zone: str,
        description: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateDataTableMetadataResponse(_rt.Structure):
    """The output of UpdateDataTableMetadata."""

    lock_version: DataTableLockVersion = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion"), required=True
    )
    """The new lock version for the data table after the update."""

    @classmethod
    def make(cls, *, lock_version: DataTableLockVersion) -> Self:
        return cls._build(locals())


class UpdateDataTablePrimaryValuesRequest(_rt.Structure):
    """The input of UpdateDataTablePrimaryValues."""

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

    primary_values: list[PrimaryValue] = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue")), required=True
    )
    """The current primary values for the record. Required and must include values for
    all primary attributes. Fails if the table has primary attributes and some
    primary values are omitted."""

    new_primary_values: list[PrimaryValue] = _rt.field(
        "NewPrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue")), required=True
    )
    """The new primary values for the record. Required and must include values for all
    primary attributes. The combination must be unique within the table."""

    lock_version: DataTableLockVersion = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion"), required=True
    )
    """The lock version information required for optimistic locking to prevent
    concurrent modifications."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        data_table_id: str,
        primary_values: list[PrimaryValue],
        new_primary_values: list[PrimaryValue],
        lock_version: DataTableLockVersion,
    ) -> Self:
        return cls._build(locals())


class UpdateDataTablePrimaryValuesResponse(_rt.Structure):
    """The output of UpdateDataTablePrimaryValues."""

    lock_version: DataTableLockVersion = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion"), required=True
    )
    """The updated lock version information for the data table and affected components
    after the primary values change."""

    @classmethod
    def make(cls, *, lock_version: DataTableLockVersion) -> Self:
        return cls._build(locals())


class UpdateEmailAddressMetadataRequest(_rt.Structure):
    """The input of UpdateEmailAddressMetadata."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    email_address_id: str = _rt.field(
        "EmailAddressId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """The identifier of the email address."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=4096), sensitive=True
    )
    """The description of the email address."""

    display_name: str | None = _rt.field(
        "DisplayName", _rt.String(min=0, max=256), sensitive=True
    )
    """The display name of email address."""

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
        email_address_id: str,
        description: str | None = None,
        display_name: str | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateEmailAddressMetadataResponse(_rt.Structure):
    """The output of UpdateEmailAddressMetadata."""

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


class UpdateEvaluationFormRequest(_rt.Structure):
    """The input of UpdateEvaluationForm."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """The unique identifier for the evaluation form."""

    evaluation_form_version: int = _rt.field(
        "EvaluationFormVersion", _rt.Integer(), required=True
    )
    """A version of the evaluation form to update."""

    create_new_version: bool | None = _rt.field("CreateNewVersion", _rt.Boolean())
    """A flag indicating whether the operation must create a new version."""

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
    """Whether automated evaluations are enabled."""

    review_configuration: EvaluationReviewConfiguration | None = _rt.field(
        "ReviewConfiguration", _rt.Ref("EvaluationReviewConfiguration")
    )
    """Configuration for evaluation review settings of the evaluation form."""

    as_draft: bool | None = _rt.field("AsDraft", _rt.Boolean())
    """A boolean flag indicating whether to update evaluation form to draft state."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

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
        evaluation_form_id: str,
        evaluation_form_version: int,
        title: str,
        items: list[EvaluationFormItem],
        create_new_version: bool | None = None,
        description: str | None = None,
        scoring_strategy: EvaluationFormScoringStrategy | None = None,
        auto_evaluation_configuration: (
            EvaluationFormAutoEvaluationConfiguration | None
        ) = None,
        review_configuration: EvaluationReviewConfiguration | None = None,
        as_draft: bool | None = None,
        client_token: str | None = None,
        target_configuration: EvaluationFormTargetConfiguration | None = None,
        language_configuration: EvaluationFormLanguageConfiguration | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateEvaluationFormResponse(_rt.Structure):
    """The output of UpdateEvaluationForm."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True
    )
    """The unique identifier for the evaluation form."""

    evaluation_form_arn: str = _rt.field(
        "EvaluationFormArn", _rt.String(), required=True
    )
    """The Amazon Resource Name (ARN) for the contact evaluation resource."""

    evaluation_form_version: int = _rt.field(
        "EvaluationFormVersion", _rt.Integer(), required=True
    )
    """The version of the updated evaluation form resource."""

    @classmethod
    def make(
        cls,
        *,
        evaluation_form_id: str,
        evaluation_form_arn: str,
        evaluation_form_version: int,
    ) -> Self:
        return cls._build(locals())


class UpdateHoursOfOperationOverrideRequest(_rt.Structure):
    """The input of UpdateHoursOfOperationOverride."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance."""

    hours_of_operation_id: str = _rt.field(
        "HoursOfOperationId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the hours of operation."""

    hours_of_operation_override_id: str = _rt.field(
        "HoursOfOperationOverrideId",
        _rt.String(min=1, max=36),
        required=True,
        location="uri",
    )
    """The identifier for the hours of operation override."""

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
    """The date from when the hours of operation override would be effective."""

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
        hours_of_operation_override_id: str,
        name: str | None = None,
        description: str | None = None,
        config: list[HoursOfOperationOverrideConfig] | None = None,
        effective_from: str | None = None,
        effective_till: str | None = None,
        recurrence_config: RecurrenceConfig | None = None,
        override_type: OverrideType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateHoursOfOperationRequest(_rt.Structure):
    """The input of UpdateHoursOfOperation."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    hours_of_operation_id: str = _rt.field(
        "HoursOfOperationId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the hours of operation."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the hours of operation."""

    description: str | None = _rt.field("Description", _rt.String(min=0, max=250))
    """The description of the hours of operation."""

    time_zone: str | None = _rt.field("TimeZone", _rt.String())
    """The time zone of the hours of operation."""

    config: list[HoursOfOperationConfig] | None = _rt.field(
        "Config", _rt.ListOf(_rt.Ref("HoursOfOperationConfig"), min=0, max=100)
    )
    """Configuration information of the hours of operation."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        hours_of_operation_id: str,
        name: str | None = None,
        description: str | None = None,
        time_zone: str | None = None,
        config: list[HoursOfOperationConfig] | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateInstanceAttributeRequest(_rt.Structure):
    """The input of UpdateInstanceAttribute."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    attribute_type: InstanceAttributeType | str = _rt.field(
        "AttributeType",
        _rt.String(enum="InstanceAttributeType"),
        required=True,
        location="uri",
    )
    """The type of attribute.

    Only allowlisted customers can consume USE_CUSTOM_TTS_VOICES. To access this
    feature, contact Amazon Web Services Support for allowlisting.

    If you set the attribute type as `MESSAGE_STREAMING`, you need to update the Lex
    bot alias resource based policy to include the `lex:RecognizeMessageAsync`
    action for the connect instance ARN resource."""

    value: str = _rt.field("Value", _rt.String(min=1, max=100), required=True)
    """The value for the attribute. Maximum character limit is 100."""

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
        attribute_type: InstanceAttributeType | str,
        value: str,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateInstanceStorageConfigRequest(_rt.Structure):
    """The input of UpdateInstanceStorageConfig."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    association_id: str = _rt.field(
        "AssociationId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The existing association identifier that uniquely identifies the resource type
    and storage config for the given instance ID."""

    resource_type: InstanceStorageResourceType | str = _rt.field(
        "ResourceType",
        _rt.String(enum="InstanceStorageResourceType"),
        required=True,
        location="querystring",
        name="resourceType",
    )
    """A valid resource type."""

    storage_config: InstanceStorageConfig = _rt.field(
        "StorageConfig", _rt.Ref("InstanceStorageConfig"), required=True
    )

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
        association_id: str,
        resource_type: InstanceStorageResourceType | str,
        storage_config: InstanceStorageConfig,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateNotificationContentRequest(_rt.Structure):
    """The input of UpdateNotificationContent."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    notification_id: str = _rt.field(
        "NotificationId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the notification to update."""

    content: dict[LocaleCode | str, str] = _rt.field(
        "Content",
        _rt.MapOf(_rt.String(enum="LocaleCode"), _rt.String(min=0, max=500)),
        required=True,
    )
    """The updated localized content of the notification. A map of locale codes and
    values. Maximum 500 characters per locale."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        notification_id: str,
        content: dict[LocaleCode | str, str],
    ) -> Self:
        return cls._build(locals())


class UpdateNotificationContentResponse(_rt.Structure):
    """The response from updating notification content."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateParticipantAuthenticationRequest(_rt.Structure):
    """The input of UpdateParticipantAuthentication."""

    state: str = _rt.field("State", _rt.String(min=1, max=1000), required=True)
    """The `state` query parameter that was provided by Cognito in the `redirectUri`.
    This will also match the `state` parameter provided in the `AuthenticationUrl`
    from the GetAuthenticationUrl
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_GetAuthenticationUrl.html)
    response."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    code: str | None = _rt.field("Code", _rt.String(min=1, max=2048), sensitive=True)
    """The `code` query parameter provided by Cognito in the `redirectUri`."""

    error: str | None = _rt.field(
        "Error",
        _rt.String(min=1, max=2048, pattern="^[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]*$"),
        sensitive=True,
    )
    """The `error` query parameter provided by Cognito in the `redirectUri`."""

    error_description: str | None = _rt.field(
        "ErrorDescription",
        _rt.String(min=1, max=2048, pattern="^[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]*$"),
        sensitive=True,
    )
    """The `error_description` parameter provided by Cognito in the `redirectUri`."""

    @classmethod
    def make(
        cls,
        *,
        state: str,
        instance_id: str,
        code: str | None = None,
        error: str | None = None,
        error_description: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateParticipantAuthenticationResponse(_rt.Structure):
    """The output of UpdateParticipantAuthentication."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateParticipantRoleConfigChannelInfo(_rt.Union):
    """Configuration information for the chat participant role."""

    chat: ChatParticipantRoleConfig | None = _rt.field(
        "Chat", _rt.Ref("ChatParticipantRoleConfig")
    )
    """Configuration information for the chat participant role."""

    @classmethod
    def make(cls, *, chat: ChatParticipantRoleConfig | None = None) -> Self:
        return cls._build(locals())


class UpdateParticipantRoleConfigRequest(_rt.Structure):
    """The input of UpdateParticipantRoleConfig."""

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

    channel_configuration: UpdateParticipantRoleConfigChannelInfo = _rt.field(
        "ChannelConfiguration",
        _rt.Ref("UpdateParticipantRoleConfigChannelInfo"),
        required=True,
    )
    """The Connect Customer channel you want to configure."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_id: str,
        channel_configuration: UpdateParticipantRoleConfigChannelInfo,
    ) -> Self:
        return cls._build(locals())


class UpdateParticipantRoleConfigResponse(_rt.Structure):
    """The output of UpdateParticipantRoleConfig."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdatePhoneNumberMetadataRequest(_rt.Structure):
    """The input of UpdatePhoneNumberMetadata."""

    phone_number_id: str = _rt.field(
        "PhoneNumberId", _rt.String(), required=True, location="uri"
    )
    """The Amazon Resource Name (ARN) or resource ID of the phone number."""

    phone_number_description: str | None = _rt.field(
        "PhoneNumberDescription", _rt.String(min=0, max=500, pattern="^[\\W\\S_]*")
    )
    """The description of the phone number."""

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
        phone_number_id: str,
        phone_number_description: str | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdatePhoneNumberRequest(_rt.Structure):
    """The input of UpdatePhoneNumber."""

    phone_number_id: str = _rt.field(
        "PhoneNumberId", _rt.String(), required=True, location="uri"
    )
    """A unique identifier for the phone number."""

    target_arn: str | None = _rt.field("TargetArn", _rt.String())
    """The Amazon Resource Name (ARN) for Connect Customer instances or traffic
    distribution groups that phone number inbound traffic is routed through. You
    must enter `InstanceId` or `TargetArn`."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Connect Customer instance that phone numbers are claimed
    to. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance. You must enter `InstanceId`
    or `TargetArn`."""

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
        phone_number_id: str,
        target_arn: str | None = None,
        instance_id: str | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdatePhoneNumberResponse(_rt.Structure):
    """The output of UpdatePhoneNumber."""

    phone_number_id: str | None = _rt.field("PhoneNumberId", _rt.String())
    """A unique identifier for the phone number."""

    phone_number_arn: str | None = _rt.field("PhoneNumberArn", _rt.String())
    """The Amazon Resource Name (ARN) of the phone number."""

    @classmethod
    def make(
        cls, *, phone_number_id: str | None = None, phone_number_arn: str | None = None
    ) -> Self:
        return cls._build(locals())


class UpdatePredefinedAttributeRequest(_rt.Structure):
    """The input of UpdatePredefinedAttribute."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    name: str = _rt.field(
        "Name", _rt.String(min=1, max=100), required=True, location="uri"
    )
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


class UpdatePromptRequest(_rt.Structure):
    """The input of UpdatePrompt."""

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

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the prompt."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """A description of the prompt."""

    s3_uri: str | None = _rt.field(
        "S3Uri",
        _rt.String(
            min=1,
            max=2000,
            pattern="s3://\\S+/.+|https://\\\\S+\\\\.s3\\\\.\\\\S+\\\\.amazonaws\\\\.com/\\\\S+",
        ),
    )
    """The URI for the S3 bucket where the prompt is stored. You can provide S3
    pre-signed URLs returned by the GetPromptFile
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_GetPromptFile.html)
    API instead of providing S3 URIs."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        prompt_id: str,
        name: str | None = None,
        description: str | None = None,
        s3_uri: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdatePromptResponse(_rt.Structure):
    """The output of UpdatePrompt."""

    prompt_arn: str | None = _rt.field("PromptARN", _rt.String())
    """The Amazon Resource Name (ARN) of the prompt."""

    prompt_id: str | None = _rt.field("PromptId", _rt.String(min=1, max=256))
    """A unique identifier for the prompt."""

    @classmethod
    def make(
        cls, *, prompt_arn: str | None = None, prompt_id: str | None = None
    ) -> Self:
        return cls._build(locals())


class UpdateQueueHoursOfOperationRequest(_rt.Structure):
    """The input of UpdateQueueHoursOfOperation."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True, location="uri")
    """The identifier for the queue."""

    hours_of_operation_id: str = _rt.field(
        "HoursOfOperationId", _rt.String(), required=True
    )
    """The identifier for the hours of operation."""

    @classmethod
    def make(
        cls, *, instance_id: str, queue_id: str, hours_of_operation_id: str
    ) -> Self:
        return cls._build(locals())


class UpdateQueueMaxContactsRequest(_rt.Structure):
    """The input of UpdateQueueMaxContacts."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True, location="uri")
    """The identifier for the queue."""

    max_contacts: int | None = _rt.field("MaxContacts", _rt.Integer(min=0))
    """The maximum number of contacts that can be in the queue before it is considered
    full."""

    @classmethod
    def make(
        cls, *, instance_id: str, queue_id: str, max_contacts: int | None = None
    ) -> Self:
        return cls._build(locals())


class UpdateQueueNameRequest(_rt.Structure):
    """The input of UpdateQueueName."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True, location="uri")
    """The identifier for the queue."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the queue."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description of the queue."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        queue_id: str,
        name: str | None = None,
        description: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateQueueOutboundCallerConfigRequest(_rt.Structure):
    """The input of UpdateQueueOutboundCallerConfig."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True, location="uri")
    """The identifier for the queue."""

    outbound_caller_config: OutboundCallerConfig = _rt.field(
        "OutboundCallerConfig", _rt.Ref("OutboundCallerConfig"), required=True
    )
    """The outbound caller ID name, number, and outbound whisper flow."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        queue_id: str,
        outbound_caller_config: OutboundCallerConfig,
    ) -> Self:
        return cls._build(locals())


class UpdateQueueOutboundEmailConfigRequest(_rt.Structure):
    """The input of UpdateQueueOutboundEmailConfig."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True, location="uri")
    """The identifier for the queue."""

    outbound_email_config: OutboundEmailConfig = _rt.field(
        "OutboundEmailConfig", _rt.Ref("OutboundEmailConfig"), required=True
    )
    """The outbound email address ID for a specified queue."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        queue_id: str,
        outbound_email_config: OutboundEmailConfig,
    ) -> Self:
        return cls._build(locals())


class UpdateQueueStatusRequest(_rt.Structure):
    """The input of UpdateQueueStatus."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True, location="uri")
    """The identifier for the queue."""

    status: QueueStatus | str = _rt.field(
        "Status", _rt.String(enum="QueueStatus"), required=True
    )
    """The status of the queue."""

    @classmethod
    def make(
        cls, *, instance_id: str, queue_id: str, status: QueueStatus | str
    ) -> Self:
        return cls._build(locals())


class UpdateQuickConnectConfigRequest(_rt.Structure):
    """The input of UpdateQuickConnectConfig."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    quick_connect_id: str = _rt.field(
        "QuickConnectId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the quick connect."""

    quick_connect_config: QuickConnectConfig = _rt.field(
        "QuickConnectConfig", _rt.Ref("QuickConnectConfig"), required=True
    )
    """Information about the configuration settings for the quick connect."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        quick_connect_id: str,
        quick_connect_config: QuickConnectConfig,
    ) -> Self:
        return cls._build(locals())


class UpdateQuickConnectNameRequest(_rt.Structure):
    """The input of UpdateQuickConnectName."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    quick_connect_id: str = _rt.field(
        "QuickConnectId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the quick connect."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the quick connect."""

    description: str | None = _rt.field("Description", _rt.String(min=0, max=250))
    """The description of the quick connect."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        quick_connect_id: str,
        name: str | None = None,
        description: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateRoutingProfileAgentAvailabilityTimerRequest(_rt.Structure):
    """The input of UpdateRoutingProfileAgentAvailabilityTimer."""

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

    agent_availability_timer: AgentAvailabilityTimer | str = _rt.field(
        "AgentAvailabilityTimer",
        _rt.String(enum="AgentAvailabilityTimer"),
        required=True,
    )
    """Whether agents with this routing profile will have their routing order
    calculated based on time since their last inbound contact or longest idle time."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        routing_profile_id: str,
        agent_availability_timer: AgentAvailabilityTimer | str,
    ) -> Self:
        return cls._build(locals())


class UpdateRoutingProfileConcurrencyRequest(_rt.Structure):
    """The input of UpdateRoutingProfileConcurrency."""

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

    media_concurrencies: list[MediaConcurrency] = _rt.field(
        "MediaConcurrencies", _rt.ListOf(_rt.Ref("MediaConcurrency")), required=True
    )
    """The channels that agents can handle in the Contact Control Panel (CCP)."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        routing_profile_id: str,
        media_concurrencies: list[MediaConcurrency],
    ) -> Self:
        return cls._build(locals())


class UpdateRoutingProfileDefaultOutboundQueueRequest(_rt.Structure):
    """The input of UpdateRoutingProfileDefaultOutboundQueue."""

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

    default_outbound_queue_id: str = _rt.field(
        "DefaultOutboundQueueId", _rt.String(), required=True
    )
    """The identifier for the default outbound queue."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        routing_profile_id: str,
        default_outbound_queue_id: str,
    ) -> Self:
        return cls._build(locals())


class UpdateRoutingProfileNameRequest(_rt.Structure):
    """The input of UpdateRoutingProfileName."""

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

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the routing profile. Must not be more than 127 characters."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description of the routing profile. Must not be more than 250 characters."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        routing_profile_id: str,
        name: str | None = None,
        description: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateRoutingProfileQueuesRequest(_rt.Structure):
    """The input of UpdateRoutingProfileQueues."""

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

    queue_configs: list[RoutingProfileQueueConfig] = _rt.field(
        "QueueConfigs",
        _rt.ListOf(_rt.Ref("RoutingProfileQueueConfig"), min=1, max=10),
        required=True,
    )
    """The queues to be updated for this routing profile. Queues must first be
    associated to the routing profile. You can do this using
    AssociateRoutingProfileQueues."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        routing_profile_id: str,
        queue_configs: list[RoutingProfileQueueConfig],
    ) -> Self:
        return cls._build(locals())


class UpdateRuleRequest(_rt.Structure):
    """The input of UpdateRule."""

    rule_id: str = _rt.field(
        "RuleId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """A unique identifier for the rule."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    name: str = _rt.field(
        "Name", _rt.String(min=1, max=200, pattern="^[0-9a-zA-Z._-]+"), required=True
    )
    """The name of the rule. You can change the name only if `TriggerEventSource` is
    one of the following values: `OnZendeskTicketCreate` |
    `OnZendeskTicketStatusUpdate` | `OnSalesforceCaseCreate`"""

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

    @classmethod
    def make(
        cls,
        *,
        rule_id: str,
        instance_id: str,
        name: str,
        function: str,
        actions: list[RuleAction],
        publish_status: RulePublishStatus | str,
    ) -> Self:
        return cls._build(locals())


class UpdateSecurityProfileRequest(_rt.Structure):
    """The input of UpdateSecurityProfile."""

    description: str | None = _rt.field("Description", _rt.String(max=250))
    """The description of the security profile."""

    permissions: list[str] | None = _rt.field(
        "Permissions", _rt.ListOf(_rt.String(min=1, max=128), max=500)
    )
    """The permissions granted to a security profile. For a list of valid permissions,
    see List of security profile permissions
    (https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html).
    """

    security_profile_id: str = _rt.field(
        "SecurityProfileId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the security profle."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

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
    Connect Customer."""

    applications: list[Application] | None = _rt.field(
        "Applications", _rt.ListOf(_rt.Ref("Application"), max=10)
    )
    """A list of the third-party application's metadata."""

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
    """A list of Flow Modules an AI Agent can invoke as a tool"""

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
        security_profile_id: str,
        instance_id: str,
        description: str | None = None,
        permissions: list[str] | None = None,
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


class UpdateTaskTemplateRequest(_rt.Structure):
    """The input of UpdateTaskTemplate."""

    task_template_id: str = _rt.field(
        "TaskTemplateId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """A unique identifier for the task template."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=100))
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

    fields: list[TaskTemplateField] | None = _rt.field(
        "Fields", _rt.ListOf(_rt.Ref("TaskTemplateField"))
    )
    """Fields that are part of the template."""

    @classmethod
    def make(
        cls,
        *,
        task_template_id: str,
        instance_id: str,
        name: str | None = None,
        description: str | None = None,
        contact_flow_id: str | None = None,
        self_assign_flow_id: str | None = None,
        constraints: TaskTemplateConstraints | None = None,
        defaults: TaskTemplateDefaults | None = None,
        status: TaskTemplateStatus | str | None = None,
        fields: list[TaskTemplateField] | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateTaskTemplateResponse(_rt.Structure):
    """The output of UpdateTaskTemplate."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=500))
    """The identifier of the task template resource."""

    arn: str | None = _rt.field("Arn", _rt.String(min=1, max=500))
    """The Amazon Resource Name (ARN) for the task template resource."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=100))
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

    @classmethod
    def make(
        cls,
        *,
        instance_id: str | None = None,
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        description: str | None = None,
        contact_flow_id: str | None = None,
        self_assign_flow_id: str | None = None,
        constraints: TaskTemplateConstraints | None = None,
        defaults: TaskTemplateDefaults | None = None,
        fields: list[TaskTemplateField] | None = None,
        status: TaskTemplateStatus | str | None = None,
        last_modified_time: datetime.datetime | None = None,
        created_time: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateTestCaseRequest(_rt.Structure):
    """The input of UpdateTestCase."""

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

    test_case_id: str = _rt.field(
        "TestCaseId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the test case to update."""

    content: str | None = _rt.field("Content", _rt.String())
    """The JSON string that represents the content of the test."""

    entry_point: TestCaseEntryPoint | None = _rt.field(
        "EntryPoint", _rt.Ref("TestCaseEntryPoint")
    )
    """Defines the starting point for your test."""

    initialization_data: str | None = _rt.field("InitializationData", _rt.String())
    """Defines the test attributes for precise data representation."""

    name: str | None = _rt.field("Name", _rt.String(min=1))
    """The name of the test case."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the test case."""

    status: TestCaseStatus | str | None = _rt.field(
        "Status", _rt.String(enum="TestCaseStatus")
    )
    """Indicates the test status as either SAVED or PUBLISHED. The PUBLISHED status
    will initiate validation on the content. The SAVED status does not initiate
    validation of the content."""

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
        test_case_id: str,
        content: str | None = None,
        entry_point: TestCaseEntryPoint | None = None,
        initialization_data: str | None = None,
        name: str | None = None,
        description: str | None = None,
        status: TestCaseStatus | str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateTestCaseResponse(_rt.Structure):
    """The output of UpdateTestCase."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateTrafficDistributionRequest(_rt.Structure):
    """The input of UpdateTrafficDistribution."""

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

    telephony_config: TelephonyConfig | None = _rt.field(
        "TelephonyConfig", _rt.Ref("TelephonyConfig")
    )
    """The distribution of traffic between the instance and its replica(s)."""

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
        id: str,
        telephony_config: TelephonyConfig | None = None,
        sign_in_config: SignInConfig | None = None,
        agent_config: AgentConfig | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateTrafficDistributionResponse(_rt.Structure):
    """The output of UpdateTrafficDistribution."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateUserConfigRequest(_rt.Structure):
    """The input of UpdateUserConfig."""

    auto_accept_configs: list[AutoAcceptConfig] | None = _rt.field(
        "AutoAcceptConfigs", _rt.ListOf(_rt.Ref("AutoAcceptConfig"))
    )
    """The list of auto-accept configuration settings for each channel. When
    auto-accept is enabled for a channel, available agents are automatically
    connected to contacts from that channel without needing to manually accept.
    Auto-accept connects agents to contacts in less than one second."""

    after_contact_work_configs: list[AfterContactWorkConfigPerChannel] | None = (
        _rt.field(
            "AfterContactWorkConfigs",
            _rt.ListOf(_rt.Ref("AfterContactWorkConfigPerChannel")),
        )
    )
    """The list of after contact work (ACW) timeout configuration settings for each
    channel. ACW timeout specifies how many seconds agents have for after contact
    work, such as entering notes about the contact. The minimum setting is 1 second,
    and the maximum is 2,000,000 seconds (24 days). Enter 0 for an indefinite amount
    of time, meaning agents must manually choose to end ACW."""

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

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user account."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(
        cls,
        *,
        user_id: str,
        instance_id: str,
        auto_accept_configs: list[AutoAcceptConfig] | None = None,
        after_contact_work_configs: (
            list[AfterContactWorkConfigPerChannel] | None
        ) = None,
        phone_number_configs: list[PhoneNumberConfig] | None = None,
        persistent_connection_configs: list[PersistentConnectionConfig] | None = None,
        voice_enhancement_configs: list[VoiceEnhancementConfig] | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateUserHierarchyGroupNameRequest(_rt.Structure):
    """The input of UpdateUserHierarchyGroupName."""

    name: str = _rt.field("Name", _rt.String(), required=True)
    """The name of the hierarchy group. Must not be more than 100 characters."""

    hierarchy_group_id: str = _rt.field(
        "HierarchyGroupId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the hierarchy group."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(cls, *, name: str, hierarchy_group_id: str, instance_id: str) -> Self:
        return cls._build(locals())


class UpdateUserHierarchyRequest(_rt.Structure):
    """The input of UpdateUserHierarchy."""

    hierarchy_group_id: str | None = _rt.field("HierarchyGroupId", _rt.String())
    """The identifier of the hierarchy group."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user account."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(
        cls, *, user_id: str, instance_id: str, hierarchy_group_id: str | None = None
    ) -> Self:
        return cls._build(locals())


class UpdateUserHierarchyStructureRequest(_rt.Structure):
    """The input of UpdateUserHierarchyStructure."""

    hierarchy_structure: HierarchyStructureUpdate = _rt.field(
        "HierarchyStructure", _rt.Ref("HierarchyStructureUpdate"), required=True
    )
    """The hierarchy levels to update."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(
        cls, *, hierarchy_structure: HierarchyStructureUpdate, instance_id: str
    ) -> Self:
        return cls._build(locals())


class UpdateUserIdentityInfoRequest(_rt.Structure):
    """The input of UpdateUserIdentityInfo."""

    identity_info: UserIdentityInfo = _rt.field(
        "IdentityInfo", _rt.Ref("UserIdentityInfo"), required=True
    )
    """The identity information for the user."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user account."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(
        cls, *, identity_info: UserIdentityInfo, user_id: str, instance_id: str
    ) -> Self:
        return cls._build(locals())


class UpdateUserNotificationStatusRequest(_rt.Structure):
    """The input of UpdateUserNotificationStatus."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    notification_id: str = _rt.field(
        "NotificationId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the notification."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user whose notification status is being updated."""

    status: NotificationStatus | str = _rt.field(
        "Status", _rt.String(enum="NotificationStatus"), required=True
    )
    """The new status for the notification. Valid values are READ, UNREAD, and HIDDEN."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime",
        _rt.Timestamp(),
        location="header",
        name="x-amz-last-modified-time",
    )
    """The timestamp when the notification status was last modified. Used for
    cross-region replication and optimistic locking."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion",
        _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?"),
        location="header",
        name="x-amz-last-modified-region",
    )
    """The AWS Region where the notification status was last modified. Used for
    cross-region replication."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        notification_id: str,
        user_id: str,
        status: NotificationStatus | str,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateUserNotificationStatusResponse(_rt.Structure):
    """The response from updating a user's notification status."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateUserPhoneConfigRequest(_rt.Structure):
    """The input of UpdateUserPhoneConfig."""

    phone_config: UserPhoneConfig = _rt.field(
        "PhoneConfig", _rt.Ref("UserPhoneConfig"), required=True
    )
    """Information about phone configuration settings for the user."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user account."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(
        cls, *, phone_config: UserPhoneConfig, user_id: str, instance_id: str
    ) -> Self:
        return cls._build(locals())


class UpdateUserProficienciesRequest(_rt.Structure):
    """The input of UpdateUserProficiencies."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user account."""

    user_proficiencies: list[UserProficiency] = _rt.field(
        "UserProficiencies", _rt.ListOf(_rt.Ref("UserProficiency")), required=True
    )
    """The proficiencies to be updated for the user. Proficiencies must first be
    associated to the user. You can do this using AssociateUserProficiencies API."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        user_id: str,
        user_proficiencies: list[UserProficiency],
    ) -> Self:
        return cls._build(locals())


class UpdateUserRoutingProfileRequest(_rt.Structure):
    """The input of UpdateUserRoutingProfile."""

    routing_profile_id: str = _rt.field("RoutingProfileId", _rt.String(), required=True)
    """The identifier of the routing profile for the user."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user account."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(cls, *, routing_profile_id: str, user_id: str, instance_id: str) -> Self:
        return cls._build(locals())


class UpdateUserSecurityProfilesRequest(_rt.Structure):
    """The input of UpdateUserSecurityProfiles."""

    security_profile_ids: list[str] = _rt.field(
        "SecurityProfileIds", _rt.ListOf(_rt.String(), min=1, max=10), required=True
    )
    """The identifiers of the security profiles for the user."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user account."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(
        cls, *, security_profile_ids: list[str], user_id: str, instance_id: str
    ) -> Self:
        return cls._build(locals())


class UpdateViewContentRequest(_rt.Structure):
    """The input of UpdateViewContent."""

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

    status: ViewStatus | str = _rt.field(
        "Status", _rt.String(enum="ViewStatus"), required=True
    )
    """Indicates the view status as either `SAVED` or `PUBLISHED`. The `PUBLISHED`
    status will initiate validation on the content."""

    content: ViewInputContent = _rt.field(
        "Content", _rt.Ref("ViewInputContent"), required=True
    )
    """View content containing all content necessary to render a view except for
    runtime input data and the runtime input schema, which is auto-generated by this
    operation.

    The total uncompressed content has a maximum file size of 400kB."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        view_id: str,
        status: ViewStatus | str,
        content: ViewInputContent,
    ) -> Self:
        return cls._build(locals())


class UpdateViewContentResponse(_rt.Structure):
    """The output of UpdateViewContent."""

    view: View | None = _rt.field("View", _rt.Ref("View"))
    """A view resource object. Contains metadata and content necessary to render the
    view."""

    @classmethod
    def make(cls, *, view: View | None = None) -> Self:
        return cls._build(locals())


class UpdateViewMetadataRequest(_rt.Structure):
    """The input of UpdateViewMetadata."""

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

    name: str | None = _rt.field("Name", _rt.String(min=1, max=255), sensitive=True)
    """The name of the view."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=4096))
    """The description of the view."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        view_id: str,
        name: str | None = None,
        description: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateViewMetadataResponse(_rt.Structure):
    """The output of UpdateViewMetadata."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateWorkspaceMetadataRequest(_rt.Structure):
    """The input of UpdateWorkspaceMetadata."""

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

    name: str | None = _rt.field(
        "Name", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The name of the workspace."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=500, pattern="^[\\\\P{C}\\r\\n\\t]*$")
    )
    """The description of the workspace."""

    title: str | None = _rt.field(
        "Title", _rt.String(min=0, max=127, pattern="^[\\\\P{C}]*$")
    )
    """The title displayed for the workspace."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        workspace_id: str,
        name: str | None = None,
        description: str | None = None,
        title: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateWorkspaceMetadataResponse(_rt.Structure):
    """The output of UpdateWorkspaceMetadata."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateWorkspacePageRequest(_rt.Structure):
    """The input of UpdateWorkspacePage."""

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

    page: str = _rt.field(
        "Page",
        _rt.String(
            min=1,
            max=25,
            pattern="^(?!\\\\.$)(?!\\\\.\\\\.$)[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]+$",
        ),
        required=True,
        location="uri",
    )
    """The current page identifier."""

    new_page: str | None = _rt.field(
        "NewPage",
        _rt.String(
            min=1,
            max=25,
            pattern="^(?!\\\\.$)(?!\\\\.\\\\.$)[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]+$",
        ),
    )
    """The new page identifier, if changing the page name."""

    resource_arn: str | None = _rt.field("ResourceArn", _rt.String())
    """The Amazon Resource Name (ARN) of the view to associate with the page."""

    slug: str | None = _rt.field(
        "Slug",
        _rt.String(
            min=0, max=63, pattern="^$|^[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]{3,}$"
        ),
    )
    """The URL-friendly identifier for the page."""

    input_data: str | None = _rt.field("InputData", _rt.String(min=0, max=4096))
    """A JSON string containing input parameters for the view."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        workspace_id: str,
        page: str,
        new_page: str | None = None,
        resource_arn: str | None = None,
        slug: str | None = None,
        input_data: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UpdateWorkspacePageResponse(_rt.Structure):
    """The output of UpdateWorkspacePage."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateWorkspaceThemeRequest(_rt.Structure):
    """The input of UpdateWorkspaceTheme."""

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

    theme: WorkspaceTheme | None = _rt.field("Theme", _rt.Ref("WorkspaceTheme"))
    """The theme configuration, including color schemes and visual styles."""

    @classmethod
    def make(
        cls, *, instance_id: str, workspace_id: str, theme: WorkspaceTheme | None = None
    ) -> Self:
        return cls._build(locals())


class UpdateWorkspaceThemeResponse(_rt.Structure):
    """The output of UpdateWorkspaceTheme."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UpdateWorkspaceVisibilityRequest(_rt.Structure):
    """The input of UpdateWorkspaceVisibility."""

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

    visibility: Visibility | str = _rt.field(
        "Visibility", _rt.String(enum="Visibility"), required=True
    )
    """The visibility setting for the workspace. Valid values are: `ALL` (available to
    all users), `ASSIGNED` (available only to assigned users and routing profiles),
    and `NONE` (not visible to any users)."""

    @classmethod
    def make(
        cls, *, instance_id: str, workspace_id: str, visibility: Visibility | str
    ) -> Self:
        return cls._build(locals())


class UpdateWorkspaceVisibilityResponse(_rt.Structure):
    """The output of UpdateWorkspaceVisibility."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UploadUrlMetadata(_rt.Structure):
    """Fields required when uploading an attached file."""

    url: str | None = _rt.field("Url", _rt.String(min=1, max=2000))
    """A pre-signed S3 URL that should be used for uploading the attached file."""

    url_expiry: str | None = _rt.field("UrlExpiry", _rt.String())
    """The expiration time of the URL in ISO timestamp. It's specified in ISO 8601
    format: `yyyy-MM-ddThh:mm:ss.SSSZ`. For example, `2019-11-08T02:41:28.172Z`."""

    headers_to_include: dict[str, str] | None = _rt.field(
        "HeadersToInclude",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(min=1, max=256)),
    )
    """A map of headers that should be provided when uploading the attached file."""

    @classmethod
    def make(
        cls,
        *,
        url: str | None = None,
        url_expiry: str | None = None,
        headers_to_include: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())
