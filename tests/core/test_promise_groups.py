"""Promises grouped by how far off they are: across midnight, the clocks changing and
the turn of a year, in the user's zone."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.promises.groups import DueGroup, Horizon, by_group, due_counts
from netcall_tui.core.promises.rows import build_rows

G = DueGroup
LONDON = "Europe/London"
SYDNEY = "Australia/Sydney"


def group(now: pendulum.DateTime, due: pendulum.DateTime, open: bool = True) -> DueGroup:
    return Horizon.at(now).group(due.timestamp(), open)


def at(*args: int, tz: str = LONDON) -> pendulum.DateTime:
    return pendulum.datetime(*args, tz=tz)


@pytest.mark.parametrize(
    ("now", "due", "expected"),
    [
        (at(2026, 12, 2, 16, 59), at(2026, 12, 2, 17), G.TODAY),
        (at(2026, 12, 2, 17, 1), at(2026, 12, 2, 17), G.OVERDUE),  # the day's end passed
        (at(2026, 12, 2, 23, 59), at(2026, 12, 3, 0, 30), G.WEEK),  # tomorrow, a Thursday
        (at(2026, 12, 3, 0, 1), at(2026, 12, 3, 0, 30), G.TODAY),  # past midnight: today
        (at(2026, 12, 3, 0, 1), at(2026, 12, 2, 17), G.OVERDUE),
        (at(2026, 12, 2, 9), at(2026, 12, 6, 17), G.WEEK),  # Sunday ends the week
        (at(2026, 12, 2, 9), at(2026, 12, 7, 17), G.LATER),  # next Monday
        (at(2026, 12, 6, 9), at(2026, 12, 7, 9), G.LATER),  # on a Sunday, the week is over
        (at(2026, 12, 2, 9), at(2020, 1, 1, 17), G.OVERDUE),
    ],
)
def test_groups_across_midnight_and_the_week(now, due, expected) -> None:
    assert group(now, due) is expected


def test_the_day_is_the_users_not_utcs() -> None:
    # 01:00 in Sydney is still yesterday in UTC: the promise is today's all the same.
    now = at(2026, 12, 3, 1, tz=SYDNEY)
    assert group(now, at(2026, 12, 3, 17, tz=SYDNEY)) is G.TODAY
    assert group(now, at(2026, 12, 3, 17, tz="UTC")) is G.WEEK  # 04:00 on the 4th, there


@pytest.mark.parametrize(
    ("now", "due", "expected"),
    [
        # spring forward (29 Mar 2026, a 23-hour Sunday): today runs to Monday's midnight
        (at(2026, 3, 29, 0, 30), at(2026, 3, 29, 23, 30), G.TODAY),
        (at(2026, 3, 29, 0, 30), at(2026, 3, 30, 0, 30), G.LATER),
        (at(2026, 3, 28, 12), at(2026, 3, 29, 23, 59), G.WEEK),
        # fall back (25 Oct 2026, a 25-hour Sunday): 23:30 is still today
        (at(2026, 10, 25, 0, 30), at(2026, 10, 25, 23, 30), G.TODAY),
        (at(2026, 10, 25, 23, 59), at(2026, 10, 26, 0, 1), G.LATER),
        (at(2026, 10, 24, 12), at(2026, 10, 25, 23, 30), G.WEEK),
    ],
)
def test_groups_across_the_clocks_changing(now, due, expected) -> None:
    assert group(now, due) is expected


def test_the_second_one_thirty_of_a_fall_back_night_is_still_today() -> None:
    first = pendulum.datetime(2026, 10, 25, 1, 30, tz=LONDON, fold=0)
    second = pendulum.datetime(2026, 10, 25, 1, 30, tz=LONDON, fold=1)
    assert second.timestamp() - first.timestamp() == 3600
    assert group(first, second) is G.TODAY
    assert group(second, first) is G.OVERDUE


@pytest.mark.parametrize(
    ("now", "due", "expected"),
    [
        (at(2026, 12, 31, 23, 59), at(2027, 1, 1, 17), G.WEEK),  # a Thursday into Friday
        (at(2027, 1, 1, 0, 0), at(2027, 1, 1, 17), G.TODAY),
        (at(2027, 1, 1, 0, 0), at(2026, 12, 31, 17), G.OVERDUE),
        (at(2027, 1, 3, 9), at(2027, 1, 4, 9), G.LATER),  # Sunday 3 Jan: next Monday
        (at(2026, 12, 28, 9), at(2027, 1, 3, 17), G.WEEK),  # the week spans the new year
    ],
)
def test_groups_across_the_turn_of_a_year(now, due, expected) -> None:
    assert group(now, due) is expected


def test_done_and_dropped_promises_are_done_whatever_their_date() -> None:
    now = at(2026, 12, 2, 9)
    assert group(now, at(2026, 1, 1, 17), open=False) is G.DONE
    records = [
        Promise("late", at(2026, 11, 1, 17), id="a").to_dict(),
        Promise("kept", at(2026, 11, 1, 17), done_at=now, id="b").to_dict(),
        Promise("let go", at(2026, 12, 2, 17), dropped_at=now, id="c").to_dict(),
        Promise("tonight", at(2026, 12, 2, 17), id="d").to_dict(),
        Promise("later", at(2027, 2, 1, 17), id="e").to_dict(),
        Promise("also today", at(2026, 12, 2, 12), id="f").to_dict(),
    ]
    rows = build_rows(records, now, callers={})
    grouped = {g: [r.id for r in rs] for g, rs in by_group(rows).items()}
    assert grouped == {G.OVERDUE: ["a"], G.TODAY: ["d", "f"], G.LATER: ["e"], G.DONE: ["b", "c"]}
    assert list(grouped) == [G.OVERDUE, G.TODAY, G.LATER, G.DONE]  # overdue first
    assert [r.state for r in rows] == ["open", "done", "dropped", "open", "open", "open"]
    assert due_counts(rows) == (2, 1)
