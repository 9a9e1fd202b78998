class ParticipantDetails(_rt.Structure):
    """The customer's details."""

    display_name: str = _rt.field(
        "DisplayName", _rt.String(min=1, max=256), required=True
    )
    """Display name of the participant."""

    @classmethod
    def make(cls, *, display_name: str) -> Self:
        return cls._build(locals())
