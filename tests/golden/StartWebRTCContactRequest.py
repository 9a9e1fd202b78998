class StartWebRTCContactRequest(_rt.Structure):
    """The input of StartWebRTCContact."""

    attributes: dict[str, str] | None = _rt.field(
        "Attributes",
        _rt.MapOf(_rt.String(min=1, max=32767), _rt.String(min=0, max=32767)),
    )
    """A custom key-value pair using an attribute map. The attributes are standard
    Connect Customer attributes, and can be accessed in flows just like any other
    contact attributes.

    There can be up to 32,768 UTF-8 bytes across all key-value pairs per contact.
    Attribute keys can include only alphanumeric, -, and _ characters."""

    client_token: str | None = _rt.field(
        "ClientToken", _rt.String(max=500), idempotency_token=True
    )
    """A unique, case-sensitive identifier that you provide to ensure the idempotency
    of the request. If not provided, the Amazon Web Services SDK populates this
    field. For more information about idempotency, see Making retries safe with
    idempotent APIs
    (https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/).

    The token is valid for 7 days after creation. If a contact is already started,
    the contact ID is returned."""

    contact_flow_id: str = _rt.field(
        "ContactFlowId", _rt.String(max=500), required=True
    )
    """The identifier of the flow for the call. To see the ContactFlowId in the Connect
    Customer admin website, on the navigation menu go to Routing, Flows. Choose the
    flow. On the flow page, under the name of the flow, choose Show additional flow
    information. The ContactFlowId is the last part of the ARN, shown here in bold:

    arn:aws:connect:us-west-2:xxxxxxxxxxxx:instance/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/contact-flow/846ec553-a005-41c0-8341-xxxxxxxxxxxx
    """

    instance_id: str = _rt.field(
        "InstanceId", _rt.String(min=1, max=100), required=True
    )
    """The identifier of the Connect Customer instance. You can find the instance ID
    (https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html)
    in the Amazon Resource Name (ARN) of the instance."""

    allowed_capabilities: AllowedCapabilities | None = _rt.field(
        "AllowedCapabilities", _rt.Ref("AllowedCapabilities")
    )
    """Information about the video sharing capabilities of the participants (customer,
    agent)."""

    participant_details: ParticipantDetails = _rt.field(
        "ParticipantDetails", _rt.Ref("ParticipantDetails"), required=True
    )

    related_contact_id: str | None = _rt.field(
        "RelatedContactId", _rt.String(min=1, max=256)
    )
    """The unique identifier for an Connect Customer contact. This identifier is
    related to the contact starting."""

    references: dict[str, Reference] | None = _rt.field(
        "References", _rt.MapOf(_rt.String(min=1, max=4096), _rt.Ref("Reference"))
    )
    """A formatted URL that is shown to an agent in the Contact Control Panel (CCP).
    Tasks can have the following reference types at the time of creation: `URL` |
    `NUMBER` | `STRING` | `DATE` | `EMAIL`. `ATTACHMENT` is not a supported
    reference type during task creation."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=4096), sensitive=True
    )
    """A description of the task that is shown to an agent in the Contact Control Panel
    (CCP)."""

    @classmethod
    def make(
        cls,
        *,
        contact_flow_id: str,
        instance_id: str,
        participant_details: ParticipantDetails,
        attributes: dict[str, str] | None = None,
        client_token: str | None = None,
        allowed_capabilities: AllowedCapabilities | None = None,
        related_contact_id: str | None = None,
        references: dict[str, Reference] | None = None,
        description: str | None = None,
    ) -> Self:
        return cls._build(locals())
