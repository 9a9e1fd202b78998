"""Shapes of Amazon Connect Service whose class names start with "n"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_ch import ChatStreamingConfiguration
    from ._shapes_co import ControlPlaneAttributeFilter
    from ._shapes_lo import LocaleCode
    from ._shapes_p import ParticipantDetails
    from ._shapes_q import QuickConnectContactData
    from ._shapes_se import SearchContactsMatchType
    from ._shapes_st import StringCondition


class NameCriteria(_rt.Structure):
    """The search criteria based on the contact name"""

    search_text: list[str] = _rt.field(
        "SearchText", _rt.ListOf(_rt.String(max=128), min=0, max=100), required=True
    )
    """The words or phrases used to match the contact name."""

    match_type: SearchContactsMatchType | str = _rt.field(
        "MatchType", _rt.String(enum="SearchContactsMatchType"), required=True
    )
    """The match type combining name search criteria using multiple search texts in a
    name criteria."""

    @classmethod
    def make(
        cls, *, search_text: list[str], match_type: SearchContactsMatchType | str
    ) -> Self:
        return cls._build(locals())


class NewSessionDetails(_rt.Structure):
    """Payload of chat properties to apply when starting a new contact."""

    supported_messaging_content_types: list[str] | None = _rt.field(
        "SupportedMessagingContentTypes", _rt.ListOf(_rt.String(min=1, max=100))
    )
    """The supported chat message content types. Supported types are `text/plain`,
    `text/markdown`, `application/json`,
    `application/vnd.amazonaws.connect.message.interactive`, and
    `application/vnd.amazonaws.connect.message.interactive.response`.

    Content types must always contain ` text/plain`. You can then put any other
    supported type in the list. For example, all the following lists are valid
    because they contain `text/plain`: `[text/plain, text/markdown,
    application/json]`, ` [text/markdown, text/plain]`, `[text/plain,
    application/json,
    application/vnd.amazonaws.connect.message.interactive.response]`."""

    participant_details: ParticipantDetails | None = _rt.field(
        "ParticipantDetails", _rt.Ref("ParticipantDetails")
    )

    attributes: dict[str, str] | None = _rt.field(
        "Attributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
    )
    """A custom key-value pair using an attribute map. The attributes are standard
    Connect Customer attributes. They can be accessed in flows just like any other
    contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per contact.
    Attribute keys can include only alphanumeric, dash, and underscore characters."""

    streaming_configuration: ChatStreamingConfiguration | None = _rt.field(
        "StreamingConfiguration", _rt.Ref("ChatStreamingConfiguration")
    )

    @classmethod
    def make(
        cls,
        *,
        supported_messaging_content_types: list[str] | None = None,
        participant_details: ParticipantDetails | None = None,
        attributes: dict[str, str] | None = None,
        streaming_configuration: ChatStreamingConfiguration | None = None,
    ) -> Self:
        return cls._build(locals())


class NextContactEntry(_rt.Structure):
    """Entry representing the next contact in a sequence."""

    type: NextContactType | str | None = _rt.field(
        "Type", _rt.String(enum="NextContactType")
    )
    """The type of the next contact entry."""

    next_contact_metadata: NextContactMetadata | None = _rt.field(
        "NextContactMetadata", _rt.Ref("NextContactMetadata")
    )
    """Metadata for the next contact entry."""

    @classmethod
    def make(
        cls,
        *,
        type: NextContactType | str | None = None,
        next_contact_metadata: NextContactMetadata | None = None,
    ) -> Self:
        return cls._build(locals())


class NextContactMetadata(_rt.Union):
    """Metadata information for next contact."""

    quick_connect_contact_data: QuickConnectContactData | None = _rt.field(
        "QuickConnectContactData", _rt.Ref("QuickConnectContactData")
    )
    """Quick connect contact data for the next contact metadata."""

    @classmethod
    def make(
        cls, *, quick_connect_contact_data: QuickConnectContactData | None = None
    ) -> Self:
        return cls._build(locals())


class NextContactType(_rt.Enum):
    """The values of NextContactType; one AWS adds later is kept as it is."""

    QUICK_CONNECT = "QUICK_CONNECT"


class Notification(_rt.Structure):
    """Contains information about a notification, including its content, priority,
    recipients, and metadata."""

    content: dict[LocaleCode | str, str] | None = _rt.field(
        "Content", _rt.MapOf(_rt.String(enum="LocaleCode"), _rt.String(min=0, max=500))
    )
    """The localized content of the notification. A map where keys are locale codes and
    values are the notification text in that locale."""

    id: str = _rt.field("Id", _rt.String(min=1, max=256), required=True)
    """The unique identifier for the notification."""

    arn: str = _rt.field("Arn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the notification."""

    priority: NotificationPriority | str | None = _rt.field(
        "Priority", _rt.String(enum="NotificationPriority")
    )
    """The priority level of the notification. Valid values are URGENT, HIGH, and LOW."""

    recipients: list[str] | None = _rt.field(
        "Recipients", _rt.ListOf(_rt.String(), max=200)
    )
    """A list of Amazon Resource Names (ARNs) identifying the recipients of the
    notification. Maximum of 200 recipients."""

    last_modified_time: datetime.datetime = _rt.field(
        "LastModifiedTime", _rt.Timestamp(), required=True
    )
    """The timestamp when the notification was last modified."""

    created_at: datetime.datetime | None = _rt.field("CreatedAt", _rt.Timestamp())
    """The timestamp when the notification was created."""

    expires_at: datetime.datetime | None = _rt.field("ExpiresAt", _rt.Timestamp())
    """The timestamp when the notification expires and is no longer displayed to users."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The AWS Region where the notification was last modified."""

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
        id: str,
        arn: str,
        last_modified_time: datetime.datetime,
        content: dict[LocaleCode | str, str] | None = None,
        priority: NotificationPriority | str | None = None,
        recipients: list[str] | None = None,
        created_at: datetime.datetime | None = None,
        expires_at: datetime.datetime | None = None,
        last_modified_region: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class NotificationContentType(_rt.Enum):
    """The values of NotificationContentType; one AWS adds later is kept as it is."""

    PLAIN_TEXT = "PLAIN_TEXT"


