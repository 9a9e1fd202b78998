"""The client of Amazon Connect Service: one typed method per operation, paginators and waiters.

Make one with `ConnectClient.from_botocore(boto3.client("connect"))`."""

from __future__ import annotations

from . import _client

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

    from . import (
        _shapes_a as _a_,
        _shapes_b as _b_,
        _shapes_cl as _cl_,
        _shapes_co as _co_,
        _shapes_cr as _cr_,
        _shapes_da as _da_,
        _shapes_dea as _dea_,
        _shapes_def as _def_,
        _shapes_del as _del_,
        _shapes_des as _des_,
        _shapes_di as _di_,
        _shapes_e as _e_,
        _shapes_f as _f_,
        _shapes_g as _g_,
        _shapes_h as _h_,
        _shapes_i as _i_,
        _shapes_le as _le_,
        _shapes_lista as _lista_,
        _shapes_listb as _listb_,
        _shapes_listc as _listc_,
        _shapes_listd as _listd_,
        _shapes_liste as _liste_,
        _shapes_listf as _listf_,
        _shapes_listh as _listh_,
        _shapes_listi as _listi_,
        _shapes_listl as _listl_,
        _shapes_listn as _listn_,
        _shapes_listp as _listp_,
        _shapes_listq as _listq_,
        _shapes_listr as _listr_,
        _shapes_lists as _lists_,
        _shapes_listt as _listt_,
        _shapes_listu as _listu_,
        _shapes_listv as _listv_,
        _shapes_listw as _listw_,
        _shapes_m as _m_,
        _shapes_p as _p_,
        _shapes_q as _q_,
        _shapes_r as _r_,
        _shapes_se as _se_,
        _shapes_st as _st_,
        _shapes_su as _su_,
        _shapes_t as _t_,
        _shapes_un as _un_,
        _shapes_up as _up_,
        _shapes_us as _us_,
        _shapes_v as _v_,
        _shapes_w as _w_,
    )
    from ._client import operation as _op
    from ._client import pages as _pages


