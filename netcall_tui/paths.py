"""Where netcall keeps things: the call log, the config, the themes.

No Textual here: the CLI and the store use these before any screen exists.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP = "netcall"


def default_db_path() -> Path:
    """`NETCALL_DB` wins; else the platform's user data dir (e.g. ~/.local/share/netcall)."""
    env = os.environ.get("NETCALL_DB")
    if env:
        return Path(env).expanduser()
    return user_data_path(APP, appauthor=False) / "calls.json"


def default_config_path() -> Path:
    """`NETCALL_CONFIG` wins; else the platform's user config dir (e.g. ~/.config/netcall)."""
    env = os.environ.get("NETCALL_CONFIG")
    if env:
        return Path(env).expanduser()
    return user_config_path(APP, appauthor=False) / "config.toml"


def user_phrases_path(config_path: Path) -> Path:
    """A user's own phrases live beside their config file."""
    return config_path.with_name("phrases.toml")


def themes_dir() -> Path:
    """Themes ship inside the wheel as `_themes`; a source checkout has them at the top level."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_themes", here.parent / "themes"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("netcall's themes folder is missing from this installation")
