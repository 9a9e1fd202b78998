"""Shapes of Amazon Connect Service whose class names start with "des"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_a import (
        AgentStatus,
        AliasConfiguration,
        AttachedFilesConfiguration,
        AttachmentScope,
        Attribute,
        AuthenticationProfile,
    )
    from ._shapes_cl import ClaimedPhoneNumberSummary
    from ._shapes_co import (
        Contact,
        ContactFlow,
        ContactFlowModule,
        ContactFlowModuleAliasInfo,
    )
    from ._shapes_da import DataTable, DataTableAttribute
    from ._shapes_e import Evaluation, EvaluationForm, EvaluationFormContent
    from ._shapes_h import (
        HierarchyGroup,
        HierarchyStructure,
        HoursOfOperation,
        HoursOfOperationOverride,
    )
    from ._shapes_i import (
        Instance,
        InstanceAttributeType,
        InstanceStorageConfig,
        InstanceStorageResourceType,
    )
    from ._shapes_n import Notification
    from ._shapes_p import PredefinedAttribute, Prompt
    from ._shapes_q import Queue, QuickConnect
    from ._shapes_r import ReplicationConfiguration, RoutingProfile, Rule
    from ._shapes_se import SecurityProfile
    from ._shapes_t import TestCase, TestCaseStatus, TrafficDistributionGroup
    from ._shapes_us import User
    from ._shapes_v import View, Vocabulary
    from ._shapes_w import Workspace


class DescribeAgentStatusRequest(_rt.Structure):
    """The input of DescribeAgentStatus."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    agent_status_id: str = _rt.field(
        "AgentStatusId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the agent status."""

    @classmethod
    def make(cls, *, instance_id: str, agent_status_id: str) -> Self:
        return cls._build(locals())


class DescribeAgentStatusResponse(_rt.Structure):
    """The output of DescribeAgentStatus."""

    agent_status: AgentStatus | None = _rt.field("AgentStatus", _rt.Ref("AgentStatus"))
    """The agent status."""

    @classmethod
    def make(cls, *, agent_status: AgentStatus | None = None) -> Self:
        return cls._build(locals())


class DescribeAttachedFilesConfigurationRequest(_rt.Structure):
    """The input of DescribeAttachedFilesConfiguration."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    attachment_scope: AttachmentScope | str = _rt.field(
        "AttachmentScope",
        _rt.String(enum="AttachmentScope"),
        required=True,
        location="uri",
    )
    """The scope of the attachment. Valid values are `EMAIL`, `CHAT`, `CASE`, and
    `TASK`."""

    @classmethod
    def make(cls, *, instance_id: str, attachment_scope: AttachmentScope | str) -> Self:
        return cls._build(locals())


class DescribeAttachedFilesConfigurationResponse(_rt.Structure):
    """The output of DescribeAttachedFilesConfiguration."""

    attached_files_configuration: AttachedFilesConfiguration = _rt.field(
        "AttachedFilesConfiguration",
        _rt.Ref("AttachedFilesConfiguration"),
        required=True,
    )
    """Information about the attached files configuration."""

    @classmethod
    def make(cls, *, attached_files_configuration: AttachedFilesConfiguration) -> Self:
        return cls._build(locals())


class DescribeAuthenticationProfileRequest(_rt.Structure):
    """The input of DescribeAuthenticationProfile."""

    authentication_profile_id: str = _rt.field(
        "AuthenticationProfileId",
        _rt.String(min=1, max=100),
        required=True,
        location="uri",
    )
    """A unique identifier for the authentication profile."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(cls, *, authentication_profile_id: str, instance_id: str) -> Self:
        return cls._build(locals())


class DescribeAuthenticationProfileResponse(_rt.Structure):
    """The output of DescribeAuthenticationProfile."""

    authentication_profile: AuthenticationProfile | None = _rt.field(
        "AuthenticationProfile", _rt.Ref("AuthenticationProfile")
    )
    """The authentication profile object being described."""

    @classmethod
    def make(
        cls, *, authentication_profile: AuthenticationProfile | None = None
    ) -> Self:
        return cls._build(locals())


