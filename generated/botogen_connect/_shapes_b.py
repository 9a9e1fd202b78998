"""Shapes of Amazon Connect Service whose class names start with "b"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import (
        AnalyticsDataAssociationResult,
        AttachedFile,
        AttachedFileError,
    )
    from ._shapes_co import ContactDataRequest
    from ._shapes_da import (
        DataTableDeleteValueIdentifier,
        DataTableLockVersion,
        DataTableValue,
        DataTableValueIdentifier,
    )
    from ._shapes_e import ErrorResult
    from ._shapes_f import FailedRequest, FlowAssociationSummary
    from ._shapes_listf import ListFlowAssociationResourceType
    from ._shapes_p import PrimaryValue, PrimaryValueResponse
    from ._shapes_su import SuccessfulRequest


class BatchAssociateAnalyticsDataSetRequest(_rt.Structure):
    """The input of BatchAssociateAnalyticsDataSet."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    data_set_ids: list[str] = _rt.field(
        "DataSetIds", _rt.ListOf(_rt.String(min=1, max=255)), required=True
    )
    """An array of dataset identifiers to associate."""

    target_account_id: str | None = _rt.field("TargetAccountId", _rt.String())
    """The identifier of the target account. Use to associate a dataset to a different
    account than the one containing the Connect Customer instance. If not specified,
    by default this value is the Amazon Web Services account that has the Connect
    Customer instance."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        data_set_ids: list[str],
        target_account_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class BatchAssociateAnalyticsDataSetResponse(_rt.Structure):
    """The output of BatchAssociateAnalyticsDataSet."""

    created: list[AnalyticsDataAssociationResult] | None = _rt.field(
        "Created", _rt.ListOf(_rt.Ref("AnalyticsDataAssociationResult"))
    )
    """Information about associations that are successfully created: `DataSetId`,
    `TargetAccountId`, `ResourceShareId`, `ResourceShareArn`."""

    errors: list[ErrorResult] | None = _rt.field(
        "Errors", _rt.ListOf(_rt.Ref("ErrorResult"))
    )
    """A list of errors for datasets that aren't successfully associated with the
    target account."""

    @classmethod
    def make(
        cls,
        *,
        created: list[AnalyticsDataAssociationResult] | None = None,
        errors: list[ErrorResult] | None = None,
    ) -> Self:
        return cls._build(locals())


class BatchCreateDataTableValueFailureResult(_rt.Structure):
    """A batch create data table value failure result."""

    primary_values: list[PrimaryValue] = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue")), required=True
    )
    """The result's primary values."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The result's attribute name."""

    message: str = _rt.field("Message", _rt.String(), required=True)
    """The result's message."""

    @classmethod
    def make(
        cls, *, primary_values: list[PrimaryValue], attribute_name: str, message: str
    ) -> Self:
        return cls._build(locals())


class BatchCreateDataTableValueRequest(_rt.Structure):
    """The input of BatchCreateDataTableValue."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table. Must also accept the table ARN with or
    without a version alias. If no alias is provided, the default behavior is
    identical to providing the $LATEST alias."""

    values: list[DataTableValue] = _rt.field(
        "Values", _rt.ListOf(_rt.Ref("DataTableValue"), min=1), required=True
    )
    """A list of values to create. Each value must specify the attribute name and
    optionally primary values if the table has primary attributes."""

    @classmethod
    def make(
        cls, *, instance_id: str, data_table_id: str, values: list[DataTableValue]
    ) -> Self:
        return cls._build(locals())


class BatchCreateDataTableValueResponse(_rt.Structure):
    """The output of BatchCreateDataTableValue."""

    successful: list[BatchCreateDataTableValueSuccessResult] = _rt.field(
        "Successful",
        _rt.ListOf(_rt.Ref("BatchCreateDataTableValueSuccessResult")),
        required=True,
    )
    """A list of successfully created values with their identifiers and lock versions."""

    failed: list[BatchCreateDataTableValueFailureResult] = _rt.field(
        "Failed",
        _rt.ListOf(_rt.Ref("BatchCreateDataTableValueFailureResult")),
        required=True,
    )
    """A list of values that failed to be created with error messages explaining the
    failure reason."""

    @classmethod
    def make(
        cls,
        *,
        successful: list[BatchCreateDataTableValueSuccessResult],
        failed: list[BatchCreateDataTableValueFailureResult],
    ) -> Self:
        return cls._build(locals())


