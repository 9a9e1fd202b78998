"""Hypothesis strategies for valid botocore parameters, built from the IR.

`params(service, shape_wire_name)` draws the dict botocore takes for a structure
(wire names as keys): required members always, optional members sometimes, and every
value within the model's constraints (lengths, ranges, patterns as `re.search` reads
them, enum values, exactly one member of a union). Recursive shapes are cut off after
`max_depth` levels of structures: deeper down only required members are drawn, lists
and maps get their minimum size and a union takes a member that ends soonest.
"""

from __future__ import annotations

import datetime
import math
import re
from typing import Any

from hypothesis import strategies as st

from generator.ir import Service, Shape

#: Largest number of items drawn for a list or map that allows more.
MAX_ITEMS = 3

#: Extra characters drawn above a string's minimum length when it has no pattern.
MAX_EXTRA_CHARS = 20

#: Strings whose pattern `st.from_regex` cannot satisfy within the length bounds fast
#: enough, keyed by (pattern, min, max): a fixed value that satisfies all three. Each
#: is checked against its constraints when it is used.
FALLBACKS: dict[tuple[str, int | None, int | None], str] = {}

#: Patterns no string can match as Python's `re` reads them (as `re.search` does),
#: mapped to a reason. A member with such a target is left out when it is optional;
#: when it is required, the strategy still draws a string within the length bounds,
#: which cannot validate.
UNSATISFIABLE: dict[str, str] = {
    # Connect's Password: a JavaScript regex literal, slashes included; `/` before `^`
    # can never match.
    "/^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)[a-zA-Z\\d\\S]{8,64}$/": "slash before ^",
}

_TIMEZONES = (
    datetime.timezone.utc,
    datetime.timezone(datetime.timedelta(hours=5, minutes=30)),
    datetime.timezone(datetime.timedelta(hours=-8)),
)

_JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5)
)
_DOCUMENTS = st.recursive(
    _JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=MAX_ITEMS)
    | st.dictionaries(st.text(max_size=5), inner, max_size=MAX_ITEMS),
    max_leaves=5,
)

_builders: dict[tuple[int, int], tuple[Service, _Builder]] = {}


def params(
    service: Service, shape_wire_name: str, max_depth: int = 3
) -> st.SearchStrategy[dict]:
    """Valid botocore parameters for the structure `shape_wire_name` of `service`."""
    shape = service.shape(shape_wire_name)
    if shape.kind not in ("structure", "union", "exception"):
        raise ValueError(f"{shape_wire_name} is a {shape.kind}, not a structure")
    return values(service, shape_wire_name, max_depth)


def values(
    service: Service, shape_wire_name: str, max_depth: int = 3
) -> st.SearchStrategy[Any]:
    """Valid values of any shape of `service`, in botocore's form."""
    key = (id(service), max_depth)
    entry = _builders.get(key)
    if entry is None or entry[0] is not service:
        entry = (service, _Builder(service, max_depth))
        _builders[key] = entry
    return entry[1].strategy(shape_wire_name, 0)


def string_strategy(shape: Shape) -> st.SearchStrategy[str]:
    """Strings of a string shape: length within bounds, matching its pattern."""
    low = shape.min or 0
    high = shape.max
    pattern = shape.pattern
    if pattern is None:
        return st.text(min_size=low, max_size=_top(low, high))
    fallback = FALLBACKS.get((pattern, shape.min, shape.max))
    if fallback is not None:
        if not _string_ok(fallback, low, high, re.compile(pattern)):
            raise AssertionError(
                f"fallback {fallback!r} does not fit {shape.wire_name}"
            )
        return st.just(fallback)
    if pattern in UNSATISFIABLE:
        return st.text(min_size=low, max_size=_top(low, high))
    compiled = re.compile(pattern)
    top = _top(low, high)
    single = re.fullmatch(r"(\^?)(\[(?:\\.|[^\]])+\]|\\.|[^\\()|])([+*])(\$?)", pattern)
    if single is not None:
        # one repeated atom, such as cloudtrail's QueryId `^[a-f0-9\-]+$` of exactly 36
        # characters: draw the length from the bounds instead of filtering for it
        start, atom, _, end = single.groups()
        sized = f"{start}{atom}{{{max(low, 1 if single.group(3) == '+' else 0)},{top}}}{end}"
        return st.from_regex(sized, fullmatch=True).filter(
            lambda s: _string_ok(s, low, high, compiled)
        )
    # Lookarounds are checked by the filter; drawing from the pattern without them
    # keeps hypothesis away from what it cannot generate (partnercentral-selling's
    # `(?=.{1,255}$)(arn:.*|engi-[0-9a-z]{13})`).
    drawn = re.compile(_without_lookarounds(pattern))
    if not re.search(r"(?<!\\)(\$|\\Z)\)*$", pattern) and drawn.pattern == pattern:
        # unanchored at the end: as `re.search` reads it, a match followed by anything
        # still matches, so pad a short match up to the length (iot's CertificateId is
        # `(0x)?[a-fA-F0-9]+` of exactly 64 characters)
        return (
            st.from_regex(drawn, fullmatch=True)
            .filter(lambda match: high is None or len(match) <= high)
            .flatmap(
                lambda match: st.text(
                    min_size=max(0, low - len(match)),
                    max_size=max(0, low - len(match), top - len(match)),
                ).map(lambda padding: match + padding)
            )
            .filter(lambda s: _string_ok(s, low, high, compiled))
        )
    return st.from_regex(drawn).filter(lambda s: _string_ok(s, low, high, compiled))


