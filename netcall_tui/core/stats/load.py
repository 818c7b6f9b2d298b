"""Weekly load: the calls and minutes of this week against your weekly budget, and
today's calls against the day's budget if one is set (habit 3).

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
    day_calls: int = 0  # today's calls (the local day of `now`)
    budget_day_calls: int = 0  # 0 = no day budget (the default)

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
    def day_fraction(self) -> float | None:
        """Share of the day's call budget used today; None when there is no day budget."""
        return self.day_calls / self.budget_day_calls if self.budget_day_calls > 0 else None

    @property
    def day_calls_left(self) -> int | None:
        return max(0, self.budget_day_calls - self.day_calls) if self.budget_day_calls > 0 else None

    @property
    def week_full(self) -> bool:
        """A week's budget is used up: one more call goes over it."""
        return _is_full(self.calls_fraction) or _is_full(self.minutes_fraction)

    @property
    def day_full(self) -> bool:
        return _is_full(self.day_fraction)

    @property
    def level(self) -> LoadLevel:
        """The worst of the budgets (the week's calls and minutes, the day's calls) decides."""
        fractions = (self.calls_fraction, self.minutes_fraction, self.day_fraction)
        worst = max((f for f in fractions if f is not None), default=0.0)
        if worst >= 1.0:
            return LoadLevel.FULL
        return LoadLevel.NEAR if worst >= NEAR_FRACTION else LoadLevel.OK


def _is_full(fraction: float | None) -> bool:
    return fraction is not None and fraction >= 1.0


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


def day_bounds(now: DateTime) -> tuple[DateTime, DateTime]:
    """Midnight of `now`'s day and the midnight after, in `now`'s zone (a DST day is 23
    or 25 hours long)."""
    start = now.at(0, 0, 0)
    return start, start.add(days=1)


def weekly_load(
    calls: Iterable[Call],
    now: DateTime,
    budget_calls: int,
    budget_minutes: int,
    budget_day_calls: int = 0,
) -> WeeklyLoad:
    start, end = week_bounds(now)
    day_start, day_end = day_bounds(now)
    count, minutes, today = 0, 0.0, 0
    for call in calls:
        if start <= call.started_at < end:
            count += 1
            minutes += call_minutes(call)
            today += day_start <= call.started_at < day_end
    return WeeklyLoad(
        start,
        end,
        count,
        minutes,
        max(0, budget_calls),
        max(0, budget_minutes),
        today,
        max(0, budget_day_calls),
    )
