"""Shapes of Amazon Connect Service whose class names start with "ur"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class UrlReference(_rt.Structure):
    """The URL reference."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=4096))
    """Identifier of the URL reference."""

    value: str | None = _rt.field("Value", _rt.String(min=0, max=4096))
    """A valid URL."""

    @classmethod
    def make(cls, *, name: str | None = None, value: str | None = None) -> Self:
        return cls._build(locals())
