"""Shapes of Amazon Connect Service whose class names start with "s3"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_e import EncryptionConfig


class S3Config(_rt.Structure):
    """Information about the Amazon Simple Storage Service (Amazon S3) storage type."""

    bucket_name: str = _rt.field(
        "BucketName", _rt.String(min=1, max=128), required=True
    )
    """The S3 bucket name."""

    bucket_prefix: str = _rt.field(
        "BucketPrefix", _rt.String(min=1, max=128), required=True
    )
    """The S3 bucket prefix."""

    encryption_config: EncryptionConfig | None = _rt.field(
        "EncryptionConfig", _rt.Ref("EncryptionConfig")
    )
    """The Amazon S3 encryption configuration."""

    @classmethod
    def make(
        cls,
        *,
        bucket_name: str,
        bucket_prefix: str,
        encryption_config: EncryptionConfig | None = None,
    ) -> Self:
        return cls._build(locals())
