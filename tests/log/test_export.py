"""Exports: CSV that a spreadsheet can't be tricked by, JSON that round-trips, Markdown."""

from __future__ import annotations

import csv
import io

import pytest

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.core.export.csv_file import CSV_COLUMNS, neutralise
from netcall_tui.core.export.data import ExportData, gather
from netcall_tui.core.export.formats import ExportError, for_terminal, read_json, render
from netcall_tui.core.export.markdown import md
from netcall_tui.store.db import Store

from ..helpers import FROZEN, add_call


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+SUM(1,2)", "'+SUM(1,2)"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Dana", "Dana"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise(cell: str, safe: str) -> None:
    assert neutralise(cell) == safe


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_neutralises_every_user_cell(store: Store) -> None:
    add_call(store, '=cmd|"/c calc"!A1', notes="@SUM(1+1)\nsecond line")
    add_call(store, "+44 Caller", notes="-1+2", days_ago=2)
    add_call(store, "Plain Name", notes="nothing odd", days_ago=3)
    data = gather(store.calls.raw(), [], [])
    text = render("csv", data, now=FROZEN)
    rows = _csv_rows(text)
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert rows[0]["caller"] == '\'=cmd|"/c calc"!A1'
    assert rows[0]["notes"] == "'@SUM(1+1)\nsecond line"
    assert rows[1]["caller"] == "'+44 Caller"
    assert rows[1]["notes"] == "'-1+2"
    assert rows[2]["caller"] == "Plain Name"
    for row in rows:
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values())


def test_csv_has_the_facts_in_local_time(seeded: Store) -> None:
    text = render("csv", gather(seeded.calls.raw(), [], []), now=FROZEN)
    first = _csv_rows(text)[0]
    call = seeded.calls.list(limit=1)[0]
    assert first["call_id"] == call.id
    assert first["started"] == call.started_at.in_timezone("Europe/London").isoformat()
    assert float(first["minutes_used"]) == pytest.approx(call.used_s / 60, abs=0.05)


def test_json_round_trips_every_field(seeded: Store) -> None:
    """Every field with the energy ratings asked for (--with-energy); without, all but
    them (see test_energy_exports)."""
    raw = seeded.calls.raw()
    promises = list(seeded.records("promises").values())
    callers = list(seeded.records("callers").values())
    data = gather(raw, promises, callers, "outcome:referral", with_energy=True)
    back = read_json(render("json", data, now=FROZEN))
    assert back.calls == raw
    assert back.selection == "outcome:referral"
    assert sorted(p["id"] for p in back.promises) == sorted(p["id"] for p in promises)
    assert sorted(c["id"] for c in back.callers) == sorted(c["id"] for c in callers)
    for record in back.calls:
        assert Call.from_dict(record).to_dict() == record
    for record in back.promises:
        assert Promise.from_dict(record).to_dict() == record
    for record in back.callers:
        assert Caller.from_dict(record).to_dict() == record


def test_gather_keeps_only_the_chosen_calls_people_and_promises(seeded: Store) -> None:
    one = seeded.calls.raw()[:1]
    data = gather(
        one,
        seeded.records("promises").values(),
        seeded.records("callers").values(),
    )
    assert [c["id"] for c in data.callers] == [one[0]["caller_id"]]
    assert all(p["call_id"] == one[0]["id"] for p in data.promises)


def test_read_json_refuses_other_files() -> None:
    with pytest.raises(ExportError):
        read_json("[1, 2]")
    with pytest.raises(ExportError):
        read_json("{nope")


def test_markdown_report_is_readable_and_literal(store: Store) -> None:
    add_call(store, "[bold]Eve* _x_", notes="# not a heading\n| not | a table |")
    text = render("md", ExportData(store.calls.raw()), now=FROZEN)
    assert text.startswith("# netcall — call log")
    assert "1 call" in text
    assert r"## Wed 25 Nov 2026 11:00 — \[bold\]Eve\* \_x\_" in text
    assert r"> \# not a heading" in text
    assert r"> \| not \| a table \|" in text
    assert md("a*b") == r"a\*b"


def test_markdown_of_nothing_says_so() -> None:
    assert "No calls match." in render("md", ExportData([]), now=FROZEN)


def test_unknown_format() -> None:
    with pytest.raises(ExportError):
        render("xlsx", ExportData([]), now=FROZEN)


def test_an_export_for_a_terminal_shows_controls_and_json_still_reads_back(
    store: Store,
) -> None:
    name = "Eve\x1b]0;pwned\x07\x9b\u202e\x7f"
    add_call(store, name, notes="line one\r\nline \x1b[2J two")
    data = ExportData(calls=store.calls.raw())
    shown = for_terminal("csv", render("csv", data, now=FROZEN))
    assert "Eve␛]0;pwned␇\ufffd\ufffd␡" in shown and "line one\nline ␛[2J two" in shown
    text = render("json", data, now=FROZEN)
    on_terminal = for_terminal("json", text)
    assert not any(ch in on_terminal for ch in "\x1b\x07\x9b\u202e\x7f")
    assert read_json(on_terminal) == read_json(text)
    assert read_json(on_terminal).calls[0]["caller_name"] == name


def test_md_keeps_a_one_line_field_on_one_line() -> None:
    assert md("Eve\n## x\r\n| y") == "Eve \\#\\# x \\| y"
