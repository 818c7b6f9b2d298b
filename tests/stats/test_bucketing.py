"""Local weeks, months and hours: across DST both ways, odd offsets, a year's end, ISO
week 53, midnight, a leap day; each call where it started, in `now`'s zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pendulum
import pytest

from netcall_tui.core.domain.stored import CallRecord
from netcall_tui.core.stats.compute import figures
from netcall_tui.core.stats.figures import Stats
from netcall_tui.core.stats.local import LocalHours

from .stored import at, call


def stats(calls: list[CallRecord], now: str, zone: str = "Europe/London") -> Stats:
    return figures(calls, [], [], [], at(now, zone), 6, 120)


def week(found: Stats, monday: date) -> tuple[int, float]:
    (load,) = [w for w in found.weeks if w.monday == monday]
    return load.calls, round(load.minutes, 3)


def month(found: Stats, first: date) -> int:
    (mix,) = [m for m in found.months if m.month == first]
    return mix.calls


@pytest.mark.parametrize(
    ("zone", "change", "monday", "night"),
    [
        # Europe/London: forward at 01:00 GMT on Sun 29 Mar, back at 01:00 GMT on Sun 25 Oct.
        ("Europe/London", "2026-03-29", date(2026, 3, 23), "2026-03-29 23:59"),
        ("Europe/London", "2026-10-25", date(2026, 10, 19), "2026-10-25 23:59"),
        # America/New_York: forward on Sun 8 Mar, back on Sun 1 Nov (02:00 local).
        ("America/New_York", "2026-03-08", date(2026, 3, 2), "2026-03-08 23:59"),
        ("America/New_York", "2026-11-01", date(2026, 10, 26), "2026-11-01 23:59"),
    ],
)
def test_a_week_with_a_clock_change_holds_its_own_calls(
    zone: str, change: str, monday: date, night: str
) -> None:
    calls = [
        call(f"{monday} 00:00", zone, minutes=10),  # the week's first minute
        call(f"{change} 00:30", zone, minutes=10),  # before the change, on its day
        call(f"{change} 03:30", zone, minutes=10),  # after it
        call(night, zone, minutes=10),  # the week's last minute
        call(f"{monday + timedelta(weeks=1)} 00:00", zone, minutes=10),  # the next week
        call(f"{monday - timedelta(days=1)} 23:59", zone, minutes=10),  # the week before
    ]
    found = stats(calls, f"{monday + timedelta(weeks=2)} 12:00", zone)
    assert week(found, monday) == (4, 40.0)
    assert week(found, monday + timedelta(weeks=1)) == (1, 10.0)
    assert week(found, monday - timedelta(weeks=1)) == (1, 10.0)
    assert found.busiest.hour == 0 and found.busiest.hour_calls == 3  # 00:00, 00:30, 00:00
    assert (found.busiest.weekday, found.busiest.weekday_calls) == (6, 4)  # the change's Sunday


def test_the_hour_that_comes_twice_counts_both_calls_on_that_day() -> None:
    # Europe/London on Sun 25 Oct 2026: 01:30 local is 00:30 UTC (BST) and 01:30 UTC (GMT).
    calls = [call("2026-10-25 00:30", "UTC", minutes=5), call("2026-10-25 01:30", "UTC", minutes=5)]
    local = [at(c["started_at"]["utc"], "UTC").in_timezone("Europe/London") for c in calls]
    assert [t.format("HH:mm Z") for t in local] == ["01:30 +01:00", "01:30 +00:00"]
    found = stats(calls, "2026-10-28 12:00")
    assert week(found, date(2026, 10, 19)) == (2, 10.0)
    assert (found.busiest.weekday, found.busiest.hour, found.busiest.hour_calls) == (6, 1, 2)


def test_lord_howe_moves_half_an_hour_inside_a_utc_hour() -> None:
    zone = "Australia/Lord_Howe"  # +10:30, then +11:00 from 02:00 local Sun 4 Oct 2026
    calls = [
        call("2026-10-04 01:50", zone, minutes=5),  # 15:20 UTC on the 3rd, +10:30
        call("2026-10-04 02:40", zone, minutes=5),  # 15:40 UTC on the 3rd, +11:00
        call("2026-10-04 23:50", zone, minutes=5),  # Sunday's last minutes (12:50 UTC)
        call("2026-10-05 00:10", zone, minutes=5),  # Monday (13:10 UTC): the next week
    ]
    found = stats(calls, "2026-10-07 12:00", zone)
    assert week(found, date(2026, 9, 28)) == (3, 15.0)
    assert week(found, date(2026, 10, 5)) == (1, 5.0)
    hours = {h: n for h, n in enumerate(_hours(calls, "2026-10-07 12:00", zone)) if n}
    assert hours == {0: 1, 1: 1, 2: 1, 23: 1}


def test_kathmandu_days_start_at_a_quarter_past_the_utc_hour() -> None:
    zone = "Asia/Kathmandu"  # +05:45: local midnight is 18:15 UTC
    calls = [
        call("2026-11-29 23:55", zone, minutes=5),  # Sunday, 18:10 UTC
        call("2026-11-30 00:05", zone, minutes=5),  # Monday, 18:20 UTC: the same UTC hour
        call("2026-11-30 23:55", zone, minutes=5),  # November's last minutes
        call("2026-12-01 00:05", zone, minutes=5),  # December, in the same UTC hour
    ]
    assert calls[0]["started_at"]["utc"][:13] == calls[1]["started_at"]["utc"][:13]
    assert calls[2]["started_at"]["utc"][:13] == calls[3]["started_at"]["utc"][:13]
    found = stats(calls, "2026-12-02 12:00", zone)
    assert week(found, date(2026, 11, 23)) == (1, 5.0)
    assert week(found, date(2026, 11, 30)) == (3, 15.0)
    assert month(found, date(2026, 11, 1)) == 3 and month(found, date(2026, 12, 1)) == 1


def test_a_years_end_splits_the_months_not_iso_week_53() -> None:
    # 2026 has an ISO week 53: Mon 28 Dec 2026 to Sun 3 Jan 2027.
    calls = [
        call("2026-12-31 23:30", minutes=10),
        call("2027-01-01 00:30", minutes=10),
        call("2027-01-03 23:59", minutes=10),
        call("2027-01-04 00:00", minutes=10),  # week 1 of 2027
    ]
    found = stats(calls, "2027-01-06 09:00")
    assert date(2026, 12, 28).isocalendar()[:2] == (2026, 53)
    assert week(found, date(2026, 12, 28)) == (3, 30.0)
    assert week(found, date(2027, 1, 4)) == (1, 10.0)
    assert month(found, date(2026, 12, 1)) == 1 and month(found, date(2027, 1, 1)) == 3
    assert [m.month for m in found.months][-2:] == [date(2026, 12, 1), date(2027, 1, 1)]


def test_iso_week_53_of_2020_in_new_york() -> None:
    zone = "America/New_York"  # Mon 28 Dec 2020 to Sun 3 Jan 2021
    calls = [call("2020-12-28 00:01", zone), call("2021-01-03 23:58", zone)]
    found = stats(calls, "2021-01-20 09:00", zone)
    assert week(found, date(2020, 12, 28)) == (2, 20.0)
    assert found.weeks[-1].monday == date(2021, 1, 18)


def test_a_call_counts_wholly_where_it_started() -> None:
    calls = [
        call("2026-11-25 23:40", minutes=50),  # Wednesday into Thursday
        call("2026-11-29 23:45", minutes=30),  # Sunday into Monday: last week, all of it
        call("2026-11-30 23:50", phases=[], ended_at=None),  # no phases, no end: 0 minutes
    ]
    found = stats(calls, "2026-12-02 12:00")
    assert week(found, date(2026, 11, 23)) == (2, 80.0)
    assert week(found, date(2026, 11, 30)) == (1, 0.0)
    assert found.busiest.hour == 23 and found.busiest.hour_calls == 3


def test_a_call_without_phases_takes_start_to_end() -> None:
    record = call("2026-11-30 23:50", phases=[])
    record["ended_at"] = {"utc": at("2026-12-01 00:35").in_timezone("UTC").isoformat(), "tz": "UTC"}
    assert week(stats([record], "2026-12-02 12:00"), date(2026, 11, 30)) == (1, 45.0)


def test_a_call_taken_in_another_zone_counts_in_nows_zone() -> None:
    # 08:00 Tuesday in Tokyo is 23:00 Monday in London (GMT): a Monday, 11 pm call.
    record = call("2026-12-01 08:00", "Asia/Tokyo", minutes=10)
    found = stats([record], "2026-12-02 12:00", "Europe/London")
    assert (found.busiest.weekday, found.busiest.hour) == (0, 23)
    tokyo = stats([record], "2026-12-02 12:00", "Asia/Tokyo")
    assert (tokyo.busiest.weekday, tokyo.busiest.hour) == (1, 8)


def test_a_leap_day_is_in_february_and_its_week() -> None:
    calls = [call("2028-02-29 12:00"), call("2028-03-01 00:00"), call("2028-02-28 23:59")]
    found = stats(calls, "2028-03-06 09:00")
    assert week(found, date(2028, 2, 28)) == (3, 30.0)
    assert month(found, date(2028, 2, 1)) == 2 and month(found, date(2028, 3, 1)) == 1


def _hours(calls: list[CallRecord], now: str, zone: str) -> list[int]:
    """Calls per local hour of the day, as the busiest-hour figure counts them."""
    from netcall_tui.core.stats.periods import Periods
    from netcall_tui.core.stats.tally import tally_calls

    periods = Periods.of(at(now, zone))
    busy = tally_calls(calls, periods, periods.hours()).busy
    return [sum(busy[hour::24]) for hour in range(24)]


@pytest.mark.parametrize(
    ("zone", "day"),
    [
        ("Europe/London", "2026-03-29"),
        ("Europe/London", "2026-10-25"),
        ("America/New_York", "2026-03-08"),
        ("America/New_York", "2026-11-01"),
        ("Australia/Lord_Howe", "2026-04-05"),  # back half an hour at 15:00 UTC
        ("Australia/Lord_Howe", "2026-10-04"),  # forward at 15:30 UTC the day before
        ("Asia/Kathmandu", "2026-06-01"),
        ("America/St_Johns", "2026-11-01"),  # -02:30 to -03:30
        ("Pacific/Chatham", "2026-09-27"),  # +12:45 to +13:45
    ],
)
def test_every_minute_around_a_change_reads_as_the_zone_says(zone: str, day: str) -> None:
    """The cached hours against a conversion of each time on its own, every 5 minutes
    for two days around a change (the cache's trust in each UTC hour and day)."""
    tz = ZoneInfo(zone)
    hours = LocalHours(tz, lambda ordinal: (ordinal,))
    start = datetime.fromisoformat(day).replace(tzinfo=UTC) - timedelta(days=1)
    for step in range(0, 3 * 24 * 60, 5):
        moment = start + timedelta(minutes=step, seconds=step % 60)
        local = moment.astimezone(tz)
        utc = moment.isoformat()
        assert hours.of(utc) == (local.toordinal(), local.hour), utc


def test_a_fixed_offset_zone_works_too() -> None:
    now = pendulum.datetime(2026, 12, 2, 12, tz=pendulum.FixedTimezone(-9000))  # -02:30
    record = call("2026-11-30 02:00", "UTC", minutes=10)  # Sun 29 Nov 23:30 at -02:30
    found = figures([record], [], [], [], now, 6, 120)
    assert week(found, date(2026, 11, 23)) == (1, 10.0)
    assert (found.busiest.weekday, found.busiest.hour) == (6, 23)
