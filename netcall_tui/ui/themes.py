"""Colour themes are data (TOML files in `themes/`); here they become Textual themes."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.color import Color
from textual.command import DiscoveryHit, Hits
from textual.theme import Theme, ThemeProvider

if TYPE_CHECKING:
    from rich.terminal_theme import TerminalTheme

from ..paths import themes_dir

_COLOURS = (
    "primary",
    "secondary",
    "warning",
    "error",
    "success",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)


def theme_from_file(path: Path) -> Theme:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    colours = {key: data[key] for key in _COLOURS if key in data}
    return Theme(
        name=data.get("name", path.stem),
        dark=bool(data.get("dark", True)),
        variables=dict(data.get("variables", {})),
        **colours,
    )


def load_themes(folder: Path | None = None) -> list[Theme]:
    """Every `*.toml` theme shipped with netcall, sorted by name."""
    folder = folder or themes_dir()
    return [theme_from_file(path) for path in sorted(folder.glob("*.toml"))]


def ansi_palette(theme: Theme) -> TerminalTheme:
    """The theme's colours as the terminal palette Textual maps named colours through, so
    "red" in a widget's Rich style is the theme's error colour, "green" its success, and so
    on: read at the contrast the theme was made for, not Monokai's or Alabaster's."""
    from rich.terminal_theme import TerminalTheme

    def rgb(colour: str | None, fallback: str) -> tuple[int, int, int]:
        parsed = Color.parse(colour or fallback)
        return (parsed.r, parsed.g, parsed.b)

    ink, paper = rgb(theme.foreground, "#E0E0E0"), rgb(theme.background, "#000000")
    names = [
        paper,
        rgb(theme.error, "#FF0000"),
        rgb(theme.success, "#00FF00"),
        rgb(theme.warning, "#FFFF00"),
        rgb(theme.primary, "#0000FF"),
        rgb(theme.accent, "#FF00FF"),
        rgb(theme.primary, "#00FFFF"),
        ink,
    ]
    return TerminalTheme(paper, ink, names, names)


OURS = "netcall-"
THEIRS_HELP = "Textual's own theme: its contrast is not checked by netcall"


class ThemeChoices(ThemeProvider):
    """The palette's theme list: netcall's three (each text >= 4.5:1, 7:1 for contrast)
    first, then Textual's own, marked as such."""

    @property
    def commands(self) -> list[tuple[str, Callable[[], None]]]:
        return sorted(super().commands, key=lambda command: not command[0].startswith(OURS))

    async def discover(self) -> Hits:
        for name, choose in self.commands:
            yield DiscoveryHit(name, choose, help=None if name.startswith(OURS) else THEIRS_HELP)
