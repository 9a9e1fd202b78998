"""Shapes of Amazon Connect Service whose class names start with "co"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import (
        AdditionalEmailRecipients,
        AgentInfo,
        AnsweringMachineDetectionStatus,
        Attendee,
        AttributeAndCondition,
    )
    from ._shapes_ca import Campaign
    from ._shapes_ch import Channel, ChatMetrics
    from ._shapes_cu import Customer, CustomerVoiceActivity
    from ._shapes_di import DisconnectDetails
    from ._shapes_e import Endpoint, EndpointInfo, ExternalInvocationConfiguration
    from ._shapes_g import GlobalResiliencyMetadata
    from ._shapes_h import HierarchyGroupCondition
    from ._shapes_m import Meeting
    from ._shapes_n import NextContactEntry, NumberCondition
    from ._shapes_o import OutboundStrategy
    from ._shapes_p import ParticipantRole
    from ._shapes_q import QualityMetrics, QueueInfo
    from ._shapes_r import RecordingInfo, RoutingCriteria
    from ._shapes_se import SegmentAttributeValue
    from ._shapes_st import Status, StringCondition
    from ._shapes_t import TagCondition, TaskTemplateInfoV2, Transcript
    from ._shapes_w import WisdomInfo


class CommonAttributeAndCondition(_rt.Structure):
    """A list of conditions which would be applied together with an `AND` condition."""

    tag_conditions: list[TagCondition] | None = _rt.field(
        "TagConditions", _rt.ListOf(_rt.Ref("TagCondition"))
    )
    """A leaf node condition which can be used to specify a tag condition."""

    @classmethod
    def make(cls, *, tag_conditions: list[TagCondition] | None = None) -> Self:
        return cls._build(locals())


class Comparison(_rt.Enum):
    """The values of Comparison; one AWS adds later is kept as it is."""

    LT = "LT"


class CompleteAttachedFileUploadRequest(_rt.Structure):
    """Request to CompleteAttachedFileUpload API"""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier of the Connect Customer instance."""

    file_id: str = _rt.field(
        "FileId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier of the attached file resource."""

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
        cls, *, instance_id: str, file_id: str, associated_resource_arn: str
    ) -> Self:
        return cls._build(locals())


