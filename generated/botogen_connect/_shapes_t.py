"""Shapes of Amazon Connect Service whose class names start with "t"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_ch import ChatEntryPointParameters
    from ._shapes_co import Comparison, ControlPlaneTagFilter
    from ._shapes_di import Distribution
    from ._shapes_i import InvisibleFieldInfo
    from ._shapes_p import ParticipantRole
    from ._shapes_r import ReadOnlyFieldInfo, Reference, RequiredFieldInfo
    from ._shapes_se import SearchContactsMatchType
    from ._shapes_st import StringComparisonType, StringCondition
    from ._shapes_v import VoiceCallEntryPointParameters


class TagCondition(_rt.Structure):
    """A leaf node condition which can be used to specify a tag condition, for example,
    `HAVE BPO = 123`."""

    tag_key: str | None = _rt.field("TagKey", _rt.String())
    """The tag key in the tag condition."""

    tag_value: str | None = _rt.field("TagValue", _rt.String())
    """The tag value in the tag condition."""

    @classmethod
    def make(cls, *, tag_key: str | None = None, tag_value: str | None = None) -> Self:
        return cls._build(locals())


class TagContactRequest(_rt.Structure):
    """The input of TagContact."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact in this instance of Connect Customer."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    tags: dict[str, str] = _rt.field(
        "Tags",
        _rt.MapOf(
            _rt.String(min=1, max=128, pattern="^(?!aws:)[a-zA-Z+-=._:/]+$"),
            _rt.String(max=256),
            min=1,
            max=6,
        ),
        required=True,
    )
    """The tags to be assigned to the contact resource. For example, { "Tags":
    {"key1":"value1", "key2":"value2"} }.

    Authorization is not supported by this tag."""

    @classmethod
    def make(cls, *, contact_id: str, instance_id: str, tags: dict[str, str]) -> Self:
        return cls._build(locals())


class TagContactResponse(_rt.Structure):
    """The output of TagContact."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class TagResourceRequest(_rt.Structure):
    """The input of TagResource."""

    resource_arn: str = _rt.field(
        "resourceArn", _rt.String(), required=True, location="uri"
    )
    """The Amazon Resource Name (ARN) of the resource."""

    tags: dict[str, str] = _rt.field(
        "tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
        required=True,
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    @classmethod
    def make(cls, *, resource_arn: str, tags: dict[str, str]) -> Self:
        return cls._build(locals())


class TagSearchCondition(_rt.Structure):
    """The search criteria to be used to return tags."""

    tag_key: str | None = _rt.field("tagKey", _rt.String(max=128))
    """The tag key used in the tag search condition."""

    tag_value: str | None = _rt.field("tagValue", _rt.String(max=256))
    """The tag value used in the tag search condition."""

    tag_key_comparison_type: StringComparisonType | str | None = _rt.field(
        "tagKeyComparisonType", _rt.String(enum="StringComparisonType")
    )
    """The type of comparison to be made when evaluating the tag key in tag search
    condition."""

    tag_value_comparison_type: StringComparisonType | str | None = _rt.field(
        "tagValueComparisonType", _rt.String(enum="StringComparisonType")
    )
    """The type of comparison to be made when evaluating the tag value in tag search
    condition."""

    @classmethod
    def make(
        cls,
        *,
        tag_key: str | None = None,
        tag_value: str | None = None,
        tag_key_comparison_type: StringComparisonType | str | None = None,
        tag_value_comparison_type: StringComparisonType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class TagSet(_rt.Structure):
    """A tag set contains tag key and tag value."""

    key: str | None = _rt.field("key", _rt.String(min=1, max=128))
    """The tag key in the TagSet."""

    value: str | None = _rt.field("value", _rt.String(max=256))
    """The tag value in the tagSet."""

    @classmethod
    def make(cls, *, key: str | None = None, value: str | None = None) -> Self:
        return cls._build(locals())


class TargetListType(_rt.Enum):
    """The values of TargetListType; one AWS adds later is kept as it is."""

    PROFICIENCIES = "PROFICIENCIES"


class TaskActionDefinition(_rt.Structure):
    """Information about the task action."""

    name: str = _rt.field("Name", _rt.String(min=1, max=512), required=True)
    """The name. Supports variable injection. For more information, see JSONPath
    reference
    (https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-variable-injection.html)
    in the Connect Customer Administrators Guide."""

    description: str | None = _rt.field("Description", _rt.String(min=0, max=4096))
    """The description. Supports variable injection. For more information, see JSONPath
    reference
    (https://docs.aws.amazon.com/connect/latest/adminguide/contact-lens-variable-injection.html)
    in the Connect Customer Administrators Guide."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True
    )
    """The identifier of the flow."""

    references: dict[str, Reference] | None = _rt.field(
        "References", _rt.MapOf(_rt.String(min=1, max=4096), _rt.Ref("Reference"))
    )
    """Information about the reference when the `referenceType` is `URL`. Otherwise,
    null. (Supports variable injection in the `Value` field.)"""

    @classmethod
    def make(
        cls,
        *,
        name: str,
        contact_flow_id: str,
        description: str | None = None,
        references: dict[str, Reference] | None = None,
    ) -> Self:
        return cls._build(locals())


