"""Weekly load against the budget."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.domain.records import Call
from netcall_tui.core.domain.values import Phase
from netcall_tui.core.domain.vocabulary import PhaseKind
from netcall_tui.core.stats.load import (
    LoadLevel,
    WeeklyLoad,
    call_minutes,
    week_bounds,
    weekly_load,
)

ZONE = "Europe/Paris"
NOW = pendulum.datetime(2026, 11, 26, 15, 0, tz=ZONE)  # a Thursday


def call(at: pendulum.DateTime, minutes: float = 20) -> Call:
    phases = (
        Phase(PhaseKind.STORY, 300, 300.0),
        Phase(PhaseKind.ADVICE, 900, minutes * 60 - 300),
    )
    return Call("c1", "Ada Lovelace", at, phases=phases, ended_at=at.add(minutes=minutes))


def test_week_is_monday_based_in_local_time() -> None:
    start, end = week_bounds(NOW)
    assert start == pendulum.datetime(2026, 11, 23, 0, 0, tz=ZONE)
    assert end == pendulum.datetime(2026, 11, 30, 0, 0, tz=ZONE)
    sunday = pendulum.datetime(2026, 11, 29, 23, 59, tz=ZONE)
    assert week_bounds(sunday)[0] == start


def test_counts_only_this_week() -> None:
    calls = [
        call(pendulum.datetime(2026, 11, 22, 23, 30, tz=ZONE)),  # last Sunday night
        call(pendulum.datetime(2026, 11, 23, 0, 0, tz=ZONE), 15),  # Monday midnight: in
        call(pendulum.datetime(2026, 11, 25, 10, 0, tz=ZONE), 30),
        call(pendulum.datetime(2026, 11, 30, 0, 0, tz=ZONE)),  # next week
    ]
    load = weekly_load(calls, NOW, budget_calls=4, budget_minutes=60)
    assert load.calls == 2
    assert load.minutes == pytest.approx(45)
    assert load.calls_fraction == pytest.approx(0.5)
    assert load.minutes_fraction == pytest.approx(0.75)
    assert load.calls_left == 2
    assert load.minutes_left == pytest.approx(15)
    assert load.level is LoadLevel.OK


def test_week_boundary_uses_local_zone_not_utc() -> None:
    # 23:30 Sunday in UTC is already Monday 00:30 in Paris: it belongs to this week.
    late_sunday_utc = pendulum.datetime(2026, 11, 22, 23, 30, tz="UTC")
    load = weekly_load([call(late_sunday_utc)], NOW, 6, 120)
    assert load.calls == 1


def test_levels() -> None:
    calls = [call(NOW.subtract(hours=h), 10) for h in range(1, 6)]
    assert weekly_load(calls, NOW, 6, 500).level is LoadLevel.NEAR
    assert weekly_load(calls, NOW, 5, 500).level is LoadLevel.FULL
    assert weekly_load(calls, NOW, 100, 40).level is LoadLevel.FULL  # minutes decide
    over = weekly_load(calls, NOW, 4, 500)
    assert over.calls_fraction == pytest.approx(1.25)
    assert over.calls_left == 0


def test_zero_budget_means_no_budget() -> None:
    load = weekly_load([call(NOW.subtract(hours=1))], NOW, 0, 0)
    assert load.calls_fraction is None and load.minutes_fraction is None
    assert load.calls_left is None and load.minutes_left is None
    assert load.level is LoadLevel.OK


def test_empty_week() -> None:
    load = weekly_load([], NOW, 6, 120)
    assert load == WeeklyLoad(*week_bounds(NOW), 0, 0.0, 6, 120)
    assert load.calls_fraction == 0.0


def test_call_minutes_without_phases_uses_start_and_end() -> None:
    plain = Call("c", "Ada", NOW, ended_at=NOW.add(minutes=12))
    assert call_minutes(plain) == pytest.approx(12)
    assert call_minutes(Call("c", "Ada", NOW)) == 0.0
