"""What the console shows of the open promises: the most urgent first, the header's
counts ("3 due today · 2 overdue"), how many did not fit, and when any of that next
changes without a write (a due moment passing, midnight), so the console can check a
number once a minute instead of regrouping on every tick.

Most urgent first: overdue ones first (the longest overdue at the top: a promise kept
late is still kept), then the soonest due. Ties keep the text's order, so the list is
the same on every read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from .groups import DueGroup, Horizon, due_counts
from .rows import PromiseRow
from .wording import due_text, has_clock

_RANK = {group: place for place, group in enumerate(DueGroup)}


def most_urgent(rows: Iterable[PromiseRow]) -> list[PromiseRow]:
    """The open rows, overdue first, then by due moment (kept and dropped ones left out)."""
    pending = [row for row in rows if row.group is not DueGroup.DONE]
    pending.sort(key=lambda row: (_RANK[row.group], row.due_ts, row.text, row.id))
    return pending


@dataclass(frozen=True, slots=True)
class Waiting:
    """The open promises against one `now`: `rows` most urgent first, the counts, and
    `turns_at`: the instant (seconds since the epoch) a count or a row's words change."""

    rows: tuple[PromiseRow, ...]
    today: int
    overdue: int
    read_at: float
    turns_at: float

    def rest(self, shown: int) -> int:
        """How many open promises are left after the first `shown`: "+9 more"."""
        return max(0, len(self.rows) - shown)

    def stale(self, now: datetime) -> bool:
        """True once `now` is past `turns_at` (or the clock went back before the read)."""
        return not self.read_at <= now.timestamp() < self.turns_at


def waiting(rows: Iterable[PromiseRow], now: datetime) -> Waiting:
    """The open ones of `rows` (grouped against `now`, as `build_rows` does) for the console."""
    ordered = tuple(most_urgent(rows))
    today, overdue = due_counts(ordered)
    horizon = Horizon.at(now)
    # A row due now is still "today" for an instant: it turns overdue just after.
    coming = [row.due_ts for row in ordered if row.due_ts >= horizon.now_ts]
    turns_at = min([horizon.tomorrow_ts, *coming])
    return Waiting(ordered, today, overdue, horizon.now_ts, turns_at)


def when_text(group: DueGroup, due_ts: float, now: datetime) -> str:
    """How an open promise's due moment reads in a list: 'overdue Tue 21 Jul 2025',
    'due today', 'due today 14:00', 'due Fri 4 Dec' (the date as the app words dates)."""
    due = datetime.fromtimestamp(due_ts, now.tzinfo or UTC)
    if group is DueGroup.OVERDUE:
        return f"overdue {due_text(due, now)}"
    if group is DueGroup.TODAY:
        return f"due today {due:%H:%M}" if has_clock(due, now) else "due today"
    return f"due {due_text(due, now)}"
