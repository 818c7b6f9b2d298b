"""Promises made during this call: shown until the call is logged (then in the log).

Idle, the pane lists the open promises, as many as the console has rows for; the rest
are counted, with where to see them, rather than left below a scroll nobody finds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from ...core.domain.moments import now
from ...core.promises.wording import due_text
from ...core.text.harmless import harmless

if TYPE_CHECKING:
    from ...core.domain.promise import Promise

MORE_HINT = "in the log: l, then promises:open"


class PromiseList(Static):
    DEFAULT_CSS = """
    PromiseList { height: auto; padding: 0 1; border: round $secondary 50%; }
    """

    promises: reactive[tuple[Promise, ...] | None] = reactive(None)  # None: log not read yet
    live: reactive[bool] = reactive(False)
    room: reactive[int] = reactive(3)  # how many promises to list; the rest are counted

    def __init__(self, room: int, *, id: str | None = None) -> None:  # Textual's name
        super().__init__(id=id)
        self.set_reactive(PromiseList.room, room)

    def watch_live(self, live: bool) -> None:
        self.border_title = "promises this call" if live else "open promises"
        self.watch_promises(self.promises)

    def watch_room(self) -> None:
        self.watch_promises(self.promises)

    def watch_promises(self, promises: tuple[Promise, ...] | None) -> None:
        self.set_class(not promises, "-empty")
        if promises is None:  # not "none open" before we know
            self.update(Text("reading the call log…", style="dim italic"))
            return
        if not promises:
            empty = "None yet — p records one." if self.live else "None open. Kept them all."
            self.update(Text(empty, style="dim italic"))
            return
        # Only the idle list is cut: a call's own promises are few, and all worth seeing.
        shown = promises if self.live else promises[: self.room]
        text = Text()
        for promise in shown:
            text.append_text(_promise_line(promise))
        if len(shown) < len(promises):
            text.append(f"+{len(promises) - len(shown)} more", style="bold")
            text.append(f" — {MORE_HINT}", style="dim")
        text.rstrip()
        self.update(text)


def _promise_line(promise: Promise) -> Text:
    line = Text("• ")
    line.append(harmless(promise.text))
    moment = now()
    overdue = promise.due < moment
    due = f"  {'overdue' if overdue else 'due'} {due_text(promise.due, moment)}\n"
    line.append(due, style="bold red" if overdue else "dim")
    return line
