"""Shapes of Amazon Connect Service whose class names start with "us"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import (
        AfterContactWorkConfigPerChannel,
        AgentContactReference,
        AgentStatusReference,
        AutoAcceptConfig,
    )
    from ._shapes_ch import Channel
    from ._shapes_co import (
        ContactFilter,
        ControlPlaneAttributeFilter,
        ControlPlaneTagFilter,
        ControlPlaneUserAttributeFilter,
    )
    from ._shapes_h import HierarchyGroupCondition, HierarchyPathReference
    from ._shapes_listc import ListCondition
    from ._shapes_lo import LocaleCode
    from ._shapes_n import NotificationPriority, NotificationSource, NotificationStatus
    from ._shapes_p import PersistentConnectionConfig, PhoneNumberConfig, PhoneType
    from ._shapes_r import RoutingProfileReference
    from ._shapes_st import StringCondition
    from ._shapes_v import VoiceEnhancementConfig


class UseCase(_rt.Structure):
    """Contains the use case."""

    use_case_id: str | None = _rt.field("UseCaseId", _rt.String(min=1, max=200))
    """The identifier for the use case."""

    use_case_arn: str | None = _rt.field("UseCaseArn", _rt.String())
    """The Amazon Resource Name (ARN) for the use case."""

    use_case_type: UseCaseType | str | None = _rt.field(
        "UseCaseType", _rt.String(enum="UseCaseType")
    )
    """The type of use case to associate to the integration association. Each
    integration association can have only one of each use case type."""

    @classmethod
    def make(
        cls,
        *,
        use_case_id: str | None = None,
        use_case_arn: str | None = None,
        use_case_type: UseCaseType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class UseCaseType(_rt.Enum):
    """The values of UseCaseType; one AWS adds later is kept as it is."""

    RULES_EVALUATION = "RULES_EVALUATION"
    CONNECT_CAMPAIGNS = "CONNECT_CAMPAIGNS"


class User(_rt.Structure):
    """Contains information about a user account for an Connect Customer instance."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the user account."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the user account."""

    username: str | None = _rt.field("Username", _rt.String(min=1, max=100))
    """The user name assigned to the user account."""

    identity_info: UserIdentityInfo | None = _rt.field(
        "IdentityInfo", _rt.Ref("UserIdentityInfo")
    )
    """Information about the user identity."""

    phone_config: UserPhoneConfig | None = _rt.field(
        "PhoneConfig", _rt.Ref("UserPhoneConfig")
    )
    """Information about the phone configuration for the user."""

    directory_user_id: str | None = _rt.field("DirectoryUserId", _rt.String())
    """The identifier of the user account in the directory used for identity
    management."""

    security_profile_ids: list[str] | None = _rt.field(
        "SecurityProfileIds", _rt.ListOf(_rt.String(), min=1, max=10)
    )
    """The identifiers of the security profiles for the user."""

    routing_profile_id: str | None = _rt.field("RoutingProfileId", _rt.String())
    """The identifier of the routing profile for the user."""

    hierarchy_group_id: str | None = _rt.field("HierarchyGroupId", _rt.String())
    """The identifier of the hierarchy group for the user."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags."""

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
        username: str | None = None,
        identity_info: UserIdentityInfo | None = None,
        phone_config: UserPhoneConfig | None = None,
        directory_user_id: str | None = None,
        security_profile_ids: list[str] | None = None,
        routing_profile_id: str | None = None,
        hierarchy_group_id: str | None = None,
        tags: dict[str, str] | None = None,
        auto_accept_configs: list[AutoAcceptConfig] | None = None,
        after_contact_work_configs: (
            list[AfterContactWorkConfigPerChannel] | None
        ) = None,
        phone_number_configs: list[PhoneNumberConfig] | None = None,
        persistent_connection_configs: list[PersistentConnectionConfig] | None = None,
        voice_enhancement_configs: list[VoiceEnhancementConfig] | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UserData(_rt.Structure):
    """Data for a user."""

    user: UserReference | None = _rt.field("User", _rt.Ref("UserReference"))
    """Information about the user for the data that is returned. It contains the
    `resourceId` and ARN of the user."""

    routing_profile: RoutingProfileReference | None = _rt.field(
        "RoutingProfile", _rt.Ref("RoutingProfileReference")
    )
    """Information about the routing profile that is assigned to the user."""

    hierarchy_path: HierarchyPathReference | None = _rt.field(
        "HierarchyPath", _rt.Ref("HierarchyPathReference")
    )
    """Contains information about the levels of a hierarchy group assigned to a user."""

    status: AgentStatusReference | None = _rt.field(
        "Status", _rt.Ref("AgentStatusReference")
    )
    """The status of the agent that they manually set in their Contact Control Panel
    (CCP), or that the supervisor manually changes in the real-time metrics report."""

    available_slots_by_channel: dict[Channel | str, int] | None = _rt.field(
        "AvailableSlotsByChannel",
        _rt.MapOf(_rt.String(enum="Channel"), _rt.Integer(min=0)),
    )
    """A map of available slots by channel. The key is a channel name. The value is an
    integer: the available number of slots."""

    max_slots_by_channel: dict[Channel | str, int] | None = _rt.field(
        "MaxSlotsByChannel", _rt.MapOf(_rt.String(enum="Channel"), _rt.Integer(min=0))
    )
    """A map of maximum slots by channel. The key is a channel name. The value is an
    integer: the maximum number of slots. This is calculated from MediaConcurrency
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_MediaConcurrency.html)
    of the `RoutingProfile` assigned to the agent."""

    active_slots_by_channel: dict[Channel | str, int] | None = _rt.field(
        "ActiveSlotsByChannel",
        _rt.MapOf(_rt.String(enum="Channel"), _rt.Integer(min=0)),
    )
    """A map of active slots by channel. The key is a channel name. The value is an
    integer: the number of active slots."""

    contacts: list[AgentContactReference] | None = _rt.field(
        "Contacts", _rt.ListOf(_rt.Ref("AgentContactReference"))
    )
    """A list of contact reference information."""

    next_status: str | None = _rt.field("NextStatus", _rt.String(min=1, max=127))
    """The Next status of the agent."""

    @classmethod
    def make(
        cls,
        *,
        user: UserReference | None = None,
        routing_profile: RoutingProfileReference | None = None,
        hierarchy_path: HierarchyPathReference | None = None,
        status: AgentStatusReference | None = None,
        available_slots_by_channel: dict[Channel | str, int] | None = None,
        max_slots_by_channel: dict[Channel | str, int] | None = None,
        active_slots_by_channel: dict[Channel | str, int] | None = None,
        contacts: list[AgentContactReference] | None = None,
        next_status: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UserDataFilters(_rt.Structure):
    """A filter for the user data."""

    queues: list[str] | None = _rt.field(
        "Queues", _rt.ListOf(_rt.String(), min=1, max=100)
    )
    """A list of up to 100 queues or ARNs."""

    contact_filter: ContactFilter | None = _rt.field(
        "ContactFilter", _rt.Ref("ContactFilter")
    )
    """A filter for the user data based on the contact information that is associated
    to the user. It contains a list of contact states."""

    routing_profiles: list[str] | None = _rt.field(
        "RoutingProfiles", _rt.ListOf(_rt.String(), min=1, max=100)
    )
    """A list of up to 100 routing profile IDs or ARNs."""

    agents: list[str] | None = _rt.field(
        "Agents", _rt.ListOf(_rt.String(), min=1, max=100)
    )
    """A list of up to 100 agent IDs or ARNs."""

    user_hierarchy_groups: list[str] | None = _rt.field(
        "UserHierarchyGroups", _rt.ListOf(_rt.String(), min=1, max=1)
    )
    """A UserHierarchyGroup ID or ARN."""

    @classmethod
    def make(
        cls,
        *,
        queues: list[str] | None = None,
        contact_filter: ContactFilter | None = None,
        routing_profiles: list[str] | None = None,
        agents: list[str] | None = None,
        user_hierarchy_groups: list[str] | None = None,
    ) -> Self:
        return cls._build(locals())


class UserHierarchyGroupSearchCriteria(_rt.Structure):
    """The search criteria to be used to return userHierarchyGroup."""

    or_conditions: list[UserHierarchyGroupSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("UserHierarchyGroupSearchCriteria"))
    )
    """A list of conditions which would be applied together with an OR condition."""

    and_conditions: list[UserHierarchyGroupSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("UserHierarchyGroupSearchCriteria"))
    )
    """A list of conditions which would be applied together with an AND condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )
    """A leaf node condition which can be used to specify a string condition.

    The currently supported values for `FieldName` are `name`, `parentId`,
    `levelId`, and `resourceID`."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[UserHierarchyGroupSearchCriteria] | None = None,
        and_conditions: list[UserHierarchyGroupSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class UserHierarchyGroupSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    attribute_filter: ControlPlaneAttributeFilter | None = _rt.field(
        "AttributeFilter", _rt.Ref("ControlPlaneAttributeFilter")
    )
    """An object that can be used to specify Tag conditions inside the SearchFilter.
    This accepts an OR or AND (List of List) input where:

    The top level list specifies conditions that need to be applied with `OR`
    operator.

    The inner list specifies conditions that need to be applied with `AND` operator."""

    @classmethod
    def make(
        cls, *, attribute_filter: ControlPlaneAttributeFilter | None = None
    ) -> Self:
        return cls._build(locals())


class UserIdentityInfo(_rt.Structure):
    """Contains information about the identity of a user.

    For Connect Customer instances that are created with the `EXISTING_DIRECTORY`
    identity management type, `FirstName`, `LastName`, and `Email` cannot be updated
    from within Connect Customer because they are managed by the directory.

    The `FirstName` and `LastName` length constraints below apply only to instances
    using SAML for identity management. If you are using Connect Customer for
    identity management, the length constraints are 1-255 for `FirstName`, and 1-256
    for `LastName`."""

    first_name: str | None = _rt.field(
        "FirstName", _rt.String(min=0, max=255), sensitive=True
    )
    """The first name. This is required if you are using Connect Customer or SAML for
    identity management. Inputs must be in Unicode Normalization Form C (NFC). Text
    containing characters in a non-NFC form (for example, decomposed characters or
    combining marks) are not accepted."""

    last_name: str | None = _rt.field(
        "LastName", _rt.String(min=0, max=300), sensitive=True
    )
    """The last name. This is required if you are using Connect Customer or SAML for
    identity management. Inputs must be in Unicode Normalization Form C (NFC). Text
    containing characters in a non-NFC form (for example, decomposed characters or
    combining marks) are not accepted."""

    email: str | None = _rt.field("Email", _rt.String(), sensitive=True)
    """The email address. If you are using SAML for identity management and include
    this parameter, an error is returned."""

    secondary_email: str | None = _rt.field(
        "SecondaryEmail", _rt.String(), sensitive=True
    )
    """The user's secondary email address. If you provide a secondary email, the user
    receives email notifications - other than password reset notifications - to this
    email address instead of to their primary email address.

    Pattern: `(?=^.{0,265}$)[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}`"""

    mobile: str | None = _rt.field(
        "Mobile", _rt.String(pattern="\\\\+[1-9]\\\\d{1,14}$")
    )
    """The user's mobile number."""

    @classmethod
    def make(
        cls,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        email: str | None = None,
        secondary_email: str | None = None,
        mobile: str | None = None,
    ) -> Self:
        return cls._build(locals())


class UserIdentityInfoLite(_rt.Structure):
    """The user's first name and last name."""

    first_name: str | None = _rt.field(
        "FirstName", _rt.String(min=0, max=255), sensitive=True
    )
    """The user's first name."""

    last_name: str | None = _rt.field(
        "LastName", _rt.String(min=0, max=300), sensitive=True
    )
    """The user's last name."""

    @classmethod
    def make(
        cls, *, first_name: str | None = None, last_name: str | None = None
    ) -> Self:
        return cls._build(locals())


class UserInfo(_rt.Structure):
    """The user details for the contact."""

    user_id: str | None = _rt.field("UserId", _rt.String(min=1, max=256))
    """The user identifier for the contact."""

    @classmethod
    def make(cls, *, user_id: str | None = None) -> Self:
        return cls._build(locals())


class UserNotFoundException(_rt.ServiceError):
    """No user with the specified credentials was found in the Connect Customer
    instance."""

    _error_code = "UserNotFoundException"
    _http_status = 404

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class UserNotificationSummary(_rt.Structure):
    """Summary information about a notification for a specific user, including the
    user's read status."""

    notification_id: str | None = _rt.field(
        "NotificationId", _rt.String(min=1, max=256)
    )
    """The unique identifier for the notification."""

    notification_status: NotificationStatus | str | None = _rt.field(
        "NotificationStatus", _rt.String(enum="NotificationStatus")
    )
    """The status of the notification for this user. Valid values are READ, UNREAD, and
    HIDDEN."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Amazon Connect instance."""

    recipient_id: str | None = _rt.field("RecipientId", _rt.String(max=256))
    """The identifier of the recipient user."""

    content: dict[LocaleCode | str, str] | None = _rt.field(
        "Content", _rt.MapOf(_rt.String(enum="LocaleCode"), _rt.String(min=0, max=500))
    )
    """The localized content of the notification."""

    priority: NotificationPriority | str | None = _rt.field(
        "Priority", _rt.String(enum="NotificationPriority")
    )
    """The priority level of the notification."""

    source: NotificationSource | str | None = _rt.field(
        "Source", _rt.String(enum="NotificationSource")
    )
    """The source that created the notification. Valid values are CUSTOMER, RULES, and
    SYSTEM."""

    created_at: datetime.datetime | None = _rt.field("CreatedAt", _rt.Timestamp())
    """The timestamp when the notification was created."""

    expires_at: datetime.datetime | None = _rt.field("ExpiresAt", _rt.Timestamp())
    """The timestamp when the notification expires."""

    @classmethod
    def make(
        cls,
        *,
        notification_id: str | None = None,
        notification_status: NotificationStatus | str | None = None,
        instance_id: str | None = None,
        recipient_id: str | None = None,
        content: dict[LocaleCode | str, str] | None = None,
        priority: NotificationPriority | str | None = None,
        source: NotificationSource | str | None = None,
        created_at: datetime.datetime | None = None,
        expires_at: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class UserPhoneConfig(_rt.Structure):
    """Contains information about the phone configuration settings for a user."""

    phone_type: PhoneType | str | None = _rt.field(
        "PhoneType", _rt.String(enum="PhoneType")
    )
    """The phone type."""

    auto_accept: bool | None = _rt.field("AutoAccept", _rt.Boolean())
    """The Auto accept setting."""

    after_contact_work_time_limit: int | None = _rt.field(
        "AfterContactWorkTimeLimit", _rt.Integer(min=0)
    )
    """The After Call Work (ACW) timeout setting, in seconds. This parameter has a
    minimum value of 0 and a maximum value of 2,000,000 seconds (24 days). Enter 0
    if you don't want to allocate a specific amount of ACW time. It essentially
    means an indefinite amount of time. When the conversation ends, ACW starts; the
    agent must choose Close contact to end ACW.

    When returned by a `SearchUsers` call, `AfterContactWorkTimeLimit` is returned
    in milliseconds."""

    desk_phone_number: str | None = _rt.field(
        "DeskPhoneNumber", _rt.String(pattern="\\+[1-9]\\d{1,14}$"), sensitive=True
    )
    """The phone number for the user's desk phone."""

    persistent_connection: bool | None = _rt.field(
        "PersistentConnection", _rt.Boolean()
    )
    """The persistent connection setting for the user."""

    @classmethod
    def make(
        cls,
        *,
        phone_type: PhoneType | str | None = None,
        auto_accept: bool | None = None,
        after_contact_work_time_limit: int | None = None,
        desk_phone_number: str | None = None,
        persistent_connection: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class UserProficiency(_rt.Structure):
    """Information about proficiency of a user."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=100), required=True
    )
    """The name of user's proficiency. You must use name of predefined attribute
    present in the Connect Customer instance."""

    attribute_value: str = _rt.field(
        "AttributeValue", _rt.String(min=1, max=100), required=True
    )
    """The value of user's proficiency. You must use value of predefined attribute
    present in the Connect Customer instance."""

    level: float = _rt.field("Level", _rt.Float(min=1.0, max=5.0), required=True)
    """The level of the proficiency. The valid values are 1, 2, 3, 4 and 5."""

    @classmethod
    def make(cls, *, attribute_name: str, attribute_value: str, level: float) -> Self:
        return cls._build(locals())


class UserProficiencyDisassociate(_rt.Structure):
    """Information about proficiency to be disassociated from the user."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=100), required=True
    )
    """The name of user's proficiency."""

    attribute_value: str = _rt.field(
        "AttributeValue", _rt.String(min=1, max=100), required=True
    )
    """The value of user's proficiency."""

    @classmethod
    def make(cls, *, attribute_name: str, attribute_value: str) -> Self:
        return cls._build(locals())


class UserQuickConnectConfig(_rt.Structure):
    """Contains information about the quick connect configuration settings for a user.
    The contact flow must be of type Transfer to Agent."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True)
    """The identifier of the user."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True
    )
    """The identifier of the flow."""

    @classmethod
    def make(cls, *, user_id: str, contact_flow_id: str) -> Self:
        return cls._build(locals())


class UserReference(_rt.Structure):
    """Information about the user."""

    id: str | None = _rt.field("Id", _rt.String())
    """The unique identifier for the user."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) for the user."""

    @classmethod
    def make(cls, *, id: str | None = None, arn: str | None = None) -> Self:
        return cls._build(locals())


class UserSearchCriteria(_rt.Structure):
    """The search criteria to be used to return users.

    The `name` and `description` fields support "contains" queries with a minimum of
    2 characters and a maximum of 25 characters. Any queries with character lengths
    outside of this range will throw invalid results."""

    or_conditions: list[UserSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("UserSearchCriteria"))
    )
    """A list of conditions which would be applied together with an `OR` condition."""

    and_conditions: list[UserSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("UserSearchCriteria"))
    )
    """A list of conditions which would be applied together with an `AND` condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )
    """A leaf node condition which can be used to specify a string condition.

    The currently supported values for `FieldName` are `Username`, `FirstName`,
    `LastName`, `RoutingProfileId`, `SecurityProfileId`, `resourceId`."""

    list_condition: ListCondition | None = _rt.field(
        "ListCondition", _rt.Ref("ListCondition")
    )
    """A leaf node condition which can be used to specify a List condition to search
    users with attributes included in Lists like Proficiencies."""

    hierarchy_group_condition: HierarchyGroupCondition | None = _rt.field(
        "HierarchyGroupCondition", _rt.Ref("HierarchyGroupCondition")
    )
    """A leaf node condition which can be used to specify a hierarchy group condition."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[UserSearchCriteria] | None = None,
        and_conditions: list[UserSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
        list_condition: ListCondition | None = None,
        hierarchy_group_condition: HierarchyGroupCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class UserSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    tag_filter: ControlPlaneTagFilter | None = _rt.field(
        "TagFilter", _rt.Ref("ControlPlaneTagFilter")
    )

    user_attribute_filter: ControlPlaneUserAttributeFilter | None = _rt.field(
        "UserAttributeFilter", _rt.Ref("ControlPlaneUserAttributeFilter")
    )
    """An object that can be used to specify Tag conditions or Hierarchy Group
    conditions inside the SearchFilter.

    This accepts an `OR` of `AND` (List of List) input where:

    The top level list specifies conditions that need to be applied with `OR`
    operator.

    The inner list specifies conditions that need to be applied with `AND` operator.

    Only one field can be populated. This object can’t be used along with TagFilter.
    Request can either contain TagFilter or UserAttributeFilter if SearchFilter is
    specified, combination of both is not supported and such request will throw
    AccessDeniedException."""

    @classmethod
    def make(
        cls,
        *,
        tag_filter: ControlPlaneTagFilter | None = None,
        user_attribute_filter: ControlPlaneUserAttributeFilter | None = None,
    ) -> Self:
        return cls._build(locals())


class UserSearchSummary(_rt.Structure):
    """Information about the returned users."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the user."""

    directory_user_id: str | None = _rt.field("DirectoryUserId", _rt.String())
    """The directory identifier of the user."""

    hierarchy_group_id: str | None = _rt.field("HierarchyGroupId", _rt.String())
    """The identifier of the user's hierarchy group."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the user's summary."""

    identity_info: UserIdentityInfoLite | None = _rt.field(
        "IdentityInfo", _rt.Ref("UserIdentityInfoLite")
    )
    """The user's first name and last name."""

    phone_config: UserPhoneConfig | None = _rt.field(
        "PhoneConfig", _rt.Ref("UserPhoneConfig")
    )

    routing_profile_id: str | None = _rt.field("RoutingProfileId", _rt.String())
    """The identifier of the user's routing profile."""

    security_profile_ids: list[str] | None = _rt.field(
        "SecurityProfileIds", _rt.ListOf(_rt.String(), min=1, max=10)
    )
    """The identifiers of the user's security profiles."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    username: str | None = _rt.field("Username", _rt.String(min=1, max=100))
    """The name of the user."""

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

    @classmethod
    def make(
        cls,
        *,
        arn: str | None = None,
        directory_user_id: str | None = None,
        hierarchy_group_id: str | None = None,
        id: str | None = None,
        identity_info: UserIdentityInfoLite | None = None,
        phone_config: UserPhoneConfig | None = None,
        routing_profile_id: str | None = None,
        security_profile_ids: list[str] | None = None,
        tags: dict[str, str] | None = None,
        username: str | None = None,
        auto_accept_configs: list[AutoAcceptConfig] | None = None,
        after_contact_work_configs: (
            list[AfterContactWorkConfigPerChannel] | None
        ) = None,
        phone_number_configs: list[PhoneNumberConfig] | None = None,
        persistent_connection_configs: list[PersistentConnectionConfig] | None = None,
        voice_enhancement_configs: list[VoiceEnhancementConfig] | None = None,
    ) -> Self:
        return cls._build(locals())


class UserSummary(_rt.Structure):
    """Contains summary information about a user."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the user account."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the user account."""

    username: str | None = _rt.field("Username", _rt.String(min=1, max=100))
    """The Connect Customer user name of the user account."""

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
        username: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())
