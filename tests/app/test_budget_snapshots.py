"""The budget speaking up (issue 15), pinned: the console idle with the week full (the
header's meter in the error text colour) and a call begun on it, the booking phrase
first in the guidance pane and b in the footer."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from netcall_tui.core.config import Config
from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.store.db import Store

from ..helpers import FROZEN, SIZES
from .console_steps import start_call


def full_week(store: Store) -> None:
    """Six calls of twenty minutes on Monday and Tuesday: the week's six are used."""
    caller = store.callers.add(Caller("Sam Okafor"))
    for n in range(6):
        start = FROZEN.subtract(days=2 + n % 2).at(9 + n)
        store.calls.add(Call(caller.id, caller.name, start, ended_at=start.add(minutes=20)))


@pytest.mark.parametrize("size", SIZES)
def test_console_idle_with_the_week_full(snap_compare, make_app, store, frozen_now, size) -> None:
    full_week(store)
    assert snap_compare(make_app(), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_call_begun_on_a_full_week(snap_compare, make_app, store, clock, frozen_now, size) -> None:
    full_week(store)

    async def run_before(pilot: Pilot) -> None:
        await start_call(pilot)
        clock.advance(20)
        pilot.app.screen.tick()
        await pilot.pause()
        pilot.app.clear_notifications()  # the toast's words are a Pilot test's
        await pilot.pause()

    assert snap_compare(make_app(Config()), terminal_size=size, run_before=run_before)
