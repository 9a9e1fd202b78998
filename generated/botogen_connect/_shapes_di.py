"""Shapes of Amazon Connect Service whose class names start with "di"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_a import AgentStatusIdentifier, AliasConfiguration
    from ._shapes_ch import Channel
    from ._shapes_e import EntityType
    from ._shapes_f import FailedBatchAssociationSummary, FlowAssociationResourceType
    from ._shapes_i import InstanceStorageResourceType
    from ._shapes_le import LexBot, LexV2Bot
    from ._shapes_q import QueueReference
    from ._shapes_r import RoutingProfileQueueReference, RoutingProfileReference
    from ._shapes_se import SecurityProfileItem
    from ._shapes_su import SuccessfulBatchAssociationSummary
    from ._shapes_us import UserProficiencyDisassociate


class Dimensions(_rt.Structure):
    """Contains information about the dimensions for a set of metrics."""

    queue: QueueReference | None = _rt.field("Queue", _rt.Ref("QueueReference"))
    """Information about the queue for which metrics are returned."""

    channel: Channel | str | None = _rt.field("Channel", _rt.String(enum="Channel"))
    """The channel used for grouping and filters."""

    routing_profile: RoutingProfileReference | None = _rt.field(
        "RoutingProfile", _rt.Ref("RoutingProfileReference")
    )

    routing_step_expression: str | None = _rt.field(
        "RoutingStepExpression", _rt.String(min=1, max=3000)
    )
    """The expression of a step in a routing criteria."""

    agent_status: AgentStatusIdentifier | None = _rt.field(
        "AgentStatus", _rt.Ref("AgentStatusIdentifier")
    )
    """Information about the agent status assigned to the user."""

    subtype: str | None = _rt.field("Subtype", _rt.String(min=1, max=100))
    """The subtype of the channel used for the contact."""

    validation_test_type: str | None = _rt.field("ValidationTestType", _rt.String())
    """The testing and simulation type"""

    @classmethod
    def make(
        cls,
        *,
        queue: QueueReference | None = None,
        channel: Channel | str | None = None,
        routing_profile: RoutingProfileReference | None = None,
        routing_step_expression: str | None = None,
        agent_status: AgentStatusIdentifier | None = None,
        subtype: str | None = None,
        validation_test_type: str | None = None,
    ) -> Self:
        return cls._build(locals())


class DirectoryType(_rt.Enum):
    """The values of DirectoryType; one AWS adds later is kept as it is."""

    SAML = "SAML"
    CONNECT_MANAGED = "CONNECT_MANAGED"
    EXISTING_DIRECTORY = "EXISTING_DIRECTORY"


class DisassociateAnalyticsDataSetRequest(_rt.Structure):
    """The input of DisassociateAnalyticsDataSet."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    data_set_id: str = _rt.field("DataSetId", _rt.String(min=1, max=255), required=True)
    """The identifier of the dataset to remove."""

    target_account_id: str | None = _rt.field("TargetAccountId", _rt.String())
    """The identifier of the target account. Use to associate a dataset to a different
    account than the one containing the Connect Customer instance. If not specified,
    by default this value is the Amazon Web Services account that has the Connect
    Customer instance."""

    @classmethod
    def make(
        cls, *, instance_id: str, data_set_id: str, target_account_id: str | None = None
    ) -> Self:
        return cls._build(locals())


