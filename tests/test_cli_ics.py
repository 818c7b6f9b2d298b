"""`netcall ics`, run as a process of its own: the file, its one line, and a path that
can't be written said in one line with nothing left behind."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Caller
from netcall_tui.core.domain.vocabulary import PromiseKind
from netcall_tui.store.db import Store

from .helpers import FROZEN


def netcall_in(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "netcall_tui", *args],
        capture_output=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        cwd=folder,
    )


@pytest.fixture
def db(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        dana = store.callers.add(Caller("Dana Whitfield"))
        at = FROZEN.add(days=3).at(14)
        store.promises.add(Promise("Interview", at, caller_id=dana.id, kind=PromiseKind.INTERVIEW))
        store.promises.add(Promise("Send the survey", FROZEN.add(days=1), caller_id=dana.id))
        store.promises.add(Promise("Sent the notes", FROZEN, done_at=FROZEN))
    return db_path


def test_ics_writes_the_open_promises_to_a_file_here(db: Path, tmp_path: Path) -> None:
    done = netcall_in(tmp_path, "--db", str(db), "ics")
    assert done.returncode == 0, done.stderr
    target = tmp_path / "netcall-promises.ics"
    assert done.stderr.decode() == (
        "netcall: wrote 2 open promises as calendar events to netcall-promises.ics\n"
    )
    assert done.stdout == b""
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    events = Calendar.from_ical(target.read_bytes()).events
    assert sorted(str(e["SUMMARY"]) for e in events) == ["Interview", "Send the survey"]


def test_ics_output_and_read_only_and_stdout(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "mine.ics"
    done = netcall_in(tmp_path, "ics", "--read-only", "--db", str(db), "--output", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode().endswith(f"to {target}\n")
    to_stdout = netcall_in(tmp_path, "--db", str(db), "ics", "-o", "-")
    assert to_stdout.returncode == 0, to_stdout.stderr
    assert len(Calendar.from_ical(to_stdout.stdout).events) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "home", "mine.ics"]


def test_ics_on_the_demo_log_leaves_the_real_log_alone(tmp_path: Path) -> None:
    done = netcall_in(tmp_path, "--demo", "ics", "-o", str(tmp_path / "demo.ics"))
    assert done.returncode == 0, done.stderr
    assert len(Calendar.from_ical((tmp_path / "demo.ics").read_bytes()).events) > 0
    assert not Path(os.environ["NETCALL_DB"]).exists()


@pytest.mark.parametrize("odd", ["missing folder", "symbolic link"])
def test_ics_to_a_path_it_cannot_use_says_so_in_one_line(
    db: Path, tmp_path: Path, odd: str
) -> None:
    mine = tmp_path / "mine.txt"
    mine.write_text("keep me")
    target = tmp_path / "nope" / "x.ics"
    if odd == "symbolic link":
        target = tmp_path / "x.ics"
        target.symlink_to(mine)
    done = netcall_in(tmp_path, "--db", str(db), "ics", "-o", str(target))
    assert done.returncode == 1
    err = done.stderr.decode()
    assert err.startswith("netcall: ") and err.count("\n") == 1 and "Traceback" not in err
    assert str(target) in err
    assert ("symbolic link" if odd == "symbolic link" else "No such file") in err
    assert mine.read_text() == "keep me"
