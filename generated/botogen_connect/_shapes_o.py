"""Shapes of Amazon Connect Service whose class names start with "o"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_a import AgentFirst
    from ._shapes_e import EmailAddressInfo
    from ._shapes_t import TemplatedMessageConfig


class ObservationSummary(_rt.Structure):
    """Contains summary statistics about a test case execution."""

    total_observations: int | None = _rt.field("TotalObservations", _rt.Integer())
    """The total number of observations in the test case."""

    observations_passed: int | None = _rt.field("ObservationsPassed", _rt.Integer())
    """The number of observations that passed during execution."""

    observations_failed: int | None = _rt.field("ObservationsFailed", _rt.Integer())
    """The number of observations that failed during execution."""

    @classmethod
    def make(
        cls,
        *,
        total_observations: int | None = None,
        observations_passed: int | None = None,
        observations_failed: int | None = None,
    ) -> Self:
        return cls._build(locals())


class OperationalHour(_rt.Structure):
    """Information about the hours of operations with the effective override applied."""

    start: OverrideTimeSlice | None = _rt.field("Start", _rt.Ref("OverrideTimeSlice"))
    """The start time that your contact center opens."""

    end: OverrideTimeSlice | None = _rt.field("End", _rt.Ref("OverrideTimeSlice"))
    """The end time that your contact center closes."""

    @classmethod
    def make(
        cls,
        *,
        start: OverrideTimeSlice | None = None,
        end: OverrideTimeSlice | None = None,
    ) -> Self:
        return cls._build(locals())


class OperationalStatus(_rt.Enum):
    """The values of OperationalStatus; one AWS adds later is kept as it is."""

    OPEN = "OPEN"
    CLOSED = "CLOSED"


class OutboundAdditionalRecipients(_rt.Structure):
    """Information about the additional recipients of outbound email."""

    cc_email_addresses: list[EmailAddressInfo] | None = _rt.field(
        "CcEmailAddresses", _rt.ListOf(_rt.Ref("EmailAddressInfo"), min=1, max=50)
    )
    """Information about the additional CC email address recipients. Email recipients
    are limited to 50 total addresses: 1 required recipient in the
    DestinationEmailAddress
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_SendOutboundEmail.html#API_SendOutboundEmail_RequestBody)
    field and up to 49 recipients in the 'CcEmailAddresses' field."""

    @classmethod
    def make(cls, *, cc_email_addresses: list[EmailAddressInfo] | None = None) -> Self:
        return cls._build(locals())


class OutboundCallerConfig(_rt.Structure):
    """The outbound caller ID name, number, and outbound whisper flow."""

    outbound_caller_id_name: str | None = _rt.field(
        "OutboundCallerIdName", _rt.String(min=1, max=255)
    )
    """The caller ID name."""

    outbound_caller_id_number_id: str | None = _rt.field(
        "OutboundCallerIdNumberId", _rt.String()
    )
    """The caller ID number."""

    outbound_flow_id: str | None = _rt.field("OutboundFlowId", _rt.String(max=500))
    """The outbound whisper flow to be used during an outbound call."""

    @classmethod
    def make(
        cls,
        *,
        outbound_caller_id_name: str | None = None,
        outbound_caller_id_number_id: str | None = None,
        outbound_flow_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class OutboundContactNotPermittedException(_rt.ServiceError):
    """The contact is not permitted."""

    _error_code = "OutboundContactNotPermittedException"
    _http_status = 403

    message: str | None = _rt.field("Message", _rt.String())
    """The message about the contact."""

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class OutboundEmailConfig(_rt.Structure):
    """The outbound email address ID."""

    outbound_email_address_id: str | None = _rt.field(
        "OutboundEmailAddressId", _rt.String(min=1, max=500)
    )
    """The identifier of the email address."""

    @classmethod
    def make(cls, *, outbound_email_address_id: str | None = None) -> Self:
        return cls._build(locals())


class OutboundEmailContent(_rt.Structure):
    """Information about email body content."""

    message_source_type: OutboundMessageSourceType | str = _rt.field(
        "MessageSourceType", _rt.String(enum="OutboundMessageSourceType"), required=True
    )
    """The message source type, that is, `RAW` or `TEMPLATE`."""

    templated_message_config: TemplatedMessageConfig | None = _rt.field(
        "TemplatedMessageConfig", _rt.Ref("TemplatedMessageConfig")
    )
    """Information about template message configuration."""

    raw_message: OutboundRawMessage | None = _rt.field(
        "RawMessage", _rt.Ref("OutboundRawMessage")
    )
    """The raw email body content."""

    @classmethod
    def make(
        cls,
        *,
        message_source_type: OutboundMessageSourceType | str,
        templated_message_config: TemplatedMessageConfig | None = None,
        raw_message: OutboundRawMessage | None = None,
    ) -> Self:
        return cls._build(locals())


class OutboundMessageSourceType(_rt.Enum):
    """The values of OutboundMessageSourceType; one AWS adds later is kept as it is."""

    TEMPLATE = "TEMPLATE"
    RAW = "RAW"


class OutboundRawMessage(_rt.Structure):
    """Information about the raw email body content."""

    subject: str = _rt.field(
        "Subject", _rt.String(min=1, max=998), required=True, sensitive=True
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

    @classmethod
    def make(cls, *, subject: str, body: str, content_type: str) -> Self:
        return cls._build(locals())


class OutboundStrategy(_rt.Structure):
    """Information about the outbound strategy."""

    type: OutboundStrategyType | str = _rt.field(
        "Type", _rt.String(enum="OutboundStrategyType"), required=True
    )
    """Type of the outbound strategy."""

    config: OutboundStrategyConfig | None = _rt.field(
        "Config", _rt.Ref("OutboundStrategyConfig")
    )
    """Config of the outbound strategy."""

    @classmethod
    def make(
        cls,
        *,
        type: OutboundStrategyType | str,
        config: OutboundStrategyConfig | None = None,
    ) -> Self:
        return cls._build(locals())


class OutboundStrategyConfig(_rt.Structure):
    """The config of the outbound strategy."""

    agent_first: AgentFirst | None = _rt.field("AgentFirst", _rt.Ref("AgentFirst"))
    """The config of agent first outbound strategy."""

    @classmethod
    def make(cls, *, agent_first: AgentFirst | None = None) -> Self:
        return cls._build(locals())


class OutboundStrategyType(_rt.Enum):
    """The values of OutboundStrategyType; one AWS adds later is kept as it is."""

    AGENT_FIRST = "AGENT_FIRST"


class OutputTypeNotFoundException(_rt.ServiceError):
    """Thrown for analyzed content when requested OutputType was not enabled for a
    given contact. For example, if an OutputType.Raw was requested for a contact
    that had `RedactedOnly` Redaction policy set in the flow."""

    _error_code = "OutputTypeNotFoundException"
    _http_status = 404

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class OverrideDays(_rt.Enum):
    """The values of OverrideDays; one AWS adds later is kept as it is."""

    SUNDAY = "SUNDAY"
    MONDAY = "MONDAY"
    TUESDAY = "TUESDAY"
    WEDNESDAY = "WEDNESDAY"
    THURSDAY = "THURSDAY"
    FRIDAY = "FRIDAY"
    SATURDAY = "SATURDAY"


class OverrideHour(_rt.Structure):
    """Information about hours of operation override"""

    start: OverrideTimeSlice | None = _rt.field("Start", _rt.Ref("OverrideTimeSlice"))

    end: OverrideTimeSlice | None = _rt.field("End", _rt.Ref("OverrideTimeSlice"))

    override_name: str | None = _rt.field("OverrideName", _rt.String())
    """Unique identifier name for the override."""

    operational_status: OperationalStatus | str | None = _rt.field(
        "OperationalStatus", _rt.String(enum="OperationalStatus")
    )
    """Indicates whether the status is open or closed during the override period. This
    status determines how the override modifies the base hours of operation
    schedule."""

    @classmethod
    def make(
        cls,
        *,
        start: OverrideTimeSlice | None = None,
        end: OverrideTimeSlice | None = None,
        override_name: str | None = None,
        operational_status: OperationalStatus | str | None = None,
    ) -> Self:
        return cls._build(locals())


class OverrideTimeSlice(_rt.Structure):
    """The start time or end time for an hours of operation override."""

    hours: int = _rt.field("Hours", _rt.Integer(min=0, max=23), required=True)
    """The hours."""

    minutes: int = _rt.field("Minutes", _rt.Integer(min=0, max=59), required=True)
    """The minutes."""

    @classmethod
    def make(cls, *, hours: int, minutes: int) -> Self:
        return cls._build(locals())


class OverrideType(_rt.Enum):
    """The values of OverrideType; one AWS adds later is kept as it is."""

    STANDARD = "STANDARD"
    OPEN = "OPEN"
    CLOSED = "CLOSED"
