"""What a user may get wrong: mypy --strict and pyright strict must each report every
line marked `# error: <kind>`, and nothing else (tests/test_typing.py)."""

from __future__ import annotations

from botogen_connect import ParticipantDetails, StartWebRTCContactResponse
from botogen_connect import StartWebRtcContactRequest  # error: misspelled-import

ParticipantDetails.make(display_name=1)  # error: argument-type
ParticipantDetails.make()  # error: missing-argument
ParticipantDetails.make(display_name="A", name="B")  # error: unknown-keyword
response = StartWebRTCContactResponse.from_value({})
size: int = ParticipantDetails.make(display_name="A").display_name  # error: result-type
response.contact_id.upper()  # error: result-optional

__all__ = ["StartWebRtcContactRequest"]  # a user of the misspelled name
