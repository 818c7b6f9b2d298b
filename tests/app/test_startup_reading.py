"""The console paints first and reads the log after: nothing is usable too early, an
unreadable log still ends in the plain-text explanation and the backup offer."""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot

from netcall_tui import cli
from netcall_tui.app import NetcallApp
from netcall_tui.cli import launch
from netcall_tui.core.call.countdown import Countdown
from netcall_tui.core.call.live import LiveCall
from netcall_tui.core.config import Config
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.store.claim import Claim
from netcall_tui.store.db import Store
from netcall_tui.store.errors import CorruptFileError, LockedError, StoreError
from netcall_tui.ui.dialogs.form import FormScreen
from netcall_tui.ui.widgets.promise_list import PromiseList
from netcall_tui.ui.widgets.waiting import NotesWaiting

from ..helpers import FROZEN
from .console_steps import console, settle


async def read_through(pilot: Pilot) -> None:
    """Until the app's reading thread is done: no sleeping, it waits on the thread."""
    app = pilot.app
    while app._reading is None:  # started by on_ready, just after the first frame
        await pilot.pause()
    await asyncio.to_thread(app.finish_reading)


def log_with_a_draft(db: Path) -> None:
    with Store.open(db) as store:
        caller = store.callers.add(Caller("Dana Whitfield"))
        store.calls.add(Call(caller.id, caller.name, FROZEN.subtract(days=1)))
        store.promises.add(Promise("Send Dana the meetup link", FROZEN.add(days=2)))
        live = LiveCall(caller, Countdown(), FROZEN, notes="keen on fintech")
        store.save_draft(live.to_draft())


def log_with_a_backup(db: Path) -> None:
    """Two days of use (so a backup exists), then the live file cut short."""
    for day in (20, 21):
        with Store.open(db, today=lambda day=day: date(2026, 11, day)) as store:
            caller = store.callers.find_or_create(Caller("Dana Whitfield"))
            store.calls.add(Call(caller.id, caller.name, FROZEN.subtract(days=30 - day)))
    db.write_bytes(b'{"calls": {"1": ')


