"""The session log's table: the windowed table (`row_table`) over `LogRow`s, with the
log's columns. At 120 columns and up the exact local date and the outcome's detail get
their own room."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType

from ...core.log.rows import LogRow
from .log_columns import cell, columns_for
from .row_table import RowTable, table_bindings
from .table_columns import Column, Parts


class LogTable(RowTable[LogRow]):
    BINDINGS: ClassVar[list[BindingType]] = table_bindings("log")

    def column_set(self, width: int) -> tuple[Column, ...]:
        return columns_for(width)

    def cell(self, key: str, row: LogRow, wide: bool) -> Parts:
        return cell(key, row, self._now, wide)