class BatchCreateDataTableValueSuccessResult(_rt.Structure):
    """A batch create data table value success result."""

    primary_values: list[PrimaryValue] = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue")), required=True
    )
    """The result's primary values."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The result's attribute name."""

    record_id: str = _rt.field("RecordId", _rt.String(min=1, max=256), required=True)
    """The result's record ID."""

    lock_version: DataTableLockVersion = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion"), required=True
    )
    """The result's lock version."""

    @classmethod
    def make(
        cls,
        *,
        primary_values: list[PrimaryValue],
        attribute_name: str,
        record_id: str,
        lock_version: DataTableLockVersion,
    ) -> Self:
        return cls._build(locals())


class BatchDeleteDataTableValueFailureResult(_rt.Structure):
    """A batch delete data table value failure result."""

    primary_values: list[PrimaryValue] = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue")), required=True
    )
    """The result's primary values."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The result's attribute name."""

    message: str = _rt.field("Message", _rt.String(), required=True)
    """The result's message."""

    @classmethod
    def make(
        cls, *, primary_values: list[PrimaryValue], attribute_name: str, message: str
    ) -> Self:
        return cls._build(locals())


class BatchDeleteDataTableValueRequest(_rt.Structure):
    """The input of BatchDeleteDataTableValue."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table. Must also accept the table ARN with or
    without a version alias."""

    values: list[DataTableDeleteValueIdentifier] = _rt.field(
        "Values", _rt.ListOf(_rt.Ref("DataTableDeleteValueIdentifier")), required=True
    )
    """A list of value identifiers to delete, each specifying primary values, attribute
    name, and lock version information."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        data_table_id: str,
        values: list[DataTableDeleteValueIdentifier],
    ) -> Self:
        return cls._build(locals())


class BatchDeleteDataTableValueResponse(_rt.Structure):
    """The output of BatchDeleteDataTableValue."""

    successful: list[BatchDeleteDataTableValueSuccessResult] = _rt.field(
        "Successful",
        _rt.ListOf(_rt.Ref("BatchDeleteDataTableValueSuccessResult")),
        required=True,
    )
    """A list of successfully deleted values with their identifiers and updated lock
    versions."""

    failed: list[BatchDeleteDataTableValueFailureResult] = _rt.field(
        "Failed",
        _rt.ListOf(_rt.Ref("BatchDeleteDataTableValueFailureResult")),
        required=True,
    )
    """A list of values that failed to be deleted with error messages explaining the
    failure reason."""

    @classmethod
    def make(
        cls,
        *,
        successful: list[BatchDeleteDataTableValueSuccessResult],
        failed: list[BatchDeleteDataTableValueFailureResult],
    ) -> Self:
        return cls._build(locals())


class BatchDeleteDataTableValueSuccessResult(_rt.Structure):
    """A batch delete data table value success result."""

    primary_values: list[PrimaryValue] = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue")), required=True
    )
    """The result's primary values."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The result's attribute name."""

    lock_version: DataTableLockVersion = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion"), required=True
    )
    """The result's lock version."""

    @classmethod
    def make(
        cls,
        *,
        primary_values: list[PrimaryValue],
        attribute_name: str,
        lock_version: DataTableLockVersion,
    ) -> Self:
        return cls._build(locals())


class BatchDescribeDataTableValueFailureResult(_rt.Structure):
    """A batch describe data table value failure result."""

    primary_values: list[PrimaryValue] = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue")), required=True
    )
    """The result's primary values."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The result's attribute name."""

    message: str = _rt.field("Message", _rt.String(), required=True)
    """The result's message."""

    @classmethod
    def make(
        cls, *, primary_values: list[PrimaryValue], attribute_name: str, message: str
    ) -> Self:
        return cls._build(locals())


