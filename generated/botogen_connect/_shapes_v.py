"""Shapes of Amazon Connect Service whose class names start with "v"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_ch import Channel
    from ._shapes_co import ControlPlaneAttributeFilter
    from ._shapes_i import IvrRecordingTrack
    from ._shapes_st import StringCondition


class Validation(_rt.Structure):
    """Defines validation rules for data table attribute values. Based on JSON Schema
    Draft 2020-12 with additional Connect-specific validations. Validation rules
    ensure data integrity and consistency across the data table."""

    min_length: int | None = _rt.field("MinLength", _rt.Integer(min=0, max=1000))
    """The minimum number of characters a text value can contain. Applies to TEXT value
    type and values within a TEXT_LIST. Must be less than or equal to MaxLength."""

    max_length: int | None = _rt.field("MaxLength", _rt.Integer(min=0, max=1000))
    """The maximum number of characters a text value can contain. Applies to TEXT value
    type and values within a TEXT_LIST. Must be greater than or equal to MinLength."""

    min_values: int | None = _rt.field("MinValues", _rt.Integer(min=0, max=100))
    """The minimum number of values in a list. Must be an integer greater than or equal
    to 0 and less than or equal to MaxValues. Applies to all list types."""

    max_values: int | None = _rt.field("MaxValues", _rt.Integer(min=0, max=100))
    """The maximum number of values in a list. Must be an integer greater than or equal
    to 0 and greater than or equal to MinValues. Applies to all list types."""

    ignore_case: bool | None = _rt.field("IgnoreCase", _rt.Boolean())
    """Boolean that defaults to false. Applies to text lists and text primary
    attributes. When true, enforces case-insensitive uniqueness for primary
    attributes and allows case-insensitive lookups."""

    minimum: float | None = _rt.field("Minimum", _rt.Float())
    """The smallest inclusive numeric value for NUMBER value type. Cannot be provided
    when ExclusiveMinimum is also provided. Must be less than or equal to Maximum
    and less than ExclusiveMaximum. Applies to NUMBER and values within NUMBER_LIST."""

    maximum: float | None = _rt.field("Maximum", _rt.Float())
    """The largest inclusive numeric value for NUMBER value type. Can be provided
    alongside ExclusiveMaximum where both operate independently. Must be greater
    than or equal to Minimum and greater than ExclusiveMinimum. Applies to NUMBER
    and values within NUMBER_LIST."""

    exclusive_minimum: float | None = _rt.field("ExclusiveMinimum", _rt.Float())
    """The smallest exclusive numeric value for NUMBER value type. Can be provided
    alongside Minimum where both operate independently. Must be less than
    ExclusiveMaximum and Maximum. Applies to NUMBER and values within NUMBER_LIST."""

    exclusive_maximum: float | None = _rt.field("ExclusiveMaximum", _rt.Float())
    """The largest exclusive numeric value for NUMBER value type. Can be provided
    alongside Maximum where both operate independently. Must be greater than
    ExclusiveMinimum and Minimum. Applies to NUMBER and values within NUMBER_LIST."""

    multiple_of: float | None = _rt.field("MultipleOf", _rt.Float(min=0))
    """Specifies that numeric values must be multiples of this number. Must be greater
    than 0. The result of dividing a value by this multiple must result in an
    integer. Applies to NUMBER and values within NUMBER_LIST."""

    enum: ValidationEnum | None = _rt.field("Enum", _rt.Ref("ValidationEnum"))
    """Defines enumeration constraints for attribute values. Can specify a list of
    allowed values and whether custom values are permitted beyond the enumerated
    list."""

    @classmethod
    def make(
        cls,
        *,
        min_length: int | None = None,
        max_length: int | None = None,
        min_values: int | None = None,
        max_values: int | None = None,
        ignore_case: bool | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        exclusive_minimum: float | None = None,
        exclusive_maximum: float | None = None,
        multiple_of: float | None = None,
        enum: ValidationEnum | None = None,
    ) -> Self:
        return cls._build(locals())


class ValidationEnum(_rt.Structure):
    """Defines enumeration validation for attribute values. Allows specifying a list of
    permitted values and whether custom values beyond the enumerated list are
    allowed."""

    strict: bool | None = _rt.field("Strict", _rt.Boolean())
    """Boolean that defaults to false. When true, only values specified in the enum
    list are allowed. When false, custom values beyond the enumerated list are
    permitted."""

    values: list[str] | None = _rt.field("Values", _rt.ListOf(_rt.String()))
    """A list of predefined values that are allowed for this attribute. These values
    are always permitted regardless of the Strict setting."""

    @classmethod
    def make(
        cls, *, strict: bool | None = None, values: list[str] | None = None
    ) -> Self:
        return cls._build(locals())


class VideoCapability(_rt.Enum):
    """The values of VideoCapability; one AWS adds later is kept as it is."""

    SEND = "SEND"


class View(_rt.Structure):
    """A view resource object. Contains metadata and content necessary to render the
    view."""

    id: str | None = _rt.field(
        "Id", _rt.String(min=1, max=500, pattern="^[a-zA-Z0-9\\_\\-:\\/$]+$")
    )
    """The identifier of the view."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the view."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=255), sensitive=True)
    """The name of the view."""

    status: ViewStatus | str | None = _rt.field("Status", _rt.String(enum="ViewStatus"))
    """Indicates the view status as either `SAVED` or `PUBLISHED`. The `PUBLISHED`
    status will initiate validation on the content."""

    type: ViewType | str | None = _rt.field("Type", _rt.String(enum="ViewType"))
    """The type of the view - `CUSTOMER_MANAGED`."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=4096))
    """The description of the view."""

    version: int | None = _rt.field("Version", _rt.Integer())
    """Current version of the view."""

    version_description: str | None = _rt.field(
        "VersionDescription", _rt.String(min=1, max=4096)
    )
    """The description of the version."""

    content: ViewContent | None = _rt.field("Content", _rt.Ref("ViewContent"))
    """View content containing all content necessary to render a view except for
    runtime input data."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags associated with the view resource (not specific to view version)."""

    created_time: datetime.datetime | None = _rt.field("CreatedTime", _rt.Timestamp())
    """The timestamp of when the view was created."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """Latest timestamp of the `UpdateViewContent` or `CreateViewVersion` operations."""

    view_content_sha256: str | None = _rt.field(
        "ViewContentSha256", _rt.String(min=1, max=64, pattern="^[a-zA-Z0-9]$")
    )
    """Indicates the checksum value of the latest published view content."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        status: ViewStatus | str | None = None,
        type: ViewType | str | None = None,
        description: str | None = None,
        version: int | None = None,
        version_description: str | None = None,
        content: ViewContent | None = None,
        tags: dict[str, str] | None = None,
        created_time: datetime.datetime | None = None,
        last_modified_time: datetime.datetime | None = None,
        view_content_sha256: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ViewContent(_rt.Structure):
    """View content containing all content necessary to render a view except for
    runtime input data."""

    input_schema: str | None = _rt.field("InputSchema", _rt.String(), sensitive=True)
    """The data schema matching data that the view template must be provided to render."""

    template: str | None = _rt.field("Template", _rt.String())
    """The view template representing the structure of the view."""

    actions: list[str] | None = _rt.field(
        "Actions", _rt.ListOf(_rt.String(min=1, max=255))
    )
    """A list of possible actions from the view."""

    @classmethod
    def make(
        cls,
        *,
        input_schema: str | None = None,
        template: str | None = None,
        actions: list[str] | None = None,
    ) -> Self:
        return cls._build(locals())


