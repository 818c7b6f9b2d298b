"""A one-line input that stops at its limit: a paste too long is cut to fit and said so
(Textual's own max_length drops the whole paste, which read as "Name is required")."""

from __future__ import annotations

from textual.widgets import Input

from ...core.text.limits import cut_text, room


class BoundedInput(Input):
    def __init__(self, value: str = "", *, limit: int, **kwargs: object) -> None:
        super().__init__(value[:limit], max_length=limit, **kwargs)  # type: ignore[arg-type]  # the rest are Input's own keywords

    def replace(self, text: str, start: int, end: int) -> None:
        start, end = sorted((max(0, start), min(len(self.value), end)))
        fits = room(self.max_length or len(text), len(self.value), end - start)
        if len(text) > fits:
            if fits == 0:
                self.restricted()
                return
            text = text[:fits]
            self.notify(cut_text(self.max_length or 0), timeout=6)
        super().replace(text, start, end)
