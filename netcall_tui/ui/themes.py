"""Colour themes are data (TOML files in `themes/`); here they become Textual themes."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.theme import Theme

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
