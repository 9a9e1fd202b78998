"""Shapes of Amazon Connect Service whose class names start with "i"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import AttachedFileInvalidRequestExceptionReason
    from ._shapes_di import DirectoryType
    from ._shapes_e import EmailAddressInfo, EmailHeaderType
    from ._shapes_k import (
        KinesisFirehoseConfig,
        KinesisStreamConfig,
        KinesisVideoStreamConfig,
    )
    from ._shapes_m import MediaType
    from ._shapes_p import ProblemDetail
    from ._shapes_s3 import S3Config
    from ._shapes_so import SourceType
    from ._shapes_st import StorageType
    from ._shapes_t import TaskTemplateFieldIdentifier


class IdempotencyException(_rt.ServiceError):
    """An entity with the same name already exists."""

    _error_code = "IdempotencyException"
    _http_status = 409

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class ImagesLogo(_rt.Structure):
    """Contains logo image configuration for workspace themes."""

    default: str | None = _rt.field(
        "Default", _rt.String(min=1, max=254, pattern=".*\\\\S.*")
    )
    """The default logo image displayed in the workspace."""

    favicon: str | None = _rt.field(
        "Favicon", _rt.String(min=1, max=254, pattern=".*\\\\S.*")
    )
    """The favicon image displayed in the browser tab."""

    @classmethod
    def make(cls, *, default: str | None = None, favicon: str | None = None) -> Self:
        return cls._build(locals())


class ImportPhoneNumberRequest(_rt.Structure):
    """The input of ImportPhoneNumber."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    source_phone_number_arn: str = _rt.field(
        "SourcePhoneNumberArn", _rt.String(), required=True
    )
    """The claimed phone number ARN being imported from the external service, such as
    Amazon Web Services End User Messaging. If it is from Amazon Web Services End
    User Messaging, it looks like the ARN of the phone number to import from Amazon
    Web Services End User Messaging."""

    phone_number_description: str | None = _rt.field(
        "PhoneNumberDescription", _rt.String(min=0, max=500, pattern="^[\\W\\S_]*")
    )
    """The description of the phone number."""

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

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        source_phone_number_arn: str,
        phone_number_description: str | None = None,
        tags: dict[str, str] | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ImportPhoneNumberResponse(_rt.Structure):
    """The output of ImportPhoneNumber."""

    phone_number_id: str | None = _rt.field("PhoneNumberId", _rt.String())
    """A unique identifier for the phone number."""

    phone_number_arn: str | None = _rt.field("PhoneNumberArn", _rt.String())
    """The Amazon Resource Name (ARN) of the phone number."""

    @classmethod
    def make(
        cls, *, phone_number_id: str | None = None, phone_number_arn: str | None = None
    ) -> Self:
        return cls._build(locals())


class ImportWorkspaceMediaRequest(_rt.Structure):
    """The input of ImportWorkspaceMedia."""

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

    media_type: MediaType | str = _rt.field(
        "MediaType", _rt.String(enum="MediaType"), required=True
    )
    """The type of media. Valid values are: `IMAGE_LOGO_FAVICON` and
    `IMAGE_LOGO_HORIZONTAL`."""

    media_source: str = _rt.field(
        "MediaSource", _rt.String(min=1, max=533333, pattern=".*\\\\S.*"), required=True
    )
    """The media source. Can be an S3 presigned URL or a base64-encoded string."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        workspace_id: str,
        media_type: MediaType | str,
        media_source: str,
    ) -> Self:
        return cls._build(locals())


class ImportWorkspaceMediaResponse(_rt.Structure):
    """The output of ImportWorkspaceMedia."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class InboundAdditionalRecipients(_rt.Structure):
    """Information about the additional TO and CC recipients of an inbound email
    contact.

    You can include up to 50 email addresses in total, distributed across
    DestinationEmailAddress
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_StartEmailContact.html#API_StartEmailContact_RequestBody),
    `ToAddresses`, and `CcAddresses`. This total must include one required
    `DestinationEmailAddress`. You can then specify up to 49 addresses allocated
    across `ToAddresses` and `CcAddresses` as needed."""

    to_addresses: list[EmailAddressInfo] | None = _rt.field(
        "ToAddresses", _rt.ListOf(_rt.Ref("EmailAddressInfo"), min=1, max=50)
    )
    """The additional recipients information present in to list. You must have 1
    required recipient (`DestinationEmailAddress`). You can then specify up to 49
    additional recipients (across `ToAddresses` and `CcAddresses`), for a total of
    50 recipients."""

    cc_addresses: list[EmailAddressInfo] | None = _rt.field(
        "CcAddresses", _rt.ListOf(_rt.Ref("EmailAddressInfo"), min=1, max=50)
    )
    """The additional recipients information present in cc list. You must have 1
    required recipient (`DestinationEmailAddress`). You can then specify up to 49
    additional recipients (across `ToAddresses` and `CcAddresses`), for a total of
    50 recipients."""

    @classmethod
    def make(
        cls,
        *,
        to_addresses: list[EmailAddressInfo] | None = None,
        cc_addresses: list[EmailAddressInfo] | None = None,
    ) -> Self:
        return cls._build(locals())


