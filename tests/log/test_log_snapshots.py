"""Snapshots of the log (empty, demo data, filtered) and the detail view, 80x24 and 160x48.

The wall clock is fixed (`fixed_now`, in Europe/London), so "3 days ago" and the local
times are the same on every machine and in every time zone.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from netcall_tui.store.db import Store
from netcall_tui.ui.screens.log import LogScreen
from netcall_tui.ui.widgets.log_table import LogTable

from ..helpers import SIZES, fixed_now

Step = Callable[[Pilot], Awaitable[None]]


async def _settle(pilot: Pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def open_log(then: Step | None = None) -> Step:
    async def run_before(pilot: Pilot) -> None:
        await pilot.app.push_screen(LogScreen(now=fixed_now))
        await _settle(pilot)
        if then is not None:
            await then(pilot)
            await _settle(pilot)

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_log_empty(snap_compare, make_app, store: Store, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=open_log())


@pytest.mark.parametrize("size", SIZES)
def test_log_demo(snap_compare, make_app, seeded: Store, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=open_log())


@pytest.mark.parametrize("size", SIZES)
def test_log_filtered(snap_compare, make_app, seeded: Store, size: tuple[int, int]) -> None:
    async def narrow(pilot: Pilot) -> None:
        pilot.app.screen.query_one("#log-filter", Input).value = "promises:open since:6m"

    assert snap_compare(make_app(), terminal_size=size, run_before=open_log(narrow))


@pytest.mark.parametrize("size", SIZES)
def test_detail(snap_compare, make_app, seeded: Store, size: tuple[int, int]) -> None:
    # A call with a promise, from a caller with other calls: every part of the view shows.
    call = next(
        c
        for c in seeded.calls.list()
        if c.promise_ids and len(seeded.callers.history(c.caller_id)) > 1
    )

    async def enter(pilot: Pilot) -> None:
        screen = pilot.app.screen
        assert isinstance(screen, LogScreen)
        index = screen.view.index_of(call.id)
        assert index is not None
        screen.query_one(LogTable).focus()  # focus starts in the filter
        screen.query_one(LogTable).move_to(index)
        await pilot.press("enter")

    assert snap_compare(make_app(), terminal_size=size, run_before=open_log(enter))
