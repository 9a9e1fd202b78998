"""Shapes of Amazon Connect Service whose class names start with "su"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_co import ContactRecordingType
    from ._shapes_e import EvaluationAnswerInput, EvaluationNote, EvaluatorUserUnion


class SubmitAutoEvaluationActionDefinition(_rt.Structure):
    """Information about the submit automated evaluation action."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=256), required=True
    )
    """The identifier of the auto-evaluation enabled form."""

    @classmethod
    def make(cls, *, evaluation_form_id: str) -> Self:
        return cls._build(locals())


class SubmitContactEvaluationRequest(_rt.Structure):
    """The input of SubmitContactEvaluation."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    evaluation_id: str = _rt.field(
        "EvaluationId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """A unique identifier for the contact evaluation."""

    answers: dict[str, EvaluationAnswerInput] | None = _rt.field(
        "Answers",
        _rt.MapOf(
            _rt.String(min=1, max=500), _rt.Ref("EvaluationAnswerInput"), max=100
        ),
    )
    """A map of question identifiers to answer value."""

    notes: dict[str, EvaluationNote] | None = _rt.field(
        "Notes",
        _rt.MapOf(_rt.String(min=1, max=500), _rt.Ref("EvaluationNote"), max=100),
    )
    """A map of question identifiers to note value."""

    submitted_by: EvaluatorUserUnion | None = _rt.field(
        "SubmittedBy", _rt.Ref("EvaluatorUserUnion")
    )
    """The ID of the user who submitted the contact evaluation."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        evaluation_id: str,
        answers: dict[str, EvaluationAnswerInput] | None = None,
        notes: dict[str, EvaluationNote] | None = None,
        submitted_by: EvaluatorUserUnion | None = None,
    ) -> Self:
        return cls._build(locals())


class SubmitContactEvaluationResponse(_rt.Structure):
    """The output of SubmitContactEvaluation."""

    evaluation_id: str = _rt.field(
        "EvaluationId", _rt.String(min=1, max=500), required=True
    )
    """A unique identifier for the contact evaluation."""

    evaluation_arn: str = _rt.field("EvaluationArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) for the contact evaluation resource."""

    @classmethod
    def make(cls, *, evaluation_id: str, evaluation_arn: str) -> Self:
        return cls._build(locals())


class SuccessfulBatchAssociationSummary(_rt.Structure):
    """Contains information about a resource that was successfully associated with a
    workspace in a batch operation."""

    resource_arn: str | None = _rt.field("ResourceArn", _rt.String())
    """The Amazon Resource Name (ARN) of the resource that was successfully associated."""

    @classmethod
    def make(cls, *, resource_arn: str | None = None) -> Self:
        return cls._build(locals())


class SuccessfulRequest(_rt.Structure):
    """Request for which contact was successfully created."""

    request_identifier: str | None = _rt.field("RequestIdentifier", _rt.String(max=80))
    """Request identifier provided in the API call in the ContactDataRequest to create
    a contact."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The contactId of the contact that was created successfully."""

    @classmethod
    def make(
        cls, *, request_identifier: str | None = None, contact_id: str | None = None
    ) -> Self:
        return cls._build(locals())


class SuspendContactRecordingRequest(_rt.Structure):
    """The input of SuspendContactRecording."""

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


class SuspendContactRecordingResponse(_rt.Structure):
    """The output of SuspendContactRecording."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())
