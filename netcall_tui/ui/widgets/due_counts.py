"""The console header's promise counts: "3 due today · 2 overdue", today's in the theme's
warning colour and the overdue ones in its error colour (component classes, so the
theme's stylesheet decides). Nothing due: nothing said — the header stays calm."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

if TYPE_CHECKING:
    from ...core.promises.waiting import Waiting


class DueCounts(Widget):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"due-counts--today", "due-counts--overdue"}
    DEFAULT_CSS = """
    DueCounts {
        dock: right; width: auto; min-width: 10; padding: 0 1;
        /* On the header's $panel, $error read at 4.4:1 in the light theme: the text-
           variants are the theme's warning and error made to read as text. */
        & > .due-counts--today { color: $text-warning; text-style: bold; }
        & > .due-counts--overdue { color: $text-error; text-style: bold; }
    }
    """

    waiting: reactive[Waiting | None] = reactive(None, layout=True)
    compact: reactive[bool] = reactive(False, layout=True)  # "3 today": a narrow header

    def render(self) -> Text:
        text = Text(no_wrap=True)
        waiting = self.waiting
        if waiting is None:
            return text
        if waiting.today:
            today = f"{waiting.today} today" if self.compact else f"{waiting.today} due today"
            text.append(today, style=self.get_component_rich_style("due-counts--today"))
        if waiting.today and waiting.overdue:
            text.append(" · ")
        if waiting.overdue:
            overdue = f"{waiting.overdue} overdue"
            text.append(overdue, style=self.get_component_rich_style("due-counts--overdue"))
        return text
