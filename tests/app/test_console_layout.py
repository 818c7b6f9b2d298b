"""The console's layout at the sizes where it broke (issue 11, items 2, 3, 11 and 17):
what has focus is on screen, the chosen phrase is shown whole, the first frame is laid
out as the settled one, the rest of a long list is counted."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from netcall_tui.app import NetcallApp
from netcall_tui.core.domain.promise import Promise
from netcall_tui.store.db import Store
from netcall_tui.ui.console.screen import ConsoleScreen
from netcall_tui.ui.widgets.caller_card import CallerCard
from netcall_tui.ui.widgets.promise_list import PromiseList

from ..helpers import FROZEN, seed
from .console_steps import settle, start_call

REPEAT_CALLER = "Olumide Mensah"  # three earlier calls and a promise in the demo half-year


@asynccontextmanager
async def repeat_call(
    make_app, store: Store, size: tuple[int, int]
) -> AsyncIterator[tuple[Pilot, ConsoleScreen]]:
    """The demo half-year, and a call with a caller who has called before."""
    seed(store)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        yield pilot, await start_call(pilot, REPEAT_CALLER)


def shown_text(app: NetcallApp, region: Region) -> list[str]:
    """The characters on screen inside `region`, row by row, as the user sees them."""
    rows = []
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        if region.y <= y < region.bottom:
            text = "".join(segment.text for segment in strip)
            rows.append(text[region.x : region.right])
    return rows


def on_screen(app: NetcallApp, widget: Widget) -> bool:
    """Whole, and in the part of the screen the panes have (above the hint line)."""
    panes = app.screen.query_one("#console").region
    return widget.region.area > 0 and panes.contains_region(widget.region)


async def test_notes_with_focus_are_on_screen_for_a_repeat_caller_at_80x24(
    make_app, store: Store, frozen_now
) -> None:
    async with repeat_call(make_app, store, (80, 24)) as (pilot, screen):
        app = pilot.app
        assert screen.live.history.count >= 3
        await pilot.press("e")
        await pilot.pause()
        assert app.focused is screen.notes
        assert on_screen(app, screen.notes)
        await pilot.press(*"typed")
        await pilot.pause()
        assert any("typed" in row for row in shown_text(app, screen.notes.region))
        await pilot.press("escape", "tab")  # and by Tab, whatever it lands on
        await pilot.pause()
        assert app.focused is not None and on_screen(app, app.focused)


def chosen_whole(app: NetcallApp, screen: ConsoleScreen) -> bool:
    """The highlighted phrase's words all show, in order, inside the say pane."""
    pane = screen.guidance
    chosen = pane.highlighted_suggestion
    assert chosen is not None
    words = " ".join(shown_text(app, pane.scrollable_content_region)).split()
    wanted = chosen.text.split()
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words)))


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_chosen_phrase_is_shown_whole_as_j_and_k_move(
    make_app, store: Store, frozen_now, size: tuple[int, int]
) -> None:
    async with repeat_call(make_app, store, size) as (pilot, screen):
        app = pilot.app
        count = len(screen.suggestions)
        assert count >= 3
        assert chosen_whole(app, screen)
        for key in ["j"] * (count - 1) + ["k"] * (count - 1):
            await pilot.press(key)
            await pilot.pause()
            assert chosen_whole(app, screen), (key, screen.guidance.highlighted)


async def test_the_story_over_phrase_is_shown_whole_at_80x24(
    make_app, store: Store, clock, frozen_now
) -> None:
    async with repeat_call(make_app, store, (80, 24)) as (pilot, screen):
        app = pilot.app
        clock.advance(5 * 60 + 5)
        screen.tick()
        await pilot.pause()
        app.clear_notifications()
        await pilot.pause()
        situations = [s.situation.value for s in screen.suggestions]
        assert situations[0] == "story_over"
        assert chosen_whole(app, screen)  # still the phrase chosen before
        await pilot.press(*"k" * situations.index("welcome_back"))
        await pilot.pause()
        assert screen.guidance.highlighted == 0
        assert chosen_whole(app, screen)


