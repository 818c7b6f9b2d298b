"""Panes as they look before they arrive: drawn for the first frame, replaced just after.

Like textual.lazy.Lazy, except that the first frame already shows the pane: a stand-in
draws what the idle pane draws (its box, its title, its idle text), and the real widget
is made and mounted in its place once that frame is out. The console's two heaviest
panes start this way; `tests/app/test_first_frame.py` checks that each stand-in looks
exactly like the pane it stands for.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.widget import Widget
from textual.widgets import Static


class PaneWaiting(Static):
    """Stands in for the widget `make` returns, which it mounts in its place."""

    def __init__(self, make: Callable[[], Widget], title: str, idle: Text | str = "") -> None:
        super().__init__(idle)
        self._make = make
        self.border_title = title

    def on_mount(self) -> None:
        self.call_after_refresh(self._swap)

    async def _swap(self) -> None:
        parent = self.parent
        if (
            not isinstance(parent, Widget) or not self.is_attached
        ):  # the screen, or the app, went first
            return
        await parent.mount(self._make(), after=self)
        await self.remove()


def arrived(pane: Widget, action: Callable[..., object], *args: object) -> bool:
    """Whether `pane` has replaced its stand-in. If not (a key pressed in the moment
    before, during a call restored at start-up), `action(*args)` waits in the pane's
    queue, which runs once it is mounted."""
    if pane.is_attached:
        return True
    pane.call_later(action, *args)
    return False


class NotesWaiting(PaneWaiting):
    """The empty, disabled notes box; the editor (TextArea, the console's heaviest widget,
    and its import) comes just after, and stays disabled until a call starts anyway."""

    DEFAULT_CSS = """
    NotesWaiting { background: $surface; opacity: 0.7; }
    """


class GuidanceWaiting(PaneWaiting):
    """The phrase list with only its idle text: OptionList's look (its background, its
    height cap, a disabled option's colour, GuidancePane's border and option padding)
    without OptionList's machinery."""

    DEFAULT_CSS = """
    GuidanceWaiting {
        max-height: 100%;
        border: round $accent 50%;
        background: $surface;
        color: $text-disabled;
        padding: 0 2 0 1;  /* the option's padding, and the scrollbar's kept column */
    }
    """
