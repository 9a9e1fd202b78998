"""Shapes of Amazon Connect Service whose class names start with "sl"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class SlaAssignmentType(_rt.Enum):
    """The values of SlaAssignmentType; one AWS adds later is kept as it is."""

    CASES = "CASES"


class SlaType(_rt.Enum):
    """The values of SlaType; one AWS adds later is kept as it is."""

    CASE_FIELD = "CaseField"