class TaskAttachment(_rt.Structure):
    """Information about the task attachment files."""

    file_name: str = _rt.field("FileName", _rt.String(min=1, max=256), required=True)
    """A case-sensitive name of the attached file being uploaded."""

    s3_url: str = _rt.field("S3Url", _rt.String(min=1, max=2000), required=True)
    """The pre-signed URLs for the S3 bucket where the task attachment is stored."""

    @classmethod
    def make(cls, *, file_name: str, s3_url: str) -> Self:
        return cls._build(locals())


class TaskTemplateConstraints(_rt.Structure):
    """Describes constraints that apply to the template fields."""

    required_fields: list[RequiredFieldInfo] | None = _rt.field(
        "RequiredFields", _rt.ListOf(_rt.Ref("RequiredFieldInfo"))
    )
    """Lists the fields that are required to be filled by agents."""

    read_only_fields: list[ReadOnlyFieldInfo] | None = _rt.field(
        "ReadOnlyFields", _rt.ListOf(_rt.Ref("ReadOnlyFieldInfo"))
    )
    """Lists the fields that are read-only to agents, and cannot be edited."""

    invisible_fields: list[InvisibleFieldInfo] | None = _rt.field(
        "InvisibleFields", _rt.ListOf(_rt.Ref("InvisibleFieldInfo"))
    )
    """Lists the fields that are invisible to agents."""

    @classmethod
    def make(
        cls,
        *,
        required_fields: list[RequiredFieldInfo] | None = None,
        read_only_fields: list[ReadOnlyFieldInfo] | None = None,
        invisible_fields: list[InvisibleFieldInfo] | None = None,
    ) -> Self:
        return cls._build(locals())


class TaskTemplateDefaultFieldValue(_rt.Structure):
    """Describes a default field and its corresponding value."""

    id: TaskTemplateFieldIdentifier | None = _rt.field(
        "Id", _rt.Ref("TaskTemplateFieldIdentifier")
    )
    """Identifier of a field."""

    default_value: str | None = _rt.field("DefaultValue", _rt.String(min=0, max=4096))
    """Default value for the field."""

    @classmethod
    def make(
        cls,
        *,
        id: TaskTemplateFieldIdentifier | None = None,
        default_value: str | None = None,
    ) -> Self:
        return cls._build(locals())


class TaskTemplateDefaults(_rt.Structure):
    """Describes default values for fields on a template."""

    default_field_values: list[TaskTemplateDefaultFieldValue] | None = _rt.field(
        "DefaultFieldValues", _rt.ListOf(_rt.Ref("TaskTemplateDefaultFieldValue"))
    )
    """Default value for the field."""

    @classmethod
    def make(
        cls, *, default_field_values: list[TaskTemplateDefaultFieldValue] | None = None
    ) -> Self:
        return cls._build(locals())


