"""Shapes of Amazon Connect Service whose class names start with "del"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_da import DataTableLockVersion
    from ._shapes_m import MediaType
    from ._shapes_v import VocabularyState


class DeleteAttachedFileRequest(_rt.Structure):
    """Request to DeleteAttachedFile API"""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier of the Connect instance."""

    file_id: str = _rt.field(
        "FileId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier of the attached file resource."""

    associated_resource_arn: str = _rt.field(
        "AssociatedResourceArn",
        _rt.String(),
        required=True,
        location="querystring",
        name="associatedResourceArn",
    )
    """The resource to which the attached file is (being) uploaded to. Cases
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_connect-cases_CreateCase.html)
    are the only current supported resource.

    This value must be a valid ARN."""

    @classmethod
    def make(
        cls, *, instance_id: str, file_id: str, associated_resource_arn: str
    ) -> Self:
        return cls._build(locals())


class DeleteAttachedFileResponse(_rt.Structure):
    """Response from DeleteAttachedFile API"""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteContactEvaluationRequest(_rt.Structure):
    """The input of DeleteContactEvaluation."""

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


class DeleteContactFlowModuleAliasRequest(_rt.Structure):
    """The input of DeleteContactFlowModuleAlias."""

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
        "ContactFlowModuleId", _rt.String(min=1, max=500), required=True, location="uri"
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


class DeleteContactFlowModuleAliasResponse(_rt.Structure):
    """The output of DeleteContactFlowModuleAlias."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteContactFlowModuleRequest(_rt.Structure):
    """The input of DeleteContactFlowModule."""

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


class DeleteContactFlowModuleResponse(_rt.Structure):
    """The output of DeleteContactFlowModule."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteContactFlowModuleVersionRequest(_rt.Structure):
    """The input of DeleteContactFlowModuleVersion."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_flow_module_id: str = _rt.field(
        "ContactFlowModuleId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the flow module."""

    contact_flow_module_version: int = _rt.field(
        "ContactFlowModuleVersion", _rt.Integer(min=1), required=True, location="uri"
    )
    """The version of the flow module to delete."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_flow_module_id: str,
        contact_flow_module_version: int,
    ) -> Self:
        return cls._build(locals())


class DeleteContactFlowModuleVersionResponse(_rt.Structure):
    """The output of DeleteContactFlowModuleVersion."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteContactFlowRequest(_rt.Structure):
    """The input of DeleteContactFlow."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the flow."""

    @classmethod
    def make(cls, *, instance_id: str, contact_flow_id: str) -> Self:
        return cls._build(locals())


class DeleteContactFlowResponse(_rt.Structure):
    """The output of DeleteContactFlow."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteContactFlowVersionRequest(_rt.Structure):
    """The input of DeleteContactFlowVersion."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the flow."""

    contact_flow_version: int = _rt.field(
        "ContactFlowVersion", _rt.Integer(min=1), required=True, location="uri"
    )
    """The identifier of the flow version."""

    @classmethod
    def make(
        cls, *, instance_id: str, contact_flow_id: str, contact_flow_version: int
    ) -> Self:
        return cls._build(locals())


class DeleteContactFlowVersionResponse(_rt.Structure):
    """The output of DeleteContactFlowVersion."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteDataTableAttributeRequest(_rt.Structure):
    """The input of DeleteDataTableAttribute."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True, location="uri"
    )
    """The name of the attribute to delete."""

    @classmethod
    def make(cls, *, instance_id: str, data_table_id: str, attribute_name: str) -> Self:
        return cls._build(locals())


class DeleteDataTableAttributeResponse(_rt.Structure):
    """The output of DeleteDataTableAttribute."""

    lock_version: DataTableLockVersion = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion"), required=True
    )
    """The updated lock version of the data table."""

    @classmethod
    def make(cls, *, lock_version: DataTableLockVersion) -> Self:
        return cls._build(locals())


class DeleteDataTableRequest(_rt.Structure):
    """The input of DeleteDataTable."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table to delete. Must also accept the table
    ARN. Fails with an error if the version is provided and is not $LATEST."""

    @classmethod
    def make(cls, *, instance_id: str, data_table_id: str) -> Self:
        return cls._build(locals())


