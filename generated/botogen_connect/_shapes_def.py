"""Shapes of Amazon Connect Service whose class names start with "def"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_v import VocabularyLanguageCode


class DefaultVocabulary(_rt.Structure):
    """Contains information about a default vocabulary."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    language_code: VocabularyLanguageCode | str = _rt.field(
        "LanguageCode", _rt.String(enum="VocabularyLanguageCode"), required=True
    )
    """The language code of the vocabulary entries. For a list of languages and their
    corresponding language codes, see What is Amazon Transcribe?
    (https://docs.aws.amazon.com/transcribe/latest/dg/transcribe-whatis.html)"""

    vocabulary_id: str = _rt.field(
        "VocabularyId", _rt.String(min=1, max=500), required=True
    )
    """The identifier of the custom vocabulary."""

    vocabulary_name: str = _rt.field(
        "VocabularyName",
        _rt.String(min=1, max=140, pattern="^[0-9a-zA-Z._-]+"),
        required=True,
    )
    """A unique name of the custom vocabulary."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        language_code: VocabularyLanguageCode | str,
        vocabulary_id: str,
        vocabulary_name: str,
    ) -> Self:
        return cls._build(locals())
