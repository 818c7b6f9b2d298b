"""The user's configuration: a TOML file mapped onto a typed, validated object.

Every key has a default, so a missing file (or a missing key) is never an error. A bad
value raises `ConfigError` naming the file, the key and what is expected.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import NetcallError
from .keys import key_problem

DEFAULT_THEME = "netcall-dark"


class ConfigError(NetcallError):
    """The configuration file can't be used as it is."""

    def __init__(self, path: Path | None, key: str | None, expected: str) -> None:
        where = f"{path}" if path else "configuration"
        what = f": [{key}] " if key else ": "
        super().__init__(f"{where}{what}{expected}")
        self.path = path
        self.key = key


@dataclass(frozen=True, slots=True)
class Config:
    """Limits are in minutes, as a person writes them; the core works in seconds."""

    story_minutes: float = 5
    advice_minutes: float = 15
    interview_minutes: float = 30
    warning_minutes: float = 1
    overtime_repeat_minutes: float = 0
    bell: bool = True
    weekly_calls: int = 6
    weekly_minutes: int = 120
    daily_calls: int = 0  # 0 = no day budget
    # Networking capital (habit 4): favours per tier per period (core.network.capital).
    treasured_favours: int = 2
    trusted_favours: int = 4
    acquaintance_favours: int = 6
    capital_period_days: int = 90
    # A referral's open step (asked, agreed, introduced) is a promise due this many days on.
    referral_ask_again_days: int = 7
    theme: str = DEFAULT_THEME
    keys: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    @property
    def story_s(self) -> int:
        return round(self.story_minutes * 60)

    @property
    def advice_s(self) -> int:
        return round(self.advice_minutes * 60)

    @property
    def interview_s(self) -> int:
        return round(self.interview_minutes * 60)

    @property
    def warning_s(self) -> int:
        return round(self.warning_minutes * 60)

    @property
    def overtime_repeat_s(self) -> int:
        return round(self.overtime_repeat_minutes * 60)

    @property
    def allowance(self) -> dict[str, int]:
        """Favours per period, by tier value ('treasured', 'trusted', 'acquaintance')."""
        return {
            "treasured": self.treasured_favours,
            "trusted": self.trusted_favours,
            "acquaintance": self.acquaintance_favours,
        }


# key in the file -> (attribute, kind, lower bound or None)
_SCHEMA: dict[str, tuple[str, str, float | None]] = {
    "limits.story_minutes": ("story_minutes", "minutes", 0.5),
    "limits.advice_minutes": ("advice_minutes", "minutes", 1),
    "limits.interview_minutes": ("interview_minutes", "minutes", 1),
    "limits.warning_minutes": ("warning_minutes", "minutes", 0),
    "nudge.overtime_repeat_minutes": ("overtime_repeat_minutes", "minutes", 0),
    "nudge.bell": ("bell", "bool", None),
    "budget.weekly_calls": ("weekly_calls", "count", 0),
    "budget.weekly_minutes": ("weekly_minutes", "count", 0),
    "budget.daily_calls": ("daily_calls", "count", 0),
    "capital.treasured": ("treasured_favours", "count", 0),
    "capital.trusted": ("trusted_favours", "count", 0),
    "capital.acquaintance": ("acquaintance_favours", "count", 0),
    "capital.period_days": ("capital_period_days", "count", 1),
    "referrals.ask_again_days": ("referral_ask_again_days", "count", 1),
    "ui.theme": ("theme", "text", None),
}


def _check(path: Path | None, key: str, value: Any, kind: str, low: float | None) -> Any:
    if kind == "bool":
        if not isinstance(value, bool):
            raise ConfigError(path, key, f"expected true or false, got {value!r}")
        return value
    if kind == "text":
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(path, key, f"expected a name in quotes, got {value!r}")
        return value.strip()
    whole = kind == "count"
    ok_types = (int,) if whole else (int, float)
    if isinstance(value, bool) or not isinstance(value, ok_types):
        noun = "a whole number" if whole else "a number of minutes"
        raise ConfigError(path, key, f"expected {noun}, got {value!r}")
    if not math.isfinite(value) or value > _HIGH:
        raise ConfigError(path, key, f"expected a number up to {_HIGH}, got {value!r}")
    if low is not None and value < low:
        raise ConfigError(path, key, f"expected at least {low:g}, got {value!r}")
    return value


