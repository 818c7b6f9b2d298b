"""Issue 11, item 12: every text in every theme >= 4.5:1 (>= 7:1 in the high-contrast
theme), measured on what is drawn at 100x30 on each screen a user meets."""

from __future__ import annotations

import pytest

from netcall_tui.core.config import Config

from .console_steps import start_call
from .contrast import Pair, text_pairs

THEMES = {"netcall-dark": 4.5, "netcall-light": 4.5, "netcall-contrast": 7.0}


async def screens(pilot, clock):  # type: ignore[no-untyped-def]
    """Each screen to measure, as (name, nothing): the app shows it when yielded."""
    yield "console idle"
    await start_call(pilot)
    yield "call calm"
    clock.advance(4 * 60 + 5)
    pilot.app.screen.tick()
    await pilot.pause()
    yield "call warning"
    clock.advance(60)
    pilot.app.screen.tick()
    await pilot.pause()
    yield "call overtime"
    await pilot.press("space")
    await pilot.pause()
    yield "paused"
    await pilot.press("R")
    await pilot.pause()
    yield "dialog"
    await pilot.press("escape")
    await pilot.pause()
    await pilot.press("question_mark")
    await pilot.pause()
    yield "help"
    await pilot.press("escape")
    await pilot.pause()
    await pilot.press("l")
    await pilot.pause()
    yield "log"


@pytest.mark.parametrize("theme", sorted(THEMES))
async def test_every_text_is_readable(theme: str, make_app, clock, store) -> None:
    from tests.helpers import seed

    seed(store)
    app = make_app(Config(theme=theme))
    low: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.clear_notifications()
        async for name in screens(pilot, clock):
            await pilot.pause()
            pairs: dict[tuple[str, str, str], Pair] = text_pairs(app)
            low += [f"{name}: {p}" for p in pairs.values() if p.ratio < THEMES[theme]]
    assert not low, "\n".join(low)


async def test_the_theme_picker_offers_netcalls_themes_first(make_app) -> None:
    from netcall_tui.ui.themes import ThemeChoices

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.search_themes()
        await pilot.pause()
        provider = ThemeChoices(app.screen)
        names = [name for name, _ in provider.commands]
        assert names[:3] == ["netcall-contrast", "netcall-dark", "netcall-light"]
        assert "textual-dark" in names[3:]
        await pilot.press("escape")