class NotificationDeliveryType(_rt.Enum):
    """The values of NotificationDeliveryType; one AWS adds later is kept as it is."""

    EMAIL = "EMAIL"


class NotificationPriority(_rt.Enum):
    """The priority level of a notification. Valid values are URGENT (reserved for
    system-generated notifications during availability or security events), HIGH,
    and LOW. High priority notifications are displayed above low priority
    notifications in the notification widget."""

    URGENT = "URGENT"
    HIGH = "HIGH"
    LOW = "LOW"


class NotificationRecipientType(_rt.Structure):
    """The type of notification recipient."""

    user_tags: dict[str, str] | None = _rt.field(
        "UserTags", _rt.MapOf(_rt.String(), _rt.String())
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }. Connect Customer users
    with the specified tags will be notified."""

    user_ids: list[str] | None = _rt.field("UserIds", _rt.ListOf(_rt.String()))
    """A list of user IDs. Supports variable injection of
    `$.ContactLens.ContactEvaluation.Agent.AgentId` for `OnContactEvaluationSubmit`
    event source."""

    @classmethod
    def make(
        cls,
        *,
        user_tags: dict[str, str] | None = None,
        user_ids: list[str] | None = None,
    ) -> Self:
        return cls._build(locals())


class NotificationSearchCriteria(_rt.Structure):
    """The search criteria to be used to return notifications."""

    or_conditions: list[NotificationSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("NotificationSearchCriteria"))
    )
    """A list of conditions to be met, where at least one condition must be satisfied."""

    and_conditions: list[NotificationSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("NotificationSearchCriteria"))
    )
    """A list of conditions that must all be satisfied."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[NotificationSearchCriteria] | None = None,
        and_conditions: list[NotificationSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class NotificationSearchFilter(_rt.Structure):
    """Filters to apply when searching for notifications."""

    attribute_filter: ControlPlaneAttributeFilter | None = _rt.field(
        "AttributeFilter", _rt.Ref("ControlPlaneAttributeFilter")
    )
    """Attribute-based filters to apply to the search results."""

    @classmethod
    def make(
        cls, *, attribute_filter: ControlPlaneAttributeFilter | None = None
    ) -> Self:
        return cls._build(locals())


class NotificationSearchSummary(_rt.Structure):
    """Summary information about a notification returned from a search operation."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=256))
    """The unique identifier for the notification."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the notification."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Amazon Connect instance."""

    content: dict[LocaleCode | str, str] | None = _rt.field(
        "Content", _rt.MapOf(_rt.String(enum="LocaleCode"), _rt.String(min=0, max=500))
    )
    """The localized content of the notification."""

    priority: NotificationPriority | str | None = _rt.field(
        "Priority", _rt.String(enum="NotificationPriority")
    )
    """The priority level of the notification."""

    recipients: list[str] | None = _rt.field(
        "Recipients", _rt.ListOf(_rt.String(), max=200)
    )
    """A list of recipient Amazon Resource Names (ARNs)."""

    created_at: datetime.datetime | None = _rt.field("CreatedAt", _rt.Timestamp())
    """The timestamp when the notification was created."""

    expires_at: datetime.datetime | None = _rt.field("ExpiresAt", _rt.Timestamp())
    """The timestamp when the notification expires."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The AWS Region where the notification was last modified."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when the notification was last modified."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags associated with the notification."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        instance_id: str | None = None,
        content: dict[LocaleCode | str, str] | None = None,
        priority: NotificationPriority | str | None = None,
        recipients: list[str] | None = None,
        created_at: datetime.datetime | None = None,
        expires_at: datetime.datetime | None = None,
        last_modified_region: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class NotificationSource(_rt.Enum):
    """The source that created the notification. Possible values include CUSTOMER
    (user-created), RULES (rule-generated), and SYSTEM (system-generated)."""

    CUSTOMER = "CUSTOMER"
    RULES = "RULES"
    SYSTEM = "SYSTEM"


class NotificationStatus(_rt.Enum):
    """The status of a notification for a specific user. Valid values are READ, UNREAD,
    and HIDDEN (removes the notification from the widget)."""

    READ = "READ"
    UNREAD = "UNREAD"
    HIDDEN = "HIDDEN"


class NumberComparisonType(_rt.Enum):
    """The values of NumberComparisonType; one AWS adds later is kept as it is."""

    GREATER_OR_EQUAL = "GREATER_OR_EQUAL"
    GREATER = "GREATER"
    LESSER_OR_EQUAL = "LESSER_OR_EQUAL"
    LESSER = "LESSER"
    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    RANGE = "RANGE"


class NumberCondition(_rt.Structure):
    """A leaf node condition which can be used to specify a numeric condition.

    The currently supported value for `FieldName` is `limit`."""

    field_name: str | None = _rt.field("FieldName", _rt.String())
    """The name of the field in the number condition."""

    min_value: int | None = _rt.field("MinValue", _rt.Integer())
    """The minValue to be used while evaluating the number condition."""

    max_value: int | None = _rt.field("MaxValue", _rt.Integer())
    """The maxValue to be used while evaluating the number condition."""

    comparison_type: NumberComparisonType | str | None = _rt.field(
        "ComparisonType", _rt.String(enum="NumberComparisonType")
    )
    """The type of comparison to be made when evaluating the number condition."""

    @classmethod
    def make(
        cls,
        *,
        field_name: str | None = None,
        min_value: int | None = None,
        max_value: int | None = None,
        comparison_type: NumberComparisonType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class NumberReference(_rt.Structure):
    """Information about a reference when the `referenceType` is `NUMBER`. Otherwise,
    null."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=4096))
    """Identifier of the number reference."""

    value: str | None = _rt.field("Value", _rt.String(min=0, max=4096))
    """A valid number."""

    @classmethod
    def make(cls, *, name: str | None = None, value: str | None = None) -> Self:
        return cls._build(locals())


class NumericQuestionPropertyAutomationLabel(_rt.Enum):
    """The values of NumericQuestionPropertyAutomationLabel; one AWS adds later is kept as it is."""

    OVERALL_CUSTOMER_SENTIMENT_SCORE = "OVERALL_CUSTOMER_SENTIMENT_SCORE"
    OVERALL_AGENT_SENTIMENT_SCORE = "OVERALL_AGENT_SENTIMENT_SCORE"
    CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT = "CUSTOMER_SENTIMENT_SCORE_WITHOUT_AGENT"
    CUSTOMER_SENTIMENT_SCORE_WITH_AGENT = "CUSTOMER_SENTIMENT_SCORE_WITH_AGENT"
    NON_TALK_TIME = "NON_TALK_TIME"
    NON_TALK_TIME_PERCENTAGE = "NON_TALK_TIME_PERCENTAGE"
    NUMBER_OF_INTERRUPTIONS = "NUMBER_OF_INTERRUPTIONS"
    CONTACT_DURATION = "CONTACT_DURATION"
    AGENT_INTERACTION_DURATION = "AGENT_INTERACTION_DURATION"
    CUSTOMER_HOLD_TIME = "CUSTOMER_HOLD_TIME"
    LONGEST_HOLD_DURATION = "LONGEST_HOLD_DURATION"
    NUMBER_OF_HOLDS = "NUMBER_OF_HOLDS"
    AGENT_INTERACTION_AND_HOLD_DURATION = "AGENT_INTERACTION_AND_HOLD_DURATION"


class NumericQuestionPropertyValueAutomation(_rt.Structure):
    """Information about the property value used in automation of a numeric questions.
    Label values are associated with minimum and maximum values for the numeric
    question.

    Sentiment scores have a minimum value of -5 and maximum value of 5.

    Duration labels, such as `NON_TALK_TIME`, `CONTACT_DURATION`,
    `AGENT_INTERACTION_DURATION`, `CUSTOMER_HOLD_TIME` have a minimum value of 0 and
    maximum value of 63072000.

    Percentages have a minimum value of 0 and maximum value of 100.

    `NUMBER_OF_INTERRUPTIONS` has a minimum value of 0 and maximum value of 1000."""

    label: NumericQuestionPropertyAutomationLabel | str = _rt.field(
        "Label",
        _rt.String(enum="NumericQuestionPropertyAutomationLabel"),
        required=True,
    )
    """The property label of the automation."""

    @classmethod
    def make(cls, *, label: NumericQuestionPropertyAutomationLabel | str) -> Self:
        return cls._build(locals())
