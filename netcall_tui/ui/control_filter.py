"""The last guard before the terminal: no control character in any drawn line.

Screens build what they show from stored text made harmless (`core.text.harmless`), so
a control character shows as a picture (␛). This filter runs on every line every widget
draws, and removes whatever still got through — an input prefilled with a stored value,
the notes being edited, a message that quoted a name — so a name can never retitle,
clear or write the clipboard of the terminal. A control character takes no cell, so
removing it leaves the line's layout as drawn.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

from ..core.text.harmless import without_controls


class ControlFilter(LineFilter):
    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        if all(segment.text.isprintable() for segment in segments):
            return segments  # the common case: nothing to build
        return [
            segment
            if segment.control
            else Segment(without_controls(segment.text), segment.style, None)
            for segment in segments
        ]
