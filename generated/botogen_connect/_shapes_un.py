"""Shapes of Amazon Connect Service whose class names start with "un"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class Unit(_rt.Enum):
    """The values of Unit; one AWS adds later is kept as it is."""

    SECONDS = "SECONDS"
    COUNT = "COUNT"
    PERCENT = "PERCENT"


class UntagContactRequest(_rt.Structure):
    """The input of UntagContact."""

    contact_id: str = _rt.field(
        "ContactId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the contact in this instance of Connect Customer."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    tag_keys: list[str] = _rt.field(
        "TagKeys",
        _rt.ListOf(
            _rt.String(min=1, max=128, pattern="^(?!aws:)[a-zA-Z+-=._:/]+$"),
            min=1,
            max=6,
        ),
        required=True,
        location="querystring",
    )
    """A list of tag keys. Existing tags on the contact whose keys are members of this
    list will be removed."""

    @classmethod
    def make(cls, *, contact_id: str, instance_id: str, tag_keys: list[str]) -> Self:
        return cls._build(locals())


class UntagContactResponse(_rt.Structure):
    """The output of UntagContact."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class UntagResourceRequest(_rt.Structure):
    """The input of UntagResource."""

    resource_arn: str = _rt.field(
        "resourceArn", _rt.String(), required=True, location="uri"
    )
    """The Amazon Resource Name (ARN) of the resource."""

    tag_keys: list[str] = _rt.field(
        "tagKeys",
        _rt.ListOf(_rt.String(min=1, max=128), min=1, max=50),
        required=True,
        location="querystring",
    )
    """The tag keys."""

    @classmethod
    def make(cls, *, resource_arn: str, tag_keys: list[str]) -> Self:
        return cls._build(locals())
