class Expression(_rt.Structure):
    """A tagged union to specify expression for a routing step."""

    attribute_condition: AttributeCondition | None = _rt.field(
        "AttributeCondition", _rt.Ref("AttributeCondition")
    )
    """An object to specify the predefined attribute condition."""

    and_expression: list[Expression] | None = _rt.field(
        "AndExpression", _rt.ListOf(_rt.Ref("Expression"))
    )
    """List of routing expressions which will be AND-ed together."""

    or_expression: list[Expression] | None = _rt.field(
        "OrExpression", _rt.ListOf(_rt.Ref("Expression"))
    )
    """List of routing expressions which will be OR-ed together."""

    not_attribute_condition: AttributeCondition | None = _rt.field(
        "NotAttributeCondition", _rt.Ref("AttributeCondition")
    )

    @classmethod
    def make(
        cls,
        *,
        attribute_condition: AttributeCondition | None = None,
        and_expression: list[Expression] | None = None,
        or_expression: list[Expression] | None = None,
        not_attribute_condition: AttributeCondition | None = None,
    ) -> Self:
        return cls._build(locals())
