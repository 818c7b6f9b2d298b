"""Every figure on a small log whose answers are worked out by hand; an empty log, an
old one, and records from old files with optional keys missing."""

from __future__ import annotations

from datetime import date

import pytest

from netcall_tui.core.domain.stored import CallRecord, PhaseRecord, PromiseRecord
from netcall_tui.core.stats.compute import figures
from netcall_tui.core.stats.figures import Busiest, Period, ReferralTally, Stats, Timing
from netcall_tui.core.stats.timed import record_minutes

from .stored import at, call, interview, phase, referral, resume

NOW = "2026-12-02 10:00"  # a Wednesday; the year is Mon 8 Dec 2025 - today
YEAR = Period(date(2025, 12, 8), date(2026, 12, 2))


def hand_calls() -> list[CallRecord]:
    return [
        # This week (Mon 30 Nov): 12 + 18⅓ + 31⅔ = 62 minutes, rated 2, 1, 2.
        call("2026-11-30 09:00", phases=[phase("story", 300, 300), phase("advice", 600, 420)],
             outcome="advice_given", energy=2),
        call("2026-12-01 14:00", phases=[phase("story", 300, 400), phase("advice", 600, 700)],
             outcome="not_now", energy=1),  # 200 s over
        call("2026-12-02 09:30", phases=[phase("story", 300, 200), phase("interview", 1800, 1700)],
             outcome="interview_scheduled", energy=2),
        # Mon 16 Nov: an old file's call: no phases (20 minutes start to end), no outcome,
        # no energy key.
        _old(call("2026-11-16 14:30", phases=[], outcome=None), end="2026-11-16 14:50"),
        # Tue 17 Mar: 250 s over.
        call("2026-03-17 10:00", phases=[phase("story", 300, 250), phase("advice", 600, 900)],
             outcome="advice_given", energy=4),
        # Wed 10 Dec 2025: in the year's first week, before the months (Jan-Dec 2026).
        call("2025-12-10 14:00", minutes=10, outcome="honest_no", energy=5),
        # Too old for anything; so is one just before the first Monday.
        call("2024-12-02 14:00", minutes=30, outcome="referral_made", energy=1),
        call("2025-12-07 23:59", minutes=30, outcome="referral_made", energy=1),
    ]  # fmt: skip


def _old(record: CallRecord, end: str) -> CallRecord:
    del record["energy"]  # type: ignore[misc]
    record["ended_at"] = {"utc": at(end).in_timezone("UTC").isoformat(), "tz": "Europe/London"}
    return record


def hand_stats(budget_calls: int = 6) -> Stats:
    promises = [
        interview("2026-05-01 11:00"),  # held, in the year, no call of its own: counts
        interview("2025-11-01 11:00"),  # before the year
        interview("2026-06-01 11:00", held=False),
        interview("2026-06-02 11:00", kind="plain"),
        interview(None),  # held but not done: not counted
    ]
    referrals = [
        referral("2026-02-01 09:00", "asked"),
        referral("2026-03-01 09:00", "agreed"),
        referral("2026-04-01 09:00", "introduced"),
        referral("2026-05-01 09:00", "declined"),
        referral("2026-06-01 09:00", "closed", "hired"),
        referral("2026-07-01 09:00", "closed", "went_nowhere"),
        referral("2026-08-01 09:00", "closed", "hired"),
        referral("2025-06-01 09:00", "closed", "good_meeting"),  # before the year
    ]
    resumes = [
        resume(("2026-04-01 09:00", "2025-01-05 09:00")),  # on file; one passing this year
        resume(("2026-08-01 09:00",), removed="2026-09-01 09:00"),
        resume(),
    ]
    return figures(hand_calls(), promises, referrals, resumes, at(NOW), budget_calls, 120)


