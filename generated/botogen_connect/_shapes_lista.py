"""Shapes of Amazon Connect Service whose class names start with "lista"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_a import (
        AgentStatusSummary,
        AgentStatusType,
        AnalyticsDataAssociationResult,
        AnalyticsDataSetsResult,
        AssociatedContactSummary,
        AttachedFilesConfigurationSummary,
        AuthenticationProfileSummary,
    )


class ListAgentStatusRequest(_rt.Structure):
    """The input of ListAgentStatuses."""

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

    agent_status_types: list[AgentStatusType | str] | None = _rt.field(
        "AgentStatusTypes",
        _rt.ListOf(_rt.String(enum="AgentStatusType"), max=3),
        location="querystring",
    )
    """Available agent status types."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        agent_status_types: list[AgentStatusType | str] | None = None,
    ) -> Self:
        return cls._build(locals())


class ListAgentStatusResponse(_rt.Structure):
    """The output of ListAgentStatuses."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    agent_status_summary_list: list[AgentStatusSummary] | None = _rt.field(
        "AgentStatusSummaryList", _rt.ListOf(_rt.Ref("AgentStatusSummary"))
    )
    """A summary of agent statuses."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        agent_status_summary_list: list[AgentStatusSummary] | None = None,
    ) -> Self:
        return cls._build(locals())


class ListAnalyticsDataAssociationsRequest(_rt.Structure):
    """The input of ListAnalyticsDataAssociations."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    data_set_id: str | None = _rt.field(
        "DataSetId", _rt.String(min=1, max=255), location="querystring"
    )
    """The identifier of the dataset to get the association status."""

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
        data_set_id: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListAnalyticsDataAssociationsResponse(_rt.Structure):
    """The output of ListAnalyticsDataAssociations."""

    results: list[AnalyticsDataAssociationResult] | None = _rt.field(
        "Results", _rt.ListOf(_rt.Ref("AnalyticsDataAssociationResult"))
    )
    """An array of successful results: `DataSetId`, `TargetAccountId`,
    `ResourceShareId`, `ResourceShareArn`. This is a paginated API, so `nextToken`
    is given if there are more results to be returned."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        results: list[AnalyticsDataAssociationResult] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListAnalyticsDataLakeDataSetsRequest(_rt.Structure):
    """The input of ListAnalyticsDataLakeDataSets."""

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

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListAnalyticsDataLakeDataSetsResponse(_rt.Structure):
    """The output of ListAnalyticsDataLakeDataSets."""

    results: list[AnalyticsDataSetsResult] | None = _rt.field(
        "Results", _rt.ListOf(_rt.Ref("AnalyticsDataSetsResult"))
    )
    """An array of successful results: `DataSetId`, `DataSetName`. This is a paginated
    API, so `nextToken` is given if there are more results to be returned."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        results: list[AnalyticsDataSetsResult] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListApprovedOriginsRequest(_rt.Structure):
    """The input of ListApprovedOrigins."""

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
        _rt.Integer(min=1, max=25),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListApprovedOriginsResponse(_rt.Structure):
    """The output of ListApprovedOrigins."""

    origins: list[str] | None = _rt.field("Origins", _rt.ListOf(_rt.String(max=267)))
    """The approved origins."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls, *, origins: list[str] | None = None, next_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class ListAssociatedContactsRequest(_rt.Structure):
    """The input of ListAssociatedContacts."""

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
        contact_id: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListAssociatedContactsResponse(_rt.Structure):
    """The output of ListAssociatedContacts."""

    contact_summary_list: list[AssociatedContactSummary] | None = _rt.field(
        "ContactSummaryList", _rt.ListOf(_rt.Ref("AssociatedContactSummary"))
    )
    """List of the contact summary for all the contacts in contact tree associated with
    unique identifier."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        contact_summary_list: list[AssociatedContactSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListAttachedFilesConfigurationsRequest(_rt.Structure):
    """The input of ListAttachedFilesConfigurations."""

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
    """The maximum number of results to return per page. The default MaxResult size is
    100."""

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


class ListAttachedFilesConfigurationsResponse(_rt.Structure):
    """The output of ListAttachedFilesConfigurations."""

    attached_files_configurations: list[AttachedFilesConfigurationSummary] | None = (
        _rt.field(
            "AttachedFilesConfigurations",
            _rt.ListOf(_rt.Ref("AttachedFilesConfigurationSummary")),
        )
    )
    """Information about the attached files configurations."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        attached_files_configurations: (
            list[AttachedFilesConfigurationSummary] | None
        ) = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListAuthenticationProfilesRequest(_rt.Structure):
    """The input of ListAuthenticationProfiles."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
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


class ListAuthenticationProfilesResponse(_rt.Structure):
    """The output of ListAuthenticationProfiles."""

    authentication_profile_summary_list: list[AuthenticationProfileSummary] | None = (
        _rt.field(
            "AuthenticationProfileSummaryList",
            _rt.ListOf(_rt.Ref("AuthenticationProfileSummary")),
        )
    )
    """A summary of a given authentication profile."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        authentication_profile_summary_list: (
            list[AuthenticationProfileSummary] | None
        ) = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
