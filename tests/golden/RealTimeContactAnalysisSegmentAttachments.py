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
