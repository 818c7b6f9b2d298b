"""Steps shared by the console's Pilot and snapshot tests."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input

from netcall_tui.app import NetcallApp
from netcall_tui.ui.console.screen import ConsoleScreen
from netcall_tui.ui.dialogs.caller_form import CallerForm


def console(app: NetcallApp) -> ConsoleScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, ConsoleScreen)
    return screen


async def start_call(pilot: Pilot, name: str = "Dana Whitfield") -> ConsoleScreen:
    await pilot.press("n")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CallerForm)
    pilot.app.screen.query_one("#name", Input).value = name
    await pilot.press("enter")
    await pilot.pause()
    screen = console(pilot.app)  # type: ignore[arg-type]
    assert screen.live is not None
    return screen


async def settle(pilot: Pilot) -> None:
    """Every worker and every queued write done, and their messages handled."""
    await pilot.app.workers.wait_for_complete()
    pilot.app.session.drain()
    await pilot.pause()
    await pilot.pause()


async def fill(pilot: Pilot, field: str, value: str) -> None:
    pilot.app.screen.query_one(f"#field-{field}", Input).value = value
    await pilot.press("enter")
    await pilot.pause()


async def note_promise(pilot: Pilot, text: str, due: str) -> None:
    """p during a call, the promise's words and when, as typed."""
    await pilot.press("p")
    await pilot.pause()
    pilot.app.screen.query_one("#field-text", Input).value = text
    pilot.app.screen.query_one("#field-due", Input).value = due
    await pilot.press("enter")
    await pilot.pause()


def toasts(app: NetcallApp) -> list[tuple[str, str]]:
    return [(n.title or "", n.message) for n in app._notifications]