class TaskTemplateField(_rt.Structure):
    """Describes a single task template field."""

    id: TaskTemplateFieldIdentifier = _rt.field(
        "Id", _rt.Ref("TaskTemplateFieldIdentifier"), required=True
    )
    """The unique identifier for the field."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=255))
    """The description of the field."""

    type: TaskTemplateFieldType | str | None = _rt.field(
        "Type", _rt.String(enum="TaskTemplateFieldType")
    )
    """Indicates the type of field."""

    single_select_options: list[str] | None = _rt.field(
        "SingleSelectOptions", _rt.ListOf(_rt.String(min=1, max=100))
    )
    """A list of options for a single select field."""

    @classmethod
    def make(
        cls,
        *,
        id: TaskTemplateFieldIdentifier,
        description: str | None = None,
        type: TaskTemplateFieldType | str | None = None,
        single_select_options: list[str] | None = None,
    ) -> Self:
        return cls._build(locals())


class TaskTemplateFieldIdentifier(_rt.Structure):
    """The identifier of the task template field."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=100))
    """The name of the task template field."""

    @classmethod
    def make(cls, *, name: str | None = None) -> Self:
        return cls._build(locals())


class TaskTemplateFieldType(_rt.Enum):
    """The values of TaskTemplateFieldType; one AWS adds later is kept as it is."""

    NAME = "NAME"
    DESCRIPTION = "DESCRIPTION"
    SCHEDULED_TIME = "SCHEDULED_TIME"
    QUICK_CONNECT = "QUICK_CONNECT"
    URL = "URL"
    NUMBER = "NUMBER"
    TEXT = "TEXT"
    TEXT_AREA = "TEXT_AREA"
    DATE_TIME = "DATE_TIME"
    BOOLEAN = "BOOLEAN"
    SINGLE_SELECT = "SINGLE_SELECT"
    EMAIL = "EMAIL"
    SELF_ASSIGN = "SELF_ASSIGN"
    EXPIRY_DURATION = "EXPIRY_DURATION"


class TaskTemplateInfoV2(_rt.Structure):
    """Information about the task template used to create this contact."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the task template used to create this contact."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=100))
    """The name of the task template used to create this contact."""

    @classmethod
    def make(cls, *, arn: str | None = None, name: str | None = None) -> Self:
        return cls._build(locals())


class TaskTemplateMetadata(_rt.Structure):
    """Contains summary information about the task template."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=500))
    """A unique identifier for the task template."""

    arn: str | None = _rt.field("Arn", _rt.String(min=1, max=500))
    """The Amazon Resource Name (ARN) of the task template."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=100))
    """The name of the task template."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=255))
    """The description of the task template."""

    status: TaskTemplateStatus | str | None = _rt.field(
        "Status", _rt.String(enum="TaskTemplateStatus")
    )
    """Marks a template as `ACTIVE` or `INACTIVE` for a task to refer to it. Tasks can
    only be created from `ACTIVE` templates. If a template is marked as `INACTIVE`,
    then a task that refers to this template cannot be created."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when the task template was last modified."""

    created_time: datetime.datetime | None = _rt.field("CreatedTime", _rt.Timestamp())
    """The timestamp when the task template was created."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        description: str | None = None,
        status: TaskTemplateStatus | str | None = None,
        last_modified_time: datetime.datetime | None = None,
        created_time: datetime.datetime | None = None,
    ) -> Self:
        return cls._build(locals())


class TaskTemplateStatus(_rt.Enum):
    """The values of TaskTemplateStatus; one AWS adds later is kept as it is."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


class TelephonyConfig(_rt.Structure):
    """The distribution of traffic between the instance and its replicas."""

    distributions: list[Distribution] = _rt.field(
        "Distributions", _rt.ListOf(_rt.Ref("Distribution")), required=True
    )
    """Information about traffic distributions."""

    @classmethod
    def make(cls, *, distributions: list[Distribution]) -> Self:
        return cls._build(locals())


