"""The command palette's commands: every key's action by name, each with its key.

Textual's own commands come first (but its Quit, which doesn't ask while a call is live,
and its Keys panel, which lists Textual's generic scrolling keys: netcall's help is `?`).
Every netcall command's help line starts "key: …", then what it does when the
description alone doesn't say.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from textual.app import App, SystemCommand
from textual.screen import Screen

REPLACED = {"Quit", "Keys"}  # ours: q (asks first), ? (netcall's keys only)


def palette_commands(
    app: App[Any], screen: Screen[Any], textuals: Iterable[SystemCommand]
) -> Iterable[SystemCommand]:
    yield from (command for command in textuals if command.title not in REPLACED)
    seen: set[str] = set()
    for active in screen.active_bindings.values():
        binding = active.binding
        if binding.id is None:  # Textual's focus/copy/scroll keys: not actions to look up
            continue
        if not binding.description or binding.description in seen or not active.enabled:
            continue
        seen.add(binding.description)
        key = f"key: {app.get_key_display(binding)}"
        yield SystemCommand(
            binding.description,
            f"{key} · {binding.tooltip}" if binding.tooltip else key,
            _runner(app, active.node, binding.action),
        )


def _runner(app: App[Any], node: object, action: str) -> Callable[[], None]:
    def run() -> None:
        app.call_later(app.run_action, action, node)

    return run
