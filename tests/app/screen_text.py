"""What the terminal shows, as text: the cells the compositor draws, row by row."""

from __future__ import annotations

from textual.app import App


def screen_lines(app: App[object]) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]