class TemplateAttributes(_rt.Structure):
    """Information about the template attributes."""

    custom_attributes: dict[str, str] | None = _rt.field(
        "CustomAttributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
    )
    """An object that specifies the custom attributes values to use for variables in
    the message template. This object contains different categories of key-value
    pairs. Each key defines a variable or placeholder in the message template."""

    customer_profile_attributes: str | None = _rt.field(
        "CustomerProfileAttributes", _rt.String()
    )
    """An object that specifies the customer profile attributes values to use for
    variables in the message template. This object contains different categories of
    key-value pairs. Each key defines a variable or placeholder in the message
    template."""

    @classmethod
    def make(
        cls,
        *,
        custom_attributes: dict[str, str] | None = None,
        customer_profile_attributes: str | None = None,
    ) -> Self:
        return cls._build(locals())


class TemplatedMessageConfig(_rt.Structure):
    """Information about template message configuration."""

    knowledge_base_id: str = _rt.field(
        "KnowledgeBaseId", _rt.String(min=1, max=500), required=True
    )
    """The identifier of the knowledge base. Can be either the ID or the ARN. URLs
    cannot contain the ARN."""

    message_template_id: str = _rt.field(
        "MessageTemplateId", _rt.String(min=1, max=500), required=True
    )
    """The identifier of the message template Id."""

    template_attributes: TemplateAttributes = _rt.field(
        "TemplateAttributes", _rt.Ref("TemplateAttributes"), required=True
    )
    """Information about template attributes, that is, CustomAttributes or
    CustomerProfileAttributes."""

    @classmethod
    def make(
        cls,
        *,
        knowledge_base_id: str,
        message_template_id: str,
        template_attributes: TemplateAttributes,
    ) -> Self:
        return cls._build(locals())


class TestCase(_rt.Structure):
    """Contains information about a test case."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the test case."""

    id: str | None = _rt.field("Id", _rt.String(max=500))
    """The identifier of the test case."""

    name: str | None = _rt.field("Name", _rt.String(min=1))
    """The name of the test case."""

    content: str | None = _rt.field("Content", _rt.String())
    """The JSON string that represents the content of the test."""

    entry_point: TestCaseEntryPoint | None = _rt.field(
        "EntryPoint", _rt.Ref("TestCaseEntryPoint")
    )
    """Defines the starting point for the test, including channel type and parameters."""

    initialization_data: str | None = _rt.field("InitializationData", _rt.String())
    """Defines the test attributes for precise data representation. The value must be a
    valid JSON string."""

    description: str | None = _rt.field("Description", _rt.String())
    """The description of the test case."""

    status: TestCaseStatus | str | None = _rt.field(
        "Status", _rt.String(enum="TestCaseStatus")
    )
    """Indicates the test status as either SAVED or PUBLISHED."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The time at which the test case was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The region in which the test case was last modified."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource."""

    test_case_sha256: str | None = _rt.field(
        "TestCaseSha256", _rt.String(min=1, max=64, pattern="^[a-zA-Z0-9]{64}$")
    )
    """The SHA256 hash of the test case content."""

    @classmethod
    def make(
        cls,
        *,
        arn: str | None = None,
        id: str | None = None,
        name: str | None = None,
        content: str | None = None,
        entry_point: TestCaseEntryPoint | None = None,
        initialization_data: str | None = None,
        description: str | None = None,
        status: TestCaseStatus | str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
        tags: dict[str, str] | None = None,
        test_case_sha256: str | None = None,
    ) -> Self:
        return cls._build(locals())