class ViewInputContent(_rt.Structure):
    """View content containing all content necessary to render a view except for
    runtime input data and the runtime input schema, which is auto-generated by this
    operation."""

    template: str | None = _rt.field("Template", _rt.String())
    """The view template representing the structure of the view."""

    actions: list[str] | None = _rt.field(
        "Actions", _rt.ListOf(_rt.String(min=1, max=255))
    )
    """A list of possible actions from the view."""

    @classmethod
    def make(
        cls, *, template: str | None = None, actions: list[str] | None = None
    ) -> Self:
        return cls._build(locals())


class ViewSearchCriteria(_rt.Structure):
    """Defines the search criteria for filtering views."""

    or_conditions: list[ViewSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("ViewSearchCriteria"))
    )
    """A list of conditions to be met, where at least one condition must be satisfied."""

    and_conditions: list[ViewSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("ViewSearchCriteria"))
    )
    """A list of conditions that must all be satisfied."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )

    view_type_condition: ViewType | str | None = _rt.field(
        "ViewTypeCondition", _rt.String(enum="ViewType")
    )
    """A condition that filters views by their type."""

    view_status_condition: ViewStatus | str | None = _rt.field(
        "ViewStatusCondition", _rt.String(enum="ViewStatus")
    )
    """A condition that filters views by their status."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[ViewSearchCriteria] | None = None,
        and_conditions: list[ViewSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
        view_type_condition: ViewType | str | None = None,
        view_status_condition: ViewStatus | str | None = None,
    ) -> Self:
        return cls._build(locals())


