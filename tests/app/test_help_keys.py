"""Help at 80x24 (issue 11, item 14): netcall's keys only, each id whole, ctrl+p once;
the palette names every action's key."""

from __future__ import annotations

import pytest
from textual.binding import Binding

from netcall_tui.app import NetcallApp
from netcall_tui.ui.console.bindings import CONSOLE_BINDINGS
from netcall_tui.ui.screens.help import HelpScreen

from .console_steps import start_call
from .screen_text import screen_lines


async def help_text(pilot, app: NetcallApp) -> str:
    """Every line help draws, scrolled through to the end."""
    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    seen: list[str] = []
    for _ in range(60):
        seen += screen_lines(app)
        await pilot.press("down")
        await pilot.pause()
    return "\n".join(seen)


@pytest.mark.parametrize("live", [False, True], ids=["idle", "call"])
async def test_help_shows_every_id_whole_at_80x24(make_app, frozen_now, live) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        if live:
            await start_call(pilot)
        # The palette, as it stands here: "key:" for some actions and not others.
        commands = list(app.get_system_commands(app.screen))
        assert "Keys" not in [c.title for c in commands]  # Textual's generic keys: help is ?
        netcall = [c for c in commands if c.title not in {"Theme", "Screenshot", "Maximize"}]
        assert netcall and all(c.help.startswith("key: ") for c in netcall), netcall
        text = await help_text(pilot, app)
        ids = {b.id for b in [*CONSOLE_BINDINGS, *NetcallApp.BINDINGS] if isinstance(b, Binding)}
        missing = {name for name in ids if f" {name} " not in text.replace("│", " ")}
        assert not missing
        assert isinstance(app.screen, HelpScreen)
        assert [row.keys for row in app.screen.rows].count("^p") == 1


async def test_help_lists_netcall_keys_only(make_app, frozen_now) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        rows = app.screen.rows
        assert all(row.id for row in rows if row.keys != "^p")
        does = {row.does for row in rows}
        # Textual's generic keys: focus, scrolling, copy, its own ctrl+q
        assert not does & {"Focus Next", "Scroll Up", "Page Down", "Copy selected text"}
        assert "^q" not in {row.keys for row in rows}
        ids = [row.id for row in rows if row.id]
        assert len(ids) == len(set(ids))
