"""A user's script that mypy --strict and pyright strict both accept as it is."""

from __future__ import annotations

from typing import Any

from botogen_connect import (
    AccessDeniedException,
    Channel,
    ContactMetricValue,
    ParticipantDetails,
    Reference,
    ReferenceType,
    ServiceError,
    StartWebRTCContactRequest,
    StartWebRTCContactResponse,
    ValidationError,
)
from botogen_connect.operations import ERRORS, OPERATIONS


def request(name: str) -> dict[str, Any]:
    made = StartWebRTCContactRequest.make(
        contact_flow_id="f",
        instance_id="i",
        participant_details=ParticipantDetails.make(display_name=name),
        references={"doc": Reference.make(type=ReferenceType.URL, value="https://x")},
    )
    made.validate()
    return made.to_value()


def contact_id(response: dict[str, Any]) -> str:
    parsed = StartWebRTCContactResponse.from_value(response)
    return parsed.contact_id or ""


def problems(name: str) -> tuple[str, ...]:
    try:
        request(name)
    except ValidationError as error:
        return error.problems
    return ()


def describe(error: ServiceError) -> str:
    status: int = error.http_status
    return f"{error.code} {status} {error.message or ''} {error.request_id or ''}"


def metric(value: ContactMetricValue) -> float:
    unknown = value.unknown_member
    return value.number if value.number is not None else float(unknown is None)


channel: str = Channel.VOICE
operation = OPERATIONS["start_web_rtc_contact"]
method: str = operation.http_method
error_class: str = ERRORS["AccessDeniedException"]
denied = AccessDeniedException.make(message="no")
print(request("Alice"), contact_id({}), problems(""), describe(denied), metric)
print(channel, method, error_class)
