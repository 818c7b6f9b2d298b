"""The console's header: Textual's (icon, title, week) with the promise counts on the
right, where the clock's space was, so the title stays centred when none are due."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.reactive import reactive
from textual.widgets import Header
from textual.widgets._header import HeaderIcon, HeaderTitle

from .due_counts import DueCounts

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.events import Resize

    from ...core.promises.waiting import Waiting

COMPACT_BELOW = 110  # columns: below this "3 today · 2 overdue" leaves the week its room


class ConsoleHeader(Header):
    waiting: reactive[Waiting | None] = reactive(None)

    def compose(self) -> ComposeResult:
        yield HeaderIcon().data_bind(Header.icon)
        yield HeaderTitle()
        yield DueCounts().data_bind(ConsoleHeader.waiting)

    def on_resize(self, event: Resize) -> None:
        self.query_one(DueCounts).compact = event.size.width < COMPACT_BELOW
