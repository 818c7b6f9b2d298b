"""Snapshots of the promises view with the demo's promises and one in each group (a year
overdue, today, this week, a referral's step), and of each of its dialogs, at 80x24 and
160x48 (the wall clock fixed, as for the log's)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from netcall_tui.store.db import Store
from netcall_tui.ui.screens.promises import PromisesScreen
from netcall_tui.ui.widgets.log_table import LogTable

from ..helpers import SIZES, fixed_now

pytestmark = pytest.mark.usefixtures("frozen_now")


async def _open(pilot: Pilot, starts: str = "") -> PromisesScreen:
    screen = PromisesScreen(now=fixed_now)
    await pilot.app.push_screen(screen)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    table = screen.query_one(LogTable)
    table.focus()
    if starts:
        table.move_to(next(i for i, r in enumerate(screen.view.shown) if r.text.startswith(starts)))
    await pilot.pause()
    return screen


@pytest.mark.parametrize("size", SIZES)
def test_promises_demo(snap_compare, make_app, seeded: Store, size: tuple[int, int]) -> None:
    async def run_before(pilot: Pilot) -> None:
        await _open(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


# Each dialog: the promise it is for, and the keys that open it.
DIALOGS = {
    "done_note": ("Send Dana", ("d",)),
    "interview_held": ("Meet Dmitri", ("d",)),
    "snooze": ("Send Sam", ("z",)),
    "snooze_date": ("Send Sam", ("z", "right", "right", "enter")),
    "edit": ("Meet Dmitri", ("e",)),
    "drop": ("Read Dana", ("x",)),
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("dialog", sorted(DIALOGS))
def test_promise_dialog(
    snap_compare, make_app, seeded: Store, dialog: str, size: tuple[int, int]
) -> None:
    starts, keys = DIALOGS[dialog]

    async def run_before(pilot: Pilot) -> None:
        await _open(pilot, starts)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)
