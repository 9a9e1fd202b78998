"""Shapes of Amazon Connect Service whose class names start with "e"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import (
        AliasConfiguration,
        AllowedExtension,
        AttributeCondition,
        AutoEvaluationDetails,
        AutoEvaluationStatus,
        AutomaticFailConfiguration,
    )
    from ._shapes_b import BooleanCondition
    from ._shapes_co import (
        ContactInteractionType,
        ContactParticipantRole,
        ControlPlaneAttributeFilter,
        ControlPlaneTagFilter,
    )
    from ._shapes_da import (
        DataTableEvaluatedValue,
        DataTableValueEvaluationSet,
        DateTimeCondition,
    )
    from ._shapes_dec import DecimalCondition
    from ._shapes_m import MultiSelectQuestionRuleCategoryAutomation
    from ._shapes_n import NumberCondition, NumericQuestionPropertyValueAutomation
    from ._shapes_o import OperationalHour, OverrideHour
    from ._shapes_q import QuestionRuleCategoryAutomationCondition
    from ._shapes_si import SingleSelectQuestionRuleCategoryAutomation
    from ._shapes_st import StringCondition


class EffectiveHoursOfOperations(_rt.Structure):
    """Information about the hours of operations with the effective override applied."""

    date: str | None = _rt.field("Date", _rt.String(pattern="^\\d{4}-\\d{2}-\\d{2}$"))
    """The date that the hours of operation or overrides applies to."""

    operational_hours: list[OperationalHour] | None = _rt.field(
        "OperationalHours", _rt.ListOf(_rt.Ref("OperationalHour"))
    )
    """Information about the hours of operations with the effective override applied."""

    @classmethod
    def make(
        cls,
        *,
        date: str | None = None,
        operational_hours: list[OperationalHour] | None = None,
    ) -> Self:
        return cls._build(locals())


class EffectiveOverrideHours(_rt.Structure):
    """Information about the hours of operation overrides which contribute to effective
    hours of operations."""

    date: str | None = _rt.field("Date", _rt.String(pattern="^\\d{4}-\\d{2}-\\d{2}$"))
    """The date that the hours of operation override applies to."""

    override_hours: list[OverrideHour] | None = _rt.field(
        "OverrideHours", _rt.ListOf(_rt.Ref("OverrideHour"))
    )
    """Information about the hours of operation overrides that apply to a specific
    date."""

    @classmethod
    def make(
        cls,
        *,
        date: str | None = None,
        override_hours: list[OverrideHour] | None = None,
    ) -> Self:
        return cls._build(locals())


class EmailAddressConfig(_rt.Structure):
    """Configuration object that specifies an email address to be associated with a
    queue. This configuration contains the identifier of the email address that
    should be linked to the queue for routing email contacts."""

    email_address_id: str = _rt.field(
        "EmailAddressId", _rt.String(min=1, max=500), required=True
    )
    """The identifier of the email address that should be associated with the queue.
    This email address must already exist in the Connect Customer instance and will
    be used to route incoming email contacts to the specified queue."""

    @classmethod
    def make(cls, *, email_address_id: str) -> Self:
        return cls._build(locals())


class EmailAddressInfo(_rt.Structure):
    """Contains information about a source or destination email address."""

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
    """The display name of email address."""

    @classmethod
    def make(cls, *, email_address: str, display_name: str | None = None) -> Self:
        return cls._build(locals())


class EmailAddressMetadata(_rt.Structure):
    """Contains information about an email address for a contact center."""

    email_address_id: str | None = _rt.field(
        "EmailAddressId", _rt.String(min=1, max=500)
    )
    """The identifier of the email address."""

    email_address_arn: str | None = _rt.field(
        "EmailAddressArn", _rt.String(min=1, max=500)
    )
    """The Amazon Resource Name (ARN) of the email address."""

    email_address: str | None = _rt.field(
        "EmailAddress",
        _rt.String(min=1, max=255, pattern="[^\\s@]+@[^\\s@]+\\.[^\\s@]+"),
        sensitive=True,
    )
    """The email address, including the domain."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=4096), sensitive=True
    )
    """The description of the email address."""

    display_name: str | None = _rt.field(
        "DisplayName", _rt.String(min=0, max=256), sensitive=True
    )
    """The display name of email address."""

    alias_configurations: list[AliasConfiguration] | None = _rt.field(
        "AliasConfigurations", _rt.ListOf(_rt.Ref("AliasConfiguration"), max=1)
    )
    """A list of alias configurations for this email address, showing which email
    addresses forward to this primary address. Each configuration contains the email
    address ID of an alias that forwards emails to this address."""

    @classmethod
    def make(
        cls,
        *,
        email_address_id: str | None = None,
        email_address_arn: str | None = None,
        email_address: str | None = None,
        description: str | None = None,
        display_name: str | None = None,
        alias_configurations: list[AliasConfiguration] | None = None,
    ) -> Self:
        return cls._build(locals())


class EmailAddressSearchCriteria(_rt.Structure):
    """The search criteria to be used to return email addresses."""

    or_conditions: list[EmailAddressSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("EmailAddressSearchCriteria"))
    )
    """A list of conditions which would be applied together with an OR condition."""

    and_conditions: list[EmailAddressSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("EmailAddressSearchCriteria"))
    )
    """A list of conditions which would be applied together with an AND condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[EmailAddressSearchCriteria] | None = None,
        and_conditions: list[EmailAddressSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class EmailAddressSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    tag_filter: ControlPlaneTagFilter | None = _rt.field(
        "TagFilter", _rt.Ref("ControlPlaneTagFilter")
    )

    @classmethod
    def make(cls, *, tag_filter: ControlPlaneTagFilter | None = None) -> Self:
        return cls._build(locals())


class EmailAddressSummary(_rt.Structure):
    """Summary information about an email address associated with a queue. Contains the
    essential details needed to identify and manage the email address routing
    configuration."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=500))
    """The unique identifier of the email address associated with the queue."""

    arn: str | None = _rt.field("Arn", _rt.String(min=1, max=500))
    """The Amazon Resource Name (ARN) of the email address associated with the queue."""

    is_default_outbound_email: bool | None = _rt.field(
        "IsDefaultOutboundEmail", _rt.Boolean()
    )
    """Indicates whether this email address is configured as the default outbound email
    address for the queue. When set to true, this email address is used as the
    default sender for outbound email contacts from this queue."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        is_default_outbound_email: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class EmailAttachment(_rt.Structure):
    """Information about the email attachment files."""

    file_name: str = _rt.field("FileName", _rt.String(min=1, max=256), required=True)
    """A case-sensitive name of the attached file being uploaded."""

    s3_url: str = _rt.field("S3Url", _rt.String(min=1, max=2000), required=True)
    """The pre-signed URLs for the S3 bucket where the email attachment is stored."""

    @classmethod
    def make(cls, *, file_name: str, s3_url: str) -> Self:
        return cls._build(locals())


class EmailHeaderType(_rt.Enum):
    """The values of EmailHeaderType; one AWS adds later is kept as it is."""

    REFERENCES = "REFERENCES"
    MESSAGE_ID = "MESSAGE_ID"
    IN_REPLY_TO = "IN_REPLY_TO"
    X_SES_SPAM_VERDICT = "X_SES_SPAM_VERDICT"
    X_SES_VIRUS_VERDICT = "X_SES_VIRUS_VERDICT"


class EmailMessageReference(_rt.Structure):
    """Information about the reference when the referenceType is `EMAIL_MESSAGE`.
    Otherwise, null."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=4096))
    """The name of the email message reference"""

    arn: str | None = _rt.field(
        "Arn", _rt.String(min=20, max=256, pattern="^[-:/A-Za-z0-9]+")
    )
    """The Amazon Resource Name (ARN) of the email message reference"""

    @classmethod
    def make(cls, *, name: str | None = None, arn: str | None = None) -> Self:
        return cls._build(locals())


class EmailRecipient(_rt.Structure):
    """Information about the email recipient"""

    address: str | None = _rt.field("Address", _rt.String(min=0, max=256))
    """Address of the email recipient."""

    display_name: str | None = _rt.field("DisplayName", _rt.String(min=0, max=256))
    """Display name of the email recipient."""

    @classmethod
    def make(
        cls, *, address: str | None = None, display_name: str | None = None
    ) -> Self:
        return cls._build(locals())


class EmailReference(_rt.Structure):
    """Information about a reference when the `referenceType` is `EMAIL`. Otherwise,
    null."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=4096))
    """Identifier of the email reference."""

    value: str | None = _rt.field("Value", _rt.String(min=0, max=4096))
    """A valid email address."""

    @classmethod
    def make(cls, *, name: str | None = None, value: str | None = None) -> Self:
        return cls._build(locals())


class EmptyFieldValue(_rt.Structure):
    """An empty value."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class EncryptionConfig(_rt.Structure):
    """The encryption configuration."""

    encryption_type: EncryptionType | str = _rt.field(
        "EncryptionType", _rt.String(enum="EncryptionType"), required=True
    )
    """The type of encryption."""

    key_id: str = _rt.field("KeyId", _rt.String(min=1, max=128), required=True)
    """The full ARN of the encryption key.

    Be sure to provide the full ARN of the encryption key, not just the ID.

    Connect Customer supports only KMS keys with the default key spec of
    `SYMMETRIC_DEFAULT`
    (https://docs.aws.amazon.com/kms/latest/developerguide/asymmetric-key-specs.html#key-spec-symmetric-default).
    """

    @classmethod
    def make(cls, *, encryption_type: EncryptionType | str, key_id: str) -> Self:
        return cls._build(locals())


class EncryptionType(_rt.Enum):
    """The values of EncryptionType; one AWS adds later is kept as it is."""

    KMS = "KMS"