class BatchDescribeDataTableValueRequest(_rt.Structure):
    """The input of BatchDescribeDataTableValue."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table. Must also accept the table ARN with or
    without a version alias."""

    values: list[DataTableValueIdentifier] = _rt.field(
        "Values", _rt.ListOf(_rt.Ref("DataTableValueIdentifier")), required=True
    )
    """A list of value identifiers to retrieve, each specifying primary values and
    attribute names."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        data_table_id: str,
        values: list[DataTableValueIdentifier],
    ) -> Self:
        return cls._build(locals())


class BatchDescribeDataTableValueResponse(_rt.Structure):
    """The output of BatchDescribeDataTableValue."""

    successful: list[BatchDescribeDataTableValueSuccessResult] = _rt.field(
        "Successful",
        _rt.ListOf(_rt.Ref("BatchDescribeDataTableValueSuccessResult")),
        required=True,
    )
    """A list of successfully retrieved values with their data, metadata, and lock
    version information."""

    failed: list[BatchDescribeDataTableValueFailureResult] = _rt.field(
        "Failed",
        _rt.ListOf(_rt.Ref("BatchDescribeDataTableValueFailureResult")),
        required=True,
    )
    """A list of values that failed to be retrieved with error messages explaining the
    failure reason."""

    @classmethod
    def make(
        cls,
        *,
        successful: list[BatchDescribeDataTableValueSuccessResult],
        failed: list[BatchDescribeDataTableValueFailureResult],
    ) -> Self:
        return cls._build(locals())


class BatchDescribeDataTableValueSuccessResult(_rt.Structure):
    """A batch describe data table value success result."""

    record_id: str = _rt.field("RecordId", _rt.String(min=1, max=256), required=True)
    """The result's record ID."""

    attribute_id: str = _rt.field(
        "AttributeId", _rt.String(min=1, max=256), required=True
    )
    """The result's attribute ID."""

    primary_values: list[PrimaryValueResponse] = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValueResponse")), required=True
    )
    """The result's primary values."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The result's attribute name."""

    value: str | None = _rt.field("Value", _rt.String())
    """The result's value."""

    lock_version: DataTableLockVersion = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion"), required=True
    )
    """The result's lock version."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The result's last modified time."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The result's last modified region."""

    @classmethod
    def make(
        cls,
        *,
        record_id: str,
        attribute_id: str,
        primary_values: list[PrimaryValueResponse],
        attribute_name: str,
        lock_version: DataTableLockVersion,
        value: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class BatchDisassociateAnalyticsDataSetRequest(_rt.Structure):
    """The input of BatchDisassociateAnalyticsDataSet."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    data_set_ids: list[str] = _rt.field(
        "DataSetIds", _rt.ListOf(_rt.String(min=1, max=255)), required=True
    )
    """An array of associated dataset identifiers to remove."""

    target_account_id: str | None = _rt.field("TargetAccountId", _rt.String())
    """The identifier of the target account. Use to disassociate a dataset from a
    different account than the one containing the Connect Customer instance. If not
    specified, by default this value is the Amazon Web Services account that has the
    Connect Customer instance."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        data_set_ids: list[str],
        target_account_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class BatchDisassociateAnalyticsDataSetResponse(_rt.Structure):
    """The output of BatchDisassociateAnalyticsDataSet."""

    deleted: list[str] | None = _rt.field(
        "Deleted", _rt.ListOf(_rt.String(min=1, max=255))
    )
    """An array of successfully disassociated dataset identifiers."""

    errors: list[ErrorResult] | None = _rt.field(
        "Errors", _rt.ListOf(_rt.Ref("ErrorResult"))
    )
    """A list of errors for any datasets not successfully removed."""

    @classmethod
    def make(
        cls,
        *,
        deleted: list[str] | None = None,
        errors: list[ErrorResult] | None = None,
    ) -> Self:
        return cls._build(locals())


class BatchGetAttachedFileMetadataRequest(_rt.Structure):
    """The input of BatchGetAttachedFileMetadata."""

    file_ids: list[str] = _rt.field(
        "FileIds", _rt.ListOf(_rt.String(min=1, max=256), min=1, max=100), required=True
    )
    """The unique identifiers of the attached file resource."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier of the Connect instance."""

    associated_resource_arn: str = _rt.field(
        "AssociatedResourceArn",
        _rt.String(),
        required=True,
        location="querystring",
        name="associatedResourceArn",
    )
    """The resource to which the attached file is (being) uploaded to. The supported
    resources are Cases
    (https://docs.aws.amazon.com/connect/latest/adminguide/cases.html) and Email
    (https://docs.aws.amazon.com/connect/latest/adminguide/setup-email-channel.html).

    This value must be a valid ARN."""

    @classmethod
    def make(
        cls, *, file_ids: list[str], instance_id: str, associated_resource_arn: str
    ) -> Self:
        return cls._build(locals())


class BatchGetAttachedFileMetadataResponse(_rt.Structure):
    """The output of BatchGetAttachedFileMetadata."""

    files: list[AttachedFile] | None = _rt.field(
        "Files", _rt.ListOf(_rt.Ref("AttachedFile"))
    )
    """List of attached files that were successfully retrieved."""

    errors: list[AttachedFileError] | None = _rt.field(
        "Errors", _rt.ListOf(_rt.Ref("AttachedFileError"))
    )
    """List of errors of attached files that could not be retrieved."""

    @classmethod
    def make(
        cls,
        *,
        files: list[AttachedFile] | None = None,
        errors: list[AttachedFileError] | None = None,
    ) -> Self:
        return cls._build(locals())


class BatchGetFlowAssociationRequest(_rt.Structure):
    """The input of BatchGetFlowAssociation."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    resource_ids: list[str] = _rt.field(
        "ResourceIds", _rt.ListOf(_rt.String(), min=1, max=100), required=True
    )
    """A list of resource identifiers to retrieve flow associations.

    Amazon Web Services End User Messaging SMS phone number ARN when using
    `SMS_PHONE_NUMBER`

    Amazon Web Services End User Messaging Social phone number ARN when using
    `WHATSAPP_MESSAGING_PHONE_NUMBER`"""

    resource_type: ListFlowAssociationResourceType | str | None = _rt.field(
        "ResourceType", _rt.String(enum="ListFlowAssociationResourceType")
    )
    """The type of resource association."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        resource_ids: list[str],
        resource_type: ListFlowAssociationResourceType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class BatchGetFlowAssociationResponse(_rt.Structure):
    """The output of BatchGetFlowAssociation."""

    flow_association_summary_list: list[FlowAssociationSummary] | None = _rt.field(
        "FlowAssociationSummaryList", _rt.ListOf(_rt.Ref("FlowAssociationSummary"))
    )
    """Information about flow associations."""

    @classmethod
    def make(
        cls,
        *,
        flow_association_summary_list: list[FlowAssociationSummary] | None = None,
    ) -> Self:
        return cls._build(locals())


class BatchPutContactRequest(_rt.Structure):
    """The input of BatchPutContact."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_data_request_list: list[ContactDataRequest] = _rt.field(
        "ContactDataRequestList",
        _rt.ListOf(_rt.Ref("ContactDataRequest"), min=1, max=25),
        required=True,
    )
    """List of individual contact requests."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_data_request_list: list[ContactDataRequest],
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class BatchPutContactResponse(_rt.Structure):
    """The output of BatchPutContact."""

    successful_request_list: list[SuccessfulRequest] | None = _rt.field(
        "SuccessfulRequestList", _rt.ListOf(_rt.Ref("SuccessfulRequest"))
    )
    """List of requests for which contact was successfully created."""

    failed_request_list: list[FailedRequest] | None = _rt.field(
        "FailedRequestList", _rt.ListOf(_rt.Ref("FailedRequest"))
    )
    """List of requests for which contact creation failed."""

    @classmethod
    def make(
        cls,
        *,
        successful_request_list: list[SuccessfulRequest] | None = None,
        failed_request_list: list[FailedRequest] | None = None,
    ) -> Self:
        return cls._build(locals())


class BatchUpdateDataTableValueFailureResult(_rt.Structure):
    """A batch update data table value failure result."""

    primary_values: list[PrimaryValue] = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue")), required=True
    )
    """The result's primary values."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The result's attribute name."""

    message: str = _rt.field("Message", _rt.String(), required=True)
    """The result's message."""

    @classmethod
    def make(
        cls, *, primary_values: list[PrimaryValue], attribute_name: str, message: str
    ) -> Self:
        return cls._build(locals())


