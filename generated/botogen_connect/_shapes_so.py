"""Shapes of Amazon Connect Service whose class names start with "so"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class Sort(_rt.Structure):
    """A structure that defines the field name to sort by and a sort order."""

    field_name: SortableFieldName | str = _rt.field(
        "FieldName", _rt.String(enum="SortableFieldName"), required=True
    )
    """The name of the field on which to sort."""

    order: SortOrder | str = _rt.field(
        "Order", _rt.String(enum="SortOrder"), required=True
    )
    """An ascending or descending sort."""

    @classmethod
    def make(
        cls, *, field_name: SortableFieldName | str, order: SortOrder | str
    ) -> Self:
        return cls._build(locals())


class SortOrder(_rt.Enum):
    """The values of SortOrder; one AWS adds later is kept as it is."""

    ASCENDING = "ASCENDING"
    DESCENDING = "DESCENDING"


class SortableFieldName(_rt.Enum):
    """The values of SortableFieldName; one AWS adds later is kept as it is."""

    INITIATION_TIMESTAMP = "INITIATION_TIMESTAMP"
    SCHEDULED_TIMESTAMP = "SCHEDULED_TIMESTAMP"
    CONNECTED_TO_AGENT_TIMESTAMP = "CONNECTED_TO_AGENT_TIMESTAMP"
    DISCONNECT_TIMESTAMP = "DISCONNECT_TIMESTAMP"
    INITIATION_METHOD = "INITIATION_METHOD"
    CHANNEL = "CHANNEL"
    EXPIRY_TIMESTAMP = "EXPIRY_TIMESTAMP"


class SourceCampaign(_rt.Structure):
    """Information about the campaign."""

    campaign_id: str | None = _rt.field("CampaignId", _rt.String(min=1, max=100))
    """A unique identifier for a campaign."""

    outbound_request_id: str | None = _rt.field(
        "OutboundRequestId", _rt.String(min=36, max=36)
    )
    """A unique identifier for a each request part of same campaign."""

    @classmethod
    def make(
        cls, *, campaign_id: str | None = None, outbound_request_id: str | None = None
    ) -> Self:
        return cls._build(locals())


class SourceType(_rt.Enum):
    """The values of SourceType; one AWS adds later is kept as it is."""

    SALESFORCE = "SALESFORCE"
    ZENDESK = "ZENDESK"
    CASES = "CASES"
