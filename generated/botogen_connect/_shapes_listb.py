"""Shapes of Amazon Connect Service whose class names start with "listb"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_le import LexBotConfig, LexVersion


class ListBotsRequest(_rt.Structure):
    """The input of ListBots."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=25),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    lex_version: LexVersion | str = _rt.field(
        "LexVersion",
        _rt.String(enum="LexVersion"),
        required=True,
        location="querystring",
        name="lexVersion",
    )
    """The version of Amazon Lex or Amazon Lex V2."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        lex_version: LexVersion | str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListBotsResponse(_rt.Structure):
    """The output of ListBots."""

    lex_bots: list[LexBotConfig] | None = _rt.field(
        "LexBots", _rt.ListOf(_rt.Ref("LexBotConfig"))
    )
    """The names and Amazon Web Services Regions of the Amazon Lex or Amazon Lex V2
    bots associated with the specified instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        lex_bots: list[LexBotConfig] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
