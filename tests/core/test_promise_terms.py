"""The promises view's filter: due:today, due:week, overdue, caller:, state:, words."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.errors import QueryError
from netcall_tui.core.log.promise_terms import PROMISES, filter_promises, sort_promises
from netcall_tui.core.log.query import narrows
from netcall_tui.core.promises.rows import PromiseRow, build_rows

ZONE = "Europe/London"
NOW = pendulum.datetime(2026, 12, 2, 9, tz=ZONE)  # a Wednesday


def due(days: int, hour: int = 17) -> pendulum.DateTime:
    return NOW.start_of("day").add(days=days).replace(hour=hour)


@pytest.fixture
def rows() -> list[PromiseRow]:
    records = [
        Promise("Send Dana's résumé to Priya", due(-2), caller_id="d", id="late").to_dict(),
        Promise("Call Dana back", due(0), caller_id="d", id="today").to_dict(),
        Promise("Intro for Sam", due(2), caller_id="s", referral_id="r", id="week").to_dict(),
        Promise("Review Sam's CV", due(30), caller_id="s", id="later").to_dict(),
        Promise(
            "Chase the overdue intro", due(-9), caller_id="s", done_at=NOW, note="sent", id="done"
        ).to_dict(),
        Promise("Coffee with Omar", due(1), dropped_at=NOW, note="moved away", id="drop").to_dict(),
    ]
    callers = {"d": "Dana Whitfield", "s": "Sam Rivera"}
    return build_rows(records, NOW, callers, contacts={"r": "Priya Shah"})


def ids(rows: list[PromiseRow], text: str) -> list[str]:
    return [r.id for r in filter_promises(rows, text, NOW)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["late", "today", "week", "later", "done", "drop"]),
        ("due:today", ["today"]),
        ("due:week", ["today", "week"]),  # this week includes today
        ("due:later", ["later"]),
        ("due:overdue", ["late"]),
        ("overdue", ["late"]),  # the word is a filter, not a search for the text
        ("Overdue", ["late"]),
        ("-overdue state:open", ["today", "week", "later"]),
        ("caller:dana", ["late", "today"]),
        ("caller:priya", ["week"]),  # the referral step's contact is to whom too
        ("state:done", ["done"]),
        ("state:dropped", ["drop"]),
        ("state:done,dropped", ["done", "drop"]),
        ("state:open due:week caller:sam", ["week"]),
        ("resume", ["late"]),  # accents ignored
        ("moved", ["drop"]),  # the note is searched
        ('"call dana"', ["today"]),
        ("-caller:sam", ["late", "today", "drop"]),
    ],
)
def test_filters(rows: list[PromiseRow], text: str, expected: list[str]) -> None:
    assert ids(rows, text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("due:someday", "No due date matches 'someday'"),
        ("state:kept", "No state matches 'kept'"),
        ("since:2w", "There is no filter called since:"),
        ("due:", "The filter due: needs a value, e.g. due:today or due:week."),
    ],
)
def test_a_filter_that_cant_be_read_says_how(rows, text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        filter_promises(rows, text, NOW)


def test_typing_a_word_on_into_overdue_is_not_a_narrowing() -> None:
    assert not narrows("overdu", "overdue", PROMISES)
    assert narrows("caller:da", "caller:dana", PROMISES)
    assert narrows("overdue ", "overdue caller:dana", PROMISES)


def test_sorts_soonest_first_and_by_column(rows: list[PromiseRow]) -> None:
    soonest = [r.id for r in sort_promises(rows, "due", descending=False)]
    assert soonest == ["done", "late", "today", "drop", "week", "later"]
    assert [r.id for r in sort_promises(rows, "due", descending=True)] == soonest[::-1]
    by_state = [r.state for r in sort_promises(rows, "state", descending=False)]
    assert by_state == ["open"] * 4 + ["done", "dropped"]
    with pytest.raises(QueryError):
        sort_promises(rows, "colour", descending=False)
