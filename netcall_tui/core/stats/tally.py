"""The calls' figures (weekly load, the outcome mix, timing, busiest times, energy) from
one pass over the stored call records.

The pass is the statistics' hot loop (100,000 calls): times that sort before the
calendar's cutoff are skipped on their text, the rest are placed by `LocalHours`, and
each call adds to plain lists indexed by week, month and hour.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..domain.stored import CallRecord
from ..domain.vocabulary import OutcomeKind
from .energy import outlook
from .figures import MONTHS, RECENT_WEEKS, WEEKS_LONG, Busiest, Energy, MonthMix, Timing, WeekLoad
from .periods import OUTSIDE, Periods
from .timed import call_times

_KINDS = tuple(kind.value for kind in OutcomeKind)
_KIND_INDEX = {kind: index for index, kind in enumerate(_KINDS)}


def _zeros(count: int) -> list[int]:
    return [0] * count


@dataclass(slots=True)
class CallTally:
    """What the pass counted: per week (oldest first), per month, per weekday-hour."""

    week_calls: list[int] = field(default_factory=lambda: _zeros(WEEKS_LONG))
    week_minutes: list[float] = field(default_factory=lambda: [0.0] * WEEKS_LONG)
    week_rated: list[int] = field(default_factory=lambda: _zeros(WEEKS_LONG))
    week_energy: list[int] = field(default_factory=lambda: _zeros(WEEKS_LONG))  # ratings' sum
    month_kinds: list[list[int]] = field(
        default_factory=lambda: [_zeros(len(_KINDS)) for _ in range(MONTHS)]
    )
    busy: list[int] = field(default_factory=lambda: _zeros(7 * 24))  # weekday * 24 + hour
    recent_ratings: list[int] = field(default_factory=list)
    stories: list[float] = field(default_factory=list)  # the year's story phases' used_s
    stories_in_limit: int = 0
    timed: int = 0
    over: int = 0
    over_s: float = 0.0  # the sum of the overtimes

    def weeks(self, periods: Periods) -> tuple[WeekLoad, ...]:
        return tuple(
            WeekLoad(
                monday,
                self.week_calls[i],
                self.week_minutes[i],
                self.week_rated[i],
                self.week_energy[i] / self.week_rated[i] if self.week_rated[i] else None,
            )
            for i, monday in enumerate(periods.mondays)
        )

    def months(self, periods: Periods) -> tuple[MonthMix, ...]:
        return tuple(
            MonthMix(first, tuple((kind, n) for kind, n in zip(_KINDS, counts, strict=True) if n))
            for first, counts in zip(periods.months, self.month_kinds, strict=True)
        )

    def timing(self, periods: Periods) -> Timing:
        median = statistics.median(self.stories) if self.stories else None
        mean_over = self.over_s / self.over if self.over else None
        return Timing(
            periods.year,
            len(self.stories),
            median,
            self.stories_in_limit,
            self.timed,
            self.over,
            mean_over,
        )

    def busiest(self, periods: Periods) -> Busiest:
        days = [sum(self.busy[day * 24 : day * 24 + 24]) for day in range(7)]
        hours = [sum(self.busy[hour::24]) for hour in range(24)]
        if not any(days):
            return Busiest(periods.year, None, 0, None, 0)
        day = max(range(7), key=days.__getitem__)  # max keeps the first of equals
        hour = max(range(24), key=hours.__getitem__)
        return Busiest(periods.year, day, days[day], hour, hours[hour])

    def energy(self, periods: Periods, budget_calls: int) -> Energy:
        rated = sum(self.week_rated)
        mean = sum(self.week_energy) / rated if rated else None
        recent_calls = sum(self.week_calls[periods.recent_week :])
        found = outlook(self.recent_ratings, recent_calls, RECENT_WEEKS, budget_calls)
        return Energy(
            periods.year,
            rated,
            mean,
            periods.recent,
            found.rated,
            found.mean,
            found.low,
            found.suggested_calls,
        )


def tally_calls(calls: Sequence[CallRecord], periods: Periods) -> CallTally:
    """One pass over the stored calls: each counts in the week, month and hour where it
    started (local), whole, even when it ran past midnight."""
    tally = CallTally()
    hours = periods.hours()
    cutoff, whole, slot_of, recent = periods.cutoff(), hours.whole, hours.of, periods.recent_week
    week_calls, week_minutes = tally.week_calls, tally.week_minutes
    week_rated, week_energy, busy = tally.week_rated, tally.week_energy, tally.busy
    month_kinds, stories, ratings = tally.month_kinds, tally.stories, tally.recent_ratings
    in_limit = timed = over = 0
    over_s = 0.0
    for call in calls:
        started = call["started_at"]["utc"]
        if started < cutoff:
            continue
        slot = whole.get(started[:13]) or slot_of(started)
        week, month, weekday, hour = slot
        if month != OUTSIDE:
            outcome = call.get("outcome")
            kind = _KIND_INDEX.get(outcome["kind"]) if outcome else None
            if kind is not None:
                month_kinds[month][kind] += 1
        if week == OUTSIDE:
            continue
        minutes, used, limit, story = call_times(call)
        week_calls[week] += 1
        week_minutes[week] += minutes
        busy[weekday * 24 + hour] += 1
        rating = call.get("energy")
        if rating is not None:
            week_rated[week] += 1
            week_energy[week] += rating
            if week >= recent:
                ratings.append(rating)
        if story is not None:
            stories.append(story["used_s"])
            in_limit += story["used_s"] <= story["limit_s"]
        if limit > 0:
            timed += 1
            if used > limit:
                over += 1
                over_s += used - limit
    tally.stories_in_limit, tally.timed, tally.over, tally.over_s = in_limit, timed, over, over_s
    return tally
