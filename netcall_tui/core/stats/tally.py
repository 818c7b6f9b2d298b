"""The calls' figures (weekly load, the outcome mix, timing, busiest times, energy) from
one pass over the stored call records.

The pass is the statistics' hot loop (100,000 calls): times that sort before the
calendar's cutoff are skipped on their text, the rest are placed by `LocalHours`, and
each call adds to flat lists of counts indexed by week, month and hour. Reading the
records is most of its cost, so each field is read once.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..domain.stored import CallRecord
from ..domain.vocabulary import ENERGY_HIGH, OutcomeKind
from .energy import outlook
from .figures import MONTHS, RECENT_WEEKS, WEEKS_LONG, Busiest, Energy, MonthMix, Timing, WeekLoad
from .local import LocalHours
from .periods import Periods
from .timed import call_times

_KINDS = tuple(kind.value for kind in OutcomeKind)
_KIND_INDEX = {kind: index for index, kind in enumerate(_KINDS)}
_RATINGS = ENERGY_HIGH + 1  # a week's counts by rating: 0 (unrated), 1 .. 5


def _zeros(count: int) -> list[int]:
    return [0] * count


@dataclass(slots=True)
class CallTally:
    """What the pass counted, in flat lists: per week (oldest first) the calls by
    rating, per week the minutes, per month the outcomes, per weekday-hour the calls."""

    ratings: list[int] = field(default_factory=lambda: _zeros(WEEKS_LONG * _RATINGS))
    minutes: list[float] = field(default_factory=lambda: [0.0] * WEEKS_LONG)
    outcomes: list[int] = field(default_factory=lambda: _zeros(MONTHS * len(_KINDS)))
    busy: list[int] = field(default_factory=lambda: _zeros(7 * 24))  # weekday * 24 + hour
    stories: list[float] = field(default_factory=list)  # the year's story phases' used_s
    stories_in_limit: int = 0
    timed: int = 0
    over: int = 0
    over_s: float = 0.0  # the sum of the overtimes
    sit_downs: list[tuple[str, str]] = field(default_factory=list)  # (caller id, UTC start)

    def week_ratings(self, week: int) -> list[int]:
        """A week's calls by rating: [unrated, 1s, 2s, 3s, 4s, 5s]."""
        return self.ratings[week * _RATINGS : (week + 1) * _RATINGS]

    def weeks(self, periods: Periods) -> tuple[WeekLoad, ...]:
        loads = []
        for week, monday in enumerate(periods.mondays):
            counts = self.week_ratings(week)
            rated = sum(counts[1:])
            total = sum(rating * n for rating, n in enumerate(counts))
            mean = total / rated if rated else None
            loads.append(WeekLoad(monday, sum(counts), self.minutes[week], rated, mean))
        return tuple(loads)

    def months(self, periods: Periods) -> tuple[MonthMix, ...]:
        width = len(_KINDS)
        return tuple(
            MonthMix(
                first,
                tuple(
                    (kind, n)
                    for kind, n in zip(
                        _KINDS, self.outcomes[i * width : (i + 1) * width], strict=True
                    )
                    if n
                ),
            )
            for i, first in enumerate(periods.months)
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
        every = [self.week_ratings(week) for week in range(WEEKS_LONG)]
        rated = sum(sum(counts[1:]) for counts in every)
        total = sum(rating * n for counts in every for rating, n in enumerate(counts))
        recent = every[periods.recent_week :]
        ratings = [r for counts in recent for r in range(1, _RATINGS) for _ in range(counts[r])]
        found = outlook(ratings, sum(map(sum, recent)), RECENT_WEEKS, budget_calls)
        return Energy(
            periods.year,
            rated,
            total / rated if rated else None,
            periods.recent,
            found.rated,
            found.mean,
            found.low,
            found.suggested_calls,
        )


def _cell(slot: tuple[int, ...], width: int) -> tuple[int, int, int, int]:
    """A slot (week, month, weekday, hour) as the places the pass adds to: the week, its
    first ratings count, its weekday-hour count and its month's first outcome count."""
    week, month, weekday, hour = slot
    return week, week * _RATINGS, weekday * 24 + hour, month * width if month >= 0 else -1


def tally_calls(calls: Sequence[CallRecord], periods: Periods, hours: LocalHours) -> CallTally:
    """One pass over the stored calls: each counts in the week, month and hour where it
    started (local), whole, even when it ran past midnight."""
    tally = CallTally()
    cutoff, whole, slot_of = periods.cutoff, hours.whole, hours.of
    ratings, minutes, outcomes = tally.ratings, tally.minutes, tally.outcomes
    busy, stories, width = tally.busy, tally.stories, len(_KINDS)
    sit_downs = tally.sit_downs
    cells: dict[str, tuple[int, int, int, int]] = {}  # by UTC hour, where it is whole
    in_limit = timed = over = 0
    over_s = 0.0
    for call in calls:
        started = call["started_at"]["utc"]
        if started < cutoff:
            continue
        key = started[:13]
        cell = cells.get(key)
        if cell is None:
            cell = _cell(whole.get(key) or slot_of(started), width)
            if key in whole:
                cells[key] = cell
        week, rated, busy_cell, month = cell
        if month >= 0:
            outcome = call.get("outcome")
            kind = _KIND_INDEX.get(outcome["kind"]) if outcome else None
            if kind is not None:
                outcomes[month + kind] += 1
        if week < 0:
            continue
        ratings[rated + (call.get("energy") or 0)] += 1
        busy[busy_cell] += 1
        spent, used, limit, story, sat = call_times(call)
        minutes[week] += spent
        if story is not None:
            told = story["used_s"]
            stories.append(told)
            in_limit += told <= story["limit_s"]
        if sat:
            sit_downs.append((call["caller_id"], started))
        if limit > 0:
            timed += 1
            if used > limit:
                over += 1
                over_s += used - limit
    tally.stories_in_limit, tally.timed, tally.over, tally.over_s = in_limit, timed, over, over_s
    return tally
