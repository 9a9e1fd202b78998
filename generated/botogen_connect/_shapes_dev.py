"""Shapes of Amazon Connect Service whose class names start with "dev"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class DeviceInfo(_rt.Structure):
    """Information regarding the device."""

    platform_name: str | None = _rt.field("PlatformName", _rt.String(min=0, max=128))
    """Name of the platform that the participant used for the call."""

    platform_version: str | None = _rt.field(
        "PlatformVersion", _rt.String(min=0, max=128)
    )
    """Version of the platform that the participant used for the call."""

    operating_system: str | None = _rt.field(
        "OperatingSystem", _rt.String(min=0, max=128)
    )
    """Operating system that the participant used for the call."""

    @classmethod
    def make(
        cls,
        *,
        platform_name: str | None = None,
        platform_version: str | None = None,
        operating_system: str | None = None,
    ) -> Self:
        return cls._build(locals())


class DeviceType(_rt.Enum):
    """The values of DeviceType; one AWS adds later is kept as it is."""

    GCM = "GCM"
    APNS = "APNS"
    APNS_SANDBOX = "APNS_SANDBOX"
