"""What the lists you filter as you type share (the log, the referrals): a letter typed
outside the filter box goes into it, unless it is one of the screen's own keys or help;
the sort keys and a click on a column's title; the cursor kept on its row meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widgets import Input, Static

from ...core.log.view import LogView
from ...core.text.harmless import harmless
from ..widgets.log_table import LogTable


def type_into(screen: Screen[Any], event: events.Key, box: Input) -> None:
    """Send a printable key to `box` (a `q` in "quentin" must not quit the app)."""
    if not event.is_printable or event.character is None:
        return
    bound = screen.active_bindings.get(event.key)
    if bound is not None and (bound.node is not screen.app or bound.binding.action == "help"):
        return
    event.stop()
    event.prevent_default()
    # At once, not as `focus()` does (after the keys already waiting): a fast typist's
    # next letters would reach the table and act as its keys.
    screen.set_focus(box)
    box.cursor_position = len(box.value)  # after what is there: typing goes on
    box.insert_text_at_cursor(event.character)


class FilteredList:
    """Mixed into a Screen with a filter box (`FILTER`, a selector), a `view` and a
    `LogTable`; it draws with `_show(keep)` and `_status()`."""

    FILTER: str
    view: LogView

    if TYPE_CHECKING:  # the Screen's, and the list's own (a stub here would hide them)

        def query_one(self, selector: Any, expect_type: Any = None) -> Any: ...

        def _show(self, keep: str | None = None) -> None: ...

        def _status(self) -> None: ...

    def empty_text(self, nothing: str, things: str, all_of_them: str) -> str:
        """What the table says when it lists nothing: `nothing` with none at all; the
        filter's error until it reads right; else how to see all of them again."""
        view = self.view
        if not view.total:
            return nothing
        if view.error is not None:  # nothing filtered is listed until the filter reads right
            return f"{view.error} Nothing is listed until the filter is fixed."
        return (
            f"No {things} match “{harmless(view.text.strip())}” — change the filter, or clear "
            f"it (ctrl+u in the filter box) to see all {all_of_them}."
        )

    @property
    def table(self) -> LogTable:
        table: LogTable = self.query_one(LogTable)
        return table

    def on_log_table_highlighted(self, message: LogTable.Highlighted) -> None:
        self._status()

    def on_log_table_sort_clicked(self, message: LogTable.SortClicked) -> None:
        self._resort(lambda: self.view.set_sort(message.column))

    def action_next_sort(self) -> None:
        self._resort(self.view.next_sort)

    def action_reverse(self) -> None:
        self._resort(lambda: self.view.set_sort(self.view.sort_column, not self.view.descending))

    def _resort(self, change: Callable[[], object]) -> None:
        keep = self.table.current.id if self.table.current else None
        change()
        self._show(keep=keep)

    def show_shown(self, empty: str, keep: str | None = None) -> None:
        """Draw the view's rows (`empty` when there are none), the cursor on `keep`."""
        view = self.view
        self.table.show(
            view.shown, sort=(view.sort_column, view.descending), empty=empty, keep=keep
        )
        self._status()

    def count_and_sort(self, all_of_them: str) -> list[str]:
        """The status line's start: '39 promises' or '3 of 39', and the sort."""
        view, shown = self.view, len(self.view.shown)
        count = all_of_them if shown == view.total else f"{shown:,} of {view.total:,}"
        return [count, f"sorted by {view.sort_column} {'▼' if view.descending else '▲'}"]

    def open_call(self, call_id: str, keep: str, gone: str) -> None:
        """The log's detail of the call a row came from (`gone`: said when it isn't in
        the log); the list is read again if the call was changed there."""
        from .log_detail import LogDetailScreen

        assert isinstance(self, Screen)
        screen: Any = self
        if not call_id or not screen.app.session.calls.has(call_id):
            screen.notify(gone)
            return

        def done(changed: bool | None) -> None:
            if changed:
                screen.reload(keep)

        screen.app.push_screen(LogDetailScreen(call_id, now=screen.now), done)

    def refilter(self, text: str, hint: Static, help_text: str) -> None:
        """The filter's text changed: show the rows it leaves, and under the box its help
        or what is wrong with it."""
        error = self.view.set_filter(text)
        hint.set_class(error is not None, "-error")
        hint.update(Text(error or help_text))
        current = self.table.current
        self._show(current.id if current is not None else None)

    def action_focus_filter(self) -> None:
        self.query_one(self.FILTER, Input).focus()

    def action_to_table(self) -> None:
        self.table.focus()

    def on_key(self, event: events.Key) -> None:
        """A letter typed outside the filter goes into it, unless it is a key here."""
        assert isinstance(self, Screen)
        type_into(self, event, self.query_one(self.FILTER, Input))
