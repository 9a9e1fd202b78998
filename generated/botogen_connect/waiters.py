"""The waiters of Amazon Connect Service, by client method: each acceptor is (state, matcher, expected, its argument compiled to Python over the typed output `o`)."""

from __future__ import annotations

from ._client import WaiterSpec

WAITERS: dict[str, WaiterSpec] = {}