class ViewSearchFilter(_rt.Structure):
    """Defines filters to apply when searching for views, such as tag-based filters."""

    attribute_filter: ControlPlaneAttributeFilter | None = _rt.field(
        "AttributeFilter", _rt.Ref("ControlPlaneAttributeFilter")
    )

    @classmethod
    def make(
        cls, *, attribute_filter: ControlPlaneAttributeFilter | None = None
    ) -> Self:
        return cls._build(locals())


class ViewStatus(_rt.Enum):
    """The values of ViewStatus; one AWS adds later is kept as it is."""

    PUBLISHED = "PUBLISHED"
    SAVED = "SAVED"


class ViewSummary(_rt.Structure):
    """A summary of a view's metadata."""

    id: str | None = _rt.field(
        "Id", _rt.String(min=1, max=500, pattern="^[a-zA-Z0-9\\_\\-:\\/$]+$")
    )
    """The identifier of the view."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the view."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=255), sensitive=True)
    """The name of the view."""

    type: ViewType | str | None = _rt.field("Type", _rt.String(enum="ViewType"))
    """The type of the view."""

    status: ViewStatus | str | None = _rt.field("Status", _rt.String(enum="ViewStatus"))
    """Indicates the view status as either `SAVED` or `PUBLISHED`. The `PUBLISHED`
    status will initiate validation on the content."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=4096))
    """The description of the view."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        type: ViewType | str | None = None,
        status: ViewStatus | str | None = None,
        description: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ViewType(_rt.Enum):
    """The values of ViewType; one AWS adds later is kept as it is."""

    CUSTOMER_MANAGED = "CUSTOMER_MANAGED"
    AWS_MANAGED = "AWS_MANAGED"


class ViewVersionSummary(_rt.Structure):
    """A summary of a view version's metadata."""

    id: str | None = _rt.field(
        "Id", _rt.String(min=1, max=500, pattern="^[a-zA-Z0-9\\_\\-:\\/$]+$")
    )
    """The identifier of the view version."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the view version."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=4096))
    """The description of the view version."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=255), sensitive=True)
    """The name of the view version."""

    type: ViewType | str | None = _rt.field("Type", _rt.String(enum="ViewType"))
    """The type of the view version."""

    version: int | None = _rt.field("Version", _rt.Integer())
    """The sequentially incremented version of the view version."""

    version_description: str | None = _rt.field(
        "VersionDescription", _rt.String(min=1, max=4096)
    )
    """The description of the view version."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        arn: str | None = None,
        description: str | None = None,
        name: str | None = None,
        type: ViewType | str | None = None,
        version: int | None = None,
        version_description: str | None = None,
    ) -> Self:
        return cls._build(locals())


class Visibility(_rt.Enum):
    """The values of Visibility; one AWS adds later is kept as it is."""

    ALL = "ALL"
    ASSIGNED = "ASSIGNED"
    NONE = "NONE"


class Vocabulary(_rt.Structure):
    """Contains information about a custom vocabulary."""

    name: str = _rt.field(
        "Name", _rt.String(min=1, max=140, pattern="^[0-9a-zA-Z._-]+"), required=True
    )
    """A unique name of the custom vocabulary."""

    id: str = _rt.field("Id", _rt.String(min=1, max=500), required=True)
    """The identifier of the custom vocabulary."""

    arn: str = _rt.field("Arn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the custom vocabulary."""

    language_code: VocabularyLanguageCode | str = _rt.field(
        "LanguageCode", _rt.String(enum="VocabularyLanguageCode"), required=True
    )
    """The language code of the vocabulary entries. For a list of languages and their
    corresponding language codes, see What is Amazon Transcribe?
    (https://docs.aws.amazon.com/transcribe/latest/dg/transcribe-whatis.html)"""

    state: VocabularyState | str = _rt.field(
        "State", _rt.String(enum="VocabularyState"), required=True
    )
    """The current state of the custom vocabulary."""

    last_modified_time: datetime.datetime = _rt.field(
        "LastModifiedTime", _rt.Timestamp(), required=True
    )
    """The timestamp when the custom vocabulary was last modified."""

    failure_reason: str | None = _rt.field("FailureReason", _rt.String())
    """The reason why the custom vocabulary was not created."""

    content: str | None = _rt.field("Content", _rt.String(min=1, max=60000))
    """The content of the custom vocabulary in plain-text format with a table of
    values. Each row in the table represents a word or a phrase, described with
    `Phrase`, `IPA`, `SoundsLike`, and `DisplayAs` fields. Separate the fields with
    TAB characters. For more information, see Create a custom vocabulary using a
    table
    (https://docs.aws.amazon.com/transcribe/latest/dg/custom-vocabulary.html#create-vocabulary-table).
    """

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
        name: str,
        id: str,
        arn: str,
        language_code: VocabularyLanguageCode | str,
        state: VocabularyState | str,
        last_modified_time: datetime.datetime,
        failure_reason: str | None = None,
        content: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class VocabularyLanguageCode(_rt.Enum):
    """The values of VocabularyLanguageCode; one AWS adds later is kept as it is."""

    AR_AE = "ar-AE"
    DE_CH = "de-CH"
    DE_DE = "de-DE"
    EN_AB = "en-AB"
    EN_AU = "en-AU"
    EN_GB = "en-GB"
    EN_IE = "en-IE"
    EN_IN = "en-IN"
    EN_US = "en-US"
    EN_WL = "en-WL"
    ES_ES = "es-ES"
    ES_US = "es-US"
    FR_CA = "fr-CA"
    FR_FR = "fr-FR"
    HI_IN = "hi-IN"
    IT_IT = "it-IT"
    JA_JP = "ja-JP"
    KO_KR = "ko-KR"
    PT_BR = "pt-BR"
    PT_PT = "pt-PT"
    ZH_CN = "zh-CN"
    EN_NZ = "en-NZ"
    EN_ZA = "en-ZA"
    CA_ES = "ca-ES"
    DA_DK = "da-DK"
    FI_FI = "fi-FI"
    ID_ID = "id-ID"
    MS_MY = "ms-MY"
    NL_NL = "nl-NL"
    NO_NO = "no-NO"
    PL_PL = "pl-PL"
    SV_SE = "sv-SE"
    TL_PH = "tl-PH"


