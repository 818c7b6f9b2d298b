"""What the console looks like, pinned: fixed sizes, frozen wall clock, fake timer clock.

Update after an intended change with `pytest --snapshot-update`, and look at the diff.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from netcall_tui.core.config import Config

from ..helpers import FROZEN, SIZES
from .console_steps import start_call


@pytest.mark.parametrize("size", SIZES)
def test_empty_console(snap_compare, make_app, frozen_now, size) -> None:
    assert snap_compare(make_app(), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_call_in_story_phase(snap_compare, make_app, clock, frozen_now, size) -> None:
    async def run_before(pilot: Pilot) -> None:
        await start_call(pilot)
        await pilot.press("1", "3", "8")
        clock.advance(125)
        pilot.app.screen.tick()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_call_in_overtime(snap_compare, make_app, clock, frozen_now, size) -> None:
    async def run_before(pilot: Pilot) -> None:
        await start_call(pilot, "[bold red]Eve[/] Markup")
        await pilot.press("1")
        clock.advance(5 * 60 + 83)  # 1:23 over the story limit
        pilot.app.screen.tick()
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    app = make_app(Config(warning_minutes=1))
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_help_screen(snap_compare, make_app, frozen_now, size) -> None:
    assert snap_compare(make_app(), press=["question_mark"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_light_theme_call(snap_compare, make_app, clock, frozen_now, size) -> None:
    async def run_before(pilot: Pilot) -> None:
        await start_call(pilot)
        await pilot.press("2")
        clock.advance(250)  # in the last minute: the warning colour
        pilot.app.screen.tick()
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    app = make_app(Config(theme="netcall-light"))
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_call_paused_in_last_minute(snap_compare, make_app, clock, frozen_now, size) -> None:
    async def run_before(pilot: Pilot) -> None:
        await start_call(pilot)
        clock.advance(4 * 60 + 20)  # in the story's last minute
        pilot.app.screen.tick()
        await pilot.press("space")
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_promises_due_in_the_header_and_pane(
    snap_compare, make_app, store, frozen_now, size
) -> None:
    """Issue 14: '3 due today · 2 overdue' in the header; the pane most urgent first, a
    very long promise cut with …, last year's date with its year, the rest counted."""
    from .test_console_promises import LONG, add, three_today_two_overdue

    three_today_two_overdue(store)
    add(store, LONG, FROZEN.add(days=2).at(17), "Dana Whitfield")
    for n in range(8):
        add(store, f"Note {n}", FROZEN.add(weeks=2 + n).at(17))
    assert snap_compare(make_app(), terminal_size=size)
