"""The statistics screen from the console: s opens it idle and during a call (back
restores the console and its call), focus on the scrolling body, printable keys do
nothing harmful, "Counting…" until the worker's figures are in, every section reached
by scrolling at 80x24, 60x20 holds, and the demo's half-year shown."""

from __future__ import annotations

import string
import threading

import pytest

from netcall_tui.core.stats.figures import Stats
from netcall_tui.services.stats import StatsOps
from netcall_tui.store.db import Store
from netcall_tui.ui.console.screen import ConsoleScreen
from netcall_tui.ui.screens.stats import COUNTING, StatsScreen
from netcall_tui.ui.widgets.bar_chart import BarChart

from ..app.console_steps import console, start_call
from ..app.screen_text import screen_lines
from ..helpers import seed
from .made import made_stats
from .steps import SECTIONS, open_stats


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> Stats:
    stats = made_stats()
    monkeypatch.setattr(StatsOps, "figures", lambda self, now, calls, minutes: stats)
    return stats


async def test_s_opens_the_statistics_idle_and_escape_goes_back(make_app, made) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = await open_stats(pilot)
        assert screen.stats is made
        assert app.focused is screen.query_one("#stats-body")
        assert [s.id for s in screen.query(".stats-section")] == [f"stats-{n}" for n in SECTIONS]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConsoleScreen)


async def test_during_a_call_q_goes_back_to_the_call(make_app, made, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        live = (await start_call(pilot, "Ada Brook")).live
        await open_stats(pilot)
        await pilot.press("q")  # back, not quit
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ConsoleScreen)
        assert console(app).live is live and live is not None
        assert live.caller.name == "Ada Brook"
        assert store.calls.count() == 0  # nothing logged by going there and back


async def test_printable_keys_do_nothing_harmful(make_app, made, store: Store) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await start_call(pilot)
        screen = await open_stats(pilot)
        keys = [c for c in string.printable if c.isprintable() and c not in "q?"]
        await pilot.press(*keys)
        await pilot.pause()
        assert app.screen is screen
        assert console(app).live is not None  # the call goes on below
        assert store.calls.count() == 0


async def test_counting_until_the_figures_are_in(make_app, monkeypatch) -> None:
    release = threading.Event()
    stats = made_stats()

    def slow(self, now, calls, minutes) -> Stats:  # type: ignore[no-untyped-def]
        assert release.wait(10)
        return stats

    monkeypatch.setattr(StatsOps, "figures", slow)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        assert any(COUNTING in line for line in screen_lines(app))
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.stats is stats
        assert not any(COUNTING in line for line in screen_lines(app))


async def test_scrolling_at_80x24_reaches_every_section(make_app, made) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = await open_stats(pilot)
        body = screen.query_one("#stats-body")
        seen: set[str] = set()
        for _ in range(30):
            visible = body.content_region
            for section in screen.query(".stats-section"):
                if section.region.overlaps(visible):
                    seen.add(section.id or "")
            if body.scroll_y >= body.max_scroll_y:
                break
            await pilot.press("pagedown")
            await pilot.pause()
        assert seen == {f"stats-{n}" for n in SECTIONS}
        assert any("Busiest: Tuesdays" in line for line in screen_lines(app))


async def test_a_60x20_terminal_holds(make_app, made) -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        screen = await open_stats(pilot)
        for chart in screen.query(BarChart):
            assert chart.size.width <= 60
        lines = screen_lines(app)
        assert all(len(line) <= 60 for line in lines)
        assert any("Calls per week" in line for line in lines)
        assert any("10┤" in line for line in lines)  # the chart with its axis


async def test_the_stats_screen_with_demo_data(make_app, store: Store, frozen_now) -> None:
    seed(store)  # the demo's half-year
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        screen = await open_stats(pilot)
        stats = screen.stats
        assert stats is not None
        assert sum(week.calls for week in stats.weeks) == store.calls.count()
        lines = screen_lines(app)
        assert any("Calls per week · last 12 weeks (7 Sep – 26 Nov 2026)" in ln for ln in lines)
        assert any("┤" in line and "─" in line for line in lines)  # a budget line drawn
        await pilot.press("end")
        await pilot.pause()
        assert any("Busiest:" in line for line in screen_lines(app))


async def test_help_and_the_palette_offer_the_statistics(make_app, made) -> None:
    from netcall_tui.ui.screens.help import HelpScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert commands["Statistics"].startswith("key: s ·")
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert ("s", "open_stats") in {(row.keys, row.id) for row in app.screen.rows}
        await pilot.press("escape")
        await open_stats(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = {(row.keys, row.id) for row in app.screen.rows}
        assert ("esc/q", "stats.back") in rows
        assert "quit" not in {row.id for row in app.screen.rows}  # q goes back here


async def test_back_before_the_figures_are_in(make_app, monkeypatch) -> None:
    release = threading.Event()
    stats = made_stats()

    def slow(self, now, calls, minutes) -> Stats:  # type: ignore[no-untyped-def]
        assert release.wait(10)
        return stats

    monkeypatch.setattr(StatsOps, "figures", slow)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ConsoleScreen) and app.is_running


async def test_the_bars_widen_with_the_terminal(make_app, made) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = await open_stats(pilot)
        chart = screen.query_one("#chart-calls", BarChart)
        narrow = max(len(line.rstrip()) for line in str(chart.render()).splitlines())
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        wide = max(len(line.rstrip()) for line in str(chart.render()).splitlines())
        assert narrow <= 78 < wide
