"""The console's notes box: its title, and the editor, made only when first needed."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.widgets import TextArea

NOTES_TITLE = "notes (e to write, esc to leave)"


def make_notes() -> TextArea:
    """NotesWaiting draws the box in the first frame and mounts this just after, or a
    call starting first makes it: TextArea is the console's heaviest widget and import."""
    from ...core.domain.fields import MAX_NOTES
    from ..widgets.bounded_text_area import BoundedTextArea

    notes = BoundedTextArea(
        limit=MAX_NOTES, id="notes", soft_wrap=True, show_line_numbers=False, disabled=True
    )
    notes.border_title = NOTES_TITLE
    return notes
