"""Every figure of the statistics from the stored records (`figures`).

A first version: the periods are right, the counts are not yet made (the statscore
branch computes them, fast enough for 100,000 calls).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .figures import (
    MONTHS,
    RECENT_WEEKS,
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

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..domain.stored import CallRecord, PromiseRecord, ReferralRecord, ResumeRecord


def _months_back(first: date, count: int) -> date:
    index = first.year * 12 + first.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def figures(
    calls: Sequence[CallRecord],
    promises: Sequence[PromiseRecord],
    referrals: Sequence[ReferralRecord],
    resumes: Sequence[ResumeRecord],
    now: DateTime,
    budget_calls: int,
    budget_minutes: int,
) -> Stats:
    """The statistics as of `now` (its zone is the user's: weeks and months are local)."""
    today = now.date()
    monday = today - timedelta(days=today.weekday())
    mondays = [monday - timedelta(weeks=back) for back in range(WEEKS_LONG - 1, -1, -1)]
    this_month = today.replace(day=1)
    months = [_months_back(this_month, back) for back in range(MONTHS - 1, -1, -1)]
    year = Period(mondays[0], today)
    recent = Period(monday - timedelta(weeks=RECENT_WEEKS - 1), today)
    return Stats(
        today=today,
        weeks=tuple(WeekLoad(m, 0, 0.0) for m in mondays),
        budget_calls=budget_calls,
        budget_minutes=budget_minutes,
        months=tuple(MonthMix(m, ()) for m in months),
        timing=Timing(year, 0, None, 0, 0, 0, None),
        interviews_held=0,
        referrals=ReferralTally(year, 0, 0, 0, ()),
        resumes_on_file=0,
        resumes_passed_on=0,
        busiest=Busiest(year, None, 0, None, 0),
        energy=Energy(year, 0, None, recent, 0, None, False, None),
        year=year,
    )