_HIGH = 100_000  # minutes or calls: anything larger is a typo, and inf/nan break the timer


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict) and dotted != "keys":
            flat.update(_flatten(value, dotted + "."))
        else:
            flat[dotted] = value
    return flat


def _keys(path: Path | None, value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items()
    ):
        raise ConfigError(path, "keys", 'expected action = "key" pairs, e.g. new_call = "n"')
    keys = {k: v.strip() for k, v in value.items()}
    for action, keys_text in keys.items():
        for key in keys_text.split(","):
            problem = key_problem(key.strip())
            if problem:
                raise ConfigError(
                    path, f"keys.{action}", f"{key.strip()!r} {problem}; {_KEY_EXAMPLES}"
                )
    return keys


_KEY_EXAMPLES = (
    'write a key as netcall names it, e.g. "n", "N", "?", "ctrl+n", "f5", "space", '
    '"question_mark"; several keys with commas: "down,j"'
)


def parse_config(data: dict[str, Any], path: Path | None = None) -> Config:
    """Map a parsed TOML document onto a Config, validating every key."""
    values: dict[str, Any] = {"path": path}
    for key, value in _flatten(data).items():
        if key == "keys":
            values["keys"] = _keys(path, value)
            continue
        if key not in _SCHEMA:
            known = ", ".join(sorted([*_SCHEMA, "keys"]))
            raise ConfigError(path, key, f"unknown setting; known settings are {known}")
        attr, kind, low = _SCHEMA[key]
        values[attr] = _check(path, key, value, kind, low)
    config = Config(**values)
    _check_warning(config)
    return config


def _check_warning(config: Config) -> None:
    """The warning comes `warning_minutes` before a phase's limit: at or past the
    shortest limit it would sound as that phase begins, a nudge with no meaning."""
    limits = {
        "story": config.story_minutes,
        "advice": config.advice_minutes,
        "interview": config.interview_minutes,
    }
    phase = min(limits, key=lambda name: limits[name])
    if config.warning_minutes >= limits[phase]:
        raise ConfigError(
            config.path,
            "limits.warning_minutes",
            f"expected less than the {phase} limit ({limits[phase]:g} minutes), got "
            f"{config.warning_minutes:g}: the warning would sound as the {phase} begins",
        )


def load_config(path: Path) -> Config:
    """Read the config file; a missing file gives the defaults."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config(path=path)
    except OSError as exc:
        raise ConfigError(path, None, f"can't be read ({exc.strerror or exc})") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(path, None, f"is not valid TOML ({exc})") from exc
    return parse_config(data, path)


def check_theme(config: Config, known: set[str]) -> None:
    if config.theme not in known:
        names = ", ".join(sorted(known))
        raise ConfigError(
            config.path, "ui.theme", f"unknown theme {config.theme!r}; one of {names}"
        )


def check_keys(config: Config, known: set[str]) -> None:
    """Every [keys] entry must name an action that exists, or the remap silently fails."""
    for action in config.keys:
        if action not in known:
            names = ", ".join(sorted(known))
            raise ConfigError(config.path, f"keys.{action}", f"unknown action; one of {names}")


def to_toml(config: Config) -> str:
    """Write every setting back out, so a saved file documents itself."""
    by_attr = {attr: key for key, (attr, _kind, _low) in _SCHEMA.items()}
    sections: dict[str, list[str]] = {}
    for f in fields(config):
        if f.name not in by_attr:
            continue
        section, name = by_attr[f.name].split(".")
        sections.setdefault(section, []).append(f"{name} = {_toml_value(getattr(config, f.name))}")
    lines: list[str] = []
    for section, entries in sections.items():
        lines += [f"[{section}]", *entries, ""]
    if config.keys:
        lines.append("[keys]")
        lines += [f"{action} = {_toml_value(key)}" for action, key in sorted(config.keys.items())]
        lines.append("")
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def with_theme(config: Config, theme: str) -> Config:
    return replace(config, theme=theme)
