"""The promises view: every promise — what, to whom, due, its state, the call it came
from — overdue first (red), then today's (amber), this week's, later ones, and the done
and dropped; filtered as you type (overdue due:week caller:dana state:done, words).

Keys on the selected promise keep it (with a note; an interview asks whether it was
held, and can start its call), snooze it, edit it, drop it (with a reason) or open its
call; u takes the last change back. Each change is one write of `PromiseOps`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, ClassVar

import pendulum
from pendulum import DateTime
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Header, Input, Static

from ...core.domain.fields import MAX_FIELD
from ...core.domain.vocabulary import PromiseKind
from ...core.errors import NetcallError
from ...core.log.promise_terms import HELP
from ...core.log.view import LogView
from ...core.promises.rows import PromiseRow
from ...core.promises.wording import due_text
from ...core.text.ages import local_time
from ..base import NetcallScreen
from ..widgets.bounded_input import BoundedInput
from ..widgets.key_bar import KeyBar
from ..widgets.log_table import LogTable
from ..widgets.promise_columns import PROMISE_COLUMNS
from ..widgets.promise_counts import PromiseCounts
from .calendar_export import CalendarExport
from .filtered_list import FilteredList
from .promise_text import EMPTY, GROUPED, changed_text, promises_text, row_text, undone_text

if TYPE_CHECKING:
    from ...core.domain.promise import Promise
    from ...services.promises import PromiseOps

Now = Callable[[], DateTime]
StartCall = Callable[[str], bool]  # a caller's id -> whether their call started
# Which footer keys give way first when the row is narrow (help then reads "more keys").
FOOTER_DROP = {"promises.undo": 3, "promises.edit": 2, "promises.snooze": 1}
ON_OPEN = frozenset({"done", "snooze", "drop"})  # keys for an open promise only


class PromisesScreen(FilteredList, NetcallScreen[None], CalendarExport):
    """Browse every promise and keep, snooze, edit or drop the selected one.
    `start_call`: how the console starts a call with a caller (None: not from here)."""

    FILTER = "#promises-filter"
    CSS_PATH = "promises.tcss"

    LETTERS_ARE_TEXT = True  # a letter that is no key here goes to the filter

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="promises.back"),
        Binding(
            "slash", "focus_filter", "Filter", show=False, id="promises.filter", key_display="/"
        ),
        Binding("d", "done", "Done", id="promises.done", tooltip="Mark it done, with a note"),
        Binding("z", "snooze", "Snooze", id="promises.snooze", tooltip="A day, a week, a date"),
        Binding("e", "edit", "Edit", id="promises.edit", tooltip="Change what or when"),
        Binding("x", "drop", "Drop", id="promises.drop", tooltip="Let it go, with a reason"),
        Binding("u", "undo", "Undo", id="promises.undo", tooltip="Take the last change back"),
        Binding(
            "c",
            "export_calendar",
            "Calendar",
            id="promises.export_calendar",
            tooltip="Export the open promises as a calendar file (.ics)",
        ),
        Binding("o", "open_call", "Open the call", show=False, id="promises.open_call"),
        Binding("s", "next_sort", "Sort", show=False, id="promises.sort"),
        Binding("r", "reverse", "Reverse", show=False, id="promises.reverse"),
        Binding("down", "to_table", "To the table", show=False, id="promises.to_table"),
    ]

    def __init__(self, *, now: Now | None = None, start_call: StartCall | None = None) -> None:
        super().__init__()
        self.now: Now = now or pendulum.now
        self.start_call = start_call
        self.view = LogView(now=self.now, language=GROUPED)

    def compose(self) -> ComposeResult:
        yield Header()
        yield BoundedInput(
            limit=MAX_FIELD,
            placeholder="filter: words, or overdue due:today due:week caller:dana state:done",
            id="promises-filter",
            select_on_focus=False,
        )
        yield Static(Text(HELP), id="promises-hint")
        yield PromiseCounts(id="promises-counts")
        yield LogTable(now=self.now, id="promises-table", columns=PROMISE_COLUMNS)
        yield Static("", id="promises-status")
        yield KeyBar(FOOTER_DROP, id="footer")

    def on_mount(self) -> None:
        self.title = "Promises"
        self.sub_title = "keep your word"
        self.set_interval(60, self._tick)
        self.reload()
        # Something to search: type at once. Nothing: the keys the empty list names work.
        (self.query_one(self.FILTER, Input) if self.view.total else self.table).focus()

    @property
    def selected(self) -> PromiseRow | None:
        row = self.table.current
        return row if isinstance(row, PromiseRow) else None

    # --- loading, filtering, the counts ----------------------------------------------

    def reload(self, keep: str | None = None) -> None:
        """Read every promise (at open and after each change), grouped against now."""
        self.view.set_rows(self.app.session.promises.rows(self.now()))
        self.query_one(PromiseCounts).show(self.view.all_rows)
        self._show(keep)

    def _tick(self) -> None:
        """A minute on: a promise due at 17:00 turns overdue while the view is open."""
        self.table.tick()
        self.reload(self.selected.id if self.selected else None)

    @on(Input.Changed, "#promises-filter")
    def _filter(self, event: Input.Changed) -> None:
        self.refilter(event.value, self.query_one("#promises-hint", Static), HELP)

    @on(Input.Submitted, "#promises-filter")
    def _filter_done(self) -> None:
        self.table.focus()

    def _show(self, keep: str | None = None) -> None:
        every = promises_text(self.view.total)
        self.show_shown(self.empty_text(EMPTY, "promises", every), keep)

    def _status(self) -> None:
        parts = self.count_and_sort(promises_text(self.view.total))
        if (row := self.selected) is not None:
            parts.append(row_text(row, self.now()))
        self.query_one("#promises-status", Static).update(Text(" · ".join(parts)))
        self.refresh_bindings()

    def action_back(self) -> None:
        self.dismiss()

    # --- changing the selected promise ---------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keep, snooze and drop are for an open promise; undo once there is a change to
        take back; a read-only log shows them greyed."""
        if action not in {*ON_OPEN, "edit", "undo"}:
            return True
        row = self.selected
        if action == "undo":
            possible = self.app.session.promises.undoable
        else:
            possible = row is not None and (action == "edit" or row.state == "open")
        return (None if self.app.session.read_only else True) if possible else False

    @property
    def _ops(self) -> PromiseOps:
        return self.app.session.promises

    @work(exclusive=True, group="promises-ask")
    async def action_done(self) -> None:
        from ..dialogs.promise_change import Held, ask_held, ask_note

        row = self.selected
        if row is None:
            return
        held = None
        if row.record.get("kind") == PromiseKind.INTERVIEW:
            held = await ask_held(self.app, row.caller, row.text, self._can_call(row))
            if held is None:
                return
        ops, pid = self._ops, row.id
        if held is Held.CALL_NOW:
            change = partial(ops.done, pid, held=True, at=self.now())
            self._write(row, "Done, the interview held", change, call_now=True)
            return
        note = await ask_note(self.app, row.text)
        if note is not None:
            what = "Done, the interview held" if held is Held.HELD else "Done"
            self._write(
                row, what, partial(ops.done, pid, note, held=held is Held.HELD, at=self.now())
            )

    @work(exclusive=True, group="promises-ask")
    async def action_snooze(self) -> None:
        from ..dialogs.promise_change import ask_snooze

        row = self.selected
        if row is None:
            return
        until = await ask_snooze(self.app, row.text, self.now())
        if until is not None:
            said = f"Snoozed to {due_text(until, self.now())}"
            self._write(row, said, partial(self._ops.snooze, row.id, until))

    @work(exclusive=True, group="promises-ask")
    async def action_edit(self) -> None:
        from ..dialogs.promise_change import ask_edit

        row = self.selected
        if row is None:
            return
        due = f"{local_time(row.due_ts, self.now().tzinfo):%Y-%m-%d}"
        edit = await ask_edit(self.app, row.text, due)
        if edit is not None and (edit.text is not None or edit.due is not None):
            self._write(row, "Edited", partial(self._ops.edit, row.id, edit.text, edit.due))

    @work(exclusive=True, group="promises-ask")
    async def action_drop(self) -> None:
        from ..dialogs.promise_change import ask_reason

        row = self.selected
        if row is None:
            return
        reason = await ask_reason(self.app, row.text)
        if reason is not None:
            self._write(row, "Dropped", partial(self._ops.drop, row.id, reason, at=self.now()))

    @work(thread=True, exclusive=True, group="promises-write", description="save the change")
    def _write(
        self,
        row: PromiseRow,
        what: str,
        change: Callable[[], Promise],
        call_now: bool = False,
    ) -> None:
        """One PromiseOps change on the writer thread; a toast says what it did. `call_now`:
        then start the caller's call on the console (where u is no longer this undo)."""
        try:
            self.app.session.wait_for(change)
        except NetcallError as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        self.app.call_from_thread(self._moved, row.id, changed_text(what, row, not call_now))
        if call_now:
            self.app.call_from_thread(self._call_now, row)

    @work(thread=True, exclusive=True, group="promises-write", description="undo the change")
    def action_undo(self) -> None:
        try:
            back = self.app.session.wait_for(self._ops.undo)
        except NetcallError as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        if back is not None:
            self.app.call_from_thread(self._moved, back.id, undone_text(back, self.now()))

    def _failed(self, problem: str) -> None:
        self.notify(problem, title="Not saved", severity="error", timeout=20, markup=False)
        self.reload(self.selected.id if self.selected else None)

    def _moved(self, promise_id: str, said: str) -> None:
        self.notify(said, timeout=6, markup=False)
        self.reload(promise_id)

    # --- the interview's call, the call it came from -----------------------------------

    def _can_call(self, row: PromiseRow) -> bool:
        return self.start_call is not None and bool(row.caller_id)

    def _call_now(self, row: PromiseRow) -> None:
        """Start the interview's call on the console, and go there."""
        if self.start_call is not None and self.start_call(row.caller_id):
            self.dismiss()

    def on_log_table_selected(self, message: LogTable.Selected) -> None:
        self.action_open_call()

    def action_open_call(self) -> None:
        if (row := self.selected) is not None:
            made = "came from is no longer in the log" if row.call_id else "made outside a call"
            self.open_call(row.call_id, row.id, f"The call this promise {made}: nothing to open.")