class BatchUpdateDataTableValueRequest(_rt.Structure):
    """The input of BatchUpdateDataTableValue."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table. Must also accept the table ARN with or
    without a version alias."""

    values: list[DataTableValue] = _rt.field(
        "Values", _rt.ListOf(_rt.Ref("DataTableValue"), min=1), required=True
    )
    """A list of values to update, each including the current lock version to ensure
    optimistic locking."""

    @classmethod
    def make(
        cls, *, instance_id: str, data_table_id: str, values: list[DataTableValue]
    ) -> Self:
        return cls._build(locals())


class BatchUpdateDataTableValueResponse(_rt.Structure):
    """The output of BatchUpdateDataTableValue."""

    successful: list[BatchUpdateDataTableValueSuccessResult] = _rt.field(
        "Successful",
        _rt.ListOf(_rt.Ref("BatchUpdateDataTableValueSuccessResult")),
        required=True,
    )
    """A list of successfully updated values with their new lock versions and
    identifiers."""

    failed: list[BatchUpdateDataTableValueFailureResult] = _rt.field(
        "Failed",
        _rt.ListOf(_rt.Ref("BatchUpdateDataTableValueFailureResult")),
        required=True,
    )
    """A list of values that failed to be updated with error messages explaining the
    failure reason."""

    @classmethod
    def make(
        cls,
        *,
        successful: list[BatchUpdateDataTableValueSuccessResult],
        failed: list[BatchUpdateDataTableValueFailureResult],
    ) -> Self:
        return cls._build(locals())


