"""Shapes of Amazon Connect Service whose class names start with "r"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import (
        ActionSummary,
        ActionType,
        AgentAvailabilityTimer,
        ArtifactStatus,
        AssignContactCategoryActionDefinition,
        AssignSlaActionDefinition,
        AttachmentReference,
    )
    from ._shapes_ch import Channel
    from ._shapes_co import ContactRecordingType, ControlPlaneTagFilter
    from ._shapes_cr import CreateCaseActionDefinition
    from ._shapes_da import DateReference
    from ._shapes_e import (
        EmailMessageReference,
        EmailReference,
        EndAssociatedTasksActionDefinition,
        EventBridgeActionDefinition,
        EventSourceName,
        Expression,
    )
    from ._shapes_i import InstanceReplicationStatus
    from ._shapes_m import MediaConcurrency, MediaStreamType
    from ._shapes_n import NumberReference
    from ._shapes_p import ParticipantRole, ParticipantType, PrimaryValueResponse
    from ._shapes_se import SendNotificationActionDefinition
    from ._shapes_st import Step, StorageType, StringCondition, StringReference
    from ._shapes_su import SubmitAutoEvaluationActionDefinition
    from ._shapes_t import (
        TagSearchCondition,
        TaskActionDefinition,
        TaskTemplateFieldIdentifier,
    )
    from ._shapes_up import UpdateCaseActionDefinition
    from ._shapes_ur import UrlReference


class Range(_rt.Structure):
    """An Object to define the minimum and maximum proficiency levels."""

    min_proficiency_level: float | None = _rt.field(
        "MinProficiencyLevel", _rt.Float(min=1.0, max=5.0)
    )
    """The minimum proficiency level of the range."""

    max_proficiency_level: float | None = _rt.field(
        "MaxProficiencyLevel", _rt.Float(min=1.0, max=5.0)
    )
    """The maximum proficiency level of the range."""

    @classmethod
    def make(
        cls,
        *,
        min_proficiency_level: float | None = None,
        max_proficiency_level: float | None = None,
    ) -> Self:
        return cls._build(locals())


class ReadOnlyFieldInfo(_rt.Structure):
    """Indicates a field that is read-only to an agent."""

    id: TaskTemplateFieldIdentifier | None = _rt.field(
        "Id", _rt.Ref("TaskTemplateFieldIdentifier")
    )
    """Identifier of the read-only field."""

    @classmethod
    def make(cls, *, id: TaskTemplateFieldIdentifier | None = None) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisAttachment(_rt.Structure):
    """Object that describes attached file."""

    attachment_name: str = _rt.field(
        "AttachmentName", _rt.String(min=1, max=256), required=True
    )
    """A case-sensitive name of the attachment being uploaded. Can be redacted."""

    content_type: str | None = _rt.field("ContentType", _rt.String(min=1, max=255))
    """Describes the MIME file type of the attachment. For a list of supported file
    types, see Feature specifications
    (https://docs.aws.amazon.com/connect/latest/adminguide/feature-limits.html) in
    the Connect Customer Administrator Guide."""

    attachment_id: str = _rt.field(
        "AttachmentId", _rt.String(min=1, max=256), required=True
    )
    """A unique identifier for the attachment."""

    status: ArtifactStatus | str | None = _rt.field(
        "Status", _rt.String(enum="ArtifactStatus")
    )
    """Status of the attachment."""

    @classmethod
    def make(
        cls,
        *,
        attachment_name: str,
        attachment_id: str,
        content_type: str | None = None,
        status: ArtifactStatus | str | None = None,
    ) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisCategoryDetails(_rt.Structure):
    """Provides information about the category rule that was matched."""

    points_of_interest: list[RealTimeContactAnalysisPointOfInterest] = _rt.field(
        "PointsOfInterest",
        _rt.ListOf(_rt.Ref("RealTimeContactAnalysisPointOfInterest"), min=0, max=5),
        required=True,
    )
    """List of PointOfInterest - objects describing a single match of a rule."""

    @classmethod
    def make(
        cls, *, points_of_interest: list[RealTimeContactAnalysisPointOfInterest]
    ) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisCharacterInterval(_rt.Structure):
    """Begin and end offsets for a part of text."""

    begin_offset_char: int = _rt.field(
        "BeginOffsetChar", _rt.Integer(min=0), required=True
    )
    """The beginning of the character interval."""

    end_offset_char: int = _rt.field("EndOffsetChar", _rt.Integer(min=0), required=True)
    """The end of the character interval."""

    @classmethod
    def make(cls, *, begin_offset_char: int, end_offset_char: int) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisIssueDetected(_rt.Structure):
    """Potential issues that are detected based on an artificial intelligence analysis
    of each turn in the conversation."""

    transcript_items: list[RealTimeContactAnalysisTranscriptItemWithContent] = (
        _rt.field(
            "TranscriptItems",
            _rt.ListOf(_rt.Ref("RealTimeContactAnalysisTranscriptItemWithContent")),
            required=True,
        )
    )
    """List of the transcript items (segments) that are associated with a given issue."""

    @classmethod
    def make(
        cls, *, transcript_items: list[RealTimeContactAnalysisTranscriptItemWithContent]
    ) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisOutputType(_rt.Enum):
    """The values of RealTimeContactAnalysisOutputType; one AWS adds later is kept as it is."""

    RAW = "Raw"
    REDACTED = "Redacted"


class RealTimeContactAnalysisPointOfInterest(_rt.Structure):
    """The section of the contact transcript segment that category rule was detected."""

    transcript_items: (
        list[RealTimeContactAnalysisTranscriptItemWithCharacterOffsets] | None
    ) = _rt.field(
        "TranscriptItems",
        _rt.ListOf(
            _rt.Ref("RealTimeContactAnalysisTranscriptItemWithCharacterOffsets"),
            min=0,
            max=10,
        ),
    )
    """List of the transcript items (segments) that are associated with a given point
    of interest."""

    @classmethod
    def make(
        cls,
        *,
        transcript_items: (
            list[RealTimeContactAnalysisTranscriptItemWithCharacterOffsets] | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisPostContactSummaryFailureCode(_rt.Enum):
    """The values of RealTimeContactAnalysisPostContactSummaryFailureCode; one AWS adds later is kept as it is."""

    QUOTA_EXCEEDED = "QUOTA_EXCEEDED"
    INSUFFICIENT_CONVERSATION_CONTENT = "INSUFFICIENT_CONVERSATION_CONTENT"
    FAILED_SAFETY_GUIDELINES = "FAILED_SAFETY_GUIDELINES"
    INVALID_ANALYSIS_CONFIGURATION = "INVALID_ANALYSIS_CONFIGURATION"
    INTERNAL_ERROR = "INTERNAL_ERROR"


class RealTimeContactAnalysisPostContactSummaryStatus(_rt.Enum):
    """The values of RealTimeContactAnalysisPostContactSummaryStatus; one AWS adds later is kept as it is."""

    FAILED = "FAILED"
    COMPLETED = "COMPLETED"


class RealTimeContactAnalysisSegmentAttachments(_rt.Structure):
    """Segment containing list of attachments."""

    id: str = _rt.field("Id", _rt.String(min=1, max=256), required=True)
    """The identifier of the segment."""

    participant_id: str = _rt.field(
        "ParticipantId", _rt.String(min=1, max=256), required=True
    )
    """The identifier of the participant."""

    participant_role: ParticipantRole | str = _rt.field(
        "ParticipantRole", _rt.String(enum="ParticipantRole"), required=True
    )
    """The role of the participant. For example, is it a customer, agent, or system."""

    display_name: str | None = _rt.field("DisplayName", _rt.String(min=1, max=256))
    """The display name of the participant. Can be redacted."""

    attachments: list[RealTimeContactAnalysisAttachment] = _rt.field(
        "Attachments",
        _rt.ListOf(_rt.Ref("RealTimeContactAnalysisAttachment"), max=10),
        required=True,
    )
    """List of objects describing an individual attachment."""

    time: RealTimeContactAnalysisTimeData = _rt.field(
        "Time", _rt.Ref("RealTimeContactAnalysisTimeData"), required=True
    )
    """Field describing the time of the event. It can have different representations of
    time."""

    @classmethod
    def make(
        cls,
        *,
        id: str,
        participant_id: str,
        participant_role: ParticipantRole | str,
        attachments: list[RealTimeContactAnalysisAttachment],
        time: RealTimeContactAnalysisTimeData,
        display_name: str | None = None,
    ) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisSegmentCategories(_rt.Structure):
    """The matched category rules."""

    matched_details: dict[str, RealTimeContactAnalysisCategoryDetails] = _rt.field(
        "MatchedDetails",
        _rt.MapOf(
            _rt.String(min=1, max=256),
            _rt.Ref("RealTimeContactAnalysisCategoryDetails"),
            min=0,
            max=150,
        ),
        required=True,
    )
    """Map between the name of the matched rule and
    RealTimeContactAnalysisCategoryDetails."""

    @classmethod
    def make(
        cls, *, matched_details: dict[str, RealTimeContactAnalysisCategoryDetails]
    ) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisSegmentEvent(_rt.Structure):
    """Segment type describing a contact event."""

    id: str = _rt.field("Id", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact event."""

    participant_id: str | None = _rt.field("ParticipantId", _rt.String(min=1, max=256))
    """The identifier of the participant."""

    participant_role: ParticipantRole | str | None = _rt.field(
        "ParticipantRole", _rt.String(enum="ParticipantRole")
    )
    """The role of the participant. For example, is it a customer, agent, or system."""

    display_name: str | None = _rt.field("DisplayName", _rt.String(min=1, max=256))
    """The display name of the participant. Can be redacted."""

    event_type: str = _rt.field("EventType", _rt.String(min=1, max=128), required=True)
    """Type of the event. For example,
    `application/vnd.amazonaws.connect.event.participant.left`."""

    time: RealTimeContactAnalysisTimeData = _rt.field(
        "Time", _rt.Ref("RealTimeContactAnalysisTimeData"), required=True
    )
    """Field describing the time of the event. It can have different representations of
    time."""

    @classmethod
    def make(
        cls,
        *,
        id: str,
        event_type: str,
        time: RealTimeContactAnalysisTimeData,
        participant_id: str | None = None,
        participant_role: ParticipantRole | str | None = None,
        display_name: str | None = None,
    ) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisSegmentIssues(_rt.Structure):
    """Segment type containing a list of detected issues."""

    issues_detected: list[RealTimeContactAnalysisIssueDetected] = _rt.field(
        "IssuesDetected",
        _rt.ListOf(_rt.Ref("RealTimeContactAnalysisIssueDetected")),
        required=True,
    )
    """List of the issues detected."""

    @classmethod
    def make(
        cls, *, issues_detected: list[RealTimeContactAnalysisIssueDetected]
    ) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisSegmentPostContactSummary(_rt.Structure):
    """Information about the post-contact summary for a real-time contact segment."""

    content: str | None = _rt.field("Content", _rt.String(min=1, max=1270))
    """The content of the summary."""

    status: RealTimeContactAnalysisPostContactSummaryStatus | str = _rt.field(
        "Status",
        _rt.String(enum="RealTimeContactAnalysisPostContactSummaryStatus"),
        required=True,
    )
    """Whether the summary was successfully COMPLETED or FAILED to be generated."""

    failure_code: RealTimeContactAnalysisPostContactSummaryFailureCode | str | None = (
        _rt.field(
            "FailureCode",
            _rt.String(enum="RealTimeContactAnalysisPostContactSummaryFailureCode"),
        )
    )
    """If the summary failed to be generated, one of the following failure codes
    occurs:

    `QUOTA_EXCEEDED`: The number of concurrent analytics jobs reached your service
    quota.

    `INSUFFICIENT_CONVERSATION_CONTENT`: The conversation needs to have at least one
    turn from both the participants in order to generate the summary.

    `FAILED_SAFETY_GUIDELINES`: The generated summary cannot be provided because it
    failed to meet system safety guidelines.

    `INVALID_ANALYSIS_CONFIGURATION`: This code occurs when, for example, you're
    using a language
    (https://docs.aws.amazon.com/connect/latest/adminguide/supported-languages.html#supported-languages-contact-lens)
    that isn't supported by generative AI-powered post-contact summaries.

    `INTERNAL_ERROR`: Internal system error."""

    @classmethod
    def make(
        cls,
        *,
        status: RealTimeContactAnalysisPostContactSummaryStatus | str,
        content: str | None = None,
        failure_code: (
            RealTimeContactAnalysisPostContactSummaryFailureCode | str | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisSegmentTranscript(_rt.Structure):
    """The analyzed transcript segment."""

    id: str = _rt.field("Id", _rt.String(min=1, max=256), required=True)
    """The identifier of the transcript."""

    participant_id: str = _rt.field(
        "ParticipantId", _rt.String(min=1, max=256), required=True
    )
    """The identifier of the participant."""

    participant_role: ParticipantRole | str = _rt.field(
        "ParticipantRole", _rt.String(enum="ParticipantRole"), required=True
    )
    """The role of the participant. For example, is it a customer, agent, or system."""

    display_name: str | None = _rt.field("DisplayName", _rt.String(min=1, max=256))
    """The display name of the participant."""

    content: str = _rt.field("Content", _rt.String(min=1, max=16384), required=True)
    """The content of the transcript. Can be redacted."""

    content_type: str | None = _rt.field("ContentType", _rt.String(min=1, max=256))
    """The type of content of the item. For example, `text/plain`."""

    time: RealTimeContactAnalysisTimeData = _rt.field(
        "Time", _rt.Ref("RealTimeContactAnalysisTimeData"), required=True
    )
    """Field describing the time of the event. It can have different representations of
    time."""

    redaction: RealTimeContactAnalysisTranscriptItemRedaction | None = _rt.field(
        "Redaction", _rt.Ref("RealTimeContactAnalysisTranscriptItemRedaction")
    )
    """Object describing redaction that was applied to the transcript. If transcript
    has the field it means part of the transcript was redacted."""

    sentiment: RealTimeContactAnalysisSentimentLabel | str | None = _rt.field(
        "Sentiment", _rt.String(enum="RealTimeContactAnalysisSentimentLabel")
    )
    """The sentiment detected for this piece of transcript."""

    @classmethod
    def make(
        cls,
        *,
        id: str,
        participant_id: str,
        participant_role: ParticipantRole | str,
        content: str,
        time: RealTimeContactAnalysisTimeData,
        display_name: str | None = None,
        content_type: str | None = None,
        redaction: RealTimeContactAnalysisTranscriptItemRedaction | None = None,
        sentiment: RealTimeContactAnalysisSentimentLabel | str | None = None,
    ) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisSegmentType(_rt.Enum):
    """The values of RealTimeContactAnalysisSegmentType; one AWS adds later is kept as it is."""

    TRANSCRIPT = "Transcript"
    CATEGORIES = "Categories"
    ISSUES = "Issues"
    EVENT = "Event"
    ATTACHMENTS = "Attachments"
    POST_CONTACT_SUMMARY = "PostContactSummary"


class RealTimeContactAnalysisSentimentLabel(_rt.Enum):
    """The values of RealTimeContactAnalysisSentimentLabel; one AWS adds later is kept as it is."""

    POSITIVE = "POSITIVE"
    NEGATIVE = "NEGATIVE"
    NEUTRAL = "NEUTRAL"


class RealTimeContactAnalysisStatus(_rt.Enum):
    """The values of RealTimeContactAnalysisStatus; one AWS adds later is kept as it is."""

    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    COMPLETED = "COMPLETED"


class RealTimeContactAnalysisSupportedChannel(_rt.Enum):
    """The values of RealTimeContactAnalysisSupportedChannel; one AWS adds later is kept as it is."""

    VOICE = "VOICE"
    CHAT = "CHAT"


class RealTimeContactAnalysisTimeData(_rt.Union):
    """Object describing time with which the segment is associated. It can have
    different representations of time. Currently supported: absoluteTime"""

    absolute_time: datetime.datetime | None = _rt.field(
        "AbsoluteTime", _rt.Timestamp(format="iso8601")
    )
    """Time represented in ISO 8601 format: yyyy-MM-ddThh:mm:ss.SSSZ. For example,
    2019-11-08T02:41:28.172Z."""

    @classmethod
    def make(cls, *, absolute_time: datetime.datetime | None = None) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisTranscriptItemRedaction(_rt.Structure):
    """Object describing redaction applied to the segment."""

    character_offsets: list[RealTimeContactAnalysisCharacterInterval] | None = (
        _rt.field(
            "CharacterOffsets",
            _rt.ListOf(_rt.Ref("RealTimeContactAnalysisCharacterInterval")),
        )
    )
    """List of character intervals each describing a part of the text that was
    redacted. For `OutputType.Raw`, part of the original text that contains data
    that can be redacted. For ` OutputType.Redacted`, part of the string with
    redaction tag."""

    @classmethod
    def make(
        cls,
        *,
        character_offsets: list[RealTimeContactAnalysisCharacterInterval] | None = None,
    ) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisTranscriptItemWithCharacterOffsets(_rt.Structure):
    """Transcript representation containing Id and list of character intervals that are
    associated with analysis data. For example, this object within a
    `RealTimeContactAnalysisPointOfInterest` in `Category.MatchedDetails` would have
    character interval describing part of the text that matched category."""

    id: str = _rt.field("Id", _rt.String(min=1, max=256), required=True)
    """Transcript identifier. Matches the identifier from one of the
    TranscriptSegments."""

    character_offsets: RealTimeContactAnalysisCharacterInterval | None = _rt.field(
        "CharacterOffsets", _rt.Ref("RealTimeContactAnalysisCharacterInterval")
    )
    """List of character intervals within transcript content/text."""

    @classmethod
    def make(
        cls,
        *,
        id: str,
        character_offsets: RealTimeContactAnalysisCharacterInterval | None = None,
    ) -> Self:
        return cls._build(locals())


class RealTimeContactAnalysisTranscriptItemWithContent(_rt.Structure):
    """Transcript representation containing Id, Content and list of character intervals
    that are associated with analysis data. For example, this object within an issue
    detected would describe both content that contains identified issue and
    intervals where that content is taken from."""

    content: str | None = _rt.field("Content", _rt.String(min=1, max=16384))
    """Part of the transcript content that contains identified issue. Can be redacted"""

    id: str = _rt.field("Id", _rt.String(min=1, max=256), required=True)
    """Transcript identifier. Matches the identifier from one of the
    TranscriptSegments."""

    character_offsets: RealTimeContactAnalysisCharacterInterval | None = _rt.field(
        "CharacterOffsets", _rt.Ref("RealTimeContactAnalysisCharacterInterval")
    )

    @classmethod
    def make(
        cls,
        *,
        id: str,
        content: str | None = None,
        character_offsets: RealTimeContactAnalysisCharacterInterval | None = None,
    ) -> Self:
        return cls._build(locals())


class RealtimeContactAnalysisSegment(_rt.Union):
    """An analyzed segment for a real-time analysis session."""

    transcript: RealTimeContactAnalysisSegmentTranscript | None = _rt.field(
        "Transcript", _rt.Ref("RealTimeContactAnalysisSegmentTranscript")
    )

    categories: RealTimeContactAnalysisSegmentCategories | None = _rt.field(
        "Categories", _rt.Ref("RealTimeContactAnalysisSegmentCategories")
    )

    issues: RealTimeContactAnalysisSegmentIssues | None = _rt.field(
        "Issues", _rt.Ref("RealTimeContactAnalysisSegmentIssues")
    )

    event: RealTimeContactAnalysisSegmentEvent | None = _rt.field(
        "Event", _rt.Ref("RealTimeContactAnalysisSegmentEvent")
    )

    attachments: RealTimeContactAnalysisSegmentAttachments | None = _rt.field(
        "Attachments", _rt.Ref("RealTimeContactAnalysisSegmentAttachments")
    )
    """The analyzed attachments."""

    post_contact_summary: RealTimeContactAnalysisSegmentPostContactSummary | None = (
        _rt.field(
            "PostContactSummary",
            _rt.Ref("RealTimeContactAnalysisSegmentPostContactSummary"),
        )
    )
    """Information about the post-contact summary."""

    @classmethod
    def make(
        cls,
        *,
        transcript: RealTimeContactAnalysisSegmentTranscript | None = None,
        categories: RealTimeContactAnalysisSegmentCategories | None = None,
        issues: RealTimeContactAnalysisSegmentIssues | None = None,
        event: RealTimeContactAnalysisSegmentEvent | None = None,
        attachments: RealTimeContactAnalysisSegmentAttachments | None = None,
        post_contact_summary: (
            RealTimeContactAnalysisSegmentPostContactSummary | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class RecordPrimaryValue(_rt.Structure):
    """A record primary value."""

    record_id: str | None = _rt.field("RecordId", _rt.String(min=1, max=256))
    """The value's record ID."""

    primary_values: list[PrimaryValueResponse] | None = _rt.field(
        "PrimaryValues", _rt.ListOf(_rt.Ref("PrimaryValueResponse"))
    )
    """The value's primary values."""

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
        record_id: str | None = None,
        primary_values: list[PrimaryValueResponse] | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class RecordingInfo(_rt.Structure):
    """Information about a voice recording, chat transcript, or screen recording."""

    storage_type: StorageType | str | None = _rt.field(
        "StorageType", _rt.String(enum="StorageType")
    )
    """Where the recording/transcript is stored."""

    location: str | None = _rt.field("Location", _rt.String(min=0, max=1024))
    """The location, in Amazon S3, for the recording/transcript."""

    media_stream_type: MediaStreamType | str | None = _rt.field(
        "MediaStreamType", _rt.String(enum="MediaStreamType")
    )
    """Information about the media stream used during the conversation."""

    participant_type: ParticipantType | str | None = _rt.field(
        "ParticipantType", _rt.String(enum="ParticipantType")
    )
    """Information about the conversation participant, whether they are an agent or
    contact. The participant types are as follows:

    All

    Manager

    Agent

    Customer

    Thirdparty

    Supervisor"""

    fragment_start_number: str | None = _rt.field(
        "FragmentStartNumber", _rt.String(min=0, max=128)
    )
    """The number that identifies the Kinesis Video Streams fragment where the customer
    audio stream started."""

    fragment_stop_number: str | None = _rt.field(
        "FragmentStopNumber", _rt.String(min=0, max=128)
    )
    """The number that identifies the Kinesis Video Streams fragment where the customer
    audio stream stopped."""

    start_timestamp: datetime.datetime | None = _rt.field(
        "StartTimestamp", _rt.Timestamp()
    )
    """When the conversation of the last leg of the recording started in UTC time."""

    stop_timestamp: datetime.datetime | None = _rt.field(
        "StopTimestamp", _rt.Timestamp()
    )
    """When the conversation of the last leg of recording stopped in UTC time."""

    status: RecordingStatus | str | None = _rt.field(
        "Status", _rt.String(enum="RecordingStatus")
    )
    """The status of the recording/transcript."""

    deletion_reason: str | None = _rt.field("DeletionReason", _rt.String())
    """If the recording/transcript was deleted, this is the reason entered for the
    deletion."""

    unprocessed_transcript_location: str | None = _rt.field(
        "UnprocessedTranscriptLocation", _rt.String(min=0, max=1024)
    )
    """The location, in Amazon S3, for the unprocessed transcript if any media
    processing was performed."""

    @classmethod
    def make(
        cls,
        *,
        storage_type: StorageType | str | None = None,
        location: str | None = None,
        media_stream_type: MediaStreamType | str | None = None,
        participant_type: ParticipantType | str | None = None,
        fragment_start_number: str | None = None,
        fragment_stop_number: str | None = None,
        start_timestamp: datetime.datetime | None = None,
        stop_timestamp: datetime.datetime | None = None,
        status: RecordingStatus | str | None = None,
        deletion_reason: str | None = None,
        unprocessed_transcript_location: str | None = None,
    ) -> Self:
        return cls._build(locals())


class RecordingStatus(_rt.Enum):
    """The values of RecordingStatus; one AWS adds later is kept as it is."""

    AVAILABLE = "AVAILABLE"
    DELETED = "DELETED"


class RecurrenceConfig(_rt.Structure):
    """Defines the recurrence configuration for overrides. This configuration uses a
    recurrence pattern to specify when and how frequently an event should repeat."""

    recurrence_pattern: RecurrencePattern = _rt.field(
        "RecurrencePattern", _rt.Ref("RecurrencePattern"), required=True
    )
    """The recurrence pattern that defines how the event repeats. Example: Frequency,
    Interval, ByMonth, ByMonthDay, ByWeekdayOccurrence"""

    @classmethod
    def make(cls, *, recurrence_pattern: RecurrencePattern) -> Self:
        return cls._build(locals())


class RecurrenceFrequency(_rt.Enum):
    """The values of RecurrenceFrequency; one AWS adds later is kept as it is."""

    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    YEARLY = "YEARLY"


class RecurrencePattern(_rt.Structure):
    """Specifies the detailed pattern for event recurrence. Use this to define complex
    scheduling rules such as "every 2nd Tuesday of the month" or "every 3 months on
    the 15th"."""

    frequency: RecurrenceFrequency | str = _rt.field(
        "Frequency", _rt.String(enum="RecurrenceFrequency"), required=True
    )
    """Defines how often the pattern repeats. This is the base unit for the recurrence
    schedule and works in conjunction with the Interval field to determine the exact
    repetition sequence."""

    interval: int = _rt.field("Interval", _rt.Integer(min=1, max=6), required=True)
    """Specifies the number of frequency units between each occurrence. Must be a
    positive integer.

    Examples: To repeat every week, set Interval=1 with WEEKLY frequency. To repeat
    every two months, set Interval=2 with MONTHLY frequency."""

    by_month: list[int] | None = _rt.field(
        "ByMonth", _rt.ListOf(_rt.Integer(min=1, max=12))
    )
    """Specifies which month the event should occur in (1-12, where 1=January,
    12=December). Used with YEARLY frequency to schedule events in specific month.

    Note: It does not accept multiple values in the same list"""

    by_month_day: list[int] | None = _rt.field(
        "ByMonthDay", _rt.ListOf(_rt.Integer(min=-1, max=31))
    )
    """Specifies which day of the month the event should occur on (1-31). Used with
    MONTHLY or YEARLY frequency to schedule events on specific date within a month.

    Examples: [15] for events on the 15th of each month, [-1] for events on the last
    day of month.

    Note: It does not accept multiple values in the same list. If a specified day
    doesn't exist in a particular month (e.g., day 31 in February), the event will
    be skipped for that month. This field cannot be used simultaneously with
    ByWeekdayOccurrence as they represent different scheduling approaches (specific
    dates vs. relative weekday positions)."""

    by_weekday_occurrence: list[int] | None = _rt.field(
        "ByWeekdayOccurrence", _rt.ListOf(_rt.Integer(min=-1, max=4), min=0, max=1)
    )
    """Specifies which occurrence of a weekday within the month the event should occur
    on. Must be used with MONTHLY or YEARLY frequency.

    Example: 2 corresponds to second occurrence of the weekday in the month. -1
    corresponds to last occurrence of the weekday in the month

    The weekday itself is specified separately in the HoursOfOperationConfig.
    Example: To schedule the recurring event for the 2nd Thursday of April every
    year, set ByWeekdayOccurrence=[2], Day=THURSDAY, ByMonth=[4], Frequency: YEARLY
    and INTERVAL=1."""

    @classmethod
    def make(
        cls,
        *,
        frequency: RecurrenceFrequency | str,
        interval: int,
        by_month: list[int] | None = None,
        by_month_day: list[int] | None = None,
        by_weekday_occurrence: list[int] | None = None,
    ) -> Self:
        return cls._build(locals())


class Reference(_rt.Structure):
    """Well-formed data on a contact, used by agents to complete a contact request. You
    can have up to 4,096 UTF-8 bytes across all references for a contact."""

    value: str | None = _rt.field("Value", _rt.String(min=0, max=4096))
    """A valid value for the reference. For example, for a URL reference, a formatted
    URL that is displayed to an agent in the Contact Control Panel (CCP)."""

    type: ReferenceType | str = _rt.field(
        "Type", _rt.String(enum="ReferenceType"), required=True
    )
    """The type of the reference. `DATE` must be of type Epoch timestamp."""

    status: ReferenceStatus | str | None = _rt.field(
        "Status", _rt.String(enum="ReferenceStatus")
    )
    """Status of the attachment reference type."""

    arn: str | None = _rt.field(
        "Arn", _rt.String(min=20, max=256, pattern="^[-:/A-Za-z0-9]+")
    )
    """The Amazon Resource Name (ARN) of the reference"""

    status_reason: str | None = _rt.field("StatusReason", _rt.String(min=0, max=100))
    """Relevant details why the reference was not successfully created."""

    @classmethod
    def make(
        cls,
        *,
        type: ReferenceType | str,
        value: str | None = None,
        status: ReferenceStatus | str | None = None,
        arn: str | None = None,
        status_reason: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ReferenceStatus(_rt.Enum):
    """The values of ReferenceStatus; one AWS adds later is kept as it is."""

    AVAILABLE = "AVAILABLE"
    DELETED = "DELETED"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    PROCESSING = "PROCESSING"
    FAILED = "FAILED"


class ReferenceSummary(_rt.Union):
    """Contains summary information about a reference. `ReferenceSummary` contains only
    one non null field between the URL and attachment based on the reference type."""

    url: UrlReference | None = _rt.field("Url", _rt.Ref("UrlReference"))
    """Information about the reference when the `referenceType` is `URL`. Otherwise,
    null."""

    attachment: AttachmentReference | None = _rt.field(
        "Attachment", _rt.Ref("AttachmentReference")
    )
    """Information about the reference when the `referenceType` is `ATTACHMENT`.
    Otherwise, null."""

    email_message: EmailMessageReference | None = _rt.field(
        "EmailMessage", _rt.Ref("EmailMessageReference")
    )
    """Information about the reference when the referenceType is `EMAIL_MESSAGE`.
    Otherwise, null."""

    email_message_redacted: EmailMessageReference | None = _rt.field(
        "EmailMessageRedacted", _rt.Ref("EmailMessageReference")
    )

    email_message_plain_text: EmailMessageReference | None = _rt.field(
        "EmailMessagePlainText", _rt.Ref("EmailMessageReference")
    )

    email_message_plain_text_redacted: EmailMessageReference | None = _rt.field(
        "EmailMessagePlainTextRedacted", _rt.Ref("EmailMessageReference")
    )

    string: StringReference | None = _rt.field("String", _rt.Ref("StringReference"))
    """Information about a reference when the `referenceType` is `STRING`. Otherwise,
    null."""

    number: NumberReference | None = _rt.field("Number", _rt.Ref("NumberReference"))
    """Information about a reference when the `referenceType` is `NUMBER`. Otherwise,
    null."""

    date: DateReference | None = _rt.field("Date", _rt.Ref("DateReference"))
    """Information about a reference when the `referenceType` is `DATE`. Otherwise,
    null."""

    email: EmailReference | None = _rt.field("Email", _rt.Ref("EmailReference"))
    """Information about a reference when the `referenceType` is `EMAIL`. Otherwise,
    null."""

    @classmethod
    def make(
        cls,
        *,
        url: UrlReference | None = None,
        attachment: AttachmentReference | None = None,
        email_message: EmailMessageReference | None = None,
        email_message_redacted: EmailMessageReference | None = None,
        email_message_plain_text: EmailMessageReference | None = None,
        email_message_plain_text_redacted: EmailMessageReference | None = None,
        string: StringReference | None = None,
        number: NumberReference | None = None,
        date: DateReference | None = None,
        email: EmailReference | None = None,
    ) -> Self:
        return cls._build(locals())


class ReferenceType(_rt.Enum):
    """The values of ReferenceType; one AWS adds later is kept as it is."""

    URL = "URL"
    ATTACHMENT = "ATTACHMENT"
    CONTACT_ANALYSIS = "CONTACT_ANALYSIS"
    NUMBER = "NUMBER"
    STRING = "STRING"
    DATE = "DATE"
    EMAIL = "EMAIL"
    EMAIL_MESSAGE = "EMAIL_MESSAGE"
    EMAIL_MESSAGE_PLAIN_TEXT = "EMAIL_MESSAGE_PLAIN_TEXT"
    EMAIL_MESSAGE_PLAIN_TEXT_REDACTED = "EMAIL_MESSAGE_PLAIN_TEXT_REDACTED"
    EMAIL_MESSAGE_REDACTED = "EMAIL_MESSAGE_REDACTED"


class RehydrationType(_rt.Enum):
    """The values of RehydrationType; one AWS adds later is kept as it is."""

    ENTIRE_PAST_SESSION = "ENTIRE_PAST_SESSION"
    FROM_SEGMENT = "FROM_SEGMENT"


class ReleasePhoneNumberRequest(_rt.Structure):
    """The input of ReleasePhoneNumber."""

    phone_number_id: str = _rt.field(
        "PhoneNumberId", _rt.String(), required=True, location="uri"
    )
    """A unique identifier for the phone number."""

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
    def make(cls, *, phone_number_id: str, client_token: str | None = None) -> Self:
        return cls._build(locals())


class ReplicateInstanceRequest(_rt.Structure):
    """The input of ReplicateInstance."""

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
    in the Amazon Resource Name (ARN) of the instance. You can provide the
    `InstanceId`, or the entire ARN."""

    replica_region: str = _rt.field(
        "ReplicaRegion",
        _rt.String(min=8, max=31, pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?"),
        required=True,
    )
    """The Amazon Web Services Region where to replicate the Connect Customer instance."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).
    """

    replica_alias: str = _rt.field(
        "ReplicaAlias",
        _rt.String(min=1, max=45, pattern="^(?!d-)([\\da-zA-Z]+)([-]*[\\da-zA-Z])*$"),
        required=True,
        sensitive=True,
    )
    """The alias for the replicated instance. The `ReplicaAlias` must be unique."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        replica_region: str,
        replica_alias: str,
        client_token: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ReplicateInstanceResponse(_rt.Structure):
    """The output of ReplicateInstance."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=100))
    """The identifier of the replicated instance. You can find the `instanceId` in the
    ARN of the instance. The replicated instance has the same identifier as the
    instance it was replicated from."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the replicated instance."""

    @classmethod
    def make(cls, *, id: str | None = None, arn: str | None = None) -> Self:
        return cls._build(locals())


class ReplicationConfiguration(_rt.Structure):
    """Details about the status of the replication of a source Connect Customer
    instance across Amazon Web Services Regions. Use these details to understand the
    general status of a given replication. For information about why a replication
    process may fail, see Why a ReplicateInstance call fails
    (https://docs.aws.amazon.com/connect/latest/adminguide/create-replica-connect-instance.html#why-replicateinstance-fails)
    in the Create a replica of your existing Connect Customer instance topic in the
    Connect Customer Administrator Guide."""

    replication_status_summary_list: list[ReplicationStatusSummary] | None = _rt.field(
        "ReplicationStatusSummaryList",
        _rt.ListOf(_rt.Ref("ReplicationStatusSummary"), min=0, max=11),
    )
    """A list of replication status summaries. The summaries contain details about the
    replication of configuration information for Connect Customer resources, for
    each Amazon Web Services Region."""

    source_region: str | None = _rt.field(
        "SourceRegion",
        _rt.String(min=8, max=31, pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?"),
    )
    """The Amazon Web Services Region where the source Connect Customer instance was
    created. This is the Region where the ReplicateInstance
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_ReplicateInstance.html)
    API was called to start the replication process."""

    global_sign_in_endpoint: str | None = _rt.field(
        "GlobalSignInEndpoint", _rt.String(min=1, max=128)
    )
    """The URL that is used to sign-in to your Connect Customer instance according to
    your traffic distribution group configuration. For more information about
    sign-in and traffic distribution groups, see Important things to know
    (https://docs.aws.amazon.com/connect/latest/adminguide/setup-traffic-distribution-groups.html)
    in the Create traffic distribution groups topic in the Connect Customer
    Administrator Guide."""

    @classmethod
    def make(
        cls,
        *,
        replication_status_summary_list: list[ReplicationStatusSummary] | None = None,
        source_region: str | None = None,
        global_sign_in_endpoint: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ReplicationStatusSummary(_rt.Structure):
    """Status information about the replication process, where you use the
    ReplicateInstance
    (https://docs.aws.amazon.com/connect/latest/APIReference/API_ReplicateInstance.html)
    API to create a replica of your Connect Customer instance in another Amazon Web
    Services Region. For more information, see Set up Connect Customer Global
    Resiliency
    (https://docs.aws.amazon.com/connect/latest/adminguide/setup-connect-global-resiliency.html)
    in the Connect Customer Administrator Guide."""

    region: str | None = _rt.field(
        "Region", _rt.String(min=8, max=31, pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region. This can be either the source or the replica
    Region, depending where it appears in the summary list."""

    replication_status: InstanceReplicationStatus | str | None = _rt.field(
        "ReplicationStatus", _rt.String(enum="InstanceReplicationStatus")
    )
    """The state of the replication."""

    replication_status_reason: str | None = _rt.field(
        "ReplicationStatusReason", _rt.String(min=0, max=1024)
    )
    """A description of the replication status. Use this information to resolve any
    issues that are preventing the successful replication of your Connect Customer
    instance to another Region."""

    @classmethod
    def make(
        cls,
        *,
        region: str | None = None,
        replication_status: InstanceReplicationStatus | str | None = None,
        replication_status_reason: str | None = None,
    ) -> Self:
        return cls._build(locals())


class RequiredFieldInfo(_rt.Structure):
    """Information about a required field."""

    id: TaskTemplateFieldIdentifier | None = _rt.field(
        "Id", _rt.Ref("TaskTemplateFieldIdentifier")
    )
    """The unique identifier for the field."""

    @classmethod
    def make(cls, *, id: TaskTemplateFieldIdentifier | None = None) -> Self:
        return cls._build(locals())


class ResourceConflictException(_rt.ServiceError):
    """A resource already has that name."""

    _error_code = "ResourceConflictException"
    _http_status = 409

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class ResourceInUseException(_rt.ServiceError):
    """That resource is already in use (for example, you're trying to add a record with
    the same name as an existing record). If you are trying to delete a resource
    (for example, DeleteHoursOfOperation or DeletePredefinedAttribute), remove its
    reference from related resources and then try again."""

    _error_code = "ResourceInUseException"
    _http_status = 409

    message: str | None = _rt.field("Message", _rt.String())

    resource_type: ResourceType | str | None = _rt.field(
        "ResourceType", _rt.String(enum="ResourceType")
    )
    """The type of resource."""

    resource_id: str | None = _rt.field("ResourceId", _rt.String())
    """The identifier for the resource."""

    @classmethod
    def make(
        cls,
        *,
        message: str | None = None,
        resource_type: ResourceType | str | None = None,
        resource_id: str | None = None,
    ) -> Self:
        return cls._build(locals())


class ResourceNotFoundException(_rt.ServiceError):
    """The specified resource was not found."""

    _error_code = "ResourceNotFoundException"
    _http_status = 404

    message: str | None = _rt.field("Message", _rt.String())
    """The message about the resource."""

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class ResourceNotReadyException(_rt.ServiceError):
    """The resource is not ready."""

    _error_code = "ResourceNotReadyException"
    _http_status = 409

    message: str | None = _rt.field("Message", _rt.String())

    @classmethod
    def make(cls, *, message: str | None = None) -> Self:
        return cls._build(locals())


class ResourceTagsSearchCriteria(_rt.Structure):
    """The search criteria to be used to search tags."""

    tag_search_condition: TagSearchCondition | None = _rt.field(
        "TagSearchCondition", _rt.Ref("TagSearchCondition")
    )
    """The search criteria to be used to return tags."""

    @classmethod
    def make(cls, *, tag_search_condition: TagSearchCondition | None = None) -> Self:
        return cls._build(locals())


class ResourceType(_rt.Enum):
    """The values of ResourceType; one AWS adds later is kept as it is."""

    CONTACT = "CONTACT"
    CONTACT_FLOW = "CONTACT_FLOW"
    INSTANCE = "INSTANCE"
    PARTICIPANT = "PARTICIPANT"
    HIERARCHY_LEVEL = "HIERARCHY_LEVEL"
    HIERARCHY_GROUP = "HIERARCHY_GROUP"
    USER = "USER"
    PHONE_NUMBER = "PHONE_NUMBER"


class ResponseMode(_rt.Enum):
    """The values of ResponseMode; one AWS adds later is kept as it is."""

    INCREMENTAL = "INCREMENTAL"
    COMPLETE = "COMPLETE"


class ResumeContactRecordingRequest(_rt.Structure):
    """The input of ResumeContactRecording."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact."""

    initial_contact_id: str = _rt.field(
        "InitialContactId", _rt.String(min=1, max=256), required=True
    )
    """The identifier of the contact. This is the identifier of the contact associated
    with the first interaction with the contact center."""

    contact_recording_type: ContactRecordingType | str | None = _rt.field(
        "ContactRecordingType", _rt.String(enum="ContactRecordingType")
    )
    """The type of recording being operated on."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str,
        contact_id: str,
        initial_contact_id: str,
        contact_recording_type: ContactRecordingType | str | None = None,
    ) -> Self:
        return cls._build(locals())


class ResumeContactRecordingResponse(_rt.Structure):
    """The output of ResumeContactRecording."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class ResumeContactRequest(_rt.Structure):
    """The input of ResumeContact."""

    contact_id: str = _rt.field("ContactId", _rt.String(min=1, max=256), required=True)
    """The identifier of the contact."""

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the `instanceId`
    in the ARN of the instance."""

    contact_flow_id: str | None = _rt.field("ContactFlowId", _rt.String(max=500))
    """The identifier of the flow."""

    @classmethod
    def make(
        cls, *, contact_id: str, instance_id: str, contact_flow_id: str | None = None
    ) -> Self:
        return cls._build(locals())


class ResumeContactResponse(_rt.Structure):
    """The output of ResumeContact."""

    @classmethod
    def make(cls) -> Self:
        return cls._build(locals())


class RoutingCriteria(_rt.Structure):
    """Latest routing criteria on the contact."""

    steps: list[Step] | None = _rt.field("Steps", _rt.ListOf(_rt.Ref("Step")))
    """List of routing steps. When Connect Customer does not find an available agent
    meeting the requirements in a step for a given step duration, the routing
    criteria will move on to the next step sequentially until a join is completed
    with an agent. When all steps are exhausted, the contact will be offered to any
    agent in the queue."""

    activation_timestamp: datetime.datetime | None = _rt.field(
        "ActivationTimestamp", _rt.Timestamp()
    )
    """The timestamp indicating when the routing criteria is set to active. A routing
    criteria is activated when contact is transferred to a queue.
    ActivationTimestamp will be set on routing criteria for contacts in agent queue
    even though Routing criteria is never activated for contacts in agent queue."""

    index: int | None = _rt.field("Index", _rt.Integer())
    """Information about the index of the routing criteria."""

    @classmethod
    def make(
        cls,
        *,
        steps: list[Step] | None = None,
        activation_timestamp: datetime.datetime | None = None,
        index: int | None = None,
    ) -> Self:
        return cls._build(locals())


class RoutingCriteriaInput(_rt.Structure):
    """An object to define the RoutingCriteria."""

    steps: list[RoutingCriteriaInputStep] | None = _rt.field(
        "Steps", _rt.ListOf(_rt.Ref("RoutingCriteriaInputStep"))
    )
    """When Connect Customer does not find an available agent meeting the requirements
    in a step for a given step duration, the routing criteria will move on to the
    next step sequentially until a join is completed with an agent. When all steps
    are exhausted, the contact will be offered to any agent in the queue."""

    @classmethod
    def make(cls, *, steps: list[RoutingCriteriaInputStep] | None = None) -> Self:
        return cls._build(locals())


class RoutingCriteriaInputStep(_rt.Structure):
    """Step defines the list of agents to be routed or route based on the agent
    requirements such as ProficiencyLevel, Name, or Value."""

    expiry: RoutingCriteriaInputStepExpiry | None = _rt.field(
        "Expiry", _rt.Ref("RoutingCriteriaInputStepExpiry")
    )
    """An object to specify the expiration of a routing step."""

    expression: Expression | None = _rt.field("Expression", _rt.Ref("Expression"))
    """A tagged union to specify expression for a routing step."""

    @classmethod
    def make(
        cls,
        *,
        expiry: RoutingCriteriaInputStepExpiry | None = None,
        expression: Expression | None = None,
    ) -> Self:
        return cls._build(locals())


class RoutingCriteriaInputStepExpiry(_rt.Structure):
    """Specify whether this routing criteria step should apply for only a limited
    amount of time, or if it should never expire."""

    duration_in_seconds: int | None = _rt.field("DurationInSeconds", _rt.Integer())
    """The number of seconds that the contact will be routed only to agents matching
    this routing step, if expiry was configured for this routing step."""

    @classmethod
    def make(cls, *, duration_in_seconds: int | None = None) -> Self:
        return cls._build(locals())


class RoutingCriteriaStepStatus(_rt.Enum):
    """The values of RoutingCriteriaStepStatus; one AWS adds later is kept as it is."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    JOINED = "JOINED"
    EXPIRED = "EXPIRED"


class RoutingProfile(_rt.Structure):
    """Contains information about a routing profile."""

    instance_id: str | None = _rt.field("InstanceId", _rt.String(min=1, max=100))
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the routing profile."""

    routing_profile_arn: str | None = _rt.field("RoutingProfileArn", _rt.String())
    """The Amazon Resource Name (ARN) of the routing profile."""

    routing_profile_id: str | None = _rt.field("RoutingProfileId", _rt.String())
    """The identifier of the routing profile."""

    description: str | None = _rt.field("Description", _rt.String(min=1, max=250))
    """The description of the routing profile."""

    media_concurrencies: list[MediaConcurrency] | None = _rt.field(
        "MediaConcurrencies", _rt.ListOf(_rt.Ref("MediaConcurrency"))
    )
    """The channels agents can handle in the Contact Control Panel (CCP) for this
    routing profile."""

    default_outbound_queue_id: str | None = _rt.field(
        "DefaultOutboundQueueId", _rt.String()
    )
    """The identifier of the default outbound queue for this routing profile."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for this resource. For
    example, { "Tags": {"key1":"value1", "key2":"value2"} }."""

    number_of_associated_queues: int | None = _rt.field(
        "NumberOfAssociatedQueues", _rt.Integer()
    )
    """The number of associated queues in routing profile."""

    number_of_associated_manual_assignment_queues: int | None = _rt.field(
        "NumberOfAssociatedManualAssignmentQueues", _rt.Integer()
    )
    """The number of associated manual assignment queues in routing profile."""

    number_of_associated_users: int | None = _rt.field(
        "NumberOfAssociatedUsers", _rt.Integer()
    )
    """The number of associated users in routing profile."""

    agent_availability_timer: AgentAvailabilityTimer | str | None = _rt.field(
        "AgentAvailabilityTimer", _rt.String(enum="AgentAvailabilityTimer")
    )
    """Whether agents with this routing profile will have their routing order
    calculated based on time since their last inbound contact or longest idle time."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when this resource was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region where this resource was last modified."""

    is_default: bool | None = _rt.field("IsDefault", _rt.Boolean())
    """Whether this a default routing profile."""

    associated_queue_ids: list[str] | None = _rt.field(
        "AssociatedQueueIds", _rt.ListOf(_rt.String())
    )
    """The IDs of the associated queue."""

    associated_manual_assignment_queue_ids: list[str] | None = _rt.field(
        "AssociatedManualAssignmentQueueIds", _rt.ListOf(_rt.String())
    )
    """The IDs of the associated manual assignment queues."""

    @classmethod
    def make(
        cls,
        *,
        instance_id: str | None = None,
        name: str | None = None,
        routing_profile_arn: str | None = None,
        routing_profile_id: str | None = None,
        description: str | None = None,
        media_concurrencies: list[MediaConcurrency] | None = None,
        default_outbound_queue_id: str | None = None,
        tags: dict[str, str] | None = None,
        number_of_associated_queues: int | None = None,
        number_of_associated_manual_assignment_queues: int | None = None,
        number_of_associated_users: int | None = None,
        agent_availability_timer: AgentAvailabilityTimer | str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
        is_default: bool | None = None,
        associated_queue_ids: list[str] | None = None,
        associated_manual_assignment_queue_ids: list[str] | None = None,
    ) -> Self:
        return cls._build(locals())


class RoutingProfileManualAssignmentQueueConfig(_rt.Structure):
    """Contains information about the queue and channel for manual assignment behaviour
    can be enabled."""

    queue_reference: RoutingProfileQueueReference = _rt.field(
        "QueueReference", _rt.Ref("RoutingProfileQueueReference"), required=True
    )

    @classmethod
    def make(cls, *, queue_reference: RoutingProfileQueueReference) -> Self:
        return cls._build(locals())


class RoutingProfileManualAssignmentQueueConfigSummary(_rt.Structure):
    """Contains summary information about a routing profile manual assignment queue."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True)
    """The identifier for the queue."""

    queue_arn: str = _rt.field("QueueArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the queue."""

    queue_name: str = _rt.field("QueueName", _rt.String(min=1, max=256), required=True)
    """The name of the queue."""

    channel: Channel | str = _rt.field(
        "Channel", _rt.String(enum="Channel"), required=True
    )
    """The channels this queue supports. Valid Values: CHAT | TASK | EMAIL

    VOICE is not supported. The information shown below is incorrect. We're working
    to correct it."""

    @classmethod
    def make(
        cls, *, queue_id: str, queue_arn: str, queue_name: str, channel: Channel | str
    ) -> Self:
        return cls._build(locals())


class RoutingProfileQueueConfig(_rt.Structure):
    """Contains information about the queue and channel for which priority and delay
    can be set."""

    queue_reference: RoutingProfileQueueReference = _rt.field(
        "QueueReference", _rt.Ref("RoutingProfileQueueReference"), required=True
    )
    """Contains information about a queue resource."""

    priority: int = _rt.field("Priority", _rt.Integer(min=1, max=99), required=True)
    """The order in which contacts are to be handled for the queue. For more
    information, see Queues: priority and delay
    (https://docs.aws.amazon.com/connect/latest/adminguide/concepts-routing-profiles-priority.html).
    """

    delay: int = _rt.field("Delay", _rt.Integer(min=0, max=9999), required=True)
    """The delay, in seconds, a contact should be in the queue before they are routed
    to an available agent. For more information, see Queues: priority and delay
    (https://docs.aws.amazon.com/connect/latest/adminguide/concepts-routing-profiles-priority.html)
    in the Connect Customer Administrator Guide."""

    @classmethod
    def make(
        cls, *, queue_reference: RoutingProfileQueueReference, priority: int, delay: int
    ) -> Self:
        return cls._build(locals())


class RoutingProfileQueueConfigSummary(_rt.Structure):
    """Contains summary information about a routing profile queue."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True)
    """The identifier for the queue."""

    queue_arn: str = _rt.field("QueueArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the queue."""

    queue_name: str = _rt.field("QueueName", _rt.String(min=1, max=256), required=True)
    """The name of the queue."""

    priority: int = _rt.field("Priority", _rt.Integer(min=1, max=99), required=True)
    """The order in which contacts are to be handled for the queue. For more
    information, see Queues: priority and delay
    (https://docs.aws.amazon.com/connect/latest/adminguide/concepts-routing-profiles-priority.html).
    """

    delay: int = _rt.field("Delay", _rt.Integer(min=0, max=9999), required=True)
    """The delay, in seconds, that a contact should be in the queue before they are
    routed to an available agent. For more information, see Queues: priority and
    delay
    (https://docs.aws.amazon.com/connect/latest/adminguide/concepts-routing-profiles-priority.html)
    in the Connect Customer Administrator Guide."""

    channel: Channel | str = _rt.field(
        "Channel", _rt.String(enum="Channel"), required=True
    )
    """The channels this queue supports."""

    @classmethod
    def make(
        cls,
        *,
        queue_id: str,
        queue_arn: str,
        queue_name: str,
        priority: int,
        delay: int,
        channel: Channel | str,
    ) -> Self:
        return cls._build(locals())


class RoutingProfileQueueReference(_rt.Structure):
    """Contains the channel and queue identifier for a routing profile."""

    queue_id: str = _rt.field("QueueId", _rt.String(), required=True)
    """The identifier for the queue."""

    channel: Channel | str = _rt.field(
        "Channel", _rt.String(enum="Channel"), required=True
    )
    """The channels agents can handle in the Contact Control Panel (CCP) for this
    routing profile."""

    @classmethod
    def make(cls, *, queue_id: str, channel: Channel | str) -> Self:
        return cls._build(locals())


class RoutingProfileReference(_rt.Structure):
    """Information about the routing profile assigned to the user."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the routing profile."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the routing profile."""

    @classmethod
    def make(cls, *, id: str | None = None, arn: str | None = None) -> Self:
        return cls._build(locals())


class RoutingProfileSearchCriteria(_rt.Structure):
    """The search criteria to be used to return routing profiles.

    The `name` and `description` fields support "contains" queries with a minimum of
    2 characters and a maximum of 25 characters. Any queries with character lengths
    outside of this range will throw invalid results."""

    or_conditions: list[RoutingProfileSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("RoutingProfileSearchCriteria"))
    )
    """A list of conditions which would be applied together with an OR condition."""

    and_conditions: list[RoutingProfileSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("RoutingProfileSearchCriteria"))
    )
    """A list of conditions which would be applied together with an AND condition."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )
    """A leaf node condition which can be used to specify a string condition.

    The currently supported values for `FieldName` are `associatedQueueIds`, `name`,
    `description`, and `resourceID`."""

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[RoutingProfileSearchCriteria] | None = None,
        and_conditions: list[RoutingProfileSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class RoutingProfileSearchFilter(_rt.Structure):
    """Filters to be applied to search results."""

    tag_filter: ControlPlaneTagFilter | None = _rt.field(
        "TagFilter", _rt.Ref("ControlPlaneTagFilter")
    )

    @classmethod
    def make(cls, *, tag_filter: ControlPlaneTagFilter | None = None) -> Self:
        return cls._build(locals())


class RoutingProfileSummary(_rt.Structure):
    """Contains summary information about a routing profile."""

    id: str | None = _rt.field("Id", _rt.String())
    """The identifier of the routing profile."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the routing profile."""

    name: str | None = _rt.field("Name", _rt.String(min=1, max=127))
    """The name of the routing profile."""

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


class Rule(_rt.Structure):
    """Information about a rule."""

    name: str = _rt.field(
        "Name", _rt.String(min=1, max=200, pattern="^[0-9a-zA-Z._-]+"), required=True
    )
    """The name of the rule."""

    rule_id: str = _rt.field("RuleId", _rt.String(min=1, max=256), required=True)
    """A unique identifier for the rule."""

    rule_arn: str = _rt.field("RuleArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the rule."""

    trigger_event_source: RuleTriggerEventSource = _rt.field(
        "TriggerEventSource", _rt.Ref("RuleTriggerEventSource"), required=True
    )
    """The event source to trigger the rule."""

    function: str = _rt.field("Function", _rt.String(), required=True)
    """The conditions of the rule."""

    actions: list[RuleAction] = _rt.field(
        "Actions", _rt.ListOf(_rt.Ref("RuleAction")), required=True
    )
    """A list of actions to be run when the rule is triggered."""

    publish_status: RulePublishStatus | str = _rt.field(
        "PublishStatus", _rt.String(enum="RulePublishStatus"), required=True
    )
    """The publish status of the rule."""

    created_time: datetime.datetime = _rt.field(
        "CreatedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for when the rule was created."""

    last_updated_time: datetime.datetime = _rt.field(
        "LastUpdatedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for the when the rule was last updated."""

    last_updated_by: str = _rt.field("LastUpdatedBy", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the user who last updated the rule."""

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
        rule_id: str,
        rule_arn: str,
        trigger_event_source: RuleTriggerEventSource,
        function: str,
        actions: list[RuleAction],
        publish_status: RulePublishStatus | str,
        created_time: datetime.datetime,
        last_updated_time: datetime.datetime,
        last_updated_by: str,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class RuleAction(_rt.Structure):
    """Information about the action to be performed when a rule is triggered."""

    action_type: ActionType | str = _rt.field(
        "ActionType", _rt.String(enum="ActionType"), required=True
    )
    """The type of action that creates a rule."""

    task_action: TaskActionDefinition | None = _rt.field(
        "TaskAction", _rt.Ref("TaskActionDefinition")
    )
    """Information about the task action. This field is required if
    `TriggerEventSource` is one of the following values: `OnZendeskTicketCreate` |
    `OnZendeskTicketStatusUpdate` | `OnSalesforceCaseCreate`"""

    event_bridge_action: EventBridgeActionDefinition | None = _rt.field(
        "EventBridgeAction", _rt.Ref("EventBridgeActionDefinition")
    )
    """Information about the EventBridge action.

    Supported only for `TriggerEventSource` values: `OnPostCallAnalysisAvailable` |
    `OnRealTimeCallAnalysisAvailable` | `OnRealTimeChatAnalysisAvailable` |
    `OnPostChatAnalysisAvailable` | `OnContactEvaluationSubmit` |
    `OnMetricDataUpdate`"""

    assign_contact_category_action: AssignContactCategoryActionDefinition | None = (
        _rt.field(
            "AssignContactCategoryAction",
            _rt.Ref("AssignContactCategoryActionDefinition"),
        )
    )
    """Information about the contact category action.

    Supported only for `TriggerEventSource` values: `OnPostCallAnalysisAvailable` |
    `OnRealTimeCallAnalysisAvailable` | `OnRealTimeChatAnalysisAvailable` |
    `OnPostChatAnalysisAvailable` | `OnZendeskTicketCreate` |
    `OnZendeskTicketStatusUpdate` | `OnSalesforceCaseCreate`"""

    send_notification_action: SendNotificationActionDefinition | None = _rt.field(
        "SendNotificationAction", _rt.Ref("SendNotificationActionDefinition")
    )
    """Information about the send notification action.

    Supported only for `TriggerEventSource` values: `OnPostCallAnalysisAvailable` |
    `OnRealTimeCallAnalysisAvailable` | `OnRealTimeChatAnalysisAvailable` |
    `OnPostChatAnalysisAvailable` | `OnContactEvaluationSubmit` |
    `OnMetricDataUpdate`"""

    create_case_action: CreateCaseActionDefinition | None = _rt.field(
        "CreateCaseAction", _rt.Ref("CreateCaseActionDefinition")
    )
    """Information about the create case action.

    Supported only for `TriggerEventSource` values: `OnPostCallAnalysisAvailable` |
    `OnPostChatAnalysisAvailable`."""

    update_case_action: UpdateCaseActionDefinition | None = _rt.field(
        "UpdateCaseAction", _rt.Ref("UpdateCaseActionDefinition")
    )
    """Information about the update case action.

    Supported only for `TriggerEventSource` values: `OnCaseCreate` | `OnCaseUpdate`."""

    assign_sla_action: AssignSlaActionDefinition | None = _rt.field(
        "AssignSlaAction", _rt.Ref("AssignSlaActionDefinition")
    )
    """Information about the assign SLA action."""

    end_associated_tasks_action: EndAssociatedTasksActionDefinition | None = _rt.field(
        "EndAssociatedTasksAction", _rt.Ref("EndAssociatedTasksActionDefinition")
    )
    """Information about the end associated tasks action.

    Supported only for `TriggerEventSource` values: `OnCaseUpdate`."""

    submit_auto_evaluation_action: SubmitAutoEvaluationActionDefinition | None = (
        _rt.field(
            "SubmitAutoEvaluationAction",
            _rt.Ref("SubmitAutoEvaluationActionDefinition"),
        )
    )
    """Information about the submit automated evaluation action."""

    @classmethod
    def make(
        cls,
        *,
        action_type: ActionType | str,
        task_action: TaskActionDefinition | None = None,
        event_bridge_action: EventBridgeActionDefinition | None = None,
        assign_contact_category_action: (
            AssignContactCategoryActionDefinition | None
        ) = None,
        send_notification_action: SendNotificationActionDefinition | None = None,
        create_case_action: CreateCaseActionDefinition | None = None,
        update_case_action: UpdateCaseActionDefinition | None = None,
        assign_sla_action: AssignSlaActionDefinition | None = None,
        end_associated_tasks_action: EndAssociatedTasksActionDefinition | None = None,
        submit_auto_evaluation_action: (
            SubmitAutoEvaluationActionDefinition | None
        ) = None,
    ) -> Self:
        return cls._build(locals())


class RulePublishStatus(_rt.Enum):
    """The values of RulePublishStatus; one AWS adds later is kept as it is."""

    DRAFT = "DRAFT"
    PUBLISHED = "PUBLISHED"


class RuleSummary(_rt.Structure):
    """A list of `ActionTypes` associated with a rule."""

    name: str = _rt.field(
        "Name", _rt.String(min=1, max=200, pattern="^[0-9a-zA-Z._-]+"), required=True
    )
    """The name of the rule."""

    rule_id: str = _rt.field("RuleId", _rt.String(min=1, max=256), required=True)
    """A unique identifier for the rule."""

    rule_arn: str = _rt.field("RuleArn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the rule."""

    event_source_name: EventSourceName | str = _rt.field(
        "EventSourceName", _rt.String(enum="EventSourceName"), required=True
    )
    """The name of the event source."""

    publish_status: RulePublishStatus | str = _rt.field(
        "PublishStatus", _rt.String(enum="RulePublishStatus"), required=True
    )
    """The publish status of the rule."""

    action_summaries: list[ActionSummary] = _rt.field(
        "ActionSummaries", _rt.ListOf(_rt.Ref("ActionSummary")), required=True
    )
    """A list of ActionTypes associated with a rule."""

    created_time: datetime.datetime = _rt.field(
        "CreatedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for when the rule was created."""

    last_updated_time: datetime.datetime = _rt.field(
        "LastUpdatedTime", _rt.Timestamp(), required=True
    )
    """The timestamp for when the rule was last updated."""

    @classmethod
    def make(
        cls,
        *,
        name: str,
        rule_id: str,
        rule_arn: str,
        event_source_name: EventSourceName | str,
        publish_status: RulePublishStatus | str,
        action_summaries: list[ActionSummary],
        created_time: datetime.datetime,
        last_updated_time: datetime.datetime,
    ) -> Self:
        return cls._build(locals())


class RuleTriggerEventSource(_rt.Structure):
    """The name of the event source. This field is required if `TriggerEventSource` is
    one of the following values: `OnZendeskTicketCreate` |
    `OnZendeskTicketStatusUpdate` | `OnSalesforceCaseCreate` |
    `OnContactEvaluationSubmit` | `OnMetricDataUpdate`."""

    event_source_name: EventSourceName | str = _rt.field(
        "EventSourceName", _rt.String(enum="EventSourceName"), required=True
    )
    """The name of the event source."""

    integration_association_id: str | None = _rt.field(
        "IntegrationAssociationId", _rt.String(min=1, max=200)
    )
    """The identifier for the integration association."""

    @classmethod
    def make(
        cls,
        *,
        event_source_name: EventSourceName | str,
        integration_association_id: str | None = None,
    ) -> Self:
        return cls._build(locals())