class DisassociateApprovedOriginRequest(_rt.Structure):
    """The input of DisassociateApprovedOrigin."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    origin: str = _rt.field(
        "Origin",
        _rt.String(max=267),
        required=True,
        location="querystring",
        name="origin",
    )
    """The domain URL of the integrated application."""

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
    def make(
        cls, *, instance_id: str, origin: str, client_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class DisassociateBotRequest(_rt.Structure):
    """The input of DisassociateBot."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    lex_bot: LexBot | None = _rt.field("LexBot", _rt.Ref("LexBot"))

    lex_v2_bot: LexV2Bot | None = _rt.field("LexV2Bot", _rt.Ref("LexV2Bot"))
    """The Amazon Lex V2 bot to disassociate from the instance."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        lex_bot: LexBot | None = None,
        lex_v2_bot: LexV2Bot | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class DisassociateEmailAddressAliasRequest(_rt.Structure):
    """The input of DisassociateEmailAddressAlias."""

    email_address_id: str = _rt.field(
        "EmailAddressId", _rt.String(min=1, max=500), required=True, location="uri"
    )
    """The identifier of the email address."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    alias_configuration: AliasConfiguration = _rt.field(
        "AliasConfiguration", _rt.Ref("AliasConfiguration"), required=True
    )
    """Configuration object that specifies which alias relationship to remove. The
    alias association must currently exist between the primary email address and the
    specified alias email address."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    @classmethod
    def make(
        cls,
        *,
        email_address_id: str,
        instance_id: str,
        alias_configuration: AliasConfiguration,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class DisassociateEmailAddressAliasResponse(_rt.Structure):
    """The output of DisassociateEmailAddressAlias."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DisassociateFlowRequest(_rt.Structure):
    """The input of DisassociateFlow."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    resource_id: str = _rt.field(
        "ResourceId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the resource.

    Amazon Web Services End User Messaging SMS phone number ARN when using
    `SMS_PHONE_NUMBER`

    Amazon Web Services End User Messaging Social phone number ARN when using
    `WHATSAPP_MESSAGING_PHONE_NUMBER`"""

    resource_type: FlowAssociationResourceType | str = _rt.field(
        "ResourceType",
        _rt.String(enum="FlowAssociationResourceType"),
        required=True,
        location="uri",
    )
    """A valid resource type."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        resource_id: str,
        resource_type: FlowAssociationResourceType | str,
    ) -> Self:
        return cls._build(locals())


class DisassociateFlowResponse(_rt.Structure):
    """The output of DisassociateFlow."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DisassociateHoursOfOperationsRequest(_rt.Structure):
    """The input of DisassociateHoursOfOperations."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    hours_of_operation_id: str = _rt.field(
        "HoursOfOperationId", _rt.String(), required=True, location="uri"
    )
    """The identifier of the child hours of operation."""

    parent_hours_of_operation_ids: list[str] = _rt.field(
        "ParentHoursOfOperationIds",
        _rt.ListOf(_rt.String(), min=1, max=3),
        required=True,
    )
    """The Amazon Resource Names (ARNs) of the parent hours of operation resources to
    disassociate with the child hours of operation resource."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        hours_of_operation_id: str,
        parent_hours_of_operation_ids: list[str],
    ) -> Self:
        return cls._build(locals())


