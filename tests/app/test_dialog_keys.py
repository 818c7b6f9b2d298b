"""Dialogs during a call (issue 11, item 15): the countdown stays in sight and keeps
running beneath them, each says how to confirm and cancel, a promise is confirmed."""

from __future__ import annotations

import pytest
from textual.containers import Vertical
from textual.pilot import Pilot
from textual.widgets import Button

from netcall_tui.ui.widgets.call_timer import CallTimer

from ..helpers import SIZES
from .console_steps import console, fill, settle, start_call, toasts
from .screen_text import text_in


async def refer_anyway(pilot: Pilot) -> None:
    pilot.app.screen.query_one("#answer-refer", Button).press()
    await pilot.pause()


# dialog -> the keys that open it, and what its last line says enter does
DIALOGS = {
    "promise": (("p",), "enter save the promise"),
    "interview_when": (("I",), "enter log the call"),
    "follow_up_when": (("F",), "enter log the call"),
    "referral_gate": (("R",), "enter choose"),
    "referral_to_whom": (("R",), "enter log the call"),
    "honest_no_avenue": (("H",), "enter log the call"),
    "discard": (("ctrl+x",), "enter choose"),
    "quit_during_call": (("q",), "enter choose"),
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("dialog", sorted(DIALOGS))
async def test_the_timer_runs_in_sight_under_every_dialog(
    make_app, clock, frozen_now, size, dialog
) -> None:
    keys, confirm = DIALOGS[dialog]
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await start_call(pilot)
        app.clear_notifications()
        await pilot.press(*keys)
        await pilot.pause()
        if dialog == "referral_to_whom":
            await refer_anyway(pilot)
        assert app.screen is not screen, "no dialog opened"
        box = app.screen.query_one(Vertical)
        timer = screen.query_one(CallTimer)
        assert not box.region.overlaps(timer.region), "the dialog covers the countdown"
        before = text_in(app, timer.region)
        clock.advance(61)
        screen.tick()
        await pilot.pause()
        after = text_in(app, timer.region)
        assert before.strip() and after != before, "the countdown doesn't run in sight"
        box_text = text_in(app, box.region)
        assert confirm in box_text and "esc cancel" in box_text, box_text


async def test_a_promise_saved_says_so(make_app, frozen_now) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start_call(pilot)
        app.clear_notifications()
        await pilot.press("p")
        await pilot.pause()
        pilot.app.screen.query_one("#field-text").value = "send the CV to Dana"
        await fill(pilot, "due", "fri")
        await settle(pilot)
        assert console(app).live.promises
        (said,) = [message for title, message in toasts(app) if title == "Promise"]
        assert said.startswith("Promise noted: send the CV to Dana — due Friday 27 November")
