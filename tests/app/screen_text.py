"""What the terminal shows, as text: the cells the compositor draws, row by row (with the
screens a dialog lets show through beneath it)."""

from __future__ import annotations

from textual._context import visible_screen_stack
from textual.app import App
from textual.geometry import Region


def screen_lines(app: App[object]) -> list[str]:
    token = visible_screen_stack.set(app._background_screens)
    try:
        return [strip.text for strip in app.screen._compositor.render_strips()]
    finally:
        visible_screen_stack.reset(token)


def text_in(app: App[object], region: Region) -> str:
    """The text drawn in `region` of the screen."""
    lines = screen_lines(app)[region.y : region.bottom]
    return "\n".join(line[region.x : region.right] for line in lines)
