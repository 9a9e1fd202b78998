"""Shapes of Amazon Connect Service whose class names start with "listv"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_v import ViewSummary, ViewType, ViewVersionSummary


class ListViewVersionsRequest(_rt.Structure):
    """The input of ListViewVersions."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(min=1, max=100, pattern="^[a-zA-Z0-9\\_\\-:\\/]+$"),
        required=True,
        location="uri",
    )
    """The identifier of the Connect Customer instance. You can find the instanceId in
    the ARN of the instance."""

    view_id: str = _rt.field(
        "ViewId",
        _rt.String(min=1, max=500, pattern="^[a-zA-Z0-9\\_\\-:\\/$]+$"),
        required=True,
        location="uri",
    )
    """The identifier of the view. Both `ViewArn` and `ViewId` can be used."""

    next_token: str | None = _rt.field(
        "NextToken",
        _rt.String(min=1, max=4096, pattern="^[a-zA-Z0-9=\\/+_.-]+$"),
        location="querystring",
        name="nextToken",
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
        view_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListViewVersionsResponse(_rt.Structure):
    """The output of ListViewVersions."""

    view_version_summary_list: list[ViewVersionSummary] | None = _rt.field(
        "ViewVersionSummaryList", _rt.ListOf(_rt.Ref("ViewVersionSummary"))
    )
    """A list of view version summaries."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(min=1, max=4096, pattern="^[a-zA-Z0-9=\\/+_.-]+$")
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        view_version_summary_list: list[ViewVersionSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListViewsRequest(_rt.Structure):
    """The input of ListViews."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(min=1, max=100, pattern="^[a-zA-Z0-9\\_\\-:\\/]+$"),
        required=True,
        location="uri",
    )
    """The identifier of the Connect Customer instance. You can find the instanceId in
    the ARN of the instance."""

    type: ViewType | str | None = _rt.field(
        "Type", _rt.String(enum="ViewType"), location="querystring", name="type"
    )
    """The type of the view."""

    next_token: str | None = _rt.field(
        "NextToken",
        _rt.String(min=1, max=4096, pattern="^[a-zA-Z0-9=\\/+_.-]+$"),
        location="querystring",
        name="nextToken",
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
        type: ViewType | str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListViewsResponse(_rt.Structure):
    """The output of ListViews."""

    views_summary_list: list[ViewSummary] | None = _rt.field(
        "ViewsSummaryList", _rt.ListOf(_rt.Ref("ViewSummary"))
    )
    """A list of view summaries."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(min=1, max=4096, pattern="^[a-zA-Z0-9=\\/+_.-]+$")
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        views_summary_list: list[ViewSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
