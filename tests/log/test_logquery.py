"""The log's filter language, sorting, and the view that applies them per keystroke."""

from __future__ import annotations

from typing import Any

import pendulum
import pytest

from netcall_tui.core.domain.matching import fold
from netcall_tui.core.errors import QueryError
from netcall_tui.core.log.dates import moment
from netcall_tui.core.log.query import filter_rows, narrows, parse_query, sort_rows
from netcall_tui.core.log.rows import LogRow, PromiseState, build_rows, promise_states
from netcall_tui.core.log.text import time_text
from netcall_tui.core.log.view import LogView
from netcall_tui.core.text.ages import ago_text, short_ago_text

NOW = pendulum.datetime(2026, 11, 26, 10, 30, tz="Europe/London")


def record(
    name: str,
    days_ago: float,
    *,
    notes: str = "",
    asks: tuple[str, ...] = (),
    outcome: str | None = None,
    detail: str = "",
    strength: str = "none",
    used: float = 600.0,
    limit: int = 1200,
    edited: bool = False,
    id: str | None = None,
) -> dict[str, Any]:
    start = NOW.subtract(days=int(days_ago), hours=int((days_ago % 1) * 24))
    return {
        "id": id or f"{name}-{days_ago}".replace(" ", "_"),
        "caller_id": f"caller-{name}",
        "caller_name": name,
        "strength": strength,
        "asks": list(asks),
        "traits": [],
        "phases": [{"kind": "story", "limit_s": limit, "used_s": used}],
        "notes": notes,
        "outcome": {"kind": outcome, "detail": detail, "when": None} if outcome else None,
        "started_at": {"utc": start.in_timezone("UTC").isoformat(), "tz": "Europe/London"},
        "ended_at": None,
        "edited_at": {"utc": NOW.isoformat(), "tz": "UTC"} if edited else None,
        "promise_ids": [],
    }


@pytest.fixture
def rows() -> list[LogRow]:
    records = [
        record(
            "Dana Whitfield",
            1,
            notes="Wants a PM role",
            asks=("introduction",),
            outcome="referral_made",
            detail="Rosa Villanueva",
            strength="strong",
        ),
        record(
            "Siobhán Ó Brien",
            3,
            notes="Résumé lists duties",
            asks=("resume", "advice"),
            outcome="resume_kept",
            strength="tenuous",
            used=1500,
        ),
        record(
            "Tomás Kowalski",
            20,
            notes="Cold call about data jobs",
            asks=("advice",),
            outcome="honest_no",
            detail="the local data meetup",
            strength="none",
        ),
        record(
            "[bold]Eve",
            400,
            notes="python person",
            asks=("industry",),
            outcome="interview_scheduled",
            strength="moderate",
            edited=True,
        ),
        record("No Outcome", 2, notes="call dropped"),
    ]
    states = {records[0]["id"]: PromiseState(open=1), records[1]["id"]: PromiseState(kept=2)}
    records.sort(key=lambda r: r["started_at"]["utc"], reverse=True)  # as the store gives them
    return build_rows(records, states)


def names(rows: list[LogRow]) -> list[str]:
    return [r.caller for r in rows]


def run(rows: list[LogRow], text: str) -> list[str]:
    return names(filter_rows(rows, parse_query(text, NOW)))


def test_free_text_searches_names_notes_asks_and_outcomes(rows: list[LogRow]) -> None:
    assert run(rows, "dana") == ["Dana Whitfield"]
    assert run(rows, "meetup") == ["Tomás Kowalski"]  # the honest no's avenue
    assert run(rows, "référral") == ["Dana Whitfield"]  # outcome label, accents ignored
    assert run(rows, "industry") == ["[bold]Eve"]  # ask
    assert run(rows, "ROLE wants") == ["Dana Whitfield"]  # every word, anywhere, any case
    assert run(rows, "wants python") == []
    assert run(rows, '"a pm role"') == ["Dana Whitfield"]  # a quoted phrase


def test_accents_and_case_are_ignored_both_ways(rows: list[LogRow]) -> None:
    assert run(rows, "siobhan") == ["Siobhán Ó Brien"]
    assert run(rows, "SIOBHÁN") == ["Siobhán Ó Brien"]
    assert run(rows, "resume lists") == ["Siobhán Ó Brien"]
    assert fold("Résumé") == "resume"