class ConnectClient(_client.Client):
    """The client of Amazon Connect Service: a typed method per operation, with boto3's names, taking a request object or the keyword arguments of its `make`."""

    _package = __name__.rpartition(".")[0]

    if TYPE_CHECKING:
        activate_evaluation_form: Final = _op(
            _a_.ActivateEvaluationFormRequest.make, _a_.ActivateEvaluationFormResponse
        )
        associate_analytics_data_set: Final = _op(
            _a_.AssociateAnalyticsDataSetRequest.make,
            _a_.AssociateAnalyticsDataSetResponse,
        )
        associate_approved_origin: Final = _op(
            _a_.AssociateApprovedOriginRequest.make, None
        )
        associate_bot: Final = _op(_a_.AssociateBotRequest.make, None)
        associate_contact_with_user: Final = _op(
            _a_.AssociateContactWithUserRequest.make,
            _a_.AssociateContactWithUserResponse,
        )
        associate_default_vocabulary: Final = _op(
            _a_.AssociateDefaultVocabularyRequest.make,
            _a_.AssociateDefaultVocabularyResponse,
        )
        associate_email_address_alias: Final = _op(
            _a_.AssociateEmailAddressAliasRequest.make,
            _a_.AssociateEmailAddressAliasResponse,
        )
        associate_flow: Final = _op(
            _a_.AssociateFlowRequest.make, _a_.AssociateFlowResponse
        )
        associate_hours_of_operations: Final = _op(
            _a_.AssociateHoursOfOperationsRequest.make, None
        )
        associate_instance_storage_config: Final = _op(
            _a_.AssociateInstanceStorageConfigRequest.make,
            _a_.AssociateInstanceStorageConfigResponse,
        )
        associate_lambda_function: Final = _op(
            _a_.AssociateLambdaFunctionRequest.make, None
        )
        associate_lex_bot: Final = _op(_a_.AssociateLexBotRequest.make, None)
        associate_phone_number_contact_flow: Final = _op(
            _a_.AssociatePhoneNumberContactFlowRequest.make, None
        )
        associate_queue_email_addresses: Final = _op(
            _a_.AssociateQueueEmailAddressesRequest.make, None
        )
        associate_queue_quick_connects: Final = _op(
            _a_.AssociateQueueQuickConnectsRequest.make, None
        )
        associate_routing_profile_queues: Final = _op(
            _a_.AssociateRoutingProfileQueuesRequest.make, None
        )
        associate_security_key: Final = _op(
            _a_.AssociateSecurityKeyRequest.make, _a_.AssociateSecurityKeyResponse
        )
        associate_security_profiles: Final = _op(
            _a_.AssociateSecurityProfilesRequest.make, None
        )
        associate_traffic_distribution_group_user: Final = _op(
            _a_.AssociateTrafficDistributionGroupUserRequest.make,
            _a_.AssociateTrafficDistributionGroupUserResponse,
        )
        associate_user_proficiencies: Final = _op(
            _a_.AssociateUserProficienciesRequest.make, None
        )
        associate_workspace: Final = _op(
            _a_.AssociateWorkspaceRequest.make, _a_.AssociateWorkspaceResponse
        )
        batch_associate_analytics_data_set: Final = _op(
            _b_.BatchAssociateAnalyticsDataSetRequest.make,
            _b_.BatchAssociateAnalyticsDataSetResponse,
        )
        batch_create_data_table_value: Final = _op(
            _b_.BatchCreateDataTableValueRequest.make,
            _b_.BatchCreateDataTableValueResponse,
        )
        batch_delete_data_table_value: Final = _op(
            _b_.BatchDeleteDataTableValueRequest.make,
            _b_.BatchDeleteDataTableValueResponse,
        )
        batch_describe_data_table_value: Final = _op(
            _b_.BatchDescribeDataTableValueRequest.make,
            _b_.BatchDescribeDataTableValueResponse,
        )
        batch_disassociate_analytics_data_set: Final = _op(
            _b_.BatchDisassociateAnalyticsDataSetRequest.make,
            _b_.BatchDisassociateAnalyticsDataSetResponse,
        )
        batch_get_attached_file_metadata: Final = _op(
            _b_.BatchGetAttachedFileMetadataRequest.make,
            _b_.BatchGetAttachedFileMetadataResponse,
        )
        batch_get_flow_association: Final = _op(
            _b_.BatchGetFlowAssociationRequest.make, _b_.BatchGetFlowAssociationResponse
        )
        batch_put_contact: Final = _op(
            _b_.BatchPutContactRequest.make, _b_.BatchPutContactResponse
        )
        batch_update_data_table_value: Final = _op(
            _b_.BatchUpdateDataTableValueRequest.make,
            _b_.BatchUpdateDataTableValueResponse,
        )
        claim_phone_number: Final = _op(
            _cl_.ClaimPhoneNumberRequest.make, _cl_.ClaimPhoneNumberResponse
        )
        complete_attached_file_upload: Final = _op(
            _co_.CompleteAttachedFileUploadRequest.make,
            _co_.CompleteAttachedFileUploadResponse,
        )
        create_agent_status: Final = _op(
            _cr_.CreateAgentStatusRequest.make, _cr_.CreateAgentStatusResponse
        )
        create_contact: Final = _op(
            _cr_.CreateContactRequest.make, _cr_.CreateContactResponse
        )
        create_contact_flow: Final = _op(
            _cr_.CreateContactFlowRequest.make, _cr_.CreateContactFlowResponse
        )
        create_contact_flow_module: Final = _op(
            _cr_.CreateContactFlowModuleRequest.make,
            _cr_.CreateContactFlowModuleResponse,
        )
        create_contact_flow_module_alias: Final = _op(
            _cr_.CreateContactFlowModuleAliasRequest.make,
            _cr_.CreateContactFlowModuleAliasResponse,
        )
        create_contact_flow_module_version: Final = _op(
            _cr_.CreateContactFlowModuleVersionRequest.make,
            _cr_.CreateContactFlowModuleVersionResponse,
        )
        create_contact_flow_version: Final = _op(
            _cr_.CreateContactFlowVersionRequest.make,
            _cr_.CreateContactFlowVersionResponse,
        )
        create_data_table: Final = _op(
            _cr_.CreateDataTableRequest.make, _cr_.CreateDataTableResponse
        )
        create_data_table_attribute: Final = _op(
            _cr_.CreateDataTableAttributeRequest.make,
            _cr_.CreateDataTableAttributeResponse,
        )
        create_email_address: Final = _op(
            _cr_.CreateEmailAddressRequest.make, _cr_.CreateEmailAddressResponse
        )
        create_evaluation_form: Final = _op(
            _cr_.CreateEvaluationFormRequest.make, _cr_.CreateEvaluationFormResponse
        )
        create_hours_of_operation: Final = _op(
            _cr_.CreateHoursOfOperationRequest.make, _cr_.CreateHoursOfOperationResponse
        )
        create_hours_of_operation_override: Final = _op(
            _cr_.CreateHoursOfOperationOverrideRequest.make,
            _cr_.CreateHoursOfOperationOverrideResponse,
        )
        create_instance: Final = _op(
            _cr_.CreateInstanceRequest.make, _cr_.CreateInstanceResponse
        )
        create_integration_association: Final = _op(
            _cr_.CreateIntegrationAssociationRequest.make,
            _cr_.CreateIntegrationAssociationResponse,
        )
        create_notification: Final = _op(
            _cr_.CreateNotificationRequest.make, _cr_.CreateNotificationResponse
        )
        create_participant: Final = _op(
            _cr_.CreateParticipantRequest.make, _cr_.CreateParticipantResponse
        )
        create_persistent_contact_association: Final = _op(
            _cr_.CreatePersistentContactAssociationRequest.make,
            _cr_.CreatePersistentContactAssociationResponse,
        )
        create_predefined_attribute: Final = _op(
            _cr_.CreatePredefinedAttributeRequest.make, None
        )
        create_prompt: Final = _op(
            _cr_.CreatePromptRequest.make, _cr_.CreatePromptResponse
        )
        create_push_notification_registration: Final = _op(
            _cr_.CreatePushNotificationRegistrationRequest.make,
            _cr_.CreatePushNotificationRegistrationResponse,
        )
        create_queue: Final = _op(
            _cr_.CreateQueueRequest.make, _cr_.CreateQueueResponse
        )
        create_quick_connect: Final = _op(
            _cr_.CreateQuickConnectRequest.make, _cr_.CreateQuickConnectResponse
        )
        create_routing_profile: Final = _op(
            _cr_.CreateRoutingProfileRequest.make, _cr_.CreateRoutingProfileResponse
        )
        create_rule: Final = _op(_cr_.CreateRuleRequest.make, _cr_.CreateRuleResponse)
        create_security_profile: Final = _op(
            _cr_.CreateSecurityProfileRequest.make, _cr_.CreateSecurityProfileResponse
        )
        create_task_template: Final = _op(
            _cr_.CreateTaskTemplateRequest.make, _cr_.CreateTaskTemplateResponse
        )
        create_test_case: Final = _op(
            _cr_.CreateTestCaseRequest.make, _cr_.CreateTestCaseResponse
        )
        create_traffic_distribution_group: Final = _op(
            _cr_.CreateTrafficDistributionGroupRequest.make,
            _cr_.CreateTrafficDistributionGroupResponse,
        )
        create_use_case: Final = _op(
            _cr_.CreateUseCaseRequest.make, _cr_.CreateUseCaseResponse
        )
        create_user: Final = _op(_cr_.CreateUserRequest.make, _cr_.CreateUserResponse)
        create_user_hierarchy_group: Final = _op(
            _cr_.CreateUserHierarchyGroupRequest.make,
            _cr_.CreateUserHierarchyGroupResponse,
        )
        create_view: Final = _op(_cr_.CreateViewRequest.make, _cr_.CreateViewResponse)
        create_view_version: Final = _op(
            _cr_.CreateViewVersionRequest.make, _cr_.CreateViewVersionResponse
        )
        create_vocabulary: Final = _op(
            _cr_.CreateVocabularyRequest.make, _cr_.CreateVocabularyResponse
        )
        create_workspace: Final = _op(
            _cr_.CreateWorkspaceRequest.make, _cr_.CreateWorkspaceResponse
        )
        create_workspace_page: Final = _op(
            _cr_.CreateWorkspacePageRequest.make, _cr_.CreateWorkspacePageResponse
        )
        deactivate_evaluation_form: Final = _op(
            _dea_.DeactivateEvaluationFormRequest.make,
            _dea_.DeactivateEvaluationFormResponse,
        )
        delete_attached_file: Final = _op(
            _del_.DeleteAttachedFileRequest.make, _del_.DeleteAttachedFileResponse
        )
        delete_contact_evaluation: Final = _op(
            _del_.DeleteContactEvaluationRequest.make, None
        )
        delete_contact_flow: Final = _op(
            _del_.DeleteContactFlowRequest.make, _del_.DeleteContactFlowResponse
        )
        delete_contact_flow_module: Final = _op(
            _del_.DeleteContactFlowModuleRequest.make,
            _del_.DeleteContactFlowModuleResponse,
        )
        delete_contact_flow_module_alias: Final = _op(
            _del_.DeleteContactFlowModuleAliasRequest.make,
            _del_.DeleteContactFlowModuleAliasResponse,
        )
        delete_contact_flow_module_version: Final = _op(
            _del_.DeleteContactFlowModuleVersionRequest.make,
            _del_.DeleteContactFlowModuleVersionResponse,
        )
        delete_contact_flow_version: Final = _op(
            _del_.DeleteContactFlowVersionRequest.make,
            _del_.DeleteContactFlowVersionResponse,
        )
        delete_data_table: Final = _op(
            _del_.DeleteDataTableRequest.make, _del_.DeleteDataTableResponse
        )
        delete_data_table_attribute: Final = _op(
            _del_.DeleteDataTableAttributeRequest.make,
            _del_.DeleteDataTableAttributeResponse,
        )
        delete_email_address: Final = _op(
            _del_.DeleteEmailAddressRequest.make, _del_.DeleteEmailAddressResponse
        )
        delete_evaluation_form: Final = _op(
            _del_.DeleteEvaluationFormRequest.make, None
        )
        delete_hours_of_operation: Final = _op(
            _del_.DeleteHoursOfOperationRequest.make, None
        )
        delete_hours_of_operation_override: Final = _op(
            _del_.DeleteHoursOfOperationOverrideRequest.make, None
        )
        delete_instance: Final = _op(_del_.DeleteInstanceRequest.make, None)
        delete_integration_association: Final = _op(
            _del_.DeleteIntegrationAssociationRequest.make, None
        )
        delete_notification: Final = _op(
            _del_.DeleteNotificationRequest.make, _del_.DeleteNotificationResponse
        )
        delete_predefined_attribute: Final = _op(
            _del_.DeletePredefinedAttributeRequest.make, None
        )
        delete_prompt: Final = _op(_del_.DeletePromptRequest.make, None)
        delete_push_notification_registration: Final = _op(
            _del_.DeletePushNotificationRegistrationRequest.make,
            _del_.DeletePushNotificationRegistrationResponse,
        )
        delete_queue: Final = _op(_del_.DeleteQueueRequest.make, None)
        delete_quick_connect: Final = _op(_del_.DeleteQuickConnectRequest.make, None)
        delete_routing_profile: Final = _op(
            _del_.DeleteRoutingProfileRequest.make, None
        )
        delete_rule: Final = _op(_del_.DeleteRuleRequest.make, None)
        delete_security_profile: Final = _op(
            _del_.DeleteSecurityProfileRequest.make, None
        )
        delete_task_template: Final = _op(
            _del_.DeleteTaskTemplateRequest.make, _del_.DeleteTaskTemplateResponse
        )
        delete_test_case: Final = _op(
            _del_.DeleteTestCaseRequest.make, _del_.DeleteTestCaseResponse
        )
        delete_traffic_distribution_group: Final = _op(
            _del_.DeleteTrafficDistributionGroupRequest.make,
            _del_.DeleteTrafficDistributionGroupResponse,
        )
        delete_use_case: Final = _op(_del_.DeleteUseCaseRequest.make, None)
        delete_user: Final = _op(_del_.DeleteUserRequest.make, None)
        delete_user_hierarchy_group: Final = _op(
            _del_.DeleteUserHierarchyGroupRequest.make, None
        )
        delete_view: Final = _op(_del_.DeleteViewRequest.make, _del_.DeleteViewResponse)
        delete_view_version: Final = _op(
            _del_.DeleteViewVersionRequest.make, _del_.DeleteViewVersionResponse
        )
        delete_vocabulary: Final = _op(
            _del_.DeleteVocabularyRequest.make, _del_.DeleteVocabularyResponse
        )
        delete_workspace: Final = _op(
            _del_.DeleteWorkspaceRequest.make, _del_.DeleteWorkspaceResponse
        )
        delete_workspace_media: Final = _op(
            _del_.DeleteWorkspaceMediaRequest.make, _del_.DeleteWorkspaceMediaResponse
        )
        delete_workspace_page: Final = _op(
            _del_.DeleteWorkspacePageRequest.make, _del_.DeleteWorkspacePageResponse
        )
        describe_agent_status: Final = _op(
            _des_.DescribeAgentStatusRequest.make, _des_.DescribeAgentStatusResponse
        )
        describe_attached_files_configuration: Final = _op(
            _des_.DescribeAttachedFilesConfigurationRequest.make,
            _des_.DescribeAttachedFilesConfigurationResponse,
        )
        describe_authentication_profile: Final = _op(
            _des_.DescribeAuthenticationProfileRequest.make,
            _des_.DescribeAuthenticationProfileResponse,
        )
        describe_contact: Final = _op(
            _des_.DescribeContactRequest.make, _des_.DescribeContactResponse
        )
        describe_contact_evaluation: Final = _op(
            _des_.DescribeContactEvaluationRequest.make,
            _des_.DescribeContactEvaluationResponse,
        )
        describe_contact_flow: Final = _op(
            _des_.DescribeContactFlowRequest.make, _des_.DescribeContactFlowResponse
        )
        describe_contact_flow_module: Final = _op(
            _des_.DescribeContactFlowModuleRequest.make,
            _des_.DescribeContactFlowModuleResponse,
        )
        describe_contact_flow_module_alias: Final = _op(
            _des_.DescribeContactFlowModuleAliasRequest.make,
            _des_.DescribeContactFlowModuleAliasResponse,
        )
        describe_data_table: Final = _op(
            _des_.DescribeDataTableRequest.make, _des_.DescribeDataTableResponse
        )
        describe_data_table_attribute: Final = _op(
            _des_.DescribeDataTableAttributeRequest.make,
            _des_.DescribeDataTableAttributeResponse,
        )
        describe_email_address: Final = _op(
            _des_.DescribeEmailAddressRequest.make, _des_.DescribeEmailAddressResponse
        )
        describe_evaluation_form: Final = _op(
            _des_.DescribeEvaluationFormRequest.make,
            _des_.DescribeEvaluationFormResponse,
        )
        describe_hours_of_operation: Final = _op(
            _des_.DescribeHoursOfOperationRequest.make,
            _des_.DescribeHoursOfOperationResponse,
        )
        describe_hours_of_operation_override: Final = _op(
            _des_.DescribeHoursOfOperationOverrideRequest.make,
            _des_.DescribeHoursOfOperationOverrideResponse,
        )
        describe_instance: Final = _op(
            _des_.DescribeInstanceRequest.make, _des_.DescribeInstanceResponse
        )
        describe_instance_attribute: Final = _op(
            _des_.DescribeInstanceAttributeRequest.make,
            _des_.DescribeInstanceAttributeResponse,
        )
        describe_instance_storage_config: Final = _op(
            _des_.DescribeInstanceStorageConfigRequest.make,
            _des_.DescribeInstanceStorageConfigResponse,
        )
        describe_notification: Final = _op(
            _des_.DescribeNotificationRequest.make, _des_.DescribeNotificationResponse
        )
        describe_phone_number: Final = _op(
            _des_.DescribePhoneNumberRequest.make, _des_.DescribePhoneNumberResponse
        )
        describe_predefined_attribute: Final = _op(
            _des_.DescribePredefinedAttributeRequest.make,
            _des_.DescribePredefinedAttributeResponse,
        )
        describe_prompt: Final = _op(
            _des_.DescribePromptRequest.make, _des_.DescribePromptResponse
        )
        describe_queue: Final = _op(
            _des_.DescribeQueueRequest.make, _des_.DescribeQueueResponse
        )
        describe_quick_connect: Final = _op(
            _des_.DescribeQuickConnectRequest.make, _des_.DescribeQuickConnectResponse
        )
        describe_routing_profile: Final = _op(
            _des_.DescribeRoutingProfileRequest.make,
            _des_.DescribeRoutingProfileResponse,
        )
        describe_rule: Final = _op(
            _des_.DescribeRuleRequest.make, _des_.DescribeRuleResponse
        )
        describe_security_profile: Final = _op(
            _des_.DescribeSecurityProfileRequest.make,
            _des_.DescribeSecurityProfileResponse,
        )
        describe_test_case: Final = _op(
            _des_.DescribeTestCaseRequest.make, _des_.DescribeTestCaseResponse
        )
        describe_traffic_distribution_group: Final = _op(
            _des_.DescribeTrafficDistributionGroupRequest.make,
            _des_.DescribeTrafficDistributionGroupResponse,
        )
        describe_user: Final = _op(
            _des_.DescribeUserRequest.make, _des_.DescribeUserResponse
        )
        describe_user_hierarchy_group: Final = _op(
            _des_.DescribeUserHierarchyGroupRequest.make,
            _des_.DescribeUserHierarchyGroupResponse,
        )
        describe_user_hierarchy_structure: Final = _op(
            _des_.DescribeUserHierarchyStructureRequest.make,
            _des_.DescribeUserHierarchyStructureResponse,
        )
        describe_view: Final = _op(
            _des_.DescribeViewRequest.make, _des_.DescribeViewResponse
        )
        describe_vocabulary: Final = _op(
            _des_.DescribeVocabularyRequest.make, _des_.DescribeVocabularyResponse
        )
        describe_workspace: Final = _op(
            _des_.DescribeWorkspaceRequest.make, _des_.DescribeWorkspaceResponse
        )
        disassociate_analytics_data_set: Final = _op(
            _di_.DisassociateAnalyticsDataSetRequest.make, None
        )
        disassociate_approved_origin: Final = _op(
            _di_.DisassociateApprovedOriginRequest.make, None
        )
        disassociate_bot: Final = _op(_di_.DisassociateBotRequest.make, None)
        disassociate_email_address_alias: Final = _op(
            _di_.DisassociateEmailAddressAliasRequest.make,
            _di_.DisassociateEmailAddressAliasResponse,
        )
        disassociate_flow: Final = _op(
            _di_.DisassociateFlowRequest.make, _di_.DisassociateFlowResponse
        )
        disassociate_hours_of_operations: Final = _op(
            _di_.DisassociateHoursOfOperationsRequest.make, None
        )
        disassociate_instance_storage_config: Final = _op(
            _di_.DisassociateInstanceStorageConfigRequest.make, None
        )
        disassociate_lambda_function: Final = _op(
            _di_.DisassociateLambdaFunctionRequest.make, None
        )
        disassociate_lex_bot: Final = _op(_di_.DisassociateLexBotRequest.make, None)
        disassociate_phone_number_contact_flow: Final = _op(
            _di_.DisassociatePhoneNumberContactFlowRequest.make, None
        )
        disassociate_queue_email_addresses: Final = _op(
            _di_.DisassociateQueueEmailAddressesRequest.make, None
        )
        disassociate_queue_quick_connects: Final = _op(
            _di_.DisassociateQueueQuickConnectsRequest.make, None
        )
        disassociate_routing_profile_queues: Final = _op(
            _di_.DisassociateRoutingProfileQueuesRequest.make, None
        )
        disassociate_security_key: Final = _op(
            _di_.DisassociateSecurityKeyRequest.make, None
        )
        disassociate_security_profiles: Final = _op(
            _di_.DisassociateSecurityProfilesRequest.make, None
        )
        disassociate_traffic_distribution_group_user: Final = _op(
            _di_.DisassociateTrafficDistributionGroupUserRequest.make,
            _di_.DisassociateTrafficDistributionGroupUserResponse,
        )
        disassociate_user_proficiencies: Final = _op(
            _di_.DisassociateUserProficienciesRequest.make, None
        )
        disassociate_workspace: Final = _op(
            _di_.DisassociateWorkspaceRequest.make, _di_.DisassociateWorkspaceResponse
        )
        dismiss_user_contact: Final = _op(
            _di_.DismissUserContactRequest.make, _di_.DismissUserContactResponse
        )
        evaluate_data_table_values: Final = _op(
            _e_.EvaluateDataTableValuesRequest.make, _e_.EvaluateDataTableValuesResponse
        )
        get_attached_file: Final = _op(
            _g_.GetAttachedFileRequest.make, _g_.GetAttachedFileResponse
        )
        get_contact_attributes: Final = _op(
            _g_.GetContactAttributesRequest.make, _g_.GetContactAttributesResponse
        )
        get_contact_metrics: Final = _op(
            _g_.GetContactMetricsRequest.make, _g_.GetContactMetricsResponse
        )
        get_current_metric_data: Final = _op(
            _g_.GetCurrentMetricDataRequest.make, _g_.GetCurrentMetricDataResponse
        )
        get_current_user_data: Final = _op(
            _g_.GetCurrentUserDataRequest.make, _g_.GetCurrentUserDataResponse
        )
        get_effective_hours_of_operations: Final = _op(
            _g_.GetEffectiveHoursOfOperationsRequest.make,
            _g_.GetEffectiveHoursOfOperationsResponse,
        )
        get_federation_token: Final = _op(
            _g_.GetFederationTokenRequest.make, _g_.GetFederationTokenResponse
        )
        get_flow_association: Final = _op(
            _g_.GetFlowAssociationRequest.make, _g_.GetFlowAssociationResponse
        )
        get_metric_data: Final = _op(
            _g_.GetMetricDataRequest.make, _g_.GetMetricDataResponse
        )
        get_metric_data_v2: Final = _op(
            _g_.GetMetricDataV2Request.make, _g_.GetMetricDataV2Response
        )
        get_prompt_file: Final = _op(
            _g_.GetPromptFileRequest.make, _g_.GetPromptFileResponse
        )
        get_task_template: Final = _op(
            _g_.GetTaskTemplateRequest.make, _g_.GetTaskTemplateResponse
        )
        get_test_case_execution_summary: Final = _op(
            _g_.GetTestCaseExecutionSummaryRequest.make,
            _g_.GetTestCaseExecutionSummaryResponse,
        )
        get_traffic_distribution: Final = _op(
            _g_.GetTrafficDistributionRequest.make, _g_.GetTrafficDistributionResponse
        )
        import_phone_number: Final = _op(
            _i_.ImportPhoneNumberRequest.make, _i_.ImportPhoneNumberResponse
        )
        import_workspace_media: Final = _op(
            _i_.ImportWorkspaceMediaRequest.make, _i_.ImportWorkspaceMediaResponse
        )
        list_agent_statuses: Final = _op(
            _lista_.ListAgentStatusRequest.make, _lista_.ListAgentStatusResponse
        )
        list_analytics_data_associations: Final = _op(
            _lista_.ListAnalyticsDataAssociationsRequest.make,
            _lista_.ListAnalyticsDataAssociationsResponse,
        )
        list_analytics_data_lake_data_sets: Final = _op(
            _lista_.ListAnalyticsDataLakeDataSetsRequest.make,
            _lista_.ListAnalyticsDataLakeDataSetsResponse,
        )
        list_approved_origins: Final = _op(
            _lista_.ListApprovedOriginsRequest.make, _lista_.ListApprovedOriginsResponse
        )
        list_associated_contacts: Final = _op(
            _lista_.ListAssociatedContactsRequest.make,
            _lista_.ListAssociatedContactsResponse,
        )
        list_attached_files_configurations: Final = _op(
            _lista_.ListAttachedFilesConfigurationsRequest.make,
            _lista_.ListAttachedFilesConfigurationsResponse,
        )
        list_authentication_profiles: Final = _op(
            _lista_.ListAuthenticationProfilesRequest.make,
            _lista_.ListAuthenticationProfilesResponse,
        )
        list_bots: Final = _op(_listb_.ListBotsRequest.make, _listb_.ListBotsResponse)
        list_child_hours_of_operations: Final = _op(
            _listc_.ListChildHoursOfOperationsRequest.make,
            _listc_.ListChildHoursOfOperationsResponse,
        )
        list_contact_evaluations: Final = _op(
            _listc_.ListContactEvaluationsRequest.make,
            _listc_.ListContactEvaluationsResponse,
        )
        list_contact_flow_module_aliases: Final = _op(
            _listc_.ListContactFlowModuleAliasesRequest.make,
            _listc_.ListContactFlowModuleAliasesResponse,
        )
        list_contact_flow_module_versions: Final = _op(
            _listc_.ListContactFlowModuleVersionsRequest.make,
            _listc_.ListContactFlowModuleVersionsResponse,
        )
        list_contact_flow_modules: Final = _op(
            _listc_.ListContactFlowModulesRequest.make,
            _listc_.ListContactFlowModulesResponse,
        )
        list_contact_flow_versions: Final = _op(
            _listc_.ListContactFlowVersionsRequest.make,
            _listc_.ListContactFlowVersionsResponse,
        )
        list_contact_flows: Final = _op(
            _listc_.ListContactFlowsRequest.make, _listc_.ListContactFlowsResponse
        )
        list_contact_references: Final = _op(
            _listc_.ListContactReferencesRequest.make,
            _listc_.ListContactReferencesResponse,
        )
        list_data_table_attributes: Final = _op(
            _listd_.ListDataTableAttributesRequest.make,
            _listd_.ListDataTableAttributesResponse,
        )
        list_data_table_primary_values: Final = _op(
            _listd_.ListDataTablePrimaryValuesRequest.make,
            _listd_.ListDataTablePrimaryValuesResponse,
        )
        list_data_table_values: Final = _op(
            _listd_.ListDataTableValuesRequest.make, _listd_.ListDataTableValuesResponse
        )
        list_data_tables: Final = _op(
            _listd_.ListDataTablesRequest.make, _listd_.ListDataTablesResponse
        )
        list_default_vocabularies: Final = _op(
            _listd_.ListDefaultVocabulariesRequest.make,
            _listd_.ListDefaultVocabulariesResponse,
        )
        list_entity_security_profiles: Final = _op(
            _liste_.ListEntitySecurityProfilesRequest.make,
            _liste_.ListEntitySecurityProfilesResponse,
        )
        list_evaluation_form_versions: Final = _op(
            _liste_.ListEvaluationFormVersionsRequest.make,
            _liste_.ListEvaluationFormVersionsResponse,
        )
        list_evaluation_forms: Final = _op(
            _liste_.ListEvaluationFormsRequest.make, _liste_.ListEvaluationFormsResponse
        )
        list_flow_associations: Final = _op(
            _listf_.ListFlowAssociationsRequest.make,
            _listf_.ListFlowAssociationsResponse,
        )
        list_hours_of_operation_overrides: Final = _op(
            _listh_.ListHoursOfOperationOverridesRequest.make,
            _listh_.ListHoursOfOperationOverridesResponse,
        )
        list_hours_of_operations: Final = _op(
            _listh_.ListHoursOfOperationsRequest.make,
            _listh_.ListHoursOfOperationsResponse,
        )
        list_instance_attributes: Final = _op(
            _listi_.ListInstanceAttributesRequest.make,
            _listi_.ListInstanceAttributesResponse,
        )
        list_instance_storage_configs: Final = _op(
            _listi_.ListInstanceStorageConfigsRequest.make,
            _listi_.ListInstanceStorageConfigsResponse,
        )
        list_instances: Final = _op(
            _listi_.ListInstancesRequest.make, _listi_.ListInstancesResponse
        )
        list_integration_associations: Final = _op(
            _listi_.ListIntegrationAssociationsRequest.make,
            _listi_.ListIntegrationAssociationsResponse,
        )
        list_lambda_functions: Final = _op(
            _listl_.ListLambdaFunctionsRequest.make, _listl_.ListLambdaFunctionsResponse
        )
        list_lex_bots: Final = _op(
            _listl_.ListLexBotsRequest.make, _listl_.ListLexBotsResponse
        )
        list_notifications: Final = _op(
            _listn_.ListNotificationsRequest.make, _listn_.ListNotificationsResponse
        )
        list_phone_numbers: Final = _op(
            _listp_.ListPhoneNumbersRequest.make, _listp_.ListPhoneNumbersResponse
        )
        list_phone_numbers_v2: Final = _op(
            _listp_.ListPhoneNumbersV2Request.make, _listp_.ListPhoneNumbersV2Response
        )
        list_predefined_attributes: Final = _op(
            _listp_.ListPredefinedAttributesRequest.make,
            _listp_.ListPredefinedAttributesResponse,
        )
        list_prompts: Final = _op(
            _listp_.ListPromptsRequest.make, _listp_.ListPromptsResponse
        )
        list_queue_email_addresses: Final = _op(
            _listq_.ListQueueEmailAddressesRequest.make,
            _listq_.ListQueueEmailAddressesResponse,
        )
        list_queue_quick_connects: Final = _op(
            _listq_.ListQueueQuickConnectsRequest.make,
            _listq_.ListQueueQuickConnectsResponse,
        )
        list_queues: Final = _op(
            _listq_.ListQueuesRequest.make, _listq_.ListQueuesResponse
        )
        list_quick_connects: Final = _op(
            _listq_.ListQuickConnectsRequest.make, _listq_.ListQuickConnectsResponse
        )
        list_realtime_contact_analysis_segments_v2: Final = _op(
            _listr_.ListRealtimeContactAnalysisSegmentsV2Request.make,
            _listr_.ListRealtimeContactAnalysisSegmentsV2Response,
        )
        list_routing_profile_manual_assignment_queues: Final = _op(
            _listr_.ListRoutingProfileManualAssignmentQueuesRequest.make,
            _listr_.ListRoutingProfileManualAssignmentQueuesResponse,
        )
        list_routing_profile_queues: Final = _op(
            _listr_.ListRoutingProfileQueuesRequest.make,
            _listr_.ListRoutingProfileQueuesResponse,
        )
        list_routing_profiles: Final = _op(
            _listr_.ListRoutingProfilesRequest.make, _listr_.ListRoutingProfilesResponse
        )
        list_rules: Final = _op(
            _listr_.ListRulesRequest.make, _listr_.ListRulesResponse
        )
        list_security_keys: Final = _op(
            _lists_.ListSecurityKeysRequest.make, _lists_.ListSecurityKeysResponse
        )
        list_security_profile_applications: Final = _op(
            _lists_.ListSecurityProfileApplicationsRequest.make,
            _lists_.ListSecurityProfileApplicationsResponse,
        )
        list_security_profile_flow_modules: Final = _op(
            _lists_.ListSecurityProfileFlowModulesRequest.make,
            _lists_.ListSecurityProfileFlowModulesResponse,
        )
        list_security_profile_permissions: Final = _op(
            _lists_.ListSecurityProfilePermissionsRequest.make,
            _lists_.ListSecurityProfilePermissionsResponse,
        )
        list_security_profiles: Final = _op(
            _lists_.ListSecurityProfilesRequest.make,
            _lists_.ListSecurityProfilesResponse,
        )
        list_tags_for_resource: Final = _op(
            _listt_.ListTagsForResourceRequest.make, _listt_.ListTagsForResourceResponse
        )
        list_task_templates: Final = _op(
            _listt_.ListTaskTemplatesRequest.make, _listt_.ListTaskTemplatesResponse
        )
        list_test_case_execution_records: Final = _op(
            _listt_.ListTestCaseExecutionRecordsRequest.make,
            _listt_.ListTestCaseExecutionRecordsResponse,
        )
        list_test_case_executions: Final = _op(
            _listt_.ListTestCaseExecutionsRequest.make,
            _listt_.ListTestCaseExecutionsResponse,
        )
        list_test_cases: Final = _op(
            _listt_.ListTestCasesRequest.make, _listt_.ListTestCasesResponse
        )
        list_traffic_distribution_group_users: Final = _op(
            _listt_.ListTrafficDistributionGroupUsersRequest.make,
            _listt_.ListTrafficDistributionGroupUsersResponse,
        )
        list_traffic_distribution_groups: Final = _op(
            _listt_.ListTrafficDistributionGroupsRequest.make,
            _listt_.ListTrafficDistributionGroupsResponse,
        )
        list_use_cases: Final = _op(
            _listu_.ListUseCasesRequest.make, _listu_.ListUseCasesResponse
        )
        list_user_hierarchy_groups: Final = _op(
            _listu_.ListUserHierarchyGroupsRequest.make,
            _listu_.ListUserHierarchyGroupsResponse,
        )
        list_user_notifications: Final = _op(
            _listu_.ListUserNotificationsRequest.make,
            _listu_.ListUserNotificationsResponse,
        )
        list_user_proficiencies: Final = _op(
            _listu_.ListUserProficienciesRequest.make,
            _listu_.ListUserProficienciesResponse,
        )
        list_users: Final = _op(
            _listu_.ListUsersRequest.make, _listu_.ListUsersResponse
        )
        list_view_versions: Final = _op(
            _listv_.ListViewVersionsRequest.make, _listv_.ListViewVersionsResponse
        )
        list_views: Final = _op(
            _listv_.ListViewsRequest.make, _listv_.ListViewsResponse
        )
        list_workspace_media: Final = _op(
            _listw_.ListWorkspaceMediaRequest.make, _listw_.ListWorkspaceMediaResponse
        )
        list_workspace_pages: Final = _op(
            _listw_.ListWorkspacePagesRequest.make, _listw_.ListWorkspacePagesResponse
        )
        list_workspaces: Final = _op(
            _listw_.ListWorkspacesRequest.make, _listw_.ListWorkspacesResponse
        )
        monitor_contact: Final = _op(
            _m_.MonitorContactRequest.make, _m_.MonitorContactResponse
        )
        pause_contact: Final = _op(
            _p_.PauseContactRequest.make, _p_.PauseContactResponse
        )
        put_user_status: Final = _op(
            _p_.PutUserStatusRequest.make, _p_.PutUserStatusResponse
        )
        release_phone_number: Final = _op(_r_.ReleasePhoneNumberRequest.make, None)
        replicate_instance: Final = _op(
            _r_.ReplicateInstanceRequest.make, _r_.ReplicateInstanceResponse
        )
        resume_contact: Final = _op(
            _r_.ResumeContactRequest.make, _r_.ResumeContactResponse
        )
        resume_contact_recording: Final = _op(
            _r_.ResumeContactRecordingRequest.make, _r_.ResumeContactRecordingResponse
        )
        search_agent_statuses: Final = _op(
            _se_.SearchAgentStatusesRequest.make, _se_.SearchAgentStatusesResponse
        )
        search_available_phone_numbers: Final = _op(
            _se_.SearchAvailablePhoneNumbersRequest.make,
            _se_.SearchAvailablePhoneNumbersResponse,
        )
        search_contact_evaluations: Final = _op(
            _se_.SearchContactEvaluationsRequest.make,
            _se_.SearchContactEvaluationsResponse,
        )
        search_contact_flow_modules: Final = _op(
            _se_.SearchContactFlowModulesRequest.make,
            _se_.SearchContactFlowModulesResponse,
        )
        search_contact_flows: Final = _op(
            _se_.SearchContactFlowsRequest.make, _se_.SearchContactFlowsResponse
        )
        search_contacts: Final = _op(
            _se_.SearchContactsRequest.make, _se_.SearchContactsResponse
        )
        search_data_tables: Final = _op(
            _se_.SearchDataTablesRequest.make, _se_.SearchDataTablesResponse
        )
        search_email_addresses: Final = _op(
            _se_.SearchEmailAddressesRequest.make, _se_.SearchEmailAddressesResponse
        )
        search_evaluation_forms: Final = _op(
            _se_.SearchEvaluationFormsRequest.make, _se_.SearchEvaluationFormsResponse
        )
        search_hours_of_operation_overrides: Final = _op(
            _se_.SearchHoursOfOperationOverridesRequest.make,
            _se_.SearchHoursOfOperationOverridesResponse,
        )
        search_hours_of_operations: Final = _op(
            _se_.SearchHoursOfOperationsRequest.make,
            _se_.SearchHoursOfOperationsResponse,
        )
        search_notifications: Final = _op(
            _se_.SearchNotificationsRequest.make, _se_.SearchNotificationsResponse
        )
        search_predefined_attributes: Final = _op(
            _se_.SearchPredefinedAttributesRequest.make,
            _se_.SearchPredefinedAttributesResponse,
        )
        search_prompts: Final = _op(
            _se_.SearchPromptsRequest.make, _se_.SearchPromptsResponse
        )
        search_queues: Final = _op(
            _se_.SearchQueuesRequest.make, _se_.SearchQueuesResponse
        )
        search_quick_connects: Final = _op(
            _se_.SearchQuickConnectsRequest.make, _se_.SearchQuickConnectsResponse
        )
        search_resource_tags: Final = _op(
            _se_.SearchResourceTagsRequest.make, _se_.SearchResourceTagsResponse
        )
        search_routing_profiles: Final = _op(
            _se_.SearchRoutingProfilesRequest.make, _se_.SearchRoutingProfilesResponse
        )
        search_security_profiles: Final = _op(
            _se_.SearchSecurityProfilesRequest.make, _se_.SearchSecurityProfilesResponse
        )
        search_test_cases: Final = _op(
            _se_.SearchTestCasesRequest.make, _se_.SearchTestCasesResponse
        )
        search_user_hierarchy_groups: Final = _op(
            _se_.SearchUserHierarchyGroupsRequest.make,
            _se_.SearchUserHierarchyGroupsResponse,
        )
        search_users: Final = _op(
            _se_.SearchUsersRequest.make, _se_.SearchUsersResponse
        )
        search_views: Final = _op(
            _se_.SearchViewsRequest.make, _se_.SearchViewsResponse
        )
        search_vocabularies: Final = _op(
            _se_.SearchVocabulariesRequest.make, _se_.SearchVocabulariesResponse
        )
        search_workspace_associations: Final = _op(
            _se_.SearchWorkspaceAssociationsRequest.make,
            _se_.SearchWorkspaceAssociationsResponse,
        )
        search_workspaces: Final = _op(
            _se_.SearchWorkspacesRequest.make, _se_.SearchWorkspacesResponse
        )
        send_chat_integration_event: Final = _op(
            _se_.SendChatIntegrationEventRequest.make,
            _se_.SendChatIntegrationEventResponse,
        )
        send_outbound_email: Final = _op(
            _se_.SendOutboundEmailRequest.make, _se_.SendOutboundEmailResponse
        )
        start_attached_file_upload: Final = _op(
            _st_.StartAttachedFileUploadRequest.make,
            _st_.StartAttachedFileUploadResponse,
        )
        start_chat_contact: Final = _op(
            _st_.StartChatContactRequest.make, _st_.StartChatContactResponse
        )
        start_contact_evaluation: Final = _op(
            _st_.StartContactEvaluationRequest.make, _st_.StartContactEvaluationResponse
        )
        start_contact_media_processing: Final = _op(
            _st_.StartContactMediaProcessingRequest.make,
            _st_.StartContactMediaProcessingResponse,
        )
        start_contact_recording: Final = _op(
            _st_.StartContactRecordingRequest.make, _st_.StartContactRecordingResponse
        )
        start_contact_streaming: Final = _op(
            _st_.StartContactStreamingRequest.make, _st_.StartContactStreamingResponse
        )
        start_email_contact: Final = _op(
            _st_.StartEmailContactRequest.make, _st_.StartEmailContactResponse
        )
        start_outbound_chat_contact: Final = _op(
            _st_.StartOutboundChatContactRequest.make,
            _st_.StartOutboundChatContactResponse,
        )
        start_outbound_email_contact: Final = _op(
            _st_.StartOutboundEmailContactRequest.make,
            _st_.StartOutboundEmailContactResponse,
        )
        start_outbound_voice_contact: Final = _op(
            _st_.StartOutboundVoiceContactRequest.make,
            _st_.StartOutboundVoiceContactResponse,
        )
        start_screen_sharing: Final = _op(
            _st_.StartScreenSharingRequest.make, _st_.StartScreenSharingResponse
        )
        start_task_contact: Final = _op(
            _st_.StartTaskContactRequest.make, _st_.StartTaskContactResponse
        )
        start_test_case_execution: Final = _op(
            _st_.StartTestCaseExecutionRequest.make, _st_.StartTestCaseExecutionResponse
        )
        start_web_rtc_contact: Final = _op(
            _st_.StartWebRTCContactRequest.make, _st_.StartWebRTCContactResponse
        )
        stop_contact: Final = _op(
            _st_.StopContactRequest.make, _st_.StopContactResponse
        )
        stop_contact_media_processing: Final = _op(
            _st_.StopContactMediaProcessingRequest.make,
            _st_.StopContactMediaProcessingResponse,
        )
        stop_contact_recording: Final = _op(
            _st_.StopContactRecordingRequest.make, _st_.StopContactRecordingResponse
        )
        stop_contact_streaming: Final = _op(
            _st_.StopContactStreamingRequest.make, _st_.StopContactStreamingResponse
        )
        stop_test_case_execution: Final = _op(
            _st_.StopTestCaseExecutionRequest.make, _st_.StopTestCaseExecutionResponse
        )
        submit_contact_evaluation: Final = _op(
            _su_.SubmitContactEvaluationRequest.make,
            _su_.SubmitContactEvaluationResponse,
        )
        suspend_contact_recording: Final = _op(
            _su_.SuspendContactRecordingRequest.make,
            _su_.SuspendContactRecordingResponse,
        )
        tag_contact: Final = _op(_t_.TagContactRequest.make, _t_.TagContactResponse)
        tag_resource: Final = _op(_t_.TagResourceRequest.make, None)
        transfer_contact: Final = _op(
            _t_.TransferContactRequest.make, _t_.TransferContactResponse
        )
        untag_contact: Final = _op(
            _un_.UntagContactRequest.make, _un_.UntagContactResponse
        )
        untag_resource: Final = _op(_un_.UntagResourceRequest.make, None)
        update_agent_status: Final = _op(_up_.UpdateAgentStatusRequest.make, None)
        update_attached_files_configuration: Final = _op(
            _up_.UpdateAttachedFilesConfigurationRequest.make,
            _up_.UpdateAttachedFilesConfigurationResponse,
        )
        update_authentication_profile: Final = _op(
            _up_.UpdateAuthenticationProfileRequest.make, None
        )
        update_contact: Final = _op(
            _up_.UpdateContactRequest.make, _up_.UpdateContactResponse
        )
        update_contact_attributes: Final = _op(
            _up_.UpdateContactAttributesRequest.make,
            _up_.UpdateContactAttributesResponse,
        )
        update_contact_evaluation: Final = _op(
            _up_.UpdateContactEvaluationRequest.make,
            _up_.UpdateContactEvaluationResponse,
        )
        update_contact_flow_content: Final = _op(
            _up_.UpdateContactFlowContentRequest.make,
            _up_.UpdateContactFlowContentResponse,
        )
        update_contact_flow_metadata: Final = _op(
            _up_.UpdateContactFlowMetadataRequest.make,
            _up_.UpdateContactFlowMetadataResponse,
        )
        update_contact_flow_module_alias: Final = _op(
            _up_.UpdateContactFlowModuleAliasRequest.make,
            _up_.UpdateContactFlowModuleAliasResponse,
        )
        update_contact_flow_module_content: Final = _op(
            _up_.UpdateContactFlowModuleContentRequest.make,
            _up_.UpdateContactFlowModuleContentResponse,
        )
        update_contact_flow_module_metadata: Final = _op(
            _up_.UpdateContactFlowModuleMetadataRequest.make,
            _up_.UpdateContactFlowModuleMetadataResponse,
        )
        update_contact_flow_name: Final = _op(
            _up_.UpdateContactFlowNameRequest.make, _up_.UpdateContactFlowNameResponse
        )
        update_contact_routing_data: Final = _op(
            _up_.UpdateContactRoutingDataRequest.make,
            _up_.UpdateContactRoutingDataResponse,
        )
        update_contact_schedule: Final = _op(
            _up_.UpdateContactScheduleRequest.make, _up_.UpdateContactScheduleResponse
        )
        update_data_table_attribute: Final = _op(
            _up_.UpdateDataTableAttributeRequest.make,
            _up_.UpdateDataTableAttributeResponse,
        )
        update_data_table_metadata: Final = _op(
            _up_.UpdateDataTableMetadataRequest.make,
            _up_.UpdateDataTableMetadataResponse,
        )
        update_data_table_primary_values: Final = _op(
            _up_.UpdateDataTablePrimaryValuesRequest.make,
            _up_.UpdateDataTablePrimaryValuesResponse,
        )
        update_email_address_metadata: Final = _op(
            _up_.UpdateEmailAddressMetadataRequest.make,
            _up_.UpdateEmailAddressMetadataResponse,
        )
        update_evaluation_form: Final = _op(
            _up_.UpdateEvaluationFormRequest.make, _up_.UpdateEvaluationFormResponse
        )
        update_hours_of_operation: Final = _op(
            _up_.UpdateHoursOfOperationRequest.make, None
        )
        update_hours_of_operation_override: Final = _op(
            _up_.UpdateHoursOfOperationOverrideRequest.make, None
        )
        update_instance_attribute: Final = _op(
            _up_.UpdateInstanceAttributeRequest.make, None
        )
        update_instance_storage_config: Final = _op(
            _up_.UpdateInstanceStorageConfigRequest.make, None
        )
        update_notification_content: Final = _op(
            _up_.UpdateNotificationContentRequest.make,
            _up_.UpdateNotificationContentResponse,
        )
        update_participant_authentication: Final = _op(
            _up_.UpdateParticipantAuthenticationRequest.make,
            _up_.UpdateParticipantAuthenticationResponse,
        )
        update_participant_role_config: Final = _op(
            _up_.UpdateParticipantRoleConfigRequest.make,
            _up_.UpdateParticipantRoleConfigResponse,
        )
        update_phone_number: Final = _op(
            _up_.UpdatePhoneNumberRequest.make, _up_.UpdatePhoneNumberResponse
        )
        update_phone_number_metadata: Final = _op(
            _up_.UpdatePhoneNumberMetadataRequest.make, None
        )
        update_predefined_attribute: Final = _op(
            _up_.UpdatePredefinedAttributeRequest.make, None
        )
        update_prompt: Final = _op(
            _up_.UpdatePromptRequest.make, _up_.UpdatePromptResponse
        )
        update_queue_hours_of_operation: Final = _op(
            _up_.UpdateQueueHoursOfOperationRequest.make, None
        )
        update_queue_max_contacts: Final = _op(
            _up_.UpdateQueueMaxContactsRequest.make, None
        )
        update_queue_name: Final = _op(_up_.UpdateQueueNameRequest.make, None)
        update_queue_outbound_caller_config: Final = _op(
            _up_.UpdateQueueOutboundCallerConfigRequest.make, None
        )
        update_queue_outbound_email_config: Final = _op(
            _up_.UpdateQueueOutboundEmailConfigRequest.make, None
        )
        update_queue_status: Final = _op(_up_.UpdateQueueStatusRequest.make, None)
        update_quick_connect_config: Final = _op(
            _up_.UpdateQuickConnectConfigRequest.make, None
        )
        update_quick_connect_name: Final = _op(
            _up_.UpdateQuickConnectNameRequest.make, None
        )
        update_routing_profile_agent_availability_timer: Final = _op(
            _up_.UpdateRoutingProfileAgentAvailabilityTimerRequest.make, None
        )
        update_routing_profile_concurrency: Final = _op(
            _up_.UpdateRoutingProfileConcurrencyRequest.make, None
        )
        update_routing_profile_default_outbound_queue: Final = _op(
            _up_.UpdateRoutingProfileDefaultOutboundQueueRequest.make, None
        )
        update_routing_profile_name: Final = _op(
            _up_.UpdateRoutingProfileNameRequest.make, None
        )
        update_routing_profile_queues: Final = _op(
            _up_.UpdateRoutingProfileQueuesRequest.make, None
        )
        update_rule: Final = _op(_up_.UpdateRuleRequest.make, None)
        update_security_profile: Final = _op(
            _up_.UpdateSecurityProfileRequest.make, None
        )
        update_task_template: Final = _op(
            _up_.UpdateTaskTemplateRequest.make, _up_.UpdateTaskTemplateResponse
        )
        update_test_case: Final = _op(
            _up_.UpdateTestCaseRequest.make, _up_.UpdateTestCaseResponse
        )
        update_traffic_distribution: Final = _op(
            _up_.UpdateTrafficDistributionRequest.make,
            _up_.UpdateTrafficDistributionResponse,
        )
        update_user_config: Final = _op(_up_.UpdateUserConfigRequest.make, None)
        update_user_hierarchy: Final = _op(_up_.UpdateUserHierarchyRequest.make, None)
        update_user_hierarchy_group_name: Final = _op(
            _up_.UpdateUserHierarchyGroupNameRequest.make, None
        )
        update_user_hierarchy_structure: Final = _op(
            _up_.UpdateUserHierarchyStructureRequest.make, None
        )
        update_user_identity_info: Final = _op(
            _up_.UpdateUserIdentityInfoRequest.make, None
        )
        update_user_notification_status: Final = _op(
            _up_.UpdateUserNotificationStatusRequest.make,
            _up_.UpdateUserNotificationStatusResponse,
        )
        update_user_phone_config: Final = _op(
            _up_.UpdateUserPhoneConfigRequest.make, None
        )
        update_user_proficiencies: Final = _op(
            _up_.UpdateUserProficienciesRequest.make, None
        )
        update_user_routing_profile: Final = _op(
            _up_.UpdateUserRoutingProfileRequest.make, None
        )
        update_user_security_profiles: Final = _op(
            _up_.UpdateUserSecurityProfilesRequest.make, None
        )
        update_view_content: Final = _op(
            _up_.UpdateViewContentRequest.make, _up_.UpdateViewContentResponse
        )
        update_view_metadata: Final = _op(
            _up_.UpdateViewMetadataRequest.make, _up_.UpdateViewMetadataResponse
        )
        update_workspace_metadata: Final = _op(
            _up_.UpdateWorkspaceMetadataRequest.make,
            _up_.UpdateWorkspaceMetadataResponse,
        )
        update_workspace_page: Final = _op(
            _up_.UpdateWorkspacePageRequest.make, _up_.UpdateWorkspacePageResponse
        )
        update_workspace_theme: Final = _op(
            _up_.UpdateWorkspaceThemeRequest.make, _up_.UpdateWorkspaceThemeResponse
        )
        update_workspace_visibility: Final = _op(
            _up_.UpdateWorkspaceVisibilityRequest.make,
            _up_.UpdateWorkspaceVisibilityResponse,
        )
        paginate_get_metric_data: Final = _pages(
            get_metric_data, _h_.HistoricalMetricResult
        )
        paginate_list_agent_statuses: Final = _pages(
            list_agent_statuses, _a_.AgentStatusSummary
        )
        paginate_list_approved_origins: Final = _pages(list_approved_origins, str)
        paginate_list_attached_files_configurations: Final = _pages(
            list_attached_files_configurations, _a_.AttachedFilesConfigurationSummary
        )
        paginate_list_authentication_profiles: Final = _pages(
            list_authentication_profiles, _a_.AuthenticationProfileSummary
        )
        paginate_list_bots: Final = _pages(list_bots, _le_.LexBotConfig)
        paginate_list_child_hours_of_operations: Final = _pages(
            list_child_hours_of_operations, _h_.HoursOfOperationsIdentifier
        )
        paginate_list_contact_evaluations: Final = _pages(
            list_contact_evaluations, _e_.EvaluationSummary
        )
        paginate_list_contact_flow_module_aliases: Final = _pages(
            list_contact_flow_module_aliases, _co_.ContactFlowModuleAliasSummary
        )
        paginate_list_contact_flow_module_versions: Final = _pages(
            list_contact_flow_module_versions, _co_.ContactFlowModuleVersionSummary
        )
        paginate_list_contact_flow_modules: Final = _pages(
            list_contact_flow_modules, _co_.ContactFlowModuleSummary
        )
        paginate_list_contact_flow_versions: Final = _pages(
            list_contact_flow_versions, _co_.ContactFlowVersionSummary
        )
        paginate_list_contact_flows: Final = _pages(
            list_contact_flows, _co_.ContactFlowSummary
        )
        paginate_list_contact_references: Final = _pages(
            list_contact_references, _r_.ReferenceSummary
        )
        paginate_list_data_table_attributes: Final = _pages(
            list_data_table_attributes, _da_.DataTableAttribute
        )
        paginate_list_data_table_primary_values: Final = _pages(
            list_data_table_primary_values, _r_.RecordPrimaryValue
        )
        paginate_list_data_table_values: Final = _pages(
            list_data_table_values, _da_.DataTableValueSummary
        )
        paginate_list_data_tables: Final = _pages(
            list_data_tables, _da_.DataTableSummary
        )
        paginate_list_default_vocabularies: Final = _pages(
            list_default_vocabularies, _def_.DefaultVocabulary
        )
        paginate_list_entity_security_profiles: Final = _pages(
            list_entity_security_profiles, _se_.SecurityProfileItem
        )
        paginate_list_evaluation_form_versions: Final = _pages(
            list_evaluation_form_versions, _e_.EvaluationFormVersionSummary
        )
        paginate_list_evaluation_forms: Final = _pages(
            list_evaluation_forms, _e_.EvaluationFormSummary
        )
        paginate_list_flow_associations: Final = _pages(
            list_flow_associations, _f_.FlowAssociationSummary
        )
        paginate_list_hours_of_operation_overrides: Final = _pages(
            list_hours_of_operation_overrides, _h_.HoursOfOperationOverride
        )
        paginate_list_hours_of_operations: Final = _pages(
            list_hours_of_operations, _h_.HoursOfOperationSummary
        )
        paginate_list_instance_attributes: Final = _pages(
            list_instance_attributes, _a_.Attribute
        )
        paginate_list_instance_storage_configs: Final = _pages(
            list_instance_storage_configs, _i_.InstanceStorageConfig
        )
        paginate_list_instances: Final = _pages(list_instances, _i_.InstanceSummary)
        paginate_list_integration_associations: Final = _pages(
            list_integration_associations, _i_.IntegrationAssociationSummary
        )
        paginate_list_lambda_functions: Final = _pages(list_lambda_functions, str)
        paginate_list_lex_bots: Final = _pages(list_lex_bots, _le_.LexBot)
        paginate_list_phone_numbers: Final = _pages(
            list_phone_numbers, _p_.PhoneNumberSummary
        )
        paginate_list_phone_numbers_v2: Final = _pages(
            list_phone_numbers_v2, _listp_.ListPhoneNumbersSummary
        )
        paginate_list_predefined_attributes: Final = _pages(
            list_predefined_attributes, _p_.PredefinedAttributeSummary
        )
        paginate_list_prompts: Final = _pages(list_prompts, _p_.PromptSummary)
        paginate_list_queue_quick_connects: Final = _pages(
            list_queue_quick_connects, _q_.QuickConnectSummary
        )
        paginate_list_queues: Final = _pages(list_queues, _q_.QueueSummary)
        paginate_list_quick_connects: Final = _pages(
            list_quick_connects, _q_.QuickConnectSummary
        )
        paginate_list_routing_profile_manual_assignment_queues: Final = _pages(
            list_routing_profile_manual_assignment_queues,
            _r_.RoutingProfileManualAssignmentQueueConfigSummary,
        )
        paginate_list_routing_profile_queues: Final = _pages(
            list_routing_profile_queues, _r_.RoutingProfileQueueConfigSummary
        )
        paginate_list_routing_profiles: Final = _pages(
            list_routing_profiles, _r_.RoutingProfileSummary
        )
        paginate_list_rules: Final = _pages(list_rules, _r_.RuleSummary)
        paginate_list_security_keys: Final = _pages(
            list_security_keys, _se_.SecurityKey
        )
        paginate_list_security_profile_applications: Final = _pages(
            list_security_profile_applications, _a_.Application
        )
        paginate_list_security_profile_flow_modules: Final = _pages(
            list_security_profile_flow_modules, _f_.FlowModule
        )
        paginate_list_security_profile_permissions: Final = _pages(
            list_security_profile_permissions, str
        )
        paginate_list_security_profiles: Final = _pages(
            list_security_profiles, _se_.SecurityProfileSummary
        )
        paginate_list_task_templates: Final = _pages(
            list_task_templates, _t_.TaskTemplateMetadata
        )
        paginate_list_test_cases: Final = _pages(list_test_cases, _t_.TestCaseSummary)
        paginate_list_traffic_distribution_group_users: Final = _pages(
            list_traffic_distribution_group_users,
            _t_.TrafficDistributionGroupUserSummary,
        )
        paginate_list_traffic_distribution_groups: Final = _pages(
            list_traffic_distribution_groups, _t_.TrafficDistributionGroupSummary
        )
        paginate_list_use_cases: Final = _pages(list_use_cases, _us_.UseCase)
        paginate_list_user_hierarchy_groups: Final = _pages(
            list_user_hierarchy_groups, _h_.HierarchyGroupSummary
        )
        paginate_list_user_proficiencies: Final = _pages(
            list_user_proficiencies, _us_.UserProficiency
        )
        paginate_list_users: Final = _pages(list_users, _us_.UserSummary)
        paginate_list_view_versions: Final = _pages(
            list_view_versions, _v_.ViewVersionSummary
        )
        paginate_list_views: Final = _pages(list_views, _v_.ViewSummary)
        paginate_list_workspace_pages: Final = _pages(
            list_workspace_pages, _w_.WorkspacePage
        )
        paginate_list_workspaces: Final = _pages(list_workspaces, _w_.WorkspaceSummary)
        paginate_search_agent_statuses: Final = _pages(
            search_agent_statuses, _a_.AgentStatus
        )
        paginate_search_available_phone_numbers: Final = _pages(
            search_available_phone_numbers, _a_.AvailableNumberSummary
        )
        paginate_search_contact_flow_modules: Final = _pages(
            search_contact_flow_modules, _co_.ContactFlowModule
        )
        paginate_search_contact_flows: Final = _pages(
            search_contact_flows, _co_.ContactFlow
        )
        paginate_search_contacts: Final = _pages(
            search_contacts, _co_.ContactSearchSummary
        )
        paginate_search_data_tables: Final = _pages(search_data_tables, _da_.DataTable)
        paginate_search_hours_of_operation_overrides: Final = _pages(
            search_hours_of_operation_overrides, _h_.HoursOfOperationOverride
        )
        paginate_search_hours_of_operations: Final = _pages(
            search_hours_of_operations, _h_.HoursOfOperation
        )
        paginate_search_predefined_attributes: Final = _pages(
            search_predefined_attributes, _p_.PredefinedAttribute
        )
        paginate_search_prompts: Final = _pages(search_prompts, _p_.Prompt)
        paginate_search_queues: Final = _pages(search_queues, _q_.Queue)
        paginate_search_quick_connects: Final = _pages(
            search_quick_connects, _q_.QuickConnect
        )
        paginate_search_resource_tags: Final = _pages(search_resource_tags, _t_.TagSet)
        paginate_search_routing_profiles: Final = _pages(
            search_routing_profiles, _r_.RoutingProfile
        )
        paginate_search_security_profiles: Final = _pages(
            search_security_profiles, _se_.SecurityProfileSearchSummary
        )
        paginate_search_test_cases: Final = _pages(search_test_cases, _t_.TestCase)
        paginate_search_user_hierarchy_groups: Final = _pages(
            search_user_hierarchy_groups, _h_.HierarchyGroup
        )
        paginate_search_users: Final = _pages(search_users, _us_.UserSearchSummary)
        paginate_search_views: Final = _pages(search_views, _v_.View)
        paginate_search_vocabularies: Final = _pages(
            search_vocabularies, _v_.VocabularySummary
        )
        paginate_search_workspace_associations: Final = _pages(
            search_workspace_associations, _w_.WorkspaceAssociationSearchSummary
        )
        paginate_search_workspaces: Final = _pages(
            search_workspaces, _w_.WorkspaceSearchSummary
        )
