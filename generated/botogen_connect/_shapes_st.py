"""Shapes of Amazon Connect Service whose class names start with "st"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import (
        AllowedCapabilities,
        AnswerMachineDetectionConfig,
        AutoEvaluationConfiguration,
    )
    from ._shapes_ch import ChatMessage, ChatStreamingConfiguration
    from ._shapes_co import (
        ConnectionData,
        ContactMediaProcessingFailureMode,
        ContactRecordingType,
    )
    from ._shapes_cr import CreatedByInfo
    from ._shapes_di import DisconnectOnCustomerExitParticipantType, DisconnectReason
    from ._shapes_e import (
        EmailAddressInfo,
        EmailAttachment,
        Endpoint,
        Expiry,
        Expression,
    )
    from ._shapes_f import FileStatusType, FileUseCaseType
    from ._shapes_i import InboundAdditionalRecipients, InboundEmailContent
    from ._shapes_o import (
        OutboundAdditionalRecipients,
        OutboundEmailContent,
        OutboundStrategy,
    )
    from ._shapes_p import (
        ParticipantConfiguration,
        ParticipantDetails,
        ParticipantState,
        PersistentChat,
    )
    from ._shapes_r import Reference, RoutingCriteriaStepStatus
    from ._shapes_se import SegmentAttributeValue
    from ._shapes_t import (
        TaskAttachment,
        TemplatedMessageConfig,
        TestCaseExecutionStatus,
        TrafficType,
    )
    from ._shapes_up import UploadUrlMetadata
    from ._shapes_v import VoiceRecordingConfiguration


class StartAttachedFileUploadRequest(_rt.Structure):
    """The input of StartAttachedFileUpload."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier of the Connect Customer instance."""

    file_name: str = _rt.field("FileName", _rt.String(min=1, max=256), required=True)
    """A case-sensitive name of the attached file being uploaded."""

    file_size_in_bytes: int = _rt.field(
        "FileSizeInBytes", _rt.Integer(min=1), required=True
    )
    """The size of the attached file in bytes."""

    url_expiry_in_seconds: int | None = _rt.field(
        "UrlExpiryInSeconds", _rt.Integer(min=5, max=300)
    )
    """Optional override for the expiry of the pre-signed S3 URL in seconds. The
    default value is 300."""

    file_use_case_type: FileUseCaseType | str = _rt.field(
        "FileUseCaseType", _rt.String(enum="FileUseCaseType"), required=True
    )
    """The use case for the file.

    Only `ATTACHMENTS` are supported."""

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

    created_by: CreatedByInfo | None = _rt.field("CreatedBy", _rt.Ref("CreatedByInfo"))
    """Represents the identity that created the file."""

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
        file_name: str,
        file_size_in_bytes: int,
        file_use_case_type: FileUseCaseType | str,
        associated_resource_arn: str,
        client_token: str | None = None,
        url_expiry_in_seconds: int | None = None,
        created_by: CreatedByInfo | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class StartAttachedFileUploadResponse(_rt.Structure):
    """Response from StartAttachedFileUpload API."""

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

    created_by: CreatedByInfo | None = _rt.field("CreatedBy", _rt.Ref("CreatedByInfo"))
    """Represents the identity that created the file."""

    upload_url_metadata: UploadUrlMetadata | None = _rt.field(
        "UploadUrlMetadata", _rt.Ref("UploadUrlMetadata")
    )
    """The headers to be provided while uploading the file to the URL."""

    @classmethod
    def make(
        cls,
        *,
        file_arn: str | None = None,
        file_id: str | None = None,
        creation_time: str | None = None,
        file_status: FileStatusType | str | None = None,
        created_by: CreatedByInfo | None = None,
        upload_url_metadata: UploadUrlMetadata | None = None,
    ) -> Self:
        return cls._build(locals())


