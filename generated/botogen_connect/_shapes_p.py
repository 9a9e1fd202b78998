"""Shapes of Amazon Connect Service whose class names start with "p"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import AccessType, AllowedUserAction
    from ._shapes_ch import Channel
    from ._shapes_co import ControlPlaneTagFilter
    from ._shapes_r import RehydrationType, ResponseMode
    from ._shapes_sc import ScreenShareCapability
    from ._shapes_st import StringCondition
    from ._shapes_t import TimerEligibleParticipantRoles
    from ._shapes_v import VideoCapability


class PaletteCanvas(_rt.Structure):
    """Contains color configuration for canvas elements in a workspace theme."""

    container_background: str | None = _rt.field(
        "ContainerBackground", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The background color for container elements."""

    page_background: str | None = _rt.field(
        "PageBackground", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The background color for page elements."""

    active_background: str | None = _rt.field(
        "ActiveBackground", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The background color for active elements."""

    @classmethod
    def make(
        cls,
        *,
        container_background: str | None = None,
        page_background: str | None = None,
        active_background: str | None = None,
    ) -> Self:
        return cls._build(locals())


class PaletteHeader(_rt.Structure):
    """Contains color configuration for header elements in a workspace theme."""

    background: str | None = _rt.field(
        "Background", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The background color of the header."""

    text: str | None = _rt.field(
        "Text", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The text color in the header."""

    text_hover: str | None = _rt.field(
        "TextHover", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The text color when hovering over header elements."""

    invert_actions_colors: bool | None = _rt.field("InvertActionsColors", _rt.Boolean())
    """Whether to invert the colors of action buttons in the header."""

    @classmethod
    def make(
        cls,
        *,
        background: str | None = None,
        text: str | None = None,
        text_hover: str | None = None,
        invert_actions_colors: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class PaletteNavigation(_rt.Structure):
    """Contains color configuration for navigation elements in a workspace theme."""

    background: str | None = _rt.field(
        "Background", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The background color of the navigation area."""

    text_background_hover: str | None = _rt.field(
        "TextBackgroundHover", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The background color when hovering over navigation text."""

    text_background_active: str | None = _rt.field(
        "TextBackgroundActive", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The background color for active navigation items."""

    text: str | None = _rt.field(
        "Text", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The text color in the navigation area."""

    text_hover: str | None = _rt.field(
        "TextHover", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The text color when hovering over navigation items."""

    text_active: str | None = _rt.field(
        "TextActive", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The text color for active navigation items."""

    invert_actions_colors: bool | None = _rt.field("InvertActionsColors", _rt.Boolean())
    """Whether to invert the colors of action buttons in the navigation area."""

    @classmethod
    def make(
        cls,
        *,
        background: str | None = None,
        text_background_hover: str | None = None,
        text_background_active: str | None = None,
        text: str | None = None,
        text_hover: str | None = None,
        text_active: str | None = None,
        invert_actions_colors: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class PalettePrimary(_rt.Structure):
    """Contains primary color configuration for a workspace theme."""

    default: str | None = _rt.field(
        "Default", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The default primary color used throughout the workspace."""

    active: str | None = _rt.field(
        "Active", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The primary color used for active states."""

    contrast_text: str | None = _rt.field(
        "ContrastText", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The text color that contrasts with the primary color for readability."""

    @classmethod
    def make(
        cls,
        *,
        default: str | None = None,
        active: str | None = None,
        contrast_text: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ParentHoursOfOperationConfig(_rt.Structure):
    """Contains configuration for the parent hours of operation."""

    hours_of_operation_id: str | None = _rt.field("HoursOfOperationId", _rt.String())
    """The identifier for the hours of operation."""

    @classmethod
    def make(cls, *, hours_of_operation_id: str | None = None) -> Self:
        return cls._build(locals())


class ParticipantCapabilities(_rt.Structure):
    """The configuration for the allowed video and screen sharing capabilities for
    participants present over the call. For more information, see Set up in-app,
    web, video calling, and screen sharing capabilities
    (https://docs.aws.amazon.com/connect/latest/adminguide/inapp-calling.html) in
    the Connect Customer Administrator Guide."""

    video: VideoCapability | str | None = _rt.field(
        "Video", _rt.String(enum="VideoCapability")
    )
    """The configuration having the video and screen sharing capabilities for
    participants over the call."""

    screen_share: ScreenShareCapability | str | None = _rt.field(
        "ScreenShare", _rt.String(enum="ScreenShareCapability")
    )
    """The screen sharing capability that is enabled for the participant. `SEND`
    indicates the participant can share their screen."""

    @classmethod
    def make(
        cls,
        *,
        video: VideoCapability | str | None = None,
        screen_share: ScreenShareCapability | str | None = None,
    ) -> Self:
        return cls._build(locals())


class ParticipantConfiguration(_rt.Structure):
    """The configuration of the participant."""

    response_mode: ResponseMode | str | None = _rt.field(
        "ResponseMode", _rt.String(enum="ResponseMode")
    )
    """The mode in which responses should be sent to the participant."""

    @classmethod
    def make(cls, *, response_mode: ResponseMode | str | None = None) -> Self:
        return cls._build(locals())


class ParticipantDetails(_rt.Structure):
    """The customer's details."""

    display_name: str = _rt.field(
        "DisplayName", _rt.String(min=1, max=256), required=True
    )
    """Display name of the participant."""

    @classmethod
    def make(cls, *, display_name: str) -> Self:
        return cls._build(locals())


class ParticipantDetailsToAdd(_rt.Structure):
    """The details to add for the participant."""

    participant_role: ParticipantRole | str | None = _rt.field(
        "ParticipantRole", _rt.String(enum="ParticipantRole")
    )
    """The role of the participant being added."""

    display_name: str | None = _rt.field("DisplayName", _rt.String(min=1, max=256))
    """The display name of the participant."""

    participant_capabilities: ParticipantCapabilities | None = _rt.field(
        "ParticipantCapabilities", _rt.Ref("ParticipantCapabilities")
    )

    @classmethod
    def make(
        cls,
        *,
        participant_role: ParticipantRole | str | None = None,
        display_name: str | None = None,
        participant_capabilities: ParticipantCapabilities | None = None,
    ) -> Self:
        return cls._build(locals())


class ParticipantMetrics(_rt.Structure):
    """Information about a participant's interactions in a contact."""

    participant_id: str | None = _rt.field("ParticipantId", _rt.String(min=1, max=256))
    """The Participant's ID."""

    participant_type: ParticipantType | str | None = _rt.field(
        "ParticipantType", _rt.String(enum="ParticipantType")
    )
    """Information about the conversation participant. Following are the participant
    types: [Agent, Customer, Supervisor]."""

    conversation_abandon: bool | None = _rt.field("ConversationAbandon", _rt.Boolean())
    """A boolean flag indicating whether the chat conversation was abandoned by a
    Participant."""

    messages_sent: int | None = _rt.field("MessagesSent", _rt.Integer())
    """Number of chat messages sent by Participant."""

    num_responses: int | None = _rt.field("NumResponses", _rt.Integer())
    """Number of chat messages sent by Participant."""

    message_length_in_chars: int | None = _rt.field(
        "MessageLengthInChars", _rt.Integer()
    )
    """Number of chat characters sent by Participant."""

    total_response_time_in_millis: int | None = _rt.field(
        "TotalResponseTimeInMillis", _rt.Integer(min=0)
    )
    """Total chat response time by Participant."""

    max_response_time_in_millis: int | None = _rt.field(
        "MaxResponseTimeInMillis", _rt.Integer(min=0)
    )
    """Maximum chat response time by Participant."""

    last_message_timestamp: datetime.datetime | None = _rt.field(
        "LastMessageTimestamp", _rt.Timestamp()
    )
    """Timestamp of last chat message by Participant."""

    @classmethod
    def make(
        cls,
        *,
        participant_id: str | None = None,
        participant_type: ParticipantType | str | None = None,
        conversation_abandon: bool | None = None,
        messages_sent: int | None = None,
        num_responses: int | None = None,
        message_length_in_chars: int | None = None,
        total_response_time_in_millis: int | None = None,
        max_response_time_in_millis: int | None = None,
        last_message_timestamp: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class ParticipantRole(_rt.Enum):
    """The values of ParticipantRole; one AWS adds later is kept as it is."""

    AGENT = "AGENT"
    CUSTOMER = "CUSTOMER"
    SYSTEM = "SYSTEM"
    CUSTOM_BOT = "CUSTOM_BOT"
    SUPERVISOR = "SUPERVISOR"


class ParticipantState(_rt.Enum):
    """The values of ParticipantState; one AWS adds later is kept as it is."""

    INITIAL = "INITIAL"
    CONNECTED = "CONNECTED"
    DISCONNECTED = "DISCONNECTED"
    MISSED = "MISSED"


class ParticipantTimerAction(_rt.Enum):
    """The values of ParticipantTimerAction; one AWS adds later is kept as it is."""

    UNSET = "Unset"


class ParticipantTimerConfiguration(_rt.Structure):
    """Configuration information for the timer. After the timer configuration is set,
    it persists for the duration of the chat. It persists across new contacts in the
    chain, for example, transfer contacts.

    For more information about how chat timeouts work, see Set up chat timeouts for
    human participants
    (https://docs.aws.amazon.com/connect/latest/adminguide/setup-chat-timeouts.html)."""

    participant_role: TimerEligibleParticipantRoles | str = _rt.field(
        "ParticipantRole",
        _rt.String(enum="TimerEligibleParticipantRoles"),
        required=True,
    )
    """The role of the participant in the chat conversation."""

    timer_type: ParticipantTimerType | str = _rt.field(
        "TimerType", _rt.String(enum="ParticipantTimerType"), required=True
    )
    """The type of timer. `IDLE` indicates the timer applies for considering a human
    chat participant as idle. `DISCONNECT_NONCUSTOMER` indicates the timer applies
    to automatically disconnecting a chat participant due to idleness."""

    timer_value: ParticipantTimerValue = _rt.field(
        "TimerValue", _rt.Ref("ParticipantTimerValue"), required=True
    )
    """The value of the timer. Either the timer action (Unset to delete the timer), or
    the duration of the timer in minutes. Only one value can be set."""

    @classmethod
    def make(
        cls,
        *,
        participant_role: TimerEligibleParticipantRoles | str,
        timer_type: ParticipantTimerType | str,
        timer_value: ParticipantTimerValue,
    ) -> Self:
        return cls._build(locals())


class ParticipantTimerType(_rt.Enum):
    """The values of ParticipantTimerType; one AWS adds later is kept as it is."""

    IDLE = "IDLE"
    DISCONNECT_NONCUSTOMER = "DISCONNECT_NONCUSTOMER"


class ParticipantTimerValue(_rt.Union):
    """The value of the timer. Either the timer action (`Unset` to delete the timer),
    or the duration of the timer in minutes. Only one value can be set.

    For more information about how chat timeouts work, see Set up chat timeouts for
    human participants
    (https://docs.aws.amazon.com/connect/latest/adminguide/setup-chat-timeouts.html)."""

    participant_timer_action: ParticipantTimerAction | str | None = _rt.field(
        "ParticipantTimerAction", _rt.String(enum="ParticipantTimerAction")
    )
    """The timer action. Currently only one value is allowed: `Unset`. It deletes a
    timer."""

    participant_timer_duration_in_minutes: int | None = _rt.field(
        "ParticipantTimerDurationInMinutes", _rt.Integer(min=2, max=480)
    )
    """The duration of a timer, in minutes."""

    @classmethod
    def make(
        cls,
        *,
        participant_timer_action: ParticipantTimerAction | str | None = None,
        participant_timer_duration_in_minutes: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ParticipantTokenCredentials(_rt.Structure):
    """The credentials used by the participant."""

    participant_token: str | None = _rt.field(
        "ParticipantToken", _rt.String(min=1, max=1000)
    )
    """The token used by the chat participant to call CreateParticipantConnection
    (https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_CreateParticipantConnection.html).
    The participant token is valid for the lifetime of a chat participant."""

    expiry: str | None = _rt.field("Expiry", _rt.String())
    """The expiration of the token. It's specified in ISO 8601 format:
    yyyy-MM-ddThh:mm:ss.SSSZ. For example, 2019-11-08T02:41:28.172Z."""

    @classmethod
    def make(
        cls, *, participant_token: str | None = None, expiry: str | None = None
    ) -> Self:
        return cls._build(locals())


class ParticipantType(_rt.Enum):
    """The values of ParticipantType; one AWS adds later is kept as it is."""

    ALL = "ALL"
    MANAGER = "MANAGER"
    AGENT = "AGENT"
    CUSTOMER = "CUSTOMER"
    THIRDPARTY = "THIRDPARTY"


class PauseContactRequest(_rt.Structure):
    """The input of PauseContact."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the `instanceId`
    in the ARN of the instance."""

    contact_flow_id: str | None = _rt.field("ContactFlowId", _rt.String(max=500))
    """The identifier of the flow."""

    @classmethod
    def make(
        cls, *, contact_id: str, instance_id: str, contact_flow_id: str | None = None
    ) -> Self:
        return cls._build(locals())


class PauseContactResponse(_rt.Structure):
    """The output of PauseContact."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class PersistentChat(_rt.Structure):
    """Enable persistent chats. For more information about enabling persistent chat,
    and for example use cases and how to configure for them, see Enable persistent
    chat
    (https://docs.aws.amazon.com/connect/latest/adminguide/chat-persistence.html)."""

    rehydration_type: RehydrationType | str | None = _rt.field(
        "RehydrationType", _rt.String(enum="RehydrationType")
    )
    """The contactId that is used for rehydration depends on the rehydration type.
    RehydrationType is required for persistent chat.

    `ENTIRE_PAST_SESSION`: Rehydrates a chat from the most recently terminated past
    chat contact of the specified past ended chat session. To use this type, provide
    the `initialContactId` of the past ended chat session in the `sourceContactId`
    field. In this type, Connect Customer determines the most recent chat contact on
    the specified chat session that has ended, and uses it to start a persistent
    chat.

    `FROM_SEGMENT`: Rehydrates a chat from the past chat contact that is specified
    in the `sourceContactId` field.

    The actual contactId used for rehydration is provided in the response of this
    API."""

    source_contact_id: str | None = _rt.field(
        "SourceContactId", _rt.String(min=1, max=256)
    )
    """The contactId from which a persistent chat session must be started."""

    @classmethod
    def make(
        cls,
        *,
        rehydration_type: RehydrationType | str | None = None,
        source_contact_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class PersistentConnectionConfig(_rt.Structure):
    """Configuration settings for persistent connection for a specific channel."""

    channel: Channel | str = _rt.field(
        "Channel", _rt.String(enum="Channel"), required=True
    )
    """Configuration settings for persistent connection. Only `VOICE` is supported for
    this data type."""

    persistent_connection: bool = _rt.field(
        "PersistentConnection", _rt.Boolean(), required=True
    )
    """Indicates whether persistent connection is enabled. When enabled, the agent's
    connection is maintained after a call ends, enabling subsequent calls to connect
    faster."""

    @classmethod
    def make(cls, *, channel: Channel | str, persistent_connection: bool) -> Self:
        return cls._build(locals())


class PhoneNumberConfig(_rt.Structure):
    """Configuration settings for phone type and phone number."""

    channel: Channel | str = _rt.field(
        "Channel", _rt.String(enum="Channel"), required=True
    )
    """The channel for this phone number configuration. Only `VOICE` is supported for
    this data type."""

    phone_type: PhoneType | str = _rt.field(
        "PhoneType", _rt.String(enum="PhoneType"), required=True
    )
    """The phone type. Valid values: SOFT_PHONE, DESK_PHONE."""

    phone_number: str | None = _rt.field(
        "PhoneNumber", _rt.String(pattern="\\+[1-9]\\d{1,14}$"), sensitive=True
    )
    """The phone number for the user's desk phone."""

    @classmethod
    def make(
        cls,
        *,
        channel: Channel | str,
        phone_type: PhoneType | str,
        phone_number: str | None = None,
    ) -> Self:
        return cls._build(locals())


class PhoneNumberCountryCode(_rt.Enum):
    """The values of PhoneNumberCountryCode; one AWS adds later is kept as it is."""

    AF = "AF"
    AL = "AL"
    DZ = "DZ"
    AS = "AS"
    AD = "AD"
    AO = "AO"
    AI = "AI"
    AQ = "AQ"
    AG = "AG"
    AR = "AR"
    AM = "AM"
    AW = "AW"
    AU = "AU"
    AT = "AT"
    AZ = "AZ"
    BS = "BS"
    BH = "BH"
    BD = "BD"
    BB = "BB"
    BY = "BY"
    BE = "BE"
    BZ = "BZ"
    BJ = "BJ"
    BM = "BM"
    BT = "BT"
    BO = "BO"
    BA = "BA"
    BW = "BW"
    BR = "BR"
    IO = "IO"
    VG = "VG"
    BN = "BN"
    BG = "BG"
    BF = "BF"
    BI = "BI"
    KH = "KH"
    CM = "CM"
    CA = "CA"
    CV = "CV"
    KY = "KY"
    CF = "CF"
    TD = "TD"
    CL = "CL"
    CN = "CN"
    CX = "CX"
    CC = "CC"
    CO = "CO"
    KM = "KM"
    CK = "CK"
    CR = "CR"
    HR = "HR"
    CU = "CU"
    CW = "CW"
    CY = "CY"
    CZ = "CZ"
    CD = "CD"
    DK = "DK"
    DJ = "DJ"
    DM = "DM"
    DO = "DO"
    TL = "TL"
    EC = "EC"
    EG = "EG"
    SV = "SV"
    GQ = "GQ"
    ER = "ER"
    EE = "EE"
    ET = "ET"
    FK = "FK"
    FO = "FO"
    FJ = "FJ"
    FI = "FI"
    FR = "FR"
    PF = "PF"
    GA = "GA"
    GM = "GM"
    GE = "GE"
    DE = "DE"
    GH = "GH"
    GI = "GI"
    GR = "GR"
    GL = "GL"
    GD = "GD"
    GU = "GU"
    GT = "GT"
    GG = "GG"
    GN = "GN"
    GW = "GW"
    GY = "GY"
    HT = "HT"
    HN = "HN"
    HK = "HK"
    HU = "HU"
    IS = "IS"
    IN = "IN"
    ID = "ID"
    IR = "IR"
    IQ = "IQ"
    IE = "IE"
    IM = "IM"
    IL = "IL"
    IT = "IT"
    CI = "CI"
    JM = "JM"
    JP = "JP"
    JE = "JE"
    JO = "JO"
    KZ = "KZ"
    KE = "KE"
    KI = "KI"
    KW = "KW"
    KG = "KG"
    LA = "LA"
    LV = "LV"
    LB = "LB"
    LS = "LS"
    LR = "LR"
    LY = "LY"
    LI = "LI"
    LT = "LT"
    LU = "LU"
    MO = "MO"
    MK = "MK"
    MG = "MG"
    MW = "MW"
    MY = "MY"
    MV = "MV"
    ML = "ML"
    MT = "MT"
    MH = "MH"
    MR = "MR"
    MU = "MU"
    YT = "YT"
    MX = "MX"
    FM = "FM"
    MD = "MD"
    MC = "MC"
    MN = "MN"
    ME = "ME"
    MS = "MS"
    MA = "MA"
    MZ = "MZ"
    MM = "MM"
    NA = "NA"
    NR = "NR"
    NP = "NP"
    NL = "NL"
    AN = "AN"
    NC = "NC"
    NZ = "NZ"
    NI = "NI"
    NE = "NE"
    NG = "NG"
    NU = "NU"
    KP = "KP"
    MP = "MP"
    NO = "NO"
    OM = "OM"
    PK = "PK"
    PW = "PW"
    PA = "PA"
    PG = "PG"
    PY = "PY"
    PE = "PE"
    PH = "PH"
    PN = "PN"
    PL = "PL"
    PT = "PT"
    PR = "PR"
    QA = "QA"
    CG = "CG"
    RE = "RE"
    RO = "RO"
    RU = "RU"
    RW = "RW"
    BL = "BL"
    SH = "SH"
    KN = "KN"
    LC = "LC"
    MF = "MF"
    PM = "PM"
    VC = "VC"
    WS = "WS"
    SM = "SM"
    ST = "ST"
    SA = "SA"
    SN = "SN"
    RS = "RS"
    SC = "SC"
    SL = "SL"
    SG = "SG"
    SX = "SX"
    SK = "SK"
    SI = "SI"
    SB = "SB"
    SO = "SO"
    ZA = "ZA"
    KR = "KR"
    ES = "ES"
    LK = "LK"
    SD = "SD"
    SR = "SR"
    SJ = "SJ"
    SZ = "SZ"
    SE = "SE"
    CH = "CH"
    SY = "SY"
    TW = "TW"
    TJ = "TJ"
    TZ = "TZ"
    TH = "TH"
    TG = "TG"
    TK = "TK"
    TO = "TO"
    TT = "TT"
    TN = "TN"
    TR = "TR"
    TM = "TM"
    TC = "TC"
    TV = "TV"
    VI = "VI"
    UG = "UG"
    UA = "UA"
    AE = "AE"
    GB = "GB"
    US = "US"
    UY = "UY"
    UZ = "UZ"
    VU = "VU"
    VA = "VA"
    VE = "VE"
    VN = "VN"
    WF = "WF"
    EH = "EH"
    YE = "YE"
    ZM = "ZM"
    ZW = "ZW"


class PhoneNumberQuickConnectConfig(_rt.Structure):
    """Contains information about a phone number for a quick connect."""

    phone_number: str = _rt.field(
        "PhoneNumber", _rt.String(pattern="\\\\+[1-9]\\\\d{1,14}$"), required=True
    )
    """The phone number in E.164 format."""

    @classmethod
    def make(cls, *, phone_number: str) -> Self:
        return cls._build(locals())


class PhoneNumberStatus(_rt.Structure):
    """The status of the phone number.

    `CLAIMED` means the previous ClaimPhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_ClaimPhoneNumber.html)
    or UpdatePhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumber.html)
    operation succeeded.

    `IN_PROGRESS` means a ClaimPhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_ClaimPhoneNumber.html),
    UpdatePhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumber.html),
    or UpdatePhoneNumberMetadata
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumberMetadata.html)
    operation is still in progress and has not yet completed. You can call
    DescribePhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribePhoneNumber.html)
    at a later time to verify if the previous operation has completed.

    `FAILED` indicates that the previous ClaimPhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_ClaimPhoneNumber.html)
    or UpdatePhoneNumber
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdatePhoneNumber.html)
    operation has failed. It will include a message indicating the failure reason. A
    common reason for a failure may be that the `TargetArn` value you are claiming
    or updating a phone number to has reached its limit of total claimed numbers. If
    you received a `FAILED` status from a `ClaimPhoneNumber` API call, you have one
    day to retry claiming the phone number before the number is released back to the
    inventory for other customers to claim."""

    status: PhoneNumberWorkflowStatus | str | None = _rt.field(
        "Status", _rt.String(enum="PhoneNumberWorkflowStatus")
    )
    """The status."""

    message: str | None = _rt.field(
        "Message", _rt.String(min=0, max=255, pattern="^[\\W\\S_]*")
    )
    """The status message."""

    @classmethod
    def make(
        cls,
        *,
        status: PhoneNumberWorkflowStatus | str | None = None,
        message: str | None = None,
    ) -> Self:
        return cls._build(locals())


class PhoneNumberSummary(_rt.Structure):
    """Contains summary information about a phone number for a contact center."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the phone number."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the phone number."""

    phone_number: str | None = _rt.field(
        "PhoneNumber", _rt.String(pattern="\\\\+[1-9]\\\\d{1,14}$")
    )
    """The phone number."""

    phone_number_type: PhoneNumberType | str | None = _rt.field(
        "PhoneNumberType", _rt.String(enum="PhoneNumberType")
    )
    """The type of phone number."""

    phone_number_country_code: PhoneNumberCountryCode | str | None = _rt.field(
        "PhoneNumberCountryCode", _rt.String(enum="PhoneNumberCountryCode")
    )
    """The ISO country code."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        phone_number: str | None = None,
        phone_number_type: PhoneNumberType | str | None = None,
        phone_number_country_code: PhoneNumberCountryCode | str | None = None,
    ) -> Self:
        return cls._build(locals())


class PhoneNumberType(_rt.Enum):
    """The values of PhoneNumberType; one AWS adds later is kept as it is."""

    TOLL_FREE = "TOLL_FREE"
    DID = "DID"
    UIFN = "UIFN"
    SHARED = "SHARED"
    THIRD_PARTY_TF = "THIRD_PARTY_TF"
    THIRD_PARTY_DID = "THIRD_PARTY_DID"
    SHORT_CODE = "SHORT_CODE"


class PhoneNumberWorkflowStatus(_rt.Enum):
    """The values of PhoneNumberWorkflowStatus; one AWS adds later is kept as it is."""

    CLAIMED = "CLAIMED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"


class PhoneType(_rt.Enum):
    """The values of PhoneType; one AWS adds later is kept as it is."""

    SOFT_PHONE = "SOFT_PHONE"
    DESK_PHONE = "DESK_PHONE"


class PostAcceptTimeoutConfig(_rt.Structure):
    """Countdown timer configuration after the agent accepted the contact."""

    duration_in_seconds: int = _rt.field(
        "DurationInSeconds", _rt.Integer(min=0), required=True
    )
    """Duration in seconds for the countdown timer after the agent accepted the
    contact."""

    @classmethod
    def make(cls, *, duration_in_seconds: int) -> Self:
        return cls._build(locals())


class PredefinedAttribute(_rt.Structure):
    """Information about a predefined attribute."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=100))
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

    attribute_configuration: PredefinedAttributeConfiguration | None = _rt.field(
        "AttributeConfiguration", _rt.Ref("PredefinedAttributeConfiguration")
    )
    """Custom metadata that is associated to predefined attributes to control behavior
    in upstream services, such as controlling how a predefined attribute should be
    displayed in the Connect Customer admin website."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """Last modified time."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """Last modified region."""

    @classmethod
    def make(
        cls,
        *,
        name: str | None = None,
        values: PredefinedAttributeValues | None = None,
        purposes: list[str] | None = None,
        attribute_configuration: PredefinedAttributeConfiguration | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class PredefinedAttributeConfiguration(_rt.Structure):
    """Custom metadata that is associated to predefined attributes to control behavior
    in upstream services, such as controlling how a predefined attribute should be
    displayed in the Connect Customer admin website."""

    enable_value_validation_on_association: bool | None = _rt.field(
        "EnableValueValidationOnAssociation", _rt.Boolean()
    )
    """When this parameter is set to true, Connect Customer enforces strict validation
    on the specific values, if the values are predefined in attributes. The contact
    will store only valid and predefined values for teh predefined attribute key."""

    is_read_only: bool | None = _rt.field("IsReadOnly", _rt.Boolean())
    """A boolean flag used to indicate whether a predefined attribute should be
    displayed in the Connect Customer admin website."""

    @classmethod
    def make(
        cls,
        *,
        enable_value_validation_on_association: bool | None = None,
        is_read_only: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class PredefinedAttributeSearchCriteria(_rt.Structure):
    """The search criteria to be used to return predefined attributes."""

    or_conditions: list[PredefinedAttributeSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("PredefinedAttributeSearchCriteria"))
    )
    """A list of conditions which would be applied together with an `OR` condition."""

    and_conditions: list[PredefinedAttributeSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("PredefinedAttributeSearchCriteria"))
    )
    """A list of conditions which would be applied together with an `AND` condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[PredefinedAttributeSearchCriteria] | None = None,
        and_conditions: list[PredefinedAttributeSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class PredefinedAttributeSummary(_rt.Structure):
    """Summary of a predefined attribute."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=100))
    """The name of the predefined attribute."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """Last modified time."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """Last modified region."""

    @classmethod
    def make(
        cls,
        *,
        name: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class PredefinedAttributeValues(_rt.Union):
    """Information about values of a predefined attribute."""

    string_list: list[str] | None = _rt.field(
        "StringList", _rt.ListOf(_rt.String(min=1, max=100), min=0, max=500)
    )
    """Predefined attribute values of type string list."""

    @classmethod
    def make(cls, *, string_list: list[str] | None = None) -> Self:
        return cls._build(locals())


class Preview(_rt.Structure):
    """Information about agent-first preview mode outbound strategy configuration."""

    post_accept_timeout_config: PostAcceptTimeoutConfig = _rt.field(
        "PostAcceptTimeoutConfig", _rt.Ref("PostAcceptTimeoutConfig"), required=True
    )
    """Countdown timer configuration after the agent accepted the preview outbound
    contact."""

    allowed_user_actions: list[AllowedUserAction | str] = _rt.field(
        "AllowedUserActions",
        _rt.ListOf(_rt.String(enum="AllowedUserAction")),
        required=True,
    )
    """The actions the agent can perform after accepting the preview outbound contact."""

    @classmethod
    def make(
        cls,
        *,
        post_accept_timeout_config: PostAcceptTimeoutConfig,
        allowed_user_actions: list[AllowedUserAction | str],
    ) -> Self:
        return cls._build(locals())


class PrimaryAttributeAccessControlConfigurationItem(_rt.Structure):
    """A primary attribute access control configuration item."""

    primary_attribute_values: list[PrimaryAttributeValue] | None = _rt.field(
        "PrimaryAttributeValues", _rt.ListOf(_rt.Ref("PrimaryAttributeValue"), max=5)
    )
    """The item's primary attribute values."""

    @classmethod
    def make(
        cls, *, primary_attribute_values: list[PrimaryAttributeValue] | None = None
    ) -> Self:
        return cls._build(locals())


class PrimaryAttributeValue(_rt.Structure):
    """A primary attribute value."""

    access_type: AccessType | str | None = _rt.field(
        "AccessType", _rt.String(enum="AccessType")
    )
    """The value's access type."""

    attribute_name: str | None = _rt.field(
        "AttributeName",
        _rt.String(
            min=1,
            max=127,
            pattern="(?!aws:|connect:)[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+$",
        ),
    )
    """The value's attribute name."""

    values: list[str] | None = _rt.field(
        "Values",
        _rt.ListOf(
            _rt.String(
                pattern="[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+$"
            ),
            max=2,
        ),
    )
    """The value's values."""

    @classmethod
    def make(
        cls,
        *,
        access_type: AccessType | str | None = None,
        attribute_name: str | None = None,
        values: list[str] | None = None,
    ) -> Self:
        return cls._build(locals())


class PrimaryAttributeValueFilter(_rt.Structure):
    """A primary attribute value filter."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The filter's attribute name."""

    values: list[str] = _rt.field("Values", _rt.ListOf(_rt.String()), required=True)
    """The filter's values."""

    @classmethod
    def make(cls, *, attribute_name: str, values: list[str]) -> Self:
        return cls._build(locals())


class PrimaryValue(_rt.Structure):
    """Represents a primary key value used to identify a specific record in a data
    table. Primary values are used in combination to create unique record
    identifiers when a table has multiple primary attributes."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The name of the primary attribute that this value belongs to."""

    value: str = _rt.field("Value", _rt.String(), required=True)
    """The actual value for the primary attribute. Must be provided as a string
    regardless of the attribute's value type. Primary values cannot be expressions
    and must be explicitly specified."""

    @classmethod
    def make(cls, *, attribute_name: str, value: str) -> Self:
        return cls._build(locals())


class PrimaryValueResponse(_rt.Structure):
    """A primary value response."""

    attribute_name: str | None = _rt.field("AttributeName", _rt.String(min=1, max=127))
    """The value's attribute name."""

    attribute_id: str | None = _rt.field("AttributeId", _rt.String(min=1, max=256))
    """The value's attribute ID."""

    value: str | None = _rt.field("Value", _rt.String())
    """The value's value."""

    @classmethod
    def make(
        cls,
        *,
        attribute_name: str | None = None,
        attribute_id: str | None = None,
        value: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ProblemDetail(_rt.Structure):
    """Information about a problem detail."""

    message: str | None = _rt.field("message", _rt.String(min=1, max=256))
    """The problem detail's message."""

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class Prompt(_rt.Structure):
    """Information about a prompt."""

    prompt_arn: str | None = _rt.field("PromptARN", _rt.String())
    """The Amazon Resource Name (ARN) of the prompt."""

    prompt_id: str | None = _rt.field("PromptId", _rt.String(min=1, max=256))
    """A unique identifier for the prompt."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the prompt."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description of the prompt."""

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
        prompt_arn: str | None = None,
        prompt_id: str | None = None,
        name: str | None = None,
        description: str | None = None,
        tags: dict[str, str] | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class PromptSearchCriteria(_rt.Structure):
    """The search criteria to be used to return prompts."""

    or_conditions: list[PromptSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("PromptSearchCriteria"))
    )
    """A list of conditions which would be applied together with an OR condition."""

    and_conditions: list[PromptSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("PromptSearchCriteria"))
    )
    """A list of conditions which would be applied together with an AND condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )
    """A leaf node condition which can be used to specify a string condition.

    The currently supported values for `FieldName` are `name`, `description`, and
    `resourceID`."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[PromptSearchCriteria] | None = None,
        and_conditions: list[PromptSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class PromptSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    tag_filter: ControlPlaneTagFilter | None = _rt.field(
        "TagFilter", _rt.Ref("ControlPlaneTagFilter")
    )

    @classmethod
    def make(cls, *, tag_filter: ControlPlaneTagFilter | None = None) -> Self:
        return cls._build(locals())


class PromptSummary(_rt.Structure):
    """Contains information about the prompt."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=256))
    """The identifier of the prompt."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the prompt."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=256))
    """The name of the prompt."""

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
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class PropertyValidationException(_rt.ServiceError):
    """The property is not valid."""

    _error_code = "PropertyValidationException"
    _http_status = 400

    message: str = _rt.field("Message", _rt.String(), required=True)

    property_list: list[PropertyValidationExceptionProperty] | None = _rt.field(
        "PropertyList", _rt.ListOf(_rt.Ref("PropertyValidationExceptionProperty"))
    )

    @classmethod
    def make(
        cls,
        *,
        message: str,
        property_list: list[PropertyValidationExceptionProperty] | None = None,
    ) -> Self:
        return cls._build(locals())


class PropertyValidationExceptionProperty(_rt.Structure):
    """Contains information about why a property is not valid."""

    property_path: str = _rt.field("PropertyPath", _rt.String(), required=True)
    """The full property path."""

    reason: PropertyValidationExceptionReason | str = _rt.field(
        "Reason", _rt.String(enum="PropertyValidationExceptionReason"), required=True
    )
    """Why the property is not valid."""

    message: str = _rt.field("Message", _rt.String(), required=True)
    """A message describing why the property is not valid."""

    @classmethod
    def make(
        cls,
        *,
        property_path: str,
        reason: PropertyValidationExceptionReason | str,
        message: str,
    ) -> Self:
        return cls._build(locals())


class PropertyValidationExceptionReason(_rt.Enum):
    """The values of PropertyValidationExceptionReason; one AWS adds later is kept as it is."""

    INVALID_FORMAT = "INVALID_FORMAT"
    UNIQUE_CONSTRAINT_VIOLATED = "UNIQUE_CONSTRAINT_VIOLATED"
    REFERENCED_RESOURCE_NOT_FOUND = "REFERENCED_RESOURCE_NOT_FOUND"
    RESOURCE_NAME_ALREADY_EXISTS = "RESOURCE_NAME_ALREADY_EXISTS"
    REQUIRED_PROPERTY_MISSING = "REQUIRED_PROPERTY_MISSING"
    NOT_SUPPORTED = "NOT_SUPPORTED"


class PutUserStatusRequest(_rt.Structure):
    """The input of PutUserStatus."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    agent_status_id: str = _rt.field("AgentStatusId", _rt.String(), required=True)
    """The identifier of the agent status."""

    @classmethod
    def make(cls, *, user_id: str, instance_id: str, agent_status_id: str) -> Self:
        return cls._build(locals())


class PutUserStatusResponse(_rt.Structure):
    """The output of PutUserStatus."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())
