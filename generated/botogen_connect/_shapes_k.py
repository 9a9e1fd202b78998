"""Shapes of Amazon Connect Service whose class names start with "k"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_e import EncryptionConfig


class KinesisFirehoseConfig(_rt.Structure):
    """Configuration information of a Kinesis Data Firehose delivery stream."""

    firehose_arn: str = _rt.field("FirehoseArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the delivery stream."""

    @classmethod
    def make(cls, *, firehose_arn: str) -> Self:
        return cls._build(locals())


class KinesisStreamConfig(_rt.Structure):
    """Configuration information of a Kinesis data stream."""

    stream_arn: str = _rt.field("StreamArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the data stream."""

    @classmethod
    def make(cls, *, stream_arn: str) -> Self:
        return cls._build(locals())


class KinesisVideoStreamConfig(_rt.Structure):
    """Configuration information of a Kinesis video stream."""

    prefix: str = _rt.field("Prefix", _rt.String(min=1, max=128), required=True)
    """The prefix of the video stream."""

    retention_period_hours: int = _rt.field(
        "RetentionPeriodHours", _rt.Integer(min=0, max=87600), required=True
    )
    """The number of hours data is retained in the stream. Kinesis Video Streams
    retains the data in a data store that is associated with the stream.

    The default value is 0, indicating that the stream does not persist data."""

    encryption_config: EncryptionConfig = _rt.field(
        "EncryptionConfig", _rt.Ref("EncryptionConfig"), required=True
    )
    """The encryption configuration."""

    @classmethod
    def make(
        cls,
        *,
        prefix: str,
        retention_period_hours: int,
        encryption_config: EncryptionConfig,
    ) -> Self:
        return cls._build(locals())