class StartChatContactRequest(_rt.Structure):
    """The input of StartChatContact."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True
    )
    """The identifier of the flow for initiating the chat. To see the ContactFlowId in
    the Connect Customer admin website, on the navigation menu go to Routing, Flows.
    Choose the flow. On the flow page, under the name of the flow, choose Show
    additional flow information. The ContactFlowId is the last part of the ARN,
    shown here in bold:

    arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/contact-flow/846ec553-a005-41c0-8341-xxxxxxxxxxxx
    """

    attributes: dict[str, str] | None = _rt.field(
        "Attributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
    )
    """A custom key-value pair using an attribute map. The attributes are standard
    Connect Customer attributes. They can be accessed in flows just like any other
    contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per contact.
    Attribute keys can include only alphanumeric, dash, and underscore characters."""

    participant_details: ParticipantDetails = _rt.field(
        "ParticipantDetails", _rt.Ref("ParticipantDetails"), required=True
    )
    """Information identifying the participant."""

    participant_configuration: ParticipantConfiguration | None = _rt.field(
        "ParticipantConfiguration", _rt.Ref("ParticipantConfiguration")
    )
    """The configuration of the participant."""

    initial_message: ChatMessage | None = _rt.field(
        "InitialMessage", _rt.Ref("ChatMessage")
    )
    """The initial message to be sent to the newly created chat."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    chat_duration_in_minutes: int | None = _rt.field(
        "ChatDurationInMinutes", _rt.Integer(min=60, max=10080)
    )
    """The total duration of the newly started chat session. If not specified, the chat
    session duration defaults to 25 hour. The minimum configurable time is 60
    minutes. The maximum configurable time is 10,080 minutes (7 days)."""

    supported_messaging_content_types: list[str] | None = _rt.field(
        "SupportedMessagingContentTypes", _rt.ListOf(_rt.String(min=1, max=100))
    )
    """The supported chat message content types. Supported types are `text/plain`,
    `text/markdown`, `application/json`,
    `application/vnd.amazonaws.connect.message.interactive`, and
    `application/vnd.amazonaws.connect.message.interactive.response`.

    Content types must always contain `text/plain`. You can then put any other
    supported type in the list. For example, all the following lists are valid
    because they contain `text/plain`: `[text/plain, text/markdown,
    application/json]`, `[text/markdown, text/plain]`, `[text/plain,
    application/json,
    application/vnd.amazonaws.connect.message.interactive.response]`.

    The type `application/vnd.amazonaws.connect.message.interactive` is required to
    use the Show view
    (https://docs.aws.amazon.com/connect/latest/adminguide/show-view-block.html)
    flow block."""

    persistent_chat: PersistentChat | None = _rt.field(
        "PersistentChat", _rt.Ref("PersistentChat")
    )
    """Enable persistent chats. For more information about enabling persistent chat,
    and for example use cases and how to configure for them, see Enable persistent
    chat
    (https://docs.aws.amazon.com/connect/latest/adminguide/chat-persistence.html)."""

    related_contact_id: str | None = _rt.field(
        "RelatedContactId", _rt.String(min=1, max=256)
    )
    """The unique identifier for an Connect Customer contact. This identifier is
    related to the chat starting.

    You cannot provide data for both RelatedContactId and PersistentChat."""

    segment_attributes: dict[str, SegmentAttributeValue] | None = _rt.field(
        "SegmentAttributes",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.Ref("SegmentAttributeValue")),
    )
    """A set of system defined key-value pairs stored on individual contact segments
    using an attribute map. The attributes are standard Connect Customer attributes.
    They can be accessed in flows.

    Attribute keys can include only alphanumeric, -, and _.

    This field can be used to show channel subtype, such as `connect:Guide`.

    The types `application/vnd.amazonaws.connect.message.interactive` and
    `application/vnd.amazonaws.connect.message.interactive.response` must be present
    in the SupportedMessagingContentTypes field of this API in order to set
    `SegmentAttributes` as {` "connect:Subtype": {"valueString" : "connect:Guide"
    }}`."""

    customer_id: str | None = _rt.field(
        "CustomerId", _rt.String(min=1, max=128), sensitive=True
    )
    """The customer's identification number. For example, the `CustomerId` may be a
    customer number from your CRM."""

    disconnect_on_customer_exit: (
        list[DisconnectOnCustomerExitParticipantType | str] | None
    ) = _rt.field(
        "DisconnectOnCustomerExit",
        _rt.ListOf(
            _rt.String(enum="DisconnectOnCustomerExitParticipantType"), min=1, max=1
        ),
    )
    """A list of participant types to automatically disconnect when the end customer
    ends the chat session, allowing them to continue through disconnect flows such
    as surveys or feedback forms."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_id: str,
        participant_details: ParticipantDetails,
        attributes: dict[str, str] | None = None,
        participant_configuration: ParticipantConfiguration | None = None,
        initial_message: ChatMessage | None = None,
        client_token: str | None = None,
        chat_duration_in_minutes: int | None = None,
        supported_messaging_content_types: list[str] | None = None,
        persistent_chat: PersistentChat | None = None,
        related_contact_id: str | None = None,
        segment_attributes: dict[str, SegmentAttributeValue] | None = None,
        customer_id: str | None = None,
        disconnect_on_customer_exit: (
            list[DisconnectOnCustomerExitParticipantType | str] | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class StartChatContactResponse(_rt.Structure):
    """The output of StartChatContact."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of this contact within the Connect Customer instance."""

    participant_id: str | None = _rt.field("ParticipantId", _rt.String(min=1, max=256))
    """The identifier for a chat participant. The participantId for a chat participant
    is the same throughout the chat lifecycle."""

    participant_token: str | None = _rt.field(
        "ParticipantToken", _rt.String(min=1, max=1000)
    )
    """The token used by the chat participant to call CreateParticipantConnection
    (https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_CreateParticipantConnection.html).
    The participant token is valid for the lifetime of a chat participant."""

    continued_from_contact_id: str | None = _rt.field(
        "ContinuedFromContactId", _rt.String(min=1, max=256)
    )
    """The contactId from which a persistent chat session is started. This field is
    populated only for persistent chats."""

    @classmethod
    def make(
        cls,
        *,
        contact_id: str | None = None,
        participant_id: str | None = None,
        participant_token: str | None = None,
        continued_from_contact_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class StartContactEvaluationRequest(_rt.Structure):
    """The input of StartContactEvaluation."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact in this instance of Connect Customer."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True
    )
    """The unique identifier for the evaluation form."""

    auto_evaluation_configuration: AutoEvaluationConfiguration | None = _rt.field(
        "AutoEvaluationConfiguration", _rt.Ref("AutoEvaluationConfiguration")
    )
    """Whether automated evaluations are enabled."""

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
        instance_id: str,
        contact_id: str,
        evaluation_form_id: str,
        auto_evaluation_configuration: AutoEvaluationConfiguration | None = None,
        client_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class StartContactEvaluationResponse(_rt.Structure):
    """The output of StartContactEvaluation."""

    evaluation_id: str = _rt.field(
        "EvaluationId", _rt.String(min=1, max=500), required=True
    )
    """A unique identifier for the contact evaluation."""

    evaluation_arn: str = _rt.field("EvaluationArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) for the contact evaluation resource."""

    @classmethod
    def make(cls, *, evaluation_id: str, evaluation_arn: str) -> Self:
        return cls._build(locals())


class StartContactMediaProcessingRequest(_rt.Structure):
    """The input of StartContactMediaProcessing."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of the contact."""

    processor_arn: str | None = _rt.field("ProcessorArn", _rt.String())
    """The Amazon Resource Name (ARN) of the Lambda processor. You can find the Amazon
    Resource Name of the lambda in the lambda console."""

    failure_mode: ContactMediaProcessingFailureMode | str | None = _rt.field(
        "FailureMode", _rt.String(enum="ContactMediaProcessingFailureMode")
    )
    """The desired behavior for failed message processing."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str | None = None,
        contact_id: str | None = None,
        processor_arn: str | None = None,
        failure_mode: ContactMediaProcessingFailureMode | str | None = None,
    ) -> Self:
        return cls._build(locals())


class StartContactMediaProcessingResponse(_rt.Structure):
    """The output of StartContactMediaProcessing."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class StartContactRecordingRequest(_rt.Structure):
    """The input of StartContactRecording."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact."""

    initial_contact_id: str = _rt.field(
        "InitialContactId", _rt.String(min=1, max=256), required=True
    )
    """The identifier of the contact. This is the identifier of the contact associated
    with the first interaction with the contact center."""

    voice_recording_configuration: VoiceRecordingConfiguration = _rt.field(
        "VoiceRecordingConfiguration",
        _rt.Ref("VoiceRecordingConfiguration"),
        required=True,
    )
    """The person being recorded."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_id: str,
        initial_contact_id: str,
        voice_recording_configuration: VoiceRecordingConfiguration,
    ) -> Self:
        return cls._build(locals())


class StartContactRecordingResponse(_rt.Structure):
    """The output of StartContactRecording."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class StartContactStreamingRequest(_rt.Structure):
    """The input of StartContactStreaming."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact. This is the identifier of the contact associated
    with the first interaction with the contact center."""

    chat_streaming_configuration: ChatStreamingConfiguration = _rt.field(
        "ChatStreamingConfiguration",
        _rt.Ref("ChatStreamingConfiguration"),
        required=True,
    )
    """The streaming configuration, such as the Amazon SNS streaming endpoint."""

    client_token: str = _rt.field(
        "ClientToken", _rt.String(max=500), required=True, idempotency_token=True
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
        chat_streaming_configuration: ChatStreamingConfiguration,
        client_token: str,
    ) -> Self:
        return cls._build(locals())


class StartContactStreamingResponse(_rt.Structure):
    """The output of StartContactStreaming."""

    streaming_id: str = _rt.field(
        "StreamingId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the streaming configuration enabled."""

    @classmethod
    def make(cls, *, streaming_id: str) -> Self:
        return cls._build(locals())


class StartEmailContactRequest(_rt.Structure):
    """The input of StartEmailContact."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    from_email_address: EmailAddressInfo = _rt.field(
        "FromEmailAddress", _rt.Ref("EmailAddressInfo"), required=True
    )
    """The email address of the customer."""

    destination_email_address: str = _rt.field(
        "DestinationEmailAddress",
        _rt.String(min=1, max=255, pattern="[^\\s@]+@[^\\s@]+\\.[^\\s@]+"),
        required=True,
        sensitive=True,
    )
    """The email address associated with the Connect Customer instance."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=4096), sensitive=True
    )
    """A description of the email contact."""

    references: dict[str, Reference] | None = _rt.field(
        "References", _rt.MapOf(_rt.String(min=1, max=4096), _rt.Ref("Reference"))
    )
    """A formatted URL that is shown to an agent in the Contact Control Panel (CCP).
    Emails can have the following reference types at the time of creation: `URL` |
    `NUMBER` | `STRING` | `DATE`. `EMAIL` | `EMAIL_MESSAGE` |`ATTACHMENT` are not a
    supported reference type during email creation."""

    name: str | None = _rt.field("Name", _rt.String(min=0, max=1024), sensitive=True)
    """The name of a email that is shown to an agent in the Contact Control Panel
    (CCP)."""

    email_message: InboundEmailContent = _rt.field(
        "EmailMessage", _rt.Ref("InboundEmailContent"), required=True
    )
    """The email message body to be sent to the newly created email."""

    additional_recipients: InboundAdditionalRecipients | None = _rt.field(
        "AdditionalRecipients", _rt.Ref("InboundAdditionalRecipients")
    )
    """The additional recipients address of the email."""

    attachments: list[EmailAttachment] | None = _rt.field(
        "Attachments",
        _rt.ListOf(_rt.Ref("EmailAttachment"), min=1, max=10),
        sensitive=True,
    )
    """List of S3 presigned URLs of email attachments and their file name."""

    contact_flow_id: str | None = _rt.field("ContactFlowId", _rt.String(max=500))
    """The identifier of the flow for initiating the emails. To see the ContactFlowId
    in the Connect Customer admin website, on the navigation menu go to Routing,
    Flows. Choose the flow. On the flow page, under the name of the flow, choose
    Show additional flow information. The ContactFlowId is the last part of the ARN,
    shown here in bold:

    arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/contact-flow/846ec553-a005-41c0-8341-xxxxxxxxxxxx
    """

    related_contact_id: str | None = _rt.field(
        "RelatedContactId", _rt.String(min=1, max=256)
    )
    """The contactId that is related to this contact. Linking emails together by using
    `RelatedContactID` copies over contact attributes from the related email contact
    to the new email contact. All updates to user-defined attributes in the new
    email contact are limited to the individual contact ID. There are no limits to
    the number of contacts that can be linked by using `RelatedContactId`."""

    attributes: dict[str, str] | None = _rt.field(
        "Attributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
    )
    """A custom key-value pair using an attribute map. The attributes are standard
    Connect Customer attributes, and can be accessed in flows just like any other
    contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per contact.
    Attribute keys can include only alphanumeric, dash, and underscore characters."""

    segment_attributes: dict[str, SegmentAttributeValue] | None = _rt.field(
        "SegmentAttributes",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.Ref("SegmentAttributeValue")),
    )
    """A set of system defined key-value pairs stored on individual contact segments
    using an attribute map. The attributes are standard Connect Customer attributes.
    They can be accessed in flows.

    Attribute keys can include only alphanumeric, -, and _.

    This field can be used to show channel subtype, such as `connect:Guide`.

    To set contact expiry, a `ValueMap` must be specified containing the integer
    number of minutes the contact will be active for before expiring, with
    `SegmentAttributes` like { ` "connect:ContactExpiry": {"ValueMap" : {
    "ExpiryDuration": { "ValueInteger":135}}}}`."""

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
        from_email_address: EmailAddressInfo,
        destination_email_address: str,
        email_message: InboundEmailContent,
        description: str | None = None,
        references: dict[str, Reference] | None = None,
        name: str | None = None,
        additional_recipients: InboundAdditionalRecipients | None = None,
        attachments: list[EmailAttachment] | None = None,
        contact_flow_id: str | None = None,
        related_contact_id: str | None = None,
        attributes: dict[str, str] | None = None,
        segment_attributes: dict[str, SegmentAttributeValue] | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class StartEmailContactResponse(_rt.Structure):
    """The output of StartEmailContact."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of this contact within the Connect Customer instance."""

    @classmethod
    def make(cls, *, contact_id: str | None = None) -> Self:
        return cls._build(locals())


