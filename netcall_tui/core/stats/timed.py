"""How long a stored call took, read from its record (no model built): the rule of
`core.stats.load.call_minutes` (its timed phases, else start to end) on raw records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from ..domain.stored import CallRecord, PhaseRecord
from ..domain.vocabulary import PhaseKind

_STORY = PhaseKind.STORY.value


def call_times(call: CallRecord) -> tuple[float, float, int, PhaseRecord | None]:
    """A call's minutes (its phases' time used, or start to end if it has none), its
    phases' seconds used and their limits' sum, and its story phase (or None)."""
    phases: Sequence[PhaseRecord] = call.get("phases") or ()
    used, limit, story = 0.0, 0, None
    for phase in phases:
        used += phase["used_s"]
        limit += phase["limit_s"]
        if story is None and phase["kind"] == _STORY:
            story = phase
    if phases:
        return used / 60, used, limit, story
    ended = call.get("ended_at")
    if ended is None:
        return 0.0, used, limit, story
    span = datetime.fromisoformat(ended["utc"]) - datetime.fromisoformat(call["started_at"]["utc"])
    return span.total_seconds() / 60, used, limit, story


def record_minutes(call: CallRecord) -> float:
    """Minutes a stored call took: its timed phases, or start to end if it has none."""
    return call_times(call)[0]
