"""A believable `Stats`, made by hand (the real computation is statscore's): 52 weeks
ending in FROZEN's, some over the budget of 6 calls and 150 minutes, energy ratings
that run low in the last weeks, every outcome in the months, and an empty one."""

from __future__ import annotations

from datetime import date, timedelta

from netcall_tui.core.domain.vocabulary import OutcomeKind, ReferralResult
from netcall_tui.core.stats.figures import (
    MONTHS,
    WEEKS_LONG,
    Busiest,
    Energy,
    MonthMix,
    Period,
    ReferralTally,
    Stats,
    Timing,
    WeekLoad,
)

TODAY = date(2026, 11, 26)  # FROZEN's day, a Thursday
MONDAY = TODAY - timedelta(days=TODAY.weekday())
BUDGET_CALLS, BUDGET_MINUTES = 6, 150
# The last 12 weeks' calls: weeks 3, 6, 7 and 11 over the budget of 6.
SHORT_CALLS = (4, 5, 8, 3, 6, 9, 7, 2, 5, 6, 10, 3)
SHORT_ENERGY = (4.0, 3.5, 2.0, None, 3.0, 1.5, 2.0, 4.5, 3.0, 2.5, 2.0, 2.0)


def _months_back(first: date, count: int) -> date:
    index = first.year * 12 + first.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def weeks() -> tuple[WeekLoad, ...]:
    mondays = [MONDAY - timedelta(weeks=back) for back in range(WEEKS_LONG - 1, -1, -1)]
    loads = []
    for index, monday in enumerate(mondays):
        short = index - (WEEKS_LONG - len(SHORT_CALLS))
        calls = SHORT_CALLS[short] if short >= 0 else (index * 5) % 9
        energy = SHORT_ENERGY[short] if short >= 0 else (3.0 if calls else None)
        rated = calls if energy is not None else 0
        loads.append(WeekLoad(monday, calls, calls * 23.5, rated, energy if rated else None))
    return tuple(loads)


def months() -> tuple[MonthMix, ...]:
    this = TODAY.replace(day=1)
    kinds = [kind.value for kind in OutcomeKind]
    mixes = []
    for back in range(MONTHS - 1, -1, -1):
        month = _months_back(this, back)
        if back == 5:  # a month away: no call at all
            mixes.append(MonthMix(month, ()))
            continue
        counts = tuple((kind, (back + i) % 4) for i, kind in enumerate(kinds))
        mixes.append(MonthMix(month, tuple((k, c) for k, c in counts if c)))
    return tuple(mixes)


def made_stats() -> Stats:
    all_weeks = weeks()
    year = Period(all_weeks[0].monday, TODAY)
    recent = Period(MONDAY - timedelta(weeks=3), TODAY)
    results = ((ReferralResult.HIRED.value, 1), (ReferralResult.GOOD_MEETING.value, 2))
    return Stats(
        today=TODAY,
        weeks=all_weeks,
        budget_calls=BUDGET_CALLS,
        budget_minutes=BUDGET_MINUTES,
        months=months(),
        timing=Timing(year, 140, 252.0, 100, 180, 36, 95.0),
        interviews_held=7,
        referrals=ReferralTally(year, 6, 2, 1, results),
        resumes_on_file=5,
        resumes_passed_on=3,
        busiest=Busiest(year, 1, 48, 14, 30),
        energy=Energy(year, 180, 2.9, recent, 21, 2.3, True, 5),
        year=year,
    )


def empty_stats() -> Stats:
    """What the stub (and an empty log) gives: the periods, nothing counted."""
    from netcall_tui.core.stats.compute import figures
    from tests.helpers import FROZEN

    return figures([], [], [], [], FROZEN, BUDGET_CALLS, BUDGET_MINUTES)
