"""The résumé register: every résumé you promised to keep on file — who, what for
(roles · sectors · tags), since when, last reviewed, review due, whom it went to —
searched as you type over tags, roles, sectors, names and notes, so "who do I have on
file for this opening?" is one keystroke-run away. On file by default; state:removed
shows the others. From a row: mark it reviewed, pass it on to a contact (a referral; a
name outside your network: a promise), remove it with a kind note, or open its call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

import pendulum
from pendulum import DateTime
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Header, Input, Static

from ...core.domain.fields import MAX_FIELD
from ...core.domain.resume import RESUME_LIMITS
from ...core.errors import NetcallError
from ...core.log.resume_terms import HELP, REGISTER
from ...core.log.view import LogView
from ...core.resumes.rows import ResumeRow
from ..widgets.bounded_input import BoundedInput
from ..widgets.key_bar import KeyBar
from ..widgets.log_table import LogTable
from ..widgets.resume_columns import RESUME_COLUMNS
from . import register_text as say
from .filtered_list import FilteredList
from .row_changes import RowChanges

if TYPE_CHECKING:
    from ...services.resumes import ResumeOps

Now = Callable[[], DateTime]
# Which footer keys give way first when the row is narrow (help then reads "more keys").
FOOTER_DROP = {"register.sort": 2, "register.back": 1}


class RegisterScreen(FilteredList, RowChanges):
    """Find the résumés on file that fit an opening, and keep the promise made for them."""

    FILTER = "#register-filter"
    CSS_PATH = "register.tcss"

    LETTERS_ARE_TEXT = True  # a letter that is no key here goes to the filter

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="register.back"),
        Binding(
            "slash", "focus_filter", "Filter", show=False, id="register.filter", key_display="/"
        ),
        Binding("v", "reviewed", "Reviewed", id="register.reviewed"),
        Binding("p", "pass_on", "Pass on", id="register.pass_on"),
        Binding("x", "remove", "Remove", id="register.remove"),
        Binding("s", "next_sort", "Sort", id="register.sort"),
        Binding("r", "reverse", "Reverse", show=False, id="register.reverse"),
        Binding("down", "to_table", "To the table", show=False, id="register.to_table"),
    ]

    def __init__(self, *, now: Now | None = None) -> None:
        super().__init__()
        self.now: Now = now or pendulum.now
        self.view = LogView(now=self.now, language=REGISTER)
        self.view.set_filter(say.effective_filter(""))
        self._on_file = 0  # how many of the rows are still on file

    def compose(self) -> ComposeResult:
        yield Header()
        yield BoundedInput(
            limit=MAX_FIELD,
            placeholder='search: "data engineering", logistics, or role: sector: tag: caller:',
            id="register-filter",
            select_on_focus=False,
        )
        yield Static(Text(HELP), id="register-hint")
        yield LogTable(now=self.now, id="register-table", columns=RESUME_COLUMNS)
        yield Static("", id="register-about")
        yield Static("", id="register-status")
        yield KeyBar(FOOTER_DROP, id="footer")

    def on_mount(self) -> None:
        self.title = "Résumés on file"
        self.sub_title = "register"
        self.set_interval(60, self.table.tick)
        self.reload()
        # "Type to search" when there is something to find; else the keys the list names.
        (self.query_one(self.FILTER, Input) if self.view.total else self.table).focus()

    @property
    def selected(self) -> ResumeRow | None:
        row = self.table.current
        return row if isinstance(row, ResumeRow) else None

    # --- loading, filtering, sorting -----------------------------------------------------

    def reload(self, keep: str | None = None) -> None:
        """Read the register (at open and after a change): a few ms for thousands."""
        rows = self.app.session.resumes.rows()
        self._on_file = sum(row.on_file for row in rows)
        self.view.set_rows(rows)
        self._show(keep)

    @on(Input.Changed, "#register-filter")
    def _filter(self, event: Input.Changed) -> None:
        error = self.view.set_filter(say.effective_filter(event.value))
        hint = self.query_one("#register-hint", Static)
        hint.set_class(error is not None, "-error")
        hint.update(Text(error or HELP))
        self._show(self.selected.id if self.selected else None)

    @on(Input.Submitted, "#register-filter")
    def _filter_done(self) -> None:
        self.table.focus()

    def _show(self, keep: str | None = None) -> None:
        view = self.view
        self.table.show(
            view.shown, sort=(view.sort_column, view.descending), empty=self._empty(), keep=keep
        )
        self._status()

    def _empty(self) -> str:
        view = self.view
        typed = self.query_one(self.FILTER, Input).value.strip()
        if view.total and not typed:  # every one of them removed
            return say.NONE_ON_FILE.format(removed=say.resumes_text(view.total) + " removed")
        empty = self.empty_text(say.EMPTY, "résumés on file", say.resumes_text(view.total))
        return empty.replace(f"“{say.ON_FILE_FILTER} ", "“")  # the filter as typed

    def _status(self) -> None:
        view = self.view
        shown = len(view.shown)
        typed = self.query_one(self.FILTER, Input).value
        every, on = (view.total, "") if say.names_state(typed) else (self._on_file, " on file")
        count = say.resumes_text(every) if shown == every else f"{shown:,} of {every:,}"
        count += on
        parts = [count, f"sorted by {view.sort_column} {'▼' if view.descending else '▲'}"]
        row = self.selected
        about = say.about(row, self.now()) if row is not None else ""
        self.query_one("#register-about", Static).update(Text(about))
        self.query_one("#register-status", Static).update(Text(" · ".join(parts)))
        self.refresh_bindings()

    def action_back(self) -> None:
        self.dismiss()

    # --- keeping the promise: reviewed, passed on, removed -------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The changes need a résumé still on file; a read-only log shows them greyed."""
        if action not in ("reviewed", "pass_on", "remove"):
            return True
        row = self.selected
        if row is None or not row.on_file:
            return False
        return None if self.app.session.read_only else True

    @work(exclusive=True, group="register-ask")
    async def action_reviewed(self) -> None:
        from ..dialogs.resume_form import ask_review

        row = self.selected
        if row is None:
            return
        title = f"{row.caller}'s résumé reviewed. Review it again when?"
        when = await ask_review(self.app, title)
        if when is not None:
            done = say.reviewed_toast(row, when, self.now())
            self._write(row, lambda ops: ops.reviewed(row.id, when), done)

    @work(exclusive=True, group="register-ask")
    async def action_pass_on(self) -> None:
        from ..contact_flow import ask_contact

        row = self.selected
        if row is None:
            return
        picked = await ask_contact(
            self.app, row.caller, lambda name: say.pass_on_blurb(row, name), say.PASS_ON_WORDS
        )
        if picked is None:
            return
        contact, name = picked.pick.contact, picked.pick.name
        ask = picked.ask(self.app.config.referral_ask_again_days) if contact else None
        contact_id = contact.id if contact else ""
        done = say.passed_toast(row, name, contact is not None)
        self._write(row, lambda ops: ops.pass_on(row.id, contact_id, name, ask), done)

    @work(exclusive=True, group="register-ask")
    async def action_remove(self) -> None:
        from ..dialogs.choice import ChoiceScreen
        from ..dialogs.form import Field, FormScreen, required

        row = self.selected
        if row is None:
            return
        body = f"Why is {row.caller}'s résumé coming off file? The note is kept with it."
        title = f"Remove {row.caller}'s résumé from file?"
        answer = await self.app.push_screen_wait(ChoiceScreen(title, body, say.REMOVE_ANSWERS))
        note = say.REMOVE_NOTES.get(answer or "")
        if answer == "own":
            limit = RESUME_LIMITS["removed_note"]
            field = Field("note", "a kind note", check=required("a note"), limit=limit)
            typed = await self.app.push_screen_wait(FormScreen(title, [field], confirm="remove"))
            note = typed["note"] if typed else None
        if note:
            self._write(row, lambda ops: ops.remove(row.id, note), say.removed_toast(row, note))

    @work(thread=True, exclusive=True, group="register-write")
    def _write(self, row: ResumeRow, change: Callable[[ResumeOps], object], done: str) -> None:
        session = self.app.session
        try:
            session.wait_for(change, session.resumes)
        except NetcallError as exc:
            self.app.call_from_thread(self.not_saved, str(exc))
            return
        self.app.call_from_thread(self.saved, row.id, done)

    # --- the call it came from -----------------------------------------------------------

    def on_log_table_selected(self, message: LogTable.Selected) -> None:
        if (row := self.selected) is not None:
            gone = "The call this résumé came from is no longer in the log."
            self.open_call(row.call_id, row.id, gone)
