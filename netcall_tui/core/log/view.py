"""What the session log shows: the list view (`core.listing.view`) over `LogRow`s with
the log's filter language, newest first until sorted otherwise."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from ..listing.view import Narrow, RowView
from .query import DESCENDING_FIRST, SORT_KEYS, filter_rows, narrows, parse_query, sort_rows
from .rows import LogRow

COLUMNS = tuple(SORT_KEYS)


class LogLanguage:
    """The log's filter (`query`) as the list view asks for it."""

    columns = COLUMNS
    descending_first = DESCENDING_FIRST

    def matcher(self, text: str, now: datetime) -> Narrow[LogRow] | None:
        query = parse_query(text, now)
        return None if query.empty else lambda rows: filter_rows(rows, query)

    def narrows(self, old: str, new: str) -> bool:
        return narrows(old, new)

    def sort(self, rows: Sequence[LogRow], column: str, descending: bool) -> list[LogRow]:
        return sort_rows(rows, column, descending)


class LogView(RowView[LogRow]):
    """Rows newest first until sorted otherwise; `shown` is what the table draws."""

    def __init__(self, rows: Sequence[LogRow] = (), *, now: Callable[[], datetime]) -> None:
        super().__init__(LogLanguage(), rows, now=now, sort=("when", True))
