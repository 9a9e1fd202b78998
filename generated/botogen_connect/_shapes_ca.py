"""Shapes of Amazon Connect Service whose class names start with "ca"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_f import FieldValueUnion
    from ._shapes_sl import SlaType


class Campaign(_rt.Structure):
    """Information associated with a campaign."""

    campaign_id: str | None = _rt.field("CampaignId", _rt.String(min=1, max=100))
    """A unique identifier for a campaign."""

    @classmethod
    def make(cls, *, campaign_id: str | None = None) -> Self:
        return cls._build(locals())


class CaseSlaConfiguration(_rt.Structure):
    """The SLA configuration for Case SlaAssignmentType."""

    name: str = _rt.field(
        "Name", _rt.String(min=1, max=500, pattern="^.*[\\S]$"), required=True
    )
    """Name of an SLA."""

    type: SlaType | str = _rt.field("Type", _rt.String(enum="SlaType"), required=True)
    """Type of SLA for Case SlaAssignmentType."""

    field_id: str | None = _rt.field("FieldId", _rt.String(min=1, max=500))
    """Unique identifier of a Case field."""

    target_field_values: list[FieldValueUnion] | None = _rt.field(
        "TargetFieldValues", _rt.ListOf(_rt.Ref("FieldValueUnion"), max=1)
    )
    """Represents a list of target field values for the fieldId specified in
    CaseSlaConfiguration. The SLA is considered met if any one of these target field
    values matches the actual field value."""

    target_sla_minutes: int = _rt.field(
        "TargetSlaMinutes", _rt.Integer(min=1, max=1051200), required=True
    )
    """Target duration in minutes within which an SLA should be completed."""

    @classmethod
    def make(
        cls,
        *,
        name: str,
        type: SlaType | str,
        target_sla_minutes: int,
        field_id: str | None = None,
        target_field_values: list[FieldValueUnion] | None = None,
    ) -> Self:
        return cls._build(locals())
