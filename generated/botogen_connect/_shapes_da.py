"""Shapes of Amazon Connect Service whose class names start with "da"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_co import ControlPlaneAttributeFilter
    from ._shapes_p import (
        PrimaryAttributeAccessControlConfigurationItem,
        PrimaryValue,
        PrimaryValueResponse,
    )
    from ._shapes_st import StringCondition
    from ._shapes_v import Validation


class DataTable(_rt.Structure):
    """Represents a data table in Amazon Connect. A data table is a JSON-like data
    structure where attributes and values are dynamically set by customers.
    Customers can reference table values within call flows, applications, views, and
    workspaces to pinpoint dynamic configuration that changes their contact center's
    behavior in a predetermined and safe way."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """The human-readable name of the data table. Must be unique within the instance
    and conform to Connect naming standards."""

    id: str = _rt.field("Id", _rt.String(min=1, max=256), required=True)
    """The unique identifier for the data table. Does not include version aliases."""

    arn: str = _rt.field("Arn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) for the data table. Does not include version
    aliases."""

    time_zone: str = _rt.field("TimeZone", _rt.String(), required=True)
    """The IANA timezone identifier used when resolving time based dynamic values.
    Required even if no time slices are specified."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=250, pattern="^[\\\\P{C}\\r\\n\\t]+$")
    )
    """An optional description of the data table's purpose and contents."""

    value_lock_level: DataTableLockLevel | str | None = _rt.field(
        "ValueLockLevel", _rt.String(enum="DataTableLockLevel")
    )
    """The data level that concurrent value edits are locked on. One of DATA_TABLE,
    PRIMARY_VALUE, ATTRIBUTE, VALUE, and NONE. Determines how concurrent edits are
    handled when multiple users attempt to modify values simultaneously."""

    lock_version: DataTableLockVersion | None = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion")
    )
    """The lock version information used for optimistic locking and table versioning.
    Changes with each update to prevent concurrent modification conflicts."""

    version: str | None = _rt.field("Version", _rt.String(min=0, max=128))
    """A unique identifier and alias for customer managed versions (not $LATEST or
    $SAVED)."""

    version_description: str | None = _rt.field(
        "VersionDescription",
        _rt.String(min=0, max=250, pattern="^[\\\\P{C}\\r\\n\\t]+$"),
    )
    """A description of the customer managed version."""

    status: DataTableStatus | str | None = _rt.field(
        "Status", _rt.String(enum="DataTableStatus")
    )
    """The current status of the data table. One of PUBLISHED or SAVED."""

    created_time: datetime.datetime | None = _rt.field("CreatedTime", _rt.Timestamp())
    """The timestamp when the data table was created."""

    last_modified_time: datetime.datetime = _rt.field(
        "LastModifiedTime", _rt.Timestamp(), required=True
    )
    """The timestamp when the data table or any of its properties were last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region where the data table was last modified, used for
    region replication."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """Key-value pairs for attribute based access control (TBAC or ABAC) and
    organization."""

    @classmethod
    def make(
        cls,
        *,
        name: str,
        id: str,
        arn: str,
        time_zone: str,
        last_modified_time: datetime.datetime,
        description: str | None = None,
        value_lock_level: DataTableLockLevel | str | None = None,
        lock_version: DataTableLockVersion | None = None,
        version: str | None = None,
        version_description: str | None = None,
        status: DataTableStatus | str | None = None,
        created_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class DataTableAccessControlConfiguration(_rt.Structure):
    """A data table access control configuration."""

    primary_attribute_access_control_configuration: (
        PrimaryAttributeAccessControlConfigurationItem | None
    ) = _rt.field(
        "PrimaryAttributeAccessControlConfiguration",
        _rt.Ref("PrimaryAttributeAccessControlConfigurationItem"),
    )
    """The configuration's primary attribute access control configuration."""

    @classmethod
    def make(
        cls,
        *,
        primary_attribute_access_control_configuration: (
            PrimaryAttributeAccessControlConfigurationItem | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class DataTableAttribute(_rt.Structure):
    """Represents an attribute (column) in a data table. Attributes define the schema
    and validation rules for values that can be stored in the table. They specify
    the data type, constraints, and whether the attribute is used as a primary key
    for record identification."""

    attribute_id: str | None = _rt.field("AttributeId", _rt.String(min=1, max=256))
    """The unique identifier for the attribute within the data table."""

    name: str = _rt.field("Name", _rt.String(min=1, max=127), required=True)
    """The human-readable name of the attribute. Must be unique within the data table
    and conform to Connect naming standards."""

    value_type: DataTableAttributeValueType | str = _rt.field(
        "ValueType", _rt.String(enum="DataTableAttributeValueType"), required=True
    )
    """The type of value allowed for this attribute. Must be one of TEXT, TEXT_LIST,
    NUMBER, NUMBER_LIST, or BOOLEAN. Determines how values are validated and
    processed."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=250, pattern="^[\\\\P{C}\\r\\n\\t]+$")
    )
    """An optional description explaining the purpose and usage of this attribute."""

    data_table_id: str | None = _rt.field("DataTableId", _rt.String(min=1, max=256))
    """The unique identifier of the data table that contains this attribute."""

    data_table_arn: str | None = _rt.field("DataTableArn", _rt.String())
    """The Amazon Resource Name (ARN) of the data table that contains this attribute."""

    primary: bool | None = _rt.field("Primary", _rt.Boolean())
    """Boolean indicating whether this attribute is used as a primary key for record
    identification. Primary attributes must have unique value combinations and
    cannot contain expressions."""

    version: str | None = _rt.field("Version", _rt.String(min=0, max=128))
    """The version identifier for this attribute, used for versioning and change
    tracking."""

    lock_version: DataTableLockVersion | None = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion")
    )
    """The lock version for this attribute, used for optimistic locking to prevent
    concurrent modification conflicts."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when this attribute was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region where this attribute was last modified, used for
    region replication."""

    validation: Validation | None = _rt.field("Validation", _rt.Ref("Validation"))
    """The validation rules applied to values of this attribute. Based on JSON Schema
    Draft 2020-12 with additional Connect-specific validations for data integrity."""

    @classmethod
    def make(
        cls,
        *,
        name: str,
        value_type: DataTableAttributeValueType | str,
        attribute_id: str | None = None,
        description: str | None = None,
        data_table_id: str | None = None,
        data_table_arn: str | None = None,
        primary: bool | None = None,
        version: str | None = None,
        lock_version: DataTableLockVersion | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
        validation: Validation | None = None,
    ) -> Self:
        return cls._build(locals())


class DataTableAttributeValueType(_rt.Enum):
    """The values of DataTableAttributeValueType; one AWS adds later is kept as it is."""

    TEXT = "TEXT"
    NUMBER = "NUMBER"
    BOOLEAN = "BOOLEAN"
    TEXT_LIST = "TEXT_LIST"
    NUMBER_LIST = "NUMBER_LIST"


class DataTableDeleteValueIdentifier(_rt.Structure):
    """A data table delete value identifier."""

    primary_values: list[PrimaryValue] | None = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue"))
    )
    """The identifier's primary values."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The identifier's attribute name."""

    lock_version: DataTableLockVersion = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion"), required=True
    )
    """The identifier's lock version."""

    @classmethod
    def make(
        cls,
        *,
        attribute_name: str,
        lock_version: DataTableLockVersion,
        primary_values: list[PrimaryValue] | None = None,
    ) -> Self:
        return cls._build(locals())


class DataTableEvaluatedValue(_rt.Structure):
    """A data table evaluated value."""

    record_id: str = _rt.field("RecordId", _rt.String(min=1, max=256), required=True)
    """The value's record ID."""

    primary_values: list[PrimaryValue] = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue")), required=True
    )
    """The value's primary values."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The value's attribute name."""

    value_type: DataTableAttributeValueType | str = _rt.field(
        "ValueType", _rt.String(enum="DataTableAttributeValueType"), required=True
    )
    """The value's value type."""

    found: bool = _rt.field("Found", _rt.Boolean(), required=True)
    """The value's found."""

    error: bool = _rt.field("Error", _rt.Boolean(), required=True)
    """The value's error."""

    evaluated_value: str = _rt.field("EvaluatedValue", _rt.String(), required=True)
    """The value's evaluated value."""

    @classmethod
    def make(
        cls,
        *,
        record_id: str,
        primary_values: list[PrimaryValue],
        attribute_name: str,
        value_type: DataTableAttributeValueType | str,
        found: bool,
        error: bool,
        evaluated_value: str,
    ) -> Self:
        return cls._build(locals())


class DataTableLockLevel(_rt.Enum):
    """The values of DataTableLockLevel; one AWS adds later is kept as it is."""

    NONE = "NONE"
    DATA_TABLE = "DATA_TABLE"
    PRIMARY_VALUE = "PRIMARY_VALUE"
    ATTRIBUTE = "ATTRIBUTE"
    VALUE = "VALUE"


class DataTableLockVersion(_rt.Structure):
    """Contains lock version information for different levels of a data table
    hierarchy. Used for optimistic locking to prevent concurrent modification
    conflicts. Each component has its own lock version that changes when that
    component is modified."""

    data_table: str | None = _rt.field("DataTable", _rt.String())
    """The lock version for the data table itself. Used for optimistic locking and
    table versioning. Changes with each update to the table's metadata or structure."""

    attribute: str | None = _rt.field("Attribute", _rt.String())
    """The lock version for a specific attribute. When the ValueLockLevel is ATTRIBUTE,
    this version changes when any value for the attribute changes. For other lock
    levels, it only changes when the attribute's properties are directly updated."""

    primary_values: str | None = _rt.field("PrimaryValues", _rt.String())
    """The lock version for a specific set of primary values (record). This includes
    the default record even if the table does not have any primary attributes. Used
    for record-level locking."""

    value: str | None = _rt.field("Value", _rt.String())
    """The lock version for a specific value. Changes each time the individual value is
    modified. Used for the finest-grained locking control."""

    @classmethod
    def make(
        cls,
        *,
        data_table: str | None = None,
        attribute: str | None = None,
        primary_values: str | None = None,
        value: str | None = None,
    ) -> Self:
        return cls._build(locals())


class DataTableSearchCriteria(_rt.Structure):
    """A data table search criteria."""

    or_conditions: list[DataTableSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("DataTableSearchCriteria"))
    )
    """The criteria's or conditions."""

    and_conditions: list[DataTableSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("DataTableSearchCriteria"))
    )
    """The criteria's and conditions."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[DataTableSearchCriteria] | None = None,
        and_conditions: list[DataTableSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class DataTableSearchFilter(_rt.Structure):
    """A data table search filter."""

    attribute_filter: ControlPlaneAttributeFilter | None = _rt.field(
        "AttributeFilter", _rt.Ref("ControlPlaneAttributeFilter")
    )

    @classmethod
    def make(
        cls, *, attribute_filter: ControlPlaneAttributeFilter | None = None
    ) -> Self:
        return cls._build(locals())


class DataTableStatus(_rt.Enum):
    """The values of DataTableStatus; one AWS adds later is kept as it is."""

    PUBLISHED = "PUBLISHED"


class DataTableSummary(_rt.Structure):
    """A data table summary."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The summary's name."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=256))
    """The summary's ID."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The summary's ARN."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The summary's last modified time."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The summary's last modified region."""

    @classmethod
    def make(
        cls,
        *,
        name: str | None = None,
        id: str | None = None,
        arn: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class DataTableValue(_rt.Structure):
    """A data table value."""

    primary_values: list[PrimaryValue] | None = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue"))
    )
    """The value's primary values."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The value's attribute name."""

    value: str = _rt.field("Value", _rt.String(), required=True)
    """The value's value."""

    lock_version: DataTableLockVersion | None = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion")
    )
    """The value's lock version."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The value's last modified time."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The value's last modified region."""

    @classmethod
    def make(
        cls,
        *,
        attribute_name: str,
        value: str,
        primary_values: list[PrimaryValue] | None = None,
        lock_version: DataTableLockVersion | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class DataTableValueEvaluationSet(_rt.Structure):
    """A data table value evaluation set."""

    primary_values: list[PrimaryValue] | None = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue"))
    )
    """The set's primary values."""

    attribute_names: list[str] = _rt.field(
        "AttributeNames", _rt.ListOf(_rt.String(min=1, max=127)), required=True
    )
    """The set's attribute names."""

    @classmethod
    def make(
        cls,
        *,
        attribute_names: list[str],
        primary_values: list[PrimaryValue] | None = None,
    ) -> Self:
        return cls._build(locals())


