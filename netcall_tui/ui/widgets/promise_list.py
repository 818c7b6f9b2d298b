"""Promises made during this call: shown until the call is logged (then in the log).

Idle, the pane lists the open promises, most urgent first, as many as the console has
rows for; the rest are counted, with the key that shows them all. Each promise takes two
lines — what, then when and to whom — cut with … at the pane's width, never wrapped, so
a long promise can't push the panes below it about."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from ...core.domain.moments import now
from ...core.text.harmless import harmless

if TYPE_CHECKING:
    from datetime import datetime

    from ...core.domain.promise import Promise
    from ...core.promises.groups import DueGroup
    from ...core.promises.waiting import Waiting

MORE_HINT = "press P"
# By DueGroup's value: the groups (and pendulum) are imported after the first frame.
_STYLE = {"overdue": "promise-list--overdue", "today": "promise-list--today"}


class PromiseList(Widget):
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "promise-list--overdue",
        "promise-list--today",
        "promise-list--when",
        "promise-list--more",
        "promise-list--empty",
    }
    DEFAULT_CSS = """
    PromiseList {
        height: auto; padding: 0 1; border: round $secondary 50%;
        text-wrap: nowrap; text-overflow: ellipsis;
        & > .promise-list--overdue { color: $error; text-style: bold; }
        & > .promise-list--today { color: $warning; text-style: bold; }
        & > .promise-list--when { text-style: dim; }
        & > .promise-list--more { text-style: bold; }
        & > .promise-list--empty { text-style: dim italic; }
    }
    """

    promises: reactive[tuple[Promise, ...]] = reactive((), layout=True)  # this call's
    waiting: reactive[Waiting | None] = reactive(None, layout=True)  # None: log not read yet
    live: reactive[bool] = reactive(False, layout=True)
    room: reactive[int] = reactive(3, layout=True)  # how many promises to list idle

    def __init__(self, room: int, *, id: str | None = None) -> None:  # Textual's name
        super().__init__(id=id)
        self.set_reactive(PromiseList.room, room)

    def watch_live(self, live: bool) -> None:
        self.border_title = "promises this call" if live else "open promises"
        self._mark_empty()

    def watch_promises(self) -> None:
        self._mark_empty()

    def watch_waiting(self) -> None:
        self._mark_empty()

    def _mark_empty(self) -> None:
        """-empty: nothing to list (at 80 columns the pane then gives its rows away)."""
        waiting = self.waiting
        self.set_class(not (self.promises if self.live else waiting and waiting.rows), "-empty")

    def render(self) -> Text:
        if self.live:
            return self._this_call()
        waiting = self.waiting
        if waiting is None:  # not "none open" before we know
            return self._empty("reading the call log…")
        if not waiting.rows:
            return self._empty("None open. Kept them all.")
        moment = now()
        text = Text()
        shown = waiting.rows[: self.room]
        for row in shown:
            whom = " · ".join(filter(None, (row.caller, row.contact)))
            self._line(text, row.text, row.group, row.due_ts, whom, moment)
        if rest := waiting.rest(len(shown)):
            text.append(f"+{rest} more", style=self._style("promise-list--more"))
            text.append(f" — {MORE_HINT}", style=self._style("promise-list--when"))
        text.rstrip()
        return text

    def _this_call(self) -> Text:
        """A call's own promises are few, and all worth seeing: none is cut."""
        if not self.promises:
            return self._empty("None yet — p records one.")
        from ...core.promises.groups import Horizon

        moment = now()
        horizon = Horizon.at(moment)
        text = Text()
        for promise in self.promises:
            due_ts = promise.due.timestamp()
            self._line(text, promise.text, horizon.group(due_ts), due_ts, "", moment)
        text.rstrip()
        return text

    def _line(
        self, text: Text, what: str, group: DueGroup, due_ts: float, whom: str, moment: datetime
    ) -> None:
        text.append("• ")
        text.append(harmless(what))
        from ...core.promises.waiting import when_text

        text.append("\n  ")
        when = when_text(group, due_ts, moment)
        text.append(when, style=self._style(_STYLE.get(group, "promise-list--when")))
        if whom:
            text.append(f" · {harmless(whom)}", style=self._style("promise-list--when"))
        text.append("\n")

    def _empty(self, words: str) -> Text:
        return Text(words, style=self._style("promise-list--empty"))

    def _style(self, component: str) -> Style:
        return self.get_component_rich_style(component)