class StartOutboundChatContactRequest(_rt.Structure):
    """The input of StartOutboundChatContact."""

    source_endpoint: Endpoint = _rt.field(
        "SourceEndpoint", _rt.Ref("Endpoint"), required=True
    )

    destination_endpoint: Endpoint = _rt.field(
        "DestinationEndpoint", _rt.Ref("Endpoint"), required=True
    )

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    segment_attributes: dict[str, SegmentAttributeValue] = _rt.field(
        "SegmentAttributes",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.Ref("SegmentAttributeValue")),
        required=True,
    )
    """A set of system defined key-value pairs stored on individual contact segments
    using an attribute map. The attributes are standard Connect Customer attributes.
    They can be accessed in flows.

    Attribute keys can include only alphanumeric, `-`, and `_`.

    This field can be used to show channel subtype, such as `connect:SMS` and
    `connect:WhatsApp`."""

    attributes: dict[str, str] | None = _rt.field(
        "Attributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
    )
    """A custom key-value pair using an attribute map. The attributes are standard
    Connect Customer attributes, and can be accessed in flows just like any other
    contact attributes."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True
    )
    """The identifier of the flow for the call. To see the ContactFlowId in the Connect
    Customer console user interface, on the navigation menu go to Routing, Contact
    Flows. Choose the flow. On the flow page, under the name of the flow, choose
    Show additional flow information. The ContactFlowId is the last part of the ARN,
    shown here in bold:

    arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/contact-flow/123ec456-a007-89c0-1234-xxxxxxxxxxxx
    """

    chat_duration_in_minutes: int | None = _rt.field(
        "ChatDurationInMinutes", _rt.Integer(min=60, max=10080)
    )
    """The total duration of the newly started chat session. If not specified, the chat
    session duration defaults to 25 hour. The minimum configurable time is 60
    minutes. The maximum configurable time is 10,080 minutes (7 days)."""

    participant_details: ParticipantDetails | None = _rt.field(
        "ParticipantDetails", _rt.Ref("ParticipantDetails")
    )

    initial_system_message: ChatMessage | None = _rt.field(
        "InitialSystemMessage", _rt.Ref("ChatMessage")
    )

    initial_templated_system_message: TemplatedMessageConfig | None = _rt.field(
        "InitialTemplatedSystemMessage", _rt.Ref("TemplatedMessageConfig")
    )

    related_contact_id: str | None = _rt.field(
        "RelatedContactId", _rt.String(min=1, max=256)
    )
    """The unique identifier for an Connect Customer contact. This identifier is
    related to the contact starting."""

    supported_messaging_content_types: list[str] | None = _rt.field(
        "SupportedMessagingContentTypes", _rt.ListOf(_rt.String(min=1, max=100))
    )
    """The supported chat message content types. Supported types are:

    `text/plain`

    `text/markdown`

    `application/json, application/vnd.amazonaws.connect.message.interactive`

    `application/vnd.amazonaws.connect.message.interactive.response`

    Content types must always contain `text/plain`. You can then put any other
    supported type in the list. For example, all the following lists are valid
    because they contain `text/plain`:

    `[text/plain, text/markdown, application/json]`

    `[text/markdown, text/plain]`

    `[text/plain, application/json,
    application/vnd.amazonaws.connect.message.interactive.response]`"""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    The token is valid for 7 days after creation. If a contact is already started,
    the contact ID is returned."""

    @classmethod
    def make(
        cls,
        *,
        source_endpoint: Endpoint,
        destination_endpoint: Endpoint,
        instance_id: str,
        segment_attributes: dict[str, SegmentAttributeValue],
        contact_flow_id: str,
        attributes: dict[str, str] | None = None,
        chat_duration_in_minutes: int | None = None,
        participant_details: ParticipantDetails | None = None,
        initial_system_message: ChatMessage | None = None,
        initial_templated_system_message: TemplatedMessageConfig | None = None,
        related_contact_id: str | None = None,
        supported_messaging_content_types: list[str] | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class StartOutboundChatContactResponse(_rt.Structure):
    """The output of StartOutboundChatContact."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of this contact within the Connect Customer instance."""

    @classmethod
    def make(cls, *, contact_id: str | None = None) -> Self:
        return cls._build(locals())


class StartOutboundEmailContactRequest(_rt.Structure):
    """The input of StartOutboundEmailContact."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact in this instance of Connect Customer."""

    from_email_address: EmailAddressInfo | None = _rt.field(
        "FromEmailAddress", _rt.Ref("EmailAddressInfo")
    )
    """The email address associated with the Connect Customer instance."""

    destination_email_address: EmailAddressInfo = _rt.field(
        "DestinationEmailAddress", _rt.Ref("EmailAddressInfo"), required=True
    )
    """The email address of the customer."""

    additional_recipients: OutboundAdditionalRecipients | None = _rt.field(
        "AdditionalRecipients", _rt.Ref("OutboundAdditionalRecipients")
    )
    """The additional recipients address of email in CC."""

    email_message: OutboundEmailContent = _rt.field(
        "EmailMessage", _rt.Ref("OutboundEmailContent"), required=True
    )
    """The email message body to be sent to the newly created email."""

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
        destination_email_address: EmailAddressInfo,
        email_message: OutboundEmailContent,
        from_email_address: EmailAddressInfo | None = None,
        additional_recipients: OutboundAdditionalRecipients | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class StartOutboundEmailContactResponse(_rt.Structure):
    """The output of StartOutboundEmailContact."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of the contact in this instance of Connect Customer."""

    @classmethod
    def make(cls, *, contact_id: str | None = None) -> Self:
        return cls._build(locals())


class StartOutboundVoiceContactRequest(_rt.Structure):
    """The input of StartOutboundVoiceContact."""

    name: str | None = _rt.field("Name", _rt.String(min=0, max=1024), sensitive=True)
    """The name of a voice contact that is shown to an agent in the Contact Control
    Panel (CCP)."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=4096), sensitive=True
    )
    """A description of the voice contact that appears in the agent's snapshot in the
    CCP logs. For more information about CCP logs, see Download and review CCP logs
    (https://docs.aws.amazon.com/connect/latest/adminguide/download-ccp-logs.html)
    in the Connect Customer Administrator Guide."""

    references: dict[str, Reference] | None = _rt.field(
        "References", _rt.MapOf(_rt.String(min=1, max=4096), _rt.Ref("Reference"))
    )
    """A formatted URL that is shown to an agent in the Contact Control Panel (CCP).
    Contacts can have the following reference types at the time of creation: `URL` |
    `NUMBER` | `STRING` | `DATE` | `EMAIL`. `ATTACHMENT` is not a supported
    reference type during voice contact creation."""

    related_contact_id: str | None = _rt.field(
        "RelatedContactId", _rt.String(min=1, max=256)
    )
    """The `contactId` that is related to this contact. Linking voice, task, or chat by
    using `RelatedContactID` copies over contact attributes from the related contact
    to the new contact. All updates to user-defined attributes in the new contact
    are limited to the individual contact ID. There are no limits to the number of
    contacts that can be linked by using `RelatedContactId`."""

    destination_phone_number: str = _rt.field(
        "DestinationPhoneNumber",
        _rt.String(pattern="\\\\+[1-9]\\\\d{1,14}$"),
        required=True,
    )
    """The phone number of the customer, in E.164 format."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True
    )
    """The identifier of the flow for the outbound call. To see the ContactFlowId in
    the Connect Customer admin website, on the navigation menu go to Routing,
    Contact Flows. Choose the flow. On the flow page, under the name of the flow,
    choose Show additional flow information. The ContactFlowId is the last part of
    the ARN, shown here in bold:

    arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/contact-flow/846ec553-a005-41c0-8341-xxxxxxxxxxxx
    """

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
    The token is valid for 7 days after creation. If a contact is already started,
    the contact ID is returned."""

    source_phone_number: str | None = _rt.field(
        "SourcePhoneNumber", _rt.String(pattern="\\\\+[1-9]\\\\d{1,14}$")
    )
    """The phone number associated with the Connect Customer instance, in E.164 format.
    If you do not specify a source phone number, you must specify a queue."""

    queue_id: str | None = _rt.field("QueueId", _rt.String())
    """The queue for the call. If you specify a queue, the phone displayed for caller
    ID is the phone number specified in the queue. If you do not specify a queue,
    the queue defined in the flow is used. If you do not specify a queue, you must
    specify a source phone number."""

    attributes: dict[str, str] | None = _rt.field(
        "Attributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
    )
    """A custom key-value pair using an attribute map. The attributes are standard
    Connect Customer attributes, and can be accessed in flows just like any other
    contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per contact.
    Attribute keys can include only alphanumeric, dash, and underscore characters."""

    answer_machine_detection_config: AnswerMachineDetectionConfig | None = _rt.field(
        "AnswerMachineDetectionConfig", _rt.Ref("AnswerMachineDetectionConfig")
    )
    """Configuration of the answering machine detection for this outbound call."""

    campaign_id: str | None = _rt.field("CampaignId", _rt.String(min=1, max=100))
    """The campaign identifier of the outbound communication."""

    traffic_type: TrafficType | str | None = _rt.field(
        "TrafficType", _rt.String(enum="TrafficType")
    )
    """Denotes the class of traffic. Calls with different traffic types are handled
    differently by Connect Customer. The default value is `GENERAL`. Use `CAMPAIGN`
    if `EnableAnswerMachineDetection` is set to `true`. For all other cases, use
    `GENERAL`."""

    outbound_strategy: OutboundStrategy | None = _rt.field(
        "OutboundStrategy", _rt.Ref("OutboundStrategy")
    )
    """Information about the outbound strategy."""

    ring_timeout_in_seconds: int | None = _rt.field(
        "RingTimeoutInSeconds", _rt.Integer(min=15, max=60)
    )
    """The maximum time the outbound call will wait for the destination to answer the
    call, in seconds"""

    @classmethod
    def make(
        cls,
        *,
        destination_phone_number: str,
        contact_flow_id: str,
        instance_id: str,
        name: str | None = None,
        description: str | None = None,
        references: dict[str, Reference] | None = None,
        related_contact_id: str | None = None,
        client_token: str | None = None,
        source_phone_number: str | None = None,
        queue_id: str | None = None,
        attributes: dict[str, str] | None = None,
        answer_machine_detection_config: AnswerMachineDetectionConfig | None = None,
        campaign_id: str | None = None,
        traffic_type: TrafficType | str | None = None,
        outbound_strategy: OutboundStrategy | None = None,
        ring_timeout_in_seconds: int | None = None,
    ) -> Self:
        return cls._build(locals())


class StartOutboundVoiceContactResponse(_rt.Structure):
    """The output of StartOutboundVoiceContact."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of this contact within the Connect Customer instance."""

    @classmethod
    def make(cls, *, contact_id: str | None = None) -> Self:
        return cls._build(locals())


class StartScreenSharingRequest(_rt.Structure):
    """The input of StartScreenSharing."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact in this instance of Connect Customer."""

    @classmethod
    def make(
        cls, *, instance_id: str, contact_id: str, client_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class StartScreenSharingResponse(_rt.Structure):
    """The output of StartScreenSharing."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class StartTaskContactRequest(_rt.Structure):
    """The input of StartTaskContact."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    previous_contact_id: str | None = _rt.field(
        "PreviousContactId", _rt.String(min=1, max=256)
    )
    """The identifier of the previous chat, voice, or task contact. Any updates to
    user-defined attributes to task contacts linked using the same
    `PreviousContactID` will affect every contact in the chain. There can be a
    maximum of 12 linked task contacts in a chain."""

    contact_flow_id: str | None = _rt.field("ContactFlowId", _rt.String(max=500))
    """The identifier of the flow for initiating the tasks. To see the ContactFlowId in
    the Connect Customer admin website, on the navigation menu go to Routing, Flows.
    Choose the flow. On the flow page, under the name of the flow, choose Show
    additional flow information. The ContactFlowId is the last part of the ARN,
    shown here in bold:

    arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/contact-flow/846ec553-a005-41c0-8341-xxxxxxxxxxxx
    """

    attributes: dict[str, str] | None = _rt.field(
        "Attributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
    )
    """A custom key-value pair using an attribute map. The attributes are standard
    Connect Customer attributes, and can be accessed in flows just like any other
    contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per contact.
    Attribute keys can include only alphanumeric, dash, and underscore characters."""

    name: str = _rt.field(
        "Name", _rt.String(min=0, max=1024), required=True, sensitive=True
    )
    """The name of a task that is shown to an agent in the Contact Control Panel (CCP)."""

    references: dict[str, Reference] | None = _rt.field(
        "References", _rt.MapOf(_rt.String(min=1, max=4096), _rt.Ref("Reference"))
    )
    """A formatted URL that is shown to an agent in the Contact Control Panel (CCP).
    Tasks can have the following reference types at the time of creation: `URL` |
    `NUMBER` | `STRING` | `DATE` | `EMAIL`. `ATTACHMENT` is not a supported
    reference type during task creation."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=4096), sensitive=True
    )
    """A description of the task that is shown to an agent in the Contact Control Panel
    (CCP)."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    scheduled_time: datetime.datetime | None = _rt.field(
        "ScheduledTime", _rt.Timestamp()
    )
    """The timestamp, in Unix Epoch seconds format, at which to start running the
    inbound flow. The scheduled time cannot be in the past. It must be within up to
    6 days in future."""

    task_template_id: str | None = _rt.field(
        "TaskTemplateId", _rt.String(min=1, max=500)
    )
    """A unique identifier for the task template. For more information about task
    templates, see Create task templates
    (https://docs.aws.amazon.com/connect/latest/adminguide/task-templates.html) in
    the Connect Customer Administrator Guide."""

    quick_connect_id: str | None = _rt.field("QuickConnectId", _rt.String())
    """The identifier for the quick connect. Tasks that are created by using
    `QuickConnectId` will use the flow that is defined on agent or queue quick
    connect. For more information about quick connects, see Create quick connects
    (https://docs.aws.amazon.com/connect/latest/adminguide/quick-connects.html)."""

    related_contact_id: str | None = _rt.field(
        "RelatedContactId", _rt.String(min=1, max=256)
    )
    """The contactId that is related
    (https://docs.aws.amazon.com/connect/latest/adminguide/tasks.html#linked-tasks)
    to this contact. Linking tasks together by using `RelatedContactID` copies over
    contact attributes from the related task contact to the new task contact. All
    updates to user-defined attributes in the new task contact are limited to the
    individual contact ID, unlike what happens when tasks are linked by using
    `PreviousContactID`. There are no limits to the number of contacts that can be
    linked by using `RelatedContactId`."""

    segment_attributes: dict[str, SegmentAttributeValue] | None = _rt.field(
        "SegmentAttributes",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.Ref("SegmentAttributeValue")),
    )
    """A set of system defined key-value pairs stored on individual contact segments
    (unique contact ID) using an attribute map. The attributes are standard Connect
    Customer attributes. They can be accessed in flows.

    Attribute keys can include only alphanumeric, -, and _.

    This field can be used to set Contact Expiry as a duration in minutes and set a
    UserId for the User who created a task.

    To set contact expiry, a ValueMap must be specified containing the integer
    number of minutes the contact will be active for before expiring, with
    `SegmentAttributes` like { ` "connect:ContactExpiry": {"ValueMap" : {
    "ExpiryDuration": { "ValueInteger": 135}}}}`.

    To set the created by user, a valid AgentResourceId must be supplied, with
    `SegmentAttributes` like { `"connect:CreatedByUser" { "ValueString":
    "arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/agent/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"}}}`.
    """

    attachments: list[TaskAttachment] | None = _rt.field(
        "Attachments",
        _rt.ListOf(_rt.Ref("TaskAttachment"), min=1, max=5),
        sensitive=True,
    )
    """List of S3 presigned URLs of task attachments and their file name. You can have
    a maximum of 5 attachments per task."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        name: str,
        previous_contact_id: str | None = None,
        contact_flow_id: str | None = None,
        attributes: dict[str, str] | None = None,
        references: dict[str, Reference] | None = None,
        description: str | None = None,
        client_token: str | None = None,
        scheduled_time: datetime.datetime | None = None,
        task_template_id: str | None = None,
        quick_connect_id: str | None = None,
        related_contact_id: str | None = None,
        segment_attributes: dict[str, SegmentAttributeValue] | None = None,
        attachments: list[TaskAttachment] | None = None,
    ) -> Self:
        return cls._build(locals())


class StartTaskContactResponse(_rt.Structure):
    """The output of StartTaskContact."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of this contact within the Connect Customer instance."""

    @classmethod
    def make(cls, *, contact_id: str | None = None) -> Self:
        return cls._build(locals())


