"""Shapes of Amazon Connect Service whose class names start with "dec"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class DecimalComparisonType(_rt.Enum):
    """The values of DecimalComparisonType; one AWS adds later is kept as it is."""

    GREATER_OR_EQUAL = "GREATER_OR_EQUAL"
    GREATER = "GREATER"
    LESSER_OR_EQUAL = "LESSER_OR_EQUAL"
    LESSER = "LESSER"
    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    RANGE = "RANGE"


class DecimalCondition(_rt.Structure):
    """A decimal search condition for Search APIs."""

    field_name: str | None = _rt.field("FieldName", _rt.String())
    """A name of the decimal property to be searched."""

    min_value: float | None = _rt.field("MinValue", _rt.Float())
    """A minimum value of the decimal property."""

    max_value: float | None = _rt.field("MaxValue", _rt.Float())
    """A maximum value of the decimal property."""

    comparison_type: DecimalComparisonType | str | None = _rt.field(
        "ComparisonType", _rt.String(enum="DecimalComparisonType")
    )
    """The type of comparison to be made when evaluating the decimal condition."""

    @classmethod
    def make(
        cls,
        *,
        field_name: str | None = None,
        min_value: float | None = None,
        max_value: float | None = None,
        comparison_type: DecimalComparisonType | str | None = None,
    ) -> Self:
        return cls._build(locals())
