"""Shapes of Amazon Connect Service whose class names start with "listc"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_co import (
        Condition,
        ContactFlowModuleAliasSummary,
        ContactFlowModuleState,
        ContactFlowModuleSummary,
        ContactFlowModuleVersionSummary,
        ContactFlowSummary,
        ContactFlowType,
        ContactFlowVersionSummary,
    )
    from ._shapes_e import EvaluationSummary
    from ._shapes_h import HoursOfOperationsIdentifier
    from ._shapes_r import ReferenceSummary, ReferenceType
    from ._shapes_t import TargetListType


class ListChildHoursOfOperationsRequest(_rt.Structure):
    """The input of ListChildHoursOfOperations."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    hours_of_operation_id: str = _rt.field(
        "HoursOfOperationId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the parent hours of operation."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=100),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page. The default MaxResult size is
    100."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        hours_of_operation_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListChildHoursOfOperationsResponse(_rt.Structure):
    """The output of ListChildHoursOfOperations."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    child_hours_of_operations_summary_list: list[HoursOfOperationsIdentifier] | None = (
        _rt.field(
            "ChildHoursOfOperationsSummaryList",
            _rt.ListOf(_rt.Ref("HoursOfOperationsIdentifier")),
        )
    )
    """Information about the hours of operation."""

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
        next_token: str | None = None,
        child_hours_of_operations_summary_list: (
            list[HoursOfOperationsIdentifier] | None
        ) = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListCondition(_rt.Structure):
    """A leaf node condition which can be used to specify a List condition to search
    users with attributes included in Lists like Proficiencies."""

    target_list_type: TargetListType | str | None = _rt.field(
        "TargetListType", _rt.String(enum="TargetListType")
    )
    """The type of target list that will be used to filter the users."""

    conditions: list[Condition] | None = _rt.field(
        "Conditions", _rt.ListOf(_rt.Ref("Condition"))
    )
    """A list of Condition objects which would be applied together with an AND
    condition."""

    @classmethod
    def make(
        cls,
        *,
        target_list_type: TargetListType | str | None = None,
        conditions: list[Condition] | None = None,
    ) -> Self:
        return cls._build(locals())


class ListContactEvaluationsRequest(_rt.Structure):
    """The input of ListContactEvaluations."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field(
        "ContactId",
        _rt.String(min=1, max=256),
        required=True,
        location="querystring",
        name="contactId",
    )
    """The identifier of the contact in this instance of Connect Customer."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results.

    This is not expected to be set because the value returned in the previous
    response is always null."""

    @classmethod
    def make(
        cls, *, instance_id: str, contact_id: str, next_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class ListContactEvaluationsResponse(_rt.Structure):
    """The output of ListContactEvaluations."""

    evaluation_summary_list: list[EvaluationSummary] = _rt.field(
        "EvaluationSummaryList", _rt.ListOf(_rt.Ref("EvaluationSummary")), required=True
    )
    """Provides details about a list of contact evaluations belonging to an instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results.

    This is always returned as null in the response."""

    @classmethod
    def make(
        cls,
        *,
        evaluation_summary_list: list[EvaluationSummary],
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListContactFlowModuleAliasesRequest(_rt.Structure):
    """The input of ListContactFlowModuleAliases."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(
            min=1,
            max=250,
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
        location="uri",
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_flow_module_id: str = _rt.field(
        "ContactFlowModuleId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the flow module."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_module_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListContactFlowModuleAliasesResponse(_rt.Structure):
    """The output of ListContactFlowModuleAliases."""

    contact_flow_module_alias_summary_list: (
        list[ContactFlowModuleAliasSummary] | None
    ) = _rt.field(
        "ContactFlowModuleAliasSummaryList",
        _rt.ListOf(_rt.Ref("ContactFlowModuleAliasSummary")),
    )
    """Information about the flow module aliases."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        contact_flow_module_alias_summary_list: (
            list[ContactFlowModuleAliasSummary] | None
        ) = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListContactFlowModuleVersionsRequest(_rt.Structure):
    """The input of ListContactFlowModuleVersions."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_flow_module_id: str = _rt.field(
        "ContactFlowModuleId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the flow module."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_module_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListContactFlowModuleVersionsResponse(_rt.Structure):
    """The output of ListContactFlowModuleVersions."""

    contact_flow_module_version_summary_list: (
        list[ContactFlowModuleVersionSummary] | None
    ) = _rt.field(
        "ContactFlowModuleVersionSummaryList",
        _rt.ListOf(_rt.Ref("ContactFlowModuleVersionSummary")),
    )
    """Information about the flow module versions."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        contact_flow_module_version_summary_list: (
            list[ContactFlowModuleVersionSummary] | None
        ) = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListContactFlowModulesRequest(_rt.Structure):
    """The input of ListContactFlowModules."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    contact_flow_module_state: ContactFlowModuleState | str | None = _rt.field(
        "ContactFlowModuleState",
        _rt.String(enum="ContactFlowModuleState"),
        location="querystring",
        name="state",
    )
    """The state of the flow module."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        contact_flow_module_state: ContactFlowModuleState | str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListContactFlowModulesResponse(_rt.Structure):
    """The output of ListContactFlowModules."""

    contact_flow_modules_summary_list: list[ContactFlowModuleSummary] | None = (
        _rt.field(
            "ContactFlowModulesSummaryList",
            _rt.ListOf(_rt.Ref("ContactFlowModuleSummary")),
        )
    )
    """Information about the flow module."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        contact_flow_modules_summary_list: list[ContactFlowModuleSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListContactFlowVersionsRequest(_rt.Structure):
    """The input of ListContactFlowVersions."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the flow."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page. The default MaxResult size is
    100."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListContactFlowVersionsResponse(_rt.Structure):
    """The output of ListContactFlowVersions."""

    contact_flow_version_summary_list: list[ContactFlowVersionSummary] | None = (
        _rt.field(
            "ContactFlowVersionSummaryList",
            _rt.ListOf(_rt.Ref("ContactFlowVersionSummary")),
        )
    )
    """A list of flow version summaries."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        contact_flow_version_summary_list: (
            list[ContactFlowVersionSummary] | None
        ) = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListContactFlowsRequest(_rt.Structure):
    """The input of ListContactFlows."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_flow_types: list[ContactFlowType | str] | None = _rt.field(
        "ContactFlowTypes",
        _rt.ListOf(_rt.String(enum="ContactFlowType"), max=10),
        location="querystring",
        name="contactFlowTypes",
    )
    """The type of flow."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page. The default MaxResult size is
    100."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_types: list[ContactFlowType | str] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListContactFlowsResponse(_rt.Structure):
    """The output of ListContactFlows."""

    contact_flow_summary_list: list[ContactFlowSummary] | None = _rt.field(
        "ContactFlowSummaryList", _rt.ListOf(_rt.Ref("ContactFlowSummary"))
    )
    """Information about the flows."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        contact_flow_summary_list: list[ContactFlowSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListContactReferencesRequest(_rt.Structure):
    """The input of ListContactReferences."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field(
        "ContactId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the initial contact."""

    reference_types: list[ReferenceType | str] = _rt.field(
        "ReferenceTypes",
        _rt.ListOf(_rt.String(enum="ReferenceType"), max=6),
        required=True,
        location="querystring",
        name="referenceTypes",
    )
    """The type of reference."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results.

    This is not expected to be set, because the value returned in the previous
    response is always null."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_id: str,
        reference_types: list[ReferenceType | str],
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListContactReferencesResponse(_rt.Structure):
    """The output of ListContactReferences."""

    reference_summary_list: list[ReferenceSummary] | None = _rt.field(
        "ReferenceSummaryList", _rt.ListOf(_rt.Ref("ReferenceSummary"))
    )
    """Information about the flows."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results.

    This is always returned as null in the response."""

    @classmethod
    def make(
        cls,
        *,
        reference_summary_list: list[ReferenceSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
