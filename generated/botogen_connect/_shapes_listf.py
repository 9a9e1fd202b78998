"""Shapes of Amazon Connect Service whose class names start with "listf"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_f import FlowAssociationSummary


class ListFlowAssociationResourceType(_rt.Enum):
    """The values of ListFlowAssociationResourceType; one AWS adds later is kept as it is."""

    WHATSAPP_MESSAGING_PHONE_NUMBER = "WHATSAPP_MESSAGING_PHONE_NUMBER"
    VOICE_PHONE_NUMBER = "VOICE_PHONE_NUMBER"
    INBOUND_EMAIL = "INBOUND_EMAIL"
    OUTBOUND_EMAIL = "OUTBOUND_EMAIL"
    ANALYTICS_CONNECTOR = "ANALYTICS_CONNECTOR"


class ListFlowAssociationsRequest(_rt.Structure):
    """The input of ListFlowAssociations."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    resource_type: ListFlowAssociationResourceType | str | None = _rt.field(
        "ResourceType",
        _rt.String(enum="ListFlowAssociationResourceType"),
        location="querystring",
    )
    """A valid resource type."""

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
        resource_type: ListFlowAssociationResourceType | str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListFlowAssociationsResponse(_rt.Structure):
    """The output of ListFlowAssociations."""

    flow_association_summary_list: list[FlowAssociationSummary] | None = _rt.field(
        "FlowAssociationSummaryList", _rt.ListOf(_rt.Ref("FlowAssociationSummary"))
    )
    """Summary of flow associations."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        flow_association_summary_list: list[FlowAssociationSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