@pytest.fixture
def reading(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The app's reading thread waits until the test sets this event: the log is 'still
    being read'. (Store.open in the test's own thread is not held.)"""
    event = threading.Event()
    load = Store.load

    def held_load(claim: Claim) -> Store:
        if threading.current_thread() is not threading.main_thread():
            assert event.wait(10)
        return load(claim)

    monkeypatch.setattr(Store, "load", held_load)
    yield event
    event.set()


@pytest.fixture
def claimed_app(clock) -> Iterator[Callable[[Path], NetcallApp]]:
    """Apps on a fresh claim of a log, as `launch` makes them; afterwards the store each
    read is closed, or its claim let go, so no test leaves a log locked. (Ask for it
    before `reading`: that one lets a held reader go first.)"""
    apps: list[NetcallApp] = []

    def make(db: Path) -> NetcallApp:
        apps.append(NetcallApp(Config(), claim=Claim.take(db), clock=clock))
        return apps[-1]

    yield make
    for app in apps:
        if app.loaded_store is not None:
            app.loaded_store.close()
        else:
            app._claim.release()


async def test_the_console_paints_before_the_log_is_read(
    tmp_path: Path, claimed_app, reading: threading.Event, frozen_now
) -> None:
    db = tmp_path / "calls.json"
    log_with_a_draft(db)
    app = claimed_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = console(app)
        assert not app.session.ready
        assert app.sub_title == "reading the call log…"
        pane = screen.query_one(PromiseList)
        assert "reading the call log" in str(pane.render())  # not "none open" yet
        assert screen.check_action("new_call", ()) is False
        await pilot.press("n", "l")
        assert app.screen is screen and not isinstance(app.screen, FormScreen)
        reading.set()
        await settle(pilot)
        assert app.session.ready
        with app.session.reading() as store:
            assert store is app.loaded_store
        assert app.sub_title.startswith("this week: 1 ")
        assert screen.live is not None and screen.live.notes == "keen on fintech"
        assert screen.live.caller.name == "Dana Whitfield"  # the draft came back
        assert any("Restored the call" in str(n.message) for n in app._notifications)
        await pilot.press("ctrl+x")  # discard it: the open promises show when idle
        await pilot.press("right", "enter")
        await settle(pilot)
        assert screen.live is None
        assert screen.waiting is not None
        assert [row.text for row in screen.waiting.rows] == ["Send Dana the meetup link"]
        assert "Send Dana the meetup link" in str(pane.render())
        assert screen.check_action("new_call", ()) is True


async def test_an_unreadable_log_ends_the_app_for_the_command_line_to_explain(
    tmp_path: Path, claimed_app
) -> None:
    db = tmp_path / "calls.json"
    log_with_a_backup(db)
    app = claimed_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await read_through(pilot)  # the reading thread's message ends the app
    assert isinstance(app.load_error, CorruptFileError)
    assert app.return_code == 1 and app.loaded_store is None


def test_recover_restores_the_backup_under_the_lock_it_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "calls.json"
    log_with_a_backup(db)
    claim = Claim.take(db)
    try:
        with pytest.raises(CorruptFileError) as failed:
            Store.load(claim)
        monkeypatch.setattr(launch, "ask_yes_no", lambda question: True)
        launch.recover(claim, failed.value)
        with pytest.raises(LockedError):  # never let go of the log while restoring
            Claim.take(db)
        store = Store.load(claim)
        assert store.calls.count() == 1  # the backup: the first day's call
        store.close()
    finally:
        claim.release()


def test_launch_starts_again_on_the_restored_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "calls.json"
    log_with_a_backup(db)
    runs: list[int] = []

    def run(app: NetcallApp) -> None:  # what the real app does after its first frame
        runs.append(1)
        try:
            app.loaded_store = Store.load(app._claim)
        except CorruptFileError as exc:
            app.load_error = exc

    monkeypatch.setattr(launch, "interactive", lambda: True)
    monkeypatch.setattr(launch, "ask_yes_no", lambda question: True)
    monkeypatch.setattr(NetcallApp, "run", run)
    assert cli.main(["--db", str(db)]) == 0
    assert len(runs) == 2
    err = capsys.readouterr().err
    assert "could not be read" in err and "restored" in err
    with Store.open(db, read_only=True) as store:  # released, and readable
        assert store.calls.count() == 1
    Claim.take(db).release()  # the lock was let go


async def test_quitting_while_a_bad_log_is_read_still_reports_it(
    tmp_path: Path, claimed_app, reading: threading.Event
) -> None:
    db = tmp_path / "calls.json"
    log_with_a_backup(db)
    app = claimed_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.still_reading
        await pilot.press("q")  # no call is live: quits at once
        await pilot.pause()
    reading.set()
    app.finish_reading()  # what launch() does before closing anything
    assert isinstance(app.load_error, CorruptFileError)
    assert not app.still_reading


async def test_any_failure_to_read_becomes_one_plain_error(
    tmp_path: Path, claimed_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(claim: Claim) -> Store:
        raise MemoryError("out of memory")

    monkeypatch.setattr(Store, "load", broken)
    app = claimed_app(tmp_path / "calls.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await read_through(pilot)
    app.finish_reading()
    assert isinstance(app.load_error, StoreError)
    assert "could not read the call log" in str(app.load_error)
    assert "MemoryError" in str(app.load_error)


def test_launch_closes_the_store_it_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "calls.json"
    closed: list[Store] = []
    close = Store.close

    def recording_close(self: Store, **kwargs: object) -> None:
        closed.append(self)
        close(self, **kwargs)  # type: ignore[arg-type]

    def run(app: NetcallApp) -> None:
        app.loaded_store = Store.load(app._claim)

    monkeypatch.setattr(launch, "interactive", lambda: True)
    monkeypatch.setattr(NetcallApp, "run", run)
    monkeypatch.setattr(Store, "close", recording_close)
    assert cli.main(["--db", str(db)]) == 0
    assert len(closed) == 1  # flushed and closed, not just unlocked


def test_an_app_needs_a_store_or_a_claim() -> None:
    with pytest.raises(ValueError, match="needs an open store or a claim"):
        NetcallApp(Config())


async def test_collection_resumes_once_the_first_frame_is_out(make_app) -> None:
    gc.disable()  # as the `netcall` entry point does
    try:
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert gc.isenabled()
    finally:
        gc.enable()


def test_sub_commands_collect_as_usual(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gc.disable()
    try:
        assert cli.main(["--db", str(tmp_path / "calls.json"), "log"]) == 0
        assert gc.isenabled()
    finally:
        gc.enable()


FIRST_FRAME_PROBE = """
import sys
from pathlib import Path
from netcall_tui.app import NetcallApp
from netcall_tui.core.config import Config
from netcall_tui.store.claim import Claim

