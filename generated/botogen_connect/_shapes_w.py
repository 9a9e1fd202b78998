"""Shapes of Amazon Connect Service whose class names start with "w"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime
    from typing import Self
    from ._shapes_a import AiAgentInfo
    from ._shapes_co import ControlPlaneAttributeFilter
    from ._shapes_f import FontFamily
    from ._shapes_i import ImagesLogo
    from ._shapes_p import (
        PaletteCanvas,
        PaletteHeader,
        PaletteNavigation,
        PalettePrimary,
    )
    from ._shapes_st import StringCondition
    from ._shapes_v import Visibility


class WisdomInfo(_rt.Structure):
    """Information about Connect Customer Wisdom."""

    session_arn: str | None = _rt.field("SessionArn", _rt.String())
    """The Amazon Resource Name (ARN) of the Wisdom session."""

    ai_agents: list[AiAgentInfo] | None = _rt.field(
        "AiAgents", _rt.ListOf(_rt.Ref("AiAgentInfo"))
    )
    """The array of AI agents involved in the contact."""

    @classmethod
    def make(
        cls,
        *,
        session_arn: str | None = None,
        ai_agents: list[AiAgentInfo] | None = None,
    ) -> Self:
        return cls._build(locals())


class Workspace(_rt.Structure):
    """Contains information about a workspace, which defines the user experience by
    mapping views to pages."""

    visibility: Visibility | str | None = _rt.field(
        "Visibility", _rt.String(enum="Visibility")
    )
    """Controls who can access the workspace. Valid values are: `ALL` (all users),
    `ASSIGNED` (only assigned users and routing profiles), and `NONE` (not visible)."""

    id: str = _rt.field("Id", _rt.String(min=1, max=256), required=True)
    """The unique identifier of the workspace."""

    name: str = _rt.field(
        "Name", _rt.String(min=1, max=127, pattern=".*\\\\S.*"), required=True
    )
    """The name of the workspace."""

    arn: str = _rt.field("Arn", _rt.String(), required=True)
    """The Amazon Resource Name (ARN) of the workspace."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=500, pattern="^[\\\\P{C}\\r\\n\\t]*$")
    )
    """The description of the workspace."""

    theme: WorkspaceTheme | None = _rt.field("Theme", _rt.Ref("WorkspaceTheme"))
    """The theme configuration for the workspace, including colors and styling."""

    title: str | None = _rt.field(
        "Title", _rt.String(min=0, max=127, pattern="^[\\\\P{C}]*$")
    )
    """The title displayed for the workspace."""

    last_modified_time: datetime.datetime = _rt.field(
        "LastModifiedTime", _rt.Timestamp(), required=True
    )
    """The timestamp when the workspace was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region where the workspace was last modified."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags used to organize, track, or control access for the workspace."""

    @classmethod
    def make(
        cls,
        *,
        id: str,
        name: str,
        arn: str,
        last_modified_time: datetime.datetime,
        visibility: Visibility | str | None = None,
        description: str | None = None,
        theme: WorkspaceTheme | None = None,
        title: str | None = None,
        last_modified_region: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class WorkspaceAssociationSearchCriteria(_rt.Structure):
    """Defines the search criteria for filtering workspace associations."""

    or_conditions: list[WorkspaceAssociationSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("WorkspaceAssociationSearchCriteria"))
    )
    """A list of conditions to be met, where at least one condition must be satisfied."""

    and_conditions: list[WorkspaceAssociationSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("WorkspaceAssociationSearchCriteria"))
    )
    """A list of conditions that must all be satisfied."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[WorkspaceAssociationSearchCriteria] | None = None,
        and_conditions: list[WorkspaceAssociationSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class WorkspaceAssociationSearchFilter(_rt.Structure):
    """Defines filters to apply when searching for workspace associations, such as
    tag-based filters."""

    attribute_filter: ControlPlaneAttributeFilter | None = _rt.field(
        "AttributeFilter", _rt.Ref("ControlPlaneAttributeFilter")
    )

    @classmethod
    def make(
        cls, *, attribute_filter: ControlPlaneAttributeFilter | None = None
    ) -> Self:
        return cls._build(locals())


class WorkspaceAssociationSearchSummary(_rt.Structure):
    """Contains summary information about a workspace association with a user or
    routing profile."""

    workspace_id: str | None = _rt.field("WorkspaceId", _rt.String(min=1, max=256))
    """The identifier of the workspace."""

    workspace_arn: str | None = _rt.field("WorkspaceArn", _rt.String())
    """The Amazon Resource Name (ARN) of the workspace."""

    resource_id: str | None = _rt.field("ResourceId", _rt.String(min=1, max=256))
    """The identifier of the associated resource (user or routing profile)."""

    resource_arn: str | None = _rt.field("ResourceArn", _rt.String())
    """The Amazon Resource Name (ARN) of the associated resource."""

    resource_type: str | None = _rt.field("ResourceType", _rt.String(min=1, max=256))
    """The type of resource associated with the workspace. Valid values are: `USER` and
    `ROUTING_PROFILE`."""

    resource_name: str | None = _rt.field(
        "ResourceName", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The name of the associated resource."""

    @classmethod
    def make(
        cls,
        *,
        workspace_id: str | None = None,
        workspace_arn: str | None = None,
        resource_id: str | None = None,
        resource_arn: str | None = None,
        resource_type: str | None = None,
        resource_name: str | None = None,
    ) -> Self:
        return cls._build(locals())


