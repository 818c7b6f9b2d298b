"""The contacts list's table: the log's windowed table over `ContactRow`s with the
contacts' columns, and rows that can be marked (space) so a change of tier applies to
several at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from .contact_columns import CONTACT_COLUMNS
from .log_columns import Parts
from .log_table import LogTable


class ContactTable(LogTable):
    def __init__(self, *, now: Callable[[], datetime], id: str | None = None) -> None:
        super().__init__(now=now, id=id, columns=CONTACT_COLUMNS)
        self.marked: set[str] = set()

    def cell(self, key: str, row: Any, wide: bool) -> Parts:
        if key == "mark":
            return [("✓" if row.id in self.marked else " ", "")]
        return super().cell(key, row, wide)

    def decor(self, row: Any) -> str:
        return "marked" if row.id in self.marked else ""

    def toggle_mark(self) -> None:
        """Mark the row under the cursor (or unmark it) and go to the next."""
        row = self.current
        if row is None:
            return
        self.marked.symmetric_difference_update({row.id})
        self.refresh()
        self.move_to(self.cursor + 1)

    def chosen(self) -> list[Any]:
        """The marked rows that are shown, or else the row under the cursor."""
        marked = [r for r in self._rows if r.id in self.marked]
        if marked:
            return marked
        return [self.current] if self.current is not None else []
