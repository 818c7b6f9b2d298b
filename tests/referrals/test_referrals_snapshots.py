"""Snapshots of the referrals view with the demo's referrals, and its result question,
at 80x24 and 160x48 (the wall clock fixed, as for the log's)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from netcall_tui.store.db import Store
from netcall_tui.ui.screens.referrals import ReferralsScreen
from netcall_tui.ui.widgets.log_table import LogTable

from ..helpers import SIZES, fixed_now


async def _open(pilot: Pilot) -> ReferralsScreen:
    screen = ReferralsScreen(now=fixed_now)
    await pilot.app.push_screen(screen)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return screen


@pytest.mark.parametrize("size", SIZES)
def test_referrals_demo(snap_compare, make_app, seeded: Store, size: tuple[int, int]) -> None:
    async def run_before(pilot: Pilot) -> None:
        screen = await _open(pilot)
        screen.query_one(LogTable).focus()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_referral_result(snap_compare, make_app, seeded: Store, size: tuple[int, int]) -> None:
    async def run_before(pilot: Pilot) -> None:
        screen = await _open(pilot)
        table = screen.query_one(LogTable)
        table.focus()
        table.move_to(next(i for i, r in enumerate(screen.view.shown) if r.state == "introduced"))
        await pilot.press("c")
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)
