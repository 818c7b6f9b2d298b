"""What the session log shows: all rows, the filter, the sort, and the rows that result.

Kept free of Textual so the benchmark times exactly what a keystroke costs. Typing more
of a search only narrows, so it filters the previous result instead of every row; and
recent results are remembered, so backspace is as quick as typing. Another list (the
referrals view) gets the same with its own `query.Language`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from ..errors import QueryError
from .query import LOG, Language, Query, filter_rows, narrows, parse_query, sort_rows

_REMEMBERED = 48


class LogView:
    """Rows newest first until sorted otherwise; `shown` is what the table draws."""

    def __init__(
        self,
        rows: Sequence[Any] = (),
        *,
        now: Callable[[], datetime],
        language: Language[Any] | None = None,
    ) -> None:
        self._now = now
        self.language: Language[Any] = language or LOG
        self.sort_column = self.language.first_column
        self.descending = self.language.ties_descending
        self.text = ""
        self.error: str | None = None
        self._all: list[Any] = []
        self.shown: list[Any] = []
        self._cache: OrderedDict[str, list[Any]] = OrderedDict()
        self.set_rows(rows)

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def all_rows(self) -> list[Any]:
        return self._all

    def _sorted(self, rows: Sequence[Any]) -> list[Any]:
        return sort_rows(rows, self.sort_column, self.descending, self.language)

    def set_rows(self, rows: Sequence[Any]) -> None:
        """New data (opened, edited, deleted): sort, then apply the filter again."""
        self._all = self._sorted(rows)
        self._cache.clear()
        self._apply(self.text, force=True)

    def set_filter(self, text: str) -> str | None:
        """Filter by what was typed. A filter that can't be read shows nothing (as the
        command line exits 2): the error, naming the bad value and how to write it, is
        returned and kept in `error` until the filter reads right."""
        self._apply(text)
        return self.error

    def set_sort(self, column: str, descending: bool | None = None) -> None:
        """Sort by `column`; None picks its natural first direction, or reverses it when
        it is already the sort column."""
        if descending is None:
            if column == self.sort_column:
                descending = not self.descending
            else:
                descending = column in self.language.descending_first
        self.sort_column, self.descending = column, descending
        self._all = self._sorted(self._all)
        self.shown = self._sorted(self.shown)
        self._cache.clear()
        if self.error is None:  # a filter that can't be read is read again, not remembered
            self._cache[self.text.strip()] = self.shown

    def next_sort(self) -> str:
        """Move the sort to the next column (for a key that cycles); returns its name."""
        columns = tuple(self.language.sort_keys)
        column = columns[(columns.index(self.sort_column) + 1) % len(columns)]
        self.set_sort(column)
        return column

    def remove(self, ids: set[str]) -> None:
        self._all = [r for r in self._all if r.id not in ids]
        self.shown = [r for r in self.shown if r.id not in ids]
        self._cache.clear()
        if self.error is None:  # a filter that can't be read is read again, not remembered
            self._cache[self.text.strip()] = self.shown

    def index_of(self, call_id: str) -> int | None:
        for index, row in enumerate(self.shown):
            if row.id == call_id:
                return index
        return None

    def _apply(self, text: str, *, force: bool = False) -> None:
        key = text.strip()
        if not force and key in self._cache:
            self._cache.move_to_end(key)
            self.text, self.error, self.shown = text, None, self._cache[key]
            return
        try:
            query: Query = parse_query(text, self._now(), self.language)
        except QueryError as exc:
            self.text, self.error, self.shown = text, str(exc), []
            return
        base: Sequence[Any] = self._all
        if not force and self.error is None and narrows(self.text, text, self.language):
            base = self.shown
        self.text, self.error = text, None
        self.shown = filter_rows(base, query) if not query.empty else list(self._all)
        self._cache[key] = self.shown
        while len(self._cache) > _REMEMBERED:
            self._cache.popitem(last=False)