class BatchUpdateDataTableValueSuccessResult(_rt.Structure):
    """A batch update data table value success result."""

    primary_values: list[PrimaryValue] = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue")), required=True
    )
    """The result's primary values."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The result's attribute name."""

    lock_version: DataTableLockVersion = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion"), required=True
    )
    """The result's lock version."""

    @classmethod
    def make(
        cls,
        *,
        primary_values: list[PrimaryValue],
        attribute_name: str,
        lock_version: DataTableLockVersion,
    ) -> Self:
        return cls._build(locals())


class BehaviorType(_rt.Enum):
    """The values of BehaviorType; one AWS adds later is kept as it is."""

    ROUTE_CURRENT_CHANNEL_ONLY = "ROUTE_CURRENT_CHANNEL_ONLY"
    ROUTE_ANY_CHANNEL = "ROUTE_ANY_CHANNEL"


class BooleanComparisonType(_rt.Enum):
    """The values of BooleanComparisonType; one AWS adds later is kept as it is."""

    IS_TRUE = "IS_TRUE"
    IS_FALSE = "IS_FALSE"


class BooleanCondition(_rt.Structure):
    """A boolean search condition for Search APIs."""

    field_name: str | None = _rt.field("FieldName", _rt.String())
    """A name of the property to be searched."""

    comparison_type: BooleanComparisonType | str | None = _rt.field(
        "ComparisonType", _rt.String(enum="BooleanComparisonType")
    )
    """Boolean property comparison type."""

    @classmethod
    def make(
        cls,
        *,
        field_name: str | None = None,
        comparison_type: BooleanComparisonType | str | None = None,
    ) -> Self:
        return cls._build(locals())
