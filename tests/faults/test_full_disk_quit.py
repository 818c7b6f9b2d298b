"""Quitting after a failed save: the call is never lost without a word (a real full disk).

It used to be: G on a full disk said "Not saved… press ctrl+s", q exited at once, and
stderr said the changes were "kept in memory" — gone with the process.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button

from netcall_tui.app import NetcallApp
from netcall_tui.cli.launch import close_truthfully
from netcall_tui.core.config import Config
from netcall_tui.store.db import Store
from netcall_tui.store.errors import StoreError
from netcall_tui.ui.dialogs.choice import ChoiceScreen

from ..app.console_steps import settle, start_call
from ..helpers import fill_disk


async def log_on_a_full_disk(pilot, disk: Path) -> None:
    await start_call(pilot, "Rafael Ortiz")
    fill_disk(disk)
    await pilot.press("G")
    await settle(pilot)
    assert pilot.app.session.unsaved


@pytest.mark.parametrize("choice", ["retry", "copy", "lose", "stay"])
async def test_q_with_unsaved_changes_asks_what_becomes_of_them(
    small_disk: Path, clock, tmp_path: Path, choice: str
) -> None:
    store = Store.open(small_disk / "calls.json")
    app = NetcallApp(Config(), store=store, clock=clock)
    app.bell = lambda: None  # type: ignore[method-assign]  # no terminal to ring
    async with app.run_test(size=(100, 30)) as pilot:
        await log_on_a_full_disk(pilot, small_disk)
        await pilot.press("q")
        await pilot.pause()
        assert "Not saved yet" in str(app.screen.query_one("#choice-title").render())
        if choice == "retry":
            (small_disk / "filler").unlink()  # room again: the retry goes through
        app.screen.query_one(f"#answer-{choice}", Button).press()
        await settle(pilot)
        assert app.is_running == (choice == "stay")
    if choice == "copy":
        (copy,) = (tmp_path / "home").glob("netcall-unsaved-*.json")
        assert app.discard_unsaved and str(copy) in (app.exit_note or "")
        with Store.open(copy, read_only=True) as kept:
            assert [c.caller_name for c in kept.calls.list()] == ["Rafael Ortiz"]
    elif choice == "retry":
        assert not app.discard_unsaved and not store.unsaved
        assert [c.caller_name for c in store.calls.list()] == ["Rafael Ortiz"]
    elif choice == "lose":
        assert app.discard_unsaved and "lost" in (app.exit_note or "")
    store.close(discard_unsaved=True)


def test_closing_on_a_full_disk_keeps_a_copy_and_says_where(small_disk: Path, tmp_path: Path):
    """The command line's last word after the app: never 'kept in memory'."""
    from netcall_tui.core.domain.records import Caller

    store = Store.open(small_disk / "calls.json")
    fill_disk(small_disk)
    with pytest.raises(StoreError):
        store.callers.add(Caller("Rafael Ortiz"))
    with pytest.raises(StoreError) as caught:
        close_truthfully(store, discard=False)
    (copy,) = (tmp_path / "home").glob("netcall-unsaved-*.json")
    message = str(caught.value)
    assert f"they are kept in {copy}" in message and "kept in memory" not in message
    with Store.open(copy, read_only=True) as kept:
        assert [c.name for c in kept.callers.all()] == ["Rafael Ortiz"]


async def test_a_retry_that_fails_asks_again_and_says_why(small_disk: Path, clock) -> None:
    """Still full: the question comes back with the reason in it, not in a toast that
    would cover it at 80x24 (the 'Not saved' toasts are cleared when it opens)."""
    store = Store.open(small_disk / "calls.json")
    app = NetcallApp(Config(), store=store, clock=clock)
    app.bell = lambda: None  # type: ignore[method-assign]  # no terminal to ring
    async with app.run_test(size=(80, 24)) as pilot:
        await log_on_a_full_disk(pilot, small_disk)
        await pilot.press("q")
        await pilot.pause()
        assert list(app._notifications) == []
        app.screen.query_one("#answer-retry", Button).press()
        # The quit worker waits on the question it asks again: wait for that question,
        # not for the workers. The retry runs in a thread; pauses until it is back.
        for _ in range(200):
            await pilot.pause()
            if "Tried again" in str(app.screen.query_one("#choice-body").render()):
                break
        body = str(app.screen.query_one("#choice-body").render())
        assert "Tried again: No space left on device" in body
        buttons = app.screen.query(Button)
        assert all(b.region.right <= app.screen.query_one("Vertical").region.right for b in buttons)
        app.screen.query_one("#answer-stay", Button).press()
        await settle(pilot)
        assert app.is_running and not isinstance(app.screen, ChoiceScreen)
    store.close(discard_unsaved=True)
