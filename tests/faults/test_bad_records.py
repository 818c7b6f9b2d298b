"""Bad data inside one record (issue 12, item 2): crafted files, each with one record
netcall cannot use. The app starts without it and says so, the file is not rewritten
until the user chooses (keep going, which keeps a copy first, or restore the newest good
backup), and `netcall log` / `export` / `doctor`, run as real processes, never trace back.
"""

from __future__ import annotations

import shutil
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from netcall_tui.app import NetcallApp
from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.choice import ChoiceScreen

from ..helpers import netcall, seed

Tables = dict[str, dict[str, dict[str, Any]]]
TABLES = ("calls", "callers", "promises", "resumes")  # the tables a fault here spoils


def _third(tables: Tables, name: str) -> dict[str, Any]:
    return tables[name][sorted(tables[name], key=int)[2]]


def _set(name: str, field: str, value: Any) -> Callable[[Tables], None]:
    def spoil(tables: Tables) -> None:
        _third(tables, name)[field] = value

    return spoil


def _drop(name: str, field: str) -> Callable[[Tables], None]:
    def spoil(tables: Tables) -> None:
        del _third(tables, name)[field]

    return spoil


# (table, field) each fault breaks, and how.
FAULTS = {
    "started_at-text": ("calls", "started_at", _set("calls", "started_at", "not a date")),
    "started_at-number": ("calls", "started_at", _set("calls", "started_at", 1764000000)),
    "no-caller_name": ("calls", "caller_name", _drop("calls", "caller_name")),
    "unknown-outcome": (
        "calls",
        "outcome",
        _set("calls", "outcome", {"kind": "eloped", "detail": "", "when": None, "contact_id": ""}),
    ),
    "caller-name-42": ("callers", "name", _set("callers", "name", 42)),
    "ended_at-garbage": ("calls", "ended_at", _set("calls", "ended_at", {"utc": "yesterday"})),
    "phases-not-a-list": ("calls", "phases", _set("calls", "phases", "long")),
    "promise-due-x": ("promises", "due", _set("promises", "due", "x")),
    "resume-tags-text": ("resumes", "tags", _set("resumes", "tags", "python, sql")),
}


def good_log(path: Path) -> bytes:
    """The demo half-year as a call log at `path`, with no backups beside it."""
    with Store.open(path) as store:
        seed(store)
    shutil.rmtree(path.parent / "backups", ignore_errors=True)
    return path.read_bytes()


def spoiled(path: Path, fault: str, good: bytes | None = None) -> bytes:
    """A call log at `path` with one bad record, made as `fault` says from `good` (or a
    new good log); its bytes."""
    tables = orjson.loads(good if good is not None else good_log(path))
    FAULTS[fault][2](tables)
    path.write_bytes(orjson.dumps(tables))
    return path.read_bytes()


def counts(path: Path) -> dict[str, int]:
    tables = orjson.loads(path.read_bytes())
    return {name: len(tables[name]) for name in TABLES}


def _app(path: Path) -> NetcallApp:
    return NetcallApp(store=Store.open(path), config_path=path.parent / "config.toml")


async def _settle(pilot: Any) -> None:
    for _ in range(4):
        await pilot.pause()


