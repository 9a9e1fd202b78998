"""Shapes of Amazon Connect Service whose class names start with "listt"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_e import ExecutionRecord
    from ._shapes_t import (
        TaskTemplateMetadata,
        TaskTemplateStatus,
        TestCaseExecution,
        TestCaseExecutionStatus,
        TestCaseSummary,
        TrafficDistributionGroupSummary,
        TrafficDistributionGroupUserSummary,
    )


class ListTagsForResourceRequest(_rt.Structure):
    """The input of ListTagsForResource."""

    resource_arn: str = _rt.field(
        "resourceArn", _rt.String(), required=True, location="uri"
    )
    """The Amazon Resource Name (ARN) of the resource. All Connect Customer resources
    (instances, queues, flows, routing profiles, etc) have an ARN. To locate the ARN
    for an instance, for example, see Find your Connect Customer instance ID/ARN
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)."""

    @classmethod
    def make(cls, *, resource_arn: str) -> Self:
        return cls._build(locals())


class ListTagsForResourceResponse(_rt.Structure):
    """The output of ListTagsForResource."""

    tags: dict[str, str] | None = _rt.field(
        "tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """Information about the tags."""

    @classmethod
    def make(cls, *, tags: dict[str, str] | None = None) -> Self:
        return cls._build(locals())


class ListTaskTemplatesRequest(_rt.Structure):
    """The input of ListTaskTemplates."""

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
    response in the next request to retrieve the next set of results.

    It is not expected that you set this because the value returned in the previous
    response is always null."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=100),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page.

    It is not expected that you set this."""

    status: TaskTemplateStatus | str | None = _rt.field(
        "Status",
        _rt.String(enum="TaskTemplateStatus"),
        location="querystring",
        name="status",
    )
    """Marks a template as `ACTIVE` or `INACTIVE` for a task to refer to it. Tasks can
    only be created from `ACTIVE` templates. If a template is marked as `INACTIVE`,
    then a task that refers to this template cannot be created."""

    name: str | None = _rt.field(
        "Name", _rt.String(min=1, max=100), location="querystring", name="name"
    )
    """The name of the task template."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
        status: TaskTemplateStatus | str | None = None,
        name: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListTaskTemplatesResponse(_rt.Structure):
    """The output of ListTaskTemplates."""

    task_templates: list[TaskTemplateMetadata] | None = _rt.field(
        "TaskTemplates", _rt.ListOf(_rt.Ref("TaskTemplateMetadata"))
    )
    """Provides details about a list of task templates belonging to an instance."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results.

    This is always returned as a null in the response."""

    @classmethod
    def make(
        cls,
        *,
        task_templates: list[TaskTemplateMetadata] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListTestCaseExecutionRecordsRequest(_rt.Structure):
    """The input of ListTestCaseExecutionRecords."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance."""

    test_case_id: str = _rt.field(
        "TestCaseId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the test case."""

    test_case_execution_id: str = _rt.field(
        "TestCaseExecutionId", _rt.String(max=500), required=True, location="uri"
    )
    """The identifier of the test case execution."""

    status: TestCaseExecutionStatus | str | None = _rt.field(
        "Status",
        _rt.String(enum="TestCaseExecutionStatus"),
        location="querystring",
        name="status",
    )
    """Filter execution records by status."""

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

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        test_case_id: str,
        test_case_execution_id: str,
        status: TestCaseExecutionStatus | str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListTestCaseExecutionRecordsResponse(_rt.Structure):
    """The output of ListTestCaseExecutionRecords."""

    execution_records: list[ExecutionRecord] | None = _rt.field(
        "ExecutionRecords", _rt.ListOf(_rt.Ref("ExecutionRecord"))
    )
    """An array of test case execution record objects."""

    next_token: str | None = _rt.field("NextToken", _rt.String(min=1, max=100000))
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        execution_records: list[ExecutionRecord] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListTestCaseExecutionsRequest(_rt.Structure):
    """The input of ListTestCaseExecutions."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance."""

    test_case_id: str | None = _rt.field(
        "TestCaseId", _rt.String(max=500), location="querystring", name="testCaseId"
    )
    """Filter executions by test case identifier."""

    test_case_name: str | None = _rt.field(
        "TestCaseName", _rt.String(min=1), location="querystring", name="testCaseName"
    )
    """Filter executions by test case name."""

    start_time: int | None = _rt.field(
        "StartTime", _rt.Integer(min=0), location="querystring", name="startTime"
    )
    """Filter executions that started after this time."""

    end_time: int | None = _rt.field(
        "EndTime", _rt.Integer(min=0), location="querystring", name="endTime"
    )
    """Filter executions that started before this time."""

    status: TestCaseExecutionStatus | str | None = _rt.field(
        "Status",
        _rt.String(enum="TestCaseExecutionStatus"),
        location="querystring",
        name="status",
    )
    """Filter executions by status."""

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

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        test_case_id: str | None = None,
        test_case_name: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        status: TestCaseExecutionStatus | str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListTestCaseExecutionsResponse(_rt.Structure):
    """The output of ListTestCaseExecutions."""

    test_case_executions: list[TestCaseExecution] | None = _rt.field(
        "TestCaseExecutions", _rt.ListOf(_rt.Ref("TestCaseExecution"))
    )
    """An array of test case execution summary objects."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        test_case_executions: list[TestCaseExecution] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListTestCasesRequest(_rt.Structure):
    """The input of ListTestCases."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Amazon Connect instance."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
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


class ListTestCasesResponse(_rt.Structure):
    """The output of ListTestCases."""

    test_case_summary_list: list[TestCaseSummary] | None = _rt.field(
        "TestCaseSummaryList", _rt.ListOf(_rt.Ref("TestCaseSummary"))
    )
    """Information about the tests."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        test_case_summary_list: list[TestCaseSummary] | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListTrafficDistributionGroupUsersRequest(_rt.Structure):
    """The input of ListTrafficDistributionGroupUsers."""

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

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=10),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        traffic_distribution_group_id: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListTrafficDistributionGroupUsersResponse(_rt.Structure):
    """The output of ListTrafficDistributionGroupUsers."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    traffic_distribution_group_user_summary_list: (
        list[TrafficDistributionGroupUserSummary] | None
    ) = _rt.field(
        "TrafficDistributionGroupUserSummaryList",
        _rt.ListOf(_rt.Ref("TrafficDistributionGroupUserSummary"), min=0, max=10),
    )
    """A list of traffic distribution group users."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        traffic_distribution_group_user_summary_list: (
            list[TrafficDistributionGroupUserSummary] | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class ListTrafficDistributionGroupsRequest(_rt.Structure):
    """The input of ListTrafficDistributionGroups."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=10),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of results to return per page."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    instance_id: str | None = _rt.field(
        "InstanceId",
        _rt.String(
            min=1,
            max=250,
            pattern="^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
        ),
        location="querystring",
        name="instanceId",
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    @classmethod
    def make(
        cls,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        instance_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListTrafficDistributionGroupsResponse(_rt.Structure):
    """The output of ListTrafficDistributionGroups."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """If there are additional results, this is the token for the next set of results."""

    traffic_distribution_group_summary_list: (
        list[TrafficDistributionGroupSummary] | None
    ) = _rt.field(
        "TrafficDistributionGroupSummaryList",
        _rt.ListOf(_rt.Ref("TrafficDistributionGroupSummary"), min=0, max=10),
    )
    """A list of traffic distribution groups."""

    @classmethod
    def make(
        cls,
        *,
        next_token: str | None = None,
        traffic_distribution_group_summary_list: (
            list[TrafficDistributionGroupSummary] | None
        ) = None,
    ) -> Self:
        return cls._build(locals())
