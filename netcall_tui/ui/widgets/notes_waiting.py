"""The notes box as it looks before the editor arrives (textual.lazy.Lazy, drawn)."""

from __future__ import annotations

from textual.lazy import Lazy
from textual.widgets import TextArea


class NotesWaiting(Lazy):
    """Mounts the notes editor just after the first frame and, until then, draws the empty,
    disabled box it will be, so the first frame already looks like the settled console.
    The editor is the console's heaviest widget and stays empty until a call starts."""

    DEFAULT_CSS = """
    NotesWaiting { display: block; background: $surface; opacity: 0.7; }
    """

    def __init__(self, notes: TextArea) -> None:
        super().__init__(notes)
        self.border_title = notes.border_title

    def render(self) -> str:
        return ""