def test_the_weeks_count_calls_minutes_and_ratings() -> None:
    weeks = {w.monday: w for w in hand_stats().weeks if w.calls}
    mondays = [date(2025, 12, 8), date(2026, 3, 16), date(2026, 11, 16), date(2026, 11, 30)]
    assert sorted(weeks) == mondays
    this = weeks[date(2026, 11, 30)]
    assert (this.calls, this.minutes, this.rated) == (3, pytest.approx(62.0), 3)
    assert this.energy == pytest.approx(5 / 3)
    old = weeks[date(2026, 11, 16)]
    assert (old.calls, old.minutes, old.rated, old.energy) == (1, 20.0, 0, None)
    march = weeks[date(2026, 3, 16)]
    assert (march.minutes, march.energy) == (pytest.approx(1150 / 60), 4)
    assert (weeks[date(2025, 12, 8)].calls, weeks[date(2025, 12, 8)].minutes) == (1, 10.0)


def test_the_months_mix_outcomes_in_their_order_leaving_out_none() -> None:
    months = {m.month: m.outcomes for m in hand_stats().months if m.outcomes}
    assert months == {
        date(2026, 12, 1): (("interview_scheduled", 1), ("not_now", 1)),
        date(2026, 11, 1): (("advice_given", 1),),  # Mon 30 Nov; the 16th's has no outcome
        date(2026, 3, 1): (("advice_given", 1),),
    }  # December 2025's is before the months


def test_timing_over_the_year() -> None:
    # Stories: 300, 400, 200, 250 and the 10-minute call's 300; all but the 400 in limit.
    # Over: 1100 s of 900 and 1150 of 900: 200 and 250.
    assert hand_stats().timing == Timing(YEAR, 5, 300.0, 4, 5, 2, 225.0)


def test_the_network_figures() -> None:
    found = hand_stats()
    assert found.interviews_held == 2  # the 2 Dec call's sit-down and May's held promise
    assert found.referrals == ReferralTally(YEAR, 7, 3, 1, (("hired", 2), ("went_nowhere", 1)))
    assert (found.resumes_on_file, found.resumes_passed_on) == (2, 2)


def _interviews(calls: list[CallRecord], promises: list[PromiseRecord]) -> int:
    return figures(calls, promises, [], [], at(NOW), 6, 120).interviews_held


def test_an_interview_phase_counts_once_it_ran_half_its_limit() -> None:
    def sat(used: float, *more: PhaseRecord) -> CallRecord:
        interview_phase = phase("interview", 1800, used)
        return call("2026-11-02 10:00", phases=[phase("story", 300, 200), interview_phase, *more])

    assert _interviews([sat(900)], []) == 1
    assert _interviews([sat(899)], []) == 0  # `i` and on, or cut short: no sit-down
    # Back to the interview after advice: the two parts add up.
    assert _interviews([sat(500, phase("advice", 600, 60), phase("interview", 1800, 400))], []) == 1
    assert _interviews([call("2026-11-02 10:00", minutes=40)], []) == 0  # advice only


def test_a_held_promise_with_its_own_call_counts_once() -> None:
    sit_down = call(
        "2026-11-02 10:00", phases=[phase("story", 300, 200), phase("interview", 1800, 1500)]
    )
    # "Now: start its call" keeps the promise, then the call runs: one interview.
    kept_then_called = interview("2026-11-02 09:59", made="2026-10-20 10:00")
    assert _interviews([sit_down], [kept_then_called]) == 1
    # Kept (held) a day later in the promises view, after the logged sit-down: still one.
    assert _interviews([sit_down], [interview("2026-11-03 09:00", made="2026-10-20 10:00")]) == 1
    # Held outside a logged call, weeks before the call: two interviews.
    assert _interviews([sit_down], [interview("2026-10-01 09:00", made="2026-09-20 10:00")]) == 2
    # Another caller's promise is theirs.
    theirs = interview("2026-11-02 09:59", made="2026-10-20 10:00") | {"caller_id": "k2"}
    assert _interviews([sit_down], [theirs]) == 2  # type: ignore[list-item]