class DisassociateInstanceStorageConfigRequest(_rt.Structure):
    """The input of DisassociateInstanceStorageConfig."""

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
    def make(
        cls,
        *,
        instance_id: str,
        association_id: str,
        resource_type: InstanceStorageResourceType | str,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class DisassociateLambdaFunctionRequest(_rt.Structure):
    """The input of DisassociateLambdaFunction."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance.."""

    function_arn: str = _rt.field(
        "FunctionArn",
        _rt.String(min=1, max=140),
        required=True,
        location="querystring",
        name="functionArn",
    )
    """The Amazon Resource Name (ARN) of the Lambda function being disassociated."""

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
    def make(
        cls, *, instance_id: str, function_arn: str, client_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class DisassociateLexBotRequest(_rt.Structure):
    """The input of DisassociateLexBot."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    bot_name: str = _rt.field(
        "BotName",
        _rt.String(max=50),
        required=True,
        location="querystring",
        name="botName",
    )
    """The name of the Amazon Lex bot. Maximum character limit of 50."""

    lex_region: str = _rt.field(
        "LexRegion",
        _rt.String(max=60),
        required=True,
        location="querystring",
        name="lexRegion",
    )
    """The Amazon Web Services Region in which the Amazon Lex bot has been created."""

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
    def make(
        cls,
        *,
        instance_id: str,
        bot_name: str,
        lex_region: str,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class DisassociatePhoneNumberContactFlowRequest(_rt.Structure):
    """The input of DisassociatePhoneNumberContactFlow."""

    phone_number_id: str = _rt.field(
        "PhoneNumberId", _rt.String(), required=True, location="uri"
    )
    """A unique identifier for the phone number."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(min=1, max=100),
        required=True,
        location="querystring",
        name="instanceId",
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(cls, *, phone_number_id: str, instance_id: str) -> Self:
        return cls._build(locals())


class DisassociateQueueEmailAddressesRequest(_rt.Structure):
    """The input of DisassociateQueueEmailAddresses."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True, location="uri")
    """The identifier for the queue."""

    email_addresses_id: list[str] = _rt.field(
        "EmailAddressesId",
        _rt.ListOf(_rt.String(min=1, max=500), min=1, max=50),
        required=True,
    )
    """List of email address identifiers to disassociate from the queue. These are the
    unique identifiers of email addresses that should no longer be routed to this
    queue."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        queue_id: str,
        email_addresses_id: list[str],
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class DisassociateQueueQuickConnectsRequest(_rt.Structure):
    """The input of DisassociateQueueQuickConnects."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True, location="uri")
    """The identifier for the queue."""

    quick_connect_ids: list[str] = _rt.field(
        "QuickConnectIds", _rt.ListOf(_rt.String(), min=1, max=50), required=True
    )
    """The quick connects to disassociate from the queue."""

    @classmethod
    def make(
        cls, *, instance_id: str, queue_id: str, quick_connect_ids: list[str]
    ) -> Self:
        return cls._build(locals())


class DisassociateRoutingProfileQueuesRequest(_rt.Structure):
    """The input of DisassociateRoutingProfileQueues."""

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

    queue_references: list[RoutingProfileQueueReference] | None = _rt.field(
        "QueueReferences", _rt.ListOf(_rt.Ref("RoutingProfileQueueReference"))
    )
    """The queues to disassociate from this routing profile."""

    manual_assignment_queue_references: list[RoutingProfileQueueReference] | None = (
        _rt.field(
            "ManualAssignmentQueueReferences",
            _rt.ListOf(_rt.Ref("RoutingProfileQueueReference")),
        )
    )
    """The manual assignment queues to disassociate with this routing profile."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        routing_profile_id: str,
        queue_references: list[RoutingProfileQueueReference] | None = None,
        manual_assignment_queue_references: (
            list[RoutingProfileQueueReference] | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class DisassociateSecurityKeyRequest(_rt.Structure):
    """The input of DisassociateSecurityKey."""

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
    def make(
        cls, *, instance_id: str, association_id: str, client_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class DisassociateSecurityProfilesRequest(_rt.Structure):
    """The input of DisassociateSecurityProfiles."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    security_profiles: list[SecurityProfileItem] = _rt.field(
        "SecurityProfiles",
        _rt.ListOf(_rt.Ref("SecurityProfileItem"), min=1, max=10),
        required=True,
    )
    """List of Security Profile Object."""

    entity_type: EntityType | str = _rt.field(
        "EntityType", _rt.String(enum="EntityType"), required=True
    )
    """Only supported type is AI_AGENT."""

    entity_arn: str = _rt.field("EntityArn", _rt.String(min=1), required=True)
    """ARN of a Q in Connect AI Agent."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        security_profiles: list[SecurityProfileItem],
        entity_type: EntityType | str,
        entity_arn: str,
    ) -> Self:
        return cls._build(locals())


class DisassociateTrafficDistributionGroupUserRequest(_rt.Structure):
    """The input of DisassociateTrafficDistributionGroupUser."""

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

    user_id: str = _rt.field(
        "UserId", _rt.String(), required=True, location="querystring"
    )
    """The identifier for the user. This can be the ID or the ARN of the user."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="querystring"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(
        cls, *, traffic_distribution_group_id: str, user_id: str, instance_id: str
    ) -> Self:
        return cls._build(locals())


class DisassociateTrafficDistributionGroupUserResponse(_rt.Structure):
    """The output of DisassociateTrafficDistributionGroupUser."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class DisassociateUserProficienciesRequest(_rt.Structure):
    """The input of DisassociateUserProficiencies."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user account."""

    user_proficiencies: list[UserProficiencyDisassociate] = _rt.field(
        "UserProficiencies",
        _rt.ListOf(_rt.Ref("UserProficiencyDisassociate")),
        required=True,
    )
    """The proficiencies to disassociate from the user."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        user_id: str,
        user_proficiencies: list[UserProficiencyDisassociate],
    ) -> Self:
        return cls._build(locals())


class DisassociateWorkspaceRequest(_rt.Structure):
    """The input of DisassociateWorkspace."""

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

    resource_arns: list[str] = _rt.field(
        "ResourceArns", _rt.ListOf(_rt.String(), min=1, max=25), required=True
    )
    """The Amazon Resource Names (ARNs) of the resources to disassociate from the
    workspace."""

    @classmethod
    def make(
        cls, *, instance_id: str, workspace_id: str, resource_arns: list[str]
    ) -> Self:
        return cls._build(locals())


class DisassociateWorkspaceResponse(_rt.Structure):
    """The output of DisassociateWorkspace."""

    successful_list: list[SuccessfulBatchAssociationSummary] | None = _rt.field(
        "SuccessfulList", _rt.ListOf(_rt.Ref("SuccessfulBatchAssociationSummary"))
    )
    """A list of resources that were successfully disassociated from the workspace."""

    failed_list: list[FailedBatchAssociationSummary] | None = _rt.field(
        "FailedList", _rt.ListOf(_rt.Ref("FailedBatchAssociationSummary"))
    )
    """A list of resources that failed to be disassociated from the workspace,
    including error details."""

    @classmethod
    def make(
        cls,
        *,
        successful_list: list[SuccessfulBatchAssociationSummary] | None = None,
        failed_list: list[FailedBatchAssociationSummary] | None = None,
    ) -> Self:
        return cls._build(locals())


class DisconnectDetails(_rt.Structure):
    """Information about the call disconnect experience."""

    potential_disconnect_issue: str | None = _rt.field(
        "PotentialDisconnectIssue", _rt.String(min=0, max=128)
    )
    """Indicates the potential disconnection issues for a call. This field is not
    populated if the service does not detect potential issues."""

    @classmethod
    def make(cls, *, potential_disconnect_issue: str | None = None) -> Self:
        return cls._build(locals())


class DisconnectOnCustomerExitParticipantType(_rt.Enum):
    """The values of DisconnectOnCustomerExitParticipantType; one AWS adds later is kept as it is."""

    AGENT = "AGENT"


class DisconnectReason(_rt.Structure):
    """Contains details about why a contact was disconnected. Only Connect Customer
    outbound campaigns can provide this field."""

    code: str | None = _rt.field("Code", _rt.String())
    """A code that indicates how the contact was terminated."""

    @classmethod
    def make(cls, *, code: str | None = None) -> Self:
        return cls._build(locals())


class DismissUserContactRequest(_rt.Structure):
    """The input of DismissUserContact."""

    user_id: str = _rt.field("UserId", _rt.String(), required=True, location="uri")
    """The identifier of the user account."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instanceId in
    the ARN of the instance."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact."""

    @classmethod
    def make(cls, *, user_id: str, instance_id: str, contact_id: str) -> Self:
        return cls._build(locals())


class DismissUserContactResponse(_rt.Structure):
    """The output of DismissUserContact."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class Distribution(_rt.Structure):
    """Information about a traffic distribution."""

    region: str = _rt.field(
        "Region",
        _rt.String(min=8, max=31, pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?"),
        required=True,
    )
    """The Amazon Web Services Region where the traffic is distributed."""

    percentage: int = _rt.field(
        "Percentage", _rt.Integer(min=0, max=100), required=True
    )
    """The percentage of the traffic that is distributed, in increments of 10."""

    @classmethod
    def make(cls, *, region: str, percentage: int) -> Self:
        return cls._build(locals())
