"""Shapes of Amazon Connect Service whose class names start with "listw"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_m import MediaItem
    from ._shapes_w import WorkspacePage, WorkspaceSummary


class ListWorkspaceMediaRequest(_rt.Structure):
    """The input of ListWorkspaceMedia."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    workspace_id: str = _rt.field(
        "WorkspaceId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the workspace."""

    @classmethod
    def make(cls, *, instance_id: str, workspace_id: str) -> Self:
        return cls._build(locals())


class ListWorkspaceMediaResponse(_rt.Structure):
    """The output of ListWorkspaceMedia."""

    media: list[MediaItem] | None = _rt.field("Media", _rt.ListOf(_rt.Ref("MediaItem")))
    """A list of media assets for the workspace."""

    @classmethod
    def make(cls, *, media: list[MediaItem] | None = None) -> Self:
        return cls._build(locals())


class ListWorkspacePagesRequest(_rt.Structure):
    """The input of ListWorkspacePages."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    workspace_id: str = _rt.field(
        "WorkspaceId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the workspace."""

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
        workspace_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListWorkspacePagesResponse(_rt.Structure):
    """The output of ListWorkspacePages."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    workspace_page_list: list[WorkspacePage] = _rt.field(
        "WorkspacePageList", _rt.ListOf(_rt.Ref("WorkspacePage")), required=True
    )
    """A list of page configurations in the workspace."""

    @classmethod
    def make(
        cls, *, workspace_page_list: list[WorkspacePage], next_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class ListWorkspacesRequest(_rt.Structure):
    """The input of ListWorkspaces."""

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
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListWorkspacesResponse(_rt.Structure):
    """The output of ListWorkspaces."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    workspace_summary_list: list[WorkspaceSummary] = _rt.field(
        "WorkspaceSummaryList", _rt.ListOf(_rt.Ref("WorkspaceSummary")), required=True
    )
    """A summary list of workspaces."""

    @classmethod
    def make(
        cls,
        *,
        workspace_summary_list: list[WorkspaceSummary],
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
