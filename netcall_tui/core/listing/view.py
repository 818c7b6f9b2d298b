"""What a filtered list shows: all rows, the filter, the sort, and the rows that result.

The session log (`core.log.view`) and the contacts (`core.network.contact_view`) are
each this view over their own rows and filter language. Kept free of Textual so the
benchmarks time exactly what a keystroke costs. Typing more of a search only narrows,
so it filters the previous result instead of every row; and recent results are
remembered, so backspace is as quick as typing.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from typing import Generic, Protocol, TypeVar

from ..errors import QueryError

_REMEMBERED = 48


class Row(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=Row)
Narrow = Callable[[Sequence[R]], list[R]]  # the rows of a sequence a filter keeps


class Language(Protocol[R]):
    """A list's filter and sort: how typed text reads, and the columns rows sort by."""

    @property
    def columns(self) -> tuple[str, ...]: ...

    @property
    def descending_first(self) -> Collection[str]:
        """The columns whose natural first direction is down (newest, most…)."""
        ...

    def matcher(self, text: str, now: datetime) -> Narrow[R] | None:
        """What keeps the matching rows; None when the text asks for all of them;
        QueryError (saying how to write it) when it can't be read."""
        ...

    def narrows(self, old: str, new: str) -> bool: ...

    def sort(self, rows: Sequence[R], column: str, descending: bool) -> list[R]: ...


class RowView(Generic[R]):
    """Rows in the sort order; `shown` is what the table draws."""

    def __init__(
        self,
        language: Language[R],
        rows: Sequence[R] = (),
        *,
        now: Callable[[], datetime],
        sort: tuple[str, bool],
    ) -> None:
        self._language = language
        self._now = now
        self.sort_column, self.descending = sort
        self.text = ""
        self.error: str | None = None
        self._all: list[R] = []
        self.shown: list[R] = []
        self._cache: OrderedDict[str, list[R]] = OrderedDict()
        self.set_rows(rows)

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def all_rows(self) -> list[R]:
        return self._all

    def set_rows(self, rows: Sequence[R]) -> None:
        """New data (opened, edited, deleted): sort, then apply the filter again."""
        self._all = self._language.sort(rows, self.sort_column, self.descending)
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
                descending = column in self._language.descending_first
        self.sort_column, self.descending = column, descending
        self._all = self._language.sort(self._all, column, descending)
        self.shown = self._language.sort(self.shown, column, descending)
        self._remember_shown()

    def next_sort(self) -> str:
        """Move the sort to the next column (for a key that cycles); returns its name."""
        columns = self._language.columns
        column = columns[(columns.index(self.sort_column) + 1) % len(columns)]
        self.set_sort(column)
        return column

    def remove(self, ids: set[str]) -> None:
        self._all = [r for r in self._all if r.id not in ids]
        self.shown = [r for r in self.shown if r.id not in ids]
        self._remember_shown()

    def index_of(self, row_id: str) -> int | None:
        for index, row in enumerate(self.shown):
            if row.id == row_id:
                return index
        return None

    def _remember_shown(self) -> None:
        self._cache.clear()
        if self.error is None:  # a filter that can't be read is read again, not remembered
            self._cache[self.text.strip()] = self.shown

    def _apply(self, text: str, *, force: bool = False) -> None:
        key = text.strip()
        if not force and key in self._cache:
            self._cache.move_to_end(key)
            self.text, self.error, self.shown = text, None, self._cache[key]
            return
        try:
            keep = self._language.matcher(text, self._now())
        except QueryError as exc:
            self.text, self.error, self.shown = text, str(exc), []
            return
        base: Sequence[R] = self._all
        if not force and self.error is None and self._language.narrows(self.text, text):
            base = self.shown
        self.text, self.error = text, None
        self.shown = keep(base) if keep is not None else list(self._all)
        self._cache[key] = self.shown
        while len(self._cache) > _REMEMBERED:
            self._cache.popitem(last=False)
