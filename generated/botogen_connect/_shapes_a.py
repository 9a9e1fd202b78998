"""Shapes of Amazon Connect Service whose class names start with "a"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_ca import CaseSlaConfiguration
    from ._shapes_ch import Channel
    from ._shapes_co import (
        ContactInitiationMethod,
        ContactState,
        ControlPlaneAttributeFilter,
    )
    from ._shapes_cr import CreatedByInfo
    from ._shapes_dev import DeviceInfo
    from ._shapes_di import Distribution
    from ._shapes_e import (
        EmailAddressConfig,
        EmailRecipient,
        EntityType,
        ExtensionConfiguration,
    )
    from ._shapes_f import (
        FailedBatchAssociationSummary,
        FileStatusType,
        FileUseCaseType,
        FlowAssociationResourceType,
    )
    from ._shapes_h import HierarchyGroupCondition, HierarchyGroups
    from ._shapes_i import (
        InstanceAttributeType,
        InstanceStorageConfig,
        InstanceStorageResourceType,
    )
    from ._shapes_le import LexBot, LexV2Bot
    from ._shapes_m import MatchCriteria, MeetingFeatureStatus
    from ._shapes_p import (
        ParentHoursOfOperationConfig,
        ParticipantCapabilities,
        PhoneNumberCountryCode,
        PhoneNumberType,
        Preview,
    )
    from ._shapes_q import QueueReference
    from ._shapes_r import (
        Range,
        ReferenceStatus,
        RoutingProfileManualAssignmentQueueConfig,
        RoutingProfileQueueConfig,
    )
    from ._shapes_se import SecurityProfileItem
    from ._shapes_sl import SlaAssignmentType
    from ._shapes_st import StateTransition, StringCondition
    from ._shapes_su import SuccessfulBatchAssociationSummary
    from ._shapes_t import TagCondition
    from ._shapes_us import UserProficiency
    from ._shapes_v import VocabularyLanguageCode, VoiceEnhancementMode


class AccessDeniedException(_rt.ServiceError):
    """You do not have sufficient permissions to perform this action."""

    _error_code = "AccessDeniedException"
    _http_status = 403

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class AccessType(_rt.Enum):
    """The values of AccessType; one AWS adds later is kept as it is."""

    ALLOW = "ALLOW"


class ActionSummary(_rt.Structure):
    """Information about an action."""

    action_type: ActionType | str = _rt.field(
        "ActionType", _rt.String(enum="ActionType"), required=True
    )
    """The action type."""

    @classmethod
    def make(cls, *, action_type: ActionType | str) -> Self:
        return cls._build(locals())


class ActionType(_rt.Enum):
    """The values of ActionType; one AWS adds later is kept as it is."""

    CREATE_TASK = "CREATE_TASK"
    ASSIGN_CONTACT_CATEGORY = "ASSIGN_CONTACT_CATEGORY"
    GENERATE_EVENTBRIDGE_EVENT = "GENERATE_EVENTBRIDGE_EVENT"
    SEND_NOTIFICATION = "SEND_NOTIFICATION"
    CREATE_CASE = "CREATE_CASE"
    UPDATE_CASE = "UPDATE_CASE"
    ASSIGN_SLA = "ASSIGN_SLA"
    END_ASSOCIATED_TASKS = "END_ASSOCIATED_TASKS"
    SUBMIT_AUTO_EVALUATION = "SUBMIT_AUTO_EVALUATION"


class ActivateEvaluationFormRequest(_rt.Structure):
    """The input of ActivateEvaluationForm."""

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
    """The version of the evaluation form to activate. If the version property is not
    provided, the latest version of the evaluation form is activated."""

    @classmethod
    def make(
        cls, *, instance_id: str, evaluation_form_id: str, evaluation_form_version: int
    ) -> Self:
        return cls._build(locals())


class ActivateEvaluationFormResponse(_rt.Structure):
    """The output of ActivateEvaluationForm."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True
    )
    """The unique identifier for the evaluation form."""

    evaluation_form_arn: str = _rt.field(
        "EvaluationFormArn", _rt.String(), required=True
    )
    """The Amazon Resource Name (ARN) for the evaluation form resource."""

    evaluation_form_version: int = _rt.field(
        "EvaluationFormVersion", _rt.Integer(), required=True
    )
    """A version of the evaluation form."""

    @classmethod
    def make(
        cls,
        *,
        evaluation_form_id: str,
        evaluation_form_arn: str,
        evaluation_form_version: int,
    ) -> Self:
        return cls._build(locals())


class AdditionalEmailRecipients(_rt.Structure):
    """List of additional email addresses for an email contact."""

    to_list: list[EmailRecipient] | None = _rt.field(
        "ToList", _rt.ListOf(_rt.Ref("EmailRecipient"))
    )
    """List of additional TO email recipients for an email contact."""

    cc_list: list[EmailRecipient] | None = _rt.field(
        "CcList", _rt.ListOf(_rt.Ref("EmailRecipient"))
    )
    """List of additional CC email recipients for an email contact."""

    @classmethod
    def make(
        cls,
        *,
        to_list: list[EmailRecipient] | None = None,
        cc_list: list[EmailRecipient] | None = None,
    ) -> Self:
        return cls._build(locals())


class AfterContactWorkConfig(_rt.Structure):
    """Configuration settings for after contact work (ACW) timeout."""

    after_contact_work_time_limit: int | None = _rt.field(
        "AfterContactWorkTimeLimit", _rt.Integer(min=0)
    )
    """The ACW timeout duration in seconds. Minimum: 1 second. Maximum: 2,000,000
    seconds (24 days). Enter 0 for indefinite ACW time."""

    @classmethod
    def make(cls, *, after_contact_work_time_limit: int | None = None) -> Self:
        return cls._build(locals())


