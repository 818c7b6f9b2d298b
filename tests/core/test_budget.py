"""The budget speaks up (issue 15): the load's level at its boundaries for the week's
calls and minutes and the day's calls, and the header meter's words."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.domain.records import Call
from netcall_tui.core.stats.load import LoadLevel, WeeklyLoad, day_bounds, weekly_load
from netcall_tui.core.stats.meter import Status, full_notice, meter

ZONE = "Europe/Paris"
NOW = pendulum.datetime(2026, 11, 26, 15, 0, tz=ZONE)  # a Thursday


def calls_at(moment: pendulum.DateTime, count: int, minutes: float = 0) -> list[Call]:
    return [
        Call("c1", "Ada Lovelace", moment, ended_at=moment.add(seconds=minutes * 60))
        for _ in range(count)
    ]


def load(calls: int = 0, minutes: float = 0.0, day: int = 0, **budgets: int) -> WeeklyLoad:
    budget = {"budget_calls": 6, "budget_minutes": 120, "budget_day_calls": 0, **budgets}
    start = NOW.subtract(days=3).at(0)
    return WeeklyLoad(
        start,
        start.add(weeks=1),
        calls,
        minutes,
        budget["budget_calls"],
        budget["budget_minutes"],
        day,
        budget["budget_day_calls"],
    )


@pytest.mark.parametrize(
    ("used", "level"),
    [(79, LoadLevel.OK), (80, LoadLevel.NEAR), (100, LoadLevel.FULL), (101, LoadLevel.FULL)],
)
def test_the_weeks_calls_set_the_level_at_80_and_100_percent(used: int, level) -> None:
    got = weekly_load(calls_at(NOW.subtract(days=2), used), NOW, 100, 0)
    assert got.calls == used and got.level is level
    assert got.week_full is (used >= 100)


@pytest.mark.parametrize(
    ("used", "level"),
    [(79, LoadLevel.OK), (80, LoadLevel.NEAR), (100, LoadLevel.FULL), (101, LoadLevel.FULL)],
)
def test_the_weeks_minutes_set_the_level(used: int, level) -> None:
    got = weekly_load(calls_at(NOW.subtract(days=2), 1, used), NOW, 0, 100)
    assert got.minutes == pytest.approx(used) and got.level is level


@pytest.mark.parametrize(
    ("used", "level"),
    [(79, LoadLevel.OK), (80, LoadLevel.NEAR), (100, LoadLevel.FULL), (101, LoadLevel.FULL)],
)
def test_the_days_calls_set_the_level_alone(used: int, level) -> None:
    got = weekly_load(calls_at(NOW.subtract(hours=1), used), NOW, 0, 0, budget_day_calls=100)
    assert got.day_calls == used and got.level is level
    assert got.day_full is (used >= 100) and not got.week_full


def test_the_day_is_the_local_day_of_now() -> None:
    yesterday_late = pendulum.datetime(2026, 11, 25, 23, 59, tz=ZONE)
    midnight = pendulum.datetime(2026, 11, 26, 0, 0, tz=ZONE)
    utc_evening = pendulum.datetime(2026, 11, 25, 23, 30, tz="UTC")  # 00:30 in Paris
    got = weekly_load(
        [*calls_at(yesterday_late, 1), *calls_at(midnight, 1), *calls_at(utc_evening, 1)],
        NOW,
        6,
        120,
        budget_day_calls=1,
    )
    assert (got.calls, got.day_calls) == (3, 2)
    assert got.day_calls_left == 0 and got.day_fraction == pytest.approx(2.0)


def test_a_dst_day_is_23_hours_long() -> None:
    spring = pendulum.datetime(2026, 3, 29, 12, tz=ZONE)
    start, end = day_bounds(spring)
    assert (end - start).in_hours() == 23 and end.day == 30 and end.hour == 0


def test_the_worst_of_the_three_decides() -> None:
    assert load(1, 10.0, 1, budget_day_calls=1).level is LoadLevel.FULL  # the day alone
    assert load(5, 10.0, 0, budget_day_calls=3).level is LoadLevel.NEAR  # the week's calls
    assert load(1, 100.0).level is LoadLevel.NEAR  # the minutes


def test_no_budget_at_all_is_calm_and_says_nothing_left() -> None:
    got = load(9, 500.0, 4, budget_calls=0, budget_minutes=0)
    assert got.level is LoadLevel.OK and not got.week_full and not got.day_full
    shown = meter(got)
    assert shown.words == "this week: 9 calls · 500 min"
    assert shown.short == "wk 9 calls · 500 min"
    assert full_notice(got) is None


@pytest.mark.parametrize(
    ("shown", "words", "short", "level"),
    [
        (
            load(4, 85.0),
            "this week: 4 of 6 calls · 85 of 120 min · 2 calls left",
            "wk 4/6 calls · 85/120 min · 2 left",
            LoadLevel.OK,
        ),
        (
            load(5, 60.0),
            "this week: 5 of 6 calls · 60 of 120 min · 1 call left",
            "wk 5/6 calls · 60/120 min · 1 left",
            LoadLevel.NEAR,
        ),
        (
            load(6, 85.0),
            "this week: 6 of 6 calls · 85 of 120 min · week full",
            "wk 6/6 calls · 85/120 min · week full",
            LoadLevel.FULL,
        ),
        (
            load(7, 376.0),
            "this week: 7 of 6 calls · 376 of 120 min · 1 call over this week",
            "wk 7/6 calls · 376/120 min · wk +1",
            LoadLevel.FULL,
        ),
        (
            load(8, 100.0),
            "this week: 8 of 6 calls · 100 of 120 min · 2 calls over this week",
            "wk 8/6 calls · 100/120 min · wk +2",
            LoadLevel.FULL,
        ),
        (
            load(3, 130.0),
            "this week: 3 of 6 calls · 130 of 120 min · 10 min over this week",
            "wk 3/6 calls · 130/120 min · over",
            LoadLevel.FULL,
        ),
        (
            load(3, 40.0, budget_calls=0),
            "this week: 3 calls · 40 of 120 min · 80 min left",
            "wk 3 calls · 40/120 min · 80 min left",
            LoadLevel.OK,
        ),
    ],
    ids=["left", "near", "full", "over", "two-over", "minutes-over", "minutes-left"],
)
def test_the_meter_says_what_is_left_or_how_far_over(shown, words, short, level) -> None:
    got = meter(shown)
    assert (got.words, got.short, got.level) == (words, short, level)


@pytest.mark.parametrize(
    ("shown", "words", "short"),
    [
        (
            load(4, 85.0, 1, budget_day_calls=1),
            "today 1 of 1 · this week: 4 of 6 calls · 85 of 120 min · day full",
            "day 1/1 · wk 4/6 · 85/120 min · day full",
        ),
        (
            load(4, 85.0, 3, budget_day_calls=2),
            "today 3 of 2 · this week: 4 of 6 calls · 85 of 120 min · 1 call over today",
            "day 3/2 · wk 4/6 · 85/120 min · day +1",
        ),
        (
            load(2, 30.0, 0, budget_day_calls=1),
            "today 0 of 1 · this week: 2 of 6 calls · 30 of 120 min · 1 call left today",
            "day 0/1 · wk 2/6 · 30/120 min · 1 left today",
        ),
        (
            load(5, 30.0, 0, budget_day_calls=2),
            "today 0 of 2 · this week: 5 of 6 calls · 30 of 120 min · 1 call left",
            "day 0/2 · wk 5/6 · 30/120 min · 1 left",
        ),
        (  # over before full: the day over says more than the week just full
            load(6, 30.0, 2, budget_day_calls=1),
            "today 2 of 1 · this week: 6 of 6 calls · 30 of 120 min · 1 call over today",
            "day 2/1 · wk 6/6 · 30/120 min · day +1",
        ),
        (  # both full: the week's first
            load(6, 30.0, 1, budget_day_calls=1),
            "today 1 of 1 · this week: 6 of 6 calls · 30 of 120 min · week full",
            "day 1/1 · wk 6/6 · 30/120 min · week full",
        ),
        (  # both over: the week's first
            load(7, 30.0, 2, budget_day_calls=1),
            "today 2 of 1 · this week: 7 of 6 calls · 30 of 120 min · 1 call over this week",
            "day 2/1 · wk 7/6 · 30/120 min · wk +1",
        ),
    ],
    ids=["day-full", "day-over", "day-left", "week-left-fewer", "over-first", "full", "over"],
)
def test_the_meter_with_a_day_budget(shown, words, short) -> None:
    got = meter(shown)
    assert (got.words, got.short) == (words, short)


def test_the_short_meter_fits_an_80_column_header_beside_the_promise_counts() -> None:
    # icon 8 + "netcall — " 10 + meter + "3 today · 2 overdue" with its padding 21
    for widest in (
        meter(load(12, 376.0, 3, budget_calls=15, budget_day_calls=2)).short,
        meter(load(3, 376.0, 0, budget_calls=15, budget_day_calls=2)).short,
        meter(load(3, 376.0, 0, budget_calls=15)).short,
        meter(load(16, 376.0, 3, budget_calls=15, budget_day_calls=2)).short,
    ):
        assert 8 + 10 + len(widest) + 21 <= 80, widest


def test_the_status_line_puts_notes_before_the_meter() -> None:
    shown = meter(load(4, 85.0))
    assert Status("reading the call log…").line() == "reading the call log…"
    status = Status("read-only · ", shown)
    assert status.line() == f"read-only · {shown.words}"
    assert status.line(compact=True) == f"read-only · {shown.short}"


@pytest.mark.parametrize(
    ("shown", "notice"),
    [
        (load(6, 85.0), "This week is full: 6 of 6 calls. Offer to book it for next week?"),
        (
            load(7, 85.0),
            "This week is over its budget: 7 of 6 calls. Offer to book it for next week?",
        ),
        (
            load(6, 85.0, 2, budget_day_calls=1),
            "This week is full: 6 of 6 calls. Today is over its budget: 2 of 1 call. "
            "Offer to book it for next week?",
        ),
        (load(2, 120.0), "This week is full: 120 of 120 min. Offer to book it for next week?"),
        (
            load(2, 30.0, 1, budget_day_calls=1),
            "Today is full: 1 of 1 call. Offer to book it for next week?",
        ),
        (load(5, 100.0), None),
        (load(2, 30.0, 1, budget_day_calls=2), None),
    ],
    ids=["calls", "over", "both", "minutes", "day", "near", "day-room"],
)
def test_what_a_call_started_on_a_full_budget_is_told(shown, notice) -> None:
    assert full_notice(shown) == notice
