"""The session log: every call, newest first, narrowed as you type; Enter for the detail.

Rows are read from the store and indexed in a thread (the screen paints at once, even at
100,000 calls); each keystroke refilters the precomputed index on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

import pendulum
from pendulum import DateTime
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Footer, Header, Input, Static

from ...core.domain.fields import MAX_FIELD
from ...core.domain.stored import CallRecord
from ...core.errors import NetcallError
from ...core.export.data import gather
from ...core.export.formats import render
from ...core.log.query import HELP
from ...core.log.rows import LogRow, PromiseState, build_rows, promise_states
from ...core.log.view import LogView
from ...core.text.ages import exact_text
from ...services.files import write_export
from ..base import NetcallScreen
from ..widgets.bounded_input import BoundedInput
from ..widgets.log_table import LogTable
from .filtered_list import FilteredList

if TYPE_CHECKING:
    from ..dialogs.export_form import ExportChoice

Now = Callable[[], DateTime]
FIRST_PAGE = 200  # rows indexed before the first paint; the rest follow in a thread
EMPTY = "No calls yet — press n on the console to start one (escape goes back)."


def _calls(count: int) -> str:
    return f"{count:,} call{'s' if count != 1 else ''}"


class LogScreen(FilteredList, NetcallScreen[None]):
    """Browse, search and sort every call; open one to edit, delete or forget. A letter
    typed outside the filter goes into it (a `q` in "quentin" must not quit), unless it
    is one of the log's own keys (s, r, x, j, k…) or help."""

    FILTER = "#log-filter"

    LETTERS_ARE_TEXT = True  # a letter typed anywhere here goes to the filter

    DEFAULT_CSS = """
    LogScreen #log-filter { margin: 0 1; border: tall $border-blurred; }
    LogScreen #log-filter:focus { border: tall $border; }
    LogScreen #log-hint { height: auto; max-height: 3; padding: 0 2; color: $text-muted; }
    LogScreen #log-hint.-error { color: $warning; }
    LogScreen #log-table { margin: 0 1; }
    LogScreen #log-status { height: 1; padding: 0 2; color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="log.back"),
        Binding("slash", "focus_filter", "Filter", id="log.filter", key_display="/"),
        Binding("s", "next_sort", "Sort", id="log.sort"),
        Binding("r", "reverse", "Reverse", id="log.reverse"),
        Binding("x", "export", "Export", id="log.export"),
        Binding("down", "to_table", "To the table", show=False, id="log.to_table"),
    ]

    class Loaded(Message):
        def __init__(self, rows: list[LogRow], keep: str | None) -> None:
            super().__init__()
            self.rows = rows
            self.keep = keep

    def __init__(self, *, now: Now | None = None) -> None:
        super().__init__()
        self.now: Now = now or pendulum.now
        self.view = LogView(now=self.now)
        self.loaded = False  # True once every call is indexed
        self.total = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield BoundedInput(
            limit=MAX_FIELD,  # a stray paste of a book must not stall every keystroke
            placeholder="filter: words, or outcome:referral ask:resume since:2w caller:dana",
            id="log-filter",
            select_on_focus=False,  # a letter sent here from the table adds to the filter
        )
        yield Static(Text(HELP), id="log-hint")
        yield LogTable(now=self.now, id="log-table")
        yield Static("", id="log-status")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "session log"
        self.query_one("#log-filter", Input).focus()  # "type to search" is true at once
        self.set_interval(60, self.table.tick)
        self.reload()

    def _records(self) -> tuple[list[CallRecord], dict[str, PromiseState]]:
        records, promises = self.app.session.log.calls_and_promises()
        return records, promise_states(promises)

    # --- loading ----------------------------------------------------------------------

    def reload(self, keep: str | None = None) -> None:
        """Read the calls (at open, and after an edit, a delete, a forget).

        The newest screenful is indexed here, so the log paints at once whatever its
        size; the whole index is built in a thread and replaces it when ready (a filter
        typed meanwhile is applied to all of it then)."""
        records, states = self._records()
        self.total = len(records)
        if len(records) <= FIRST_PAGE:  # small: all of it now, no thread
            self.loaded = True
            self.view.set_rows(build_rows(records, states))
            self._show(keep=keep)
            return
        if not self.loaded:
            self.view.set_rows(build_rows(records[:FIRST_PAGE], states))
            self._show(keep=keep)
        if self.loaded:
            self._load(records, states, keep)
        else:  # after the first paint, so the thread doesn't slow it down
            self.call_after_refresh(self._load, records, states, keep)

    # (a description, or @work would build one from repr() of 10,000 records)
    @work(thread=True, exclusive=True, group="log-load", description="index the calls")
    def _load(
        self, records: list[CallRecord], states: dict[str, PromiseState], keep: str | None
    ) -> None:
        self.post_message(self.Loaded(build_rows(records, states), keep))

    def on_log_screen_loaded(self, message: Loaded) -> None:
        current = self.table.current
        self.loaded = True
        self.view.set_rows(message.rows)
        self._show(keep=current.id if current is not None else message.keep)

    # --- filtering and sorting ------------------------------------------------------------

    @on(Input.Changed, "#log-filter")
    def _filter(self, event: Input.Changed) -> None:
        error = self.view.set_filter(event.value)
        hint = self.query_one("#log-hint", Static)
        hint.set_class(error is not None, "-error")
        hint.update(Text(error or HELP))
        self._show(keep=self.table.current.id if self.table.current else None)

    @on(Input.Submitted, "#log-filter")
    def _filter_done(self) -> None:
        self.table.focus()

    def _sort(self) -> tuple[str, bool]:
        return self.view.sort_column, self.view.descending

    def _show(self, keep: str | None = None) -> None:
        empty = self.empty_text(EMPTY, "calls", _calls(self.view.total))
        self.table.show(self.view.shown, sort=self._sort(), empty=empty, keep=keep)
        self._status()

    def _status(self) -> None:
        view = self.view
        shown = len(view.shown)
        count = f"{shown:,} of {_calls(view.total)}" if shown != view.total else _calls(view.total)
        if not self.loaded and self.total > view.total:
            count = f"{_calls(self.total)}, newest {view.total:,} shown (reading the rest…)"
        arrow = "▼" if view.descending else "▲"
        parts = [count, f"sorted by {view.sort_column} {arrow}"]
        row = self.table.current
        if row is not None:
            zone = self.now().tzinfo
            parts.append(f"{exact_text(row.ts, zone)} {getattr(zone, 'name', '')}".strip())
        self.query_one("#log-status", Static).update(Text(" · ".join(parts)))

    def action_back(self) -> None:
        self.dismiss()

    # --- the detail view ----------------------------------------------------------------

    def on_log_table_selected(self, message: LogTable.Selected) -> None:
        from .log_detail import LogDetailScreen

        def done(changed: bool | None) -> None:
            if changed:
                self.reload(keep=message.row.id)

        self.app.push_screen(LogDetailScreen(message.row.id, now=self.now), done)

    # --- export ---------------------------------------------------------------------------

    @work(exclusive=True, group="log-export")
    async def action_export(self) -> None:
        from ..dialogs.export_form import ask_export

        rows = list(self.view.shown)
        if not rows:
            self.notify("Nothing to export: no calls are shown.", severity="warning")
            return
        selection = self.view.text.strip()
        chosen = await ask_export(self.app, _calls(len(rows)), selection, self.now())
        if chosen is not None:
            self._write_export(chosen, [row.record for row in rows], selection)

    @work(thread=True, group="log-export-write", description="write the export")
    def _write_export(
        self, chosen: ExportChoice, records: list[CallRecord], selection: str
    ) -> None:
        promises, callers = self.app.session.log.promises_and_callers()
        referrals = self.app.session.referrals.records()
        resumes = self.app.session.resumes.records()
        energy = chosen.with_energy
        data = gather(records, promises, callers, selection, referrals, resumes, energy)
        path = chosen.path
        try:
            write_export(path, render(chosen.fmt, data, now=self.now()))
        except NetcallError as exc:
            self.app.call_from_thread(
                self.notify, str(exc), title="Not exported", severity="error", markup=False
            )
            return
        self.app.call_from_thread(
            self.notify, f"Exported {_calls(len(records))} to {path}.", markup=False
        )
