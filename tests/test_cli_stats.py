"""`netcall stats`, run as a process of its own: each format on a log with calls, the
demo log, an empty log, a bad --format (argparse: 2) and an unreadable log (one line: 1)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from netcall_tui.store.db import Store

from .helpers import add_call, netcall


@pytest.fixture
def db(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        add_call(store, "Dana Whitfield", days_ago=2)
        add_call(store, "Omar Haddad", days_ago=9)
    return db_path


def test_stats_text_by_default(db: Path) -> None:
    done = netcall("--db", str(db), "stats")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Statistics as of ")
    for heading in ("Calls per week · last 12 weeks (", "How the calls ended", "Timing ·"):
        assert heading in out
    assert "─ budget 6 calls a week" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_stats_json_parses_back_with_periods(db: Path) -> None:
    done = netcall("stats", "--db", str(db), "--read-only", "--format", "json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert len(doc["weeks"]["weeks"]) == 52
    assert set(doc["timing"]["period"]) == {"first", "last"}
    assert doc["budget"]["weekly_calls"] == 6


def test_stats_markdown(db: Path) -> None:
    done = netcall("--db", str(db), "stats", "--format", "md")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# Statistics as of ")
    assert "## Calls and minutes per week · last 12 weeks" in done.stdout


def test_stats_on_the_demo_log_leaves_the_real_log_alone() -> None:
    done = netcall("--demo", "stats", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["today"]
    assert not Path(os.environ["NETCALL_DB"]).exists()


def test_stats_on_an_empty_log_is_calm(db_path: Path) -> None:
    Store.open(db_path).close()
    done = netcall("--db", str(db_path), "stats")
    assert done.returncode == 0, done.stderr
    assert "No calls yet" in done.stdout and "█" not in done.stdout


def test_a_bad_format_is_a_usage_error(db: Path) -> None:
    done = netcall("--db", str(db), "stats", "--format", "xml")
    assert done.returncode == 2
    assert "invalid choice: 'xml'" in done.stderr


def test_an_unreadable_log_says_so_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "calls.json"
    bad.write_text("{ this is not json")
    done = netcall("--db", str(bad), "stats")
    assert done.returncode == 1
    assert done.stderr.startswith("netcall: ") and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr and done.stdout == ""


@pytest.mark.parametrize("command", [("stats",), ("log",), ("promises", "--all")])
def test_a_reader_that_goes_away_ends_it_quietly(command: tuple[str, ...]) -> None:
    """`netcall stats | head -1` ended in a BrokenPipeError traceback: here the reader
    is gone before the first line, as `head` is once it has its lines."""
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)
    run = [sys.executable, "-m", "netcall_tui", "--demo", *command]
    try:
        done = subprocess.run(run, stdout=write_end, stderr=subprocess.PIPE, timeout=60)
    finally:
        os.close(write_end)
    assert done.returncode == 141
    assert b"Traceback" not in done.stderr and b"BrokenPipe" not in done.stderr, done.stderr


@pytest.mark.parametrize(
    "command", [("stats",), ("stats", "--format", "json"), ("log",), ("promises", "--all")]
)
def test_output_that_cannot_be_written_is_one_line(command: tuple[str, ...]) -> None:
    """`netcall stats > /dev/full` ended in an OSError traceback: one line, exit 1."""
    import subprocess
    import sys

    run = [sys.executable, "-m", "netcall_tui", "--demo", *command]
    with open("/dev/full", "wb") as full:
        done = subprocess.run(run, stdout=full, stderr=subprocess.PIPE, timeout=60, text=True)
    assert done.returncode == 1
    assert done.stderr == "netcall: could not write the output: No space left on device\n"
