"""Shapes of Amazon Connect Service whose class names start with "lists"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import Application
    from ._shapes_f import FlowModule
    from ._shapes_se import SecurityKey, SecurityProfileSummary


class ListSecurityKeysRequest(_rt.Structure):
    """The input of ListSecurityKeys."""

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
        _rt.Integer(min=1, max=2),
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


class ListSecurityKeysResponse(_rt.Structure):
    """The output of ListSecurityKeys."""

    security_keys: list[SecurityKey] | None = _rt.field(
        "SecurityKeys", _rt.ListOf(_rt.Ref("SecurityKey"))
    )
    """The security keys."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        security_keys: list[SecurityKey] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListSecurityProfileApplicationsRequest(_rt.Structure):
    """The input of ListSecurityProfileApplications."""

    security_profile_id: str = _rt.field(
        "SecurityProfileId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the security profle."""

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
        security_profile_id: str,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListSecurityProfileApplicationsResponse(_rt.Structure):
    """The output of ListSecurityProfileApplications."""

    applications: list[Application] | None = _rt.field(
        "Applications", _rt.ListOf(_rt.Ref("Application"), max=10)
    )
    """A list of the third-party application's metadata."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

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
        applications: list[Application] | None = None,
        next_token: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListSecurityProfileFlowModulesRequest(_rt.Structure):
    """The input of ListSecurityProfileFlowModules."""

    security_profile_id: str = _rt.field(
        "SecurityProfileId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the security profile."""

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
        security_profile_id: str,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListSecurityProfileFlowModulesResponse(_rt.Structure):
    """The output of ListSecurityProfileFlowModules."""

    allowed_flow_modules: list[FlowModule] | None = _rt.field(
        "AllowedFlowModules", _rt.ListOf(_rt.Ref("FlowModule"), max=10)
    )
    """A list of Flow Modules an AI Agent can invoke as a tool."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The time the flow module was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Region that flow module was last modified in."""

    @classmethod
    def make(
        cls,
        *,
        allowed_flow_modules: list[FlowModule] | None = None,
        next_token: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListSecurityProfilePermissionsRequest(_rt.Structure):
    """The input of ListSecurityProfilePermissions."""

    security_profile_id: str = _rt.field(
        "SecurityProfileId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the security profle."""

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
        security_profile_id: str,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListSecurityProfilePermissionsResponse(_rt.Structure):
    """The output of ListSecurityProfilePermissions."""

    permissions: list[str] | None = _rt.field(
        "Permissions", _rt.ListOf(_rt.String(min=1, max=128), max=500)
    )
    """The permissions granted to the security profile. For a complete list of valid
    permissions, see List of security profile permissions
    (https://docs.aws.amazon.com/connect/latest/adminguide/security-profile-list.html).
    """

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

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
        permissions: list[str] | None = None,
        next_token: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListSecurityProfilesRequest(_rt.Structure):
    """The input of ListSecurityProfiles."""

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


class ListSecurityProfilesResponse(_rt.Structure):
    """The output of ListSecurityProfiles."""

    security_profile_summary_list: list[SecurityProfileSummary] | None = _rt.field(
        "SecurityProfileSummaryList", _rt.ListOf(_rt.Ref("SecurityProfileSummary"))
    )
    """Information about the security profiles."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        security_profile_summary_list: list[SecurityProfileSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
