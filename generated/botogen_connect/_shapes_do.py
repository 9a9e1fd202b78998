"""Shapes of Amazon Connect Service whose class names start with "do"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class DownloadUrlMetadata(_rt.Structure):
    """Metadata used to download the attached file."""

    url: str | None = _rt.field("Url", _rt.String(min=1, max=2000))
    """A pre-signed URL that should be used to download the attached file."""

    url_expiry: str | None = _rt.field("UrlExpiry", _rt.String())
    """The expiration time of the URL in ISO timestamp. It's specified in ISO 8601
    format: yyyy-MM-ddThh:mm:ss.SSSZ. For example, 2019-11-08T02:41:28.172Z."""

    @classmethod
    def make(cls, *, url: str | None = None, url_expiry: str | None = None) -> Self:
        return cls._build(locals())