class DeleteDataTableResponse(_rt.Structure):
    """The output of DeleteDataTable."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteEmailAddressRequest(_rt.Structure):
    """The input of DeleteEmailAddress."""

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


class DeleteEmailAddressResponse(_rt.Structure):
    """The output of DeleteEmailAddress."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteEvaluationFormRequest(_rt.Structure):
    """The input of DeleteEvaluationForm."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    evaluation_form_id: str = _rt.field(
        "EvaluationFormId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """The unique identifier for the evaluation form."""

    evaluation_form_version: int | None = _rt.field(
        "EvaluationFormVersion", _rt.Integer(), location="querystring", name="version"
    )
    """The unique identifier for the evaluation form."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        evaluation_form_id: str,
        evaluation_form_version: int | None = None,
    ) -> Self:
        return cls._build(locals())


class DeleteHoursOfOperationOverrideRequest(_rt.Structure):
    """The input of DeleteHoursOfOperationOverride."""

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


class DeleteHoursOfOperationRequest(_rt.Structure):
    """The input of DeleteHoursOfOperation."""

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


class DeleteInstanceRequest(_rt.Structure):
    """The input of DeleteInstance."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    client_token: str | None = _rt.field(
        "ClientToken",
        _rt.String(max=500),
        idempotency_token=True,
        location="querystring",
        name="clientToken",
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    @classmethod
    def make(cls, *, instance_id: str, client_token: str | None = None) -> Self:
        return cls._build(locals())


class DeleteIntegrationAssociationRequest(_rt.Structure):
    """The input of DeleteIntegrationAssociation."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    integration_association_id: str = _rt.field(
        "IntegrationAssociationId",
        _rt.String(min=1, max=200),
        required=True,
        location="uri",
    )
    """The identifier for the integration association."""

    @classmethod
    def make(cls, *, instance_id: str, integration_association_id: str) -> Self:
        return cls._build(locals())


class DeleteNotificationRequest(_rt.Structure):
    """The input of DeleteNotification."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    notification_id: str = _rt.field(
        "NotificationId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the notification to delete."""

    @classmethod
    def make(cls, *, instance_id: str, notification_id: str) -> Self:
        return cls._build(locals())


class DeleteNotificationResponse(_rt.Structure):
    """The response from deleting a notification."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeletePredefinedAttributeRequest(_rt.Structure):
    """The input of DeletePredefinedAttribute."""

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


class DeletePromptRequest(_rt.Structure):
    """The input of DeletePrompt."""

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


class DeletePushNotificationRegistrationRequest(_rt.Structure):
    """The input of DeletePushNotificationRegistration."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    registration_id: str = _rt.field(
        "RegistrationId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The identifier for the registration."""

    contact_id: str = _rt.field(
        "ContactId",
        _rt.String(min=1, max=256),
        required=True,
        location="querystring",
        name="contactId",
    )
    """The identifier of the contact within the Connect Customer instance."""

    @classmethod
    def make(cls, *, instance_id: str, registration_id: str, contact_id: str) -> Self:
        return cls._build(locals())


class DeletePushNotificationRegistrationResponse(_rt.Structure):
    """The output of DeletePushNotificationRegistration."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteQueueRequest(_rt.Structure):
    """The input of DeleteQueue."""

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


class DeleteQuickConnectRequest(_rt.Structure):
    """The input of DeleteQuickConnect."""

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


class DeleteRoutingProfileRequest(_rt.Structure):
    """The input of DeleteRoutingProfile."""

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


class DeleteRuleRequest(_rt.Structure):
    """The input of DeleteRule."""

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


class DeleteSecurityProfileRequest(_rt.Structure):
    """The input of DeleteSecurityProfile."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    security_profile_id: str = _rt.field(
        "SecurityProfileId", _rt.String(), required=True, location="uri"
    )
    """The identifier for the security profle."""

    @classmethod
    def make(cls, *, instance_id: str, security_profile_id: str) -> Self:
        return cls._build(locals())


class DeleteTaskTemplateRequest(_rt.Structure):
    """The input of DeleteTaskTemplate."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    task_template_id: str = _rt.field(
        "TaskTemplateId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """A unique identifier for the task template."""

    @classmethod
    def make(cls, *, instance_id: str, task_template_id: str) -> Self:
        return cls._build(locals())


class DeleteTaskTemplateResponse(_rt.Structure):
    """The output of DeleteTaskTemplate."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteTestCaseRequest(_rt.Structure):
    """The input of DeleteTestCase."""

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
    """The identifier of the test case to delete."""

    @classmethod
    def make(cls, *, instance_id: str, test_case_id: str) -> Self:
        return cls._build(locals())


