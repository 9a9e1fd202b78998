"""Shapes of Amazon Connect Service whose class names start with "ch"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_p import ParticipantMetrics, ParticipantTimerConfiguration


class Channel(_rt.Enum):
    """The values of Channel; one AWS adds later is kept as it is."""

    VOICE = "VOICE"
    CHAT = "CHAT"
    TASK = "TASK"
    EMAIL = "EMAIL"


class ChatContactMetrics(_rt.Structure):
    """Information about the overall participant interactions at the contact level."""

    multi_party: bool | None = _rt.field("MultiParty", _rt.Boolean())
    """A boolean flag indicating whether multiparty chat or supervisor barge were
    enabled on this contact."""

    total_messages: int | None = _rt.field("TotalMessages", _rt.Integer())
    """The number of chat messages on the contact."""

    total_bot_messages: int | None = _rt.field("TotalBotMessages", _rt.Integer())
    """The total number of bot and automated messages on a chat contact."""

    total_bot_message_length_in_chars: int | None = _rt.field(
        "TotalBotMessageLengthInChars", _rt.Integer()
    )
    """The total number of characters from bot and automated messages on a chat
    contact."""

    conversation_close_time_in_millis: int | None = _rt.field(
        "ConversationCloseTimeInMillis", _rt.Integer(min=0)
    )
    """The time it took for a contact to end after the last customer message."""

    conversation_turn_count: int | None = _rt.field(
        "ConversationTurnCount", _rt.Integer()
    )
    """The number of conversation turns in a chat contact, which represents the
    back-and-forth exchanges between customer and other participants."""

    agent_first_response_timestamp: datetime.datetime | None = _rt.field(
        "AgentFirstResponseTimestamp", _rt.Timestamp()
    )
    """The agent first response timestamp for a chat contact."""

    agent_first_response_time_in_millis: int | None = _rt.field(
        "AgentFirstResponseTimeInMillis", _rt.Integer(min=0)
    )
    """The time for an agent to respond after obtaining a chat contact."""

    @classmethod
    def make(
        cls,
        *,
        multi_party: bool | None = None,
        total_messages: int | None = None,
        total_bot_messages: int | None = None,
        total_bot_message_length_in_chars: int | None = None,
        conversation_close_time_in_millis: int | None = None,
        conversation_turn_count: int | None = None,
        agent_first_response_timestamp: datetime.datetime | None = None,
        agent_first_response_time_in_millis: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ChatEntryPointParameters(_rt.Structure):
    """Parameters for initiating a chat test."""

    flow_id: str | None = _rt.field("FlowId", _rt.String(max=500))
    """The flow identifier for the test."""

    @classmethod
    def make(cls, *, flow_id: str | None = None) -> Self:
        return cls._build(locals())


class ChatEvent(_rt.Structure):
    """Chat integration event containing payload to perform different chat actions such
    as:

    Sending a chat message

    Sending a chat event, such as typing

    Disconnecting from a chat"""

    type: ChatEventType | str = _rt.field(
        "Type", _rt.String(enum="ChatEventType"), required=True
    )
    """Type of chat integration event."""

    content_type: str | None = _rt.field("ContentType", _rt.String(min=1, max=100))
    """Type of content. This is required when `Type` is `MESSAGE` or `EVENT`.

    For allowed message content types, see the `ContentType` parameter in the
    SendMessage
    (https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_SendMessage.html)
    topic in the Connect Customer Participant Service API Reference.

    For allowed event content types, see the `ContentType` parameter in the
    SendEvent
    (https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_SendEvent.html)
    topic in the Connect Customer Participant Service API Reference."""

    content: str | None = _rt.field("Content", _rt.String(min=1, max=16384))
    """Content of the message or event. This is required when `Type` is `MESSAGE` and
    for certain `ContentTypes` when `Type` is `EVENT`.

    For allowed message content, see the `Content` parameter in the SendMessage
    (https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_SendMessage.html)
    topic in the Connect Customer Participant Service API Reference.

    For allowed event content, see the `Content` parameter in the SendEvent
    (https://docs.aws.amazon.com/connect-participant/latest/APIReference/API_SendEvent.html)
    topic in the Connect Customer Participant Service API Reference."""

    @classmethod
    def make(
        cls,
        *,
        type: ChatEventType | str,
        content_type: str | None = None,
        content: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ChatEventType(_rt.Enum):
    """The values of ChatEventType; one AWS adds later is kept as it is."""

    DISCONNECT = "DISCONNECT"
    MESSAGE = "MESSAGE"
    EVENT = "EVENT"


class ChatMessage(_rt.Structure):
    """A chat message."""

    content_type: str = _rt.field(
        "ContentType", _rt.String(min=1, max=100), required=True
    )
    """The type of the content. Supported types are `text/plain`, `text/markdown`,
    `application/json`, and
    `application/vnd.amazonaws.connect.message.interactive.response`."""

    content: str = _rt.field("Content", _rt.String(min=1, max=16384), required=True)
    """The content of the chat message.

    For `text/plain` and `text/markdown`, the Length Constraints are Minimum of 1,
    Maximum of 1024.

    For `application/json`, the Length Constraints are Minimum of 1, Maximum of
    12000.

    For `application/vnd.amazonaws.connect.message.interactive.response`, the Length
    Constraints are Minimum of 1, Maximum of 12288."""

    @classmethod
    def make(cls, *, content_type: str, content: str) -> Self:
        return cls._build(locals())


class ChatMetrics(_rt.Structure):
    """Information about how agent, bot, and customer interact in a chat contact."""

    chat_contact_metrics: ChatContactMetrics | None = _rt.field(
        "ChatContactMetrics", _rt.Ref("ChatContactMetrics")
    )
    """Information about the overall participant interactions at the contact level."""

    agent_metrics: ParticipantMetrics | None = _rt.field(
        "AgentMetrics", _rt.Ref("ParticipantMetrics")
    )
    """Information about agent interactions in a contact."""

    customer_metrics: ParticipantMetrics | None = _rt.field(
        "CustomerMetrics", _rt.Ref("ParticipantMetrics")
    )
    """Information about customer interactions in a contact."""

    @classmethod
    def make(
        cls,
        *,
        chat_contact_metrics: ChatContactMetrics | None = None,
        agent_metrics: ParticipantMetrics | None = None,
        customer_metrics: ParticipantMetrics | None = None,
    ) -> Self:
        return cls._build(locals())


class ChatParticipantRoleConfig(_rt.Structure):
    """Configuration information for the chat participant role."""

    participant_timer_config_list: list[ParticipantTimerConfiguration] = _rt.field(
        "ParticipantTimerConfigList",
        _rt.ListOf(_rt.Ref("ParticipantTimerConfiguration"), min=1, max=6),
        required=True,
    )
    """A list of participant timers. You can specify any unique combination of role and
    timer type. Duplicate entries error out the request with a 400."""

    @classmethod
    def make(
        cls, *, participant_timer_config_list: list[ParticipantTimerConfiguration]
    ) -> Self:
        return cls._build(locals())


class ChatStreamingConfiguration(_rt.Structure):
    """The streaming configuration, such as the Amazon SNS streaming endpoint."""

    streaming_endpoint_arn: str = _rt.field(
        "StreamingEndpointArn", _rt.String(min=1, max=350), required=True
    )
    """The Amazon Resource Name (ARN) of the standard Amazon SNS topic. The Amazon
    Resource Name (ARN) of the streaming endpoint that is used to publish real-time
    message streaming for chat conversations."""

    @classmethod
    def make(cls, *, streaming_endpoint_arn: str) -> Self:
        return cls._build(locals())