class VocabularyState(_rt.Enum):
    """The values of VocabularyState; one AWS adds later is kept as it is."""

    CREATION_IN_PROGRESS = "CREATION_IN_PROGRESS"
    ACTIVE = "ACTIVE"
    CREATION_FAILED = "CREATION_FAILED"
    DELETE_IN_PROGRESS = "DELETE_IN_PROGRESS"


class VocabularySummary(_rt.Structure):
    """Contains summary information about the custom vocabulary."""

    name: str = _rt.field(
        "Name", _rt.String(min=1, max=140, pattern="^[0-9a-zA-Z._-]+"), required=True
    )
    """A unique name of the custom vocabulary."""

    id: str = _rt.field("Id", _rt.String(min=1, max=500), required=True)
    """The identifier of the custom vocabulary."""

    arn: str = _rt.field("Arn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the custom vocabulary."""

    language_code: VocabularyLanguageCode | str = _rt.field(
        "LanguageCode", _rt.String(enum="VocabularyLanguageCode"), required=True
    )
    """The language code of the vocabulary entries. For a list of languages and their
    corresponding language codes, see What is Amazon Transcribe?
    (https://docs.aws.amazon.com/transcribe/latest/dg/transcribe-whatis.html)"""

    state: VocabularyState | str = _rt.field(
        "State", _rt.String(enum="VocabularyState"), required=True
    )
    """The current state of the custom vocabulary."""

    last_modified_time: datetime.datetime = _rt.field(
        "LastModifiedTime", _rt.Timestamp(), required=True
    )
    """The timestamp when the custom vocabulary was last modified."""

    failure_reason: str | None = _rt.field("FailureReason", _rt.String())
    """The reason why the custom vocabulary was not created."""

    @classmethod
    def make(
        cls,
        *,
        name: str,
        id: str,
        arn: str,
        language_code: VocabularyLanguageCode | str,
        state: VocabularyState | str,
        last_modified_time: datetime.datetime,
        failure_reason: str | None = None,
    ) -> Self:
        return cls._build(locals())


class VoiceCallEntryPointParameters(_rt.Structure):
    """Parameters for initiating a voice call test."""

    source_phone_number: str | None = _rt.field(
        "SourcePhoneNumber", _rt.String(pattern="\\\\+[1-9]\\\\d{1,14}$")
    )
    """The source phone number for the test."""

    destination_phone_number: str | None = _rt.field(
        "DestinationPhoneNumber", _rt.String(pattern="\\\\+[1-9]\\\\d{1,14}$")
    )
    """The destination phone number for the test."""

    flow_id: str | None = _rt.field("FlowId", _rt.String(max=500))
    """The flow identifier for the test."""

    @classmethod
    def make(
        cls,
        *,
        source_phone_number: str | None = None,
        destination_phone_number: str | None = None,
        flow_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class VoiceEnhancementConfig(_rt.Structure):
    """Configuration settings for voice enhancement."""

    channel: Channel | str = _rt.field(
        "Channel", _rt.String(enum="Channel"), required=True
    )
    """The channel for this voice enhancement configuration. Only `VOICE` is supported
    for this data type."""

    voice_enhancement_mode: VoiceEnhancementMode | str = _rt.field(
        "VoiceEnhancementMode", _rt.String(enum="VoiceEnhancementMode"), required=True
    )
    """The voice enhancement mode."""

    @classmethod
    def make(
        cls,
        *,
        channel: Channel | str,
        voice_enhancement_mode: VoiceEnhancementMode | str,
    ) -> Self:
        return cls._build(locals())


class VoiceEnhancementMode(_rt.Enum):
    """The values of VoiceEnhancementMode; one AWS adds later is kept as it is."""

    VOICE_ISOLATION = "VOICE_ISOLATION"
    NOISE_SUPPRESSION = "NOISE_SUPPRESSION"
    NONE = "NONE"


class VoiceRecordingConfiguration(_rt.Structure):
    """Contains information about the recording configuration settings."""

    voice_recording_track: VoiceRecordingTrack | str | None = _rt.field(
        "VoiceRecordingTrack", _rt.String(enum="VoiceRecordingTrack")
    )
    """Identifies which track is being recorded."""

    ivr_recording_track: IvrRecordingTrack | str | None = _rt.field(
        "IvrRecordingTrack", _rt.String(enum="IvrRecordingTrack")
    )
    """Identifies which IVR track is being recorded.

    One and only one of the track configurations should be presented in the request."""

    @classmethod
    def make(
        cls,
        *,
        voice_recording_track: VoiceRecordingTrack | str | None = None,
        ivr_recording_track: IvrRecordingTrack | str | None = None,
    ) -> Self:
        return cls._build(locals())


class VoiceRecordingTrack(_rt.Enum):
    """The values of VoiceRecordingTrack; one AWS adds later is kept as it is."""

    FROM_AGENT = "FROM_AGENT"
    TO_AGENT = "TO_AGENT"
    ALL = "ALL"