class DeleteTestCaseResponse(_rt.Structure):
    """The output of DeleteTestCase."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteTrafficDistributionGroupRequest(_rt.Structure):
    """The input of DeleteTrafficDistributionGroup."""

    traffic_distribution_group_id: str = _rt.field(
        "TrafficDistributionGroupId",
        _rt.String(
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z-]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
        location="uri",
    )
    """The identifier of the traffic distribution group. This can be the ID or the ARN
    of the traffic distribution group."""

    @classmethod
    def make(cls, *, traffic_distribution_group_id: str) -> Self:
        return cls._build(locals())


class DeleteTrafficDistributionGroupResponse(_rt.Structure):
    """The output of DeleteTrafficDistributionGroup."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteUseCaseRequest(_rt.Structure):
    """The input of DeleteUseCase."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    integration_association_id: str = _rt.field(
        "IntegrationAssociationId",
        _rt.String(min=1, max=200),
        required=True,
        location="uri",
    )
    """The identifier for the integration association."""

    use_case_id: str = _rt.field(
        "UseCaseId", _rt.String(min=1, max=200), required=True, location="uri"
    )
    """The identifier for the use case."""

    @classmethod
    def make(
        cls, *, instance_id: str, integration_association_id: str, use_case_id: str
    ) -> Self:
        return cls._build(locals())


class DeleteUserHierarchyGroupRequest(_rt.Structure):
    """The input of DeleteUserHierarchyGroup."""

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


class DeleteUserRequest(_rt.Structure):
    """The input of DeleteUser."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user."""

    @classmethod
    def make(cls, *, instance_id: str, user_id: str) -> Self:
        return cls._build(locals())


class DeleteViewRequest(_rt.Structure):
    """The input of DeleteView."""

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
    """The identifier of the view. Both `ViewArn` and `ViewId` can be used."""

    @classmethod
    def make(cls, *, instance_id: str, view_id: str) -> Self:
        return cls._build(locals())


class DeleteViewResponse(_rt.Structure):
    """The output of DeleteView."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteViewVersionRequest(_rt.Structure):
    """The input of DeleteViewVersion."""

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
    """The identifier of the view. Both `ViewArn` and `ViewId` can be used."""

    view_version: int = _rt.field(
        "ViewVersion", _rt.Integer(), required=True, location="uri"
    )
    """The version number of the view."""

    @classmethod
    def make(cls, *, instance_id: str, view_id: str, view_version: int) -> Self:
        return cls._build(locals())


class DeleteViewVersionResponse(_rt.Structure):
    """The output of DeleteViewVersion."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteVocabularyRequest(_rt.Structure):
    """The input of DeleteVocabulary."""

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


class DeleteVocabularyResponse(_rt.Structure):
    """The output of DeleteVocabulary."""

    vocabulary_arn: str = _rt.field("VocabularyArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the custom vocabulary."""

    vocabulary_id: str = _rt.field(
        "VocabularyId", _rt.String(min=1, max=500), required=True
    )
    """The identifier of the custom vocabulary."""

    state: VocabularyState | str = _rt.field(
        "State", _rt.String(enum="VocabularyState"), required=True
    )
    """The current state of the custom vocabulary."""

    @classmethod
    def make(
        cls, *, vocabulary_arn: str, vocabulary_id: str, state: VocabularyState | str
    ) -> Self:
        return cls._build(locals())


class DeleteWorkspaceMediaRequest(_rt.Structure):
    """The input of DeleteWorkspaceMedia."""

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

    media_type: MediaType | str = _rt.field(
        "MediaType",
        _rt.String(enum="MediaType"),
        required=True,
        location="querystring",
        name="mediaType",
    )
    """The type of media to delete. Valid values are: `IMAGE_LOGO_FAVICON` and
    `IMAGE_LOGO_HORIZONTAL`."""

    @classmethod
    def make(
        cls, *, instance_id: str, workspace_id: str, media_type: MediaType | str
    ) -> Self:
        return cls._build(locals())


class DeleteWorkspaceMediaResponse(_rt.Structure):
    """The output of DeleteWorkspaceMedia."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteWorkspacePageRequest(_rt.Structure):
    """The input of DeleteWorkspacePage."""

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

    page: str = _rt.field(
        "Page",
        _rt.String(
            min=1,
            max=25,
            pattern="^(?!\\\\.$)(?!\\\\.\\\\.$)[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]+$",
        ),
        required=True,
        location="uri",
    )
    """The page identifier."""

    @classmethod
    def make(cls, *, instance_id: str, workspace_id: str, page: str) -> Self:
        return cls._build(locals())


class DeleteWorkspacePageResponse(_rt.Structure):
    """The output of DeleteWorkspacePage."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DeleteWorkspaceRequest(_rt.Structure):
    """The input of DeleteWorkspace."""

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


class DeleteWorkspaceResponse(_rt.Structure):
    """The output of DeleteWorkspace."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())
