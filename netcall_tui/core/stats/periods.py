"""The statistics' calendar: the local weeks, months and periods as of `now`, and where
in them a stored time falls (`Periods.hours`), in `now`'s zone.

Weeks are ISO weeks, Monday 00:00 local to the next Monday; a time counts on the local
day, in the week, month and hour where it falls (a call counts where it started).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from .figures import MONTHS, RECENT_WEEKS, WEEKS_LONG, Period
from .local import LocalHours

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..domain.stored import StoredMoment

OUTSIDE = -1  # a slot's week or month index when the time is not in one of them


# What a local day means: the index of its week (0 = the oldest of the 52) and of its
# month (0 = the oldest of the 12), OUTSIDE for neither, and its weekday (0 = Monday).
# LocalHours adds the hour: plain tuples, the statistics' hot loop unpacks one per call.
DaySlot = tuple[int, int, int]


def _month_key(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month_of(key: int) -> date:
    return date(key // 12, key % 12 + 1, 1)


def _cutoff(first: date, zone: tzinfo) -> str:
    """A UTC text before every time on or after local day `first` (a day early, to be
    safe): stored times that sort below it are in no week or month shown."""
    start = datetime.combine(first - timedelta(days=1), time(0), tzinfo=zone)
    return start.astimezone(UTC).isoformat()


@dataclass(frozen=True, slots=True)
class Periods:
    """The weeks, months and periods of the statistics as of one `now`, in its zone."""

    today: date
    mondays: tuple[date, ...]  # the WEEKS_LONG weeks, oldest first
    months: tuple[date, ...]  # the MONTHS months' first days, oldest first
    year: Period  # the weeks' days: the first Monday to today
    recent: Period  # the last RECENT_WEEKS weeks, this one included
    zone: tzinfo
    cutoff: str  # UTC text before every time that can count (see `_cutoff`)

    @classmethod
    def of(cls, now: DateTime) -> Periods:
        today = date(now.year, now.month, now.day)  # a plain date: no pendulum in the figures
        monday = today - timedelta(days=today.weekday())
        mondays = tuple(monday - timedelta(weeks=back) for back in range(WEEKS_LONG - 1, -1, -1))
        this_month = _month_key(today)
        months = tuple(_month_of(this_month - back) for back in range(MONTHS - 1, -1, -1))
        recent = Period(monday - timedelta(weeks=RECENT_WEEKS - 1), today)
        zone = now.tzinfo if now.tzinfo is not None else UTC
        cutoff = _cutoff(min(mondays[0], months[0]), zone)
        return cls(today, mondays, months, Period(mondays[0], today), recent, zone, cutoff)

    @property
    def recent_week(self) -> int:
        """The index of the first of the recent weeks."""
        return WEEKS_LONG - RECENT_WEEKS

    def hours(self) -> LocalHours:
        """Stored times to their slots (week, month, weekday, hour), for many times at
        once (one cache). A time counts in its week or month when that is one of those
        shown, this one whole (as the header's weekly load counts it: a call dated later
        this week is in it)."""
        first_week = self.mondays[0].toordinal()
        first_month = self.months[0].toordinal()
        base = _month_key(self.months[0])
        month_end = _month_of(base + MONTHS).toordinal()

        def describe(day: int) -> DaySlot:
            week = (day - first_week) // 7
            in_months = first_month <= day < month_end
            return (
                week if 0 <= week < WEEKS_LONG else OUTSIDE,
                _month_key(date.fromordinal(day)) - base if in_months else OUTSIDE,
                (day - 1) % 7,  # ordinal 1 was a Monday
            )

        return LocalHours(self.zone, describe)

    def year_test(self, hours: LocalHours) -> Callable[[StoredMoment | None], bool]:
        """Whether a stored time falls in the year's weeks (by its local day), for many
        times (promises, referrals, résumés passed on) read with `hours`."""
        cutoff, whole, slot_of = self.cutoff, hours.whole, hours.of

        def in_year(moment: StoredMoment | None) -> bool:
            if not moment:
                return False
            utc = moment["utc"]
            return utc >= cutoff and (whole.get(utc[:13]) or slot_of(utc))[0] != OUTSIDE

        return in_year
