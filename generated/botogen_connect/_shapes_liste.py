"""Shapes of Amazon Connect Service whose class names start with "liste"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_e import (
        EntityType,
        EvaluationFormSummary,
        EvaluationFormVersionSummary,
    )
    from ._shapes_se import SecurityProfileItem


class ListEntitySecurityProfilesRequest(_rt.Structure):
    """The input of ListEntitySecurityProfiles."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    entity_type: EntityType | str = _rt.field(
        "EntityType", _rt.String(enum="EntityType"), required=True
    )
    """Only supported type is AI_AGENT."""

    entity_arn: str = _rt.field("EntityArn", _rt.String(min=1), required=True)
    """ARN of a Q in Connect AI Agent."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page. The default MaxResult size is
    100."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        entity_type: EntityType | str,
        entity_arn: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListEntitySecurityProfilesResponse(_rt.Structure):
    """The output of ListEntitySecurityProfiles."""

    security_profiles: list[SecurityProfileItem] | None = _rt.field(
        "SecurityProfiles", _rt.ListOf(_rt.Ref("SecurityProfileItem"), max=100)
    )
    """List of Security Profile Object."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        security_profiles: list[SecurityProfileItem] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListEvaluationFormVersionsRequest(_rt.Structure):
    """The input of ListEvaluationFormVersions."""

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

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=100),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        evaluation_form_id: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListEvaluationFormVersionsResponse(_rt.Structure):
    """The output of ListEvaluationFormVersions."""

    evaluation_form_version_summary_list: list[EvaluationFormVersionSummary] = (
        _rt.field(
            "EvaluationFormVersionSummaryList",
            _rt.ListOf(_rt.Ref("EvaluationFormVersionSummary")),
            required=True,
        )
    )
    """Provides details about a list of evaluation forms belonging to an instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        evaluation_form_version_summary_list: list[EvaluationFormVersionSummary],
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListEvaluationFormsRequest(_rt.Structure):
    """The input of ListEvaluationForms."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=100),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListEvaluationFormsResponse(_rt.Structure):
    """The output of ListEvaluationForms."""

    evaluation_form_summary_list: list[EvaluationFormSummary] = _rt.field(
        "EvaluationFormSummaryList",
        _rt.ListOf(_rt.Ref("EvaluationFormSummary")),
        required=True,
    )
    """Provides details about a list of evaluation forms belonging to an instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        evaluation_form_summary_list: list[EvaluationFormSummary],
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
