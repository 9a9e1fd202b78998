"""Shapes of Amazon Connect Service whose class names start with "le"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class LexBot(_rt.Structure):
    """Configuration information of an Amazon Lex bot."""

    name: str = _rt.field("Name", _rt.String(max=50), required=True)
    """The name of the Amazon Lex bot."""

    lex_region: str = _rt.field("LexRegion", _rt.String(max=60), required=True)
    """The Amazon Web Services Region where the Amazon Lex bot was created."""

    @classmethod
    def make(cls, *, name: str, lex_region: str) -> Self:
        return cls._build(locals())


class LexBotConfig(_rt.Structure):
    """Configuration information of an Amazon Lex or Amazon Lex V2 bot."""

    lex_bot: LexBot | None = _rt.field("LexBot", _rt.Ref("LexBot"))

    lex_v2_bot: LexV2Bot | None = _rt.field("LexV2Bot", _rt.Ref("LexV2Bot"))
    """Configuration information of an Amazon Lex V2 bot."""

    @classmethod
    def make(
        cls, *, lex_bot: LexBot | None = None, lex_v2_bot: LexV2Bot | None = None
    ) -> Self:
        return cls._build(locals())


class LexV2Bot(_rt.Structure):
    """Configuration information of an Amazon Lex V2 bot."""

    alias_arn: str | None = _rt.field("AliasArn", _rt.String(min=1, max=100))
    """The Amazon Resource Name (ARN) of the Amazon Lex V2 bot."""

    @classmethod
    def make(cls, *, alias_arn: str | None = None) -> Self:
        return cls._build(locals())


class LexVersion(_rt.Enum):
    """The values of LexVersion; one AWS adds later is kept as it is."""

    V1 = "V1"
    V2 = "V2"