def regions(app: NetcallApp) -> dict[str, Region]:
    return {
        f"#{widget.id}": widget.region
        for widget in app.screen.query("#console, #console *")
        if widget.id is not None
    }


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (160, 48)])
async def test_the_first_frame_is_laid_out_as_the_settled_console(
    make_app, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """At 80x24 the first frame had three columns, and two just after it."""
    first: dict[str, Region] = {}
    display = NetcallApp._display

    def keep_first(app: NetcallApp, screen, renderable) -> None:
        if renderable is not None and not first and isinstance(screen, ConsoleScreen):
            first.update(regions(app))
        display(app, screen, renderable)

    monkeypatch.setattr(NetcallApp, "_display", keep_first)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert first
        settled = regions(app)
    panes = ("#timer", "#checklist", "#caller", "#promises", "#left", "#right")
    assert {key: first[key] for key in panes} == {key: settled[key] for key in panes}


async def test_open_promises_beyond_the_room_are_counted_with_where_to_see_them(
    make_app, store: Store, frozen_now
) -> None:
    for day in range(12):
        store.promises.add(Promise(f"Send note number {day}", FROZEN.add(days=day)))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pane = app.screen.query_one(PromiseList)
        shown = " ".join(shown_text(app, pane.region))
        assert "more" in shown and "press P" in shown
        listed = shown.count("Send note number")
        assert f"+{12 - listed} more" in shown
        assert on_screen(app, pane)


async def test_caller_history_lines_end_at_a_word_at_80x24(
    make_app, store: Store, frozen_now
) -> None:
    async with repeat_call(make_app, store, (80, 24)) as (pilot, screen):
        app = pilot.app
        card = app.screen.query_one(CallerCard)
        app.screen.query_one("#left").scroll_end(animate=False, immediate=True)
        await pilot.pause()
        rows = [row.strip("│ ") for row in shown_text(app, card.region)]
        # "26 Oct 2026  …", not the header's "57/120 min" above the scrolled card
        dated = [row for row in rows if row[:2].isdigit() and row[2:3] == " " and "20" in row[:12]]
        assert len(dated) == min(4, screen.live.history.count)
        outcomes = {c.outcome.kind.label for c in screen.live.history.calls if c.outcome}
        for row in dated:  # "30 Oct 2026  follow-up scheduled…" or the whole line
            body = row.split("  ", 1)[1]
            assert body.endswith("…") or any(label in body for label in outcomes), row
            if body.endswith("…"):
                assert any(body[:-1] == label or body[:-1].startswith(label) for label in outcomes)
        assert "more" in str(card.border_title)  # the column scrolls, and says so


def digit_rows(app: NetcallApp) -> int:
    """How many rows of the timer hold digits (anything between its phase line and bar)."""
    timer = app.screen.query_one("#timer")
    inside = shown_text(app, timer.content_region)[1:-1]
    return sum(1 for row in inside if set(row) & set("▀▄█╭╮╰╯│╶╴╷╵┃━"))


@pytest.mark.parametrize(("size", "least"), [((80, 24), 4), ((100, 30), 7), ((160, 48), 11)])
async def test_the_countdown_grows_with_the_terminal(
    make_app, size: tuple[int, int], least: int
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await start_call(pilot)
        await pilot.pause()
        assert digit_rows(app) >= least
        assert on_screen(app, screen.query_one("#timer"))
        assert on_screen(app, screen.query_one("#checklist"))
        bar = shown_text(app, screen.query_one("#timer").content_region)[-1]
        assert set(bar.strip()) == {"━"}  # the bar keeps its row under the digits


async def test_the_idle_advice_leaves_the_promises_their_rows_at_80x24(
    make_app, store: Store, frozen_now
) -> None:
    """The advice ("A lighter week?") above the say pane's idle text squeezed the open
    promises to a bare border: with promises open, the advice alone is held whole."""
    from .test_console_energy import rated_weeks

    rated_weeks(store, 2)
    for day in range(3):
        store.promises.add(Promise(f"Send note number {day}", FROZEN.add(days=day)))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause()
        pane = app.screen.query_one(PromiseList)
        shown = " ".join(shown_text(app, pane.region))
        assert "Send note number 0" in shown, shown
        assert pane.region.height >= 4
        guidance = " ".join(shown_text(app, app.screen.query_one("#guidance").region))
        assert "A lighter week?" in guidance and "[budget] weekly_calls" in guidance
