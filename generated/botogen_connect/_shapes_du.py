"""Shapes of Amazon Connect Service whose class names start with "du"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class DuplicateResourceException(_rt.ServiceError):
    """A resource with the specified name already exists."""

    _error_code = "DuplicateResourceException"
    _http_status = 409

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())