class AfterContactWorkConfigPerChannel(_rt.Structure):
    """Configuration settings for after contact work (ACW) timeout for a specific
    channel."""

    channel: Channel | str = _rt.field(
        "Channel", _rt.String(enum="Channel"), required=True
    )
    """The channel for this ACW timeout configuration. Valid values: VOICE, CHAT, TASK,
    EMAIL."""

    after_contact_work_config: AfterContactWorkConfig = _rt.field(
        "AfterContactWorkConfig", _rt.Ref("AfterContactWorkConfig"), required=True
    )
    """The ACW timeout settings for this channel."""

    agent_first_callback_after_contact_work_config: AfterContactWorkConfig | None = (
        _rt.field(
            "AgentFirstCallbackAfterContactWorkConfig",
            _rt.Ref("AfterContactWorkConfig"),
        )
    )
    """The ACW timeout settings for agent-first callbacks. This setting only applies to
    the VOICE channel."""

    @classmethod
    def make(
        cls,
        *,
        channel: Channel | str,
        after_contact_work_config: AfterContactWorkConfig,
        agent_first_callback_after_contact_work_config: (
            AfterContactWorkConfig | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class AgentAvailabilityTimer(_rt.Enum):
    """The values of AgentAvailabilityTimer; one AWS adds later is kept as it is."""

    TIME_SINCE_LAST_ACTIVITY = "TIME_SINCE_LAST_ACTIVITY"
    TIME_SINCE_LAST_INBOUND = "TIME_SINCE_LAST_INBOUND"


class AgentConfig(_rt.Structure):
    """The distribution of agents between the instance and its replica(s)."""

    distributions: list[Distribution] = _rt.field(
        "Distributions", _rt.ListOf(_rt.Ref("Distribution")), required=True
    )
    """Information about traffic distributions."""

    @classmethod
    def make(cls, *, distributions: list[Distribution]) -> Self:
        return cls._build(locals())


class AgentContactReference(_rt.Structure):
    """Information about the contact
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_Contact.html)
    associated to the user."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of the contact in this instance of Connect Customer."""

    channel: Channel | str | None = _rt.field("Channel", _rt.String(enum="Channel"))
    """The channel of the contact."""

    initiation_method: ContactInitiationMethod | str | None = _rt.field(
        "InitiationMethod", _rt.String(enum="ContactInitiationMethod")
    )
    """How the contact was initiated."""

    agent_contact_state: ContactState | str | None = _rt.field(
        "AgentContactState", _rt.String(enum="ContactState")
    )
    """The state of the contact
    (https://docs.aws.amazon.com/connect/latest/adminguide/about-contact-states.html).

    When `AgentContactState` is set to `CONNECTED_ONHOLD`, `StateStartTimestamp` is
    not changed. Instead, `StateStartTimestamp` reflects the time the contact was
    `CONNECTED` to the agent."""

    state_start_timestamp: datetime.datetime | None = _rt.field(
        "StateStartTimestamp", _rt.Timestamp()
    )
    """The epoch timestamp when the contact state started."""

    connected_to_agent_timestamp: datetime.datetime | None = _rt.field(
        "ConnectedToAgentTimestamp", _rt.Timestamp()
    )
    """The time at which the contact was connected to an agent."""

    queue: QueueReference | None = _rt.field("Queue", _rt.Ref("QueueReference"))

    @classmethod
    def make(
        cls,
        *,
        contact_id: str | None = None,
        channel: Channel | str | None = None,
        initiation_method: ContactInitiationMethod | str | None = None,
        agent_contact_state: ContactState | str | None = None,
        state_start_timestamp: datetime.datetime | None = None,
        connected_to_agent_timestamp: datetime.datetime | None = None,
        queue: QueueReference | None = None,
    ) -> Self:
        return cls._build(locals())


class AgentFirst(_rt.Structure):
    """Information about agent-first outbound strategy configuration."""

    preview: Preview | None = _rt.field("Preview", _rt.Ref("Preview"))
    """Information about preview configuration of agent first outbound strategy"""

    @classmethod
    def make(cls, *, preview: Preview | None = None) -> Self:
        return cls._build(locals())


class AgentHierarchyGroup(_rt.Structure):
    """Information about an agent hierarchy group."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the group."""

    @classmethod
    def make(cls, *, arn: str | None = None) -> Self:
        return cls._build(locals())


class AgentHierarchyGroups(_rt.Structure):
    """A structure that defines search criteria for contacts using agent hierarchy
    group levels. For more information about agent hierarchies, see Set Up Agent
    Hierarchies
    (https://docs.aws.amazon.com/connect/latest/adminguide/agent-hierarchy.html) in
    the Connect Customer Administrator Guide."""

    l1_ids: list[str] | None = _rt.field(
        "L1Ids", _rt.ListOf(_rt.String(), min=0, max=10)
    )
    """The identifiers for level 1 hierarchy groups."""

    l2_ids: list[str] | None = _rt.field(
        "L2Ids", _rt.ListOf(_rt.String(), min=0, max=10)
    )
    """The identifiers for level 2 hierarchy groups."""

    l3_ids: list[str] | None = _rt.field(
        "L3Ids", _rt.ListOf(_rt.String(), min=0, max=10)
    )
    """The identifiers for level 3 hierarchy groups."""

    l4_ids: list[str] | None = _rt.field(
        "L4Ids", _rt.ListOf(_rt.String(), min=0, max=10)
    )
    """The identifiers for level 4 hierarchy groups."""

    l5_ids: list[str] | None = _rt.field(
        "L5Ids", _rt.ListOf(_rt.String(), min=0, max=10)
    )
    """The identifiers for level 5 hierarchy groups."""

    @classmethod
    def make(
        cls,
        *,
        l1_ids: list[str] | None = None,
        l2_ids: list[str] | None = None,
        l3_ids: list[str] | None = None,
        l4_ids: list[str] | None = None,
        l5_ids: list[str] | None = None,
    ) -> Self:
        return cls._build(locals())


class AgentInfo(_rt.Structure):
    """Information about the agent who accepted the contact."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=256))
    """The identifier of the agent who accepted the contact."""

    accepted_by_agent_timestamp: datetime.datetime | None = _rt.field(
        "AcceptedByAgentTimestamp", _rt.Timestamp()
    )
    """The timestamp when the contact was accepted by the agent."""

    preview_end_timestamp: datetime.datetime | None = _rt.field(
        "PreviewEndTimestamp", _rt.Timestamp()
    )
    """The timestamp when the agent finished previewing the contact."""

    connected_to_agent_timestamp: datetime.datetime | None = _rt.field(
        "ConnectedToAgentTimestamp", _rt.Timestamp()
    )
    """The timestamp when the contact was connected to the agent."""

    agent_pause_duration_in_seconds: int | None = _rt.field(
        "AgentPauseDurationInSeconds", _rt.Integer(min=0)
    )
    """Agent pause duration for a contact in seconds."""

    hierarchy_groups: HierarchyGroups | None = _rt.field(
        "HierarchyGroups", _rt.Ref("HierarchyGroups")
    )
    """The agent hierarchy groups for the agent."""

    device_info: DeviceInfo | None = _rt.field("DeviceInfo", _rt.Ref("DeviceInfo"))
    """Information regarding Agent’s device."""

    capabilities: ParticipantCapabilities | None = _rt.field(
        "Capabilities", _rt.Ref("ParticipantCapabilities")
    )

    after_contact_work_duration: int | None = _rt.field(
        "AfterContactWorkDuration", _rt.Integer(min=0)
    )
    """The difference in time, in whole seconds, between
    `AfterContactWorkStartTimestamp` and `AfterContactWorkEndTimestamp`."""

    after_contact_work_start_timestamp: datetime.datetime | None = _rt.field(
        "AfterContactWorkStartTimestamp", _rt.Timestamp()
    )
    """The date and time when the agent started doing After Contact Work for the
    contact, in UTC time."""

    after_contact_work_end_timestamp: datetime.datetime | None = _rt.field(
        "AfterContactWorkEndTimestamp", _rt.Timestamp()
    )
    """The date and time when the agent ended After Contact Work for the contact, in
    UTC time. In cases when agent finishes doing `AfterContactWork` for chat
    contacts and switches their activity status to offline or equivalent without
    clearing the contact in CCP, discrepancies may be noticed for
    `AfterContactWorkEndTimestamp`."""

    agent_initiated_hold_duration: int | None = _rt.field(
        "AgentInitiatedHoldDuration", _rt.Integer(min=0)
    )
    """The total hold duration in seconds initiated by the agent."""

    state_transitions: list[StateTransition] | None = _rt.field(
        "StateTransitions", _rt.ListOf(_rt.Ref("StateTransition"))
    )
    """List of `StateTransition` for a supervisor."""

    voice_enhancement_mode: VoiceEnhancementMode | str | None = _rt.field(
        "VoiceEnhancementMode", _rt.String(enum="VoiceEnhancementMode")
    )
    """The voice enhancement mode used by the agent as the call is ending. Valid
    values: VOICE_ISOLATION | NOISE_SUPPRESSION | NONE. A value of null indicates
    this mode has not yet been set for this user."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        accepted_by_agent_timestamp: datetime.datetime | None = None,
        preview_end_timestamp: datetime.datetime | None = None,
        connected_to_agent_timestamp: datetime.datetime | None = None,
        agent_pause_duration_in_seconds: int | None = None,
        hierarchy_groups: HierarchyGroups | None = None,
        device_info: DeviceInfo | None = None,
        capabilities: ParticipantCapabilities | None = None,
        after_contact_work_duration: int | None = None,
        after_contact_work_start_timestamp: datetime.datetime | None = None,
        after_contact_work_end_timestamp: datetime.datetime | None = None,
        agent_initiated_hold_duration: int | None = None,
        state_transitions: list[StateTransition] | None = None,
        voice_enhancement_mode: VoiceEnhancementMode | str | None = None,
    ) -> Self:
        return cls._build(locals())


class AgentQualityMetrics(_rt.Structure):
    """Information about the quality of the Agent's media connection"""

    audio: AudioQualityMetricsInfo | None = _rt.field(
        "Audio", _rt.Ref("AudioQualityMetricsInfo")
    )
    """Information about the audio quality of the Agent"""

    @classmethod
    def make(cls, *, audio: AudioQualityMetricsInfo | None = None) -> Self:
        return cls._build(locals())


class AgentStatus(_rt.Structure):
    """Contains information about an agent status."""

    agent_status_arn: str | None = _rt.field("AgentStatusARN", _rt.String())
    """The Amazon Resource Name (ARN) of the agent status."""

    agent_status_id: str | None = _rt.field("AgentStatusId", _rt.String())
    """The identifier of the agent status."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the agent status."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description of the agent status."""

    type: AgentStatusType | str | None = _rt.field(
        "Type", _rt.String(enum="AgentStatusType")
    )
    """The type of agent status."""

    display_order: int | None = _rt.field("DisplayOrder", _rt.Integer(min=1, max=50))
    """The display order of the agent status."""

    state: AgentStatusState | str | None = _rt.field(
        "State", _rt.String(enum="AgentStatusState")
    )
    """The state of the agent status."""

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
        agent_status_arn: str | None = None,
        agent_status_id: str | None = None,
        name: str | None = None,
        description: str | None = None,
        type: AgentStatusType | str | None = None,
        display_order: int | None = None,
        state: AgentStatusState | str | None = None,
        tags: dict[str, str] | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AgentStatusIdentifier(_rt.Structure):
    """Information about the agent status assigned to the user."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the agent status."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the agent status."""

    @classmethod
    def make(cls, *, arn: str | None = None, id: str | None = None) -> Self:
        return cls._build(locals())


class AgentStatusReference(_rt.Structure):
    """Information about the agent's status."""

    status_start_timestamp: datetime.datetime | None = _rt.field(
        "StatusStartTimestamp", _rt.Timestamp()
    )
    """The start timestamp of the agent's status."""

    status_arn: str | None = _rt.field("StatusArn", _rt.String())
    """The Amazon Resource Name (ARN) of the agent's status."""

    status_name: str | None = _rt.field("StatusName", _rt.String(min=1, max=127))
    """The name of the agent status."""

    @classmethod
    def make(
        cls,
        *,
        status_start_timestamp: datetime.datetime | None = None,
        status_arn: str | None = None,
        status_name: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AgentStatusSearchCriteria(_rt.Structure):
    """The search criteria to be used to return agent statuses."""

    or_conditions: list[AgentStatusSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("AgentStatusSearchCriteria"))
    )
    """A list of conditions which would be applied together with an `OR` condition."""

    and_conditions: list[AgentStatusSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("AgentStatusSearchCriteria"))
    )
    """A leaf node condition which can be used to specify a string condition.

    The currently supported values for `FieldName` are `name`, `description`,
    `state`, `type`, `displayOrder`, and `resourceID`."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )
    """A leaf node condition which can be used to specify a string condition.

    The currently supported values for `FieldName` are `name`, `description`,
    `state`, `type`, `displayOrder`, and `resourceID`."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[AgentStatusSearchCriteria] | None = None,
        and_conditions: list[AgentStatusSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class AgentStatusSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    attribute_filter: ControlPlaneAttributeFilter | None = _rt.field(
        "AttributeFilter", _rt.Ref("ControlPlaneAttributeFilter")
    )
    """An object that can be used to specify Tag conditions inside the `SearchFilter`.
    This accepts an `OR` of `AND` (List of List) input where:

    The top level list specifies conditions that need to be applied with `OR`
    operator.

    The inner list specifies conditions that need to be applied with `AND` operator."""

    @classmethod
    def make(
        cls, *, attribute_filter: ControlPlaneAttributeFilter | None = None
    ) -> Self:
        return cls._build(locals())


class AgentStatusState(_rt.Enum):
    """The values of AgentStatusState; one AWS adds later is kept as it is."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class AgentStatusSummary(_rt.Structure):
    """Summary information for an agent status."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier for an agent status."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) for the agent status."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the agent status."""

    type: AgentStatusType | str | None = _rt.field(
        "Type", _rt.String(enum="AgentStatusType")
    )
    """The type of the agent status."""

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
        type: AgentStatusType | str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AgentStatusType(_rt.Enum):
    """The values of AgentStatusType; one AWS adds later is kept as it is."""

    ROUTABLE = "ROUTABLE"
    CUSTOM = "CUSTOM"
    OFFLINE = "OFFLINE"