class WorkspaceFontFamily(_rt.Enum):
    """The values of WorkspaceFontFamily; one AWS adds later is kept as it is."""

    ARIAL = "Arial"
    COURIER_NEW = "Courier New"
    GEORGIA = "Georgia"
    TIMES_NEW_ROMAN = "Times New Roman"
    TREBUCHET = "Trebuchet"
    VERDANA = "Verdana"


class WorkspacePage(_rt.Structure):
    """Contains information about a page configuration in a workspace, including the
    view assigned to the page."""

    resource_arn: str | None = _rt.field("ResourceArn", _rt.String())
    """The Amazon Resource Name (ARN) of the view associated with this page."""

    page: str | None = _rt.field(
        "Page",
        _rt.String(
            min=1,
            max=25,
            pattern="^(?!\\\\.$)(?!\\\\.\\\\.$)[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]+$",
        ),
    )
    """The page identifier. System pages include `HOME` and `AGENT_EXPERIENCE`."""

    slug: str | None = _rt.field(
        "Slug",
        _rt.String(
            min=0, max=63, pattern="^$|^[\\\\p{L}\\\\p{Z}\\\\p{N}\\\\-_.:=@'|]{3,}$"
        ),
    )
    """The URL-friendly identifier for the page."""

    input_data: str | None = _rt.field("InputData", _rt.String(min=0, max=4096))
    """A JSON string containing input parameters passed to the view when the page is
    rendered."""

    @classmethod
    def make(
        cls,
        *,
        resource_arn: str | None = None,
        page: str | None = None,
        slug: str | None = None,
        input_data: str | None = None,
    ) -> Self:
        return cls._build(locals())


class WorkspaceSearchCriteria(_rt.Structure):
    """Defines the search criteria for filtering workspaces."""

    or_conditions: list[WorkspaceSearchCriteria] | None = _rt.field(
        "OrConditions", _rt.ListOf(_rt.Ref("WorkspaceSearchCriteria"))
    )
    """A list of conditions to be met, where at least one condition must be satisfied."""

    and_conditions: list[WorkspaceSearchCriteria] | None = _rt.field(
        "AndConditions", _rt.ListOf(_rt.Ref("WorkspaceSearchCriteria"))
    )
    """A list of conditions that must all be satisfied."""

    string_condition: StringCondition | None = _rt.field(
        "StringCondition", _rt.Ref("StringCondition")
    )

    @classmethod
    def make(
        cls,
        *,
        or_conditions: list[WorkspaceSearchCriteria] | None = None,
        and_conditions: list[WorkspaceSearchCriteria] | None = None,
        string_condition: StringCondition | None = None,
    ) -> Self:
        return cls._build(locals())


class WorkspaceSearchFilter(_rt.Structure):
    """Defines filters to apply when searching for workspaces, such as tag-based
    filters."""

    attribute_filter: ControlPlaneAttributeFilter | None = _rt.field(
        "AttributeFilter", _rt.Ref("ControlPlaneAttributeFilter")
    )

    @classmethod
    def make(
        cls, *, attribute_filter: ControlPlaneAttributeFilter | None = None
    ) -> Self:
        return cls._build(locals())