class TestCaseEntryPoint(_rt.Structure):
    """Defines the starting point for a test case."""

    type: TestCaseEntryPointType | str | None = _rt.field(
        "Type", _rt.String(enum="TestCaseEntryPointType")
    )
    """The type of entry point."""

    voice_call_entry_point_parameters: VoiceCallEntryPointParameters | None = _rt.field(
        "VoiceCallEntryPointParameters", _rt.Ref("VoiceCallEntryPointParameters")
    )
    """Parameters for voice call entry point."""

    chat_entry_point_parameters: ChatEntryPointParameters | None = _rt.field(
        "ChatEntryPointParameters", _rt.Ref("ChatEntryPointParameters")
    )
    """Parameters for chat entry point."""

    @classmethod
    def make(
        cls,
        *,
        type: TestCaseEntryPointType | str | None = None,
        voice_call_entry_point_parameters: VoiceCallEntryPointParameters | None = None,
        chat_entry_point_parameters: ChatEntryPointParameters | None = None,
    ) -> Self:
        return cls._build(locals())


class TestCaseEntryPointType(_rt.Enum):
    """The values of TestCaseEntryPointType; one AWS adds later is kept as it is."""

    VOICE_CALL = "VOICE_CALL"
    CHAT = "CHAT"


class TestCaseExecution(_rt.Structure):
    """Contains information about a test case execution."""

    start_time: datetime.datetime | None = _rt.field("StartTime", _rt.Timestamp())
    """The timestamp when the test case execution started."""

    end_time: datetime.datetime | None = _rt.field("EndTime", _rt.Timestamp())
    """The timestamp when the test case execution ended."""

    test_case_execution_id: str | None = _rt.field(
        "TestCaseExecutionId", _rt.String(max=500)
    )
    """The identifier of the test case execution."""

    test_case_id: str | None = _rt.field("TestCaseId", _rt.String(max=500))
    """The identifier of the test case."""

    test_case_execution_status: TestCaseExecutionStatus | str | None = _rt.field(
        "TestCaseExecutionStatus", _rt.String(enum="TestCaseExecutionStatus")
    )
    """The status of the test case execution."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource."""

    @classmethod
    def make(
        cls,
        *,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        test_case_execution_id: str | None = None,
        test_case_id: str | None = None,
        test_case_execution_status: TestCaseExecutionStatus | str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class TestCaseExecutionStatus(_rt.Enum):
    """The status of a test case execution."""

    INITIATED = "INITIATED"
    PASSED = "PASSED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    STOPPED = "STOPPED"


class TestCaseSearchCriteria(_rt.Structure):
    """The search criteria to be used to return test cases."""

    or_conditions: list[TestCaseSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("TestCaseSearchCriteria"))
    )
    """A list of conditions which would be applied together with an OR condition."""

    and_conditions: list[TestCaseSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("TestCaseSearchCriteria"))
    )
    """A list of conditions which would be applied together with an AND condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )
    """A leaf node condition which can be used to specify a string condition."""

    status_condition: TestCaseStatus | str | None = _rt.field(
        "StatusCondition", _rt.String(enum="TestCaseStatus")
    )
    """The status of the test case."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[TestCaseSearchCriteria] | None = None,
        and_conditions: list[TestCaseSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
        status_condition: TestCaseStatus | str | None = None,
    ) -> Self:
        return cls._build(locals())


class TestCaseSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    tag_filter: ControlPlaneTagFilter | None = _rt.field(
        "TagFilter", _rt.Ref("ControlPlaneTagFilter")
    )
    """An object that can be used to specify Tag conditions inside the SearchFilter.
    This accepts an OR of AND (List of List) input where: Top level list specifies
    conditions that need to be applied with OR operator. Inner list specifies
    conditions that need to be applied with AND operator."""

    @classmethod
    def make(cls, *, tag_filter: ControlPlaneTagFilter | None = None) -> Self:
        return cls._build(locals())


class TestCaseStatus(_rt.Enum):
    """The status of a test case."""

    PUBLISHED = "PUBLISHED"
    SAVED = "SAVED"


