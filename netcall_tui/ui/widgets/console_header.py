"""The console's header: Textual's (icon, title, week) with the promise counts on the
right, where the clock's space was, so the title stays centred when none are due.

The week's budget meter is coloured by the load: calm (dim, as the title) while there is
room, the theme's warning text colour from 80 %, its error text colour once a budget is
full or over (component classes: the theme's stylesheet decides). Below `COMPACT_BELOW`
columns it reads in its short words."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.content import Content
from textual.css.query import NoMatches
from textual.reactive import reactive
from textual.style import Style
from textual.widgets import Header
from textual.widgets._header import HeaderIcon, HeaderTitle

from .due_counts import DueCounts

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.events import Resize

    from ...core.promises.waiting import Waiting
    from ...core.stats.meter import Status

COMPACT_BELOW = 110  # columns: below this "3 today · 2 overdue" leaves the week its room
# By `LoadLevel` value (stats.load is not imported for the first frame: it brings the
# domain records with it); "ok" has none: calm, as the title.
LEVEL_CLASSES = {"near": "-load-near", "full": "-load-full"}


class ConsoleHeader(Header):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"console-header--near", "console-header--full"}
    DEFAULT_CSS = """
    ConsoleHeader {
        /* The text- variants: the theme's warning and error made to read on $panel. */
        & > .console-header--near { color: $text-warning; text-style: bold; }
        & > .console-header--full { color: $text-error; text-style: bold; }
    }
    """

    waiting: reactive[Waiting | None] = reactive(None)
    status: reactive[Status | None] = reactive(None)
    compact: reactive[bool] = reactive(False)

    def compose(self) -> ComposeResult:
        yield HeaderIcon().data_bind(Header.icon)
        yield HeaderTitle()
        yield DueCounts().data_bind(ConsoleHeader.waiting)

    def on_resize(self, event: Resize) -> None:
        self.compact = event.size.width < COMPACT_BELOW
        self.query_one(DueCounts).compact = self.compact

    @property
    def level(self) -> str:
        """The load's level (`LoadLevel`'s value), "ok" before the log is read."""
        status = self.status
        return status.meter.level.value if status and status.meter else "ok"

    def watch_status(self) -> None:
        for level, name in LEVEL_CLASSES.items():
            self.set_class(self.level == level, name)
        self._retitle()

    def watch_compact(self) -> None:
        self._retitle()

    def notify_style_update(self) -> None:
        """A new theme: the meter's colour is baked into the title, so draw it again."""
        super().notify_style_update()
        self._retitle()

    def _retitle(self) -> None:
        try:
            self.query_one(HeaderTitle).update(self.format_title())
        except NoMatches:  # not composed yet: the header's mount draws it
            return

    def format_title(self) -> Content:
        status = self.status
        if status is None or status.meter is None:
            return super().format_title()
        words = status.meter.short if self.compact else status.meter.words
        style: str | Style = "dim"
        if self.level in LEVEL_CLASSES:
            rich = self.get_component_rich_style(f"console-header--{self.level}")
            style = Style.from_rich_style(rich)
        return Content.assemble(
            Content(self.screen_title), (" — " + status.before, "dim"), (words, style)
        )
