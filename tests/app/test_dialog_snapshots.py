"""Every dialog, pinned at both sizes: the forms and choices a call and the log open.

Update after an intended change with `pytest --snapshot-update`, and look at the diff.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import Button

from netcall_tui.store.db import Store
from netcall_tui.ui.screens.log import LogScreen

from ..helpers import SIZES, fixed_now, seed
from .console_steps import start_call

Step = Callable[[Pilot], Awaitable[None]]


def in_call(*keys: str, then: Step | None = None) -> Step:
    """Start a call with Dana, press `keys`, and let the dialog settle."""

    async def run_before(pilot: Pilot) -> None:
        await start_call(pilot)
        pilot.app.clear_notifications()
        await pilot.press(*keys)
        await pilot.pause()
        if then is not None:
            await then(pilot)
        await pilot.pause()

    return run_before


async def refer_anyway(pilot: Pilot) -> None:
    pilot.app.screen.query_one("#answer-refer", Button).press()
    await pilot.pause()


DIALOGS = {
    "caller_form": None,  # n, below: the form itself
    "promise": in_call("p"),
    "interview_when": in_call("I"),
    "referral_gate": in_call("R"),
    "referral_to_whom": in_call("R", then=refer_anyway),
    "honest_no_avenue": in_call("H"),
    "discard": in_call("ctrl+x"),
    "quit_during_call": in_call("q"),
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("dialog", sorted(DIALOGS))
def test_console_dialog(snap_compare, make_app, frozen_now, size, dialog: str) -> None:
    run_before = DIALOGS[dialog]
    if run_before is None:
        assert snap_compare(make_app(), press=["n"], terminal_size=size)
        return
    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


def in_log(*keys: str) -> Step:
    """Open the demo log, the newest call's detail, then press `keys`."""

    async def run_before(pilot: Pilot) -> None:
        await pilot.app.push_screen(LogScreen(now=fixed_now))
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        for key in keys:  # a dialog's worker waits on it: pause, never wait for workers
            await pilot.press(key)
            await pilot.pause()
            await pilot.pause()

    return run_before


LOG_DIALOGS = {
    "export": in_log("down", "x"),  # down: focus starts in the filter
    "outcome_edit": in_log("down", "enter", "o"),
    "delete_call": in_log("down", "enter", "d"),
    "forget_person": in_log("down", "enter", "F"),
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("dialog", sorted(LOG_DIALOGS))
def test_log_dialog(
    snap_compare, make_app, store: Store, frozen_now, size, dialog: str, monkeypatch
) -> None:
    monkeypatch.setenv("HOME", "/home/you")  # the export's suggested file is shown
    seed(store)
    assert snap_compare(make_app(), terminal_size=size, run_before=LOG_DIALOGS[dialog])


@pytest.mark.parametrize("size", SIZES)
def test_caller_form_lists_known_callers(
    snap_compare, make_app, store: Store, frozen_now, size
) -> None:
    """ "ma" typed over the demo log: several callers, name starts first, then a later word."""
    seed(store)
    assert snap_compare(make_app(), press=["n", "m", "a"], terminal_size=size)