def _notes(app: NetcallApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


# --- the app ---------------------------------------------------------------------------


@pytest.mark.parametrize("fault", list(FAULTS))
async def test_the_app_starts_without_the_bad_record_and_leaves_the_file(
    fault: str, db_path: Path
) -> None:
    before = spoiled(db_path, fault)
    held = counts(db_path)
    table = FAULTS[fault][0]
    app = _app(db_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await _settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)  # asked at once what becomes of it
        note = "1 record could not be read — see `netcall doctor`"
        assert note in _notes(app)
        assert note in app.sub_title
        with app.session.reading() as store:
            shown = {name: store.records(name) for name in TABLES}
            assert [(b.table, b.field) for b in store.bad] == [FAULTS[fault][:2]]
        assert len(shown[table]) == held[table] - 1  # every good record, not the bad one
        await pilot.click("#answer-later")
        await _settle(pilot)
        await pilot.press("l")  # the session log opens on the good records
        await _settle(pilot)
        assert type(app.screen).__name__ == "LogScreen"
        await pilot.press("escape")
        await _settle(pilot)
    app.session.close()
    app.loaded_store.close()
    assert db_path.read_bytes() == before  # not rewritten: no choice was made


async def test_keep_going_keeps_a_copy_of_the_file_then_saves(db_path: Path) -> None:
    before = spoiled(db_path, "started_at-text")
    app = _app(db_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await _settle(pilot)
        await pilot.click("#answer-keep")
        await _settle(pilot)
        app.session.drain()
        assert not app.session.held
    app.session.close()
    app.loaded_store.close()
    copies = list(db_path.parent.glob("calls.json.unreadable-records-*"))
    assert len(copies) == 1
    assert copies[0].read_bytes() == before
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
    assert db_path.read_bytes() != before
    with Store.open(db_path, read_only=True) as store:
        assert store.bad == ()  # saved without it


async def test_restore_brings_back_the_newest_good_backup(db_path: Path) -> None:
    good = good_log(db_path)
    backups = db_path.parent / "backups"
    backups.mkdir()
    (backups / "calls.2026-11-20.json").write_bytes(good)
    before = spoiled(db_path, "caller-name-42", good)
    (backups / "calls.2026-11-25.json").write_bytes(before)  # newer, but not good
    app = _app(db_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await _settle(pilot)
        await pilot.click("#answer-restore")
        await _settle(pilot)
        assert not app.session.held and not app.session.bad_records
        assert "1 record could not be read" not in app.sub_title
    app.session.close()
    app.loaded_store.close()
    assert db_path.read_bytes() == good
    aside = list(db_path.parent.glob("calls.json.replaced-*"))
    assert [p.read_bytes() for p in aside] == [before]  # the file as it was, kept


def test_held_log_refuses_changes_but_keeps_the_live_calls_draft(db_path: Path) -> None:
    from netcall_tui.store.errors import HeldError  # here: the test runs on older code too

    before = spoiled(db_path, "unknown-outcome")
    with Store.open(db_path) as store:
        store.save_draft({"call_id": "live", "caller": {"name": "Ana"}})
        assert store.load_draft() is not None
        with pytest.raises(HeldError, match="ctrl\\+r"):
            store.meta.set("x", 1)
    assert db_path.read_bytes() == before


# --- the command line, as real processes ------------------------------------------------


@pytest.mark.parametrize("fault", list(FAULTS))
def test_log_export_and_doctor_skip_and_explain(fault: str, db_path: Path) -> None:
    before = spoiled(db_path, fault)
    table, field, _spoil = FAULTS[fault]
    db = str(db_path)
    log_run = netcall("--db", db, "log", "-n", "0")
    export_run = netcall("--db", db, "export", "--format", "csv")
    doctor_run = netcall("--db", db, "doctor")
    for run, code in [(log_run, 0), (export_run, 0), (doctor_run, 1)]:
        assert "Traceback" not in run.stderr
        assert run.returncode == code, run.stderr
    skipped = "netcall: 1 record could not be read and was skipped — see `netcall doctor`"
    assert skipped in log_run.stderr and skipped in export_run.stderr
    assert f"{table} record " in doctor_run.stdout and f": {field} " in doctor_run.stdout
    assert "--fix keep" in doctor_run.stdout
    assert db_path.read_bytes() == before


def test_doctor_fix_keep_and_restore_for_scripts(db_path: Path) -> None:
    good = good_log(db_path)
    (db_path.parent / "backups").mkdir()
    (db_path.parent / "backups" / "calls.2026-11-20.json").write_bytes(good)
    spoiled_bytes = spoiled(db_path, "phases-not-a-list", good)
    restored = netcall("--db", str(db_path), "doctor", "--fix", "restore")
    assert restored.returncode == 0, restored.stderr
    assert db_path.read_bytes() == good
    assert netcall("--db", str(db_path), "doctor").returncode == 0
    db_path.write_bytes(spoiled_bytes)
    kept = netcall("--db", str(db_path), "doctor", "--fix", "keep")
    assert kept.returncode == 0, kept.stderr
    assert [p.read_bytes() for p in db_path.parent.glob("calls.json.unreadable-records-*")] == [
        spoiled_bytes
    ]
    clean = netcall("--db", str(db_path), "doctor")
    assert clean.returncode == 0 and "can be read" in clean.stdout


async def test_a_call_logged_before_the_choice_is_not_lost(db_path: Path) -> None:
    from ..app.console_steps import console, start_call

    async def settle() -> None:  # not workers.wait_for_complete: the question is one
        app.session.drain()
        await _settle(pilot)

    spoiled(db_path, "no-caller_name")
    app = _app(db_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await _settle(pilot)
        await pilot.click("#answer-later")
        await _settle(pilot)
        await start_call(pilot, "Ana Moreno")
        console(app).call.save_draft_if_dirty()
        await settle()
        assert (db_path.parent / "calls.json.draft").exists()  # the live call is protected
        await pilot.press("G")
        await settle()
        assert isinstance(app.screen, ChoiceScreen)  # the refused save asks the question
        assert console(app).live is not None  # and the call is open again
        await pilot.click("#answer-keep")
        await settle()
        await pilot.press("G")
        await settle()
    app.session.close()
    app.loaded_store.close()
    names = [c["caller_name"] for c in orjson.loads(db_path.read_bytes())["calls"].values()]
    assert "Ana Moreno" in names
