"""Weekly load: the calls and minutes of this week against your weekly budget (habit 3).

Weeks are ISO weeks: Monday 00:00 to the next Monday 00:00 in the zone of `now` (the
user's local time), computed here rather than with pendulum's `start_of("week")`, whose
first weekday is a process-wide setting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from ..domain.records import Call

if TYPE_CHECKING:
    from pendulum import DateTime

NEAR_FRACTION = 0.8  # from here on, the budget is worth a glance before saying yes


class LoadLevel(StrEnum):
    OK = "ok"
    NEAR = "near"  # 80 % or more of a budget used
    FULL = "full"  # a budget is used up: one more call goes over it


@dataclass(frozen=True, slots=True)
class WeeklyLoad:
    week_start: DateTime
    week_end: DateTime  # exclusive: the next Monday 00:00
    calls: int
    minutes: float
    budget_calls: int  # 0 = no budget set
    budget_minutes: int  # 0 = no budget set

    @property
    def calls_fraction(self) -> float | None:
        """Share of the call budget used (may pass 1.0); None when there is no budget."""
        return self.calls / self.budget_calls if self.budget_calls > 0 else None

    @property
    def minutes_fraction(self) -> float | None:
        return self.minutes / self.budget_minutes if self.budget_minutes > 0 else None

    @property
    def calls_left(self) -> int | None:
        return max(0, self.budget_calls - self.calls) if self.budget_calls > 0 else None

    @property
    def minutes_left(self) -> float | None:
        return max(0.0, self.budget_minutes - self.minutes) if self.budget_minutes > 0 else None

    @property
    def level(self) -> LoadLevel:
        """The worse of the two budgets decides."""
        used = [f for f in (self.calls_fraction, self.minutes_fraction) if f is not None]
        worst = max(used, default=0.0)
        if worst >= 1.0:
            return LoadLevel.FULL
        return LoadLevel.NEAR if worst >= NEAR_FRACTION else LoadLevel.OK


def week_bounds(now: DateTime) -> tuple[DateTime, DateTime]:
    """Monday 00:00 of `now`'s week and the Monday after, in `now`'s zone."""
    monday = now.date() - timedelta(days=now.weekday())
    start = now.on(monday.year, monday.month, monday.day).at(0, 0, 0)
    return start, start.add(weeks=1)


def call_minutes(call: Call) -> float:
    """Minutes a call took: its timed phases, or start to end if it has none."""
    if call.phases:
        return call.used_s / 60
    if call.ended_at is not None:
        return (call.ended_at - call.started_at).total_seconds() / 60
    return 0.0


def weekly_load(
    calls: Iterable[Call], now: DateTime, budget_calls: int, budget_minutes: int
) -> WeeklyLoad:
    start, end = week_bounds(now)
    count, minutes = 0, 0.0
    for call in calls:
        if start <= call.started_at < end:
            count += 1
            minutes += call_minutes(call)
    return WeeklyLoad(start, end, count, minutes, max(0, budget_calls), max(0, budget_minutes))
