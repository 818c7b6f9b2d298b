"""The contacts list's table: the windowed table (`row_table`) over `ContactRow`s, with
rows that can be marked (space) so a change of tier applies to several at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import ClassVar

from textual.binding import BindingType

from ...core.network.contact_rows import ContactRow
from .contact_columns import cell, columns_for
from .row_table import RowTable, table_bindings
from .table_columns import Column, Parts


class ContactTable(RowTable[ContactRow]):
    BINDINGS: ClassVar[list[BindingType]] = table_bindings("network")

    def __init__(self, *, now: Callable[[], datetime], id: str | None = None) -> None:
        super().__init__(now=now, id=id)
        self.marked: set[str] = set()

    def column_set(self, width: int) -> tuple[Column, ...]:
        return columns_for(width)

    def cell(self, key: str, row: ContactRow, wide: bool) -> Parts:
        return cell(key, row, self._now, wide, row.id in self.marked)

    def decor(self, row: ContactRow) -> str:
        return "marked" if row.id in self.marked else ""

    def toggle_mark(self) -> None:
        """Mark the row under the cursor (or unmark it) and go to the next."""
        row = self.current
        if row is None:
            return
        self.marked.symmetric_difference_update({row.id})
        self.refresh()
        self.move_to(self.cursor + 1)

    def chosen(self) -> list[ContactRow]:
        """The marked rows that are shown, or else the row under the cursor."""
        marked = [r for r in self._rows if r.id in self.marked]
        if marked:
            return marked
        return [self.current] if self.current is not None else []