def test_field_filters(rows: list[LogRow]) -> None:
    assert run(rows, "outcome:referral") == ["Dana Whitfield"]
    assert run(rows, "outcome:resume") == ["Siobhán Ó Brien"]
    assert run(rows, "outcome:referral,honest") == ["Dana Whitfield", "Tomás Kowalski"]
    assert run(rows, "outcome:none") == ["No Outcome"]
    assert run(rows, "ask:resume") == ["Siobhán Ó Brien"]
    assert run(rows, "ask:résumé") == ["Siobhán Ó Brien"]
    assert run(rows, "ask:intro") == ["Dana Whitfield"]
    assert run(rows, "strength:tenuous") == ["Siobhán Ó Brien"]
    assert run(rows, "caller:kowal") == ["Tomás Kowalski"]
    assert run(rows, 'caller:"dana w"') == ["Dana Whitfield"]
    assert run(rows, "notes:python") == ["[bold]Eve"]
    assert run(rows, "notes:dana") == []  # a name is not a note
    assert run(rows, "promises:open") == ["Dana Whitfield"]
    assert run(rows, "promises:kept") == ["Siobhán Ó Brien"]
    assert run(rows, "is:overtime") == ["Siobhán Ó Brien"]
    assert run(rows, "is:edited") == ["[bold]Eve"]


def test_dates(rows: list[LogRow]) -> None:
    assert run(rows, "since:2w") == ["Dana Whitfield", "No Outcome", "Siobhán Ó Brien"]
    assert run(rows, "since:2d") == ["Dana Whitfield", "No Outcome"]
    assert run(rows, "since:1y") == [
        "Dana Whitfield",
        "No Outcome",
        "Siobhán Ó Brien",
        "Tomás Kowalski",
    ]
    assert run(rows, "until:2025-12") == ["[bold]Eve"]
    assert run(rows, "since:2026-11-06 until:2026-11-06") == ["Tomás Kowalski"]
    assert moment("today", NOW) == NOW.start_of("day")
    assert moment("1m", NOW).month == 10