class DescribeContactEvaluationRequest(_rt.Structure):
    """The input of DescribeContactEvaluation."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    evaluation_id: str = _rt.field(
        "EvaluationId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """A unique identifier for the contact evaluation."""

    @classmethod
    def make(cls, *, instance_id: str, evaluation_id: str) -> Self:
        return cls._build(locals())


class DescribeContactEvaluationResponse(_rt.Structure):
    """The output of DescribeContactEvaluation."""

    evaluation: Evaluation = _rt.field(
        "Evaluation", _rt.Ref("Evaluation"), required=True
    )
    """Information about the evaluation form completed for a specific contact."""

    evaluation_form: EvaluationFormContent = _rt.field(
        "EvaluationForm", _rt.Ref("EvaluationFormContent"), required=True
    )
    """Information about the evaluation form."""

    @classmethod
    def make(
        cls, *, evaluation: Evaluation, evaluation_form: EvaluationFormContent
    ) -> Self:
        return cls._build(locals())


class DescribeContactFlowModuleAliasRequest(_rt.Structure):
    """The input of DescribeContactFlowModuleAlias."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(
            min=1,
            max=250,
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
        location="uri",
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_flow_module_id: str = _rt.field(
        "ContactFlowModuleId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the flow module."""

    alias_id: str = _rt.field(
        "AliasId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """The identifier of the alias."""

    @classmethod
    def make(
        cls, *, instance_id: str, contact_flow_module_id: str, alias_id: str
    ) -> Self:
        return cls._build(locals())


class DescribeContactFlowModuleAliasResponse(_rt.Structure):
    """The output of DescribeContactFlowModuleAlias."""

    contact_flow_module_alias: ContactFlowModuleAliasInfo | None = _rt.field(
        "ContactFlowModuleAlias", _rt.Ref("ContactFlowModuleAliasInfo")
    )
    """Information about the flow module alias."""

    @classmethod
    def make(
        cls, *, contact_flow_module_alias: ContactFlowModuleAliasInfo | None = None
    ) -> Self:
        return cls._build(locals())


class DescribeContactFlowModuleRequest(_rt.Structure):
    """The input of DescribeContactFlowModule."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_flow_module_id: str = _rt.field(
        "ContactFlowModuleId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the flow module."""

    @classmethod
    def make(cls, *, instance_id: str, contact_flow_module_id: str) -> Self:
        return cls._build(locals())


class DescribeContactFlowModuleResponse(_rt.Structure):
    """The output of DescribeContactFlowModule."""

    contact_flow_module: ContactFlowModule | None = _rt.field(
        "ContactFlowModule", _rt.Ref("ContactFlowModule")
    )
    """Information about the flow module."""

    @classmethod
    def make(cls, *, contact_flow_module: ContactFlowModule | None = None) -> Self:
        return cls._build(locals())


class DescribeContactFlowRequest(_rt.Structure):
    """The input of DescribeContactFlow."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the flow."""

    @classmethod
    def make(cls, *, instance_id: str, contact_flow_id: str) -> Self:
        return cls._build(locals())


class DescribeContactFlowResponse(_rt.Structure):
    """The output of DescribeContactFlow."""

    contact_flow: ContactFlow | None = _rt.field("ContactFlow", _rt.Ref("ContactFlow"))
    """Information about the flow."""

    @classmethod
    def make(cls, *, contact_flow: ContactFlow | None = None) -> Self:
        return cls._build(locals())


class DescribeContactRequest(_rt.Structure):
    """The input of DescribeContact."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field(
        "ContactId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the contact."""

    @classmethod
    def make(cls, *, instance_id: str, contact_id: str) -> Self:
        return cls._build(locals())


class DescribeContactResponse(_rt.Structure):
    """The output of DescribeContact."""

    contact: Contact | None = _rt.field("Contact", _rt.Ref("Contact"))
    """Information about the contact."""

    @classmethod
    def make(cls, *, contact: Contact | None = None) -> Self:
        return cls._build(locals())


class DescribeDataTableAttributeRequest(_rt.Structure):
    """The input of DescribeDataTableAttribute."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table. Must also accept the table ARN with or
    without a version alias."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True, location="uri"
    )
    """The name of the attribute to retrieve detailed information for."""

    @classmethod
    def make(cls, *, instance_id: str, data_table_id: str, attribute_name: str) -> Self:
        return cls._build(locals())


class DescribeDataTableAttributeResponse(_rt.Structure):
    """The output of DescribeDataTableAttribute."""

    attribute: DataTableAttribute = _rt.field(
        "Attribute", _rt.Ref("DataTableAttribute"), required=True
    )
    """The complete attribute information including configuration, validation rules,
    lock version, and metadata."""

    @classmethod
    def make(cls, *, attribute: DataTableAttribute) -> Self:
        return cls._build(locals())


class DescribeDataTableRequest(_rt.Structure):
    """The input of DescribeDataTable."""

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

    @classmethod
    def make(cls, *, instance_id: str, data_table_id: str) -> Self:
        return cls._build(locals())


class DescribeDataTableResponse(_rt.Structure):
    """The output of DescribeDataTable."""

    data_table: DataTable = _rt.field("DataTable", _rt.Ref("DataTable"), required=True)
    """The complete data table information including metadata, configuration, and
    versioning details."""

    @classmethod
    def make(cls, *, data_table: DataTable) -> Self:
        return cls._build(locals())


class DescribeEmailAddressRequest(_rt.Structure):
    """The input of DescribeEmailAddress."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    email_address_id: str = _rt.field(
        "EmailAddressId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """The identifier of the email address."""

    @classmethod
    def make(cls, *, instance_id: str, email_address_id: str) -> Self:
        return cls._build(locals())


class DescribeEmailAddressResponse(_rt.Structure):
    """The output of DescribeEmailAddress."""

    email_address_id: str | None = _rt.field(
        "EmailAddressId", _rt.String(min=1, max=500)
    )
    """The identifier of the email address."""

    email_address_arn: str | None = _rt.field(
        "EmailAddressArn", _rt.String(min=1, max=500)
    )
    """The Amazon Resource Name (ARN) of the email address."""

    email_address: str | None = _rt.field(
        "EmailAddress",
        _rt.String(min=1, max=255, pattern="[^\\s@]+@[^\\s@]+\\.[^\\s@]+"),
        sensitive=True,
    )
    """The email address, including the domain."""

    display_name: str | None = _rt.field(
        "DisplayName", _rt.String(min=0, max=256), sensitive=True
    )
    """The display name of email address"""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=4096), sensitive=True
    )
    """The description of the email address."""

    create_timestamp: str | None = _rt.field("CreateTimestamp", _rt.String())
    """The email address creation timestamp in ISO 8601 Datetime."""

    modified_timestamp: str | None = _rt.field("ModifiedTimestamp", _rt.String())
    """The email address last modification timestamp in ISO 8601 Datetime."""

    alias_configurations: list[AliasConfiguration] | None = _rt.field(
        "AliasConfigurations", _rt.ListOf(_rt.Ref("AliasConfiguration"), max=1)
    )
    """A list of alias configurations associated with this email address. Contains
    details about email addresses that forward to this primary email address. The
    list can contain at most one alias configuration per email address."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    @classmethod
    def make(
        cls,
        *,
        email_address_id: str | None = None,
        email_address_arn: str | None = None,
        email_address: str | None = None,
        display_name: str | None = None,
        description: str | None = None,
        create_timestamp: str | None = None,
        modified_timestamp: str | None = None,
        alias_configurations: list[AliasConfiguration] | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class DescribeEvaluationFormRequest(_rt.Structure):
    """The input of DescribeEvaluationForm."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """A unique identifier for the contact evaluation."""

    evaluation_form_version: int | None = _rt.field(
        "EvaluationFormVersion", _rt.Integer(), location="querystring", name="version"
    )
    """A version of the evaluation form."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        evaluation_form_id: str,
        evaluation_form_version: int | None = None,
    ) -> Self:
        return cls._build(locals())


class DescribeEvaluationFormResponse(_rt.Structure):
    """The output of DescribeEvaluationForm."""

    evaluation_form: EvaluationForm = _rt.field(
        "EvaluationForm", _rt.Ref("EvaluationForm"), required=True
    )
    """Information about the evaluation form."""

    @classmethod
    def make(cls, *, evaluation_form: EvaluationForm) -> Self:
        return cls._build(locals())


class DescribeHoursOfOperationOverrideRequest(_rt.Structure):
    """The input of DescribeHoursOfOperationOverride."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance."""

    hours_of_operation_id: str = _rt.field(
        "HoursOfOperationId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the hours of operation."""

    hours_of_operation_override_id: str = _rt.field(
        "HoursOfOperationOverrideId",
        _rt.String(min=1, max=36),
        required=True,
        location="uri",
    )
    """The identifier for the hours of operation override."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        hours_of_operation_id: str,
        hours_of_operation_override_id: str,
    ) -> Self:
        return cls._build(locals())


class DescribeHoursOfOperationOverrideResponse(_rt.Structure):
    """The output of DescribeHoursOfOperationOverride."""

    hours_of_operation_override: HoursOfOperationOverride | None = _rt.field(
        "HoursOfOperationOverride", _rt.Ref("HoursOfOperationOverride")
    )
    """Information about the hours of operations override."""

    @classmethod
    def make(
        cls, *, hours_of_operation_override: HoursOfOperationOverride | None = None
    ) -> Self:
        return cls._build(locals())


class DescribeHoursOfOperationRequest(_rt.Structure):
    """The input of DescribeHoursOfOperation."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    hours_of_operation_id: str = _rt.field(
        "HoursOfOperationId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the hours of operation."""

    @classmethod
    def make(cls, *, instance_id: str, hours_of_operation_id: str) -> Self:
        return cls._build(locals())


class DescribeHoursOfOperationResponse(_rt.Structure):
    """The output of DescribeHoursOfOperation."""

    hours_of_operation: HoursOfOperation | None = _rt.field(
        "HoursOfOperation", _rt.Ref("HoursOfOperation")
    )
    """The hours of operation."""

    @classmethod
    def make(cls, *, hours_of_operation: HoursOfOperation | None = None) -> Self:
        return cls._build(locals())


class DescribeInstanceAttributeRequest(_rt.Structure):
    """The input of DescribeInstanceAttribute."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    attribute_type: InstanceAttributeType | str = _rt.field(
        "AttributeType",
        _rt.String(enum="InstanceAttributeType"),
        required=True,
        location="uri",
    )
    """The type of attribute."""

    @classmethod
    def make(
        cls, *, instance_id: str, attribute_type: InstanceAttributeType | str
    ) -> Self:
        return cls._build(locals())


class DescribeInstanceAttributeResponse(_rt.Structure):
    """The output of DescribeInstanceAttribute."""

    attribute: Attribute | None = _rt.field("Attribute", _rt.Ref("Attribute"))
    """The type of attribute."""

    @classmethod
    def make(cls, *, attribute: Attribute | None = None) -> Self:
        return cls._build(locals())


class DescribeInstanceRequest(_rt.Structure):
    """The input of DescribeInstance."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(cls, *, instance_id: str) -> Self:
        return cls._build(locals())


class DescribeInstanceResponse(_rt.Structure):
    """The output of DescribeInstance."""

    instance: Instance | None = _rt.field("Instance", _rt.Ref("Instance"))
    """The name of the instance."""

    replication_configuration: ReplicationConfiguration | None = _rt.field(
        "ReplicationConfiguration", _rt.Ref("ReplicationConfiguration")
    )
    """Status information about the replication process. This field is included only
    when you are using the ReplicateInstance
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_ReplicateInstance.html)
    API to replicate an Connect Customer instance across Amazon Web Services
    Regions. For information about replicating Connect Customer instances, see
    Create a replica of your existing Connect Customer instance
    (https://docs.aws.amazon.com/connect/latest/adminguide/create-replica-connect-instance.html)
    in the Connect Customer Administrator Guide."""

    @classmethod
    def make(
        cls,
        *,
        instance: Instance | None = None,
        replication_configuration: ReplicationConfiguration | None = None,
    ) -> Self:
        return cls._build(locals())


class DescribeInstanceStorageConfigRequest(_rt.Structure):
    """The input of DescribeInstanceStorageConfig."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    association_id: str = _rt.field(
        "AssociationId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The existing association identifier that uniquely identifies the resource type
    and storage config for the given instance ID."""

    resource_type: InstanceStorageResourceType | str = _rt.field(
        "ResourceType",
        _rt.String(enum="InstanceStorageResourceType"),
        required=True,
        location="querystring",
        name="resourceType",
    )
    """A valid resource type."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        association_id: str,
        resource_type: InstanceStorageResourceType | str,
    ) -> Self:
        return cls._build(locals())


class DescribeInstanceStorageConfigResponse(_rt.Structure):
    """The output of DescribeInstanceStorageConfig."""

    storage_config: InstanceStorageConfig | None = _rt.field(
        "StorageConfig", _rt.Ref("InstanceStorageConfig")
    )
    """A valid storage type."""

    @classmethod
    def make(cls, *, storage_config: InstanceStorageConfig | None = None) -> Self:
        return cls._build(locals())


class DescribeNotificationRequest(_rt.Structure):
    """The input of DescribeNotification."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    notification_id: str = _rt.field(
        "NotificationId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the notification."""

    @classmethod
    def make(cls, *, instance_id: str, notification_id: str) -> Self:
        return cls._build(locals())


class DescribeNotificationResponse(_rt.Structure):
    """The output of DescribeNotification."""

    notification: Notification = _rt.field(
        "Notification", _rt.Ref("Notification"), required=True
    )
    """The complete notification information including content, priority, recipients,
    and metadata."""

    @classmethod
    def make(cls, *, notification: Notification) -> Self:
        return cls._build(locals())


class DescribePhoneNumberRequest(_rt.Structure):
    """The input of DescribePhoneNumber."""

    phone_number_id: str = _rt.field(
        "PhoneNumberId", _rt.String(), required=True, location="uri"
    )
    """A unique identifier for the phone number."""

    @classmethod
    def make(cls, *, phone_number_id: str) -> Self:
        return cls._build(locals())


class DescribePhoneNumberResponse(_rt.Structure):
    """The output of DescribePhoneNumber."""

    claimed_phone_number_summary: ClaimedPhoneNumberSummary | None = _rt.field(
        "ClaimedPhoneNumberSummary", _rt.Ref("ClaimedPhoneNumberSummary")
    )
    """Information about a phone number that's been claimed to your Connect Customer
    instance or traffic distribution group."""

    @classmethod
    def make(
        cls, *, claimed_phone_number_summary: ClaimedPhoneNumberSummary | None = None
    ) -> Self:
        return cls._build(locals())


class DescribePredefinedAttributeRequest(_rt.Structure):
    """The input of DescribePredefinedAttribute."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    name: str = _rt.field(
        "Name", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The name of the predefined attribute."""

    @classmethod
    def make(cls, *, instance_id: str, name: str) -> Self:
        return cls._build(locals())


class DescribePredefinedAttributeResponse(_rt.Structure):
    """The output of DescribePredefinedAttribute."""

    predefined_attribute: PredefinedAttribute | None = _rt.field(
        "PredefinedAttribute", _rt.Ref("PredefinedAttribute")
    )
    """Information about the predefined attribute."""

    @classmethod
    def make(cls, *, predefined_attribute: PredefinedAttribute | None = None) -> Self:
        return cls._build(locals())


class DescribePromptRequest(_rt.Structure):
    """The input of DescribePrompt."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    prompt_id: str = _rt.field(
        "PromptId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """A unique identifier for the prompt."""

    @classmethod
    def make(cls, *, instance_id: str, prompt_id: str) -> Self:
        return cls._build(locals())


class DescribePromptResponse(_rt.Structure):
    """The output of DescribePrompt."""

    prompt: Prompt | None = _rt.field("Prompt", _rt.Ref("Prompt"))
    """Information about the prompt."""

    @classmethod
    def make(cls, *, prompt: Prompt | None = None) -> Self:
        return cls._build(locals())


class DescribeQueueRequest(_rt.Structure):
    """The input of DescribeQueue."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True, location="uri")
    """The identifier for the queue."""

    @classmethod
    def make(cls, *, instance_id: str, queue_id: str) -> Self:
        return cls._build(locals())


class DescribeQueueResponse(_rt.Structure):
    """The output of DescribeQueue."""

    queue: Queue | None = _rt.field("Queue", _rt.Ref("Queue"))
    """The name of the queue."""

    @classmethod
    def make(cls, *, queue: Queue | None = None) -> Self:
        return cls._build(locals())


class DescribeQuickConnectRequest(_rt.Structure):
    """The input of DescribeQuickConnect."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    quick_connect_id: str = _rt.field(
        "QuickConnectId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the quick connect."""

    @classmethod
    def make(cls, *, instance_id: str, quick_connect_id: str) -> Self:
        return cls._build(locals())


class DescribeQuickConnectResponse(_rt.Structure):
    """The output of DescribeQuickConnect."""

    quick_connect: QuickConnect | None = _rt.field(
        "QuickConnect", _rt.Ref("QuickConnect")
    )
    """Information about the quick connect."""

    @classmethod
    def make(cls, *, quick_connect: QuickConnect | None = None) -> Self:
        return cls._build(locals())


class DescribeRoutingProfileRequest(_rt.Structure):
    """The input of DescribeRoutingProfile."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    routing_profile_id: str = _rt.field(
        "RoutingProfileId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the routing profile."""

    @classmethod
    def make(cls, *, instance_id: str, routing_profile_id: str) -> Self:
        return cls._build(locals())


class DescribeRoutingProfileResponse(_rt.Structure):
    """The output of DescribeRoutingProfile."""

    routing_profile: RoutingProfile | None = _rt.field(
        "RoutingProfile", _rt.Ref("RoutingProfile")
    )
    """The routing profile."""

    @classmethod
    def make(cls, *, routing_profile: RoutingProfile | None = None) -> Self:
        return cls._build(locals())


class DescribeRuleRequest(_rt.Structure):
    """The input of DescribeRule."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    rule_id: str = _rt.field(
        "RuleId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """A unique identifier for the rule."""

    @classmethod
    def make(cls, *, instance_id: str, rule_id: str) -> Self:
        return cls._build(locals())


class DescribeRuleResponse(_rt.Structure):
    """The output of DescribeRule."""

    rule: Rule = _rt.field("Rule", _rt.Ref("Rule"), required=True)
    """Information about the rule."""

    @classmethod
    def make(cls, *, rule: Rule) -> Self:
        return cls._build(locals())


class DescribeSecurityProfileRequest(_rt.Structure):
    """The input of DescribeSecurityProfile."""

    security_profile_id: str = _rt.field(
        "SecurityProfileId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the security profle."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(cls, *, security_profile_id: str, instance_id: str) -> Self:
        return cls._build(locals())


class DescribeSecurityProfileResponse(_rt.Structure):
    """The output of DescribeSecurityProfile."""

    security_profile: SecurityProfile | None = _rt.field(
        "SecurityProfile", _rt.Ref("SecurityProfile")
    )
    """The security profile."""

    @classmethod
    def make(cls, *, security_profile: SecurityProfile | None = None) -> Self:
        return cls._build(locals())


class DescribeTestCaseRequest(_rt.Structure):
    """The input of DescribeTestCase."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(
            min=1,
            max=250,
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
        location="uri",
    )
    """The identifier of the Amazon Connect instance."""

    test_case_id: str = _rt.field(
        "TestCaseId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the test case."""

    status: TestCaseStatus | str | None = _rt.field(
        "Status",
        _rt.String(enum="TestCaseStatus"),
        location="querystring",
        name="status",
    )
    """The status of the test case version to retrieve. If not specified, returns the
    published version if available, otherwise returns the saved version."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        test_case_id: str,
        status: TestCaseStatus | str | None = None,
    ) -> Self:
        return cls._build(locals())


class DescribeTestCaseResponse(_rt.Structure):
    """The output of DescribeTestCase."""

    test_case: TestCase | None = _rt.field("TestCase", _rt.Ref("TestCase"))
    """The test case object containing all test case information."""

    @classmethod
    def make(cls, *, test_case: TestCase | None = None) -> Self:
        return cls._build(locals())


class DescribeTrafficDistributionGroupRequest(_rt.Structure):
    """The input of DescribeTrafficDistributionGroup."""

    traffic_distribution_group_id: str = _rt.field(
        "TrafficDistributionGroupId",
        _rt.String(
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z-]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
        location="uri",
    )
    """The identifier of the traffic distribution group. This can be the ID or the ARN
    if the API is being called in the Region where the traffic distribution group
    was created. The ARN must be provided if the call is from the replicated Region."""

    @classmethod
    def make(cls, *, traffic_distribution_group_id: str) -> Self:
        return cls._build(locals())


class DescribeTrafficDistributionGroupResponse(_rt.Structure):
    """The output of DescribeTrafficDistributionGroup."""

    traffic_distribution_group: TrafficDistributionGroup | None = _rt.field(
        "TrafficDistributionGroup", _rt.Ref("TrafficDistributionGroup")
    )
    """Information about the traffic distribution group."""

    @classmethod
    def make(
        cls, *, traffic_distribution_group: TrafficDistributionGroup | None = None
    ) -> Self:
        return cls._build(locals())


class DescribeUserHierarchyGroupRequest(_rt.Structure):
    """The input of DescribeUserHierarchyGroup."""

    hierarchy_group_id: str = _rt.field(
        "HierarchyGroupId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the hierarchy group."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(cls, *, hierarchy_group_id: str, instance_id: str) -> Self:
        return cls._build(locals())


class DescribeUserHierarchyGroupResponse(_rt.Structure):
    """The output of DescribeUserHierarchyGroup."""

    hierarchy_group: HierarchyGroup | None = _rt.field(
        "HierarchyGroup", _rt.Ref("HierarchyGroup")
    )
    """Information about the hierarchy group."""

    @classmethod
    def make(cls, *, hierarchy_group: HierarchyGroup | None = None) -> Self:
        return cls._build(locals())


class DescribeUserHierarchyStructureRequest(_rt.Structure):
    """The input of DescribeUserHierarchyStructure."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(cls, *, instance_id: str) -> Self:
        return cls._build(locals())


class DescribeUserHierarchyStructureResponse(_rt.Structure):
    """The output of DescribeUserHierarchyStructure."""

    hierarchy_structure: HierarchyStructure | None = _rt.field(
        "HierarchyStructure", _rt.Ref("HierarchyStructure")
    )
    """Information about the hierarchy structure."""

    @classmethod
    def make(cls, *, hierarchy_structure: HierarchyStructure | None = None) -> Self:
        return cls._build(locals())


class DescribeUserRequest(_rt.Structure):
    """The input of DescribeUser."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user account."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(cls, *, user_id: str, instance_id: str) -> Self:
        return cls._build(locals())


class DescribeUserResponse(_rt.Structure):
    """The output of DescribeUser."""

    user: User | None = _rt.field("User", _rt.Ref("User"))
    """Information about the user account and configuration settings."""

    @classmethod
    def make(cls, *, user: User | None = None) -> Self:
        return cls._build(locals())


class DescribeViewRequest(_rt.Structure):
    """The input of DescribeView."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(min=1, max=100, pattern="^[a-zA-Z0-9\\_\\-:\\/]+$"),
        required=True,
        location="uri",
    )
    """The identifier of the Connect Customer instance. You can find the instanceId in
    the ARN of the instance."""

    view_id: str = _rt.field(
        "ViewId",
        _rt.String(min=1, max=500, pattern="^[a-zA-Z0-9\\_\\-:\\/$]+$"),
        required=True,
        location="uri",
    )
    """The ViewId of the view. This must be an ARN for Amazon Web Services managed
    views."""

    @classmethod
    def make(cls, *, instance_id: str, view_id: str) -> Self:
        return cls._build(locals())


class DescribeViewResponse(_rt.Structure):
    """The output of DescribeView."""

    view: View | None = _rt.field("View", _rt.Ref("View"))
    """All view data is contained within the View object."""

    @classmethod
    def make(cls, *, view: View | None = None) -> Self:
        return cls._build(locals())


class DescribeVocabularyRequest(_rt.Structure):
    """The input of DescribeVocabulary."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    vocabulary_id: str = _rt.field(
        "VocabularyId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """The identifier of the custom vocabulary."""

    @classmethod
    def make(cls, *, instance_id: str, vocabulary_id: str) -> Self:
        return cls._build(locals())


class DescribeVocabularyResponse(_rt.Structure):
    """The output of DescribeVocabulary."""

    vocabulary: Vocabulary = _rt.field(
        "Vocabulary", _rt.Ref("Vocabulary"), required=True
    )
    """A list of specific words that you want Contact Lens for Connect Customer to
    recognize in your audio input. They are generally domain-specific words and
    phrases, words that Contact Lens is not recognizing, or proper nouns."""

    @classmethod
    def make(cls, *, vocabulary: Vocabulary) -> Self:
        return cls._build(locals())


class DescribeWorkspaceRequest(_rt.Structure):
    """The input of DescribeWorkspace."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    workspace_id: str = _rt.field(
        "WorkspaceId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier of the workspace."""

    @classmethod
    def make(cls, *, instance_id: str, workspace_id: str) -> Self:
        return cls._build(locals())


class DescribeWorkspaceResponse(_rt.Structure):
    """The output of DescribeWorkspace."""

    workspace: Workspace = _rt.field("Workspace", _rt.Ref("Workspace"), required=True)
    """Information about the workspace."""

    @classmethod
    def make(cls, *, workspace: Workspace) -> Self:
        return cls._build(locals())


class DestinationNotAllowedException(_rt.ServiceError):
    """Outbound calls to the destination number are not allowed."""

    _error_code = "DestinationNotAllowedException"
    _http_status = 403

    message: str | None = _rt.field("Message", _rt.String())
    """The message about the outbound calls."""

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())