class TestCaseSummary(_rt.Structure):
    """Contains summary information about a test case."""

    id: str | None = _rt.field("Id", _rt.String(max=500))
    """The identifier of the test case."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the test case."""

    name: str | None = _rt.field("Name", _rt.String(min=1))
    """The name of the test case."""

    status: TestCaseStatus | str | None = _rt.field(
        "Status", _rt.String(enum="TestCaseStatus")
    )
    """The status of the test case."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The time at which the test case was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The region in which the test case was last modified."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        status: TestCaseStatus | str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class Threshold(_rt.Structure):
    """Contains information about the threshold for service level metrics."""

    comparison: Comparison | str | None = _rt.field(
        "Comparison", _rt.String(enum="Comparison")
    )
    """The type of comparison. Only "less than" (LT) comparisons are supported."""

    threshold_value: float | None = _rt.field("ThresholdValue", _rt.Float())
    """The threshold value to compare."""

    @classmethod
    def make(
        cls,
        *,
        comparison: Comparison | str | None = None,
        threshold_value: float | None = None,
    ) -> Self:
        return cls._build(locals())


class ThresholdV2(_rt.Structure):
    """Contains information about the threshold for service level metrics."""

    comparison: str | None = _rt.field("Comparison", _rt.String(min=1, max=250))
    """The type of comparison. Currently, "less than" (LT), "less than equal" (LTE),
    and "greater than" (GT) comparisons are supported."""

    threshold_value: float | None = _rt.field("ThresholdValue", _rt.Float())
    """The threshold value to compare."""

    @classmethod
    def make(
        cls, *, comparison: str | None = None, threshold_value: float | None = None
    ) -> Self:
        return cls._build(locals())


class ThrottlingException(_rt.ServiceError):
    """The throttling limit has been exceeded."""

    _error_code = "ThrottlingException"
    _http_status = 429

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class TimerEligibleParticipantRoles(_rt.Enum):
    """The values of TimerEligibleParticipantRoles; one AWS adds later is kept as it is."""

    CUSTOMER = "CUSTOMER"
    AGENT = "AGENT"


class TooManyRequestsException(_rt.ServiceError):
    """Displayed when rate-related API limits are exceeded."""

    _error_code = "TooManyRequestsException"
    _http_status = 429

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class TrafficDistributionGroup(_rt.Structure):
    """Information about a traffic distribution group."""

    id: str | None = _rt.field(
        "Id",
        _rt.String(
            pattern="^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"
        ),
    )
    """The identifier of the traffic distribution group. This can be the ID or the ARN
    if the API is being called in the Region where the traffic distribution group
    was created. The ARN must be provided if the call is from the replicated Region."""

    arn: str | None = _rt.field(
        "Arn",
        _rt.String(
            pattern="^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
    )
    """The Amazon Resource Name (ARN) of the traffic distribution group."""

    name: str | None = _rt.field(
        "Name", _rt.String(min=1, max=128, pattern="(^[\\S].*[\\S]$)|(^[\\S]$)")
    )
    """The name of the traffic distribution group."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=1, max=250, pattern="(^[\\S].*[\\S]$)|(^[\\S]$)")
    )
    """The description of the traffic distribution group."""

    instance_arn: str | None = _rt.field(
        "InstanceArn",
        _rt.String(
            pattern="arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9-]{1}:[0-9]{1,20}:instance/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
        ),
    )
    """The Amazon Resource Name (ARN)."""

    status: TrafficDistributionGroupStatus | str | None = _rt.field(
        "Status", _rt.String(enum="TrafficDistributionGroupStatus")
    )
    """The status of the traffic distribution group.

    `CREATION_IN_PROGRESS` means the previous CreateTrafficDistributionGroup
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTrafficDistributionGroup.html)
    operation is still in progress and has not yet completed.

    `ACTIVE` means the previous CreateTrafficDistributionGroup
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTrafficDistributionGroup.html)
    operation has succeeded.

    `CREATION_FAILED` indicates that the previous CreateTrafficDistributionGroup
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTrafficDistributionGroup.html)
    operation has failed.

    `PENDING_DELETION` means the previous DeleteTrafficDistributionGroup
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteTrafficDistributionGroup.html)
    operation is still in progress and has not yet completed.

    `DELETION_FAILED` means the previous DeleteTrafficDistributionGroup
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteTrafficDistributionGroup.html)
    operation has failed.

    `UPDATE_IN_PROGRESS` means the previous UpdateTrafficDistribution
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateTrafficDistribution.html)
    operation is still in progress and has not yet completed."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    is_default: bool | None = _rt.field("IsDefault", _rt.Boolean())
    """Whether this is the default traffic distribution group created during instance
    replication. The default traffic distribution group cannot be deleted by the
    `DeleteTrafficDistributionGroup` API. The default traffic distribution group is
    deleted as part of the process for deleting a replica.

    The `SignInConfig` distribution is available only on a default
    `TrafficDistributionGroup` (see the `IsDefault` parameter in the
    TrafficDistributionGroup
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_TrafficDistributionGroup.html)
    data type). If you call `UpdateTrafficDistribution` with a modified
    `SignInConfig` and a non-default `TrafficDistributionGroup`, an
    `InvalidRequestException` is returned."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        description: str | None = None,
        instance_arn: str | None = None,
        status: TrafficDistributionGroupStatus | str | None = None,
        tags: dict[str, str] | None = None,
        is_default: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class TrafficDistributionGroupStatus(_rt.Enum):
    """The values of TrafficDistributionGroupStatus; one AWS adds later is kept as it is."""

    CREATION_IN_PROGRESS = "CREATION_IN_PROGRESS"
    ACTIVE = "ACTIVE"
    CREATION_FAILED = "CREATION_FAILED"
    PENDING_DELETION = "PENDING_DELETION"
    DELETION_FAILED = "DELETION_FAILED"
    UPDATE_IN_PROGRESS = "UPDATE_IN_PROGRESS"


