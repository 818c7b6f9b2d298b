"""The notes box as it looks before its editor arrives."""

from __future__ import annotations

from collections.abc import Callable

from textual.widget import Widget


class NotesWaiting(Widget):
    """Draws the empty, disabled notes box for the first frame, then mounts the editor in
    its place. Like textual.lazy.Lazy, except that the editor is made (`make`, which
    imports TextArea, the console's heaviest widget) only then; it stays empty and
    disabled until a call starts anyway."""

    DEFAULT_CSS = """
    NotesWaiting { background: $surface; opacity: 0.7; }
    """

    def __init__(self, make: Callable[[], Widget], title: str) -> None:
        super().__init__()
        self._make = make
        self.border_title = title

    def on_mount(self) -> None:
        self.call_after_refresh(self._swap)

    async def _swap(self) -> None:
        parent = self.parent
        if parent is None or not self.is_attached:  # the screen, or the app, went first
            return
        await parent.mount(self._make(), after=self)
        await self.remove()

    def render(self) -> str:
        return ""
