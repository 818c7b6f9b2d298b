"""Promises made during this call: shown until the call is logged (then in the log)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from ...core.domain.moments import now
from ...core.promises.wording import due_text
from ...core.text.harmless import harmless

if TYPE_CHECKING:
    from ...core.domain.records import Promise


class PromiseList(Static):
    DEFAULT_CSS = """
    PromiseList { height: auto; padding: 0 1; border: round $secondary 50%; }
    """

    promises: reactive[tuple[Promise, ...] | None] = reactive(None)  # None: log not read yet
    live: reactive[bool] = reactive(False)

    def watch_live(self, live: bool) -> None:
        self.border_title = "promises this call" if live else "open promises"
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
        text = Text()
        for promise in promises:
            text.append("• ")
            text.append(harmless(promise.text))
            moment = now()
            overdue = promise.due < moment
            due = f"  {'overdue' if overdue else 'due'} {due_text(promise.due, moment)}\n"
            text.append(due, style="bold red" if overdue else "dim")
        text.rstrip()
        self.update(text)
