"""How far off a promise is, as the promises view groups them: overdue, today, this
week, later, done — read against a `now` in the user's zone.

Decisions, so they are the same everywhere:

- Overdue: still open and its due moment has passed (a promise due at 17:00 today is
  overdue at 17:01; one due at 09:00 for an interview, at 09:01).
- Today: due later on today's date, in the user's zone.
- This week: due after today and before next Monday (weeks start on Monday, as
  `due` reads "next fri"); on a Sunday it holds nothing.
- Later: the rest of the open ones. Done: kept or dropped, whatever their date.

Each boundary is the start of a local day, found with pendulum in the user's zone, so a
23- or 25-hour day (the clocks changing) and the turn of a year move nothing; after that
a row's group is a comparison of two numbers (5,000 promises regroup in a blink).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol, TypeVar

import pendulum


class DueGroup(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    WEEK = "week"
    LATER = "later"
    DONE = "done"


GROUP_LABEL = {
    DueGroup.OVERDUE: "overdue",
    DueGroup.TODAY: "today",
    DueGroup.WEEK: "this week",
    DueGroup.LATER: "later",
    DueGroup.DONE: "closed",  # kept or dropped: "done" read as kept only
}


@dataclass(frozen=True, slots=True)
class Horizon:
    """The instants that part the groups, for one `now` (seconds since the epoch)."""

    now_ts: float
    tomorrow_ts: float  # the start of tomorrow, local
    next_week_ts: float  # the start of next Monday, local

    @classmethod
    def at(cls, now: datetime) -> Horizon:
        local = pendulum.instance(now)
        today = local.start_of("day")
        tomorrow = today.add(days=1).start_of("day")
        next_week = today.add(days=7 - today.weekday()).start_of("day")
        return cls(now.timestamp(), tomorrow.timestamp(), next_week.timestamp())

    def group(self, due_ts: float, open: bool = True) -> DueGroup:
        if not open:
            return DueGroup.DONE
        if due_ts < self.now_ts:
            return DueGroup.OVERDUE
        if due_ts < self.tomorrow_ts:
            return DueGroup.TODAY
        return DueGroup.WEEK if due_ts < self.next_week_ts else DueGroup.LATER


class Grouped(Protocol):
    @property
    def group(self) -> DueGroup: ...


G = TypeVar("G", bound=Grouped)


def by_group(rows: Iterable[G]) -> dict[DueGroup, list[G]]:
    """The rows under each group, in the groups' order (overdue first), each group's
    rows in the order given; a group with none is left out."""
    found: dict[DueGroup, list[G]] = {group: [] for group in DueGroup}
    for row in rows:
        found[row.group].append(row)
    return {group: rows for group, rows in found.items() if rows}


def due_counts(rows: Iterable[Grouped]) -> tuple[int, int]:
    """(due today, overdue): what the console's header says."""
    today = overdue = 0
    for row in rows:
        today += row.group is DueGroup.TODAY
        overdue += row.group is DueGroup.OVERDUE
    return today, overdue