class WorkspaceSearchSummary(_rt.Structure):
    """Contains summary information about a workspace returned from a search operation."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=256))
    """The unique identifier of the workspace."""

    name: str | None = _rt.field(
        "Name", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The name of the workspace."""

    visibility: Visibility | str | None = _rt.field(
        "Visibility", _rt.String(enum="Visibility")
    )
    """The visibility setting of the workspace."""

    description: str | None = _rt.field(
        "Description", _rt.String(min=0, max=500, pattern="^[\\\\P{C}\\r\\n\\t]*$")
    )
    """The description of the workspace."""

    title: str | None = _rt.field(
        "Title", _rt.String(min=0, max=127, pattern="^[\\\\P{C}]*$")
    )
    """The title displayed for the workspace."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the workspace."""

    created_at: datetime.datetime | None = _rt.field("CreatedAt", _rt.Timestamp())
    """The timestamp when the workspace was created."""

    tags: dict[str, str] | None = _rt.field(
        "Tags",
        _rt.MapOf(_rt.String(min=1, max=128), _rt.String(max=256), min=1, max=50),
    )
    """The tags associated with the workspace."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        name: str | None = None,
        visibility: Visibility | str | None = None,
        description: str | None = None,
        title: str | None = None,
        arn: str | None = None,
        created_at: datetime.datetime | None = None,
        tags: dict[str, str] | None = None,
    ) -> Self:
        return cls._build(locals())


class WorkspaceSummary(_rt.Structure):
    """Contains summary information about a workspace."""

    id: str | None = _rt.field("Id", _rt.String(min=1, max=256))
    """The unique identifier of the workspace."""

    name: str | None = _rt.field(
        "Name", _rt.String(min=1, max=127, pattern=".*\\\\S.*")
    )
    """The name of the workspace."""

    arn: str | None = _rt.field("Arn", _rt.String())
    """The Amazon Resource Name (ARN) of the workspace."""

    last_modified_time: datetime.datetime | None = _rt.field(
        "LastModifiedTime", _rt.Timestamp()
    )
    """The timestamp when the workspace was last modified."""

    last_modified_region: str | None = _rt.field(
        "LastModifiedRegion", _rt.String(pattern="[a-z]{2}(-[a-z]+){1,2}(-[0-9])?")
    )
    """The Amazon Web Services Region where the workspace was last modified."""

    @classmethod
    def make(
        cls,
        *,
        id: str | None = None,
        name: str | None = None,
        arn: str | None = None,
        last_modified_time: datetime.datetime | None = None,
        last_modified_region: str | None = None,
    ) -> Self:
        return cls._build(locals())


class WorkspaceTheme(_rt.Structure):
    """Contains theme configuration for a workspace, supporting both light and dark
    modes."""

    light: WorkspaceThemeConfig | None = _rt.field(
        "Light", _rt.Ref("WorkspaceThemeConfig")
    )
    """The theme configuration for light mode."""

    dark: WorkspaceThemeConfig | None = _rt.field(
        "Dark", _rt.Ref("WorkspaceThemeConfig")
    )
    """The theme configuration for dark mode."""

    @classmethod
    def make(
        cls,
        *,
        light: WorkspaceThemeConfig | None = None,
        dark: WorkspaceThemeConfig | None = None,
    ) -> Self:
        return cls._build(locals())


class WorkspaceThemeConfig(_rt.Structure):
    """Contains detailed theme configuration for a workspace, including colors, images,
    and typography."""

    palette: WorkspaceThemePalette | None = _rt.field(
        "Palette", _rt.Ref("WorkspaceThemePalette")
    )
    """The color palette configuration for the workspace theme."""

    images: WorkspaceThemeImages | None = _rt.field(
        "Images", _rt.Ref("WorkspaceThemeImages")
    )
    """The image assets used in the workspace theme."""

    typography: WorkspaceThemeTypography | None = _rt.field(
        "Typography", _rt.Ref("WorkspaceThemeTypography")
    )
    """The typography configuration for the workspace theme."""

    @classmethod
    def make(
        cls,
        *,
        palette: WorkspaceThemePalette | None = None,
        images: WorkspaceThemeImages | None = None,
        typography: WorkspaceThemeTypography | None = None,
    ) -> Self:
        return cls._build(locals())


class WorkspaceThemeImages(_rt.Structure):
    """Contains image configuration for a workspace theme."""

    logo: ImagesLogo | None = _rt.field("Logo", _rt.Ref("ImagesLogo"))
    """The logo images used in the workspace."""

    @classmethod
    def make(cls, *, logo: ImagesLogo | None = None) -> Self:
        return cls._build(locals())


class WorkspaceThemePalette(_rt.Structure):
    """Contains color palette configuration for different areas of a workspace."""

    header: PaletteHeader | None = _rt.field("Header", _rt.Ref("PaletteHeader"))
    """The color configuration for the header area."""

    navigation: PaletteNavigation | None = _rt.field(
        "Navigation", _rt.Ref("PaletteNavigation")
    )
    """The color configuration for the navigation area."""

    canvas: PaletteCanvas | None = _rt.field("Canvas", _rt.Ref("PaletteCanvas"))
    """The color configuration for the canvas area."""

    primary: PalettePrimary | None = _rt.field("Primary", _rt.Ref("PalettePrimary"))
    """The primary color configuration used throughout the workspace."""

    @classmethod
    def make(
        cls,
        *,
        header: PaletteHeader | None = None,
        navigation: PaletteNavigation | None = None,
        canvas: PaletteCanvas | None = None,
        primary: PalettePrimary | None = None,
    ) -> Self:
        return cls._build(locals())


class WorkspaceThemeTypography(_rt.Structure):
    """Contains typography configuration for a workspace theme."""

    font_family: FontFamily | None = _rt.field("FontFamily", _rt.Ref("FontFamily"))
    """The font family configuration for text in the workspace."""

    @classmethod
    def make(cls, *, font_family: FontFamily | None = None) -> Self:
        return cls._build(locals())