class InboundEmailContent(_rt.Structure):
    """Information about email body content."""

    message_source_type: InboundMessageSourceType | str = _rt.field(
        "MessageSourceType", _rt.String(enum="InboundMessageSourceType"), required=True
    )
    """The message source type, that is, `RAW`."""

    raw_message: InboundRawMessage | None = _rt.field(
        "RawMessage", _rt.Ref("InboundRawMessage")
    )
    """The raw email body content."""

    @classmethod
    def make(
        cls,
        *,
        message_source_type: InboundMessageSourceType | str,
        raw_message: InboundRawMessage | None = None,
    ) -> Self:
        return cls._build(locals())


class InboundMessageSourceType(_rt.Enum):
    """The values of InboundMessageSourceType; one AWS adds later is kept as it is."""

    RAW = "RAW"


class InboundRawMessage(_rt.Structure):
    """Information about the raw email body content."""

    subject: str = _rt.field(
        "Subject", _rt.String(min=0, max=998), required=True, sensitive=True
    )
    """The email subject."""

    body: str = _rt.field(
        "Body", _rt.String(min=1, max=5242880), required=True, sensitive=True
    )
    """The email message body."""

    content_type: str = _rt.field(
        "ContentType", _rt.String(min=1, max=100), required=True
    )
    """Type of content, that is, `text/plain` or `text/html`."""

    headers: dict[EmailHeaderType | str, str] | None = _rt.field(
        "Headers",
        _rt.MapOf(_rt.String(enum="EmailHeaderType"), _rt.String(min=1, max=20000)),
    )
    """Headers present in inbound email."""

    @classmethod
    def make(
        cls,
        *,
        subject: str,
        body: str,
        content_type: str,
        headers: dict[EmailHeaderType | str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class InitiateAs(_rt.Enum):
    """The values of InitiateAs; one AWS adds later is kept as it is."""

    CONNECTED_TO_USER = "CONNECTED_TO_USER"
    COMPLETED = "COMPLETED"


class InputPredefinedAttributeConfiguration(_rt.Structure):
    """Custom metadata that is associated to predefined attributes to control behavior
    in upstream services, such as controlling how a predefined attribute should be
    displayed in the Connect Customer admin website."""

    enable_value_validation_on_association: bool | None = _rt.field(
        "EnableValueValidationOnAssociation", _rt.Boolean()
    )
    """When this parameter is set to true, Connect Customer enforces strict validation
    on the specific values, if the values are predefined in attributes. The contact
    will store only valid and predefined values for the predefined attribute key."""

    @classmethod
    def make(
        cls, *, enable_value_validation_on_association: bool | None = None
    ) -> Self:
        return cls._build(locals())


class Instance(_rt.Structure):
    """The Connect Customer instance."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=100))
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the instance."""

    identity_management_type: DirectoryType | str | None = _rt.field(
        "IdentityManagementType", _rt.String(enum="DirectoryType")
    )
    """The identity management type."""

    instance_alias: str | None = _rt.field(
        "InstanceAlias",
        _rt.String(min=1, max=45, pattern="^(?!d-)([\\da-zA-Z]+)([-]*[\\da-zA-Z])*$"),
        sensitive=True,
    )
    """The alias of instance."""

    created_time: datetime.datetime | None = _rt.field("CreatedTime", _rt.Timestamp())
    """When the instance was created."""

    service_role: str | None = _rt.field("ServiceRole", _rt.String())
    """The service role of the instance."""

    instance_status: InstanceStatus | str | None = _rt.field(
        "InstanceStatus", _rt.String(enum="InstanceStatus")
    )
    """The state of the instance."""

    status_reason: InstanceStatusReason | None = _rt.field(
        "StatusReason", _rt.Ref("InstanceStatusReason")
    )
    """Relevant details why the instance was not successfully created."""

    inbound_calls_enabled: bool | None = _rt.field("InboundCallsEnabled", _rt.Boolean())
    """Whether inbound calls are enabled."""

    outbound_calls_enabled: bool | None = _rt.field(
        "OutboundCallsEnabled", _rt.Boolean()
    )
    """Whether outbound calls are enabled."""

    instance_access_url: str | None = _rt.field("InstanceAccessUrl", _rt.String())
    """This URL allows contact center users to access the Connect Customer admin
    website."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags of an instance."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        identity_management_type: DirectoryType | str | None = None,
        instance_alias: str | None = None,
        created_time: datetime.datetime | None = None,
        service_role: str | None = None,
        instance_status: InstanceStatus | str | None = None,
        status_reason: InstanceStatusReason | None = None,
        inbound_calls_enabled: bool | None = None,
        outbound_calls_enabled: bool | None = None,
        instance_access_url: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class InstanceAttributeType(_rt.Enum):
    """The values of InstanceAttributeType; one AWS adds later is kept as it is."""

    INBOUND_CALLS = "INBOUND_CALLS"
    OUTBOUND_CALLS = "OUTBOUND_CALLS"
    CONTACTFLOW_LOGS = "CONTACTFLOW_LOGS"
    CONTACT_LENS = "CONTACT_LENS"
    AUTO_RESOLVE_BEST_VOICES = "AUTO_RESOLVE_BEST_VOICES"
    USE_CUSTOM_TTS_VOICES = "USE_CUSTOM_TTS_VOICES"
    EARLY_MEDIA = "EARLY_MEDIA"
    MULTI_PARTY_CONFERENCE = "MULTI_PARTY_CONFERENCE"
    HIGH_VOLUME_OUTBOUND = "HIGH_VOLUME_OUTBOUND"
    ENHANCED_CONTACT_MONITORING = "ENHANCED_CONTACT_MONITORING"
    ENHANCED_CHAT_MONITORING = "ENHANCED_CHAT_MONITORING"
    MULTI_PARTY_CHAT_CONFERENCE = "MULTI_PARTY_CHAT_CONFERENCE"
    MESSAGE_STREAMING = "MESSAGE_STREAMING"


class InstanceReplicationStatus(_rt.Enum):
    """The values of InstanceReplicationStatus; one AWS adds later is kept as it is."""

    INSTANCE_REPLICATION_COMPLETE = "INSTANCE_REPLICATION_COMPLETE"
    INSTANCE_REPLICATION_IN_PROGRESS = "INSTANCE_REPLICATION_IN_PROGRESS"
    INSTANCE_REPLICATION_FAILED = "INSTANCE_REPLICATION_FAILED"
    INSTANCE_REPLICA_DELETING = "INSTANCE_REPLICA_DELETING"
    INSTANCE_REPLICATION_DELETION_FAILED = "INSTANCE_REPLICATION_DELETION_FAILED"
    RESOURCE_REPLICATION_NOT_STARTED = "RESOURCE_REPLICATION_NOT_STARTED"


class InstanceStatus(_rt.Enum):
    """The values of InstanceStatus; one AWS adds later is kept as it is."""

    CREATION_IN_PROGRESS = "CREATION_IN_PROGRESS"
    ACTIVE = "ACTIVE"
    CREATION_FAILED = "CREATION_FAILED"


class InstanceStatusReason(_rt.Structure):
    """Relevant details why the instance was not successfully created."""

    message: str | None = _rt.field("Message", _rt.String())
    """The message."""

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class InstanceStorageConfig(_rt.Structure):
    """The storage configuration for the instance."""

    association_id: str | None = _rt.field("AssociationId", _rt.String(min=1, max=100))
    """The existing association identifier that uniquely identifies the resource type
    and storage config for the given instance ID."""

    storage_type: StorageType | str = _rt.field(
        "StorageType", _rt.String(enum="StorageType"), required=True
    )
    """A valid storage type."""

    s3_config: S3Config | None = _rt.field("S3Config", _rt.Ref("S3Config"))
    """The S3 bucket configuration."""

    kinesis_video_stream_config: KinesisVideoStreamConfig | None = _rt.field(
        "KinesisVideoStreamConfig", _rt.Ref("KinesisVideoStreamConfig")
    )
    """The configuration of the Kinesis video stream."""

    kinesis_stream_config: KinesisStreamConfig | None = _rt.field(
        "KinesisStreamConfig", _rt.Ref("KinesisStreamConfig")
    )
    """The configuration of the Kinesis data stream."""

    kinesis_firehose_config: KinesisFirehoseConfig | None = _rt.field(
        "KinesisFirehoseConfig", _rt.Ref("KinesisFirehoseConfig")
    )
    """The configuration of the Kinesis Firehose delivery stream."""

    @classmethod
    def make(
        cls,
        *,
        storage_type: StorageType | str,
        association_id: str | None = None,
        s3_config: S3Config | None = None,
        kinesis_video_stream_config: KinesisVideoStreamConfig | None = None,
        kinesis_stream_config: KinesisStreamConfig | None = None,
        kinesis_firehose_config: KinesisFirehoseConfig | None = None,
    ) -> Self:
        return cls._build(locals())


class InstanceStorageResourceType(_rt.Enum):
    """The values of InstanceStorageResourceType; one AWS adds later is kept as it is."""

    CHAT_TRANSCRIPTS = "CHAT_TRANSCRIPTS"
    CALL_RECORDINGS = "CALL_RECORDINGS"
    SCHEDULED_REPORTS = "SCHEDULED_REPORTS"
    MEDIA_STREAMS = "MEDIA_STREAMS"
    CONTACT_TRACE_RECORDS = "CONTACT_TRACE_RECORDS"
    AGENT_EVENTS = "AGENT_EVENTS"
    REAL_TIME_CONTACT_ANALYSIS_SEGMENTS = "REAL_TIME_CONTACT_ANALYSIS_SEGMENTS"
    ATTACHMENTS = "ATTACHMENTS"
    CONTACT_EVALUATIONS = "CONTACT_EVALUATIONS"
    SCREEN_RECORDINGS = "SCREEN_RECORDINGS"
    REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS = (
        "REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS"
    )
    REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS = (
        "REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS"
    )
    EMAIL_MESSAGES = "EMAIL_MESSAGES"


class InstanceSummary(_rt.Structure):
    """Information about the instance."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=100))
    """The identifier of the instance."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the instance."""

    identity_management_type: DirectoryType | str | None = _rt.field(
        "IdentityManagementType", _rt.String(enum="DirectoryType")
    )
    """The identity management type of the instance."""

    instance_alias: str | None = _rt.field(
        "InstanceAlias",
        _rt.String(min=1, max=45, pattern="^(?!d-)([\\da-zA-Z]+)([-]*[\\da-zA-Z])*$"),
        sensitive=True,
    )
    """The alias of the instance."""

    created_time: datetime.datetime | None = _rt.field("CreatedTime", _rt.Timestamp())
    """When the instance was created."""

    service_role: str | None = _rt.field("ServiceRole", _rt.String())
    """The service role of the instance."""

    instance_status: InstanceStatus | str | None = _rt.field(
        "InstanceStatus", _rt.String(enum="InstanceStatus")
    )
    """The state of the instance."""

    inbound_calls_enabled: bool | None = _rt.field("InboundCallsEnabled", _rt.Boolean())
    """Whether inbound calls are enabled."""

    outbound_calls_enabled: bool | None = _rt.field(
        "OutboundCallsEnabled", _rt.Boolean()
    )
    """Whether outbound calls are enabled."""

    instance_access_url: str | None = _rt.field("InstanceAccessUrl", _rt.String())
    """This URL allows contact center users to access the Connect Customer admin
    website."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        identity_management_type: DirectoryType | str | None = None,
        instance_alias: str | None = None,
        created_time: datetime.datetime | None = None,
        service_role: str | None = None,
        instance_status: InstanceStatus | str | None = None,
        inbound_calls_enabled: bool | None = None,
        outbound_calls_enabled: bool | None = None,
        instance_access_url: str | None = None,
    ) -> Self:
        return cls._build(locals())


class IntegrationAssociationSummary(_rt.Structure):
    """Contains summary information about the associated AppIntegrations."""

    integration_association_id: str | None = _rt.field(
        "IntegrationAssociationId", _rt.String(min=1, max=200)
    )
    """The identifier for the AppIntegration association."""

    integration_association_arn: str | None = _rt.field(
        "IntegrationAssociationArn", _rt.String()
    )
    """The Amazon Resource Name (ARN) for the AppIntegration association."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    integration_type: IntegrationType | str | None = _rt.field(
        "IntegrationType", _rt.String(enum="IntegrationType")
    )
    """The integration type."""

    integration_arn: str | None = _rt.field("IntegrationArn", _rt.String())
    """The Amazon Resource Name (ARN) for the AppIntegration."""

    source_application_url: str | None = _rt.field(
        "SourceApplicationUrl", _rt.String(min=1, max=2000)
    )
    """The URL for the external application."""

    source_application_name: str | None = _rt.field(
        "SourceApplicationName", _rt.String(min=1, max=100, pattern="^[a-zA-Z0-9_ -]+$")
    )
    """The user-provided, friendly name for the external application."""

    source_type: SourceType | str | None = _rt.field(
        "SourceType", _rt.String(enum="SourceType")
    )
    """The name of the source."""

    @classmethod
    def make(
        cls,
        *,
        integration_association_id: str | None = None,
        integration_association_arn: str | None = None,
        instance_id: str | None = None,
        integration_type: IntegrationType | str | None = None,
        integration_arn: str | None = None,
        source_application_url: str | None = None,
        source_application_name: str | None = None,
        source_type: SourceType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class IntegrationType(_rt.Enum):
    """The values of IntegrationType; one AWS adds later is kept as it is."""

    EVENT = "EVENT"
    VOICE_ID = "VOICE_ID"
    PINPOINT_APP = "PINPOINT_APP"
    WISDOM_ASSISTANT = "WISDOM_ASSISTANT"
    WISDOM_KNOWLEDGE_BASE = "WISDOM_KNOWLEDGE_BASE"
    WISDOM_QUICK_RESPONSES = "WISDOM_QUICK_RESPONSES"
    Q_MESSAGE_TEMPLATES = "Q_MESSAGE_TEMPLATES"
    CASES_DOMAIN = "CASES_DOMAIN"
    APPLICATION = "APPLICATION"
    FILE_SCANNER = "FILE_SCANNER"
    SES_IDENTITY = "SES_IDENTITY"
    ANALYTICS_CONNECTOR = "ANALYTICS_CONNECTOR"
    CALL_TRANSFER_CONNECTOR = "CALL_TRANSFER_CONNECTOR"
    COGNITO_USER_POOL = "COGNITO_USER_POOL"
    MESSAGE_PROCESSOR = "MESSAGE_PROCESSOR"


class InternalServiceException(_rt.ServiceError):
    """Request processing failed because of an error or failure with the service."""

    _error_code = "InternalServiceException"
    _http_status = 500

    message: str | None = _rt.field("Message", _rt.String())
    """The message."""

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class IntervalDetails(_rt.Structure):
    """Information about the interval period to use for returning results."""

    time_zone: str | None = _rt.field("TimeZone", _rt.String())
    """The timezone applied to requested metrics."""

    interval_period: IntervalPeriod | str | None = _rt.field(
        "IntervalPeriod", _rt.String(enum="IntervalPeriod")
    )
    """`IntervalPeriod`: An aggregated grouping applied to request metrics. Valid
    `IntervalPeriod` values are: `FIFTEEN_MIN` | `THIRTY_MIN` | `HOUR` | `DAY` |
    `WEEK` | `TOTAL`.

    For example, if `IntervalPeriod` is selected `THIRTY_MIN`, `StartTime` and
    `EndTime` differs by 1 day, then Connect Customer returns 48 results in the
    response. Each result is aggregated by the THIRTY_MIN period. By default Connect
    Customer aggregates results based on the `TOTAL` interval period.

    The following list describes restrictions on `StartTime` and `EndTime` based on
    what `IntervalPeriod` is requested.

    `FIFTEEN_MIN`: The difference between `StartTime` and `EndTime` must be less
    than 3 days.

    `THIRTY_MIN`: The difference between `StartTime` and `EndTime` must be less than
    3 days.

    `HOUR`: The difference between `StartTime` and `EndTime` must be less than 3
    days.

    `DAY`: The difference between `StartTime` and `EndTime` must be less than 35
    days.

    `WEEK`: The difference between `StartTime` and `EndTime` must be less than 35
    days.

    `TOTAL`: The difference between `StartTime` and `EndTime` must be less than 35
    days."""

    @classmethod
    def make(
        cls,
        *,
        time_zone: str | None = None,
        interval_period: IntervalPeriod | str | None = None,
    ) -> Self:
        return cls._build(locals())


class IntervalPeriod(_rt.Enum):
    """The values of IntervalPeriod; one AWS adds later is kept as it is."""

    FIFTEEN_MIN = "FIFTEEN_MIN"
    THIRTY_MIN = "THIRTY_MIN"
    HOUR = "HOUR"
    DAY = "DAY"
    WEEK = "WEEK"
    TOTAL = "TOTAL"


class InvalidActiveRegionException(_rt.ServiceError):
    """This exception occurs when an API request is made to a non-active region in an
    Amazon Connect instance configured with Amazon Connect Global Resiliency. For
    example, if the active region is US West (Oregon) and a request is made to US
    East (N. Virginia), the exception will be returned."""

    _error_code = "InvalidActiveRegionException"
    _http_status = 400

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class InvalidContactFlowException(_rt.ServiceError):
    """The flow is not valid."""

    _error_code = "InvalidContactFlowException"
    _http_status = 400

    problems: list[ProblemDetail] | None = _rt.field(
        "problems", _rt.ListOf(_rt.Ref("ProblemDetail"), min=1, max=50)
    )
    """The problems with the flow. Please fix before trying again."""

    @classmethod
    def make(cls, *, problems: list[ProblemDetail] | None = None) -> Self:
        return cls._build(locals())


class InvalidContactFlowModuleException(_rt.ServiceError):
    """The problems with the module. Please fix before trying again."""

    _error_code = "InvalidContactFlowModuleException"
    _http_status = 400

    problems: list[ProblemDetail] | None = _rt.field(
        "Problems", _rt.ListOf(_rt.Ref("ProblemDetail"), min=1, max=50)
    )

    @classmethod
    def make(cls, *, problems: list[ProblemDetail] | None = None) -> Self:
        return cls._build(locals())


class InvalidParameterException(_rt.ServiceError):
    """One or more of the specified parameters are not valid."""

    _error_code = "InvalidParameterException"
    _http_status = 400

    message: str | None = _rt.field("Message", _rt.String())
    """The message about the parameters."""

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class InvalidRequestException(_rt.ServiceError):
    """The request is not valid."""

    _error_code = "InvalidRequestException"
    _http_status = 400

    message: str | None = _rt.field("Message", _rt.String())
    """The message about the request."""

    reason: InvalidRequestExceptionReason | None = _rt.field(
        "Reason", _rt.Ref("InvalidRequestExceptionReason")
    )

    @classmethod
    def make(
        cls,
        *,
        message: str | None = None,
        reason: InvalidRequestExceptionReason | None = None,
    ) -> Self:
        return cls._build(locals())


class InvalidRequestExceptionReason(_rt.Union):
    """Reason why the request was invalid."""

    attached_file_invalid_request_exception_reason: (
        AttachedFileInvalidRequestExceptionReason | str | None
    ) = _rt.field(
        "AttachedFileInvalidRequestExceptionReason",
        _rt.String(enum="AttachedFileInvalidRequestExceptionReason"),
    )
    """Reason why the StartAttachedFiledUpload request was invalid."""

    @classmethod
    def make(
        cls,
        *,
        attached_file_invalid_request_exception_reason: (
            AttachedFileInvalidRequestExceptionReason | str | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class InvalidTestCaseException(_rt.ServiceError):
    """The test is not valid."""

    _error_code = "InvalidTestCaseException"
    _http_status = 400

    problems: list[ProblemDetail] | None = _rt.field(
        "Problems", _rt.ListOf(_rt.Ref("ProblemDetail"), min=1, max=50)
    )
    """The problems with the test. Please fix before trying again."""

    @classmethod
    def make(cls, *, problems: list[ProblemDetail] | None = None) -> Self:
        return cls._build(locals())


class InvisibleFieldInfo(_rt.Structure):
    """A field that is invisible to an agent."""

    id: TaskTemplateFieldIdentifier | None = _rt.field(
        "Id", _rt.Ref("TaskTemplateFieldIdentifier")
    )
    """Identifier of the invisible field."""

    @classmethod
    def make(cls, *, id: TaskTemplateFieldIdentifier | None = None) -> Self:
        return cls._build(locals())


class IvrRecordingTrack(_rt.Enum):
    """The values of IvrRecordingTrack; one AWS adds later is kept as it is."""

    ALL = "ALL"
