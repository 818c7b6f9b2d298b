"""A notes editor that stops at its limit: a paste too long is cut to fit and said so,
and a counter shows in the border near the limit (the stored notes can't be longer)."""

from __future__ import annotations

from textual.widgets import TextArea
from textual.widgets.text_area import EditResult, Location

from ...core.text.limits import count_text, cut_text, room


class BoundedTextArea(TextArea):
    def __init__(self, *, limit: int, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]  # TextArea's own keywords
        self.limit = limit

    def replace(
        self, insert: str, start: Location, end: Location, *, maintain_selection_offset: bool = True
    ) -> EditResult:
        fits = room(self.limit, len(self.text), len(self.get_text_range(start, end)))
        if len(insert) > fits:
            insert = insert[:fits]
            self.notify(cut_text(self.limit), timeout=6)
        return super().replace(
            insert, start, end, maintain_selection_offset=maintain_selection_offset
        )

    def on_text_area_changed(self) -> None:
        self.border_subtitle = count_text(len(self.text), self.limit)
