"""How long a stored call took, read from its record (no model built): the rule of
`core.stats.load.call_minutes` (its timed phases, else start to end) on raw records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ..domain.sitdown import sat_down
from ..domain.stored import CallRecord, PhaseRecord
from ..domain.vocabulary import PhaseKind

_STORY = PhaseKind.STORY.value
_INTERVIEW = PhaseKind.INTERVIEW.value


def call_times(call: CallRecord) -> tuple[float, float, int, PhaseRecord | None]:
    """A call's minutes (its phases' time used, or start to end if it has none), its
    phases' seconds used and their limits' sum, and its story phase (or None).

    The statistics call this once per call of the year: it reads each field it needs
    once (at 100,000 calls, reading the records is most of the cost)."""
    phases: Sequence[PhaseRecord] = call.get("phases") or ()
    if not phases:
        ended = call.get("ended_at")
        if ended is None:
            return 0.0, 0.0, 0, None
        started = datetime.fromisoformat(call["started_at"]["utc"])
        span = datetime.fromisoformat(ended["utc"]) - started
        return span.total_seconds() / 60, 0.0, 0, None
    used, limit = 0.0, 0
    for phase in phases:
        used += phase["used_s"]
        limit += phase["limit_s"]
    story = phases[0]  # the story comes first (core.call.countdown): one kind read
    if story["kind"] != _STORY:
        return used / 60, used, limit, next((p for p in phases if p["kind"] == _STORY), None)
    return used / 60, used, limit, story


def record_minutes(call: CallRecord) -> float:
    """Minutes a stored call took: its timed phases, or start to end if it has none."""
    return call_times(call)[0]


def sat_down_in(phases: Sequence[PhaseRecord]) -> bool:
    """A sit-down took place in a call with these stored phases (core.domain.sitdown)."""
    used, largest = 0.0, 0
    for phase in phases:
        if phase["kind"] == _INTERVIEW:
            used += phase["used_s"]
            largest = max(largest, phase["limit_s"])
    return sat_down(used, largest)
