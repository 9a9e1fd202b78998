"""Shapes of Amazon Connect Service whose class names start with "dea"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class DeactivateEvaluationFormRequest(_rt.Structure):
    """The input of DeactivateEvaluationForm."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """The unique identifier for the evaluation form."""

    evaluation_form_version: int = _rt.field(
        "EvaluationFormVersion", _rt.Integer(), required=True
    )
    """A version of the evaluation form. If the version property is not provided, the
    latest version of the evaluation form is deactivated."""

    @classmethod
    def make(
        cls, *, instance_id: str, evaluation_form_id: str, evaluation_form_version: int
    ) -> Self:
        return cls._build(locals())


class DeactivateEvaluationFormResponse(_rt.Structure):
    """The output of DeactivateEvaluationForm."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True
    )
    """The unique identifier for the evaluation form."""

    evaluation_form_arn: str = _rt.field(
        "EvaluationFormArn", _rt.String(), required=True
    )
    """The Amazon Resource Name (ARN) for the evaluation form resource."""

    evaluation_form_version: int = _rt.field(
        "EvaluationFormVersion", _rt.Integer(), required=True
    )
    """The version of the deactivated evaluation form resource."""

    @classmethod
    def make(
        cls,
        *,
        evaluation_form_id: str,
        evaluation_form_arn: str,
        evaluation_form_version: int,
    ) -> Self:
        return cls._build(locals())
