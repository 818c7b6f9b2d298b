"""Steps for the stats screen's Pilot and snapshot tests: open it from the console and
wait for its figures (counted on a thread)."""

from __future__ import annotations

from textual.pilot import Pilot

from netcall_tui.ui.screens.stats import StatsScreen

from ..app.referral_steps import until

SECTIONS = ("calls", "minutes", "year", "mix", "timing", "network", "busiest", "energy")


async def counted(pilot: Pilot) -> StatsScreen:
    """The stats screen on top with its figures shown."""
    screen = await until(pilot, StatsScreen)
    assert isinstance(screen, StatsScreen)
    for _ in range(500):
        if screen.stats is not None and screen.query("#stats-energy"):
            break
        await pilot.pause()
    else:
        raise AssertionError("the figures were never shown")
    await pilot.pause()
    return screen


async def open_stats(pilot: Pilot) -> StatsScreen:
    """s on the console: the statistics, counted."""
    await pilot.press("s")
    return await counted(pilot)