class AgentsCriteria(_rt.Structure):
    """Can be used to define a list of preferred agents to target the contact to within
    the queue. Note that agents must have the queue in their routing profile in
    order to be offered the contact."""

    agent_ids: list[str] | None = _rt.field("AgentIds", _rt.ListOf(_rt.String(max=256)))
    """An object to specify a list of agents, by user ID."""

    @classmethod
    def make(cls, *, agent_ids: list[str] | None = None) -> Self:
        return cls._build(locals())


class AiAgentInfo(_rt.Structure):
    """Information of the AI agent involved in the contact."""

    ai_use_case: AiUseCase | str | None = _rt.field(
        "AiUseCase", _rt.String(enum="AiUseCase")
    )
    """The use case or scenario for which the AI agent is involved in the contact"""

    ai_agent_version_id: str | None = _rt.field(
        "AiAgentVersionId", _rt.String(min=0, max=128)
    )
    """The unique identifier that specifies both the AI agent ID and its version number
    that was involved in the contact"""

    ai_agent_escalated: bool | None = _rt.field("AiAgentEscalated", _rt.Boolean())
    """A boolean flag indicating whether the contact initially handled by this AI agent
    was escalated to a human agent."""

    @classmethod
    def make(
        cls,
        *,
        ai_use_case: AiUseCase | str | None = None,
        ai_agent_version_id: str | None = None,
        ai_agent_escalated: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class AiUseCase(_rt.Enum):
    """The values of AiUseCase; one AWS adds later is kept as it is."""

    AGENT_ASSISTANCE = "AgentAssistance"
    SELF_SERVICE = "SelfService"


class AliasConfiguration(_rt.Structure):
    """Configuration information of an email alias."""

    email_address_id: str = _rt.field(
        "EmailAddressId", _rt.String(min=1, max=500), required=True
    )
    """The email address ID."""

    @classmethod
    def make(cls, *, email_address_id: str) -> Self:
        return cls._build(locals())


class AllowedCapabilities(_rt.Structure):
    """Information about the capabilities enabled for participants of the contact."""

    customer: ParticipantCapabilities | None = _rt.field(
        "Customer", _rt.Ref("ParticipantCapabilities")
    )
    """Information about the customer's video sharing capabilities."""

    agent: ParticipantCapabilities | None = _rt.field(
        "Agent", _rt.Ref("ParticipantCapabilities")
    )
    """Information about the agent's video sharing capabilities."""

    @classmethod
    def make(
        cls,
        *,
        customer: ParticipantCapabilities | None = None,
        agent: ParticipantCapabilities | None = None,
    ) -> Self:
        return cls._build(locals())


class AllowedExtension(_rt.Structure):
    """Information about an allowed file extension."""

    extension: str = _rt.field(
        "Extension",
        _rt.String(min=1, max=10, pattern="^[a-zA-Z0-9-_]+$"),
        required=True,
    )
    """The file extension. The extension must be between 1 and 10 characters and can
    contain only alphanumeric characters, hyphens, and underscores."""

    @classmethod
    def make(cls, *, extension: str) -> Self:
        return cls._build(locals())


class AllowedUserAction(_rt.Enum):
    """The values of AllowedUserAction; one AWS adds later is kept as it is."""

    CALL = "CALL"
    DISCARD = "DISCARD"


class AnalyticsDataAssociationResult(_rt.Structure):
    """This API is in preview release for Connect Customer and is subject to change.

    Information about associations that are successfully created: `DataSetId`,
    `TargetAccountId`, `ResourceShareId`, `ResourceShareArn`."""

    data_set_id: str | None = _rt.field("DataSetId", _rt.String(min=1, max=255))
    """The identifier of the dataset."""

    target_account_id: str | None = _rt.field("TargetAccountId", _rt.String())
    """The identifier of the target account."""

    resource_share_id: str | None = _rt.field("ResourceShareId", _rt.String())
    """The Resource Access Manager share ID."""

    resource_share_arn: str | None = _rt.field("ResourceShareArn", _rt.String())
    """The Amazon Resource Name (ARN) of the Resource Access Manager share."""

    resource_share_status: str | None = _rt.field("ResourceShareStatus", _rt.String())
    """The Amazon Web Services Resource Access Manager status of association."""

    @classmethod
    def make(
        cls,
        *,
        data_set_id: str | None = None,
        target_account_id: str | None = None,
        resource_share_id: str | None = None,
        resource_share_arn: str | None = None,
        resource_share_status: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AnalyticsDataSetsResult(_rt.Structure):
    """Information about datasets that are available to associate with: `DataSetId`,
    `DataSetName`."""

    data_set_id: str | None = _rt.field("DataSetId", _rt.String(min=1, max=255))
    """The identifier of the dataset."""

    data_set_name: str | None = _rt.field("DataSetName", _rt.String())
    """The name of the dataset."""

    @classmethod
    def make(
        cls, *, data_set_id: str | None = None, data_set_name: str | None = None
    ) -> Self:
        return cls._build(locals())


class AnswerMachineDetectionConfig(_rt.Structure):
    """Configuration of the answering machine detection."""

    enable_answer_machine_detection: bool | None = _rt.field(
        "EnableAnswerMachineDetection", _rt.Boolean()
    )
    """The flag to indicate if answer machine detection analysis needs to be performed
    for a voice call. If set to `true`, `TrafficType` must be set as `CAMPAIGN`."""

    await_answer_machine_prompt: bool | None = _rt.field(
        "AwaitAnswerMachinePrompt", _rt.Boolean()
    )
    """Wait for the answering machine prompt."""

    @classmethod
    def make(
        cls,
        *,
        enable_answer_machine_detection: bool | None = None,
        await_answer_machine_prompt: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class AnsweringMachineDetectionStatus(_rt.Enum):
    """The values of AnsweringMachineDetectionStatus; one AWS adds later is kept as it is."""

    ANSWERED = "ANSWERED"
    UNDETECTED = "UNDETECTED"
    ERROR = "ERROR"
    HUMAN_ANSWERED = "HUMAN_ANSWERED"
    SIT_TONE_DETECTED = "SIT_TONE_DETECTED"
    SIT_TONE_BUSY = "SIT_TONE_BUSY"
    SIT_TONE_INVALID_NUMBER = "SIT_TONE_INVALID_NUMBER"
    FAX_MACHINE_DETECTED = "FAX_MACHINE_DETECTED"
    VOICEMAIL_BEEP = "VOICEMAIL_BEEP"
    VOICEMAIL_NO_BEEP = "VOICEMAIL_NO_BEEP"
    AMD_UNRESOLVED = "AMD_UNRESOLVED"
    AMD_UNANSWERED = "AMD_UNANSWERED"
    AMD_ERROR = "AMD_ERROR"
    AMD_NOT_APPLICABLE = "AMD_NOT_APPLICABLE"


class Application(_rt.Structure):
    """This API is in preview release for Connect Customer and is subject to change.

    A third-party application's metadata."""

    namespace: str | None = _rt.field("Namespace", _rt.String(min=1, max=128))
    """Namespace of the application that you want to give access to."""

    application_permissions: list[str] | None = _rt.field(
        "ApplicationPermissions", _rt.ListOf(_rt.String(min=1, max=128), min=1, max=50)
    )
    """The permissions that the agent is granted on the application. For third-party
    applications, only the `ACCESS` permission is supported. For MCP Servers, the
    permissions are tool Identifiers accepted by MCP Server."""

    type: ApplicationType | str | None = _rt.field(
        "Type", _rt.String(enum="ApplicationType")
    )
    """Type of Application."""

    @classmethod
    def make(
        cls,
        *,
        namespace: str | None = None,
        application_permissions: list[str] | None = None,
        type: ApplicationType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class ApplicationType(_rt.Enum):
    """The values of ApplicationType; one AWS adds later is kept as it is."""

    MCP = "MCP"
    THIRD_PARTY_APPLICATION = "THIRD_PARTY_APPLICATION"


class ArtifactStatus(_rt.Enum):
    """The values of ArtifactStatus; one AWS adds later is kept as it is."""

    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    IN_PROGRESS = "IN_PROGRESS"


class AssignContactCategoryActionDefinition(_rt.Structure):
    """This action must be set if `TriggerEventSource` is one of the following values:
    `OnPostCallAnalysisAvailable` | `OnRealTimeCallAnalysisAvailable` |
    `OnRealTimeChatAnalysisAvailable` | `OnPostChatAnalysisAvailable`. Contact is
    categorized using the rule name.

    `RuleName` is used as `ContactCategory`."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class AssignSlaActionDefinition(_rt.Structure):
    """The AssignSla action definition."""

    sla_assignment_type: SlaAssignmentType | str = _rt.field(
        "SlaAssignmentType", _rt.String(enum="SlaAssignmentType"), required=True
    )
    """Type of SLA assignment."""

    case_sla_configuration: CaseSlaConfiguration | None = _rt.field(
        "CaseSlaConfiguration", _rt.Ref("CaseSlaConfiguration")
    )
    """The SLA configuration for Case SLA Assignment."""

    @classmethod
    def make(
        cls,
        *,
        sla_assignment_type: SlaAssignmentType | str,
        case_sla_configuration: CaseSlaConfiguration | None = None,
    ) -> Self:
        return cls._build(locals())


class AssociateAnalyticsDataSetRequest(_rt.Structure):
    """The input of AssociateAnalyticsDataSet."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    data_set_id: str = _rt.field("DataSetId", _rt.String(min=1, max=255), required=True)
    """The identifier of the dataset to associate with the target account."""

    target_account_id: str | None = _rt.field("TargetAccountId", _rt.String())
    """The identifier of the target account. Use to associate a dataset to a different
    account than the one containing the Connect Customer instance. If not specified,
    by default this value is the Amazon Web Services account that has the Connect
    Customer instance."""

    @classmethod
    def make(
        cls, *, instance_id: str, data_set_id: str, target_account_id: str | None = None
    ) -> Self:
        return cls._build(locals())


class AssociateAnalyticsDataSetResponse(_rt.Structure):
    """The output of AssociateAnalyticsDataSet."""

    data_set_id: str | None = _rt.field("DataSetId", _rt.String(min=1, max=255))
    """The identifier of the dataset that was associated."""

    target_account_id: str | None = _rt.field("TargetAccountId", _rt.String())
    """The identifier of the target account."""

    resource_share_id: str | None = _rt.field("ResourceShareId", _rt.String())
    """The Resource Access Manager share ID that is generated."""

    resource_share_arn: str | None = _rt.field("ResourceShareArn", _rt.String())
    """The Amazon Resource Name (ARN) of the Resource Access Manager share."""

    @classmethod
    def make(
        cls,
        *,
        data_set_id: str | None = None,
        target_account_id: str | None = None,
        resource_share_id: str | None = None,
        resource_share_arn: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AssociateApprovedOriginRequest(_rt.Structure):
    """The input of AssociateApprovedOrigin."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    origin: str = _rt.field("Origin", _rt.String(max=267), required=True)
    """The domain to add to your allow list."""

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
        cls, *, instance_id: str, origin: str, client_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class AssociateBotRequest(_rt.Structure):
    """The input of AssociateBot."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    lex_bot: LexBot | None = _rt.field("LexBot", _rt.Ref("LexBot"))

    lex_v2_bot: LexV2Bot | None = _rt.field("LexV2Bot", _rt.Ref("LexV2Bot"))
    """The Amazon Lex V2 bot to associate with the instance."""

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
        lex_bot: LexBot | None = None,
        lex_v2_bot: LexV2Bot | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AssociateContactWithUserRequest(_rt.Structure):
    """The input of AssociateContactWithUser."""

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

    user_id: str = _rt.field("UserId", _rt.String(min=1, max=256), required=True)
    """The identifier for the user. This can be the ID or the ARN of the user."""

    @classmethod
    def make(cls, *, instance_id: str, contact_id: str, user_id: str) -> Self:
        return cls._build(locals())


class AssociateContactWithUserResponse(_rt.Structure):
    """The output of AssociateContactWithUser."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class AssociateDefaultVocabularyRequest(_rt.Structure):
    """The input of AssociateDefaultVocabulary."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    language_code: VocabularyLanguageCode | str = _rt.field(
        "LanguageCode",
        _rt.String(enum="VocabularyLanguageCode"),
        required=True,
        location="uri",
    )
    """The language code of the vocabulary entries. For a list of languages and their
    corresponding language codes, see What is Amazon Transcribe?
    (https://docs.aws.amazon.com/transcribe/latest/dg/transcribe-whatis.html)"""

    vocabulary_id: str | None = _rt.field("VocabularyId", _rt.String(min=1, max=500))
    """The identifier of the custom vocabulary. If this is empty, the default is set to
    none."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        language_code: VocabularyLanguageCode | str,
        vocabulary_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AssociateDefaultVocabularyResponse(_rt.Structure):
    """The output of AssociateDefaultVocabulary."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class AssociateEmailAddressAliasRequest(_rt.Structure):
    """The input of AssociateEmailAddressAlias."""

    email_address_id: str = _rt.field(
        "EmailAddressId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """The identifier of the email address."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    alias_configuration: AliasConfiguration = _rt.field(
        "AliasConfiguration", _rt.Ref("AliasConfiguration"), required=True
    )
    """Configuration object that specifies which email address will serve as the alias.
    The specified email address must already exist in the Connect Customer instance
    and cannot already be configured as an alias or have an alias of its own."""

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
        email_address_id: str,
        instance_id: str,
        alias_configuration: AliasConfiguration,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AssociateEmailAddressAliasResponse(_rt.Structure):
    """The output of AssociateEmailAddressAlias."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class AssociateFlowRequest(_rt.Structure):
    """The input of AssociateFlow."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    resource_id: str = _rt.field("ResourceId", _rt.String(), required=True)
    """The identifier of the resource.

    Amazon Web Services End User Messaging SMS phone number ARN when using
    `SMS_PHONE_NUMBER`

    Amazon Web Services End User Messaging Social phone number ARN when using
    `WHATSAPP_MESSAGING_PHONE_NUMBER`"""

    flow_id: str = _rt.field("FlowId", _rt.String(), required=True)
    """The identifier of the flow."""

    resource_type: FlowAssociationResourceType | str = _rt.field(
        "ResourceType", _rt.String(enum="FlowAssociationResourceType"), required=True
    )
    """A valid resource type."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        resource_id: str,
        flow_id: str,
        resource_type: FlowAssociationResourceType | str,
    ) -> Self:
        return cls._build(locals())


class AssociateFlowResponse(_rt.Structure):
    """The output of AssociateFlow."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class AssociateHoursOfOperationsRequest(_rt.Structure):
    """The input of AssociateHoursOfOperations."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    hours_of_operation_id: str = _rt.field(
        "HoursOfOperationId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the child hours of operation."""

    parent_hours_of_operation_configs: list[ParentHoursOfOperationConfig] = _rt.field(
        "ParentHoursOfOperationConfigs",
        _rt.ListOf(_rt.Ref("ParentHoursOfOperationConfig"), min=0, max=3),
        required=True,
    )
    """The Amazon Resource Names (ARNs) of the parent hours of operation resources to
    associate with the child hours of operation resource."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        hours_of_operation_id: str,
        parent_hours_of_operation_configs: list[ParentHoursOfOperationConfig],
    ) -> Self:
        return cls._build(locals())


class AssociateInstanceStorageConfigRequest(_rt.Structure):
    """The input of AssociateInstanceStorageConfig."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    resource_type: InstanceStorageResourceType | str = _rt.field(
        "ResourceType", _rt.String(enum="InstanceStorageResourceType"), required=True
    )
    """A valid resource type. To enable streaming for real-time analysis of contacts
    (https://docs.aws.amazon.com/connect/latest/adminguide/enable-contact-analysis-segment-streams.html),
    use the following types:

    For chat contacts, use `REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS`.

    For voice contacts, use `REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS`.

    `REAL_TIME_CONTACT_ANALYSIS_SEGMENTS` is deprecated, but it is still supported
    and will apply only to VOICE channel contacts. Use
    `REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS` for voice contacts moving forward.

    If you have previously associated a stream with
    `REAL_TIME_CONTACT_ANALYSIS_SEGMENTS`, no action is needed to update the stream
    to `REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS`."""

    storage_config: InstanceStorageConfig = _rt.field(
        "StorageConfig", _rt.Ref("InstanceStorageConfig"), required=True
    )
    """A valid storage type."""

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
        resource_type: InstanceStorageResourceType | str,
        storage_config: InstanceStorageConfig,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AssociateInstanceStorageConfigResponse(_rt.Structure):
    """The output of AssociateInstanceStorageConfig."""

    association_id: str | None = _rt.field("AssociationId", _rt.String(min=1, max=100))
    """The existing association identifier that uniquely identifies the resource type
    and storage config for the given instance ID."""

    @classmethod
    def make(cls, *, association_id: str | None = None) -> Self:
        return cls._build(locals())


class AssociateLambdaFunctionRequest(_rt.Structure):
    """The input of AssociateLambdaFunction."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    function_arn: str = _rt.field(
        "FunctionArn", _rt.String(min=1, max=140), required=True
    )
    """The Amazon Resource Name (ARN) for the Lambda function being associated. Maximum
    number of characters allowed is 140."""

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
        cls, *, instance_id: str, function_arn: str, client_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class AssociateLexBotRequest(_rt.Structure):
    """The input of AssociateLexBot."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    lex_bot: LexBot = _rt.field("LexBot", _rt.Ref("LexBot"), required=True)
    """The Amazon Lex bot to associate with the instance."""

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
        cls, *, instance_id: str, lex_bot: LexBot, client_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class AssociatePhoneNumberContactFlowRequest(_rt.Structure):
    """The input of AssociatePhoneNumberContactFlow."""

    phone_number_id: str = _rt.field(
        "PhoneNumberId", _rt.String(), required=True, location="uri"
    )
    """A unique identifier for the phone number."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True
    )
    """The identifier of the flow."""

    @classmethod
    def make(
        cls, *, phone_number_id: str, instance_id: str, contact_flow_id: str
    ) -> Self:
        return cls._build(locals())


class AssociateQueueEmailAddressesRequest(_rt.Structure):
    """The input of AssociateQueueEmailAddresses."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True, location="uri")
    """The identifier for the queue."""

    email_addresses_config: list[EmailAddressConfig] = _rt.field(
        "EmailAddressesConfig",
        _rt.ListOf(_rt.Ref("EmailAddressConfig"), min=1, max=50),
        required=True,
    )
    """Configuration list containing the email addresses to associate with the queue.
    Each configuration specifies an email address ID that should be linked to this
    queue for routing purposes."""

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
        queue_id: str,
        email_addresses_config: list[EmailAddressConfig],
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AssociateQueueQuickConnectsRequest(_rt.Structure):
    """The input of AssociateQueueQuickConnects."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True, location="uri")
    """The identifier for the queue."""

    quick_connect_ids: list[str] = _rt.field(
        "QuickConnectIds", _rt.ListOf(_rt.String(), min=1, max=50), required=True
    )
    """The quick connects to associate with this queue."""

    @classmethod
    def make(
        cls, *, instance_id: str, queue_id: str, quick_connect_ids: list[str]
    ) -> Self:
        return cls._build(locals())


class AssociateRoutingProfileQueuesRequest(_rt.Structure):
    """The input of AssociateRoutingProfileQueues."""

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

    queue_configs: list[RoutingProfileQueueConfig] | None = _rt.field(
        "QueueConfigs", _rt.ListOf(_rt.Ref("RoutingProfileQueueConfig"), min=1, max=10)
    )
    """The queues to associate with this routing profile."""

    manual_assignment_queue_configs: (
        list[RoutingProfileManualAssignmentQueueConfig] | None
    ) = _rt.field(
        "ManualAssignmentQueueConfigs",
        _rt.ListOf(_rt.Ref("RoutingProfileManualAssignmentQueueConfig"), min=1, max=10),
    )
    """The manual assignment queues to associate with this routing profile.

    Note: Use this config for chat, email, and task contacts. It does not support
    voice contacts."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        routing_profile_id: str,
        queue_configs: list[RoutingProfileQueueConfig] | None = None,
        manual_assignment_queue_configs: (
            list[RoutingProfileManualAssignmentQueueConfig] | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class AssociateSecurityKeyRequest(_rt.Structure):
    """The input of AssociateSecurityKey."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    key: str = _rt.field("Key", _rt.String(min=1, max=1024), required=True)
    """A valid security key in PEM format as a String."""

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
        cls, *, instance_id: str, key: str, client_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class AssociateSecurityKeyResponse(_rt.Structure):
    """The output of AssociateSecurityKey."""

    association_id: str | None = _rt.field("AssociationId", _rt.String(min=1, max=100))
    """The existing association identifier that uniquely identifies the resource type
    and storage config for the given instance ID."""

    @classmethod
    def make(cls, *, association_id: str | None = None) -> Self:
        return cls._build(locals())


class AssociateSecurityProfilesRequest(_rt.Structure):
    """The input of AssociateSecurityProfiles."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    security_profiles: list[SecurityProfileItem] = _rt.field(
        "SecurityProfiles",
        _rt.ListOf(_rt.Ref("SecurityProfileItem"), min=1, max=10),
        required=True,
    )
    """List of Security Profile Object."""

    entity_type: EntityType | str = _rt.field(
        "EntityType", _rt.String(enum="EntityType"), required=True
    )
    """Only supported type is AI_AGENT."""

    entity_arn: str = _rt.field("EntityArn", _rt.String(min=1), required=True)
    """Arn of a Q in Connect AI Agent."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        security_profiles: list[SecurityProfileItem],
        entity_type: EntityType | str,
        entity_arn: str,
    ) -> Self:
        return cls._build(locals())


class AssociateTrafficDistributionGroupUserRequest(_rt.Structure):
    """The input of AssociateTrafficDistributionGroupUser."""

    traffic_distribution_group_id: str = _rt.field(
        "TrafficDistributionGroupId",
        _rt.String(
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z-]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
        location="uri",
    )
    """The identifier of the traffic distribution group. This can be the ID or the ARN
    of the traffic distribution group."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True)
    """The identifier of the user account. This can be the ID or the ARN of the user."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(
        cls, *, traffic_distribution_group_id: str, user_id: str, instance_id: str
    ) -> Self:
        return cls._build(locals())


class AssociateTrafficDistributionGroupUserResponse(_rt.Structure):
    """The output of AssociateTrafficDistributionGroupUser."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class AssociateUserProficienciesRequest(_rt.Structure):
    """The input of AssociateUserProficiencies."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID in
    the Amazon Resource Name (ARN of the instance)."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user account."""

    user_proficiencies: list[UserProficiency] = _rt.field(
        "UserProficiencies", _rt.ListOf(_rt.Ref("UserProficiency")), required=True
    )
    """The proficiencies to associate with the user."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        user_id: str,
        user_proficiencies: list[UserProficiency],
    ) -> Self:
        return cls._build(locals())


class AssociateWorkspaceRequest(_rt.Structure):
    """The input of AssociateWorkspace."""

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

    resource_arns: list[str] = _rt.field(
        "ResourceArns", _rt.ListOf(_rt.String(), min=1, max=25), required=True
    )
    """The Amazon Resource Names (ARNs) of the resources to associate with the
    workspace. Valid resource types are users and routing profiles."""

    @classmethod
    def make(
        cls, *, instance_id: str, workspace_id: str, resource_arns: list[str]
    ) -> Self:
        return cls._build(locals())


class AssociateWorkspaceResponse(_rt.Structure):
    """The output of AssociateWorkspace."""

    successful_list: list[SuccessfulBatchAssociationSummary] | None = _rt.field(
        "SuccessfulList", _rt.ListOf(_rt.Ref("SuccessfulBatchAssociationSummary"))
    )
    """A list of resources that were successfully associated with the workspace."""

    failed_list: list[FailedBatchAssociationSummary] | None = _rt.field(
        "FailedList", _rt.ListOf(_rt.Ref("FailedBatchAssociationSummary"))
    )
    """A list of resources that failed to be associated with the workspace, including
    error details."""

    @classmethod
    def make(
        cls,
        *,
        successful_list: list[SuccessfulBatchAssociationSummary] | None = None,
        failed_list: list[FailedBatchAssociationSummary] | None = None,
    ) -> Self:
        return cls._build(locals())


class AssociatedContactSummary(_rt.Structure):
    """Contact summary of a contact in contact tree associated with unique identifier."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of the contact in this instance of Connect Customer."""

    contact_arn: str | None = _rt.field("ContactArn", _rt.String())
    """The Amazon Resource Name (ARN) of the contact"""

    initiation_timestamp: datetime.datetime | None = _rt.field(
        "InitiationTimestamp", _rt.Timestamp()
    )
    """The date and time this contact was initiated, in UTC time."""

    disconnect_timestamp: datetime.datetime | None = _rt.field(
        "DisconnectTimestamp", _rt.Timestamp()
    )
    """The date and time that the customer endpoint disconnected from the current
    contact, in UTC time. In transfer scenarios, the DisconnectTimestamp of the
    previous contact indicates the date and time when that contact ended."""

    initial_contact_id: str | None = _rt.field(
        "InitialContactId", _rt.String(min=1, max=256)
    )
    """If this contact is related to other contacts, this is the ID of the initial
    contact."""

    previous_contact_id: str | None = _rt.field(
        "PreviousContactId", _rt.String(min=1, max=256)
    )
    """If this contact is not the first contact, this is the ID of the previous
    contact."""

    related_contact_id: str | None = _rt.field(
        "RelatedContactId", _rt.String(min=1, max=256)
    )
    """The contactId that is related to this contact."""

    initiation_method: ContactInitiationMethod | str | None = _rt.field(
        "InitiationMethod", _rt.String(enum="ContactInitiationMethod")
    )
    """Indicates how the contact was initiated."""

    channel: Channel | str | None = _rt.field("Channel", _rt.String(enum="Channel"))
    """How the contact reached your contact center."""

    @classmethod
    def make(
        cls,
        *,
        contact_id: str | None = None,
        contact_arn: str | None = None,
        initiation_timestamp: datetime.datetime | None = None,
        disconnect_timestamp: datetime.datetime | None = None,
        initial_contact_id: str | None = None,
        previous_contact_id: str | None = None,
        related_contact_id: str | None = None,
        initiation_method: ContactInitiationMethod | str | None = None,
        channel: Channel | str | None = None,
    ) -> Self:
        return cls._build(locals())


class AttachedFile(_rt.Structure):
    """Information about the attached file."""

    creation_time: str = _rt.field("CreationTime", _rt.String(), required=True)
    """The time of Creation of the file resource as an ISO timestamp. It's specified in
    ISO 8601 format: `yyyy-MM-ddThh:mm:ss.SSSZ`. For example,
    `2024-05-03T02:41:28.172Z`."""

    file_arn: str = _rt.field("FileArn", _rt.String(), required=True)
    """The unique identifier of the attached file resource (ARN)."""

    file_id: str = _rt.field("FileId", _rt.String(min=1, max=256), required=True)
    """The unique identifier of the attached file resource."""

    file_name: str = _rt.field("FileName", _rt.String(min=1, max=256), required=True)
    """A case-sensitive name of the attached file being uploaded."""

    file_size_in_bytes: int = _rt.field(
        "FileSizeInBytes", _rt.Integer(min=1), required=True
    )
    """The size of the attached file in bytes."""

    file_status: FileStatusType | str = _rt.field(
        "FileStatus", _rt.String(enum="FileStatusType"), required=True
    )
    """The current status of the attached file."""

    created_by: CreatedByInfo | None = _rt.field("CreatedBy", _rt.Ref("CreatedByInfo"))
    """Represents the identity that created the file."""

    file_use_case_type: FileUseCaseType | str | None = _rt.field(
        "FileUseCaseType", _rt.String(enum="FileUseCaseType")
    )
    """The use case for the file."""

    associated_resource_arn: str | None = _rt.field(
        "AssociatedResourceArn", _rt.String()
    )
    """The resource to which the attached file is (being) uploaded to. Cases
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_connect-cases_CreateCase.html)
    are the only current supported resource.

    This value must be a valid ARN."""

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
        creation_time: str,
        file_arn: str,
        file_id: str,
        file_name: str,
        file_size_in_bytes: int,
        file_status: FileStatusType | str,
        created_by: CreatedByInfo | None = None,
        file_use_case_type: FileUseCaseType | str | None = None,
        associated_resource_arn: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class AttachedFileError(_rt.Structure):
    """Error describing a failure to retrieve attached file metadata through
    BatchGetAttachedFileMetadata action."""

    error_code: str | None = _rt.field("ErrorCode", _rt.String())
    """Status code describing the failure."""

    error_message: str | None = _rt.field("ErrorMessage", _rt.String())
    """Why the attached file couldn't be retrieved."""

    file_id: str | None = _rt.field("FileId", _rt.String(min=1, max=256))
    """The unique identifier of the attached file resource."""

    @classmethod
    def make(
        cls,
        *,
        error_code: str | None = None,
        error_message: str | None = None,
        file_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AttachedFileInvalidRequestExceptionReason(_rt.Enum):
    """The values of AttachedFileInvalidRequestExceptionReason; one AWS adds later is kept as it is."""

    INVALID_FILE_SIZE = "INVALID_FILE_SIZE"
    INVALID_FILE_TYPE = "INVALID_FILE_TYPE"
    INVALID_FILE_NAME = "INVALID_FILE_NAME"


class AttachedFileServiceQuotaExceededExceptionReason(_rt.Enum):
    """The values of AttachedFileServiceQuotaExceededExceptionReason; one AWS adds later is kept as it is."""

    TOTAL_FILE_SIZE_EXCEEDED = "TOTAL_FILE_SIZE_EXCEEDED"
    TOTAL_FILE_COUNT_EXCEEDED = "TOTAL_FILE_COUNT_EXCEEDED"


class AttachedFilesConfiguration(_rt.Structure):
    """The configuration for attached files for a specific attachment scope."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance."""

    attachment_scope: AttachmentScope | str = _rt.field(
        "AttachmentScope", _rt.String(enum="AttachmentScope"), required=True
    )
    """The scope of the attachment. Valid values are `EMAIL`, `CHAT`, `CASE`, and
    `TASK`."""

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


class AttachedFilesConfigurationSummary(_rt.Structure):
    """A summary of the attached files configuration."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance."""

    attachment_scope: AttachmentScope | str = _rt.field(
        "AttachmentScope", _rt.String(enum="AttachmentScope"), required=True
    )
    """The scope of the attachment. Valid values are `EMAIL`, `CHAT`, `CASE`, and
    `TASK`."""

    maximum_size_limit_in_bytes: int | None = _rt.field(
        "MaximumSizeLimitInBytes", _rt.Integer(min=1, max=104857600)
    )

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


class AttachmentReference(_rt.Structure):
    """Information about a reference when the `referenceType` is `ATTACHMENT`.
    Otherwise, null."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=4096))
    """Identifier of the attachment reference."""

    value: str | None = _rt.field("Value", _rt.String(min=0, max=4096))
    """The location path of the attachment reference."""

    status: ReferenceStatus | str | None = _rt.field(
        "Status", _rt.String(enum="ReferenceStatus")
    )
    """Status of the attachment reference type."""

    arn: str | None = _rt.field(
        "Arn", _rt.String(min=20, max=256, pattern="^[-:/A-Za-z0-9]+")
    )
    """The Amazon Resource Name (ARN) of the attachment reference."""

    @classmethod
    def make(
        cls,
        *,
        name: str | None = None,
        value: str | None = None,
        status: ReferenceStatus | str | None = None,
        arn: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AttachmentScope(_rt.Enum):
    """The scope of the attachment. Valid values are:

    `EMAIL` - Attachments for email messages.

    `CHAT` - Attachments for chat conversations.

    `CASE` - Attachments for cases.

    `TASK` - Attachments for tasks."""

    EMAIL = "EMAIL"
    CHAT = "CHAT"
    CASE = "CASE"
    TASK = "TASK"


class Attendee(_rt.Structure):
    """The attendee information, including attendee ID and join token."""

    attendee_id: str | None = _rt.field("AttendeeId", _rt.String())
    """The Amazon Chime SDK attendee ID."""

    join_token: str | None = _rt.field("JoinToken", _rt.String(), sensitive=True)
    """The join token used by the Amazon Chime SDK attendee."""

    @classmethod
    def make(
        cls, *, attendee_id: str | None = None, join_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class Attribute(_rt.Structure):
    """A toggle for an individual feature at the instance level."""

    attribute_type: InstanceAttributeType | str | None = _rt.field(
        "AttributeType", _rt.String(enum="InstanceAttributeType")
    )
    """The type of attribute."""

    value: str | None = _rt.field("Value", _rt.String(min=1, max=100))
    """The value of the attribute."""

    @classmethod
    def make(
        cls,
        *,
        attribute_type: InstanceAttributeType | str | None = None,
        value: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AttributeAndCondition(_rt.Structure):
    """A list of conditions which would be applied together with an `AND` condition."""

    tag_conditions: list[TagCondition] | None = _rt.field(
        "TagConditions", _rt.ListOf(_rt.Ref("TagCondition"))
    )
    """A leaf node condition which can be used to specify a tag condition."""

    hierarchy_group_condition: HierarchyGroupCondition | None = _rt.field(
        "HierarchyGroupCondition", _rt.Ref("HierarchyGroupCondition")
    )

    @classmethod
    def make(
        cls,
        *,
        tag_conditions: list[TagCondition] | None = None,
        hierarchy_group_condition: HierarchyGroupCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class AttributeCondition(_rt.Structure):
    """An object to specify the predefined attribute condition."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=100))
    """The name of predefined attribute."""

    value: str | None = _rt.field("Value", _rt.String(min=1, max=128))
    """The value of predefined attribute."""

    proficiency_level: float | None = _rt.field(
        "ProficiencyLevel", _rt.Float(min=1.0, max=5.0)
    )
    """The proficiency level of the condition."""

    range: Range | None = _rt.field("Range", _rt.Ref("Range"))
    """An Object to define the minimum and maximum proficiency levels."""

    match_criteria: MatchCriteria | None = _rt.field(
        "MatchCriteria", _rt.Ref("MatchCriteria")
    )
    """An object to define `AgentsCriteria`."""

    comparison_operator: str | None = _rt.field(
        "ComparisonOperator", _rt.String(min=1, max=127)
    )
    """The operator of the condition."""

    @classmethod
    def make(
        cls,
        *,
        name: str | None = None,
        value: str | None = None,
        proficiency_level: float | None = None,
        range: Range | None = None,
        match_criteria: MatchCriteria | None = None,
        comparison_operator: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AudioFeatures(_rt.Structure):
    """Has audio-specific configurations as the operating parameter for Echo Reduction."""

    echo_reduction: MeetingFeatureStatus | str | None = _rt.field(
        "EchoReduction", _rt.String(enum="MeetingFeatureStatus")
    )
    """Makes echo reduction available to clients who connect to the meeting."""

    @classmethod
    def make(cls, *, echo_reduction: MeetingFeatureStatus | str | None = None) -> Self:
        return cls._build(locals())


class AudioQualityMetricsInfo(_rt.Structure):
    """Contains information for score and potential quality issues for Audio"""

    quality_score: float | None = _rt.field("QualityScore", _rt.Float())
    """Number measuring the estimated quality of the media connection."""

    potential_quality_issues: list[str] | None = _rt.field(
        "PotentialQualityIssues", _rt.ListOf(_rt.String(min=0, max=128), min=0, max=3)
    )
    """List of potential issues causing degradation of quality on a media connection.
    If the service did not detect any potential quality issues the list is empty.

    Valid values: `HighPacketLoss` | `HighRoundTripTime` | `HighJitterBuffer`"""

    @classmethod
    def make(
        cls,
        *,
        quality_score: float | None = None,
        potential_quality_issues: list[str] | None = None,
    ) -> Self:
        return cls._build(locals())


class AuthenticationProfile(_rt.Structure):
    """This API is in preview release for Connect Customer and is subject to change. To
    request access to this API, contact Amazon Web Services Support.

    Information about an authentication profile. An authentication profile is a
    resource that stores the authentication settings for users in your contact
    center. You use authentication profiles to set up IP address range restrictions
    and session timeouts. For more information, see Set IP address restrictions or
    session timeouts
    (https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html).
    """

    id: str | None = _rt.field("Id", _rt.String(min=1, max=100))
    """A unique identifier for the authentication profile."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) for the authentication profile."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=128))
    """The name for the authentication profile."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description for the authentication profile."""

    allowed_ips: list[str] | None = _rt.field(
        "AllowedIps", _rt.ListOf(_rt.String(min=2, max=50, pattern="^[A-Za-z0-9:/]*$"))
    )
    """A list of IP address range strings that are allowed to access the Connect
    Customer instance. For more information about how to configure IP addresses, see
    Configure IP address based access control
    (https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html#configure-ip-based-ac)
    in the Connect Customer Administrator Guide."""

    blocked_ips: list[str] | None = _rt.field(
        "BlockedIps", _rt.ListOf(_rt.String(min=2, max=50, pattern="^[A-Za-z0-9:/]*$"))
    )
    """A list of IP address range strings that are blocked from accessing the Connect
    Customer instance. For more information about how to configure IP addresses, see
    Configure IP address based access control
    (https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html#configure-ip-based-ac)
    in the Connect Customer Administrator Guide."""

    is_default: bool | None = _rt.field("IsDefault", _rt.Boolean())
    """Shows whether the authentication profile is the default authentication profile
    for the Connect Customer instance. The default authentication profile applies to
    all agents in an Connect Customer instance, unless overridden by another
    authentication profile."""

    created_time: datetime.datetime | None = _rt.field("CreatedTime", _rt.Timestamp())
    """The timestamp when the authentication profile was created."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when the authentication profile was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region where the authentication profile was last
    modified."""

    periodic_session_duration: int | None = _rt.field(
        "PeriodicSessionDuration", _rt.Integer(min=10, max=60)
    )
    """Deprecated since 10/31/2025. PeriodicSessionDuration is deprecated. Use SessionInactivityDuration instead.

    The short lived session duration configuration for users logged in to Connect
    Customer, in minutes. This value determines the maximum possible time before an
    agent is authenticated. For more information, see Configure the session duration
    (https://docs.aws.amazon.com/connect/latest/adminguide/authentication-profiles.html#configure-session-timeouts)
    in the Connect Customer Administrator Guide."""

    max_session_duration: int | None = _rt.field(
        "MaxSessionDuration", _rt.Integer(min=360, max=720)
    )
    """The long lived session duration for users logged in to Connect Customer, in
    minutes. After this time period, users must log in again. For more information,
    see Configure the session duration
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
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        description: str | None = None,
        allowed_ips: list[str] | None = None,
        blocked_ips: list[str] | None = None,
        is_default: bool | None = None,
        created_time: datetime.datetime | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
        periodic_session_duration: int | None = None,
        max_session_duration: int | None = None,
        session_inactivity_duration: int | None = None,
        session_inactivity_handling_enabled: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class AuthenticationProfileSummary(_rt.Structure):
    """This API is in preview release for Connect Customer and is subject to change. To
    request access to this API, contact Amazon Web Services Support.

    A summary of a given authentication profile."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=100))
    """The unique identifier of the authentication profile."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the authentication profile summary."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=128))
    """The name of the authentication profile summary."""

    is_default: bool | None = _rt.field("IsDefault", _rt.Boolean())
    """Shows whether the authentication profile is the default authentication profile
    for the Connect Customer instance. The default authentication profile applies to
    all agents in an Connect Customer instance, unless overridden by another
    authentication profile."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when the authentication profile summary was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region when the authentication profile summary was last
    modified."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        is_default: bool | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class AutoAcceptConfig(_rt.Structure):
    """Configuration settings for auto-accept for a specific channel."""

    channel: Channel | str = _rt.field(
        "Channel", _rt.String(enum="Channel"), required=True
    )
    """The channel for this auto-accept configuration. Valid values: VOICE, CHAT, TASK,
    EMAIL."""

    auto_accept: bool = _rt.field("AutoAccept", _rt.Boolean(), required=True)
    """Indicates whether auto-accept is enabled for this channel. When enabled,
    available agents are automatically connected to contacts from this channel."""

    agent_first_callback_auto_accept: bool | None = _rt.field(
        "AgentFirstCallbackAutoAccept", _rt.Boolean()
    )
    """Indicates whether auto-accept is enabled for agent-first callbacks. This setting
    only applies to the VOICE channel."""

    @classmethod
    def make(
        cls,
        *,
        channel: Channel | str,
        auto_accept: bool,
        agent_first_callback_auto_accept: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class AutoEvaluationConfiguration(_rt.Structure):
    """Configuration information about automated evaluations."""

    enabled: bool = _rt.field("Enabled", _rt.Boolean(), required=True)
    """Whether automated evaluations are enabled."""

    @classmethod
    def make(cls, *, enabled: bool) -> Self:
        return cls._build(locals())


class AutoEvaluationDetails(_rt.Structure):
    """Details about automated evaluations."""

    auto_evaluation_enabled: bool = _rt.field(
        "AutoEvaluationEnabled", _rt.Boolean(), required=True
    )
    """Whether automated evaluation is enabled."""

    auto_evaluation_status: AutoEvaluationStatus | str | None = _rt.field(
        "AutoEvaluationStatus", _rt.String(enum="AutoEvaluationStatus")
    )
    """The status of the contact auto-evaluation."""

    @classmethod
    def make(
        cls,
        *,
        auto_evaluation_enabled: bool,
        auto_evaluation_status: AutoEvaluationStatus | str | None = None,
    ) -> Self:
        return cls._build(locals())


class AutoEvaluationStatus(_rt.Enum):
    """The values of AutoEvaluationStatus; one AWS adds later is kept as it is."""

    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"


class AutomaticFailConfiguration(_rt.Structure):
    """Information about automatic fail configuration for an evaluation form."""

    target_section: str | None = _rt.field("TargetSection", _rt.String())
    """The referenceId of the target section for auto failure."""

    @classmethod
    def make(cls, *, target_section: str | None = None) -> Self:
        return cls._build(locals())


class AvailableNumberSummary(_rt.Structure):
    """Information about available phone numbers."""

    phone_number: str | None = _rt.field(
        "PhoneNumber", _rt.String(pattern="\\\\+[1-9]\\\\d{1,14}$")
    )
    """The phone number. Phone numbers are formatted `[+] [country code] [subscriber
    number including area code]`."""

    phone_number_country_code: PhoneNumberCountryCode | str | None = _rt.field(
        "PhoneNumberCountryCode", _rt.String(enum="PhoneNumberCountryCode")
    )
    """The ISO country code."""

    phone_number_type: PhoneNumberType | str | None = _rt.field(
        "PhoneNumberType", _rt.String(enum="PhoneNumberType")
    )
    """The type of phone number."""

    @classmethod
    def make(
        cls,
        *,
        phone_number: str | None = None,
        phone_number_country_code: PhoneNumberCountryCode | str | None = None,
        phone_number_type: PhoneNumberType | str | None = None,
    ) -> Self:
        return cls._build(locals())