class StartTestCaseExecutionRequest(_rt.Structure):
    """The input of StartTestCaseExecution."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance."""

    test_case_id: str = _rt.field(
        "TestCaseId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the test case to execute."""

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
        cls, *, instance_id: str, test_case_id: str, client_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class StartTestCaseExecutionResponse(_rt.Structure):
    """The output of StartTestCaseExecution."""

    test_case_execution_id: str | None = _rt.field(
        "TestCaseExecutionId", _rt.String(max=500)
    )
    """The identifier of the test case execution."""

    test_case_id: str | None = _rt.field("TestCaseId", _rt.String(max=500))
    """The identifier of the test case resource that was executed."""

    status: TestCaseExecutionStatus | str | None = _rt.field(
        "Status", _rt.String(enum="TestCaseExecutionStatus")
    )

    @classmethod
    def make(
        cls,
        *,
        test_case_execution_id: str | None = None,
        test_case_id: str | None = None,
        status: TestCaseExecutionStatus | str | None = None,
    ) -> Self:
        return cls._build(locals())


class StartWebRTCContactRequest(_rt.Structure):
    """The input of StartWebRTCContact."""

    attributes: dict[str, str] | None = _rt.field(
        "Attributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
    )
    """A custom key-value pair using an attribute map. The attributes are standard
    Connect Customer attributes, and can be accessed in flows just like any other
    contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per contact.
    Attribute keys can include only alphanumeric, -, and _ characters."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).

    The token is valid for 7 days after creation. If a contact is already started,
    the contact ID is returned."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True
    )
    """The identifier of the flow for the call. To see the ContactFlowId in the Connect
    Customer admin website, on the navigation menu go to Routing, Flows. Choose the
    flow. On the flow page, under the name of the flow, choose Show additional flow
    information. The ContactFlowId is the last part of the ARN, shown here in bold:

    arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/contact-flow/846ec553-a005-41c0-8341-xxxxxxxxxxxx
    """

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    allowed_capabilities: AllowedCapabilities | None = _rt.field(
        "AllowedCapabilities", _rt.Ref("AllowedCapabilities")
    )
    """Information about the video sharing capabilities of the participants (customer,
    agent)."""

    participant_details: ParticipantDetails = _rt.field(
        "ParticipantDetails", _rt.Ref("ParticipantDetails"), required=True
    )

    related_contact_id: str | None = _rt.field(
        "RelatedContactId", _rt.String(min=1, max=256)
    )
    """The unique identifier for an Connect Customer contact. This identifier is
    related to the contact starting."""

    references: dict[str, Reference] | None = _rt.field(
        "References", _rt.MapOf(_rt.String(min=1, max=4096), _rt.Ref("Reference"))
    )
    """A formatted URL that is shown to an agent in the Contact Control Panel (CCP).
    Tasks can have the following reference types at the time of creation: `URL` |
    `NUMBER` | `STRING` | `DATE` | `EMAIL`. `ATTACHMENT` is not a supported
    reference type during task creation."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=4096), sensitive=True
    )
    """A description of the task that is shown to an agent in the Contact Control Panel
    (CCP)."""

    @classmethod
    def make(
        cls,
        *,
        contact_flow_id: str,
        instance_id: str,
        participant_details: ParticipantDetails,
        attributes: dict[str, str] | None = None,
        client_token: str | None = None,
        allowed_capabilities: AllowedCapabilities | None = None,
        related_contact_id: str | None = None,
        references: dict[str, Reference] | None = None,
        description: str | None = None,
    ) -> Self:
        return cls._build(locals())


