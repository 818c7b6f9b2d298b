"""Every figure of the statistics from the stored records (`figures`): the calls' in one
pass (core.stats.tally), the promises', referrals' and résumés' here.

It reads the store's raw dicts, never models: at 100,000 calls building models or
parsing every time with pendulum would take seconds (see core.stats.local).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..domain.stored import CallRecord, PromiseRecord, ReferralRecord, ResumeRecord, StoredMoment
from ..domain.vocabulary import PromiseKind, ReferralResult, ReferralState
from .figures import Period, ReferralTally, Stats
from .periods import Periods
from .tally import tally_calls

if TYPE_CHECKING:
    from pendulum import DateTime


_OPEN = frozenset({ReferralState.ASKED, ReferralState.AGREED, ReferralState.INTRODUCED})
_INTERVIEW = PromiseKind.INTERVIEW.value
_GRACE = timedelta(days=1)  # a call started this soon after the promise was kept is its interview


InYear = Callable[[StoredMoment | None], bool]  # Periods.year_test's answer


def interviews_held(
    sit_downs: Sequence[tuple[str, str]], promises: Sequence[PromiseRecord], in_year: InYear
) -> int:
    """Information interviews held in the year: the calls whose interview phase counts as
    a sit-down (`sit_downs`: caller id and UTC start, from the tally), and the interview
    promises marked held with no such call to show for them (met outside a logged call).

    A held promise's interview is a logged call when a sit-down with that caller started
    after the promise was made and by a day after it was kept ("Now: start its call"
    keeps it first): that interview counts once, as the call."""
    starts: dict[str, list[str]] = {}
    for caller_id, started in sit_downs:
        starts.setdefault(caller_id, []).append(started)
    for found in starts.values():
        found.sort()  # UTC ISO text sorts as its times do
    outside = 0
    for promise in promises:
        done = promise.get("done_at")
        if promise.get("kind") != _INTERVIEW or not promise.get("held") or not in_year(done):
            continue
        assert done is not None  # in_year(None) is False
        theirs = starts.get(promise.get("caller_id", ""))
        outside += not theirs or not _called(theirs, promise["created_at"]["utc"], done["utc"])
    return len(sit_downs) + outside


def _called(starts: list[str], made: str, done: str) -> bool:
    """A sit-down started (sorted UTC texts) from `made` to a day after `done`."""
    until = (datetime.fromisoformat(done) + _GRACE).isoformat()
    at = bisect_left(starts, made)
    return at < len(starts) and starts[at] <= until


def referral_tally(
    referrals: Sequence[ReferralRecord], year: Period, in_year: InYear
) -> ReferralTally:
    """The referrals made in the year (by when), and where each stands now."""
    made = [r for r in referrals if in_year(r.get("created_at"))]
    states = [r.get("state") for r in made]
    closed = [r.get("result") for r in made if r.get("state") == ReferralState.CLOSED]
    results = tuple((result.value, closed.count(result)) for result in ReferralResult)
    return ReferralTally(
        year,
        len(made),
        sum(state in _OPEN for state in states),
        states.count(ReferralState.DECLINED),
        tuple((result, count) for result, count in results if count),
    )


def resumes_on_file(resumes: Sequence[ResumeRecord]) -> int:
    """Résumés filed and not taken off file: now, whenever they were filed."""
    return sum(1 for resume in resumes if resume.get("removed_at") is None)


def resumes_passed_on(resumes: Sequence[ResumeRecord], in_year: InYear) -> int:
    """Every passing-on in the year, of résumés on file or taken off since."""
    return sum(
        1
        for resume in resumes
        for passed in resume.get("passed_on") or ()
        if in_year(passed.get("at"))
    )


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
    periods = Periods.of(now)
    hours = periods.hours()  # one cache of local hours for every figure
    tally = tally_calls(calls, periods, hours)
    in_year = periods.year_test(hours)
    return Stats(
        today=periods.today,
        weeks=tally.weeks(periods),
        budget_calls=budget_calls,
        budget_minutes=budget_minutes,
        months=tally.months(periods),
        timing=tally.timing(periods),
        interviews_held=interviews_held(tally.sit_downs, promises, in_year),
        referrals=referral_tally(referrals, periods.year, in_year),
        resumes_on_file=resumes_on_file(resumes),
        resumes_passed_on=resumes_passed_on(resumes, in_year),
        busiest=tally.busiest(periods),
        energy=tally.energy(periods, budget_calls),
        year=periods.year,
    )
