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


def call_times(call: CallRecord) -> tuple[float, float, int, PhaseRecord | None, bool]:
    """A call's minutes (its phases' time used, or start to end if it has none), its
    phases' seconds used and their limits' sum, its story phase (or None), and whether a
    sit-down took place in it (core.domain.sitdown's rule).

    The statistics call this once per call of the year: it reads each field it needs
    once (at 100,000 calls, reading the records is most of the cost)."""
    phases: Sequence[PhaseRecord] = call.get("phases") or ()
    if not phases:
        ended = call.get("ended_at")
        if ended is None:
            return 0.0, 0.0, 0, None, False
        started = datetime.fromisoformat(call["started_at"]["utc"])
        span = datetime.fromisoformat(ended["utc"]) - started
        return span.total_seconds() / 60, 0.0, 0, None, False
    used, limit, talk, largest = 0.0, 0, 0.0, 0
    for phase in phases:
        spent, cap = phase["used_s"], phase["limit_s"]
        used += spent
        limit += cap
        if phase["kind"] == _INTERVIEW:
            talk += spent
            largest = max(largest, cap)
    held = largest > 0 and sat_down(talk, largest)
    story = phases[0]  # the story comes first (core.call.countdown): one kind read
    if story["kind"] != _STORY:
        return used / 60, used, limit, next((p for p in phases if p["kind"] == _STORY), None), held
    return used / 60, used, limit, story, held


def record_minutes(call: CallRecord) -> float:
    """Minutes a stored call took: its timed phases, or start to end if it has none."""
    return call_times(call)[0]
