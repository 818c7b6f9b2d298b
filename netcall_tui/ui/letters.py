"""Where every letter is text: a printable key typed outside a list's filter box goes
into it (a `q` in "quentin" must not quit), unless the screen binds it itself (the log's
s, r, x…; the contacts' a, e, d…) or it is help."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.screen import Screen
from textual.widgets import Input


def letter_to_filter(screen: Screen[Any], event: events.Key, box: Input) -> None:
    if not event.is_printable or event.character is None:
        return
    bound = screen.active_bindings.get(event.key)
    if bound is not None and (bound.node is not screen.app or bound.binding.action == "help"):
        return
    event.stop()
    event.prevent_default()
    box.focus()
    box.cursor_position = len(box.value)  # after what is there: typing goes on
    box.insert_text_at_cursor(event.character)
