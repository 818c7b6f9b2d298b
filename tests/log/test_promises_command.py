"""`netcall promises`: the open ones most urgent first as a table; --due filters, --all
adds the kept and dropped ones; read-only, harmless text, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from netcall_tui.cli import main
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Caller
from netcall_tui.core.promises.changes import done
from netcall_tui.store.db import Store

from ..helpers import FROZEN, netcall

pytestmark = pytest.mark.usefixtures("frozen_now")
HEADINGS = ["Due", "Group", "What", "To", "whom", "State"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add(store: Store, text: str, due, caller: str = "") -> Promise:  # type: ignore[no-untyped-def]
    caller_id = store.callers.add(Caller(caller)).id if caller else ""
    return store.promises.add(Promise(text, due, caller_id=caller_id))


@pytest.fixture
def some(store: Store) -> Store:
    add(store, "Later on", FROZEN.add(weeks=3).at(17), "Lee Park")
    add(store, "Call Sam back", FROZEN.at(17), "Sam Okafor")
    add(store, "Forward the CV", FROZEN.subtract(days=3).at(17), "Dana Whitfield")
    add(store, "Send Ana the deck", FROZEN.add(days=1).at(10), "Ana Silva")
    kept = add(store, "Kept one", FROZEN.subtract(days=9).at(17))
    store.promises.update(done(kept, FROZEN.subtract(days=8)))
    add(store, "Ask Priya", FROZEN.subtract(years=1).at(17), "Priya Shah")
    return store


def body(out: str) -> list[str]:
    """The table's rows (after the headings and the rule, before the count)."""
    return out.splitlines()[2:-2]


def test_the_open_ones_most_urgent_first(some: Store, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "promises")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == HEADINGS
    assert set(lines[1]) <= {"-", " "}
    rows = body(out)
    whats = ["Ask Priya", "Forward the CV", "Call Sam back", "Send Ana the deck", "Later on"]
    assert [next(w for w in whats if w in row) for row in rows] == whats
    assert rows[0].startswith("2025-11-26  ") and "overdue" in rows[0]  # no clock
    assert "Priya Shah" in rows[0] and rows[0].rstrip().endswith("open")
    assert "today" in rows[2] and "this week" in rows[3] and "later" in rows[4]
    assert lines[-1] == "5 open promises."


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("today", ["Call Sam back"]),
        ("week", ["Call Sam back", "Send Ana the deck"]),  # this week's include today's
        ("overdue", ["Ask Priya", "Forward the CV"]),
    ],
)
def test_due_filters(some: Store, capsys, due: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "promises", "--due", due)
    assert code == 0
    rows = body(out)
    assert len(rows) == len(expected)
    assert all(what in row for what, row in zip(expected, rows, strict=True))


def test_all_adds_the_kept_and_dropped_ones_after_the_open(some: Store, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "promises", "--all")
    assert code == 0
    rows = body(out)
    assert len(rows) == 6 and "Kept one" in rows[-1] and rows[-1].rstrip().endswith("done")
    assert out.splitlines()[-1] == "5 open promises, 1 kept or dropped."


def test_none_due_says_so_in_one_line(store: Store, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "promises")
    assert (code, out) == (0, "No promises due — none made yet (p during a call records one).\n")
    add(store, "Later on", FROZEN.add(weeks=3).at(17))
    for due, words in (("today", "due today"), ("week", "due this week"), ("overdue", "overdue")):
        code, out, _ = run(capsys, "promises", "--due", due)
        assert (code, out) == (0, f"No promises {words}.\n")


def test_stored_text_is_shown_harmless_and_cut_to_its_column(store: Store, capsys) -> None:  # type: ignore[no-untyped-def]
    add(store, "Send \x1b]0;pwned\x07 the deck " + "and more " * 20, FROZEN.at(17), "王小明")
    add(store, "Call \u202eback", FROZEN.at(18), "Dana \x1b[2J")
    code, out, _ = run(capsys, "promises")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Send ␛]0;pwned␇ the deck" in out and "Dana ␛[2J" in out
    lines = out.splitlines()
    assert "…" in lines[2] and all(cell_len(line) < 120 for line in lines)
    state = [cell_len(line[: line.rindex("open")]) for line in lines[2:4]]
    assert len(set(state)) == 1  # the wide name counts as two cells a character


def test_a_bad_due_word_and_an_unreadable_log_end_in_one_line(tmp_path: Path) -> None:
    result = netcall("promises", "--due", "someday")
    assert result.returncode == 2 and "invalid choice: 'someday'" in result.stderr
    assert "Traceback" not in result.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = netcall("--db", str(bad), "promises")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_demo_and_read_only_apply(store: Store, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--demo", "promises", "--all")
    assert code == 0 and len(body(out)) > 5  # the sample's promises, not the real log
    code, out, _ = run(capsys, "promises", "--read-only")  # held by `store`: still reads
    assert code == 0 and "none made yet" in out
