"""Shapes of Amazon Connect Service whose class names start with "si"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class SignInConfig(_rt.Structure):
    """The distribution that determines which Amazon Web Services Regions should be
    used to sign in agents in to both the instance and its replica(s)."""

    distributions: list[SignInDistribution] = _rt.field(
        "Distributions", _rt.ListOf(_rt.Ref("SignInDistribution")), required=True
    )
    """Information about traffic distributions."""

    @classmethod
    def make(cls, *, distributions: list[SignInDistribution]) -> Self:
        return cls._build(locals())


class SignInDistribution(_rt.Structure):
    """The distribution of sign in traffic between the instance and its replica(s)."""

    region: str = _rt.field(
        "Region",
        _rt.String(min=8, max=31, pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?"),
        required=True,
    )
    """The Amazon Web Services Region of the sign in distribution."""

    enabled: bool = _rt.field("Enabled", _rt.Boolean(), required=True)
    """Whether sign in distribution is enabled."""

    @classmethod
    def make(cls, *, region: str, enabled: bool) -> Self:
        return cls._build(locals())


class SingleSelectQuestionRuleCategoryAutomation(_rt.Structure):
    """Information about the automation option based on a rule category for a single
    select question."""

    category: str = _rt.field("Category", _rt.String(), required=True)
    """The category name, as defined in Rules."""

    condition: SingleSelectQuestionRuleCategoryAutomationCondition | str = _rt.field(
        "Condition",
        _rt.String(enum="SingleSelectQuestionRuleCategoryAutomationCondition"),
        required=True,
    )
    """The condition to apply for the automation option. If the condition is `PRESENT`,
    then the option is applied when the contact data includes the category.
    Similarly, if the condition is `NOT_PRESENT`, then the option is applied when
    the contact data does not include the category."""

    option_ref_id: str = _rt.field("OptionRefId", _rt.String(), required=True)
    """The identifier of the answer option."""

    @classmethod
    def make(
        cls,
        *,
        category: str,
        condition: SingleSelectQuestionRuleCategoryAutomationCondition | str,
        option_ref_id: str,
    ) -> Self:
        return cls._build(locals())


class SingleSelectQuestionRuleCategoryAutomationCondition(_rt.Enum):
    """The values of SingleSelectQuestionRuleCategoryAutomationCondition; one AWS adds later is kept as it is."""

    PRESENT = "PRESENT"
    NOT_PRESENT = "NOT_PRESENT"