class EndAssociatedTasksActionDefinition(_rt.Structure):
    """End associated tasks related to a case."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class Endpoint(_rt.Structure):
    """Information about the endpoint."""

    type: EndpointType | str | None = _rt.field("Type", _rt.String(enum="EndpointType"))
    """Type of the endpoint."""

    address: str | None = _rt.field("Address", _rt.String(min=0, max=256))
    """Address of the endpoint."""

    @classmethod
    def make(
        cls, *, type: EndpointType | str | None = None, address: str | None = None
    ) -> Self:
        return cls._build(locals())


class EndpointInfo(_rt.Structure):
    """Information about the endpoint."""

    type: EndpointType | str | None = _rt.field("Type", _rt.String(enum="EndpointType"))
    """Type of endpoint."""

    address: str | None = _rt.field("Address", _rt.String(min=0, max=256))
    """Address of the endpoint."""

    display_name: str | None = _rt.field("DisplayName", _rt.String(min=0, max=256))
    """Display name of the endpoint."""

    @classmethod
    def make(
        cls,
        *,
        type: EndpointType | str | None = None,
        address: str | None = None,
        display_name: str | None = None,
    ) -> Self:
        return cls._build(locals())


class EndpointType(_rt.Enum):
    """The values of EndpointType; one AWS adds later is kept as it is."""

    TELEPHONE_NUMBER = "TELEPHONE_NUMBER"
    VOIP = "VOIP"
    CONTACT_FLOW = "CONTACT_FLOW"
    CONNECT_PHONENUMBER_ARN = "CONNECT_PHONENUMBER_ARN"
    EMAIL_ADDRESS = "EMAIL_ADDRESS"


class EntityType(_rt.Enum):
    """The values of EntityType; one AWS adds later is kept as it is."""

    USER = "USER"
    AI_AGENT = "AI_AGENT"


class ErrorResult(_rt.Structure):
    """This API is in preview release for Connect Customer and is subject to change.

    List of errors for dataset association failures."""

    error_code: str | None = _rt.field("ErrorCode", _rt.String())
    """The error code."""

    error_message: str | None = _rt.field("ErrorMessage", _rt.String())
    """The corresponding error message for the error code."""

    @classmethod
    def make(
        cls, *, error_code: str | None = None, error_message: str | None = None
    ) -> Self:
        return cls._build(locals())


class EvaluateDataTableValuesRequest(_rt.Structure):
    """The input of EvaluateDataTableValues."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table. Must also accept the table ARN with or
    without a version alias."""

    values: list[DataTableValueEvaluationSet] = _rt.field(
        "Values", _rt.ListOf(_rt.Ref("DataTableValueEvaluationSet")), required=True
    )
    """A list of value evaluation sets specifying which primary values and attributes
    to evaluate."""

    time_zone: str | None = _rt.field("TimeZone", _rt.String())
    """Optional IANA timezone identifier to use when resolving time based dynamic
    values. Defaults to the data table time zone if not provided."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """Specify the pagination token from a previous request to retrieve the next page
    of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=100),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of data table values to return in one page of results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        data_table_id: str,
        values: list[DataTableValueEvaluationSet],
        time_zone: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluateDataTableValuesResponse(_rt.Structure):
    """The output of EvaluateDataTableValues."""

    values: list[DataTableEvaluatedValue] = _rt.field(
        "Values", _rt.ListOf(_rt.Ref("DataTableEvaluatedValue")), required=True
    )
    """A list of evaluated values with their computed results, error information, and
    metadata."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """Specify the pagination token from a previous request to retrieve the next page
    of results."""

    @classmethod
    def make(
        cls, *, values: list[DataTableEvaluatedValue], next_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class Evaluation(_rt.Structure):
    """Information about a contact evaluation."""

    evaluation_id: str = _rt.field(
        "EvaluationId", _rt.String(min=1, max=500), required=True
    )
    """A unique identifier for the contact evaluation."""

    evaluation_arn: str = _rt.field("EvaluationArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) for the contact evaluation resource."""

    metadata: EvaluationMetadata = _rt.field(
        "Metadata", _rt.Ref("EvaluationMetadata"), required=True
    )
    """Metadata about the contact evaluation."""

    answers: dict[str, EvaluationAnswerOutput] = _rt.field(
        "Answers",
        _rt.MapOf(
            _rt.String(min=1, max=500), _rt.Ref("EvaluationAnswerOutput"), max=100
        ),
        required=True,
    )
    """A map of question identifiers to answer value."""

    notes: dict[str, EvaluationNote] = _rt.field(
        "Notes",
        _rt.MapOf(_rt.String(min=1, max=500), _rt.Ref("EvaluationNote"), max=100),
        required=True,
    )
    """A map of question identifiers to note value."""

    status: EvaluationStatus | str = _rt.field(
        "Status", _rt.String(enum="EvaluationStatus"), required=True
    )
    """The status of the contact evaluation."""

    scores: dict[str, EvaluationScore] | None = _rt.field(
        "Scores",
        _rt.MapOf(_rt.String(min=1, max=500), _rt.Ref("EvaluationScore"), max=100),
    )
    """A map of item (section or question) identifiers to score value."""

    created_time: datetime.datetime = _rt.field(
        "CreatedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for when the evaluation was created."""

    last_modified_time: datetime.datetime = _rt.field(
        "LastModifiedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for when the evaluation was last updated."""

    evaluation_type: EvaluationType | str | None = _rt.field(
        "EvaluationType", _rt.String(enum="EvaluationType")
    )
    """Type of the evaluation."""

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
        evaluation_id: str,
        evaluation_arn: str,
        metadata: EvaluationMetadata,
        answers: dict[str, EvaluationAnswerOutput],
        notes: dict[str, EvaluationNote],
        status: EvaluationStatus | str,
        created_time: datetime.datetime,
        last_modified_time: datetime.datetime,
        scores: dict[str, EvaluationScore] | None = None,
        evaluation_type: EvaluationType | str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationAcknowledgement(_rt.Structure):
    """Information about the evaluation acknowledgement."""

    acknowledged_time: datetime.datetime = _rt.field(
        "AcknowledgedTime", _rt.Timestamp(), required=True
    )
    """When the agent acknowledged the evaluation."""

    acknowledged_by: str = _rt.field("AcknowledgedBy", _rt.String(), required=True)
    """The agent who acknowledged the evaluation."""

    acknowledger_comment: str | None = _rt.field(
        "AcknowledgerComment", _rt.String(min=0, max=3072)
    )
    """A comment from the agent when they confirmed they acknowledged the evaluation."""

    @classmethod
    def make(
        cls,
        *,
        acknowledged_time: datetime.datetime,
        acknowledged_by: str,
        acknowledger_comment: str | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationAcknowledgementSummary(_rt.Structure):
    """Summary information about an evaluation acknowledgement."""

    acknowledged_time: datetime.datetime | None = _rt.field(
        "AcknowledgedTime", _rt.Timestamp()
    )
    """The time when an agent acknowledged the evaluation."""

    acknowledged_by: str | None = _rt.field("AcknowledgedBy", _rt.String())
    """The agent who acknowledged the evaluation."""

    acknowledger_comment: str | None = _rt.field(
        "AcknowledgerComment", _rt.String(min=0, max=3072)
    )
    """A comment from the agent when they confirmed they acknowledged the evaluation."""

    @classmethod
    def make(
        cls,
        *,
        acknowledged_time: datetime.datetime | None = None,
        acknowledged_by: str | None = None,
        acknowledger_comment: str | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationAnswerData(_rt.Union):
    """Information about answer data for a contact evaluation. Answer data must be
    either string, numeric, or not applicable."""

    string_value: str | None = _rt.field("StringValue", _rt.String(min=0, max=300))
    """The string value for an answer in a contact evaluation."""

    numeric_value: float | None = _rt.field("NumericValue", _rt.Float())
    """The numeric value for an answer in a contact evaluation."""

    string_values: list[str] | None = _rt.field(
        "StringValues", _rt.ListOf(_rt.String(min=0, max=300))
    )
    """String values provided as answers to evaluation questions."""

    date_time_value: str | None = _rt.field("DateTimeValue", _rt.String())
    """Date and time value provided as an answer to an evaluation question."""

    not_applicable: bool | None = _rt.field("NotApplicable", _rt.Boolean())
    """The flag to mark the question as not applicable."""

    @classmethod
    def make(
        cls,
        *,
        string_value: str | None = None,
        numeric_value: float | None = None,
        string_values: list[str] | None = None,
        date_time_value: str | None = None,
        not_applicable: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationAnswerInput(_rt.Structure):
    """Information about input answers for a contact evaluation."""

    value: EvaluationAnswerData | None = _rt.field(
        "Value", _rt.Ref("EvaluationAnswerData")
    )
    """The value for an answer in a contact evaluation."""

    @classmethod
    def make(cls, *, value: EvaluationAnswerData | None = None) -> Self:
        return cls._build(locals())


class EvaluationAnswerOutput(_rt.Structure):
    """Information about output answers for a contact evaluation."""

    value: EvaluationAnswerData | None = _rt.field(
        "Value", _rt.Ref("EvaluationAnswerData")
    )
    """The value for an answer in a contact evaluation."""

    system_suggested_value: EvaluationAnswerData | None = _rt.field(
        "SystemSuggestedValue", _rt.Ref("EvaluationAnswerData")
    )
    """The system suggested value for an answer in a contact evaluation."""

    suggested_answers: list[EvaluationSuggestedAnswer] | None = _rt.field(
        "SuggestedAnswers", _rt.ListOf(_rt.Ref("EvaluationSuggestedAnswer"))
    )
    """Automation suggested answers for the questions."""

    @classmethod
    def make(
        cls,
        *,
        value: EvaluationAnswerData | None = None,
        system_suggested_value: EvaluationAnswerData | None = None,
        suggested_answers: list[EvaluationSuggestedAnswer] | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationAutomationRuleCategory(_rt.Structure):
    """The Contact Lens category used by evaluation automation."""

    category: str = _rt.field("Category", _rt.String(), required=True)
    """A category label."""

    condition: QuestionRuleCategoryAutomationCondition | str = _rt.field(
        "Condition",
        _rt.String(enum="QuestionRuleCategoryAutomationCondition"),
        required=True,
    )
    """An automation condition for a Contact Lens category."""

    points_of_interest: list[EvaluationTranscriptPointOfInterest] | None = _rt.field(
        "PointsOfInterest",
        _rt.ListOf(_rt.Ref("EvaluationTranscriptPointOfInterest"), min=0, max=100),
    )
    """A point of interest in a contact transcript that indicates match of condition."""

    @classmethod
    def make(
        cls,
        *,
        category: str,
        condition: QuestionRuleCategoryAutomationCondition | str,
        points_of_interest: list[EvaluationTranscriptPointOfInterest] | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationContactLensAnswerAnalysisDetails(_rt.Structure):
    """Analysis details providing explanation for Contact Lens automation decision."""

    matched_rule_categories: list[EvaluationAutomationRuleCategory] | None = _rt.field(
        "MatchedRuleCategories", _rt.ListOf(_rt.Ref("EvaluationAutomationRuleCategory"))
    )
    """A list of match rule categories."""

    @classmethod
    def make(
        cls,
        *,
        matched_rule_categories: list[EvaluationAutomationRuleCategory] | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationContactParticipant(_rt.Structure):
    """Information about a contact participant in the evaluation."""

    contact_participant_role: ContactParticipantRole | str | None = _rt.field(
        "ContactParticipantRole", _rt.String(enum="ContactParticipantRole")
    )
    """The role of the contact participant."""

    contact_participant_id: str | None = _rt.field(
        "ContactParticipantId", _rt.String(min=1, max=500)
    )
    """The identifier for the contact participant."""

    @classmethod
    def make(
        cls,
        *,
        contact_participant_role: ContactParticipantRole | str | None = None,
        contact_participant_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationForm(_rt.Structure):
    """Information about the evaluation form."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True
    )
    """The unique identifier for the evaluation form."""

    evaluation_form_version: int = _rt.field(
        "EvaluationFormVersion", _rt.Integer(), required=True
    )
    """A version of the evaluation form."""

    locked: bool = _rt.field("Locked", _rt.Boolean(), required=True)
    """The flag indicating whether the evaluation form is locked for changes."""

    evaluation_form_arn: str = _rt.field(
        "EvaluationFormArn", _rt.String(), required=True
    )
    """The Amazon Resource Name (ARN) for the evaluation form resource."""

    title: str = _rt.field("Title", _rt.String(), required=True)
    """A title of the evaluation form."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the evaluation form."""

    status: EvaluationFormVersionStatus | str = _rt.field(
        "Status", _rt.String(enum="EvaluationFormVersionStatus"), required=True
    )
    """The status of the evaluation form."""

    items: list[EvaluationFormItem] = _rt.field(
        "Items", _rt.ListOf(_rt.Ref("EvaluationFormItem")), required=True
    )
    """Items that are part of the evaluation form. The total number of sections and
    questions must not exceed 100 each. Questions must be contained in a section."""

    scoring_strategy: EvaluationFormScoringStrategy | None = _rt.field(
        "ScoringStrategy", _rt.Ref("EvaluationFormScoringStrategy")
    )
    """A scoring strategy of the evaluation form."""

    created_time: datetime.datetime = _rt.field(
        "CreatedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for when the evaluation form was created."""

    created_by: str = _rt.field("CreatedBy", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the user who created the evaluation form."""

    last_modified_time: datetime.datetime = _rt.field(
        "LastModifiedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for when the evaluation form was last updated."""

    last_modified_by: str = _rt.field("LastModifiedBy", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the user who last updated the evaluation form."""

    auto_evaluation_configuration: EvaluationFormAutoEvaluationConfiguration | None = (
        _rt.field(
            "AutoEvaluationConfiguration",
            _rt.Ref("EvaluationFormAutoEvaluationConfiguration"),
        )
    )
    """The automatic evaluation configuration of an evaluation form."""

    review_configuration: EvaluationReviewConfiguration | None = _rt.field(
        "ReviewConfiguration", _rt.Ref("EvaluationReviewConfiguration")
    )
    """Configuration for evaluation review settings of this evaluation form."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    target_configuration: EvaluationFormTargetConfiguration | None = _rt.field(
        "TargetConfiguration", _rt.Ref("EvaluationFormTargetConfiguration")
    )
    """Configuration that specifies the target for this evaluation form."""

    language_configuration: EvaluationFormLanguageConfiguration | None = _rt.field(
        "LanguageConfiguration", _rt.Ref("EvaluationFormLanguageConfiguration")
    )
    """Configuration for language settings of this evaluation form."""

    @classmethod
    def make(
        cls,
        *,
        evaluation_form_id: str,
        evaluation_form_version: int,
        locked: bool,
        evaluation_form_arn: str,
        title: str,
        status: EvaluationFormVersionStatus | str,
        items: list[EvaluationFormItem],
        created_time: datetime.datetime,
        created_by: str,
        last_modified_time: datetime.datetime,
        last_modified_by: str,
        description: str | None = None,
        scoring_strategy: EvaluationFormScoringStrategy | None = None,
        auto_evaluation_configuration: (
            EvaluationFormAutoEvaluationConfiguration | None
        ) = None,
        review_configuration: EvaluationReviewConfiguration | None = None,
        tags: dict[str, str] | None = None,
        target_configuration: EvaluationFormTargetConfiguration | None = None,
        language_configuration: EvaluationFormLanguageConfiguration | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormAutoEvaluationConfiguration(_rt.Structure):
    """The automatic evaluation configuration of an evaluation form."""

    enabled: bool = _rt.field("Enabled", _rt.Boolean(), required=True)
    """When automated evaluation is enabled."""

    @classmethod
    def make(cls, *, enabled: bool) -> Self:
        return cls._build(locals())


class EvaluationFormContent(_rt.Structure):
    """Information about an evaluation form used in a contact evaluation."""

    evaluation_form_version: int = _rt.field(
        "EvaluationFormVersion", _rt.Integer(), required=True
    )
    """A version of the evaluation form."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True
    )
    """The unique identifier for the evaluation form."""

    evaluation_form_arn: str = _rt.field(
        "EvaluationFormArn", _rt.String(), required=True
    )
    """The Amazon Resource Name (ARN) for the evaluation form resource."""

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
    """The configuration of the automated evaluation."""

    target_configuration: EvaluationFormTargetConfiguration | None = _rt.field(
        "TargetConfiguration", _rt.Ref("EvaluationFormTargetConfiguration")
    )
    """Configuration that specifies the target for this evaluation form content."""

    language_configuration: EvaluationFormLanguageConfiguration | None = _rt.field(
        "LanguageConfiguration", _rt.Ref("EvaluationFormLanguageConfiguration")
    )
    """Configuration for language settings of this evaluation form content."""

    review_configuration: EvaluationReviewConfiguration | None = _rt.field(
        "ReviewConfiguration", _rt.Ref("EvaluationReviewConfiguration")
    )
    """Configuration for evaluation review settings of this evaluation form content."""

    @classmethod
    def make(
        cls,
        *,
        evaluation_form_version: int,
        evaluation_form_id: str,
        evaluation_form_arn: str,
        title: str,
        items: list[EvaluationFormItem],
        description: str | None = None,
        scoring_strategy: EvaluationFormScoringStrategy | None = None,
        auto_evaluation_configuration: (
            EvaluationFormAutoEvaluationConfiguration | None
        ) = None,
        target_configuration: EvaluationFormTargetConfiguration | None = None,
        language_configuration: EvaluationFormLanguageConfiguration | None = None,
        review_configuration: EvaluationReviewConfiguration | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormItem(_rt.Union):
    """Information about an item from an evaluation form. The item must be either a
    section or a question."""

    section: EvaluationFormSection | None = _rt.field(
        "Section", _rt.Ref("EvaluationFormSection")
    )
    """The information of the section."""

    question: EvaluationFormQuestion | None = _rt.field(
        "Question", _rt.Ref("EvaluationFormQuestion")
    )
    """The information of the question."""

    @classmethod
    def make(
        cls,
        *,
        section: EvaluationFormSection | None = None,
        question: EvaluationFormQuestion | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormItemEnablementAction(_rt.Enum):
    """The values of EvaluationFormItemEnablementAction; one AWS adds later is kept as it is."""

    DISABLE = "DISABLE"
    ENABLE = "ENABLE"


class EvaluationFormItemEnablementCondition(_rt.Structure):
    """A condition for item enablement."""

    operands: list[EvaluationFormItemEnablementConditionOperand] = _rt.field(
        "Operands",
        _rt.ListOf(_rt.Ref("EvaluationFormItemEnablementConditionOperand")),
        required=True,
    )
    """Operands of the enablement condition."""

    operator: EvaluationFormItemEnablementOperator | str | None = _rt.field(
        "Operator", _rt.String(enum="EvaluationFormItemEnablementOperator")
    )
    """The operator to be used to be applied to operands if more than one provided."""

    @classmethod
    def make(
        cls,
        *,
        operands: list[EvaluationFormItemEnablementConditionOperand],
        operator: EvaluationFormItemEnablementOperator | str | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormItemEnablementConditionOperand(_rt.Union):
    """An operand of the enablement condition."""

    expression: EvaluationFormItemEnablementExpression | None = _rt.field(
        "Expression", _rt.Ref("EvaluationFormItemEnablementExpression")
    )
    """An expression of the enablement condition."""

    condition: EvaluationFormItemEnablementCondition | None = _rt.field(
        "Condition", _rt.Ref("EvaluationFormItemEnablementCondition")
    )
    """A condition for item enablement."""

    @classmethod
    def make(
        cls,
        *,
        expression: EvaluationFormItemEnablementExpression | None = None,
        condition: EvaluationFormItemEnablementCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormItemEnablementConfiguration(_rt.Structure):
    """An item enablement configuration."""

    condition: EvaluationFormItemEnablementCondition = _rt.field(
        "Condition", _rt.Ref("EvaluationFormItemEnablementCondition"), required=True
    )
    """A condition for item enablement configuration."""

    action: EvaluationFormItemEnablementAction | str = _rt.field(
        "Action", _rt.String(enum="EvaluationFormItemEnablementAction"), required=True
    )
    """An enablement action that if condition is satisfied."""

    default_action: EvaluationFormItemEnablementAction | str | None = _rt.field(
        "DefaultAction", _rt.String(enum="EvaluationFormItemEnablementAction")
    )
    """An enablement action that if condition is not satisfied."""

    @classmethod
    def make(
        cls,
        *,
        condition: EvaluationFormItemEnablementCondition,
        action: EvaluationFormItemEnablementAction | str,
        default_action: EvaluationFormItemEnablementAction | str | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormItemEnablementExpression(_rt.Structure):
    """An expression that defines a basic building block of conditional enablement."""

    source: EvaluationFormItemEnablementSource = _rt.field(
        "Source", _rt.Ref("EvaluationFormItemEnablementSource"), required=True
    )
    """A source item of enablement expression."""

    values: list[EvaluationFormItemEnablementSourceValue] = _rt.field(
        "Values",
        _rt.ListOf(_rt.Ref("EvaluationFormItemEnablementSourceValue")),
        required=True,
    )
    """A list of values from source item."""

    comparator: EvaluationFormItemSourceValuesComparator | str = _rt.field(
        "Comparator",
        _rt.String(enum="EvaluationFormItemSourceValuesComparator"),
        required=True,
    )
    """A comparator to be used against list of values."""

    @classmethod
    def make(
        cls,
        *,
        source: EvaluationFormItemEnablementSource,
        values: list[EvaluationFormItemEnablementSourceValue],
        comparator: EvaluationFormItemSourceValuesComparator | str,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormItemEnablementOperator(_rt.Enum):
    """The values of EvaluationFormItemEnablementOperator; one AWS adds later is kept as it is."""

    OR = "OR"
    AND = "AND"


class EvaluationFormItemEnablementSource(_rt.Structure):
    """An enablement expression source item."""

    type: EvaluationFormItemEnablementSourceType | str = _rt.field(
        "Type", _rt.String(enum="EvaluationFormItemEnablementSourceType"), required=True
    )
    """A type of source item."""

    ref_id: str | None = _rt.field("RefId", _rt.String())
    """A referenceId of the source item."""

    @classmethod
    def make(
        cls,
        *,
        type: EvaluationFormItemEnablementSourceType | str,
        ref_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormItemEnablementSourceType(_rt.Enum):
    """The values of EvaluationFormItemEnablementSourceType; one AWS adds later is kept as it is."""

    QUESTION_REF_ID = "QUESTION_REF_ID"


class EvaluationFormItemEnablementSourceValue(_rt.Structure):
    """An enablement expression source value."""

    type: EvaluationFormItemEnablementSourceValueType | str = _rt.field(
        "Type",
        _rt.String(enum="EvaluationFormItemEnablementSourceValueType"),
        required=True,
    )
    """A type of source item value."""

    ref_id: str | None = _rt.field("RefId", _rt.String())
    """A referenceId of the source value."""

    @classmethod
    def make(
        cls,
        *,
        type: EvaluationFormItemEnablementSourceValueType | str,
        ref_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormItemEnablementSourceValueType(_rt.Enum):
    """The values of EvaluationFormItemEnablementSourceValueType; one AWS adds later is kept as it is."""

    OPTION_REF_ID = "OPTION_REF_ID"


class EvaluationFormItemSourceValuesComparator(_rt.Enum):
    """The values of EvaluationFormItemSourceValuesComparator; one AWS adds later is kept as it is."""

    IN = "IN"
    NOT_IN = "NOT_IN"
    ALL_IN = "ALL_IN"
    EXACT = "EXACT"


class EvaluationFormLanguageCode(_rt.Enum):
    """The values of EvaluationFormLanguageCode; one AWS adds later is kept as it is."""

    DE_DE = "de-DE"
    EN_US = "en-US"
    ES_ES = "es-ES"
    FR_FR = "fr-FR"
    IT_IT = "it-IT"
    PT_BR = "pt-BR"
    JA_JP = "ja-JP"
    KO_KR = "ko-KR"
    ZH_CN = "zh-CN"


class EvaluationFormLanguageConfiguration(_rt.Structure):
    """Language configuration for an evaluation form."""

    form_language: EvaluationFormLanguageCode | str | None = _rt.field(
        "FormLanguage", _rt.String(enum="EvaluationFormLanguageCode")
    )
    """The language for the evaluation form."""

    @classmethod
    def make(
        cls, *, form_language: EvaluationFormLanguageCode | str | None = None
    ) -> Self:
        return cls._build(locals())


class EvaluationFormMultiSelectQuestionAutomation(_rt.Structure):
    """Automation configuration for multi-select questions."""

    options: list[EvaluationFormMultiSelectQuestionAutomationOption] | None = _rt.field(
        "Options",
        _rt.ListOf(_rt.Ref("EvaluationFormMultiSelectQuestionAutomationOption")),
    )
    """Automation options for the multi-select question."""

    default_option_ref_ids: list[str] | None = _rt.field(
        "DefaultOptionRefIds", _rt.ListOf(_rt.String())
    )
    """Reference IDs of default options."""

    answer_source: EvaluationFormQuestionAutomationAnswerSource | None = _rt.field(
        "AnswerSource", _rt.Ref("EvaluationFormQuestionAutomationAnswerSource")
    )

    @classmethod
    def make(
        cls,
        *,
        options: list[EvaluationFormMultiSelectQuestionAutomationOption] | None = None,
        default_option_ref_ids: list[str] | None = None,
        answer_source: EvaluationFormQuestionAutomationAnswerSource | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormMultiSelectQuestionAutomationOption(_rt.Union):
    """An automation option for a multi-select question."""

    rule_category: MultiSelectQuestionRuleCategoryAutomation | None = _rt.field(
        "RuleCategory", _rt.Ref("MultiSelectQuestionRuleCategoryAutomation")
    )
    """Rule category configuration for this automation option."""

    @classmethod
    def make(
        cls, *, rule_category: MultiSelectQuestionRuleCategoryAutomation | None = None
    ) -> Self:
        return cls._build(locals())


class EvaluationFormMultiSelectQuestionDisplayMode(_rt.Enum):
    """The values of EvaluationFormMultiSelectQuestionDisplayMode; one AWS adds later is kept as it is."""

    DROPDOWN = "DROPDOWN"
    CHECKBOX = "CHECKBOX"


class EvaluationFormMultiSelectQuestionOption(_rt.Structure):
    """An option for a multi-select question in an evaluation form."""

    ref_id: str = _rt.field("RefId", _rt.String(), required=True)
    """Reference identifier for this option."""

    text: str = _rt.field("Text", _rt.String(min=0, max=128), required=True)
    """Display text for this option."""

    @classmethod
    def make(cls, *, ref_id: str, text: str) -> Self:
        return cls._build(locals())


class EvaluationFormMultiSelectQuestionProperties(_rt.Structure):
    """Properties for a multi-select question in an evaluation form."""

    options: list[EvaluationFormMultiSelectQuestionOption] = _rt.field(
        "Options",
        _rt.ListOf(_rt.Ref("EvaluationFormMultiSelectQuestionOption")),
        required=True,
    )
    """Options available for this multi-select question."""

    display_as: EvaluationFormMultiSelectQuestionDisplayMode | str | None = _rt.field(
        "DisplayAs", _rt.String(enum="EvaluationFormMultiSelectQuestionDisplayMode")
    )
    """Display format for the multi-select question."""

    automation: EvaluationFormMultiSelectQuestionAutomation | None = _rt.field(
        "Automation", _rt.Ref("EvaluationFormMultiSelectQuestionAutomation")
    )
    """Automation configuration for this multi-select question."""

    @classmethod
    def make(
        cls,
        *,
        options: list[EvaluationFormMultiSelectQuestionOption],
        display_as: EvaluationFormMultiSelectQuestionDisplayMode | str | None = None,
        automation: EvaluationFormMultiSelectQuestionAutomation | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormNumericQuestionAutomation(_rt.Union):
    """Information about the automation configuration in numeric questions."""

    property_value: NumericQuestionPropertyValueAutomation | None = _rt.field(
        "PropertyValue", _rt.Ref("NumericQuestionPropertyValueAutomation")
    )
    """The property value of the automation."""

    answer_source: EvaluationFormQuestionAutomationAnswerSource | None = _rt.field(
        "AnswerSource", _rt.Ref("EvaluationFormQuestionAutomationAnswerSource")
    )
    """A source of automation answer for numeric question."""

    @classmethod
    def make(
        cls,
        *,
        property_value: NumericQuestionPropertyValueAutomation | None = None,
        answer_source: EvaluationFormQuestionAutomationAnswerSource | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormNumericQuestionOption(_rt.Structure):
    """Information about the option range used for scoring in numeric questions."""

    min_value: int = _rt.field("MinValue", _rt.Integer(), required=True)
    """The minimum answer value of the range option."""

    max_value: int = _rt.field("MaxValue", _rt.Integer(), required=True)
    """The maximum answer value of the range option."""

    score: int | None = _rt.field("Score", _rt.Integer())
    """The score assigned to answer values within the range option."""

    automatic_fail: bool | None = _rt.field("AutomaticFail", _rt.Boolean())
    """The flag to mark the option as automatic fail. If an automatic fail answer is
    provided, the overall evaluation gets a score of 0."""

    automatic_fail_configuration: AutomaticFailConfiguration | None = _rt.field(
        "AutomaticFailConfiguration", _rt.Ref("AutomaticFailConfiguration")
    )
    """A configuration for automatic fail."""

    @classmethod
    def make(
        cls,
        *,
        min_value: int,
        max_value: int,
        score: int | None = None,
        automatic_fail: bool | None = None,
        automatic_fail_configuration: AutomaticFailConfiguration | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormNumericQuestionProperties(_rt.Structure):
    """Information about properties for a numeric question in an evaluation form."""

    min_value: int = _rt.field("MinValue", _rt.Integer(), required=True)
    """The minimum answer value."""

    max_value: int = _rt.field("MaxValue", _rt.Integer(), required=True)
    """The maximum answer value."""

    options: list[EvaluationFormNumericQuestionOption] | None = _rt.field(
        "Options", _rt.ListOf(_rt.Ref("EvaluationFormNumericQuestionOption"))
    )
    """The scoring options of the numeric question."""

    automation: EvaluationFormNumericQuestionAutomation | None = _rt.field(
        "Automation", _rt.Ref("EvaluationFormNumericQuestionAutomation")
    )
    """The automation properties of the numeric question."""

    @classmethod
    def make(
        cls,
        *,
        min_value: int,
        max_value: int,
        options: list[EvaluationFormNumericQuestionOption] | None = None,
        automation: EvaluationFormNumericQuestionAutomation | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormQuestion(_rt.Structure):
    """Information about a question from an evaluation form."""

    title: str = _rt.field("Title", _rt.String(), required=True)
    """The title of the question."""

    instructions: str | None = _rt.field("Instructions", _rt.String())
    """The instructions of the section."""

    ref_id: str = _rt.field("RefId", _rt.String(), required=True)
    """The identifier of the question. An identifier must be unique within the
    evaluation form."""

    not_applicable_enabled: bool | None = _rt.field(
        "NotApplicableEnabled", _rt.Boolean()
    )
    """The flag to enable not applicable answers to the question."""

    question_type: EvaluationFormQuestionType | str = _rt.field(
        "QuestionType", _rt.String(enum="EvaluationFormQuestionType"), required=True
    )
    """The type of the question."""

    question_type_properties: EvaluationFormQuestionTypeProperties | None = _rt.field(
        "QuestionTypeProperties", _rt.Ref("EvaluationFormQuestionTypeProperties")
    )
    """The properties of the type of question. Text questions do not have to define
    question type properties."""

    enablement: EvaluationFormItemEnablementConfiguration | None = _rt.field(
        "Enablement", _rt.Ref("EvaluationFormItemEnablementConfiguration")
    )
    """A question conditional enablement."""

    weight: float | None = _rt.field("Weight", _rt.Float())
    """The scoring weight of the section."""

    @classmethod
    def make(
        cls,
        *,
        title: str,
        ref_id: str,
        question_type: EvaluationFormQuestionType | str,
        instructions: str | None = None,
        not_applicable_enabled: bool | None = None,
        question_type_properties: EvaluationFormQuestionTypeProperties | None = None,
        enablement: EvaluationFormItemEnablementConfiguration | None = None,
        weight: float | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormQuestionAutomationAnswerSource(_rt.Structure):
    """A question automation answer."""

    source_type: EvaluationFormQuestionAutomationAnswerSourceType | str = _rt.field(
        "SourceType",
        _rt.String(enum="EvaluationFormQuestionAutomationAnswerSourceType"),
        required=True,
    )
    """The automation answer source type."""

    @classmethod
    def make(
        cls, *, source_type: EvaluationFormQuestionAutomationAnswerSourceType | str
    ) -> Self:
        return cls._build(locals())


class EvaluationFormQuestionAutomationAnswerSourceType(_rt.Enum):
    """The values of EvaluationFormQuestionAutomationAnswerSourceType; one AWS adds later is kept as it is."""

    CONTACT_LENS_DATA = "CONTACT_LENS_DATA"
    GEN_AI = "GEN_AI"


class EvaluationFormQuestionType(_rt.Enum):
    """The values of EvaluationFormQuestionType; one AWS adds later is kept as it is."""

    TEXT = "TEXT"
    SINGLESELECT = "SINGLESELECT"
    NUMERIC = "NUMERIC"
    MULTISELECT = "MULTISELECT"
    DATETIME = "DATETIME"


class EvaluationFormQuestionTypeProperties(_rt.Union):
    """Information about properties for a question in an evaluation form. The question
    type properties must be either for a numeric question or a single select
    question."""

    numeric: EvaluationFormNumericQuestionProperties | None = _rt.field(
        "Numeric", _rt.Ref("EvaluationFormNumericQuestionProperties")
    )
    """The properties of the numeric question."""

    single_select: EvaluationFormSingleSelectQuestionProperties | None = _rt.field(
        "SingleSelect", _rt.Ref("EvaluationFormSingleSelectQuestionProperties")
    )
    """The properties of the numeric question."""

    text: EvaluationFormTextQuestionProperties | None = _rt.field(
        "Text", _rt.Ref("EvaluationFormTextQuestionProperties")
    )
    """The properties of the text question."""

    multi_select: EvaluationFormMultiSelectQuestionProperties | None = _rt.field(
        "MultiSelect", _rt.Ref("EvaluationFormMultiSelectQuestionProperties")
    )
    """Properties for multi-select question types."""

    @classmethod
    def make(
        cls,
        *,
        numeric: EvaluationFormNumericQuestionProperties | None = None,
        single_select: EvaluationFormSingleSelectQuestionProperties | None = None,
        text: EvaluationFormTextQuestionProperties | None = None,
        multi_select: EvaluationFormMultiSelectQuestionProperties | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormScoringMode(_rt.Enum):
    """The values of EvaluationFormScoringMode; one AWS adds later is kept as it is."""

    QUESTION_ONLY = "QUESTION_ONLY"
    SECTION_ONLY = "SECTION_ONLY"


class EvaluationFormScoringStatus(_rt.Enum):
    """The values of EvaluationFormScoringStatus; one AWS adds later is kept as it is."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class EvaluationFormScoringStrategy(_rt.Structure):
    """Information about scoring strategy for an evaluation form."""

    mode: EvaluationFormScoringMode | str = _rt.field(
        "Mode", _rt.String(enum="EvaluationFormScoringMode"), required=True
    )
    """The scoring mode of the evaluation form."""

    status: EvaluationFormScoringStatus | str = _rt.field(
        "Status", _rt.String(enum="EvaluationFormScoringStatus"), required=True
    )
    """The scoring status of the evaluation form."""

    @classmethod
    def make(
        cls,
        *,
        mode: EvaluationFormScoringMode | str,
        status: EvaluationFormScoringStatus | str,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormSearchCriteria(_rt.Structure):
    """The search criteria to be used to return evaluation forms."""

    or_conditions: list[EvaluationFormSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("EvaluationFormSearchCriteria"))
    )
    """A list of conditions which would be applied together with an OR condition."""

    and_conditions: list[EvaluationFormSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("EvaluationFormSearchCriteria"))
    )
    """A list of conditions which would be applied together with an AND condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )

    number_condition: NumberCondition | None = _rt.field(
        "NumberCondition", _rt.Ref("NumberCondition")
    )

    boolean_condition: BooleanCondition | None = _rt.field(
        "BooleanCondition", _rt.Ref("BooleanCondition")
    )
    """Boolean search condition."""

    date_time_condition: DateTimeCondition | None = _rt.field(
        "DateTimeCondition", _rt.Ref("DateTimeCondition")
    )
    """Datetime search condition."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[EvaluationFormSearchCriteria] | None = None,
        and_conditions: list[EvaluationFormSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
        number_condition: NumberCondition | None = None,
        boolean_condition: BooleanCondition | None = None,
        date_time_condition: DateTimeCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    attribute_filter: ControlPlaneAttributeFilter | None = _rt.field(
        "AttributeFilter", _rt.Ref("ControlPlaneAttributeFilter")
    )

    @classmethod
    def make(
        cls, *, attribute_filter: ControlPlaneAttributeFilter | None = None
    ) -> Self:
        return cls._build(locals())


class EvaluationFormSearchSummary(_rt.Structure):
    """Information about the returned evaluation forms."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True
    )
    """The unique identifier for the evaluation form."""

    evaluation_form_arn: str = _rt.field(
        "EvaluationFormArn", _rt.String(), required=True
    )
    """The Amazon Resource Name (ARN) for the evaluation form resource."""

    title: str = _rt.field("Title", _rt.String(), required=True)
    """The title of the evaluation form."""

    status: EvaluationFormVersionStatus | str = _rt.field(
        "Status", _rt.String(enum="EvaluationFormVersionStatus"), required=True
    )
    """The status of the evaluation form."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the evaluation form."""

    created_time: datetime.datetime = _rt.field(
        "CreatedTime", _rt.Timestamp(), required=True
    )
    """When the evaluation form was created."""

    created_by: str = _rt.field("CreatedBy", _rt.String(), required=True)
    """Who created the evaluation form."""

    last_modified_time: datetime.datetime = _rt.field(
        "LastModifiedTime", _rt.Timestamp(), required=True
    )
    """When the evaluation form was last changed."""

    last_modified_by: str = _rt.field("LastModifiedBy", _rt.String(), required=True)
    """Who changed the evaluation form."""

    last_activated_time: datetime.datetime | None = _rt.field(
        "LastActivatedTime", _rt.Timestamp()
    )
    """When the evaluation format was last activated."""

    last_activated_by: str | None = _rt.field("LastActivatedBy", _rt.String())
    """The ID of user who last activated evaluation form."""

    latest_version: int = _rt.field("LatestVersion", _rt.Integer(), required=True)
    """Latest version of the evaluation form."""

    active_version: int | None = _rt.field("ActiveVersion", _rt.Integer())
    """Active version of the evaluation form."""

    auto_evaluation_enabled: bool | None = _rt.field(
        "AutoEvaluationEnabled", _rt.Boolean()
    )
    """Whether automated evaluation is enabled."""

    evaluation_form_language: EvaluationFormLanguageCode | str | None = _rt.field(
        "EvaluationFormLanguage", _rt.String(enum="EvaluationFormLanguageCode")
    )
    """The language of the evaluation form."""

    contact_interaction_type: ContactInteractionType | str | None = _rt.field(
        "ContactInteractionType", _rt.String(enum="ContactInteractionType")
    )
    """The contact interaction type for this evaluation form."""

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
        evaluation_form_id: str,
        evaluation_form_arn: str,
        title: str,
        status: EvaluationFormVersionStatus | str,
        created_time: datetime.datetime,
        created_by: str,
        last_modified_time: datetime.datetime,
        last_modified_by: str,
        latest_version: int,
        description: str | None = None,
        last_activated_time: datetime.datetime | None = None,
        last_activated_by: str | None = None,
        active_version: int | None = None,
        auto_evaluation_enabled: bool | None = None,
        evaluation_form_language: EvaluationFormLanguageCode | str | None = None,
        contact_interaction_type: ContactInteractionType | str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormSection(_rt.Structure):
    """Information about a section from an evaluation form. A section can contain
    sections and/or questions. Evaluation forms can only contain sections and
    subsections (two level nesting)."""

    title: str = _rt.field("Title", _rt.String(), required=True)
    """The title of the section."""

    ref_id: str = _rt.field("RefId", _rt.String(), required=True)
    """The identifier of the section. An identifier must be unique within the
    evaluation form."""

    instructions: str | None = _rt.field("Instructions", _rt.String())
    """The instructions of the section."""

    items: list[EvaluationFormItem] = _rt.field(
        "Items", _rt.ListOf(_rt.Ref("EvaluationFormItem")), required=True
    )
    """The items of the section."""

    weight: float | None = _rt.field("Weight", _rt.Float())
    """The scoring weight of the section."""

    @classmethod
    def make(
        cls,
        *,
        title: str,
        ref_id: str,
        items: list[EvaluationFormItem],
        instructions: str | None = None,
        weight: float | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormSingleSelectQuestionAutomation(_rt.Structure):
    """Information about the automation configuration in single select questions.
    Automation options are evaluated in order, and the first matched option is
    applied. If no automation option matches, and there is a default option, then
    the default option is applied."""

    options: list[EvaluationFormSingleSelectQuestionAutomationOption] | None = (
        _rt.field(
            "Options",
            _rt.ListOf(_rt.Ref("EvaluationFormSingleSelectQuestionAutomationOption")),
        )
    )
    """The automation options of the single select question."""

    default_option_ref_id: str | None = _rt.field("DefaultOptionRefId", _rt.String())
    """The identifier of the default answer option, when none of the automation options
    match the criteria."""

    answer_source: EvaluationFormQuestionAutomationAnswerSource | None = _rt.field(
        "AnswerSource", _rt.Ref("EvaluationFormQuestionAutomationAnswerSource")
    )
    """Automation answer source."""

    @classmethod
    def make(
        cls,
        *,
        options: list[EvaluationFormSingleSelectQuestionAutomationOption] | None = None,
        default_option_ref_id: str | None = None,
        answer_source: EvaluationFormQuestionAutomationAnswerSource | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormSingleSelectQuestionAutomationOption(_rt.Union):
    """Information about the automation option of a single select question."""

    rule_category: SingleSelectQuestionRuleCategoryAutomation | None = _rt.field(
        "RuleCategory", _rt.Ref("SingleSelectQuestionRuleCategoryAutomation")
    )
    """The automation option based on a rule category for the single select question."""

    @classmethod
    def make(
        cls, *, rule_category: SingleSelectQuestionRuleCategoryAutomation | None = None
    ) -> Self:
        return cls._build(locals())


class EvaluationFormSingleSelectQuestionDisplayMode(_rt.Enum):
    """The values of EvaluationFormSingleSelectQuestionDisplayMode; one AWS adds later is kept as it is."""

    DROPDOWN = "DROPDOWN"
    RADIO = "RADIO"


class EvaluationFormSingleSelectQuestionOption(_rt.Structure):
    """Information about the automation configuration in single select questions."""

    ref_id: str = _rt.field("RefId", _rt.String(), required=True)
    """The identifier of the answer option. An identifier must be unique within the
    question."""

    text: str = _rt.field("Text", _rt.String(), required=True)
    """The title of the answer option."""

    score: int | None = _rt.field("Score", _rt.Integer())
    """The score assigned to the answer option."""

    automatic_fail: bool | None = _rt.field("AutomaticFail", _rt.Boolean())
    """The flag to mark the option as automatic fail. If an automatic fail answer is
    provided, the overall evaluation gets a score of 0."""

    automatic_fail_configuration: AutomaticFailConfiguration | None = _rt.field(
        "AutomaticFailConfiguration", _rt.Ref("AutomaticFailConfiguration")
    )
    """Whether automatic fail is configured on a single select question."""

    @classmethod
    def make(
        cls,
        *,
        ref_id: str,
        text: str,
        score: int | None = None,
        automatic_fail: bool | None = None,
        automatic_fail_configuration: AutomaticFailConfiguration | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormSingleSelectQuestionProperties(_rt.Structure):
    """Information about the options in single select questions."""

    options: list[EvaluationFormSingleSelectQuestionOption] = _rt.field(
        "Options",
        _rt.ListOf(_rt.Ref("EvaluationFormSingleSelectQuestionOption")),
        required=True,
    )
    """The answer options of the single select question."""

    display_as: EvaluationFormSingleSelectQuestionDisplayMode | str | None = _rt.field(
        "DisplayAs", _rt.String(enum="EvaluationFormSingleSelectQuestionDisplayMode")
    )
    """The display mode of the single select question."""

    automation: EvaluationFormSingleSelectQuestionAutomation | None = _rt.field(
        "Automation", _rt.Ref("EvaluationFormSingleSelectQuestionAutomation")
    )
    """The display mode of the single select question."""

    @classmethod
    def make(
        cls,
        *,
        options: list[EvaluationFormSingleSelectQuestionOption],
        display_as: EvaluationFormSingleSelectQuestionDisplayMode | str | None = None,
        automation: EvaluationFormSingleSelectQuestionAutomation | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormSummary(_rt.Structure):
    """Summary information about an evaluation form."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True
    )
    """The unique identifier for the evaluation form."""

    evaluation_form_arn: str = _rt.field(
        "EvaluationFormArn", _rt.String(), required=True
    )
    """The Amazon Resource Name (ARN) for the evaluation form resource."""

    title: str = _rt.field("Title", _rt.String(), required=True)
    """A title of the evaluation form."""

    created_time: datetime.datetime = _rt.field(
        "CreatedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for when the evaluation form was created."""

    created_by: str = _rt.field("CreatedBy", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the user who created the evaluation form."""

    last_modified_time: datetime.datetime = _rt.field(
        "LastModifiedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for when the evaluation form was last updated."""

    last_modified_by: str = _rt.field("LastModifiedBy", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the user who last updated the evaluation form."""

    last_activated_time: datetime.datetime | None = _rt.field(
        "LastActivatedTime", _rt.Timestamp()
    )
    """The timestamp for when the evaluation form was last activated."""

    last_activated_by: str | None = _rt.field("LastActivatedBy", _rt.String())
    """The Amazon Resource Name (ARN) of the user who last activated the evaluation
    form."""

    latest_version: int = _rt.field("LatestVersion", _rt.Integer(), required=True)
    """The version number of the latest evaluation form version."""

    active_version: int | None = _rt.field("ActiveVersion", _rt.Integer())
    """The version of the active evaluation form version."""

    @classmethod
    def make(
        cls,
        *,
        evaluation_form_id: str,
        evaluation_form_arn: str,
        title: str,
        created_time: datetime.datetime,
        created_by: str,
        last_modified_time: datetime.datetime,
        last_modified_by: str,
        latest_version: int,
        last_activated_time: datetime.datetime | None = None,
        last_activated_by: str | None = None,
        active_version: int | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormTargetConfiguration(_rt.Structure):
    """Configuration that specifies the target for an evaluation form."""

    contact_interaction_type: ContactInteractionType | str = _rt.field(
        "ContactInteractionType",
        _rt.String(enum="ContactInteractionType"),
        required=True,
    )
    """The contact interaction type for this evaluation form."""

    @classmethod
    def make(cls, *, contact_interaction_type: ContactInteractionType | str) -> Self:
        return cls._build(locals())


class EvaluationFormTextQuestionAutomation(_rt.Structure):
    """Information about the automation configuration in text questions."""

    answer_source: EvaluationFormQuestionAutomationAnswerSource | None = _rt.field(
        "AnswerSource", _rt.Ref("EvaluationFormQuestionAutomationAnswerSource")
    )
    """Automation answer source."""

    @classmethod
    def make(
        cls,
        *,
        answer_source: EvaluationFormQuestionAutomationAnswerSource | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationFormTextQuestionProperties(_rt.Structure):
    """Information about properties for a text question in an evaluation form."""

    automation: EvaluationFormTextQuestionAutomation | None = _rt.field(
        "Automation", _rt.Ref("EvaluationFormTextQuestionAutomation")
    )
    """The automation properties of the text question."""

    @classmethod
    def make(
        cls, *, automation: EvaluationFormTextQuestionAutomation | None = None
    ) -> Self:
        return cls._build(locals())


class EvaluationFormVersionStatus(_rt.Enum):
    """The values of EvaluationFormVersionStatus; one AWS adds later is kept as it is."""

    DRAFT = "DRAFT"
    ACTIVE = "ACTIVE"


class EvaluationFormVersionSummary(_rt.Structure):
    """Summary information about an evaluation form."""

    evaluation_form_arn: str = _rt.field(
        "EvaluationFormArn", _rt.String(), required=True
    )
    """The Amazon Resource Name (ARN) for the evaluation form resource."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True
    )
    """The unique identifier for the evaluation form."""

    evaluation_form_version: int = _rt.field(
        "EvaluationFormVersion", _rt.Integer(), required=True
    )
    """A version of the evaluation form."""

    locked: bool = _rt.field("Locked", _rt.Boolean(), required=True)
    """The flag indicating whether the evaluation form is locked for changes."""

    status: EvaluationFormVersionStatus | str = _rt.field(
        "Status", _rt.String(enum="EvaluationFormVersionStatus"), required=True
    )
    """The status of the evaluation form."""

    created_time: datetime.datetime = _rt.field(
        "CreatedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for when the evaluation form was created."""

    created_by: str = _rt.field("CreatedBy", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the user who created the evaluation form."""

    last_modified_time: datetime.datetime = _rt.field(
        "LastModifiedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for when the evaluation form was last updated."""

    last_modified_by: str = _rt.field("LastModifiedBy", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the user who last updated the evaluation form."""

    @classmethod
    def make(
        cls,
        *,
        evaluation_form_arn: str,
        evaluation_form_id: str,
        evaluation_form_version: int,
        locked: bool,
        status: EvaluationFormVersionStatus | str,
        created_time: datetime.datetime,
        created_by: str,
        last_modified_time: datetime.datetime,
        last_modified_by: str,
    ) -> Self:
        return cls._build(locals())


class EvaluationGenAIAnswerAnalysisDetails(_rt.Structure):
    """An analysis for a generative AI answer to the question."""

    justification: str | None = _rt.field("Justification", _rt.String(min=1))
    """Generative AI automation answer justification."""

    points_of_interest: list[EvaluationTranscriptPointOfInterest] | None = _rt.field(
        "PointsOfInterest",
        _rt.ListOf(_rt.Ref("EvaluationTranscriptPointOfInterest"), min=0, max=100),
    )
    """Generative AI automation answer analysis points of interest."""

    @classmethod
    def make(
        cls,
        *,
        justification: str | None = None,
        points_of_interest: list[EvaluationTranscriptPointOfInterest] | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationMetadata(_rt.Structure):
    """Metadata information about a contact evaluation."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact in this instance of Connect Customer."""

    evaluator_arn: str = _rt.field("EvaluatorArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the user who last updated the evaluation."""

    contact_agent_id: str | None = _rt.field(
        "ContactAgentId", _rt.String(min=1, max=500)
    )
    """The identifier of the agent who performed the contact."""

    calibration_session_id: str | None = _rt.field(
        "CalibrationSessionId", _rt.String(min=1, max=500)
    )
    """The calibration session ID that this evaluation belongs to."""

    score: EvaluationScore | None = _rt.field("Score", _rt.Ref("EvaluationScore"))
    """The overall score of the contact evaluation."""

    auto_evaluation: AutoEvaluationDetails | None = _rt.field(
        "AutoEvaluation", _rt.Ref("AutoEvaluationDetails")
    )
    """Information related to automated evaluation."""

    acknowledgement: EvaluationAcknowledgement | None = _rt.field(
        "Acknowledgement", _rt.Ref("EvaluationAcknowledgement")
    )
    """Information related to evaluation acknowledgement."""

    review: EvaluationReviewMetadata | None = _rt.field(
        "Review", _rt.Ref("EvaluationReviewMetadata")
    )
    """Information about reviews of this evaluation."""

    contact_participant: EvaluationContactParticipant | None = _rt.field(
        "ContactParticipant", _rt.Ref("EvaluationContactParticipant")
    )
    """Information about a contact participant in this evaluation."""

    sampling_job_id: str | None = _rt.field("SamplingJobId", _rt.String(min=1, max=500))
    """Identifier of the sampling job."""

    @classmethod
    def make(
        cls,
        *,
        contact_id: str,
        evaluator_arn: str,
        contact_agent_id: str | None = None,
        calibration_session_id: str | None = None,
        score: EvaluationScore | None = None,
        auto_evaluation: AutoEvaluationDetails | None = None,
        acknowledgement: EvaluationAcknowledgement | None = None,
        review: EvaluationReviewMetadata | None = None,
        contact_participant: EvaluationContactParticipant | None = None,
        sampling_job_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationNote(_rt.Structure):
    """Information about notes for a contact evaluation."""

    value: str | None = _rt.field("Value", _rt.String(min=0, max=3072))
    """The note for an item (section or question) in a contact evaluation.

    Even though a note in an evaluation can have up to 3072 chars, there is also a
    limit on the total number of chars for all the notes in the evaluation combined.
    Assuming there are N questions in the evaluation being submitted, then the max
    char limit for all notes combined is N x 1024."""

    @classmethod
    def make(cls, *, value: str | None = None) -> Self:
        return cls._build(locals())


class EvaluationQuestionAnswerAnalysisDetails(_rt.Union):
    """Detailed analysis results of the automated answer to the evaluation question."""

    gen_ai: EvaluationGenAIAnswerAnalysisDetails | None = _rt.field(
        "GenAI", _rt.Ref("EvaluationGenAIAnswerAnalysisDetails")
    )
    """Analysis results from the generative AI automation for the question."""

    contact_lens: EvaluationContactLensAnswerAnalysisDetails | None = _rt.field(
        "ContactLens", _rt.Ref("EvaluationContactLensAnswerAnalysisDetails")
    )
    """Analysis results from the Contact Lens automation for the question."""

    @classmethod
    def make(
        cls,
        *,
        gen_ai: EvaluationGenAIAnswerAnalysisDetails | None = None,
        contact_lens: EvaluationContactLensAnswerAnalysisDetails | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationQuestionAnswerAnalysisType(_rt.Enum):
    """The values of EvaluationQuestionAnswerAnalysisType; one AWS adds later is kept as it is."""

    CONTACT_LENS_DATA = "CONTACT_LENS_DATA"
    GEN_AI = "GEN_AI"


class EvaluationQuestionInputDetails(_rt.Structure):
    """Details of the input data used for automated question processing."""

    transcript_type: EvaluationTranscriptType | str | None = _rt.field(
        "TranscriptType", _rt.String(enum="EvaluationTranscriptType")
    )
    """Transcript type."""

    @classmethod
    def make(
        cls, *, transcript_type: EvaluationTranscriptType | str | None = None
    ) -> Self:
        return cls._build(locals())


class EvaluationReviewConfiguration(_rt.Structure):
    """Configuration settings for evaluation reviews."""

    review_notification_recipients: list[EvaluationReviewNotificationRecipient] = (
        _rt.field(
            "ReviewNotificationRecipients",
            _rt.ListOf(_rt.Ref("EvaluationReviewNotificationRecipient"), min=1),
            required=True,
        )
    )
    """List of recipients who should be notified when a review is requested."""

    eligibility_days: int | None = _rt.field("EligibilityDays", _rt.Integer())
    """Number of days during which a request for review can be submitted for
    evaluations created from this form."""

    @classmethod
    def make(
        cls,
        *,
        review_notification_recipients: list[EvaluationReviewNotificationRecipient],
        eligibility_days: int | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationReviewMetadata(_rt.Structure):
    """Metadata information about an evaluation review."""

    review_id: str | None = _rt.field("ReviewId", _rt.String(min=1, max=500))
    """The unique identifier for the evaluation review."""

    requested_time: datetime.datetime | None = _rt.field(
        "RequestedTime", _rt.Timestamp()
    )
    """The timestamp when the evaluation review was requested."""

    requested_by: str | None = _rt.field("RequestedBy", _rt.String())
    """The user who requested the evaluation review."""

    created_time: datetime.datetime | None = _rt.field("CreatedTime", _rt.Timestamp())
    """Deprecated since 02/17/2026. CreatedTime is deprecated.

    The timestamp when the evaluation review was created."""

    created_by: str | None = _rt.field("CreatedBy", _rt.String())
    """Deprecated since 02/17/2026. CreatedBy is deprecated.

    The user who created the evaluation review."""

    review_request_comments: list[EvaluationReviewRequestComment] = _rt.field(
        "ReviewRequestComments",
        _rt.ListOf(_rt.Ref("EvaluationReviewRequestComment"), max=1),
        required=True,
    )
    """Comments provided when requesting the evaluation review."""

    @classmethod
    def make(
        cls,
        *,
        review_request_comments: list[EvaluationReviewRequestComment],
        review_id: str | None = None,
        requested_time: datetime.datetime | None = None,
        requested_by: str | None = None,
        created_time: datetime.datetime | None = None,
        created_by: str | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationReviewNotificationRecipient(_rt.Structure):
    """Information about a recipient who should be notified when an evaluation review
    is requested."""

    type: EvaluationReviewNotificationRecipientType | str = _rt.field(
        "Type",
        _rt.String(enum="EvaluationReviewNotificationRecipientType"),
        required=True,
    )
    """The type of notification recipient."""

    value: EvaluationReviewNotificationRecipientValue = _rt.field(
        "Value", _rt.Ref("EvaluationReviewNotificationRecipientValue"), required=True
    )
    """The value associated with the notification recipient type."""

    @classmethod
    def make(
        cls,
        *,
        type: EvaluationReviewNotificationRecipientType | str,
        value: EvaluationReviewNotificationRecipientValue,
    ) -> Self:
        return cls._build(locals())


class EvaluationReviewNotificationRecipientType(_rt.Enum):
    """The values of EvaluationReviewNotificationRecipientType; one AWS adds later is kept as it is."""

    USER_ID = "USER_ID"


class EvaluationReviewNotificationRecipientValue(_rt.Structure):
    """The value information for an evaluation review notification recipient."""

    user_id: str | None = _rt.field("UserId", _rt.String(min=1, max=500))
    """The user identifier for the notification recipient."""

    @classmethod
    def make(cls, *, user_id: str | None = None) -> Self:
        return cls._build(locals())


class EvaluationReviewRequestComment(_rt.Structure):
    """A comment provided when requesting an evaluation review."""

    comment: str | None = _rt.field("Comment", _rt.String(max=500))
    """The text content of the review request comment."""

    created_time: datetime.datetime | None = _rt.field("CreatedTime", _rt.Timestamp())
    """The timestamp when the evaluation review request comment was created."""

    created_by: str | None = _rt.field("CreatedBy", _rt.String())
    """The user who created the evaluation review request comment."""

    @classmethod
    def make(
        cls,
        *,
        comment: str | None = None,
        created_time: datetime.datetime | None = None,
        created_by: str | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationScore(_rt.Structure):
    """Information about scores of a contact evaluation item (section or question)."""

    percentage: float | None = _rt.field("Percentage", _rt.Float(min=0, max=100))
    """The score percentage for an item in a contact evaluation."""

    not_applicable: bool | None = _rt.field("NotApplicable", _rt.Boolean())
    """The flag to mark the item as not applicable for scoring."""

    automatic_fail: bool | None = _rt.field("AutomaticFail", _rt.Boolean())
    """The flag that marks the item as automatic fail. If the item or a child item gets
    an automatic fail answer, this flag will be true."""

    applied_weight: float | None = _rt.field("AppliedWeight", _rt.Float())
    """Weight applied to this evaluation score."""

    @classmethod
    def make(
        cls,
        *,
        percentage: float | None = None,
        not_applicable: bool | None = None,
        automatic_fail: bool | None = None,
        applied_weight: float | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationSearchCriteria(_rt.Structure):
    """The search criteria to be used to return evaluations."""

    or_conditions: list[EvaluationSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("EvaluationSearchCriteria"))
    )
    """A list of conditions which would be applied together with an OR condition."""

    and_conditions: list[EvaluationSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("EvaluationSearchCriteria"))
    )
    """A list of conditions which would be applied together with an AND condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )

    number_condition: NumberCondition | None = _rt.field(
        "NumberCondition", _rt.Ref("NumberCondition")
    )

    boolean_condition: BooleanCondition | None = _rt.field(
        "BooleanCondition", _rt.Ref("BooleanCondition")
    )
    """The boolean condition search criteria for searching evaluations."""

    date_time_condition: DateTimeCondition | None = _rt.field(
        "DateTimeCondition", _rt.Ref("DateTimeCondition")
    )
    """The datetime condition search criteria for searching evaluations."""

    decimal_condition: DecimalCondition | None = _rt.field(
        "DecimalCondition", _rt.Ref("DecimalCondition")
    )
    """The decimal condition search criteria for searching evaluations."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[EvaluationSearchCriteria] | None = None,
        and_conditions: list[EvaluationSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
        number_condition: NumberCondition | None = None,
        boolean_condition: BooleanCondition | None = None,
        date_time_condition: DateTimeCondition | None = None,
        decimal_condition: DecimalCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    attribute_filter: ControlPlaneAttributeFilter | None = _rt.field(
        "AttributeFilter", _rt.Ref("ControlPlaneAttributeFilter")
    )

    @classmethod
    def make(
        cls, *, attribute_filter: ControlPlaneAttributeFilter | None = None
    ) -> Self:
        return cls._build(locals())


class EvaluationSearchMetadata(_rt.Structure):
    """Metadata information about an evaluation search."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact in this instance of Connect Customer."""

    evaluator_arn: str = _rt.field("EvaluatorArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the person who evaluated the contact."""

    contact_agent_id: str | None = _rt.field(
        "ContactAgentId", _rt.String(min=1, max=500)
    )
    """The unique ID of the agent who handled the contact."""

    calibration_session_id: str | None = _rt.field(
        "CalibrationSessionId", _rt.String(min=1, max=500)
    )
    """The calibration session ID that this evaluation belongs to."""

    score_percentage: float | None = _rt.field(
        "ScorePercentage", _rt.Float(min=0, max=100)
    )
    """The total evaluation score expressed as a percentage."""

    score_automatic_fail: bool | None = _rt.field("ScoreAutomaticFail", _rt.Boolean())
    """The flag that marks the item as automatic fail. If the item or a child item gets
    an automatic fail answer, this flag is true."""

    score_not_applicable: bool | None = _rt.field("ScoreNotApplicable", _rt.Boolean())
    """The flag to mark the item as not applicable for scoring."""

    auto_evaluation_enabled: bool | None = _rt.field(
        "AutoEvaluationEnabled", _rt.Boolean()
    )
    """Whether auto-evaluation is enabled."""

    auto_evaluation_status: AutoEvaluationStatus | str | None = _rt.field(
        "AutoEvaluationStatus", _rt.String(enum="AutoEvaluationStatus")
    )
    """The status of the contact auto evaluation."""

    acknowledged_time: datetime.datetime | None = _rt.field(
        "AcknowledgedTime", _rt.Timestamp()
    )
    """When the evaluation was acknowledged by the agent."""

    acknowledged_by: str | None = _rt.field("AcknowledgedBy", _rt.String())
    """The agent who acknowledged the evaluation."""

    acknowledger_comment: str | None = _rt.field(
        "AcknowledgerComment", _rt.String(min=0, max=3072)
    )
    """The comment from the agent when they acknowledged the evaluation."""

    sampling_job_id: str | None = _rt.field("SamplingJobId", _rt.String(min=1, max=500))
    """Identifier of the sampling job."""

    review_id: str | None = _rt.field("ReviewId", _rt.String(min=1, max=500))
    """Identifier for the review."""

    contact_participant_role: ContactParticipantRole | str | None = _rt.field(
        "ContactParticipantRole", _rt.String(enum="ContactParticipantRole")
    )
    """Role of a contact participant in the evaluation."""

    contact_participant_id: str | None = _rt.field(
        "ContactParticipantId", _rt.String(min=1, max=500)
    )
    """Identifier for a contact participant in the evaluation."""

    @classmethod
    def make(
        cls,
        *,
        contact_id: str,
        evaluator_arn: str,
        contact_agent_id: str | None = None,
        calibration_session_id: str | None = None,
        score_percentage: float | None = None,
        score_automatic_fail: bool | None = None,
        score_not_applicable: bool | None = None,
        auto_evaluation_enabled: bool | None = None,
        auto_evaluation_status: AutoEvaluationStatus | str | None = None,
        acknowledged_time: datetime.datetime | None = None,
        acknowledged_by: str | None = None,
        acknowledger_comment: str | None = None,
        sampling_job_id: str | None = None,
        review_id: str | None = None,
        contact_participant_role: ContactParticipantRole | str | None = None,
        contact_participant_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationSearchSummary(_rt.Structure):
    """Summary of evaluation obtained from the search operation."""

    evaluation_id: str = _rt.field(
        "EvaluationId", _rt.String(min=1, max=500), required=True
    )
    """A unique identifier for the contact evaluation."""

    evaluation_arn: str = _rt.field("EvaluationArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) for the contact evaluation resource."""

    evaluation_form_id: str | None = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500)
    )
    """The unique identifier for the evaluation form."""

    evaluation_form_version: int = _rt.field(
        "EvaluationFormVersion", _rt.Integer(), required=True
    )
    """A version of the evaluation form."""

    evaluation_form_title: str | None = _rt.field("EvaluationFormTitle", _rt.String())
    """Title of the evaluation form."""

    metadata: EvaluationSearchMetadata = _rt.field(
        "Metadata", _rt.Ref("EvaluationSearchMetadata"), required=True
    )
    """Summary information about the evaluation search."""

    status: EvaluationStatus | str = _rt.field(
        "Status", _rt.String(enum="EvaluationStatus"), required=True
    )
    """The status of the evaluation."""

    evaluation_type: EvaluationType | str | None = _rt.field(
        "EvaluationType", _rt.String(enum="EvaluationType")
    )
    """Type of the evaluation."""

    created_time: datetime.datetime = _rt.field(
        "CreatedTime", _rt.Timestamp(), required=True
    )
    """The date and time when the evaluation was created, in UTC time."""

    last_modified_time: datetime.datetime = _rt.field(
        "LastModifiedTime", _rt.Timestamp(), required=True
    )
    """The date and time when the evaluation was modified last time, in UTC time."""

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
        evaluation_id: str,
        evaluation_arn: str,
        evaluation_form_version: int,
        metadata: EvaluationSearchMetadata,
        status: EvaluationStatus | str,
        created_time: datetime.datetime,
        last_modified_time: datetime.datetime,
        evaluation_form_id: str | None = None,
        evaluation_form_title: str | None = None,
        evaluation_type: EvaluationType | str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationStatus(_rt.Enum):
    """The values of EvaluationStatus; one AWS adds later is kept as it is."""

    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    REVIEW_REQUESTED = "REVIEW_REQUESTED"
    UNDER_REVIEW = "UNDER_REVIEW"


class EvaluationSuggestedAnswer(_rt.Structure):
    """The information about the suggested answer for the question."""

    value: EvaluationAnswerData | None = _rt.field(
        "Value", _rt.Ref("EvaluationAnswerData")
    )

    status: EvaluationSuggestedAnswerStatus | str = _rt.field(
        "Status", _rt.String(enum="EvaluationSuggestedAnswerStatus"), required=True
    )
    """The status of the suggested answer. D"""

    input: EvaluationQuestionInputDetails | None = _rt.field(
        "Input", _rt.Ref("EvaluationQuestionInputDetails")
    )
    """Details about the input used to question automation."""

    analysis_type: EvaluationQuestionAnswerAnalysisType | str = _rt.field(
        "AnalysisType",
        _rt.String(enum="EvaluationQuestionAnswerAnalysisType"),
        required=True,
    )
    """Type of analysis used to provide suggested answer."""

    analysis_details: EvaluationQuestionAnswerAnalysisDetails | None = _rt.field(
        "AnalysisDetails", _rt.Ref("EvaluationQuestionAnswerAnalysisDetails")
    )
    """Detailed analysis results."""

    @classmethod
    def make(
        cls,
        *,
        status: EvaluationSuggestedAnswerStatus | str,
        analysis_type: EvaluationQuestionAnswerAnalysisType | str,
        value: EvaluationAnswerData | None = None,
        input: EvaluationQuestionInputDetails | None = None,
        analysis_details: EvaluationQuestionAnswerAnalysisDetails | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationSuggestedAnswerStatus(_rt.Enum):
    """The values of EvaluationSuggestedAnswerStatus; one AWS adds later is kept as it is."""

    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"


class EvaluationSuggestedAnswerTranscriptMillisecondOffsets(_rt.Structure):
    """The milliseconds offset for transcript reference in suggested answer."""

    begin_offset_millis: int = _rt.field(
        "BeginOffsetMillis", _rt.Integer(min=0), required=True
    )
    """Offset in milliseconds from the beginning of the transcript."""

    @classmethod
    def make(cls, *, begin_offset_millis: int) -> Self:
        return cls._build(locals())


class EvaluationSummary(_rt.Structure):
    """Summary information about a contact evaluation."""

    evaluation_id: str = _rt.field(
        "EvaluationId", _rt.String(min=1, max=500), required=True
    )
    """A unique identifier for the contact evaluation."""

    evaluation_arn: str = _rt.field("EvaluationArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) for the contact evaluation resource."""

    evaluation_form_title: str = _rt.field(
        "EvaluationFormTitle", _rt.String(), required=True
    )
    """A title of the evaluation form."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True
    )
    """The unique identifier for the evaluation form."""

    calibration_session_id: str | None = _rt.field(
        "CalibrationSessionId", _rt.String(min=1, max=500)
    )
    """The calibration session ID that this evaluation belongs to."""

    status: EvaluationStatus | str = _rt.field(
        "Status", _rt.String(enum="EvaluationStatus"), required=True
    )
    """The status of the contact evaluation."""

    auto_evaluation_enabled: bool | None = _rt.field(
        "AutoEvaluationEnabled", _rt.Boolean()
    )
    """Whether automated evaluation is enabled."""

    auto_evaluation_status: AutoEvaluationStatus | str | None = _rt.field(
        "AutoEvaluationStatus", _rt.String(enum="AutoEvaluationStatus")
    )
    """The status of the contact auto evaluation."""

    evaluator_arn: str = _rt.field("EvaluatorArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the user who last updated the evaluation."""

    score: EvaluationScore | None = _rt.field("Score", _rt.Ref("EvaluationScore"))
    """The overall score of the contact evaluation."""

    acknowledgement: EvaluationAcknowledgementSummary | None = _rt.field(
        "Acknowledgement", _rt.Ref("EvaluationAcknowledgementSummary")
    )
    """Information related to evaluation acknowledgement."""

    evaluation_type: EvaluationType | str | None = _rt.field(
        "EvaluationType", _rt.String(enum="EvaluationType")
    )
    """Type of the evaluation."""

    created_time: datetime.datetime = _rt.field(
        "CreatedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for when the evaluation was created."""

    last_modified_time: datetime.datetime = _rt.field(
        "LastModifiedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for when the evaluation was last updated."""

    contact_participant: EvaluationContactParticipant | None = _rt.field(
        "ContactParticipant", _rt.Ref("EvaluationContactParticipant")
    )
    """Information about a contact participant in the evaluation."""

    @classmethod
    def make(
        cls,
        *,
        evaluation_id: str,
        evaluation_arn: str,
        evaluation_form_title: str,
        evaluation_form_id: str,
        status: EvaluationStatus | str,
        evaluator_arn: str,
        created_time: datetime.datetime,
        last_modified_time: datetime.datetime,
        calibration_session_id: str | None = None,
        auto_evaluation_enabled: bool | None = None,
        auto_evaluation_status: AutoEvaluationStatus | str | None = None,
        score: EvaluationScore | None = None,
        acknowledgement: EvaluationAcknowledgementSummary | None = None,
        evaluation_type: EvaluationType | str | None = None,
        contact_participant: EvaluationContactParticipant | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationTranscriptPointOfInterest(_rt.Structure):
    """Information about the point of interest in transcript provided to evaluation."""

    millisecond_offsets: (
        EvaluationSuggestedAnswerTranscriptMillisecondOffsets | None
    ) = _rt.field(
        "MillisecondOffsets",
        _rt.Ref("EvaluationSuggestedAnswerTranscriptMillisecondOffsets"),
    )
    """Offset in milliseconds from the beginning of transcript."""

    transcript_segment: str | None = _rt.field("TranscriptSegment", _rt.String())
    """Segment of transcript."""

    @classmethod
    def make(
        cls,
        *,
        millisecond_offsets: (
            EvaluationSuggestedAnswerTranscriptMillisecondOffsets | None
        ) = None,
        transcript_segment: str | None = None,
    ) -> Self:
        return cls._build(locals())


class EvaluationTranscriptType(_rt.Enum):
    """The values of EvaluationTranscriptType; one AWS adds later is kept as it is."""

    RAW = "RAW"
    REDACTED = "REDACTED"


class EvaluationType(_rt.Enum):
    """The values of EvaluationType; one AWS adds later is kept as it is."""

    STANDARD = "STANDARD"
    CALIBRATION = "CALIBRATION"


class EvaluatorUserUnion(_rt.Union):
    """Represents the entity that performed the action on the evaluation."""

    connect_user_arn: str | None = _rt.field("ConnectUserArn", _rt.String())
    """Represents the Connect Customer ARN of the user."""

    @classmethod
    def make(cls, *, connect_user_arn: str | None = None) -> Self:
        return cls._build(locals())


class EventBridgeActionDefinition(_rt.Structure):
    """The EventBridge action definition."""

    name: str = _rt.field("Name", _rt.String(min=1, max=100), required=True)
    """The name."""

    @classmethod
    def make(cls, *, name: str) -> Self:
        return cls._build(locals())


class EventSourceName(_rt.Enum):
    """The values of EventSourceName; one AWS adds later is kept as it is."""

    ON_POST_CALL_ANALYSIS_AVAILABLE = "OnPostCallAnalysisAvailable"
    ON_REAL_TIME_CALL_ANALYSIS_AVAILABLE = "OnRealTimeCallAnalysisAvailable"
    ON_REAL_TIME_CHAT_ANALYSIS_AVAILABLE = "OnRealTimeChatAnalysisAvailable"
    ON_POST_CHAT_ANALYSIS_AVAILABLE = "OnPostChatAnalysisAvailable"
    ON_EMAIL_ANALYSIS_AVAILABLE = "OnEmailAnalysisAvailable"
    ON_ZENDESK_TICKET_CREATE = "OnZendeskTicketCreate"
    ON_ZENDESK_TICKET_STATUS_UPDATE = "OnZendeskTicketStatusUpdate"
    ON_SALESFORCE_CASE_CREATE = "OnSalesforceCaseCreate"
    ON_CONTACT_EVALUATION_SUBMIT = "OnContactEvaluationSubmit"
    ON_METRIC_DATA_UPDATE = "OnMetricDataUpdate"
    ON_CASE_CREATE = "OnCaseCreate"
    ON_CASE_UPDATE = "OnCaseUpdate"
    ON_SLA_BREACH = "OnSlaBreach"
    ON_ALERT_UPDATE = "OnAlertUpdate"
    ON_SCHEDULE_PUBLISH = "OnSchedulePublish"
    ON_SCHEDULE_UPDATE = "OnScheduleUpdate"
    ON_SCHEDULE_TIME_OFF_REQUEST_ACTIVITY = "OnScheduleTimeOffRequestActivity"


class ExecutionRecord(_rt.Structure):
    """Contains information about a test case execution record."""

    observation_id: str | None = _rt.field("ObservationId", _rt.String(min=1, max=256))
    """The identifier of the execution record."""

    status: ExecutionRecordStatus | str | None = _rt.field(
        "Status", _rt.String(enum="ExecutionRecordStatus")
    )
    """The status of the action execution."""

    timestamp: datetime.datetime | None = _rt.field("Timestamp", _rt.Timestamp())
    """The timestamp when the action was executed."""

    record: str | None = _rt.field("Record", _rt.String())
    """The details of the executed record."""

    @classmethod
    def make(
        cls,
        *,
        observation_id: str | None = None,
        status: ExecutionRecordStatus | str | None = None,
        timestamp: datetime.datetime | None = None,
        record: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ExecutionRecordStatus(_rt.Enum):
    """The values of ExecutionRecordStatus; one AWS adds later is kept as it is."""

    PASSED = "PASSED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    STOPPED = "STOPPED"


class Expiry(_rt.Structure):
    """An object to specify the expiration of a routing step."""

    duration_in_seconds: int | None = _rt.field("DurationInSeconds", _rt.Integer())
    """The number of seconds to wait before expiring the routing step."""

    expiry_timestamp: datetime.datetime | None = _rt.field(
        "ExpiryTimestamp", _rt.Timestamp()
    )
    """The timestamp indicating when the routing step expires."""

    @classmethod
    def make(
        cls,
        *,
        duration_in_seconds: int | None = None,
        expiry_timestamp: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class Expression(_rt.Structure):
    """A tagged union to specify expression for a routing step."""

    attribute_condition: AttributeCondition | None = _rt.field(
        "AttributeCondition", _rt.Ref("AttributeCondition")
    )
    """An object to specify the predefined attribute condition."""

    and_expression: list[Expression] | None = _rt.field(
        "AndExpression", _rt.ListOf(_rt.Ref("Expression"))
    )
    """List of routing expressions which will be AND-ed together."""

    or_expression: list[Expression] | None = _rt.field(
        "OrExpression", _rt.ListOf(_rt.Ref("Expression"))
    )
    """List of routing expressions which will be OR-ed together."""

    not_attribute_condition: AttributeCondition | None = _rt.field(
        "NotAttributeCondition", _rt.Ref("AttributeCondition")
    )

    @classmethod
    def make(
        cls,
        *,
        attribute_condition: AttributeCondition | None = None,
        and_expression: list[Expression] | None = None,
        or_expression: list[Expression] | None = None,
        not_attribute_condition: AttributeCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class ExtensionConfiguration(_rt.Structure):
    """The configuration for allowed file extensions."""

    allowed_extensions: list[AllowedExtension] = _rt.field(
        "AllowedExtensions", _rt.ListOf(_rt.Ref("AllowedExtension")), required=True
    )
    """The list of allowed file extensions."""

    @classmethod
    def make(cls, *, allowed_extensions: list[AllowedExtension]) -> Self:
        return cls._build(locals())


class ExternalInvocationConfiguration(_rt.Structure):
    """The external invocation configuration for the flow module"""

    enabled: bool | None = _rt.field("Enabled", _rt.Boolean())
    """Enable external invocation."""

    @classmethod
    def make(cls, *, enabled: bool | None = None) -> Self:
        return cls._build(locals())