def test_the_busiest_weekday_and_hour() -> None:
    # Mon ×2, Tue ×2, Wed ×2: the earlier, Monday; 14:00, 14:30 and 14:00 make two o'clock.
    assert hand_stats().busiest == Busiest(YEAR, 0, 2, 14, 3)


def test_energy_over_the_year_and_the_last_weeks() -> None:
    energy = hand_stats().energy
    assert (energy.period, energy.rated, energy.mean) == (YEAR, 5, pytest.approx(14 / 5))
    assert energy.recent == Period(date(2026, 11, 9), date(2026, 12, 2))
    assert (energy.recent_rated, energy.recent_mean) == (3, pytest.approx(5 / 3))
    # Low: 4 calls in 4 weeks, about one a week: one fewer, but never below one.
    assert (energy.low, energy.suggested_calls) == (True, 1)
    assert hand_stats(budget_calls=0).energy.suggested_calls == 1


def test_an_empty_log_has_zeros_and_nones() -> None:
    found = figures([], [], [], [], at(NOW), 6, 120)
    assert all(w.calls == 0 and w.minutes == 0 and w.energy is None for w in found.weeks)
    assert all(m.outcomes == () for m in found.months)
    assert found.timing == Timing(YEAR, 0, None, 0, 0, 0, None)
    assert found.busiest == Busiest(YEAR, None, 0, None, 0)
    assert (found.energy.rated, found.energy.mean, found.energy.low) == (0, None, False)
    assert (found.interviews_held, found.resumes_on_file, found.resumes_passed_on) == (0, 0, 0)
    assert found.referrals == ReferralTally(YEAR, 0, 0, 0, ())
    assert (found.budget_calls, found.budget_minutes, found.today) == (6, 120, date(2026, 12, 2))


def test_a_log_older_than_the_year_counts_nothing() -> None:
    old = [call(f"2024-{m:02d}-10 10:00", outcome="not_now", energy=1) for m in range(1, 13)]
    found = figures(old, [], [], [], at(NOW), 6, 120)
    assert sum(w.calls for w in found.weeks) == 0 and sum(m.calls for m in found.months) == 0
    assert found.busiest.weekday is None and found.timing.stories == 0


def test_records_from_old_files_count_with_their_keys_missing() -> None:
    bare = call("2026-12-01 10:00", phases=[])
    for key in ("energy", "phases", "outcome", "ended_at"):
        del bare[key]  # type: ignore[misc]
    found = figures([bare], [], [], [], at(NOW), 6, 120)
    assert (found.weeks[-1].calls, found.weeks[-1].minutes, found.weeks[-1].rated) == (1, 0.0, 0)
    assert found.months[-1].outcomes == () and found.timing.timed == 0
    assert found.busiest == Busiest(YEAR, 1, 1, 10, 1)
    assert record_minutes(bare) == 0.0


def test_record_minutes_is_call_minutes_on_a_model() -> None:
    from netcall_tui.core.domain.records import Call
    from netcall_tui.core.stats.load import call_minutes

    for record in hand_calls():
        assert record_minutes(record) == pytest.approx(call_minutes(Call.from_dict(record)))


def test_this_week_is_the_header_meters_week() -> None:
    """A call dated later this week (a clock put right) counts in it, as the header's
    weekly load counts it; the week's calls and minutes are the meter's."""
    from netcall_tui.core.domain.records import Call
    from netcall_tui.core.stats.load import weekly_load

    calls = [*hand_calls(), call("2026-12-06 23:30", minutes=25)]  # Sunday, after now
    found = figures(calls, [], [], [], at(NOW), 6, 120)
    meter = weekly_load([Call.from_dict(c) for c in calls], at(NOW), 6, 120)
    assert (found.weeks[-1].calls, found.weeks[-1].minutes) == (
        meter.calls,
        pytest.approx(meter.minutes),
    )
    assert found.weeks[-1].calls == 4


def test_the_figures_hold_plain_dates() -> None:
    found = hand_stats()
    days = [found.today, found.year.first, found.weeks[0].monday, found.months[0].month]
    assert {type(day) for day in days} == {date}
