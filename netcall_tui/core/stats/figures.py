"""The statistics' figures: what the stats screen shows and `netcall stats` prints (as
text, JSON or Markdown). Plain data; `core.stats.compute` makes them from stored records.

Every figure carries the period it covers, in local days (the user's zone), so that
whatever shows it can say so: "last 12 weeks (7 Sep – 29 Nov 2026)".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

WEEKS_SHORT = 12  # the short chart: a quarter
WEEKS_LONG = 52  # the long chart: a year
MONTHS = 12  # the outcome mix, month by month
RECENT_WEEKS = 4  # "the last weeks" of the energy trend


@dataclass(frozen=True, slots=True)
class Period:
    """Local days `first` to `last`, both included."""

    first: date
    last: date

    def words(self) -> str:
        """'7 Sep – 29 Nov 2026'; '29 Dec 2025 – 4 Jan 2026' across a year's end."""
        end = f"{self.last.day} {self.last:%b %Y}"
        if self.first.year != self.last.year:
            return f"{self.first.day} {self.first:%b %Y} – {end}"
        return f"{self.first.day} {self.first:%b} – {end}"


@dataclass(frozen=True, slots=True)
class WeekLoad:
    """One week's bar: Monday to Sunday in local time."""

    monday: date
    calls: int
    minutes: float
    rated: int = 0  # calls with an energy rating
    energy: float | None = None  # their mean, 1 (drained) to 5 (energised)


@dataclass(frozen=True, slots=True)
class MonthMix:
    """How one month's calls ended: (OutcomeKind value, count) in OutcomeKind's order,
    months without a call of a kind leaving it out."""

    month: date  # its first day
    outcomes: tuple[tuple[str, int], ...]

    @property
    def calls(self) -> int:
        return sum(count for _, count in self.outcomes)


@dataclass(frozen=True, slots=True)
class Timing:
    """How the time-box held (habits 1 and 3)."""

    period: Period
    stories: int  # calls with a story phase
    median_story_s: float | None  # None: no story told in the period
    stories_in_limit: int  # told within the story's limit
    timed: int  # calls with a time limit at all
    over: int  # calls that ran past their limit (all phases together)
    mean_over_s: float | None  # how far past, on average, of those that did

    @property
    def in_limit_share(self) -> float | None:
        return self.stories_in_limit / self.stories if self.stories else None

    @property
    def over_share(self) -> float | None:
        return self.over / self.timed if self.timed else None


@dataclass(frozen=True, slots=True)
class ReferralTally:
    """Referrals made in the period (by when they were made) and where they stand now."""

    period: Period
    made: int
    open: int  # asked, agreed or introduced, not yet closed
    declined: int  # the contact said no
    results: tuple[tuple[str, int], ...]  # (ReferralResult value, count) of the closed ones


@dataclass(frozen=True, slots=True)
class Busiest:
    """When the calls come: the local weekday and hour with the most calls started."""

    period: Period
    weekday: int | None  # 0 = Monday; None: no call in the period
    weekday_calls: int
    hour: int | None  # 0-23, local
    hour_calls: int


@dataclass(frozen=True, slots=True)
class Energy:
    """How the calls left you: the ratings of the period, and of the last weeks."""

    period: Period
    rated: int
    mean: float | None
    recent: Period  # the last RECENT_WEEKS weeks, this one included
    recent_rated: int
    recent_mean: float | None
    low: bool  # the last weeks ran low: a smaller budget may suit you
    suggested_calls: int | None  # the weekly budget to suggest when low, else None


@dataclass(frozen=True, slots=True)
class Stats:
    """Every figure of the statistics screen, as of `today` (local)."""

    today: date
    weeks: tuple[WeekLoad, ...]  # the last WEEKS_LONG weeks, oldest first, this one last
    budget_calls: int  # the weekly budgets the charts draw as a line; 0 = none set
    budget_minutes: int
    months: tuple[MonthMix, ...]  # the last MONTHS months, oldest first, this one last
    timing: Timing
    interviews_held: int  # sit-downs in `year`: in logged calls, or promises marked held
    referrals: ReferralTally
    resumes_on_file: int  # now: filed and not removed
    resumes_passed_on: int  # passed on in `year` (each passing counted)
    busiest: Busiest
    energy: Energy
    year: Period  # the period of the year-long figures (the last WEEKS_LONG weeks)

    @property
    def short_weeks(self) -> tuple[WeekLoad, ...]:
        return self.weeks[-WEEKS_SHORT:]