class DataTableValueIdentifier(_rt.Structure):
    """A data table value identifier."""

    primary_values: list[PrimaryValue] | None = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValue"))
    )
    """The identifier's primary values."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The identifier's attribute name."""

    @classmethod
    def make(
        cls, *, attribute_name: str, primary_values: list[PrimaryValue] | None = None
    ) -> Self:
        return cls._build(locals())


class DataTableValueSummary(_rt.Structure):
    """A data table value summary."""

    record_id: str | None = _rt.field("RecordId", _rt.String(min=1, max=256))
    """The summary's record ID."""

    attribute_id: str | None = _rt.field("AttributeId", _rt.String(min=1, max=256))
    """The summary's attribute ID."""

    primary_values: list[PrimaryValueResponse] = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValueResponse")), required=True
    )
    """The summary's primary values."""

    attribute_name: str = _rt.field(
        "AttributeName", _rt.String(min=1, max=127), required=True
    )
    """The summary's attribute name."""

    value_type: DataTableAttributeValueType | str = _rt.field(
        "ValueType", _rt.String(enum="DataTableAttributeValueType"), required=True
    )
    """The summary's value type."""

    value: str = _rt.field("Value", _rt.String(), required=True)
    """The summary's value."""

    lock_version: DataTableLockVersion | None = _rt.field(
        "LockVersion", _rt.Ref("DataTableLockVersion")
    )
    """The summary's lock version."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The summary's last modified time."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The summary's last modified region."""

    @classmethod
    def make(
        cls,
        *,
        primary_values: list[PrimaryValueResponse],
        attribute_name: str,
        value_type: DataTableAttributeValueType | str,
        value: str,
        record_id: str | None = None,
        attribute_id: str | None = None,
        lock_version: DataTableLockVersion | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class DateComparisonType(_rt.Enum):
    """The values of DateComparisonType; one AWS adds later is kept as it is."""

    GREATER_THAN = "GREATER_THAN"
    LESS_THAN = "LESS_THAN"
    GREATER_THAN_OR_EQUAL_TO = "GREATER_THAN_OR_EQUAL_TO"
    LESS_THAN_OR_EQUAL_TO = "LESS_THAN_OR_EQUAL_TO"
    EQUAL_TO = "EQUAL_TO"


class DateCondition(_rt.Structure):
    """An object to specify the hours of operation override date condition."""

    field_name: str | None = _rt.field("FieldName", _rt.String())
    """An object to specify the hours of operation override date field."""

    value: str | None = _rt.field("Value", _rt.String(pattern="^\\d{4}-\\d{2}-\\d{2}$"))
    """An object to specify the hours of operation override date value."""

    comparison_type: DateComparisonType | str | None = _rt.field(
        "ComparisonType", _rt.String(enum="DateComparisonType")
    )
    """An object to specify the hours of operation override date condition
    `comparisonType`."""

    @classmethod
    def make(
        cls,
        *,
        field_name: str | None = None,
        value: str | None = None,
        comparison_type: DateComparisonType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class DateReference(_rt.Structure):
    """Information about a reference when the `referenceType` is `DATE`. Otherwise,
    null."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=4096))
    """Identifier of the date reference."""

    value: str | None = _rt.field("Value", _rt.String(min=0, max=4096))
    """A valid date."""

    @classmethod
    def make(cls, *, name: str | None = None, value: str | None = None) -> Self:
        return cls._build(locals())


class DateTimeComparisonType(_rt.Enum):
    """The values of DateTimeComparisonType; one AWS adds later is kept as it is."""

    GREATER_THAN = "GREATER_THAN"
    LESS_THAN = "LESS_THAN"
    GREATER_THAN_OR_EQUAL_TO = "GREATER_THAN_OR_EQUAL_TO"
    LESS_THAN_OR_EQUAL_TO = "LESS_THAN_OR_EQUAL_TO"
    EQUAL_TO = "EQUAL_TO"
    RANGE = "RANGE"


class DateTimeCondition(_rt.Structure):
    """A datetime search condition for Search APIs."""

    field_name: str | None = _rt.field("FieldName", _rt.String())
    """A name of the datetime property to be searched"""

    min_value: str | None = _rt.field(
        "MinValue",
        _rt.String(pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z?$"),
    )
    """A minimum value of the property."""

    max_value: str | None = _rt.field(
        "MaxValue",
        _rt.String(pattern="^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z?$"),
    )
    """A maximum value of the property."""

    comparison_type: DateTimeComparisonType | str | None = _rt.field(
        "ComparisonType", _rt.String(enum="DateTimeComparisonType")
    )
    """Datetime property comparison type."""

    @classmethod
    def make(
        cls,
        *,
        field_name: str | None = None,
        min_value: str | None = None,
        max_value: str | None = None,
        comparison_type: DateTimeComparisonType | str | None = None,
    ) -> Self:
        return cls._build(locals())