def test_negation_and_combination(rows: list[LogRow]) -> None:
    assert run(rows, "-outcome:referral since:2w") == ["No Outcome", "Siobhán Ó Brien"]
    assert run(rows, "-dana -eve") == ["No Outcome", "Siobhán Ó Brien", "Tomás Kowalski"]
    assert run(rows, "") == names(rows)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("colour:red", "There is no filter called colour:"),
        ("outcome:", "The filter outcome: needs a value, e.g. outcome:referral."),
        ("outcome:maybe", "use one of interview-scheduled"),
        ("ask:money", "No ask matches 'money'"),
        ("since:3q", "a span back from now (3d, 2w, 6m, 1y)"),
        ("since:2025-02-30", "is not a real date"),
        ('caller:"dana', "A quote is not closed"),
        ("promises:many", "The filter promises: takes open, kept, any or none, not 'many'."),
        ("is:late", "The filter is: takes overtime or edited, not 'late'."),
        ("outcome:-", "The filter outcome: needs one of"),
        ("outcome:,", "The filter outcome: needs one of"),
        ("since:3000y", "too far away"),
        ("since:9999y", "too far away"),
        ("until:9999-12", "too far away"),
        ("until:9999-12-31", "too far away"),
        ("since:0001-01-01", "too far away"),
    ],
)
def test_a_filter_that_cant_be_read_says_how_to_write_it(text: str, says: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(text, NOW)
    assert says in str(caught.value)


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"])
@pytest.mark.parametrize("text", ["since:0001-01-01", "until:9999-12-31", "since:2200y"])
def test_dates_at_the_ends_of_time_are_refused_in_any_zone(zone: str, text: str) -> None:
    with pytest.raises(QueryError, match="too far away"):
        parse_query(text, NOW.in_timezone(zone))


def test_sorting_any_column_ties_newest_first(rows: list[LogRow]) -> None:
    assert names(sort_rows(rows, "when", True))[0] == "Dana Whitfield"
    assert names(sort_rows(rows, "when", False))[0] == "[bold]Eve"
    assert names(sort_rows(rows, "caller", False))[:2] == ["[bold]Eve", "Dana Whitfield"]
    assert names(sort_rows(rows, "strength", False))[0] == "Dana Whitfield"
    assert names(sort_rows(rows, "time", True))[0] == "Siobhán Ó Brien"
    assert names(sort_rows(rows, "promises", True))[:2] == ["Dana Whitfield", "Siobhán Ó Brien"]
    assert names(sort_rows(rows, "outcome", False))[-1] == "No Outcome"
    assert names(sort_rows(rows, "asks", False))[-1] == "No Outcome"
    with pytest.raises(QueryError):
        sort_rows(rows, "colour", False)


def test_narrowing_is_only_claimed_when_it_is_true() -> None:
    assert narrows("dan", "dana")
    assert narrows("dana", "dana w")
    assert narrows("", "x")
    assert narrows("caller:da", "caller:dan")
    assert not narrows("-dan", "-dana")  # a longer exclusion shows more
    assert not narrows("outcome", "outcome:r")
    assert not narrows("since:2", "since:2w")
    assert not narrows("dana", "dan")
    assert not narrows('"a b"', '"a b"c')


def test_view_filters_sorts_and_shows_nothing_for_a_bad_filter(rows: list[LogRow]) -> None:
    view = LogView(rows, now=lambda: NOW)
    assert view.total == 5 and len(view.shown) == 5
    assert view.set_filter("d") is None
    assert view.set_filter("da") is None
    assert names(view.shown) == ["Dana Whitfield", "Tomás Kowalski"]  # "data jobs"
    error = view.set_filter("da outcome:")
    assert error is not None and "needs a value" in error
    assert view.shown == [] and view.error == error  # nothing, until it reads right
    view.set_sort("caller")
    view.set_sort("when", descending=True)
    assert view.set_filter("da outcome:") == error  # not remembered as a good result
    assert view.set_filter("da") is None and view.error is None
    view.set_filter("da")
    view.set_sort("caller")
    assert names(view.shown) == ["Dana Whitfield", "Tomás Kowalski"]
    view.set_sort("caller")  # again: reversed
    assert names(view.shown) == ["Tomás Kowalski", "Dana Whitfield"]
    view.set_filter("")
    assert len(view.shown) == 5 and view.sort_column == "caller" and view.descending
    assert view.next_sort() == "strength"
    view.remove({rows[0].id})
    assert view.total == 4 and rows[0] not in view.shown


def test_view_backspace_gives_the_same_rows_as_typing(rows: list[LogRow]) -> None:
    view = LogView(rows, now=lambda: NOW)
    for typed in ("r", "re", "res", "re", "r", ""):
        view.set_filter(typed)
        assert view.shown == filter_rows(view.all_rows, parse_query(typed, NOW))


def test_display_helpers() -> None:
    now = NOW
    assert ago_text(now.subtract(seconds=20).timestamp(), now) == "just now"
    assert ago_text(now.subtract(minutes=5).timestamp(), now) == "5 min ago"
    assert ago_text(now.subtract(hours=3).timestamp(), now) == "3 hours ago"
    assert ago_text(now.subtract(days=1).timestamp(), now) == "yesterday"
    assert ago_text(now.subtract(days=3).timestamp(), now) == "3 days ago"
    assert ago_text(now.subtract(days=20).timestamp(), now) == "2 weeks ago"
    assert ago_text(now.subtract(days=200).timestamp(), now) == "6 months ago"
    assert ago_text(now.subtract(days=800).timestamp(), now) == "2 years ago"
    assert ago_text(now.add(days=12).timestamp(), now) == "in 12 days"
    assert ago_text(now.add(days=1).timestamp(), now) == "tomorrow"
    assert short_ago_text(now.subtract(days=200).timestamp(), now) == "6mo ago"
    row = build_rows([record("A", 1, used=1500, limit=1200)])[0]
    assert time_text(row) == ("25m/20m", "+5m")


def test_promise_states_count_open_and_kept_per_call() -> None:
    states = promise_states(
        [
            {"call_id": "c1", "done_at": None},
            {"call_id": "c1", "done_at": {"utc": "2026-01-01T00:00:00+00:00"}},
            {"call_id": "", "done_at": None},
        ]
    )
    assert states == {"c1": PromiseState(open=1, kept=1)}
