"""Shapes of Amazon Connect Service whose class names start with "listi"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_a import Attribute
    from ._shapes_i import (
        InstanceStorageConfig,
        InstanceStorageResourceType,
        InstanceSummary,
        IntegrationAssociationSummary,
        IntegrationType,
    )


class ListInstanceAttributesRequest(_rt.Structure):
    """The input of ListInstanceAttributes."""

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
        _rt.Integer(min=1, max=7),
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


class ListInstanceAttributesResponse(_rt.Structure):
    """The output of ListInstanceAttributes."""

    attributes: list[Attribute] | None = _rt.field(
        "Attributes", _rt.ListOf(_rt.Ref("Attribute"))
    )
    """The attribute types."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls, *, attributes: list[Attribute] | None = None, next_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class ListInstanceStorageConfigsRequest(_rt.Structure):
    """The input of ListInstanceStorageConfigs."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    resource_type: InstanceStorageResourceType | str = _rt.field(
        "ResourceType",
        _rt.String(enum="InstanceStorageResourceType"),
        required=True,
        location="querystring",
        name="resourceType",
    )
    """A valid resource type."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=10),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        resource_type: InstanceStorageResourceType | str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListInstanceStorageConfigsResponse(_rt.Structure):
    """The output of ListInstanceStorageConfigs."""

    storage_configs: list[InstanceStorageConfig] | None = _rt.field(
        "StorageConfigs", _rt.ListOf(_rt.Ref("InstanceStorageConfig"))
    )
    """A valid storage type."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        storage_configs: list[InstanceStorageConfig] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListInstancesRequest(_rt.Structure):
    """The input of ListInstances."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=10),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    @classmethod
    def make(
        cls, *, next_token: str | None = None, max_results: int | None = None
    ) -> Self:
        return cls._build(locals())


class ListInstancesResponse(_rt.Structure):
    """The output of ListInstances."""

    instance_summary_list: list[InstanceSummary] | None = _rt.field(
        "InstanceSummaryList", _rt.ListOf(_rt.Ref("InstanceSummary"))
    )
    """Information about the instances."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        instance_summary_list: list[InstanceSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListIntegrationAssociationsRequest(_rt.Structure):
    """The input of ListIntegrationAssociations."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    integration_type: IntegrationType | str | None = _rt.field(
        "IntegrationType",
        _rt.String(enum="IntegrationType"),
        location="querystring",
        name="integrationType",
    )
    """The integration type."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=100),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    integration_arn: str | None = _rt.field(
        "IntegrationArn", _rt.String(), location="querystring", name="integrationArn"
    )
    """The Amazon Resource Name (ARN) of the integration."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        integration_type: IntegrationType | str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        integration_arn: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListIntegrationAssociationsResponse(_rt.Structure):
    """The output of ListIntegrationAssociations."""

    integration_association_summary_list: list[IntegrationAssociationSummary] | None = (
        _rt.field(
            "IntegrationAssociationSummaryList",
            _rt.ListOf(_rt.Ref("IntegrationAssociationSummary")),
        )
    )
    """The associations."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        integration_association_summary_list: (
            list[IntegrationAssociationSummary] | None
        ) = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
