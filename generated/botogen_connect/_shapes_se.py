"""Shapes of Amazon Connect Service whose class names start with "se"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import (
        AgentHierarchyGroups,
        AgentStatus,
        AgentStatusSearchCriteria,
        AgentStatusSearchFilter,
        AttachedFileServiceQuotaExceededExceptionReason,
        AvailableNumberSummary,
    )
    from ._shapes_ch import Channel, ChatEvent
    from ._shapes_co import (
        ContactAnalysis,
        ContactFlow,
        ContactFlowModule,
        ContactFlowModuleSearchCriteria,
        ContactFlowModuleSearchFilter,
        ContactFlowSearchCriteria,
        ContactFlowSearchFilter,
        ContactInitiationMethod,
        ContactSearchSummary,
        ControlPlaneTagFilter,
    )
    from ._shapes_da import DataTable, DataTableSearchCriteria, DataTableSearchFilter
    from ._shapes_e import (
        EmailAddressInfo,
        EmailAddressMetadata,
        EmailAddressSearchCriteria,
        EmailAddressSearchFilter,
        EvaluationFormSearchCriteria,
        EvaluationFormSearchFilter,
        EvaluationFormSearchSummary,
        EvaluationSearchCriteria,
        EvaluationSearchFilter,
        EvaluationSearchSummary,
    )
    from ._shapes_g import GranularAccessControlConfiguration
    from ._shapes_h import (
        HierarchyGroup,
        HoursOfOperation,
        HoursOfOperationOverride,
        HoursOfOperationOverrideSearchCriteria,
        HoursOfOperationSearchCriteria,
        HoursOfOperationSearchFilter,
    )
    from ._shapes_n import (
        NameCriteria,
        NewSessionDetails,
        NotificationContentType,
        NotificationDeliveryType,
        NotificationRecipientType,
        NotificationSearchCriteria,
        NotificationSearchFilter,
        NotificationSearchSummary,
    )
    from ._shapes_o import OutboundAdditionalRecipients, OutboundEmailContent
    from ._shapes_p import (
        PhoneNumberCountryCode,
        PhoneNumberType,
        PredefinedAttribute,
        PredefinedAttributeSearchCriteria,
        Prompt,
        PromptSearchCriteria,
        PromptSearchFilter,
    )
    from ._shapes_q import (
        Queue,
        QueueSearchCriteria,
        QueueSearchFilter,
        QuickConnect,
        QuickConnectSearchCriteria,
        QuickConnectSearchFilter,
    )
    from ._shapes_r import (
        ResourceTagsSearchCriteria,
        RoutingProfile,
        RoutingProfileSearchCriteria,
        RoutingProfileSearchFilter,
    )
    from ._shapes_so import Sort, SourceCampaign
    from ._shapes_st import StringCondition
    from ._shapes_t import (
        TagSet,
        TestCase,
        TestCaseSearchCriteria,
        TestCaseSearchFilter,
        TrafficType,
    )
    from ._shapes_us import (
        UserHierarchyGroupSearchCriteria,
        UserHierarchyGroupSearchFilter,
        UserSearchCriteria,
        UserSearchFilter,
        UserSearchSummary,
    )
    from ._shapes_v import (
        View,
        ViewSearchCriteria,
        ViewSearchFilter,
        VocabularyLanguageCode,
        VocabularyState,
        VocabularySummary,
    )
    from ._shapes_w import (
        WorkspaceAssociationSearchCriteria,
        WorkspaceAssociationSearchFilter,
        WorkspaceAssociationSearchSummary,
        WorkspaceSearchCriteria,
        WorkspaceSearchFilter,
        WorkspaceSearchSummary,
    )


class SearchAgentStatusesRequest(_rt.Structure):
    """The input of SearchAgentStatuses."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instanceId in
    the ARN of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_filter: AgentStatusSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("AgentStatusSearchFilter")
    )
    """Filters to be applied to search results."""

    search_criteria: AgentStatusSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("AgentStatusSearchCriteria")
    )
    """The search criteria to be used to return agent statuses."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: AgentStatusSearchFilter | None = None,
        search_criteria: AgentStatusSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchAgentStatusesResponse(_rt.Structure):
    """The output of SearchAgentStatuses."""

    agent_statuses: list[AgentStatus] | None = _rt.field(
        "AgentStatuses", _rt.ListOf(_rt.Ref("AgentStatus"))
    )
    """The search criteria to be used to return agent statuses."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of agent statuses which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        agent_statuses: list[AgentStatus] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchAvailablePhoneNumbersRequest(_rt.Structure):
    """The input of SearchAvailablePhoneNumbers."""

    target_arn: str | None = _rt.field("TargetArn", _rt.String())
    """The Amazon Resource Name (ARN) for Connect Customer instances or traffic
    distribution groups that phone number inbound traffic is routed through. You
    must enter `InstanceId` or `TargetArn`."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Connect Customer instance that phone numbers are claimed
    to. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance. You must enter `InstanceId`
    or `TargetArn`."""

    phone_number_country_code: PhoneNumberCountryCode | str = _rt.field(
        "PhoneNumberCountryCode",
        _rt.String(enum="PhoneNumberCountryCode"),
        required=True,
    )
    """The ISO country code."""

    phone_number_type: PhoneNumberType | str = _rt.field(
        "PhoneNumberType", _rt.String(enum="PhoneNumberType"), required=True
    )
    """The type of phone number."""

    phone_number_prefix: str | None = _rt.field(
        "PhoneNumberPrefix", _rt.String(pattern="\\\\+?[0-9]{1,11}")
    )
    """The prefix of the phone number. If provided, it must contain `+` as part of the
    country code."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=10))
    """The maximum number of results to return per page."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=100000))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        phone_number_country_code: PhoneNumberCountryCode | str,
        phone_number_type: PhoneNumberType | str,
        target_arn: str | None = None,
        instance_id: str | None = None,
        phone_number_prefix: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchAvailablePhoneNumbersResponse(_rt.Structure):
    """The output of SearchAvailablePhoneNumbers."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=100000))
    """If there are additional results, this is the token for the next set of results."""

    available_numbers_list: list[AvailableNumberSummary] | None = _rt.field(
        "AvailableNumbersList", _rt.ListOf(_rt.Ref("AvailableNumberSummary"))
    )
    """A list of available phone numbers that you can claim to your Connect Customer
    instance or traffic distribution group."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        available_numbers_list: list[AvailableNumberSummary] | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchContactEvaluationsRequest(_rt.Structure):
    """The input of SearchContactEvaluations."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_criteria: EvaluationSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("EvaluationSearchCriteria")
    )
    """The search criteria to be used to return contact evaluations."""

    search_filter: EvaluationSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("EvaluationSearchFilter")
    )
    """Filters to be applied to search results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_criteria: EvaluationSearchCriteria | None = None,
        search_filter: EvaluationSearchFilter | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchContactEvaluationsResponse(_rt.Structure):
    """The output of SearchContactEvaluations."""

    evaluation_search_summary_list: list[EvaluationSearchSummary] | None = _rt.field(
        "EvaluationSearchSummaryList", _rt.ListOf(_rt.Ref("EvaluationSearchSummary"))
    )
    """Contains information about contact evaluations."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of contact evaluations that matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        evaluation_search_summary_list: list[EvaluationSearchSummary] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchContactFlowModulesRequest(_rt.Structure):
    """The input of SearchContactFlowModules."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_filter: ContactFlowModuleSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("ContactFlowModuleSearchFilter")
    )
    """Filters to be applied to search results."""

    search_criteria: ContactFlowModuleSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("ContactFlowModuleSearchCriteria")
    )
    """The search criteria to be used to return flow modules.

    The `name` and `description` fields support "contains" queries with a minimum of
    2 characters and a maximum of 25 characters. Any queries with character lengths
    outside of this range will result in invalid results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: ContactFlowModuleSearchFilter | None = None,
        search_criteria: ContactFlowModuleSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchContactFlowModulesResponse(_rt.Structure):
    """The output of SearchContactFlowModules."""

    contact_flow_modules: list[ContactFlowModule] | None = _rt.field(
        "ContactFlowModules", _rt.ListOf(_rt.Ref("ContactFlowModule"))
    )
    """The search criteria to be used to return flow modules."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of flows which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        contact_flow_modules: list[ContactFlowModule] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchContactFlowsRequest(_rt.Structure):
    """The input of SearchContactFlows."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_filter: ContactFlowSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("ContactFlowSearchFilter")
    )
    """Filters to be applied to search results."""

    search_criteria: ContactFlowSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("ContactFlowSearchCriteria")
    )
    """The search criteria to be used to return flows.

    The `name` and `description` fields support "contains" queries with a minimum of
    2 characters and a maximum of 25 characters. Any queries with character lengths
    outside of this range will result in invalid results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: ContactFlowSearchFilter | None = None,
        search_criteria: ContactFlowSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchContactFlowsResponse(_rt.Structure):
    """The output of SearchContactFlows."""

    contact_flows: list[ContactFlow] | None = _rt.field(
        "ContactFlows", _rt.ListOf(_rt.Ref("ContactFlow"))
    )
    """Information about the flows."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of flows which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        contact_flows: list[ContactFlow] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchContactsAdditionalTimeRange(_rt.Structure):
    """Time range that you additionally want to filter on.

    This is different from the SearchContactsTimeRange
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchContactsTimeRange.html)
    data type."""

    criteria: list[SearchContactsAdditionalTimeRangeCriteria] = _rt.field(
        "Criteria",
        _rt.ListOf(_rt.Ref("SearchContactsAdditionalTimeRangeCriteria")),
        required=True,
    )
    """List of criteria of the time range to additionally filter on."""

    match_type: SearchContactsMatchType | str = _rt.field(
        "MatchType", _rt.String(enum="SearchContactsMatchType"), required=True
    )
    """The match type combining multiple time range filters."""

    @classmethod
    def make(
        cls,
        *,
        criteria: list[SearchContactsAdditionalTimeRangeCriteria],
        match_type: SearchContactsMatchType | str,
    ) -> Self:
        return cls._build(locals())


class SearchContactsAdditionalTimeRangeCriteria(_rt.Structure):
    """The criteria of the time range to additionally filter on."""

    time_range: SearchContactsTimeRange | None = _rt.field(
        "TimeRange", _rt.Ref("SearchContactsTimeRange")
    )

    timestamp_condition: SearchContactsTimestampCondition | None = _rt.field(
        "TimestampCondition", _rt.Ref("SearchContactsTimestampCondition")
    )
    """List of the timestamp conditions."""

    @classmethod
    def make(
        cls,
        *,
        time_range: SearchContactsTimeRange | None = None,
        timestamp_condition: SearchContactsTimestampCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchContactsMatchType(_rt.Enum):
    """The values of SearchContactsMatchType; one AWS adds later is kept as it is."""

    MATCH_ALL = "MATCH_ALL"
    MATCH_ANY = "MATCH_ANY"
    MATCH_EXACT = "MATCH_EXACT"
    MATCH_NONE = "MATCH_NONE"


class SearchContactsRequest(_rt.Structure):
    """The input of SearchContacts."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of Connect Customer instance. You can find the instance ID in the
    Amazon Resource Name (ARN) of the instance."""

    time_range: SearchContactsTimeRange = _rt.field(
        "TimeRange", _rt.Ref("SearchContactsTimeRange"), required=True
    )
    """Time range that you want to search results."""

    search_criteria: SearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("SearchCriteria")
    )
    """The search criteria to be used to return contacts."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=100000))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    sort: Sort | None = _rt.field("Sort", _rt.Ref("Sort"))
    """Specifies a field to sort by and a sort order."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        time_range: SearchContactsTimeRange,
        search_criteria: SearchCriteria | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: Sort | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchContactsResponse(_rt.Structure):
    """The output of SearchContacts."""

    contacts: list[ContactSearchSummary] = _rt.field(
        "Contacts", _rt.ListOf(_rt.Ref("ContactSearchSummary")), required=True
    )
    """Information about the contacts."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=100000))
    """If there are additional results, this is the token for the next set of results."""

    total_count: int | None = _rt.field("TotalCount", _rt.Integer())
    """The total number of contacts which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        contacts: list[ContactSearchSummary],
        next_token: str | None = None,
        total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchContactsTimeRange(_rt.Structure):
    """A structure of time range that you want to search results."""

    type: SearchContactsTimeRangeType | str = _rt.field(
        "Type", _rt.String(enum="SearchContactsTimeRangeType"), required=True
    )
    """The type of timestamp to search."""

    start_time: datetime.datetime = _rt.field(
        "StartTime", _rt.Timestamp(), required=True
    )
    """The start time of the time range."""

    end_time: datetime.datetime = _rt.field("EndTime", _rt.Timestamp(), required=True)
    """The end time of the time range."""

    @classmethod
    def make(
        cls,
        *,
        type: SearchContactsTimeRangeType | str,
        start_time: datetime.datetime,
        end_time: datetime.datetime,
    ) -> Self:
        return cls._build(locals())


class SearchContactsTimeRangeConditionType(_rt.Enum):
    """The values of SearchContactsTimeRangeConditionType; one AWS adds later is kept as it is."""

    NOT_EXISTS = "NOT_EXISTS"


class SearchContactsTimeRangeType(_rt.Enum):
    """The values of SearchContactsTimeRangeType; one AWS adds later is kept as it is."""

    INITIATION_TIMESTAMP = "INITIATION_TIMESTAMP"
    SCHEDULED_TIMESTAMP = "SCHEDULED_TIMESTAMP"
    CONNECTED_TO_AGENT_TIMESTAMP = "CONNECTED_TO_AGENT_TIMESTAMP"
    DISCONNECT_TIMESTAMP = "DISCONNECT_TIMESTAMP"
    ENQUEUE_TIMESTAMP = "ENQUEUE_TIMESTAMP"


class SearchContactsTimestampCondition(_rt.Structure):
    """The timestamp condition indicating which contact timestamp should be used and
    how it should be filtered. It is not an actual timestamp value."""

    type: SearchContactsTimeRangeType | str = _rt.field(
        "Type", _rt.String(enum="SearchContactsTimeRangeType"), required=True
    )
    """Type of the timestamps to use for the filter."""

    condition_type: SearchContactsTimeRangeConditionType | str = _rt.field(
        "ConditionType",
        _rt.String(enum="SearchContactsTimeRangeConditionType"),
        required=True,
    )
    """Condition of the timestamp on the contact."""

    @classmethod
    def make(
        cls,
        *,
        type: SearchContactsTimeRangeType | str,
        condition_type: SearchContactsTimeRangeConditionType | str,
    ) -> Self:
        return cls._build(locals())


class SearchCriteria(_rt.Structure):
    """A structure of search criteria to be used to return contacts."""

    name: NameCriteria | None = _rt.field("Name", _rt.Ref("NameCriteria"))
    """Name of the contact."""

    agent_ids: list[str] | None = _rt.field(
        "AgentIds", _rt.ListOf(_rt.String(min=1, max=256), min=0, max=100)
    )
    """The identifiers of agents who handled the contacts."""

    agent_hierarchy_groups: AgentHierarchyGroups | None = _rt.field(
        "AgentHierarchyGroups", _rt.Ref("AgentHierarchyGroups")
    )
    """The agent hierarchy groups of the agent at the time of handling the contact."""

    channels: list[Channel | str] | None = _rt.field(
        "Channels", _rt.ListOf(_rt.String(enum="Channel"))
    )
    """The list of channels associated with contacts."""

    contact_analysis: ContactAnalysis | None = _rt.field(
        "ContactAnalysis", _rt.Ref("ContactAnalysis")
    )
    """Search criteria based on analysis outputs from Connect Customer Contact Lens."""

    initiation_methods: list[ContactInitiationMethod | str] | None = _rt.field(
        "InitiationMethods", _rt.ListOf(_rt.String(enum="ContactInitiationMethod"))
    )
    """The list of initiation methods associated with contacts."""

    queue_ids: list[str] | None = _rt.field(
        "QueueIds", _rt.ListOf(_rt.String(), min=0, max=100)
    )
    """The list of queue IDs associated with contacts."""

    routing_criteria: SearchableRoutingCriteria | None = _rt.field(
        "RoutingCriteria", _rt.Ref("SearchableRoutingCriteria")
    )
    """Routing criteria for the contact."""

    additional_time_range: SearchContactsAdditionalTimeRange | None = _rt.field(
        "AdditionalTimeRange", _rt.Ref("SearchContactsAdditionalTimeRange")
    )
    """Additional TimeRange used to filter contacts."""

    searchable_contact_attributes: SearchableContactAttributes | None = _rt.field(
        "SearchableContactAttributes", _rt.Ref("SearchableContactAttributes")
    )
    """The search criteria based on user-defined contact attributes that have been
    configured for contact search. For more information, see Search by custom
    contact attributes
    (https://docs.aws.amazon.com/connect/latest/adminguide/search-custom-attributes.html)
    in the Connect Customer Administrator Guide.

    To use `SearchableContactAttributes` in a search request, the
    `GetContactAttributes` action is required to perform an API request. For more
    information, see
    https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html#amazonconnect-actions-as-permissionsActions
    defined by Connect Customer."""

    searchable_segment_attributes: SearchableSegmentAttributes | None = _rt.field(
        "SearchableSegmentAttributes", _rt.Ref("SearchableSegmentAttributes")
    )
    """The search criteria based on searchable segment attributes of a contact."""

    active_regions: list[str] | None = _rt.field(
        "ActiveRegions",
        _rt.ListOf(_rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")),
    )
    """The list of active regions for contacts in ACGR instances."""

    contact_tags: ControlPlaneTagFilter | None = _rt.field(
        "ContactTags", _rt.Ref("ControlPlaneTagFilter")
    )

    @classmethod
    def make(
        cls,
        *,
        name: NameCriteria | None = None,
        agent_ids: list[str] | None = None,
        agent_hierarchy_groups: AgentHierarchyGroups | None = None,
        channels: list[Channel | str] | None = None,
        contact_analysis: ContactAnalysis | None = None,
        initiation_methods: list[ContactInitiationMethod | str] | None = None,
        queue_ids: list[str] | None = None,
        routing_criteria: SearchableRoutingCriteria | None = None,
        additional_time_range: SearchContactsAdditionalTimeRange | None = None,
        searchable_contact_attributes: SearchableContactAttributes | None = None,
        searchable_segment_attributes: SearchableSegmentAttributes | None = None,
        active_regions: list[str] | None = None,
        contact_tags: ControlPlaneTagFilter | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchDataTablesRequest(_rt.Structure):
    """The input of SearchDataTables."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The unique identifier for the Amazon Connect instance to search within."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """Specify the pagination token from a previous request to retrieve the next page
    of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=1000))
    """The maximum number of data tables to return in one page of results."""

    search_filter: DataTableSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("DataTableSearchFilter")
    )
    """Optional filters to apply to the search results, such as tag-based filtering for
    attribute-based access control."""

    search_criteria: DataTableSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("DataTableSearchCriteria")
    )
    """Search criteria including string conditions for matching table names,
    descriptions, or resource IDs. Supports STARTS_WITH, CONTAINS, and EXACT
    comparison types."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: DataTableSearchFilter | None = None,
        search_criteria: DataTableSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchDataTablesResponse(_rt.Structure):
    """The output of SearchDataTables."""

    data_tables: list[DataTable] | None = _rt.field(
        "DataTables", _rt.ListOf(_rt.Ref("DataTable"))
    )
    """An array of data tables matching the search criteria with the same structure as
    DescribeTable except Version, VersionDescription, and LockVersion are omitted."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """Specify the pagination token from a previous request to retrieve the next page
    of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The approximate number of data tables that matched the search criteria."""

    @classmethod
    def make(
        cls,
        *,
        data_tables: list[DataTable] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchEmailAddressesRequest(_rt.Structure):
    """The input of SearchEmailAddresses."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    search_criteria: EmailAddressSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("EmailAddressSearchCriteria")
    )
    """The search criteria to be used to return email addresses."""

    search_filter: EmailAddressSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("EmailAddressSearchFilter")
    )
    """Filters to be applied to search results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        max_results: int | None = None,
        next_token: str | None = None,
        search_criteria: EmailAddressSearchCriteria | None = None,
        search_filter: EmailAddressSearchFilter | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchEmailAddressesResponse(_rt.Structure):
    """The output of SearchEmailAddresses."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    email_addresses: list[EmailAddressMetadata] | None = _rt.field(
        "EmailAddresses", _rt.ListOf(_rt.Ref("EmailAddressMetadata"))
    )
    """List of email addresses matching SearchFilter and SearchCriteria"""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of email addresses which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        email_addresses: list[EmailAddressMetadata] | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchEvaluationFormsRequest(_rt.Structure):
    """The input of SearchEvaluationForms."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_criteria: EvaluationFormSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("EvaluationFormSearchCriteria")
    )
    """The search criteria to be used to return evaluation forms."""

    search_filter: EvaluationFormSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("EvaluationFormSearchFilter")
    )
    """Filters to be applied to search results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_criteria: EvaluationFormSearchCriteria | None = None,
        search_filter: EvaluationFormSearchFilter | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchEvaluationFormsResponse(_rt.Structure):
    """The output of SearchEvaluationForms."""

    evaluation_form_search_summary_list: list[EvaluationFormSearchSummary] | None = (
        _rt.field(
            "EvaluationFormSearchSummaryList",
            _rt.ListOf(_rt.Ref("EvaluationFormSearchSummary")),
        )
    )
    """Information about the returned evaluation forms."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of evaluation forms that matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        evaluation_form_search_summary_list: (
            list[EvaluationFormSearchSummary] | None
        ) = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchHoursOfOperationOverridesRequest(_rt.Structure):
    """The input of SearchHoursOfOperationOverrides."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_filter: HoursOfOperationSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("HoursOfOperationSearchFilter")
    )

    search_criteria: HoursOfOperationOverrideSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("HoursOfOperationOverrideSearchCriteria")
    )
    """The search criteria to be used to return hours of operations overrides."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: HoursOfOperationSearchFilter | None = None,
        search_criteria: HoursOfOperationOverrideSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchHoursOfOperationOverridesResponse(_rt.Structure):
    """The output of SearchHoursOfOperationOverrides."""

    hours_of_operation_overrides: list[HoursOfOperationOverride] | None = _rt.field(
        "HoursOfOperationOverrides", _rt.ListOf(_rt.Ref("HoursOfOperationOverride"))
    )
    """Information about the hours of operations overrides."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of hours of operations which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        hours_of_operation_overrides: list[HoursOfOperationOverride] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchHoursOfOperationsRequest(_rt.Structure):
    """The input of SearchHoursOfOperations."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_filter: HoursOfOperationSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("HoursOfOperationSearchFilter")
    )
    """Filters to be applied to search results."""

    search_criteria: HoursOfOperationSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("HoursOfOperationSearchCriteria")
    )
    """The search criteria to be used to return hours of operations."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: HoursOfOperationSearchFilter | None = None,
        search_criteria: HoursOfOperationSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchHoursOfOperationsResponse(_rt.Structure):
    """The output of SearchHoursOfOperations."""

    hours_of_operations: list[HoursOfOperation] | None = _rt.field(
        "HoursOfOperations", _rt.ListOf(_rt.Ref("HoursOfOperation"))
    )
    """Information about the hours of operations."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of hours of operations which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        hours_of_operations: list[HoursOfOperation] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchNotificationsRequest(_rt.Structure):
    """The input of SearchNotifications."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """The token for the next set of results. Use the value returned in the previous
    response to retrieve the next page of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page. Valid range is 1-100."""

    search_filter: NotificationSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("NotificationSearchFilter")
    )
    """Filters to apply to the search results, such as tag-based filters."""

    search_criteria: NotificationSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("NotificationSearchCriteria")
    )
    """The search criteria to apply when searching for notifications. Supports
    filtering by notification ID and message content using comparison types such as
    STARTS_WITH, CONTAINS, and EXACT."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: NotificationSearchFilter | None = None,
        search_criteria: NotificationSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchNotificationsResponse(_rt.Structure):
    """The output of SearchNotifications."""

    notifications: list[NotificationSearchSummary] | None = _rt.field(
        "Notifications", _rt.ListOf(_rt.Ref("NotificationSearchSummary"))
    )
    """A list of notifications matching the search criteria."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """The token for the next set of results. If present, there are more results
    available."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The approximate total number of notifications matching the search criteria."""

    @classmethod
    def make(
        cls,
        *,
        notifications: list[NotificationSearchSummary] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchPredefinedAttributesRequest(_rt.Structure):
    """The input of SearchPredefinedAttributes."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_criteria: PredefinedAttributeSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("PredefinedAttributeSearchCriteria")
    )
    """The search criteria to be used to return predefined attributes."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_criteria: PredefinedAttributeSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchPredefinedAttributesResponse(_rt.Structure):
    """The output of SearchPredefinedAttributes."""

    predefined_attributes: list[PredefinedAttribute] | None = _rt.field(
        "PredefinedAttributes", _rt.ListOf(_rt.Ref("PredefinedAttribute"))
    )
    """Predefined attributes matched by the search criteria."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The approximate number of predefined attributes which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        predefined_attributes: list[PredefinedAttribute] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchPromptsRequest(_rt.Structure):
    """The input of SearchPrompts."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_filter: PromptSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("PromptSearchFilter")
    )
    """Filters to be applied to search results."""

    search_criteria: PromptSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("PromptSearchCriteria")
    )
    """The search criteria to be used to return prompts."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: PromptSearchFilter | None = None,
        search_criteria: PromptSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchPromptsResponse(_rt.Structure):
    """The output of SearchPrompts."""

    prompts: list[Prompt] | None = _rt.field("Prompts", _rt.ListOf(_rt.Ref("Prompt")))
    """Information about the prompts."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of quick connects which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        prompts: list[Prompt] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchQueuesRequest(_rt.Structure):
    """The input of SearchQueues."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=500))
    """The maximum number of results to return per page."""

    search_filter: QueueSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("QueueSearchFilter")
    )
    """Filters to be applied to search results."""

    search_criteria: QueueSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("QueueSearchCriteria")
    )
    """The search criteria to be used to return queues.

    The `name` and `description` fields support "contains" queries with a minimum of
    2 characters and a maximum of 25 characters. Any queries with character lengths
    outside of this range will throw invalid results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: QueueSearchFilter | None = None,
        search_criteria: QueueSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchQueuesResponse(_rt.Structure):
    """The output of SearchQueues."""

    queues: list[Queue] | None = _rt.field("Queues", _rt.ListOf(_rt.Ref("Queue")))
    """Information about the queues."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of queues which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        queues: list[Queue] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchQuickConnectsRequest(_rt.Structure):
    """The input of SearchQuickConnects."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_filter: QuickConnectSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("QuickConnectSearchFilter")
    )
    """Filters to be applied to search results."""

    search_criteria: QuickConnectSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("QuickConnectSearchCriteria")
    )
    """The search criteria to be used to return quick connects."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: QuickConnectSearchFilter | None = None,
        search_criteria: QuickConnectSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchQuickConnectsResponse(_rt.Structure):
    """The output of SearchQuickConnects."""

    quick_connects: list[QuickConnect] | None = _rt.field(
        "QuickConnects", _rt.ListOf(_rt.Ref("QuickConnect"))
    )
    """Information about the quick connects."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of quick connects which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        quick_connects: list[QuickConnect] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchResourceTagsRequest(_rt.Structure):
    """The input of SearchResourceTags."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(
            min=1,
            max=250,
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
    )
    """The identifier of the Connect Customer instance. You can find the instanceId in
    the Amazon Resource Name (ARN) of the instance."""

    resource_types: list[str] | None = _rt.field(
        "ResourceTypes", _rt.ListOf(_rt.String())
    )
    """The list of resource types to be used to search tags from. If not provided or if
    any empty list is provided, this API will search from all supported resource
    types. Note that lowercase and - are required.

    Supported resource types

    agent

    agent-state

    routing-profile

    standard-queue

    security-profile

    operating-hours

    prompt

    contact-flow

    flow- module

    transfer-destination (also known as quick connect)"""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_criteria: ResourceTagsSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("ResourceTagsSearchCriteria")
    )
    """The search criteria to be used to return tags."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        resource_types: list[str] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        search_criteria: ResourceTagsSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchResourceTagsResponse(_rt.Structure):
    """The output of SearchResourceTags."""

    tags: list[TagSet] | None = _rt.field("Tags", _rt.ListOf(_rt.Ref("TagSet")))
    """A list of tags used in the Connect Customer instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls, *, tags: list[TagSet] | None = None, next_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class SearchRoutingProfilesRequest(_rt.Structure):
    """The input of SearchRoutingProfiles."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=500))
    """The maximum number of results to return per page."""

    search_filter: RoutingProfileSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("RoutingProfileSearchFilter")
    )
    """Filters to be applied to search results."""

    search_criteria: RoutingProfileSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("RoutingProfileSearchCriteria")
    )
    """The search criteria to be used to return routing profiles.

    The `name` and `description` fields support "contains" queries with a minimum of
    2 characters and a maximum of 25 characters. Any queries with character lengths
    outside of this range will throw invalid results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: RoutingProfileSearchFilter | None = None,
        search_criteria: RoutingProfileSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchRoutingProfilesResponse(_rt.Structure):
    """The output of SearchRoutingProfiles."""

    routing_profiles: list[RoutingProfile] | None = _rt.field(
        "RoutingProfiles", _rt.ListOf(_rt.Ref("RoutingProfile"))
    )
    """Information about the routing profiles."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of routing profiles which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        routing_profiles: list[RoutingProfile] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchSecurityProfilesRequest(_rt.Structure):
    """The input of SearchSecurityProfiles."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_criteria: SecurityProfileSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("SecurityProfileSearchCriteria")
    )
    """The search criteria to be used to return security profiles.

    The `name` field support "contains" queries with a minimum of 2 characters and
    maximum of 25 characters. Any queries with character lengths outside of this
    range will throw invalid results.

    The currently supported value for `FieldName`: `name`"""

    search_filter: SecurityProfilesSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("SecurityProfilesSearchFilter")
    )
    """Filters to be applied to search results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_criteria: SecurityProfileSearchCriteria | None = None,
        search_filter: SecurityProfilesSearchFilter | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchSecurityProfilesResponse(_rt.Structure):
    """The output of SearchSecurityProfiles."""

    security_profiles: list[SecurityProfileSearchSummary] | None = _rt.field(
        "SecurityProfiles", _rt.ListOf(_rt.Ref("SecurityProfileSearchSummary"))
    )
    """Information about the security profiles."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of security profiles which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        security_profiles: list[SecurityProfileSearchSummary] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchTestCasesRequest(_rt.Structure):
    """The input of SearchTestCases."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(
            min=1,
            max=250,
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID in
    the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_filter: TestCaseSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("TestCaseSearchFilter")
    )
    """Filters to be applied to search results."""

    search_criteria: TestCaseSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("TestCaseSearchCriteria")
    )
    """The search criteria to be used to return test cases."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: TestCaseSearchFilter | None = None,
        search_criteria: TestCaseSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchTestCasesResponse(_rt.Structure):
    """The output of SearchTestCases."""

    test_cases: list[TestCase] | None = _rt.field(
        "TestCases", _rt.ListOf(_rt.Ref("TestCase"))
    )
    """Information about the test cases."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of test cases which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        test_cases: list[TestCase] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchUserHierarchyGroupsRequest(_rt.Structure):
    """The input of SearchUserHierarchyGroups."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instanceId in
    the ARN of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_filter: UserHierarchyGroupSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("UserHierarchyGroupSearchFilter")
    )
    """Filters to be applied to search results."""

    search_criteria: UserHierarchyGroupSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("UserHierarchyGroupSearchCriteria")
    )
    """The search criteria to be used to return UserHierarchyGroups."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: UserHierarchyGroupSearchFilter | None = None,
        search_criteria: UserHierarchyGroupSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchUserHierarchyGroupsResponse(_rt.Structure):
    """The output of SearchUserHierarchyGroups."""

    user_hierarchy_groups: list[HierarchyGroup] | None = _rt.field(
        "UserHierarchyGroups", _rt.ListOf(_rt.Ref("HierarchyGroup"))
    )
    """Information about the userHierarchyGroups."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of userHierarchyGroups which matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        user_hierarchy_groups: list[HierarchyGroup] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchUsersRequest(_rt.Structure):
    """The input of SearchUsers."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=500))
    """The maximum number of results to return per page."""

    search_filter: UserSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("UserSearchFilter")
    )
    """Filters to be applied to search results."""

    search_criteria: UserSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("UserSearchCriteria")
    )

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: UserSearchFilter | None = None,
        search_criteria: UserSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchUsersResponse(_rt.Structure):
    """The output of SearchUsers."""

    users: list[UserSearchSummary] | None = _rt.field(
        "Users", _rt.ListOf(_rt.Ref("UserSearchSummary"))
    )
    """Information about the users."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The total number of users who matched your search query."""

    @classmethod
    def make(
        cls,
        *,
        users: list[UserSearchSummary] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchViewsRequest(_rt.Structure):
    """The input of SearchViews."""

    instance_id: str = _rt.field(
        "InstanceId",
        _rt.String(
            min=1,
            max=250,
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        required=True,
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    search_filter: ViewSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("ViewSearchFilter")
    )
    """Filters to apply to the search, such as tag-based filters."""

    search_criteria: ViewSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("ViewSearchCriteria")
    )
    """The search criteria, including field names and comparison types."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: ViewSearchFilter | None = None,
        search_criteria: ViewSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchViewsResponse(_rt.Structure):
    """The output of SearchViews."""

    views: list[View] | None = _rt.field("Views", _rt.ListOf(_rt.Ref("View")))
    """A list of views that match the search criteria."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """If there are additional results, this is the token for the next set of results."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The approximate total number of views that match the search criteria."""

    @classmethod
    def make(
        cls,
        *,
        views: list[View] | None = None,
        next_token: str | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchVocabulariesRequest(_rt.Structure):
    """The input of SearchVocabularies."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(min=1, max=131070, pattern=".*\\S.*")
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    state: VocabularyState | str | None = _rt.field(
        "State", _rt.String(enum="VocabularyState")
    )
    """The current state of the custom vocabulary."""

    name_starts_with: str | None = _rt.field(
        "NameStartsWith", _rt.String(min=1, max=140, pattern="^[0-9a-zA-Z._-]+")
    )
    """The starting pattern of the name of the vocabulary."""

    language_code: VocabularyLanguageCode | str | None = _rt.field(
        "LanguageCode", _rt.String(enum="VocabularyLanguageCode")
    )
    """The language code of the vocabulary entries. For a list of languages and their
    corresponding language codes, see What is Amazon Transcribe?
    (https://docs.aws.amazon.com/transcribe/latest/dg/transcribe-whatis.html)"""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        max_results: int | None = None,
        next_token: str | None = None,
        state: VocabularyState | str | None = None,
        name_starts_with: str | None = None,
        language_code: VocabularyLanguageCode | str | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchVocabulariesResponse(_rt.Structure):
    """The output of SearchVocabularies."""

    vocabulary_summary_list: list[VocabularySummary] | None = _rt.field(
        "VocabularySummaryList", _rt.ListOf(_rt.Ref("VocabularySummary"))
    )
    """The list of the available custom vocabularies."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(min=1, max=131070, pattern=".*\\S.*")
    )
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        vocabulary_summary_list: list[VocabularySummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchWorkspaceAssociationsRequest(_rt.Structure):
    """The input of SearchWorkspaceAssociations."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=500))
    """The maximum number of results to return per page."""

    search_filter: WorkspaceAssociationSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("WorkspaceAssociationSearchFilter")
    )
    """Filters to apply to the search, such as tag-based filters."""

    search_criteria: WorkspaceAssociationSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("WorkspaceAssociationSearchCriteria")
    )
    """The search criteria, including workspace ID, resource ID, or resource type."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: WorkspaceAssociationSearchFilter | None = None,
        search_criteria: WorkspaceAssociationSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchWorkspaceAssociationsResponse(_rt.Structure):
    """The output of SearchWorkspaceAssociations."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    workspace_associations: list[WorkspaceAssociationSearchSummary] | None = _rt.field(
        "WorkspaceAssociations",
        _rt.ListOf(_rt.Ref("WorkspaceAssociationSearchSummary")),
    )
    """A list of workspace associations that match the search criteria."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The approximate total number of workspace associations that match the search
    criteria."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        workspace_associations: list[WorkspaceAssociationSearchSummary] | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchWorkspacesRequest(_rt.Structure):
    """The input of SearchWorkspaces."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Amazon Connect instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=2500))
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=500))
    """The maximum number of results to return per page."""

    search_filter: WorkspaceSearchFilter | None = _rt.field(
        "SearchFilter", _rt.Ref("WorkspaceSearchFilter")
    )
    """Filters to apply to the search, such as tag-based filters."""

    search_criteria: WorkspaceSearchCriteria | None = _rt.field(
        "SearchCriteria", _rt.Ref("WorkspaceSearchCriteria")
    )
    """The search criteria, including field names and comparison types."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        search_filter: WorkspaceSearchFilter | None = None,
        search_criteria: WorkspaceSearchCriteria | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchWorkspacesResponse(_rt.Structure):
    """The output of SearchWorkspaces."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    workspaces: list[WorkspaceSearchSummary] | None = _rt.field(
        "Workspaces", _rt.ListOf(_rt.Ref("WorkspaceSearchSummary"))
    )
    """A list of workspaces that match the search criteria."""

    approximate_total_count: int | None = _rt.field(
        "ApproximateTotalCount", _rt.Integer()
    )
    """The approximate total number of workspaces that match the search criteria."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        workspaces: list[WorkspaceSearchSummary] | None = None,
        approximate_total_count: int | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchableAgentCriteriaStep(_rt.Structure):
    """The agent criteria to search for preferred agents on the routing criteria."""

    agent_ids: list[str] | None = _rt.field(
        "AgentIds", _rt.ListOf(_rt.String(min=1, max=256), min=0, max=100)
    )
    """The identifiers of agents used in preferred agents matching."""

    match_type: SearchContactsMatchType | str | None = _rt.field(
        "MatchType", _rt.String(enum="SearchContactsMatchType")
    )
    """The match type combining multiple agent criteria steps."""

    @classmethod
    def make(
        cls,
        *,
        agent_ids: list[str] | None = None,
        match_type: SearchContactsMatchType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchableContactAttributes(_rt.Structure):
    """A structure that defines search criteria based on user-defined contact
    attributes that are configured for contact search."""

    criteria: list[SearchableContactAttributesCriteria] = _rt.field(
        "Criteria",
        _rt.ListOf(_rt.Ref("SearchableContactAttributesCriteria"), min=0, max=15),
        required=True,
    )
    """The list of criteria based on user-defined contact attributes that are
    configured for contact search."""

    match_type: SearchContactsMatchType | str | None = _rt.field(
        "MatchType", _rt.String(enum="SearchContactsMatchType")
    )
    """The match type combining search criteria using multiple searchable contact
    attributes."""

    @classmethod
    def make(
        cls,
        *,
        criteria: list[SearchableContactAttributesCriteria],
        match_type: SearchContactsMatchType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchableContactAttributesCriteria(_rt.Structure):
    """The search criteria based on user-defined contact attribute key and values to
    search on."""

    key: str = _rt.field(
        "Key", _rt.String(min=1, max=100), required=True, sensitive=True
    )
    """The key containing a searchable user-defined contact attribute."""

    values: list[str] = _rt.field(
        "Values", _rt.ListOf(_rt.String(min=0, max=100), min=0, max=20), required=True
    )
    """The list of values to search for within a user-defined contact attribute."""

    @classmethod
    def make(cls, *, key: str, values: list[str]) -> Self:
        return cls._build(locals())


class SearchableQueueType(_rt.Enum):
    """The values of SearchableQueueType; one AWS adds later is kept as it is."""

    STANDARD = "STANDARD"


class SearchableRoutingCriteria(_rt.Structure):
    """Routing criteria of the contact to match on."""

    steps: list[SearchableRoutingCriteriaStep] | None = _rt.field(
        "Steps", _rt.ListOf(_rt.Ref("SearchableRoutingCriteriaStep"))
    )
    """The list of Routing criteria steps of the contact routing."""

    @classmethod
    def make(cls, *, steps: list[SearchableRoutingCriteriaStep] | None = None) -> Self:
        return cls._build(locals())


class SearchableRoutingCriteriaStep(_rt.Structure):
    """Routing criteria of the contact to match on."""

    agent_criteria: SearchableAgentCriteriaStep | None = _rt.field(
        "AgentCriteria", _rt.Ref("SearchableAgentCriteriaStep")
    )
    """Agent matching the routing step of the routing criteria"""

    @classmethod
    def make(cls, *, agent_criteria: SearchableAgentCriteriaStep | None = None) -> Self:
        return cls._build(locals())


class SearchableSegmentAttributes(_rt.Structure):
    """The search criteria based on searchable segment attributes of a contact"""

    criteria: list[SearchableSegmentAttributesCriteria] = _rt.field(
        "Criteria",
        _rt.ListOf(_rt.Ref("SearchableSegmentAttributesCriteria"), min=1, max=15),
        required=True,
    )
    """The list of criteria based on searchable segment attributes."""

    match_type: SearchContactsMatchType | str | None = _rt.field(
        "MatchType", _rt.String(enum="SearchContactsMatchType")
    )
    """The match type combining search criteria using multiple searchable segment
    attributes."""

    @classmethod
    def make(
        cls,
        *,
        criteria: list[SearchableSegmentAttributesCriteria],
        match_type: SearchContactsMatchType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class SearchableSegmentAttributesCriteria(_rt.Structure):
    """The search criteria based on searchable segment attribute key and values to
    search on."""

    key: str = _rt.field(
        "Key", _rt.String(min=1, max=64), required=True, sensitive=True
    )
    """The key containing a searchable segment attribute."""

    values: list[str] = _rt.field(
        "Values",
        _rt.ListOf(_rt.String(min=0, max=128), min=1, max=20),
        required=True,
        sensitive=True,
    )
    """The list of values to search for within a searchable segment attribute."""

    @classmethod
    def make(cls, *, key: str, values: list[str]) -> Self:
        return cls._build(locals())


class SecurityKey(_rt.Structure):
    """Configuration information of the security key."""

    association_id: str | None = _rt.field("AssociationId", _rt.String(min=1, max=100))
    """The existing association identifier that uniquely identifies the resource type
    and storage config for the given instance ID."""

    key: str | None = _rt.field("Key", _rt.String(min=1, max=1024))
    """The key of the security key."""

    creation_time: datetime.datetime | None = _rt.field("CreationTime", _rt.Timestamp())
    """When the security key was created."""

    @classmethod
    def make(
        cls,
        *,
        association_id: str | None = None,
        key: str | None = None,
        creation_time: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class SecurityProfile(_rt.Structure):
    """Contains information about a security profile."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier for the security profile."""

    organization_resource_id: str | None = _rt.field(
        "OrganizationResourceId", _rt.String(min=1, max=100)
    )
    """The organization resource identifier for the security profile."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) for the security profile."""

    security_profile_name: str | None = _rt.field("SecurityProfileName", _rt.String())
    """The name for the security profile."""

    description: str | None = _rt.field("Description", _rt.String(max=250))
    """The description of the security profile."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    allowed_access_control_tags: dict[str, str] | None = _rt.field(
        "AllowedAccessControlTags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), max=4),
    )
    """The list of tags that a security profile uses to restrict access to resources in
    Connect Customer."""

    tag_restricted_resources: list[str] | None = _rt.field(
        "TagRestrictedResources", _rt.ListOf(_rt.String(min=1, max=128), max=10)
    )
    """The list of resources that a security profile applies tag restrictions to in
    Connect Customer."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when this resource was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region where this resource was last modified."""

    hierarchy_restricted_resources: list[str] | None = _rt.field(
        "HierarchyRestrictedResources", _rt.ListOf(_rt.String(min=1, max=128))
    )
    """The list of resources that a security profile applies hierarchy restrictions to
    in Connect Customer. Following are acceptable ResourceNames: `User`."""

    allowed_access_control_hierarchy_group_id: str | None = _rt.field(
        "AllowedAccessControlHierarchyGroupId", _rt.String()
    )
    """The identifier of the hierarchy group that a security profile uses to restrict
    access to resources in Connect Customer."""

    granular_access_control_configuration: GranularAccessControlConfiguration | None = (
        _rt.field(
            "GranularAccessControlConfiguration",
            _rt.Ref("GranularAccessControlConfiguration"),
        )
    )
    """The granular access control configuration for the security profile, including
    data table permissions."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        organization_resource_id: str | None = None,
        arn: str | None = None,
        security_profile_name: str | None = None,
        description: str | None = None,
        tags: dict[str, str] | None = None,
        allowed_access_control_tags: dict[str, str] | None = None,
        tag_restricted_resources: list[str] | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
        hierarchy_restricted_resources: list[str] | None = None,
        allowed_access_control_hierarchy_group_id: str | None = None,
        granular_access_control_configuration: (
            GranularAccessControlConfiguration | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class SecurityProfileItem(_rt.Structure):
    """Security profile items."""

    id: str | None = _rt.field("Id", _rt.String())
    """Id of a security profile item."""

    @classmethod
    def make(cls, *, id: str | None = None) -> Self:
        return cls._build(locals())


class SecurityProfileSearchCriteria(_rt.Structure):
    """The search criteria to be used to return security profiles.

    The `name` field support "contains" queries with a minimum of 2 characters and
    maximum of 25 characters. Any queries with character lengths outside of this
    range will throw invalid results."""

    or_conditions: list[SecurityProfileSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("SecurityProfileSearchCriteria"))
    )
    """A list of conditions which would be applied together with an OR condition."""

    and_conditions: list[SecurityProfileSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("SecurityProfileSearchCriteria"))
    )
    """A list of conditions which would be applied together with an AND condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[SecurityProfileSearchCriteria] | None = None,
        and_conditions: list[SecurityProfileSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class SecurityProfileSearchSummary(_rt.Structure):
    """Information about the returned security profiles."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the security profile."""

    organization_resource_id: str | None = _rt.field(
        "OrganizationResourceId", _rt.String(min=1, max=100)
    )
    """The organization resource identifier."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the security profile."""

    security_profile_name: str | None = _rt.field("SecurityProfileName", _rt.String())
    """The name of the security profile."""

    description: str | None = _rt.field("Description", _rt.String(max=250))
    """The description of the security profile."""

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
        id: str | None = None,
        organization_resource_id: str | None = None,
        arn: str | None = None,
        security_profile_name: str | None = None,
        description: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class SecurityProfileSummary(_rt.Structure):
    """Contains information about a security profile."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the security profile."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the security profile."""

    name: str | None = _rt.field("Name", _rt.String())
    """The name of the security profile."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when this resource was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region where this resource was last modified."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class SecurityProfilesSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    tag_filter: ControlPlaneTagFilter | None = _rt.field(
        "TagFilter", _rt.Ref("ControlPlaneTagFilter")
    )

    @classmethod
    def make(cls, *, tag_filter: ControlPlaneTagFilter | None = None) -> Self:
        return cls._build(locals())


class SegmentAttributeValue(_rt.Structure):
    """A value for a segment attribute. This is structured as a map where the key is
    `valueString` and the value is a string."""

    value_string: str | None = _rt.field("ValueString", _rt.String(min=0, max=1024))
    """The value of a segment attribute."""

    value_map: dict[str, SegmentAttributeValue] | None = _rt.field(
        "ValueMap",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.Ref("SegmentAttributeValue")),
    )
    """The value of a segment attribute."""

    value_integer: int | None = _rt.field("ValueInteger", _rt.Integer())
    """The value of a segment attribute."""

    value_list: list[SegmentAttributeValue] | None = _rt.field(
        "ValueList", _rt.ListOf(_rt.Ref("SegmentAttributeValue"))
    )
    """The value of a segment attribute. This is only supported for system-defined
    attributes, not for user-defined attributes."""

    value_arn: str | None = _rt.field("ValueArn", _rt.String(min=0, max=1024))
    """The value of a segment attribute that has to be a valid ARN. This is only
    supported for system-defined attributes, not for user-defined attributes."""

    @classmethod
    def make(
        cls,
        *,
        value_string: str | None = None,
        value_map: dict[str, SegmentAttributeValue] | None = None,
        value_integer: int | None = None,
        value_list: list[SegmentAttributeValue] | None = None,
        value_arn: str | None = None,
    ) -> Self:
        return cls._build(locals())


class SendChatIntegrationEventRequest(_rt.Structure):
    """The input of SendChatIntegrationEvent."""

    source_id: str = _rt.field("SourceId", _rt.String(min=1, max=255), required=True)
    """External identifier of chat customer participant, used in part to uniquely
    identify a chat. For SMS, this is the E164 phone number of the chat customer
    participant."""

    destination_id: str = _rt.field(
        "DestinationId", _rt.String(min=1, max=255), required=True
    )
    """Chat system identifier, used in part to uniquely identify chat. This is
    associated with the Connect Customer instance and flow to be used to start
    chats. For Server Migration Service, this is the phone number destination of
    inbound Server Migration Service messages represented by an Amazon Web Services
    End User Messaging phone number ARN."""

    subtype: str | None = _rt.field("Subtype", _rt.String(min=1, max=100))
    """Classification of a channel. This is used in part to uniquely identify chat.

    Valid value: `["connect:sms", connect:"WhatsApp"]`"""

    event: ChatEvent = _rt.field("Event", _rt.Ref("ChatEvent"), required=True)
    """Chat integration event payload"""

    new_session_details: NewSessionDetails | None = _rt.field(
        "NewSessionDetails", _rt.Ref("NewSessionDetails")
    )
    """Contact properties to apply when starting a new chat. If the integration event
    is handled with an existing chat, this is ignored."""

    @classmethod
    def make(
        cls,
        *,
        source_id: str,
        destination_id: str,
        event: ChatEvent,
        subtype: str | None = None,
        new_session_details: NewSessionDetails | None = None,
    ) -> Self:
        return cls._build(locals())


class SendChatIntegrationEventResponse(_rt.Structure):
    """The output of SendChatIntegrationEvent."""

    initial_contact_id: str | None = _rt.field(
        "InitialContactId", _rt.String(min=1, max=256)
    )
    """Identifier of chat contact used to handle integration event. This may be null if
    the integration event is not valid without an already existing chat contact."""

    new_chat_created: bool | None = _rt.field("NewChatCreated", _rt.Boolean())
    """Whether handling the integration event resulted in creating a new chat or acting
    on existing chat."""

    @classmethod
    def make(
        cls,
        *,
        initial_contact_id: str | None = None,
        new_chat_created: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class SendNotificationActionDefinition(_rt.Structure):
    """Information about the send notification action."""

    delivery_method: NotificationDeliveryType | str = _rt.field(
        "DeliveryMethod", _rt.String(enum="NotificationDeliveryType"), required=True
    )
    """Notification delivery method."""

    subject: str | None = _rt.field("Subject", _rt.String(min=1, max=200))
    """The subject of the email if the delivery method is `EMAIL`. Supports variable
    injection. For more information, see JSONPath reference
    (https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-variable-injection.html)
    in the Connect Customer Administrators Guide."""

    content: str = _rt.field("Content", _rt.String(min=1, max=1024), required=True)
    """Notification content. Supports variable injection. For more information, see
    JSONPath reference
    (https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-variable-injection.html)
    in the Connect Customer Administrators Guide."""

    content_type: NotificationContentType | str = _rt.field(
        "ContentType", _rt.String(enum="NotificationContentType"), required=True
    )
    """Content type format."""

    recipient: NotificationRecipientType = _rt.field(
        "Recipient", _rt.Ref("NotificationRecipientType"), required=True
    )
    """Notification recipient."""

    exclusion: NotificationRecipientType | None = _rt.field(
        "Exclusion", _rt.Ref("NotificationRecipientType")
    )
    """Recipients to exclude from notification."""

    @classmethod
    def make(
        cls,
        *,
        delivery_method: NotificationDeliveryType | str,
        content: str,
        content_type: NotificationContentType | str,
        recipient: NotificationRecipientType,
        subject: str | None = None,
        exclusion: NotificationRecipientType | None = None,
    ) -> Self:
        return cls._build(locals())


class SendOutboundEmailRequest(_rt.Structure):
    """The input of SendOutboundEmail."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    from_email_address: EmailAddressInfo = _rt.field(
        "FromEmailAddress", _rt.Ref("EmailAddressInfo"), required=True
    )
    """The email address to be used for sending email."""

    destination_email_address: EmailAddressInfo = _rt.field(
        "DestinationEmailAddress", _rt.Ref("EmailAddressInfo"), required=True
    )
    """The email address to send the email to."""

    additional_recipients: OutboundAdditionalRecipients | None = _rt.field(
        "AdditionalRecipients", _rt.Ref("OutboundAdditionalRecipients")
    )
    """The additional recipients address of the email in CC."""

    email_message: OutboundEmailContent = _rt.field(
        "EmailMessage", _rt.Ref("OutboundEmailContent"), required=True
    )
    """The email message body to be sent to the newly created email."""

    traffic_type: TrafficType | str = _rt.field(
        "TrafficType", _rt.String(enum="TrafficType"), required=True
    )
    """Denotes the class of traffic.

    Only the CAMPAIGN traffic type is supported."""

    source_campaign: SourceCampaign | None = _rt.field(
        "SourceCampaign", _rt.Ref("SourceCampaign")
    )
    """A Campaign object need for Campaign traffic type."""

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
        from_email_address: EmailAddressInfo,
        destination_email_address: EmailAddressInfo,
        email_message: OutboundEmailContent,
        traffic_type: TrafficType | str,
        additional_recipients: OutboundAdditionalRecipients | None = None,
        source_campaign: SourceCampaign | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class SendOutboundEmailResponse(_rt.Structure):
    """The output of SendOutboundEmail."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class ServiceQuotaExceededException(_rt.ServiceError):
    """The service quota has been exceeded."""

    _error_code = "ServiceQuotaExceededException"
    _http_status = 402

    message: str | None = _rt.field("Message", _rt.String())

    reason: ServiceQuotaExceededExceptionReason | None = _rt.field(
        "Reason", _rt.Ref("ServiceQuotaExceededExceptionReason")
    )

    @classmethod
    def make(
        cls,
        *,
        message: str | None = None,
        reason: ServiceQuotaExceededExceptionReason | None = None,
    ) -> Self:
        return cls._build(locals())


class ServiceQuotaExceededExceptionReason(_rt.Union):
    """The reason for the exception."""

    attached_file_service_quota_exceeded_exception_reason: (
        AttachedFileServiceQuotaExceededExceptionReason | str | None
    ) = _rt.field(
        "AttachedFileServiceQuotaExceededExceptionReason",
        _rt.String(enum="AttachedFileServiceQuotaExceededExceptionReason"),
    )
    """Total file size of all files or total number of files exceeds the service quota"""

    @classmethod
    def make(
        cls,
        *,
        attached_file_service_quota_exceeded_exception_reason: (
            AttachedFileServiceQuotaExceededExceptionReason | str | None
        ) = None,
    ) -> Self:
        return cls._build(locals())
