"""The first frame is the console as it settles: each stand-in (ui.widgets.waiting) draws
exactly what the pane it stands for draws once it arrives."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rich.style import Style
from textual.app import App

from netcall_tui.core.config import Config
from netcall_tui.ui.console.screen import ConsoleScreen
from netcall_tui.ui.widgets.waiting import GuidanceWaiting, NotesWaiting, PaneWaiting

from .console_steps import start_call

# A short terminal too: there the panes' height limits decide the layout.
SIZES = [(80, 16), (80, 24), (120, 40), (160, 48)]
THEMES = ["netcall-dark", "netcall-light"]


def painted(app: App) -> list[list[tuple[str, Style]]]:
    """Every cell on screen, as it looks: its character and style, without the mouse
    metadata, and a blank's colour only where it shows (its background, or an underline
    or reverse). Two screens compare equal when they look the same, however their
    widgets split and style the text (an SVG export would differ)."""
    lines = []
    for strip in app.screen._compositor.render_strips():
        cells = []
        for segment in strip.discard_meta():
            for char in segment.text:
                cells.append((char, _visible(char, segment.style or Style())))
        lines.append(cells)
    return lines


def _visible(char: str, style: Style) -> Style:
    if char == " " and not (style.underline or style.reverse or style.strike):
        return Style(bgcolor=style.bgcolor)
    # Rebuilt from what shows: two styles that print alike can differ in Rich's cached
    # hash (an explicit "not dim" beside none), which no eye can see.
    return Style(
        color=style.color,
        bgcolor=style.bgcolor,
        bold=bool(style.bold),
        dim=bool(style.dim),
        italic=bool(style.italic),
        underline=bool(style.underline),
        reverse=bool(style.reverse),
        strike=bool(style.strike),
    )


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
async def test_the_first_frame_looks_like_the_settled_console(
    make_app, frozen_now, size: tuple[int, int], theme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(Config(theme=theme))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert not app.screen.query(PaneWaiting)  # the real panes have arrived
        settled = painted(app)

    monkeypatch.setattr(PaneWaiting, "on_mount", lambda self: None)  # the stand-ins stay
    app = make_app(Config(theme=theme))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert len(app.screen.query(PaneWaiting)) == 2
        first = painted(app)

    for y, (line, expected) in enumerate(zip(first, settled, strict=True)):
        assert line == expected, f"line {y} of the first frame differs from the settled one"


def _phrase_moved_and_copied(app: App, screen: ConsoleScreen) -> bool:
    return screen.guidance.highlighted == 1 and app.clipboard == screen.suggestions[1].text


def _notes_focused(app: App, screen: ConsoleScreen) -> bool:
    return app.focused is screen.notes


@pytest.mark.parametrize(
    ("keys", "stand_in", "done"),
    [
        (("j", "c"), GuidanceWaiting, _phrase_moved_and_copied),
        (("e",), NotesWaiting, _notes_focused),
    ],
)
async def test_a_key_pressed_before_its_pane_arrives_acts_once_it_does(
    make_app,
    monkeypatch: pytest.MonkeyPatch,
    keys: tuple[str, ...],
    stand_in: type[PaneWaiting],
    done: Callable[[App, ConsoleScreen], bool],
) -> None:
    """A call restored at start-up can meet a key while the stand-ins are still up."""
    monkeypatch.setattr(PaneWaiting, "on_mount", lambda self: None)  # hold the stand-ins
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_call(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        assert not done(app, screen)  # the pane is not there yet

        await screen.query_one(stand_in)._swap()  # it arrives
        await pilot.pause()
        assert done(app, screen)
