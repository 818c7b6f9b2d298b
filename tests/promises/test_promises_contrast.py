"""The promises view's texts in every theme: overdue red, today's amber, done muted, the
counts line, all at least 4.5:1 (7:1 in the high-contrast theme), as every screen."""

from __future__ import annotations

import pytest

from netcall_tui.core.config import Config
from netcall_tui.ui.screens.promises import PromisesScreen
from netcall_tui.ui.widgets.log_table import LogTable

from ..app.contrast import text_pairs
from ..app.test_contrast import THEMES
from ..helpers import fixed_now

pytestmark = pytest.mark.usefixtures("frozen_now")


@pytest.mark.parametrize("theme", sorted(THEMES))
async def test_every_text_is_readable(theme: str, make_app, seeded) -> None:
    app = make_app(Config(theme=theme))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.clear_notifications()
        screen = PromisesScreen(now=fixed_now)
        await app.push_screen(screen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        low = [str(p) for p in text_pairs(app).values() if p.ratio < THEMES[theme]]
        screen.query_one(LogTable).focus()
        await pilot.pause()
        low += [str(p) for p in text_pairs(app).values() if p.ratio < THEMES[theme]]
    assert not low, "\n".join(low)
