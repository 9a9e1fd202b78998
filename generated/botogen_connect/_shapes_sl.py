"""Shapes of Amazon Connect Service whose class names start with "sl"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class SlaAssignmentType(_rt.Enum):
    """The SlaAssignmentType shape."""

    CASES = "CASES"


class SlaType(_rt.Enum):
    """The SlaType shape."""

    CASE_FIELD = "CaseField"