def on_ready(self):  # the first frame is out
    later = ("pendulum", "tinydb", "orjson", "textual.widgets._text_area",
             "netcall_tui.core.call.live", "netcall_tui.core.call.guidance",
             "netcall_tui.core.stats.load", "netcall_tui.core.network.capital",
             "netcall_tui.core.domain.records", "netcall_tui.core.domain.values")
    loaded = [m for m in later if m in sys.modules]
    print(" ".join(loaded) or "none", flush=True)
    self.exit()

NetcallApp.on_ready = on_ready
claim = Claim.take(Path(sys.argv[1]))
try:
    app = NetcallApp(Config(), claim=claim)
    app.run(headless=True, size=(80, 24))
    app.finish_reading()  # as launch() does: the app quit before its reader began
    print(app.return_code, flush=True)
finally:
    claim.release()
"""


def test_the_first_frame_needs_neither_the_wall_clock_nor_the_store(tmp_path: Path) -> None:
    """Start-up budget: pendulum (~30 ms to import) and the store's libraries arrive with
    the log, after the first frame, the notes editor just after it, and what a live call
    needs (call.live, call.guidance) when one starts. The domain records (~8 ms of
    dataclass building) come with the log too; nothing on the first frame needs them."""
    db = tmp_path / "calls.json"
    with Store.open(db) as store:
        store.callers.add(Caller("Dana Whitfield"))
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_PROBE, str(db)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["none", "0"]  # and quitting that early is clean
    assert "Traceback" not in result.stderr


async def test_the_notes_editor_takes_the_place_of_its_box(make_app) -> None:
    """The first frame draws the notes box (NotesWaiting); the editor replaces it just
    after, in the same place, disabled until a call starts."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = console(app)
        assert not screen.query(NotesWaiting)
        right = screen.query_one("#right")
        assert [type(w).__name__ for w in right.children] == ["GuidancePane", "BoundedTextArea"]
        assert right.children[1] is screen.notes
        assert screen.notes.disabled
        assert screen.notes.border_title == "notes (e to write, esc to leave)"


async def test_quitting_as_the_first_frame_comes_out_does_not_wait_forever(
    tmp_path: Path, claimed_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app stops in the same tick it starts its reader, so Textual cancels the reader
    before its thread begins: the command line must not wait for it."""
    ready = NetcallApp.on_ready

    def ready_then_quit(self: NetcallApp) -> None:
        ready(self)
        self.exit()

    monkeypatch.setattr(NetcallApp, "on_ready", ready_then_quit)
    app = claimed_app(tmp_path / "calls.json")
    async with app.run_test(size=(80, 24)):
        pass
    waiter = threading.Thread(target=app.finish_reading, daemon=True)
    waiter.start()
    waiter.join(timeout=10)  # a thread to join, not a timer: it hung for ever before
    assert not waiter.is_alive()
    assert not app.still_reading
