"""Shapes of Amazon Connect Service whose class names start with "listl"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_le import LexBot


class ListLambdaFunctionsRequest(_rt.Structure):
    """The input of ListLambdaFunctions."""

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

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListLambdaFunctionsResponse(_rt.Structure):
    """The output of ListLambdaFunctions."""

    lambda_functions: list[str] | None = _rt.field(
        "LambdaFunctions", _rt.ListOf(_rt.String(min=1, max=140))
    )
    """The Lambdafunction ARNs associated with the specified instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls, *, lambda_functions: list[str] | None = None, next_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class ListLexBotsRequest(_rt.Structure):
    """The input of ListLexBots."""

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
    """The maximum number of results to return per page. If no value is specified, the
    default is 10."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListLexBotsResponse(_rt.Structure):
    """The output of ListLexBots."""

    lex_bots: list[LexBot] | None = _rt.field("LexBots", _rt.ListOf(_rt.Ref("LexBot")))
    """The names and Amazon Web Services Regions of the Amazon Lex bots associated with
    the specified instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls, *, lex_bots: list[LexBot] | None = None, next_token: str | None = None
    ) -> Self:
        return cls._build(locals())
