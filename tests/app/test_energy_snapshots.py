"""How a call left you, pinned: the question on the hint line after logging, and the idle
guidance's advice when the last four weeks ran low (80x24 and 160x48)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from ..helpers import SIZES
from .console_steps import settle, start_call
from .test_console_energy import rated_weeks


@pytest.mark.parametrize("size", SIZES)
def test_asked_how_the_call_left_you(snap_compare, make_app, frozen_now, size) -> None:
    async def run_before(pilot: Pilot) -> None:
        await start_call(pilot)
        await pilot.press("G")
        await settle(pilot)
        pilot.app.clear_notifications()  # "Logged: …" would sit over the question
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_low_weeks_suggest_a_smaller_budget(snap_compare, make_app, store, frozen_now, size):
    rated_weeks(store, 2)

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)