class CompleteAttachedFileUploadResponse(_rt.Structure):
    """Response from CompleteAttachedFileUpload API"""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class Condition(_rt.Structure):
    """A leaf node condition which can be used to specify a ProficiencyName,
    ProficiencyValue and ProficiencyLimit."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )
    """A leaf node condition which can be used to specify a string condition.

    The currently supported values for `FieldName` are `name` and `value`."""

    number_condition: NumberCondition | None = _rt.field(
        "NumberCondition", _rt.Ref("NumberCondition")
    )
    """A leaf node condition which can be used to specify a numeric condition."""

    @classmethod
    def make(
        cls,
        *,
        string_condition: StringCondition | None = None,
        number_condition: NumberCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class ConditionalOperationFailedException(_rt.ServiceError):
    """Request processing failed because dependent condition failed."""

    _error_code = "ConditionalOperationFailedException"
    _http_status = 409

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class ConfigurableNotificationPriority(_rt.Enum):
    """The priority level that can be set when creating a customer notification. Valid
    values are HIGH and LOW. URGENT priority is reserved for system-generated
    notifications."""

    HIGH = "HIGH"
    LOW = "LOW"


class ConflictException(_rt.ServiceError):
    """Operation cannot be performed at this time as there is a conflict with another
    operation or contact state."""

    _error_code = "ConflictException"
    _http_status = 409

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class ConnectionData(_rt.Structure):
    """Information required to join the call."""

    attendee: Attendee | None = _rt.field("Attendee", _rt.Ref("Attendee"))
    """The attendee information, including attendee ID and join token."""

    meeting: Meeting | None = _rt.field("Meeting", _rt.Ref("Meeting"))
    """A meeting created using the Amazon Chime SDK."""

    @classmethod
    def make(
        cls, *, attendee: Attendee | None = None, meeting: Meeting | None = None
    ) -> Self:
        return cls._build(locals())


class Contact(_rt.Structure):
    """Contains information about a contact."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) for the contact."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=256))
    """The identifier for the contact."""

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

    contact_association_id: str | None = _rt.field(
        "ContactAssociationId", _rt.String(min=1, max=256)
    )
    """This is the root contactId which is used as a unique identifier for all
    subsequent contacts in a contact tree."""

    initiation_method: ContactInitiationMethod | str | None = _rt.field(
        "InitiationMethod", _rt.String(enum="ContactInitiationMethod")
    )
    """Indicates how the contact was initiated."""

    name: str | None = _rt.field("Name", _rt.String(min=0, max=1024), sensitive=True)
    """The name of the contact."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=4096), sensitive=True
    )
    """The description of the contact."""

    channel: Channel | str | None = _rt.field("Channel", _rt.String(enum="Channel"))
    """How the contact reached your contact center."""

    queue_info: QueueInfo | None = _rt.field("QueueInfo", _rt.Ref("QueueInfo"))
    """If this contact was queued, this contains information about the queue."""

    agent_info: AgentInfo | None = _rt.field("AgentInfo", _rt.Ref("AgentInfo"))
    """Information about the agent who accepted the contact."""

    initiation_timestamp: datetime.datetime | None = _rt.field(
        "InitiationTimestamp", _rt.Timestamp()
    )
    """The date and time this contact was initiated, in UTC time. For `INBOUND`, this
    is when the contact arrived. For `OUTBOUND`, this is when the agent began
    dialing. For `CALLBACK`, this is when the callback contact was created. For
    `TRANSFER` and `QUEUE_TRANSFER`, this is when the transfer was initiated. For
    `API`, this is when the request arrived. For `EXTERNAL_OUTBOUND`, this is when
    the agent started dialing the external participant. For `MONITOR`, this is when
    the supervisor started listening to a contact."""

    disconnect_timestamp: datetime.datetime | None = _rt.field(
        "DisconnectTimestamp", _rt.Timestamp()
    )
    """The date and time that the customer endpoint disconnected from the current
    contact, in UTC time. In transfer scenarios, the DisconnectTimestamp of the
    previous contact indicates the date and time when that contact ended."""

    last_update_timestamp: datetime.datetime | None = _rt.field(
        "LastUpdateTimestamp", _rt.Timestamp()
    )
    """The timestamp when contact was last updated."""

    last_paused_timestamp: datetime.datetime | None = _rt.field(
        "LastPausedTimestamp", _rt.Timestamp()
    )
    """The timestamp when the contact was last paused."""

    last_resumed_timestamp: datetime.datetime | None = _rt.field(
        "LastResumedTimestamp", _rt.Timestamp()
    )
    """The timestamp when the contact was last resumed."""

    ring_start_timestamp: datetime.datetime | None = _rt.field(
        "RingStartTimestamp", _rt.Timestamp()
    )
    """The timestamp when ringing started for a campaign call."""

    total_pause_count: int | None = _rt.field(
        "TotalPauseCount", _rt.Integer(min=0, max=10)
    )
    """Total pause count for a contact."""

    total_pause_duration_in_seconds: int | None = _rt.field(
        "TotalPauseDurationInSeconds", _rt.Integer(min=0)
    )
    """Total pause duration for a contact in seconds."""

    scheduled_timestamp: datetime.datetime | None = _rt.field(
        "ScheduledTimestamp", _rt.Timestamp()
    )
    """The timestamp, in Unix epoch time format, at which to start running the inbound
    flow."""

    related_contact_id: str | None = _rt.field(
        "RelatedContactId", _rt.String(min=1, max=256)
    )
    """The contactId that is related
    (https://docs.aws.amazon.com/connect/latest/adminguide/chat-persistence.html#relatedcontactid)
    to this contact."""

    wisdom_info: WisdomInfo | None = _rt.field("WisdomInfo", _rt.Ref("WisdomInfo"))
    """Information about Connect Customer Wisdom."""

    customer_id: str | None = _rt.field("CustomerId", _rt.String(min=0, max=128))
    """The customer's identification number. For example, the `CustomerId` may be a
    customer number from your CRM. You can create a Lambda function to pull the
    unique customer ID of the caller from your CRM system. If you enable Connect
    Customer Voice ID capability, this attribute is populated with the
    `CustomerSpeakerId` of the caller."""

    customer_endpoint: EndpointInfo | None = _rt.field(
        "CustomerEndpoint", _rt.Ref("EndpointInfo")
    )
    """The customer or external third party participant endpoint."""

    system_endpoint: EndpointInfo | None = _rt.field(
        "SystemEndpoint", _rt.Ref("EndpointInfo")
    )
    """The system endpoint. For `INBOUND`, this is the phone number or email address
    that the customer dialed. For `OUTBOUND` and `EXTERNAL_OUTBOUND`, this is the
    outbound caller ID number assigned to the outbound queue that is used to dial
    the customer. For callback, this shows up as Softphone for calls handled by
    agents with softphone."""

    queue_time_adjustment_seconds: int | None = _rt.field(
        "QueueTimeAdjustmentSeconds", _rt.Integer()
    )
    """An integer that represents the queue time adjust to be applied to the contact,
    in seconds (longer / larger queue time are routed preferentially). Cannot be
    specified if the QueuePriority is specified. Must be statically defined and a
    valid integer value."""

    queue_priority: int | None = _rt.field(
        "QueuePriority", _rt.Integer(min=1, max=9223372036854775807)
    )
    """An integer that represents the queue priority to be applied to the contact
    (lower priorities are routed preferentially). Cannot be specified if the
    QueueTimeAdjustmentSeconds is specified. Must be statically defined, must be
    larger than zero, and a valid integer value. Default Value is 5."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(
            _rt.String(min=1, max=128, pattern="^(?!aws:)[a-zA-Z+-=._:/]+$"),
            _rt.String(max=256),
            min=1,
            max=6,
        ),
    )
    """Tags associated with the contact. This contains both Amazon Web Services
    generated and user-defined tags."""

    connected_to_system_timestamp: datetime.datetime | None = _rt.field(
        "ConnectedToSystemTimestamp", _rt.Timestamp()
    )
    """The timestamp when customer endpoint connected to Connect Customer."""

    routing_criteria: RoutingCriteria | None = _rt.field(
        "RoutingCriteria", _rt.Ref("RoutingCriteria")
    )
    """Latest routing criteria on the contact."""

    customer: Customer | None = _rt.field("Customer", _rt.Ref("Customer"))
    """Information about the Customer on the contact."""

    campaign: Campaign | None = _rt.field("Campaign", _rt.Ref("Campaign"))

    answering_machine_detection_status: AnsweringMachineDetectionStatus | str | None = (
        _rt.field(
            "AnsweringMachineDetectionStatus",
            _rt.String(enum="AnsweringMachineDetectionStatus"),
        )
    )
    """Indicates how an outbound campaign
    (https://docs.aws.amazon.com/connect/latest/adminguide/how-to-create-campaigns.html)
    call is actually disposed if the contact is connected to Connect Customer."""

    customer_voice_activity: CustomerVoiceActivity | None = _rt.field(
        "CustomerVoiceActivity", _rt.Ref("CustomerVoiceActivity")
    )
    """Information about customer’s voice activity."""

    quality_metrics: QualityMetrics | None = _rt.field(
        "QualityMetrics", _rt.Ref("QualityMetrics")
    )
    """Information about the quality of the participant's media connection."""

    chat_metrics: ChatMetrics | None = _rt.field("ChatMetrics", _rt.Ref("ChatMetrics"))
    """Information about how agent, bot, and customer interact in a chat contact."""

    disconnect_details: DisconnectDetails | None = _rt.field(
        "DisconnectDetails", _rt.Ref("DisconnectDetails")
    )
    """Information about the call disconnect experience."""

    additional_email_recipients: AdditionalEmailRecipients | None = _rt.field(
        "AdditionalEmailRecipients", _rt.Ref("AdditionalEmailRecipients")
    )
    """List of additional email addresses for an email contact."""

    segment_attributes: dict[str, SegmentAttributeValue] | None = _rt.field(
        "SegmentAttributes",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.Ref("SegmentAttributeValue")),
    )
    """A set of system defined key-value pairs stored on individual contact segments
    using an attribute map. The attributes are standard Connect Customer attributes
    and can be accessed in flows. Attribute keys can include only alphanumeric, -,
    and _ characters. This field can be used to show channel subtype. For example,
    `connect:Guide` or `connect:SMS`."""

    recordings: list[RecordingInfo] | None = _rt.field(
        "Recordings", _rt.ListOf(_rt.Ref("RecordingInfo"))
    )
    """If recording was enabled, this is information about the recordings."""

    disconnect_reason: str | None = _rt.field("DisconnectReason", _rt.String())
    """The disconnect reason for the contact. For a list and description of all the
    possible disconnect reasons by channel, see DisconnectReason under
    ContactTraceRecord
    (https://docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html#ctr-ContactTraceRecord)
    in the Connect Customer Administrator Guide."""

    contact_evaluations: dict[str, ContactEvaluation] | None = _rt.field(
        "ContactEvaluations", _rt.MapOf(_rt.String(), _rt.Ref("ContactEvaluation"))
    )
    """Information about the contact evaluations where the key is the FormId, which is
    a unique identifier for the form."""

    task_template_info: TaskTemplateInfoV2 | None = _rt.field(
        "TaskTemplateInfo", _rt.Ref("TaskTemplateInfoV2")
    )
    """If this contact was created using a task template, this contains information
    about the task template."""

    contact_details: ContactDetails | None = _rt.field(
        "ContactDetails", _rt.Ref("ContactDetails")
    )
    """A map of string key/value pairs that contain user-defined attributes which are
    lightly typed within the contact. This object is used only for task contacts."""

    outbound_strategy: OutboundStrategy | None = _rt.field(
        "OutboundStrategy", _rt.Ref("OutboundStrategy")
    )
    """Information about the outbound strategy."""

    attributes: dict[str, str] | None = _rt.field(
        "Attributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
    )
    """The attributes of the contact."""

    next_contacts: list[NextContactEntry] | None = _rt.field(
        "NextContacts", _rt.ListOf(_rt.Ref("NextContactEntry"), max=24)
    )
    """List of next contact entries for the contact."""

    global_resiliency_metadata: GlobalResiliencyMetadata | None = _rt.field(
        "GlobalResiliencyMetadata", _rt.Ref("GlobalResiliencyMetadata")
    )
    """Information about the global resiliency configuration for the contact, including
    traffic distribution details."""

    @classmethod
    def make(
        cls,
        *,
        arn: str | None = None,
        id: str | None = None,
        initial_contact_id: str | None = None,
        previous_contact_id: str | None = None,
        contact_association_id: str | None = None,
        initiation_method: ContactInitiationMethod | str | None = None,
        name: str | None = None,
        description: str | None = None,
        channel: Channel | str | None = None,
        queue_info: QueueInfo | None = None,
        agent_info: AgentInfo | None = None,
        initiation_timestamp: datetime.datetime | None = None,
        disconnect_timestamp: datetime.datetime | None = None,
        last_update_timestamp: datetime.datetime | None = None,
        last_paused_timestamp: datetime.datetime | None = None,
        last_resumed_timestamp: datetime.datetime | None = None,
        ring_start_timestamp: datetime.datetime | None = None,
        total_pause_count: int | None = None,
        total_pause_duration_in_seconds: int | None = None,
        scheduled_timestamp: datetime.datetime | None = None,
        related_contact_id: str | None = None,
        wisdom_info: WisdomInfo | None = None,
        customer_id: str | None = None,
        customer_endpoint: EndpointInfo | None = None,
        system_endpoint: EndpointInfo | None = None,
        queue_time_adjustment_seconds: int | None = None,
        queue_priority: int | None = None,
        tags: dict[str, str] | None = None,
        connected_to_system_timestamp: datetime.datetime | None = None,
        routing_criteria: RoutingCriteria | None = None,
        customer: Customer | None = None,
        campaign: Campaign | None = None,
        answering_machine_detection_status: (
            AnsweringMachineDetectionStatus | str | None
        ) = None,
        customer_voice_activity: CustomerVoiceActivity | None = None,
        quality_metrics: QualityMetrics | None = None,
        chat_metrics: ChatMetrics | None = None,
        disconnect_details: DisconnectDetails | None = None,
        additional_email_recipients: AdditionalEmailRecipients | None = None,
        segment_attributes: dict[str, SegmentAttributeValue] | None = None,
        recordings: list[RecordingInfo] | None = None,
        disconnect_reason: str | None = None,
        contact_evaluations: dict[str, ContactEvaluation] | None = None,
        task_template_info: TaskTemplateInfoV2 | None = None,
        contact_details: ContactDetails | None = None,
        outbound_strategy: OutboundStrategy | None = None,
        attributes: dict[str, str] | None = None,
        next_contacts: list[NextContactEntry] | None = None,
        global_resiliency_metadata: GlobalResiliencyMetadata | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactAnalysis(_rt.Structure):
    """A structure that defines search criteria for contacts using analysis outputs
    from Connect Customer Contact Lens."""

    transcript: Transcript | None = _rt.field("Transcript", _rt.Ref("Transcript"))
    """Search criteria based on transcript analyzed by Connect Customer Contact Lens."""

    @classmethod
    def make(cls, *, transcript: Transcript | None = None) -> Self:
        return cls._build(locals())


class ContactConfiguration(_rt.Structure):
    """The contact configuration for push notification registration."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact within the Amazon Connect instance."""

    participant_role: ParticipantRole | str | None = _rt.field(
        "ParticipantRole", _rt.String(enum="ParticipantRole")
    )
    """The role of the participant in the chat conversation.

    Only `CUSTOMER` is currently supported. Any other values other than `CUSTOMER`
    will result in an exception (4xx error)."""

    include_raw_message: bool | None = _rt.field("IncludeRawMessage", _rt.Boolean())
    """Whether to include raw connect message in the push notification payload. Default
    is `False`."""

    @classmethod
    def make(
        cls,
        *,
        contact_id: str,
        participant_role: ParticipantRole | str | None = None,
        include_raw_message: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactDataRequest(_rt.Structure):
    """Request object with information to create a contact."""

    system_endpoint: Endpoint | None = _rt.field("SystemEndpoint", _rt.Ref("Endpoint"))
    """Endpoint associated with the Connect Customer instance from which outbound
    contact will be initiated for the campaign."""

    customer_endpoint: Endpoint | None = _rt.field(
        "CustomerEndpoint", _rt.Ref("Endpoint")
    )
    """Endpoint of the customer for which contact will be initiated."""

    request_identifier: str | None = _rt.field("RequestIdentifier", _rt.String(max=80))
    """Identifier to uniquely identify individual requests in the batch."""

    queue_id: str | None = _rt.field("QueueId", _rt.String())
    """The identifier of the queue associated with the Connect Customer instance in
    which contacts that are created will be queued."""

    attributes: dict[str, str] | None = _rt.field(
        "Attributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
    )
    """List of attributes to be stored in a contact."""

    campaign: Campaign | None = _rt.field("Campaign", _rt.Ref("Campaign"))
    """Structure to store information associated with a campaign."""

    outbound_strategy: OutboundStrategy | None = _rt.field(
        "OutboundStrategy", _rt.Ref("OutboundStrategy")
    )
    """Information about the outbound strategy."""

    @classmethod
    def make(
        cls,
        *,
        system_endpoint: Endpoint | None = None,
        customer_endpoint: Endpoint | None = None,
        request_identifier: str | None = None,
        queue_id: str | None = None,
        attributes: dict[str, str] | None = None,
        campaign: Campaign | None = None,
        outbound_strategy: OutboundStrategy | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactDetails(_rt.Structure):
    """A map of string key/value pairs that contain user-defined attributes which are
    lightly typed within the contact. This object is used only for task contacts."""

    name: str | None = _rt.field("Name", _rt.String(min=0, max=1024))
    """The name of the contact details."""

    description: str | None = _rt.field("Description", _rt.String(min=0, max=1024))
    """Teh description of the contact details."""

    @classmethod
    def make(cls, *, name: str | None = None, description: str | None = None) -> Self:
        return cls._build(locals())


class ContactEvaluation(_rt.Structure):
    """Information about the contact evaluations where the key is the FormId, which is
    a unique identifier for the form."""

    form_id: str | None = _rt.field("FormId", _rt.String())
    """The `FormId` of the contact evaluation."""

    evaluation_arn: str | None = _rt.field("EvaluationArn", _rt.String())
    """The Amazon Resource Name for the evaluation form. It is always present."""

    status: Status | str | None = _rt.field("Status", _rt.String(enum="Status"))
    """The status of the evaluation."""

    start_timestamp: datetime.datetime | None = _rt.field(
        "StartTimestamp", _rt.Timestamp()
    )
    """The date and time when the evaluation was started, in UTC time."""

    end_timestamp: datetime.datetime | None = _rt.field("EndTimestamp", _rt.Timestamp())
    """The date and time when the evaluation was submitted, in UTC time."""

    delete_timestamp: datetime.datetime | None = _rt.field(
        "DeleteTimestamp", _rt.Timestamp()
    )
    """The date and time when the evaluation was deleted, in UTC time."""

    export_location: str | None = _rt.field("ExportLocation", _rt.String())
    """The path where evaluation was exported."""

    @classmethod
    def make(
        cls,
        *,
        form_id: str | None = None,
        evaluation_arn: str | None = None,
        status: Status | str | None = None,
        start_timestamp: datetime.datetime | None = None,
        end_timestamp: datetime.datetime | None = None,
        delete_timestamp: datetime.datetime | None = None,
        export_location: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactFilter(_rt.Structure):
    """Filters user data based on the contact information that is associated to the
    users. It contains a list of contact states
    (https://docs.aws.amazon.com/connect/latest/adminguide/about-contact-states.html).
    """

    contact_states: list[ContactState | str] | None = _rt.field(
        "ContactStates", _rt.ListOf(_rt.String(enum="ContactState"), max=9)
    )
    """A list of up to 9 contact states
    (https://docs.aws.amazon.com/connect/latest/adminguide/about-contact-states.html).
    """

    @classmethod
    def make(cls, *, contact_states: list[ContactState | str] | None = None) -> Self:
        return cls._build(locals())


class ContactFlow(_rt.Structure):
    """Contains information about a flow."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the flow."""

    id: str | None = _rt.field("Id", _rt.String(max=500))
    """The identifier of the flow."""

    name: str | None = _rt.field("Name", _rt.String(min=1))
    """The name of the flow."""

    type: ContactFlowType | str | None = _rt.field(
        "Type", _rt.String(enum="ContactFlowType")
    )
    """The type of the flow. For descriptions of the available types, see Choose a flow
    type
    (https://docs.aws.amazon.com/connect/latest/adminguide/create-contact-flow.html#contact-flow-types)
    in the Connect Customer Administrator Guide."""

    state: ContactFlowState | str | None = _rt.field(
        "State", _rt.String(enum="ContactFlowState")
    )
    """The type of flow."""

    status: ContactFlowStatus | str | None = _rt.field(
        "Status", _rt.String(enum="ContactFlowStatus")
    )
    """The status of the flow."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the flow."""

    content: str | None = _rt.field("Content", _rt.String())
    """The JSON string that represents the content of the flow. For an example, see
    Example flow in Connect Customer Flow language
    (https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-example.html).

    Length Constraints: Minimum length of 1. Maximum length of 256000."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    flow_content_sha256: str | None = _rt.field(
        "FlowContentSha256", _rt.String(min=1, max=64, pattern="^[a-zA-Z0-9]{64}$")
    )
    """Indicates the checksum value of the flow content."""

    version: int | None = _rt.field("Version", _rt.Integer(min=1))
    """The identifier of the flow version."""

    version_description: str | None = _rt.field("VersionDescription", _rt.String())
    """The description of the flow version."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The time at which the flow was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The region in which the flow was last modified"""

    @classmethod
    def make(
        cls,
        *,
        arn: str | None = None,
        id: str | None = None,
        name: str | None = None,
        type: ContactFlowType | str | None = None,
        state: ContactFlowState | str | None = None,
        status: ContactFlowStatus | str | None = None,
        description: str | None = None,
        content: str | None = None,
        tags: dict[str, str] | None = None,
        flow_content_sha256: str | None = None,
        version: int | None = None,
        version_description: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactFlowAttributeAndCondition(_rt.Structure):
    """A list of conditions which would be applied together with an AND condition."""

    tag_conditions: list[TagCondition] | None = _rt.field(
        "TagConditions", _rt.ListOf(_rt.Ref("TagCondition"))
    )
    """Tag-based conditions for contact flow filtering."""

    contact_flow_type_condition: ContactFlowTypeCondition | None = _rt.field(
        "ContactFlowTypeCondition", _rt.Ref("ContactFlowTypeCondition")
    )
    """Contact flow type condition."""

    @classmethod
    def make(
        cls,
        *,
        tag_conditions: list[TagCondition] | None = None,
        contact_flow_type_condition: ContactFlowTypeCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactFlowAttributeFilter(_rt.Structure):
    """Filter for contact flow attributes with multiple condition types."""

    or_conditions: list[ContactFlowAttributeAndCondition] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("ContactFlowAttributeAndCondition"))
    )
    """A list of conditions which would be applied together with an OR condition."""

    and_condition: ContactFlowAttributeAndCondition | None = _rt.field(
        "AndCondition", _rt.Ref("ContactFlowAttributeAndCondition")
    )
    """A list of conditions which would be applied together with a AND condition."""

    tag_condition: TagCondition | None = _rt.field(
        "TagCondition", _rt.Ref("TagCondition")
    )

    contact_flow_type_condition: ContactFlowTypeCondition | None = _rt.field(
        "ContactFlowTypeCondition", _rt.Ref("ContactFlowTypeCondition")
    )
    """Contact flow type condition within attribute filter."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[ContactFlowAttributeAndCondition] | None = None,
        and_condition: ContactFlowAttributeAndCondition | None = None,
        tag_condition: TagCondition | None = None,
        contact_flow_type_condition: ContactFlowTypeCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactFlowModule(_rt.Structure):
    """Contains information about a flow module."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN)."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=256))
    """The identifier of the flow module."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127, pattern=".*\\S.*"))
    """The name of the flow module."""

    content: str | None = _rt.field("Content", _rt.String(min=1, max=256000))
    """The JSON string that represents the content of the flow. For an example, see
    Example flow in Connect Customer Flow language
    (https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-example.html).
    """

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=500, pattern=".*\\S.*")
    )
    """The description of the flow module."""

    state: ContactFlowModuleState | str | None = _rt.field(
        "State", _rt.String(enum="ContactFlowModuleState")
    )
    """The type of flow module."""

    status: ContactFlowModuleStatus | str | None = _rt.field(
        "Status", _rt.String(enum="ContactFlowModuleStatus")
    )
    """The status of the flow module."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    flow_module_content_sha256: str | None = _rt.field(
        "FlowModuleContentSha256",
        _rt.String(min=1, max=64, pattern="^[a-zA-Z0-9]{64}$"),
    )
    """Hash of the module content for integrity verification."""

    version: int | None = _rt.field("Version", _rt.Integer(min=1))
    """The version of the flow module."""

    version_description: str | None = _rt.field(
        "VersionDescription", _rt.String(min=0, max=500, pattern=".*\\S.*")
    )
    """Description of the version."""

    settings: str | None = _rt.field("Settings", _rt.String())
    """The configuration settings for the flow module."""

    external_invocation_configuration: ExternalInvocationConfiguration | None = (
        _rt.field(
            "ExternalInvocationConfiguration",
            _rt.Ref("ExternalInvocationConfiguration"),
        )
    )
    """The external invocation configuration for the flow module"""

    @classmethod
    def make(
        cls,
        *,
        arn: str | None = None,
        id: str | None = None,
        name: str | None = None,
        content: str | None = None,
        description: str | None = None,
        state: ContactFlowModuleState | str | None = None,
        status: ContactFlowModuleStatus | str | None = None,
        tags: dict[str, str] | None = None,
        flow_module_content_sha256: str | None = None,
        version: int | None = None,
        version_description: str | None = None,
        settings: str | None = None,
        external_invocation_configuration: (
            ExternalInvocationConfiguration | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class ContactFlowModuleAliasInfo(_rt.Structure):
    """Contains information about an alias."""

    contact_flow_module_id: str | None = _rt.field(
        "ContactFlowModuleId", _rt.String(min=1, max=500)
    )
    """The identifier of the flow module."""

    contact_flow_module_arn: str | None = _rt.field(
        "ContactFlowModuleArn", _rt.String()
    )
    """The Amazon Resource Name (ARN) of the flow module."""

    alias_id: str | None = _rt.field(
        "AliasId", _rt.String(min=1, max=100, pattern="^([$0-9a-zA-Z][_-]?)+$")
    )
    """The identifier of the alias."""

    version: int | None = _rt.field("Version", _rt.Integer(min=1))
    """The version of the flow module."""

    name: str | None = _rt.field(
        "Name", _rt.String(min=1, max=100, pattern="^([$0-9a-zA-Z][_-]?)+$")
    )
    """The name of the alias."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=500, pattern=".*\\S.*")
    )
    """The description of the alias."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region where this resource was last modified."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when this resource was last modified."""

    @classmethod
    def make(
        cls,
        *,
        contact_flow_module_id: str | None = None,
        contact_flow_module_arn: str | None = None,
        alias_id: str | None = None,
        version: int | None = None,
        name: str | None = None,
        description: str | None = None,
        last_modified_region: str | None = None,
        last_modified_time: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactFlowModuleAliasSummary(_rt.Structure):
    """Contains information about an alias."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the flow module alias."""

    alias_id: str | None = _rt.field("AliasId", _rt.String(min=1, max=500))
    """The identifier of the alias."""

    version: int | None = _rt.field("Version", _rt.Integer(min=1))
    """The version of the flow module."""

    alias_name: str | None = _rt.field(
        "AliasName", _rt.String(min=1, max=127, pattern=".*\\S.*")
    )
    """The name of the alias."""

    alias_description: str | None = _rt.field(
        "AliasDescription", _rt.String(min=0, max=500, pattern=".*\\S.*")
    )
    """The description of the alias."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when this resource was last modified."""

    @classmethod
    def make(
        cls,
        *,
        arn: str | None = None,
        alias_id: str | None = None,
        version: int | None = None,
        alias_name: str | None = None,
        alias_description: str | None = None,
        last_modified_time: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactFlowModuleSearchCriteria(_rt.Structure):
    """The search criteria to be used to return flow modules."""

    or_conditions: list[ContactFlowModuleSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("ContactFlowModuleSearchCriteria"))
    )
    """A list of conditions which would be applied together with an `OR` condition."""

    and_conditions: list[ContactFlowModuleSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("ContactFlowModuleSearchCriteria"))
    )
    """A list of conditions which would be applied together with an `AND` condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )

    state_condition: ContactFlowModuleState | str | None = _rt.field(
        "StateCondition", _rt.String(enum="ContactFlowModuleState")
    )
    """The state of the flow."""

    status_condition: ContactFlowModuleStatus | str | None = _rt.field(
        "StatusCondition", _rt.String(enum="ContactFlowModuleStatus")
    )
    """The status of the flow."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[ContactFlowModuleSearchCriteria] | None = None,
        and_conditions: list[ContactFlowModuleSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
        state_condition: ContactFlowModuleState | str | None = None,
        status_condition: ContactFlowModuleStatus | str | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactFlowModuleSearchFilter(_rt.Structure):
    """The search criteria to be used to return flow modules."""

    tag_filter: ControlPlaneTagFilter | None = _rt.field(
        "TagFilter", _rt.Ref("ControlPlaneTagFilter")
    )

    @classmethod
    def make(cls, *, tag_filter: ControlPlaneTagFilter | None = None) -> Self:
        return cls._build(locals())


class ContactFlowModuleState(_rt.Enum):
    """The values of ContactFlowModuleState; one AWS adds later is kept as it is."""

    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"


class ContactFlowModuleStatus(_rt.Enum):
    """The values of ContactFlowModuleStatus; one AWS adds later is kept as it is."""

    PUBLISHED = "PUBLISHED"
    SAVED = "SAVED"


class ContactFlowModuleSummary(_rt.Structure):
    """Contains summary information about a flow."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=256))
    """The identifier of the flow module."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the flow module."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127, pattern=".*\\S.*"))
    """The name of the flow module."""

    state: ContactFlowModuleState | str | None = _rt.field(
        "State", _rt.String(enum="ContactFlowModuleState")
    )
    """The type of flow module."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        state: ContactFlowModuleState | str | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactFlowModuleVersionSummary(_rt.Structure):
    """Contains information about a version."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the flow module version."""

    version_description: str | None = _rt.field(
        "VersionDescription", _rt.String(min=0, max=500, pattern=".*\\S.*")
    )
    """The description of the flow module version."""

    version: int | None = _rt.field("Version", _rt.Integer(min=1))
    """The version of the flow module."""

    @classmethod
    def make(
        cls,
        *,
        arn: str | None = None,
        version_description: str | None = None,
        version: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactFlowNotPublishedException(_rt.ServiceError):
    """The flow has not been published."""

    _error_code = "ContactFlowNotPublishedException"
    _http_status = 404

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class ContactFlowSearchCriteria(_rt.Structure):
    """The search criteria to be used to return flows."""

    or_conditions: list[ContactFlowSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("ContactFlowSearchCriteria"))
    )
    """A list of conditions which would be applied together with an `OR` condition."""

    and_conditions: list[ContactFlowSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("ContactFlowSearchCriteria"))
    )
    """A list of conditions which would be applied together with an `AND` condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )

    type_condition: ContactFlowType | str | None = _rt.field(
        "TypeCondition", _rt.String(enum="ContactFlowType")
    )
    """The type of flow."""

    state_condition: ContactFlowState | str | None = _rt.field(
        "StateCondition", _rt.String(enum="ContactFlowState")
    )
    """The state of the flow."""

    status_condition: ContactFlowStatus | str | None = _rt.field(
        "StatusCondition", _rt.String(enum="ContactFlowStatus")
    )
    """The status of the flow."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[ContactFlowSearchCriteria] | None = None,
        and_conditions: list[ContactFlowSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
        type_condition: ContactFlowType | str | None = None,
        state_condition: ContactFlowState | str | None = None,
        status_condition: ContactFlowStatus | str | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactFlowSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    tag_filter: ControlPlaneTagFilter | None = _rt.field(
        "TagFilter", _rt.Ref("ControlPlaneTagFilter")
    )

    flow_attribute_filter: ContactFlowAttributeFilter | None = _rt.field(
        "FlowAttributeFilter", _rt.Ref("ContactFlowAttributeFilter")
    )
    """Flow attribute filter for contact flow search operations."""

    @classmethod
    def make(
        cls,
        *,
        tag_filter: ControlPlaneTagFilter | None = None,
        flow_attribute_filter: ContactFlowAttributeFilter | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactFlowState(_rt.Enum):
    """The values of ContactFlowState; one AWS adds later is kept as it is."""

    ACTIVE = "ACTIVE"
    ARCHIVED = "ARCHIVED"


class ContactFlowStatus(_rt.Enum):
    """The values of ContactFlowStatus; one AWS adds later is kept as it is."""

    PUBLISHED = "PUBLISHED"
    SAVED = "SAVED"


class ContactFlowSummary(_rt.Structure):
    """Contains summary information about a flow.

    You can also create and update flows using the Connect Customer Flow language
    (https://docs.aws.amazon.com/connect/latest/APIReference/flow-language.html)."""

    id: str | None = _rt.field("Id", _rt.String(max=500))
    """The identifier of the flow."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the flow."""

    name: str | None = _rt.field("Name", _rt.String(min=1))
    """The name of the flow."""

    contact_flow_type: ContactFlowType | str | None = _rt.field(
        "ContactFlowType", _rt.String(enum="ContactFlowType")
    )
    """The type of flow."""

    contact_flow_state: ContactFlowState | str | None = _rt.field(
        "ContactFlowState", _rt.String(enum="ContactFlowState")
    )
    """The type of flow."""

    contact_flow_status: ContactFlowStatus | str | None = _rt.field(
        "ContactFlowStatus", _rt.String(enum="ContactFlowStatus")
    )
    """The status of the flow."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        contact_flow_type: ContactFlowType | str | None = None,
        contact_flow_state: ContactFlowState | str | None = None,
        contact_flow_status: ContactFlowStatus | str | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactFlowType(_rt.Enum):
    """The values of ContactFlowType; one AWS adds later is kept as it is."""

    CONTACT_FLOW = "CONTACT_FLOW"
    CUSTOMER_QUEUE = "CUSTOMER_QUEUE"
    CUSTOMER_HOLD = "CUSTOMER_HOLD"
    CUSTOMER_WHISPER = "CUSTOMER_WHISPER"
    AGENT_HOLD = "AGENT_HOLD"
    AGENT_WHISPER = "AGENT_WHISPER"
    OUTBOUND_WHISPER = "OUTBOUND_WHISPER"
    AGENT_TRANSFER = "AGENT_TRANSFER"
    QUEUE_TRANSFER = "QUEUE_TRANSFER"
    CAMPAIGN = "CAMPAIGN"


class ContactFlowTypeCondition(_rt.Structure):
    """The contact flow type condition."""

    contact_flow_type: ContactFlowType | str | None = _rt.field(
        "ContactFlowType", _rt.String(enum="ContactFlowType")
    )
    """Contact flow type of the contact flow type condition."""

    @classmethod
    def make(cls, *, contact_flow_type: ContactFlowType | str | None = None) -> Self:
        return cls._build(locals())


class ContactFlowVersionSummary(_rt.Structure):
    """A summary of a flow version's metadata."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the view version."""

    version_description: str | None = _rt.field("VersionDescription", _rt.String())
    """The description of the flow version."""

    version: int | None = _rt.field("Version", _rt.Integer(min=1))
    """The identifier of the flow version."""

    @classmethod
    def make(
        cls,
        *,
        arn: str | None = None,
        version_description: str | None = None,
        version: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactInitiationMethod(_rt.Enum):
    """The values of ContactInitiationMethod; one AWS adds later is kept as it is."""

    INBOUND = "INBOUND"
    OUTBOUND = "OUTBOUND"
    TRANSFER = "TRANSFER"
    QUEUE_TRANSFER = "QUEUE_TRANSFER"
    CALLBACK = "CALLBACK"
    API = "API"
    DISCONNECT = "DISCONNECT"
    MONITOR = "MONITOR"
    EXTERNAL_OUTBOUND = "EXTERNAL_OUTBOUND"
    WEBRTC_API = "WEBRTC_API"
    AGENT_REPLY = "AGENT_REPLY"
    FLOW = "FLOW"


class ContactInteractionType(_rt.Enum):
    """The values of ContactInteractionType; one AWS adds later is kept as it is."""

    AGENT = "AGENT"
    AUTOMATED = "AUTOMATED"
    CUSTOMER = "CUSTOMER"


class ContactMediaProcessingFailureMode(_rt.Enum):
    """The values of ContactMediaProcessingFailureMode; one AWS adds later is kept as it is."""

    DELIVER_UNPROCESSED_MESSAGE = "DELIVER_UNPROCESSED_MESSAGE"
    DO_NOT_DELIVER_UNPROCESSED_MESSAGE = "DO_NOT_DELIVER_UNPROCESSED_MESSAGE"


class ContactMetricInfo(_rt.Structure):
    """Contains the details of a metric to be retrieved for a contact. Use this object
    to specify which contact level metrics you want to include in your
    GetContactMetrics request."""

    name: ContactMetricName | str = _rt.field(
        "Name", _rt.String(enum="ContactMetricName"), required=True
    )
    """The name of the metric to retrieve. Supported values are POSITION_IN_QUEUE
    (returns the contact's current position in the queue) and ESTIMATED_WAIT_TIME
    (returns the predicted wait time in seconds)."""

    @classmethod
    def make(cls, *, name: ContactMetricName | str) -> Self:
        return cls._build(locals())


class ContactMetricName(_rt.Enum):
    """The values of ContactMetricName; one AWS adds later is kept as it is."""

    ESTIMATED_WAIT_TIME = "ESTIMATED_WAIT_TIME"
    POSITION_IN_QUEUE = "POSITION_IN_QUEUE"


class ContactMetricResult(_rt.Structure):
    """Contains the result of a requested metric for the contact. This object is
    returned as part of the GetContactMetrics response and includes both the metric
    name and its calculated value."""

    name: ContactMetricName | str = _rt.field(
        "Name", _rt.String(enum="ContactMetricName"), required=True
    )
    """The name of the metric that was retrieved. This corresponds to the metric name
    specified in the request, such as POSITION_IN_QUEUE or ESTIMATED_WAIT_TIME."""

    value: ContactMetricValue = _rt.field(
        "Value", _rt.Ref("ContactMetricValue"), required=True
    )
    """The calculated value for the requested metric. This object contains the numeric
    result based on the contact's current state in the queue."""

    @classmethod
    def make(cls, *, name: ContactMetricName | str, value: ContactMetricValue) -> Self:
        return cls._build(locals())


class ContactMetricValue(_rt.Union):
    """Contains the numeric value of a contact metric result."""

    number: float | None = _rt.field("Number", _rt.Float())
    """The numeric value of the metric result. For POSITION_IN_QUEUE, this represents
    the contact's current position in the queue (e.g., 3.00 means third in line).
    For ESTIMATED_WAIT_TIME, this represents the predicted wait time in seconds
    (e.g., 120.00 means approximately 2 minutes)."""

    @classmethod
    def make(cls, *, number: float | None = None) -> Self:
        return cls._build(locals())


class ContactNotFoundException(_rt.ServiceError):
    """The contact with the specified ID does not exist."""

    _error_code = "ContactNotFoundException"
    _http_status = 410

    message: str | None = _rt.field("Message", _rt.String())
    """The message."""

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class ContactParticipantRole(_rt.Enum):
    """The values of ContactParticipantRole; one AWS adds later is kept as it is."""

    AGENT = "AGENT"
    SYSTEM = "SYSTEM"
    CUSTOM_BOT = "CUSTOM_BOT"
    CUSTOMER = "CUSTOMER"


class ContactRecordingType(_rt.Enum):
    """The values of ContactRecordingType; one AWS adds later is kept as it is."""

    AGENT = "AGENT"
    IVR = "IVR"
    SCREEN = "SCREEN"


class ContactSearchSummary(_rt.Structure):
    """Information of returned contact."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the contact."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=256))
    """The identifier of the contact summary."""

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

    initiation_method: ContactInitiationMethod | str | None = _rt.field(
        "InitiationMethod", _rt.String(enum="ContactInitiationMethod")
    )
    """Indicates how the contact was initiated."""

    channel: Channel | str | None = _rt.field("Channel", _rt.String(enum="Channel"))
    """How the contact reached your contact center."""

    queue_info: ContactSearchSummaryQueueInfo | None = _rt.field(
        "QueueInfo", _rt.Ref("ContactSearchSummaryQueueInfo")
    )
    """If this contact was queued, this contains information about the queue."""

    agent_info: ContactSearchSummaryAgentInfo | None = _rt.field(
        "AgentInfo", _rt.Ref("ContactSearchSummaryAgentInfo")
    )
    """Information about the agent who accepted the contact."""

    initiation_timestamp: datetime.datetime | None = _rt.field(
        "InitiationTimestamp", _rt.Timestamp()
    )
    """The date and time this contact was initiated, in UTC time. For `INBOUND`, this
    is when the contact arrived. For `OUTBOUND`, this is when the agent began
    dialing. For `CALLBACK`, this is when the callback contact was created. For
    `TRANSFER` and `QUEUE_TRANSFER`, this is when the transfer was initiated. For
    API, this is when the request arrived. For `EXTERNAL_OUTBOUND`, this is when the
    agent started dialing the external participant. For `MONITOR`, this is when the
    supervisor started listening to a contact."""

    disconnect_timestamp: datetime.datetime | None = _rt.field(
        "DisconnectTimestamp", _rt.Timestamp()
    )
    """The timestamp when the customer endpoint disconnected from Connect Customer."""

    scheduled_timestamp: datetime.datetime | None = _rt.field(
        "ScheduledTimestamp", _rt.Timestamp()
    )
    """The timestamp, in Unix epoch time format, at which to start running the inbound
    flow."""

    segment_attributes: dict[str, ContactSearchSummarySegmentAttributeValue] | None = (
        _rt.field(
            "SegmentAttributes",
            _rt.MapOf(
                _rt.String(min=1, max=128),
                _rt.Ref("ContactSearchSummarySegmentAttributeValue"),
            ),
            sensitive=True,
        )
    )
    """Set of segment attributes for a contact."""

    name: str | None = _rt.field("Name", _rt.String(min=0, max=1024), sensitive=True)
    """Indicates name of the contact."""

    routing_criteria: RoutingCriteria | None = _rt.field(
        "RoutingCriteria", _rt.Ref("RoutingCriteria")
    )

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(
            _rt.String(min=1, max=128, pattern="^(?!aws:)[a-zA-Z+-=._:/]+$"),
            _rt.String(max=256),
            min=1,
            max=6,
        ),
    )
    """Tags associated with the contact. This contains both Amazon Web Services
    generated and user-defined tags."""

    global_resiliency_metadata: GlobalResiliencyMetadata | None = _rt.field(
        "GlobalResiliencyMetadata", _rt.Ref("GlobalResiliencyMetadata")
    )
    """Additional routing information for contacts created in ACGR instances."""

    @classmethod
    def make(
        cls,
        *,
        arn: str | None = None,
        id: str | None = None,
        initial_contact_id: str | None = None,
        previous_contact_id: str | None = None,
        initiation_method: ContactInitiationMethod | str | None = None,
        channel: Channel | str | None = None,
        queue_info: ContactSearchSummaryQueueInfo | None = None,
        agent_info: ContactSearchSummaryAgentInfo | None = None,
        initiation_timestamp: datetime.datetime | None = None,
        disconnect_timestamp: datetime.datetime | None = None,
        scheduled_timestamp: datetime.datetime | None = None,
        segment_attributes: (
            dict[str, ContactSearchSummarySegmentAttributeValue] | None
        ) = None,
        name: str | None = None,
        routing_criteria: RoutingCriteria | None = None,
        tags: dict[str, str] | None = None,
        global_resiliency_metadata: GlobalResiliencyMetadata | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactSearchSummaryAgentInfo(_rt.Structure):
    """Information about the agent who accepted the contact."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=256))
    """The identifier of the agent who accepted the contact."""

    connected_to_agent_timestamp: datetime.datetime | None = _rt.field(
        "ConnectedToAgentTimestamp", _rt.Timestamp()
    )
    """The timestamp when the contact was connected to the agent."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        connected_to_agent_timestamp: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactSearchSummaryQueueInfo(_rt.Structure):
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


class ContactSearchSummarySegmentAttributeValue(_rt.Structure):
    """The value of a segment attribute. This is structured as a map with a single
    key-value pair. The key 'valueString' indicates that the attribute type is a
    string, and its corresponding value is the actual string value of the segment
    attribute."""

    value_string: str | None = _rt.field("ValueString", _rt.String(min=0, max=1024))
    """The value of a segment attribute represented as a string."""

    value_map: dict[str, SegmentAttributeValue] | None = _rt.field(
        "ValueMap",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.Ref("SegmentAttributeValue")),
    )
    """The key and value of a segment attribute."""

    @classmethod
    def make(
        cls,
        *,
        value_string: str | None = None,
        value_map: dict[str, SegmentAttributeValue] | None = None,
    ) -> Self:
        return cls._build(locals())


class ContactState(_rt.Enum):
    """The values of ContactState; one AWS adds later is kept as it is."""

    INCOMING = "INCOMING"
    PENDING = "PENDING"
    CONNECTING = "CONNECTING"
    CONNECTED = "CONNECTED"
    CONNECTED_ONHOLD = "CONNECTED_ONHOLD"
    MISSED = "MISSED"
    ERROR = "ERROR"
    ENDED = "ENDED"
    REJECTED = "REJECTED"


class ControlPlaneAttributeFilter(_rt.Structure):
    """An object that can be used to specify Tag conditions inside the `SearchFilter`.
    This accepts an `OR` or `AND` (List of List) input where:

    The top level list specifies conditions that need to be applied with `OR`
    operator.

    The inner list specifies conditions that need to be applied with `AND` operator."""

    or_conditions: list[CommonAttributeAndCondition] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("CommonAttributeAndCondition"))
    )
    """A list of conditions which would be applied together with an `OR` condition."""

    and_condition: CommonAttributeAndCondition | None = _rt.field(
        "AndCondition", _rt.Ref("CommonAttributeAndCondition")
    )
    """A list of conditions which would be applied together with an `AND` condition."""

    tag_condition: TagCondition | None = _rt.field(
        "TagCondition", _rt.Ref("TagCondition")
    )

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[CommonAttributeAndCondition] | None = None,
        and_condition: CommonAttributeAndCondition | None = None,
        tag_condition: TagCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class ControlPlaneTagFilter(_rt.Structure):
    """An object that can be used to specify Tag conditions inside the `SearchFilter`.
    This accepts an `OR` of `AND` (List of List) input where:

    Top level list specifies conditions that need to be applied with `OR` operator

    Inner list specifies conditions that need to be applied with `AND` operator."""

    or_conditions: list[list[TagCondition]] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.ListOf(_rt.Ref("TagCondition")))
    )
    """A list of conditions which would be applied together with an `OR` condition."""

    and_conditions: list[TagCondition] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("TagCondition"))
    )
    """A list of conditions which would be applied together with an `AND` condition."""

    tag_condition: TagCondition | None = _rt.field(
        "TagCondition", _rt.Ref("TagCondition")
    )
    """A leaf node condition which can be used to specify a tag condition."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[list[TagCondition]] | None = None,
        and_conditions: list[TagCondition] | None = None,
        tag_condition: TagCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class ControlPlaneUserAttributeFilter(_rt.Structure):
    """An object that can be used to specify Tag conditions or Hierarchy Group
    conditions inside the `SearchFilter`.

    This accepts an `OR` of `AND` (List of List) input where:

    The top level list specifies conditions that need to be applied with `OR`
    operator

    The inner list specifies conditions that need to be applied with `AND` operator.

    Only one field can be populated. Maximum number of allowed Tag conditions is 25.
    Maximum number of allowed Hierarchy Group conditions is 20."""

    or_conditions: list[AttributeAndCondition] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("AttributeAndCondition"))
    )
    """A list of conditions which would be applied together with an `OR` condition."""

    and_condition: AttributeAndCondition | None = _rt.field(
        "AndCondition", _rt.Ref("AttributeAndCondition")
    )
    """A list of conditions which would be applied together with an `AND` condition."""

    tag_condition: TagCondition | None = _rt.field(
        "TagCondition", _rt.Ref("TagCondition")
    )

    hierarchy_group_condition: HierarchyGroupCondition | None = _rt.field(
        "HierarchyGroupCondition", _rt.Ref("HierarchyGroupCondition")
    )

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[AttributeAndCondition] | None = None,
        and_condition: AttributeAndCondition | None = None,
        tag_condition: TagCondition | None = None,
        hierarchy_group_condition: HierarchyGroupCondition | None = None,
    ) -> Self:
        return cls._build(locals())