def _without_lookarounds(pattern: str) -> str:
    """The pattern with its `(?=...)`, `(?!...)`, `(?<=...)` and `(?<!...)` groups removed."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if re.match(r"\(\?<?[=!]", pattern[i:]):
            depth = 0
            while i < len(pattern):
                if pattern[i] == "\\":
                    i += 2
                    continue
                depth += {"(": 1, ")": -1}.get(pattern[i], 0)
                i += 1
                if depth == 0:
                    break
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)


def _top(low: int, high: int | float | None) -> int:
    """The longest string or blob to draw: a few characters above the minimum."""
    return (
        low + MAX_EXTRA_CHARS if high is None else int(min(high, low + MAX_EXTRA_CHARS))
    )


def _string_ok(
    value: str, low: int, high: int | None, compiled: re.Pattern[str]
) -> bool:
    return low <= len(value) <= (len(value) if high is None else high) and (
        compiled.search(value) is not None
    )


class _Builder:
    """The strategies of one service's shapes, by (wire name, depth), made on demand."""

    def __init__(self, service: Service, max_depth: int) -> None:
        self.service = service
        self.max_depth = max_depth
        self.cache: dict[tuple[str, int], st.SearchStrategy[Any]] = {}
        self.heights = _min_heights(service)

    def strategy(self, wire_name: str, depth: int) -> st.SearchStrategy[Any]:
        # Every depth beyond the limit draws alike, so they share one strategy; `deferred`
        # lets recursive shapes refer to themselves.
        depth = min(depth, self.max_depth + 1)
        key = (wire_name, depth)
        found = self.cache.get(key)
        if found is None:
            found = st.deferred(lambda: self._build(wire_name, depth))
            self.cache[key] = found
        return found

    def _beyond(self, depth: int) -> bool:
        return depth > self.max_depth

    def _build(self, wire_name: str, depth: int) -> st.SearchStrategy[Any]:
        shape = self.service.shape(wire_name)
        kind = shape.kind
        if kind in ("structure", "exception"):
            return self._structure(shape, depth)
        if kind == "union":
            return self._union(shape, depth)
        if kind == "list":
            return self._list(shape, depth)
        if kind == "map":
            return self._map(shape, depth)
        if kind == "string":
            return string_strategy(shape)
        if kind == "enum":
            choices = [v.value for v in shape.enum_values]
            fitting = [v for v in choices if _length_ok(v, shape.min, shape.max)]
            return st.sampled_from(fitting or choices)
        if kind == "integer":
            return st.integers(
                min_value=None if shape.min is None else math.ceil(shape.min),
                max_value=None if shape.max is None else math.floor(shape.max),
            )
        if kind == "float":
            floats = st.floats(
                min_value=shape.min,
                max_value=shape.max,
                allow_nan=False,
                allow_infinity=False,
            )
            low = -(2**60) if shape.min is None else math.ceil(shape.min)
            high = 2**60 if shape.max is None else math.floor(shape.max)
            if low <= high:  # botocore takes an int for a float too
                return st.one_of(floats, st.integers(min_value=low, max_value=high))
            return floats
        if kind == "boolean":
            return st.booleans()
        if kind == "timestamp":
            return st.datetimes(
                min_value=datetime.datetime(1970, 1, 1),
                max_value=datetime.datetime(2200, 1, 1),
                timezones=st.sampled_from(_TIMEZONES),
            )
        if kind == "blob":
            low = shape.min or 0
            return st.binary(min_size=low, max_size=_top(low, shape.max))
        if kind == "document":
            # a document that is JSON null reads as an absent member in the generated
            # class (None means absent there), so a drawn document is never null itself
            return _DOCUMENTS.filter(lambda value: value is not None)
        raise AssertionError(f"unknown kind {kind!r} of {wire_name}")

    def _member_strategy(self, member: Any, depth: int) -> st.SearchStrategy[Any]:
        strategy = self.strategy(member.target, depth + 1)
        target = self.service.shape(member.target)
        if member.host_label and target.kind == "string" and not target.min:
            strategy = strategy.filter(
                bool
            )  # botocore: a host label has a minimum of 1
        return strategy

    def _structure(self, shape: Shape, depth: int) -> st.SearchStrategy[dict]:
        required = {}
        optional = {}
        for member in shape.members:
            if member.required:
                required[member.wire_name] = self._member_strategy(member, depth)
            elif not self._beyond(depth) and not self._unsatisfiable(member.target):
                optional[member.wire_name] = self._member_strategy(member, depth)
        return st.fixed_dictionaries(required, optional=optional)

    def _union(self, shape: Shape, depth: int) -> st.SearchStrategy[dict]:
        members = [m for m in shape.members if not self._unsatisfiable(m.target)]
        if self._beyond(depth):
            lowest = min(self.heights[m.target] for m in members)
            members = [m for m in members if self.heights[m.target] == lowest]
        return st.one_of(
            [
                st.fixed_dictionaries({m.wire_name: self._member_strategy(m, depth)})
                for m in members
            ]
        )

    def _sizes(self, shape: Shape, depth: int) -> tuple[int, int]:
        low = shape.min or 0
        if self._beyond(depth):
            return low, low
        high = MAX_ITEMS if shape.max is None else min(shape.max, MAX_ITEMS)
        return low, max(low, high)

    def _list(self, shape: Shape, depth: int) -> st.SearchStrategy[list]:
        low, high = self._sizes(shape, depth)
        assert shape.item is not None
        return st.lists(self.strategy(shape.item, depth), min_size=low, max_size=high)

    def _map(self, shape: Shape, depth: int) -> st.SearchStrategy[dict]:
        low, high = self._sizes(shape, depth)
        assert shape.key is not None and shape.value is not None
        return st.dictionaries(
            self.strategy(shape.key, depth),
            self.strategy(shape.value, depth),
            min_size=low,
            max_size=high,
        )

    def _unsatisfiable(self, wire_name: str) -> bool:
        shape = self.service.shape(wire_name)
        return shape.kind == "string" and shape.pattern in UNSATISFIABLE


def _length_ok(value: str, low: int | float | None, high: int | float | None) -> bool:
    return (low is None or len(value) >= low) and (high is None or len(value) <= high)


def _min_heights(service: Service) -> dict[str, float]:
    """For each shape, the fewest levels of structures a valid value of it needs: how
    deep drawing must go before only leaves are left (infinite if no value is finite).
    """
    heights: dict[str, float] = {shape.wire_name: math.inf for shape in service.shapes}
    changed = True
    while changed:
        changed = False
        for shape in service.shapes:
            height = _height(shape, heights)
            if height < heights[shape.wire_name]:
                heights[shape.wire_name] = height
                changed = True
    return heights


def _height(shape: Shape, heights: dict[str, float]) -> float:
    kind = shape.kind
    if kind in ("structure", "exception"):
        return 1 + max(
            (heights[m.target] for m in shape.members if m.required), default=0
        )
    if kind == "union":
        return 1 + min((heights[m.target] for m in shape.members), default=0)
    if kind == "list":
        return heights[shape.item] if shape.min else 0  # type: ignore[index]
    if kind == "map":
        if not shape.min:
            return 0
        return max(heights[shape.key], heights[shape.value])  # type: ignore[index]
    return 0
