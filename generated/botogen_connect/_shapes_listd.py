"""Shapes of Amazon Connect Service whose class names start with "listd"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self
    from ._shapes_da import DataTableAttribute, DataTableSummary, DataTableValueSummary
    from ._shapes_def import DefaultVocabulary
    from ._shapes_p import PrimaryAttributeValueFilter
    from ._shapes_r import RecordPrimaryValue
    from ._shapes_v import VocabularyLanguageCode


class ListDataTableAttributesRequest(_rt.Structure):
    """The input of ListDataTableAttributes."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table whose attributes should be listed."""

    attribute_ids: list[str] | None = _rt.field(
        "AttributeIds", _rt.ListOf(_rt.String(min=1, max=256))
    )
    """Optional list of specific attribute IDs to retrieve. Used for CloudFormation to
    effectively describe attributes by ID. If NextToken is provided, this parameter
    is ignored."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """Specify the pagination token from a previous request to retrieve the next page
    of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of data table attributes to return in one page of results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        data_table_id: str,
        attribute_ids: list[str] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListDataTableAttributesResponse(_rt.Structure):
    """The output of ListDataTableAttributes."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """Specify the pagination token from a previous request to retrieve the next page
    of results."""

    attributes: list[DataTableAttribute] = _rt.field(
        "Attributes", _rt.ListOf(_rt.Ref("DataTableAttribute")), required=True
    )
    """A list of data table attributes with their complete configuration and metadata."""

    @classmethod
    def make(
        cls, *, attributes: list[DataTableAttribute], next_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class ListDataTablePrimaryValuesRequest(_rt.Structure):
    """The input of ListDataTablePrimaryValues."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table whose primary values should be listed."""

    record_ids: list[str] | None = _rt.field(
        "RecordIds", _rt.ListOf(_rt.String(min=1, max=256))
    )
    """Optional list of specific record IDs to retrieve. Used for CloudFormation to
    effectively describe records by ID. If NextToken is provided, this parameter is
    ignored."""

    primary_attribute_values: list[PrimaryAttributeValueFilter] | None = _rt.field(
        "PrimaryAttributeValues", _rt.ListOf(_rt.Ref("PrimaryAttributeValueFilter"))
    )
    """Optional filter to retrieve primary values matching specific criteria."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """Specify the pagination token from a previous request to retrieve the next page
    of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of data table primary values to return in one page of
    results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        data_table_id: str,
        record_ids: list[str] | None = None,
        primary_attribute_values: list[PrimaryAttributeValueFilter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListDataTablePrimaryValuesResponse(_rt.Structure):
    """The output of ListDataTablePrimaryValues."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """Specify the pagination token from a previous request to retrieve the next page
    of results."""

    primary_values_list: list[RecordPrimaryValue] = _rt.field(
        "PrimaryValuesList", _rt.ListOf(_rt.Ref("RecordPrimaryValue")), required=True
    )
    """A list of primary value combinations with their record IDs and modification
    metadata."""

    @classmethod
    def make(
        cls,
        *,
        primary_values_list: list[RecordPrimaryValue],
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListDataTableValuesRequest(_rt.Structure):
    """The input of ListDataTableValues."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance."""

    data_table_id: str = _rt.field(
        "DataTableId", _rt.String(min=1, max=256), required=True, location="uri"
    )
    """The unique identifier for the data table whose values should be listed."""

    record_ids: list[str] | None = _rt.field(
        "RecordIds", _rt.ListOf(_rt.String(min=1, max=256))
    )
    """Optional list of specific record IDs to retrieve values for."""

    primary_attribute_values: list[PrimaryAttributeValueFilter] | None = _rt.field(
        "PrimaryAttributeValues", _rt.ListOf(_rt.Ref("PrimaryAttributeValueFilter"))
    )
    """Optional filter to retrieve values for records matching specific primary
    attribute criteria."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """Specify the pagination token from a previous request to retrieve the next page
    of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of data table values to return in one page of results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        data_table_id: str,
        record_ids: list[str] | None = None,
        primary_attribute_values: list[PrimaryAttributeValueFilter] | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListDataTableValuesResponse(_rt.Structure):
    """The output of ListDataTableValues."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """Specify the pagination token from a previous request to retrieve the next page
    of results."""

    values: list[DataTableValueSummary] = _rt.field(
        "Values", _rt.ListOf(_rt.Ref("DataTableValueSummary")), required=True
    )
    """A list of data table values with their associated metadata, lock versions, and
    modification details."""

    @classmethod
    def make(
        cls, *, values: list[DataTableValueSummary], next_token: str | None = None
    ) -> Self:
        return cls._build(locals())


class ListDataTablesRequest(_rt.Structure):
    """The input of ListDataTables."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The unique identifier for the Amazon Connect instance whose data tables should
    be listed."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(), location="querystring", name="nextToken"
    )
    """Specify the pagination token from a previous request to retrieve the next page
    of results."""

    max_results: int | None = _rt.field(
        "MaxResults",
        _rt.Integer(min=1, max=1000),
        location="querystring",
        name="maxResults",
    )
    """The maximum number of data tables to return in one page of results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> Self:
        return cls._build(locals())


class ListDataTablesResponse(_rt.Structure):
    """The output of ListDataTables."""

    next_token: str | None = _rt.field("NextToken", _rt.String())
    """Specify the pagination token from a previous request to retrieve the next page
    of results."""

    data_table_summary_list: list[DataTableSummary] = _rt.field(
        "DataTableSummaryList", _rt.ListOf(_rt.Ref("DataTableSummary")), required=True
    )
    """A list of data table summaries containing basic information about each table
    including ID, ARN, name, and modification details."""

    @classmethod
    def make(
        cls,
        *,
        data_table_summary_list: list[DataTableSummary],
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListDefaultVocabulariesRequest(_rt.Structure):
    """The input of ListDefaultVocabularies."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True, location="uri"
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    language_code: VocabularyLanguageCode | str | None = _rt.field(
        "LanguageCode", _rt.String(enum="VocabularyLanguageCode")
    )
    """The language code of the vocabulary entries. For a list of languages and their
    corresponding language codes, see What is Amazon Transcribe?
    (https://docs.aws.amazon.com/transcribe/latest/dg/transcribe-whatis.html)"""

    max_results: int | None = _rt.field("MaxResults", _rt.Integer(min=1, max=100))
    """The maximum number of results to return per page."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(min=1, max=131070, pattern=".*\\S.*")
    )
    """The token for the next set of results. Use the value returned in the previous
    response in the next request to retrieve the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        language_code: VocabularyLanguageCode | str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ListDefaultVocabulariesResponse(_rt.Structure):
    """The output of ListDefaultVocabularies."""

    default_vocabulary_list: list[DefaultVocabulary] = _rt.field(
        "DefaultVocabularyList", _rt.ListOf(_rt.Ref("DefaultVocabulary")), required=True
    )
    """A list of default vocabularies."""

    next_token: str | None = _rt.field(
        "NextToken", _rt.String(min=1, max=131070, pattern=".*\\S.*")
    )
    """If there are additional results, this is the token for the next set of results."""

    @classmethod
    def make(
        cls,
        *,
        default_vocabulary_list: list[DefaultVocabulary],
        next_token: str | None = None,
    ) -> Self:
        return cls._build(locals())
