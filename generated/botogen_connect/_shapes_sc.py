"""Shapes of Amazon Connect Service whose class names start with "sc"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class ScreenShareCapability(_rt.Enum):
    """The values of ScreenShareCapability; one AWS adds later is kept as it is."""

    SEND = "SEND"
