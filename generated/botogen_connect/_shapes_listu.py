"""Shapes of Amazon Connect Service whose class names start with "listu"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_h import HierarchyGroupSummary
    from ._shapes_us import (
        UseCase,
        UserNotificationSummary,
        UserProficiency,
        UserSummary,
    )


class ListUseCasesRequest(_rt.Structure):
    """Provides summary information about the use cases for the specified integration
    association."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    integration_association_id: str = _rt.field(
        "IntegrationAssociationId",
        _rt.String(min=1, max=200),
        required=True,
        location="uri",
    )
    """The identifier for the integration association."""

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
    """The maximum number of results to return per page."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        integration_association_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListUseCasesResponse(_rt.Structure):
    """The output of ListUseCases."""

    use_case_summary_list: list[UseCase] | None = _rt.field(
        "UseCaseSummaryList", _rt.ListOf(_rt.Ref("UseCase"))
    )
    """The use cases."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        use_case_summary_list: list[UseCase] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListUserHierarchyGroupsRequest(_rt.Structure):
    """The input of ListUserHierarchyGroups."""

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
    """The maximum number of results to return per page. The default MaxResult size is
    100."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListUserHierarchyGroupsResponse(_rt.Structure):
    """The output of ListUserHierarchyGroups."""

    user_hierarchy_group_summary_list: list[HierarchyGroupSummary] | None = _rt.field(
        "UserHierarchyGroupSummaryList", _rt.ListOf(_rt.Ref("HierarchyGroupSummary"))
    )
    """Information about the hierarchy groups."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        user_hierarchy_group_summary_list: list[HierarchyGroupSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListUserNotificationsRequest(_rt.Structure):
    """The input of ListUserNotifications."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response to retrieve the next page of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page. Valid range is 1-1000."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        user_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListUserNotificationsResponse(_rt.Structure):
    """The output of ListUserNotifications."""

    user_notifications: list[UserNotificationSummary] | None = _rt.field(
        "UserNotifications", _rt.ListOf(_rt.Ref("UserNotificationSummary"))
    )
    """A list of notifications sent to the specified user."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """The token for the next set of results. If present, there are more results
    available."""

    @classmethod
    def make(
        cls,
        *,
        user_notifications: list[UserNotificationSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListUserProficienciesRequest(_rt.Structure):
    """The input of ListUserProficiencies."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user account."""

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
    """The maximum number of results to return per page."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        user_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListUserProficienciesResponse(_rt.Structure):
    """The output of ListUserProficiencies."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    user_proficiency_list: list[UserProficiency] | None = _rt.field(
        "UserProficiencyList", _rt.ListOf(_rt.Ref("UserProficiency"))
    )
    """Information about the user proficiencies."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The last time that the user's proficiencies are were modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The region in which a user's proficiencies were last modified."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        user_proficiency_list: list[UserProficiency] | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListUsersRequest(_rt.Structure):
    """The input of ListUsers."""

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
    """The maximum number of results to return per page. The default MaxResult size is
    100."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListUsersResponse(_rt.Structure):
    """The output of ListUsers."""

    user_summary_list: list[UserSummary] | None = _rt.field(
        "UserSummaryList", _rt.ListOf(_rt.Ref("UserSummary"))
    )
    """Information about the users."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        user_summary_list: list[UserSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