class TrafficDistributionGroupSummary(_rt.Structure):
    """Information about traffic distribution groups."""

    id: str | None = _rt.field(
        "Id",
        _rt.String(
            pattern="^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"
        ),
    )
    """The identifier of the traffic distribution group. This can be the ID or the ARN
    if the API is being called in the Region where the traffic distribution group
    was created. The ARN must be provided if the call is from the replicated Region."""

    arn: str | None = _rt.field(
        "Arn",
        _rt.String(
            pattern="^arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:traffic-distribution-group/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
    )
    """The Amazon Resource Name (ARN) of the traffic distribution group."""

    name: str | None = _rt.field(
        "Name", _rt.String(min=1, max=128, pattern="(^[\\S].*[\\S]$)|(^[\\S]$)")
    )
    """The name of the traffic distribution group."""

    instance_arn: str | None = _rt.field(
        "InstanceArn",
        _rt.String(
            pattern="arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9-]{1}:[0-9]{1,20}:instance/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
        ),
    )
    """The Amazon Resource Name (ARN) of the traffic distribution group."""

    status: TrafficDistributionGroupStatus | str | None = _rt.field(
        "Status", _rt.String(enum="TrafficDistributionGroupStatus")
    )
    """The status of the traffic distribution group.

    `CREATION_IN_PROGRESS` means the previous CreateTrafficDistributionGroup
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTrafficDistributionGroup.html)
    operation is still in progress and has not yet completed.

    `ACTIVE` means the previous CreateTrafficDistributionGroup
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTrafficDistributionGroup.html)
    operation has succeeded.

    `CREATION_FAILED` indicates that the previous CreateTrafficDistributionGroup
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateTrafficDistributionGroup.html)
    operation has failed.

    `PENDING_DELETION` means the previous DeleteTrafficDistributionGroup
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteTrafficDistributionGroup.html)
    operation is still in progress and has not yet completed.

    `DELETION_FAILED` means the previous DeleteTrafficDistributionGroup
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteTrafficDistributionGroup.html)
    operation has failed.

    `UPDATE_IN_PROGRESS` means the previous UpdateTrafficDistributionGroup
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateTrafficDistributionGroup.html)
    operation is still in progress and has not yet completed."""

    is_default: bool | None = _rt.field("IsDefault", _rt.Boolean())
    """Whether this is the default traffic distribution group created during instance
    replication. The default traffic distribution group cannot be deleted by the
    `DeleteTrafficDistributionGroup` API. The default traffic distribution group is
    deleted as part of the process for deleting a replica."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        instance_arn: str | None = None,
        status: TrafficDistributionGroupStatus | str | None = None,
        is_default: bool | None = None,
    ) -> Self:
        return cls._build(locals())


class TrafficDistributionGroupUserSummary(_rt.Structure):
    """Summary information about a traffic distribution group user."""

    user_id: str | None = _rt.field("UserId", _rt.String())
    """The identifier for the user. This can be the ID or the ARN of the user."""

    @classmethod
    def make(cls, *, user_id: str | None = None) -> Self:
        return cls._build(locals())


class TrafficType(_rt.Enum):
    """The values of TrafficType; one AWS adds later is kept as it is."""

    GENERAL = "GENERAL"
    CAMPAIGN = "CAMPAIGN"


class Transcript(_rt.Structure):
    """A structure that defines search criteria and matching logic to search for
    contacts by matching text with transcripts analyzed by Connect Customer Contact
    Lens."""

    criteria: list[TranscriptCriteria] = _rt.field(
        "Criteria",
        _rt.ListOf(_rt.Ref("TranscriptCriteria"), min=0, max=6),
        required=True,
    )
    """The list of search criteria based on Contact Lens conversational analytics
    transcript."""

    match_type: SearchContactsMatchType | str | None = _rt.field(
        "MatchType", _rt.String(enum="SearchContactsMatchType")
    )
    """The match type combining search criteria using multiple transcript criteria."""

    @classmethod
    def make(
        cls,
        *,
        criteria: list[TranscriptCriteria],
        match_type: SearchContactsMatchType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class TranscriptCriteria(_rt.Structure):
    """A structure that defines search criteria base on words or phrases, participants
    in the Contact Lens conversational analytics transcript."""

    participant_role: ParticipantRole | str = _rt.field(
        "ParticipantRole", _rt.String(enum="ParticipantRole"), required=True
    )
    """The participant role in a transcript"""

    search_text: list[str] = _rt.field(
        "SearchText", _rt.ListOf(_rt.String(max=128), min=0, max=100), required=True
    )
    """The words or phrases used to search within a transcript."""

    match_type: SearchContactsMatchType | str = _rt.field(
        "MatchType", _rt.String(enum="SearchContactsMatchType"), required=True
    )
    """The match type combining search criteria using multiple search texts in a
    transcript criteria."""

    @classmethod
    def make(
        cls,
        *,
        participant_role: ParticipantRole | str,
        search_text: list[str],
        match_type: SearchContactsMatchType | str,
    ) -> Self:
        return cls._build(locals())


class TransferContactRequest(_rt.Structure):
    """The input of TransferContact."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact in this instance of Connect Customer."""

    queue_id: str | None = _rt.field("QueueId", _rt.String())
    """The identifier for the queue."""

    user_id: str | None = _rt.field("UserId", _rt.String(min=1, max=256))
    """The identifier for the user. This can be the ID or the ARN of the user."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True
    )
    """The identifier of the flow."""

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
        contact_id: str,
        contact_flow_id: str,
        queue_id: str | None = None,
        user_id: str | None = None,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class TransferContactResponse(_rt.Structure):
    """The output of TransferContact."""

    contact_id: str | None = _rt.field("ContactId", _rt.String(min=1, max=256))
    """The identifier of the contact in this instance of Connect Customer."""

    contact_arn: str | None = _rt.field("ContactArn", _rt.String())
    """The Amazon Resource Name (ARN) of the contact."""

    @classmethod
    def make(
        cls, *, contact_id: str | None = None, contact_arn: str | None = None
    ) -> Self:
        return cls._build(locals())