class StartWebRTCContactResponse(_rt.Structure):
    """The output of StartWebRTCContact."""

    connection_data: ConnectionData | None = _rt.field(
        "ConnectionData", _rt.Ref("ConnectionData")
    )
    """Information required for the client application (mobile application or website)
    to connect to the call."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of the contact in this instance of Connect Customer."""

    participant_id: str | None = _rt.field("ParticipantId", _rt.String(min=1, max=256))
    """The identifier for a contact participant. The `ParticipantId` for a contact
    participant is the same throughout the contact lifecycle."""

    participant_token: str | None = _rt.field(
        "ParticipantToken", _rt.String(min=1, max=1000)
    )
    """The token used by the contact participant to call the
    CreateParticipantConnection
    (https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_CreateParticipantConnection.html)
    API. The participant token is valid for the lifetime of a contact participant."""

    @classmethod
    def make(
        cls,
        *,
        connection_data: ConnectionData | None = None,
        contact_id: str | None = None,
        participant_id: str | None = None,
        participant_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class StateTransition(_rt.Structure):
    """Information about the state transition of a supervisor."""

    state: ParticipantState | str | None = _rt.field(
        "State", _rt.String(enum="ParticipantState")
    )
    """The state of the transition."""

    state_start_timestamp: datetime.datetime | None = _rt.field(
        "StateStartTimestamp", _rt.Timestamp()
    )
    """The date and time when the state started in UTC time."""

    state_end_timestamp: datetime.datetime | None = _rt.field(
        "StateEndTimestamp", _rt.Timestamp()
    )
    """The date and time when the state ended in UTC time."""

    @classmethod
    def make(
        cls,
        *,
        state: ParticipantState | str | None = None,
        state_start_timestamp: datetime.datetime | None = None,
        state_end_timestamp: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class Statistic(_rt.Enum):
    """The values of Statistic; one AWS adds later is kept as it is."""

    SUM = "SUM"
    MAX = "MAX"
    AVG = "AVG"


class Status(_rt.Enum):
    """The values of Status; one AWS adds later is kept as it is."""

    COMPLETE = "COMPLETE"
    IN_PROGRESS = "IN_PROGRESS"
    DELETED = "DELETED"


class Step(_rt.Structure):
    """Step signifies the criteria to be used for routing to an agent"""

    expiry: Expiry | None = _rt.field("Expiry", _rt.Ref("Expiry"))
    """An object to specify the expiration of a routing step."""

    expression: Expression | None = _rt.field("Expression", _rt.Ref("Expression"))
    """A tagged union to specify expression for a routing step."""

    status: RoutingCriteriaStepStatus | str | None = _rt.field(
        "Status", _rt.String(enum="RoutingCriteriaStepStatus")
    )
    """Represents status of the Routing step."""

    @classmethod
    def make(
        cls,
        *,
        expiry: Expiry | None = None,
        expression: Expression | None = None,
        status: RoutingCriteriaStepStatus | str | None = None,
    ) -> Self:
        return cls._build(locals())


class StopContactMediaProcessingRequest(_rt.Structure):
    """The input of StopContactMediaProcessing."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of the contact."""

    @classmethod
    def make(
        cls, *, instance_id: str | None = None, contact_id: str | None = None
    ) -> Self:
        return cls._build(locals())


class StopContactMediaProcessingResponse(_rt.Structure):
    """The output of StopContactMediaProcessing."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class StopContactRecordingRequest(_rt.Structure):
    """The input of StopContactRecording."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact."""

    initial_contact_id: str = _rt.field(
        "InitialContactId", _rt.String(min=1, max=256), required=True
    )
    """The identifier of the contact. This is the identifier of the contact associated
    with the first interaction with the contact center."""

    contact_recording_type: ContactRecordingType | str | None = _rt.field(
        "ContactRecordingType", _rt.String(enum="ContactRecordingType")
    )
    """The type of recording being operated on."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_id: str,
        initial_contact_id: str,
        contact_recording_type: ContactRecordingType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class StopContactRecordingResponse(_rt.Structure):
    """The output of StopContactRecording."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class StopContactRequest(_rt.Structure):
    """The input of StopContact."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The ID of the contact."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    disconnect_reason: DisconnectReason | None = _rt.field(
        "DisconnectReason", _rt.Ref("DisconnectReason")
    )
    """The reason a contact can be disconnected. Only Connect Customer outbound
    campaigns can provide this field. For a list and description of all the possible
    disconnect reasons by channel (including outbound campaign voice contacts) see
    DisconnectReason under ContactTraceRecord
    (https://docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html#ctr-ContactTraceRecord)
    in the Connect Customer Administrator Guide."""

    @classmethod
    def make(
        cls,
        *,
        contact_id: str,
        instance_id: str,
        disconnect_reason: DisconnectReason | None = None,
    ) -> Self:
        return cls._build(locals())


class StopContactResponse(_rt.Structure):
    """The output of StopContact."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class StopContactStreamingRequest(_rt.Structure):
    """The input of StopContactStreaming."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact. This is the identifier of the contact that is
    associated with the first interaction with the contact center."""

    streaming_id: str = _rt.field(
        "StreamingId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the streaming configuration enabled."""

    @classmethod
    def make(cls, *, instance_id: str, contact_id: str, streaming_id: str) -> Self:
        return cls._build(locals())


class StopContactStreamingResponse(_rt.Structure):
    """The output of StopContactStreaming."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class StopTestCaseExecutionRequest(_rt.Structure):
    """The input of StopTestCaseExecution."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance."""

    test_case_execution_id: str = _rt.field(
        "TestCaseExecutionId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the test case execution to stop."""

    test_case_id: str = _rt.field(
        "TestCaseId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the test case."""

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
        test_case_execution_id: str,
        test_case_id: str,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class StopTestCaseExecutionResponse(_rt.Structure):
    """The output of StopTestCaseExecution."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class StorageType(_rt.Enum):
    """The values of StorageType; one AWS adds later is kept as it is."""

    S3 = "S3"
    KINESIS_VIDEO_STREAM = "KINESIS_VIDEO_STREAM"
    KINESIS_STREAM = "KINESIS_STREAM"
    KINESIS_FIREHOSE = "KINESIS_FIREHOSE"


class StringComparisonType(_rt.Enum):
    """The values of StringComparisonType; one AWS adds later is kept as it is."""

    STARTS_WITH = "STARTS_WITH"
    CONTAINS = "CONTAINS"
    EXACT = "EXACT"


class StringCondition(_rt.Structure):
    """A leaf node condition which can be used to specify a string condition."""

    field_name: str | None = _rt.field("FieldName", _rt.String())
    """The name of the field in the string condition."""

    value: str | None = _rt.field("Value", _rt.String())
    """The value of the string."""

    comparison_type: StringComparisonType | str | None = _rt.field(
        "ComparisonType", _rt.String(enum="StringComparisonType")
    )
    """The type of comparison to be made when evaluating the string condition."""

    @classmethod
    def make(
        cls,
        *,
        field_name: str | None = None,
        value: str | None = None,
        comparison_type: StringComparisonType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class StringReference(_rt.Structure):
    """Information about a reference when the `referenceType` is `STRING`. Otherwise,
    null."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=4096))
    """Identifier of the string reference."""

    value: str | None = _rt.field("Value", _rt.String(min=0, max=4096))
    """A valid string."""

    @classmethod
    def make(cls, *, name: str | None = None, value: str | None = None) -> Self:
        return cls._build(locals())
