"""Shapes of Amazon Connect Service whose class names start with "lim"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class LimitExceededException(_rt.ServiceError):
    """The allowed limit for the resource has been exceeded."""

    _error_code = "LimitExceededException"
    _http_status = 429

    message: str | None = _rt.field("Message", _rt.String())
    """The message about the limit."""

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())
