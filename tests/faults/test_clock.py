"""The wall clock misbehaving: stepped back during a call (NTP, a user), and typed times
the clocks change over (issue 12, items 4 and 9)."""

from __future__ import annotations

from collections.abc import Callable

import pendulum
from textual.widgets import Static

from netcall_tui.app import NetcallApp
from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.form import FormScreen
from tests.app.console_steps import console, fill, settle, start_call
from tests.conftest import FakeClock

NEW_YORK = pendulum.timezone("America/New_York")


async def test_a_clock_stepped_back_mid_call_still_logs_and_restarts(
    make_app: Callable[..., NetcallApp], store: Store, clock: FakeClock
) -> None:
    """Ten minutes in, the wall clock goes back an hour: the call logs, ends ten minutes
    after it started, and the next start is clean (it used to fail, then fail again from
    the draft on every start)."""
    started = pendulum.datetime(2026, 11, 26, 10, 0, tz="Europe/London")
    app = make_app()
    with pendulum.travel_to(started, freeze=True):
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await start_call(pilot)
            clock.advance(600)
            await pilot.pause()
            with pendulum.travel_to(started.subtract(minutes=50), freeze=True):
                await pilot.press("G")
                await settle(pilot)
            assert screen.live is None
    (call,) = store.calls.all()
    assert call.ended_at is not None
    assert call.ended_at.timestamp() == started.add(minutes=10).timestamp()
    again = make_app()
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert console(again).live is None
        assert [n for n in again._notifications if n.severity == "error"] == []


async def test_a_time_typed_on_the_fall_back_night_says_which_was_taken(
    make_app: Callable[..., NetcallApp], store: Store
) -> None:
    app = make_app()
    with (
        pendulum.test_local_timezone(NEW_YORK),
        pendulum.travel_to(pendulum.datetime(2026, 10, 28, 9, tz=NEW_YORK), freeze=True),
    ):
        async with app.run_test(size=(100, 30)) as pilot:
            await start_call(pilot)
            await pilot.press("I")
            await pilot.pause()
            form = app.screen
            assert isinstance(form, FormScreen)
            form.query_one("#field-when").value = "2026-11-01 01:30"  # type: ignore[attr-defined]
            await pilot.pause()
            preview = str(form.query_one("#preview-when", Static).render())
            assert "comes twice that night" in preview and "UTC-04:00" in preview
            await fill(pilot, "when", "2026-11-01 01:30")
            await settle(pilot)
    (call,) = store.calls.all()
    assert call.outcome is not None and call.outcome.when is not None
    assert call.outcome.when.isoformat() == "2026-11-01T01:30:00-04:00"
