"""The console's open promises: the most urgent first, how many did not fit, the
header's counts, and the moment they next change (a due moment passing, midnight)."""

from __future__ import annotations

import pendulum

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.vocabulary import PromiseStatus
from netcall_tui.core.promises.groups import DueGroup
from netcall_tui.core.promises.rows import build_rows
from netcall_tui.core.promises.waiting import most_urgent, waiting, when_text

LONDON = "Europe/London"
NOW = pendulum.datetime(2026, 12, 2, 10, 30, tz=LONDON)  # a Wednesday


def at(*args: int) -> pendulum.DateTime:
    return pendulum.datetime(*args, tz=LONDON)


def promise(text: str, due: pendulum.DateTime, **changes: object) -> dict:
    record = Promise(text, due, id=text).to_dict()
    record.update(changes)  # type: ignore[typeddict-item]
    return record


def rows(*records: dict, now: pendulum.DateTime = NOW) -> list:
    return build_rows(records, now, {})


KEPT = {"done_at": {"utc": "2026-11-30T10:00:00+00:00", "tz": LONDON}}
DROPPED = {"dropped_at": {"utc": "2026-11-30T10:00:00+00:00", "tz": LONDON}}


def test_overdue_first_then_the_soonest_due_and_none_that_is_closed() -> None:
    found = most_urgent(
        rows(
            promise("later", at(2027, 3, 1, 17)),
            promise("today", at(2026, 12, 2, 17)),
            promise("kept", at(2020, 1, 1, 17), **KEPT),
            promise("dropped", at(2020, 1, 1, 17), **DROPPED),
            promise("overdue this morning", at(2026, 12, 2, 9)),
            promise("a year overdue", at(2025, 12, 1, 17)),
            promise("this week", at(2026, 12, 4, 17)),
            promise("today, earlier", at(2026, 12, 2, 14)),
        )
    )
    assert [row.text for row in found] == [
        "a year overdue",  # the longest overdue at the top
        "overdue this morning",
        "today, earlier",
        "today",
        "this week",
        "later",
    ]
    assert all(row.state == PromiseStatus.OPEN for row in found)


def test_promises_due_at_the_same_moment_keep_one_order() -> None:
    same = at(2026, 12, 6, 10)
    one = most_urgent(rows(promise("Meet Dmitri", same), promise("Call Marta", same)))
    other = most_urgent(rows(promise("Call Marta", same), promise("Meet Dmitri", same)))
    assert [r.text for r in one] == [r.text for r in other] == ["Call Marta", "Meet Dmitri"]


def test_the_rest_is_counted_after_the_shown_ones() -> None:
    found = waiting(rows(*(promise(f"p{n}", at(2026, 12, 10 + n, 17)) for n in range(12))), NOW)
    assert len(found.rows) == 12
    assert found.rest(3) == 9  # "+9 more"
    assert found.rest(12) == 0
    assert found.rest(20) == 0
    closed = waiting(rows(promise("kept", at(2026, 12, 9, 17), **KEPT)), NOW)
    assert closed.rows == () and closed.rest(3) == 0  # closed ones are not "more"


def test_the_header_counts_today_and_overdue() -> None:
    found = waiting(
        rows(
            promise("a", at(2026, 12, 1, 17)),
            promise("b", at(2026, 11, 2, 17)),
            promise("c", at(2026, 12, 2, 17)),
            promise("d", at(2026, 12, 2, 23, 59)),
            promise("e", at(2026, 12, 2, 12)),
            promise("f", at(2026, 12, 3, 0, 0)),  # tomorrow
            promise("g", at(2020, 1, 1), **KEPT),
        ),
        NOW,
    )
    assert (found.today, found.overdue) == (3, 2)


def test_the_counts_turn_stale_at_the_next_due_moment_or_midnight() -> None:
    found = waiting(rows(promise("call back", at(2026, 12, 2, 14))), NOW)
    assert found.turns_at == at(2026, 12, 2, 14).timestamp()
    assert not found.stale(NOW.add(hours=3, minutes=29))
    assert found.stale(NOW.add(hours=3, minutes=30))  # 14:00: now overdue
    nothing_today = waiting(rows(promise("later", at(2027, 1, 5, 17))), NOW)
    assert nothing_today.turns_at == at(2026, 12, 3).timestamp()  # midnight: a new "today"
    assert nothing_today.stale(at(2026, 12, 3, 0, 0, 1))
    assert nothing_today.stale(NOW.subtract(minutes=5))  # the clock was put back
    assert waiting([], NOW).turns_at == at(2026, 12, 3).timestamp()


def test_midnight_across_the_clocks_changing_and_the_year_end() -> None:
    spring = pendulum.datetime(2027, 3, 27, 22, tz=LONDON)  # a 23-hour day follows
    found = waiting(rows(promise("x", at(2027, 4, 9, 17), now=spring), now=spring), spring)
    assert found.turns_at == at(2027, 3, 28).timestamp()
    new_year = at(2026, 12, 31, 23, 30)
    found = waiting(rows(promise("y", at(2027, 1, 1, 17)), now=new_year), new_year)
    assert found.turns_at == at(2027, 1, 1).timestamp()


def test_a_due_moment_reads_as_the_app_words_dates() -> None:
    ts = lambda *a: at(*a).timestamp()  # noqa: E731
    assert when_text(DueGroup.OVERDUE, ts(2025, 7, 21, 17), NOW) == "overdue Mon 21 Jul 2025"
    assert when_text(DueGroup.OVERDUE, ts(2026, 7, 21, 17), NOW) == "overdue Tue 21 Jul"
    assert when_text(DueGroup.TODAY, ts(2026, 12, 2, 17), NOW) == "due today"
    assert when_text(DueGroup.TODAY, ts(2026, 12, 2, 14), NOW) == "due today 14:00"
    assert when_text(DueGroup.WEEK, ts(2026, 12, 4, 17), NOW) == "due Fri 4 Dec"
    assert when_text(DueGroup.LATER, ts(2027, 1, 8, 9, 30), NOW) == "due Fri 8 Jan 2027 09:30"
