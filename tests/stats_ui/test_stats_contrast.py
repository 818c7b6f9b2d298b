"""The stats screen's text and bars readable in every theme: 4.5:1, 7:1 in high contrast
(measured on what is drawn, as tests/app/test_contrast.py does for the other screens)."""

from __future__ import annotations

import pytest

from netcall_tui.core.config import Config
from netcall_tui.services.stats import StatsOps

from ..app.contrast import text_pairs
from ..app.test_contrast import THEMES
from .made import made_stats
from .steps import open_stats


@pytest.mark.parametrize("theme", sorted(THEMES))
async def test_the_statistics_are_readable(theme: str, make_app, monkeypatch) -> None:
    stats = made_stats()  # over-budget bars, the budget's line, the low-energy advice
    monkeypatch.setattr(StatsOps, "figures", lambda self, now, calls, minutes: stats)
    app = make_app(Config(theme=theme))
    low: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.clear_notifications()
        await open_stats(pilot)
        for _ in range(8):
            low += [str(p) for p in text_pairs(app).values() if p.ratio < THEMES[theme]]
            await pilot.press("pagedown")
            await pilot.pause()
    assert not low, "\n".join(dict.fromkeys(low))
