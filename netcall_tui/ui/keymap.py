"""The config's [keys] against every screen: each action keeps a key of its own.

A remap that puts an action on a key another action of the same screen already answers
to (the app-wide ones too: q quits, ? is help, ctrl+p the palette, ctrl+q Textual's
quit) would hide one of the two without a word, so it is refused before the app starts,
naming the key and both actions. Keys that share one on purpose by default (pause and
resume, help's close on q and ?) may keep sharing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import combinations
from typing import Any

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode

from ..core.config import Config, ConfigError
from ..core.keys import key_name
from .registry import key_scopes

Keymap = Mapping[str, str]


def effective_keymap(keys: Keymap) -> dict[str, str]:
    """[keys] as the app applies it: resume goes where pause goes (one key, two bindings,
    the footer says which one space does now)."""
    keymap = dict(keys)
    if "pause" in keymap:
        keymap.setdefault("resume", keymap["pause"])
    return keymap


def check_keymap(config: Config, app: type[App[Any]]) -> None:
    """ConfigError for the first action the user's [keys] puts on a key that another
    action of the same screen answers to."""
    keymap = effective_keymap(config.keys)
    if not keymap:
        return
    for scope in key_scopes():
        classes = (app, *scope)
        shared = _pairs(_by_key(classes, {}))
        for key, bound in _by_key(classes, keymap).items():
            for first, second in combinations(sorted(bound), 2):
                moved = [name for name in (first, second) if name in config.keys]
                if (first, second) in shared or not moved:
                    continue
                mine = moved[0]
                other = second if mine == first else first
                pieces = config.keys[mine].split(",")
                written = next((k.strip() for k in pieces if _normal(k) == key), key)
                raise ConfigError(
                    config.path,
                    f"keys.{mine}",
                    f"{written!r} is already {_label(bound[other], other in keymap)} on the "
                    f"{_screen_name(scope[0])}; choose another key for {mine}",
                )


def _by_key(classes: Iterable[type[DOMNode]], keymap: Keymap) -> dict[str, dict[str, Binding]]:
    """Key -> the actions answering it (by binding id, or action for Textual's own)."""
    found: dict[str, dict[str, Binding]] = {}
    for cls in classes:
        for binding in _merged(cls):
            name = binding.id or binding.action
            keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
            for key in keys.split(","):
                found.setdefault(_normal(key), {})[name] = binding
    return found


def _merged(cls: type[DOMNode]) -> list[Binding]:
    """A class's bindings as Textual merges them: a subclass's key replaces its bases'."""
    by_key: dict[str, list[Binding]] = {}
    for base in reversed(cls.__mro__):
        if not (isinstance(base, type) and issubclass(base, DOMNode)):
            continue
        mine: dict[str, list[Binding]] = {}
        for binding in Binding.make_bindings(vars(base).get("BINDINGS", [])):
            mine.setdefault(binding.key, []).append(binding)
        by_key.update(mine)
    found = [binding for bindings in by_key.values() for binding in bindings]
    if issubclass(cls, App) and cls.ENABLE_COMMAND_PALETTE:
        found.append(Binding(cls.COMMAND_PALETTE_BINDING, "command_palette", "the command palette"))
    return found


def _pairs(by_key: dict[str, dict[str, Binding]]) -> set[tuple[str, str]]:
    return {pair for bound in by_key.values() for pair in combinations(sorted(bound), 2)}


def _normal(key: str) -> str:
    key = key.strip()
    return key_name(key) if len(key) == 1 else key


def _label(binding: Binding, remapped: bool) -> str:
    what = binding.description or binding.action
    if binding.id is None:
        return f"{what} (built into Textual, it can't be moved)"
    also = ", which [keys] moves there too" if remapped else ""
    return f"the key for {what} ({binding.id}{also})"


def _screen_name(cls: type[DOMNode]) -> str:
    """ConsoleScreen -> "console screen", CallerForm -> "caller form"."""
    return " ".join(re.findall(r"[A-Z][a-z]*", cls.__name__)).lower()
