"""One past call in full: every field, phases, promises and whether they were kept, how
it left you, and the caller's other calls. Edit its notes or outcome, rate it (1 to 5),
delete it, or forget the person.

Dismisses with True when something was changed, so the log reads the calls again.
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
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from ...core.domain.fields import MAX_NOTES
from ...core.domain.records import Call
from ...core.domain.vocabulary import ENERGY_WORDS
from ...core.errors import NetcallError
from ...core.text.ages import exact_text
from ...core.text.harmless import harmless
from ...services.calls import CallDetail
from ..base import NetcallScreen
from ..energy_keys import rating_bindings
from ..widgets.bounded_text_area import BoundedTextArea
from .detail_text import facts_text, promises_text, when_text
from .record_read import read_shown

if TYPE_CHECKING:
    from ...core.export.forgetting import OtherCopy

Now = Callable[[], DateTime]


class LogDetailScreen(NetcallScreen[bool]):
    """The call with id `call_id`; `now` is the wall clock (injectable for tests)."""

    DEFAULT_CSS = """
    LogDetailScreen #detail { padding: 0 2; }
    LogDetailScreen .detail-title { text-style: bold; color: $primary; padding-top: 1; }
    LogDetailScreen .detail-heading { text-style: bold; color: $secondary; padding-top: 1; }
    LogDetailScreen #detail-notes { height: auto; min-height: 3; max-height: 16;
        border: round $secondary 50%; }
    LogDetailScreen #detail-notes.-editing { border: round $primary; }
    LogDetailScreen #detail-others { height: auto; max-height: 10; border: none; }
    LogDetailScreen .detail-muted { color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="detail.back"),
        Binding("e", "edit_notes", "Edit notes", id="detail.edit_notes"),
        Binding("ctrl+s", "save_notes", "Save notes", id="detail.save_notes"),
        Binding("o", "edit_outcome", "Outcome", id="detail.edit_outcome"),
        Binding("d", "delete", "Delete call", id="detail.delete"),
        Binding("F", "forget", "Forget person", id="detail.forget", key_display="F"),
        *rating_bindings("this call", "detail."),  # the "Left you" line names them
    ]

    def __init__(self, call_id: str, *, now: Now | None = None) -> None:
        super().__init__()
        self.call_id = call_id
        self.now: Now = now or pendulum.now
        self.detail: CallDetail | None = None
        self.editing = False
        self.changed = False

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="detail"):
            yield Static("", id="detail-title", classes="detail-title")
            yield Static("", id="detail-facts")
            yield Static("Notes", classes="detail-heading")
            yield BoundedTextArea(
                limit=MAX_NOTES, id="detail-notes", soft_wrap=True, read_only=True
            )
            yield Static("Promises", classes="detail-heading")
            yield Static("", id="detail-promises")
            yield Static(
                "Their other calls (tab to the list, enter opens one)", classes="detail-heading"
            )
            yield OptionList(id="detail-others")
            yield Static("", id="detail-no-others", classes="detail-muted")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "call detail"
        self.query_one("#detail-notes", TextArea).can_focus = False
        self.load()

    def load(self) -> None:
        detail = read_shown(
            self,
            lambda: self.app.session.calls.detail(self.call_id),
            "call",
            "That call is no longer in the log.",
            changed=self.changed,
        )
        if detail is None:
            return
        self.detail = detail
        self._draw()

    # --- drawing ----------------------------------------------------------------------

    def _draw(self) -> None:
        assert self.detail is not None
        call, caller, now = self.detail.call, self.detail.caller, self.now()
        self.query_one("#detail-title", Static).update(
            Text(f"{harmless(call.caller_name)} — {when_text(call.started_at, now)}")
        )
        facts = facts_text(call, caller, now, self._tone, self.detail.referrals)
        self.query_one("#detail-facts", Static).update(facts)
        self.query_one("#detail-notes", TextArea).load_text(self._shown_notes())
        self.query_one("#detail-promises", Static).update(
            promises_text(self.detail.promises, now, self._tone)
        )
        others = self.query_one("#detail-others", OptionList)
        others.clear_options()
        for other in self.detail.others:
            label = other.outcome.kind.label if other.outcome else "no outcome"
            when = exact_text(other.started_at.timestamp(), now.tzinfo)
            others.add_option(Option(Text(f"{when} · {label}"), id=other.id))
        others.display = bool(self.detail.others)
        self.query_one("#detail-no-others", Static).update(
            "" if self.detail.others else "This is their only call."
        )

    def _shown_notes(self) -> str:
        """The notes as shown and edited: a control character as its picture. Saving an
        edit keeps what was shown; unedited notes are never rewritten."""
        assert self.detail is not None
        return harmless(self.detail.call.notes, lines=True)

    def _tone(self, name: str) -> str:
        """A theme colour (error, warning, success) for text inside a Static."""
        return f"bold {self.app.theme_variables.get(name, 'default')}"

    # --- keys -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save_notes":
            return self.editing
        if action in ("edit_notes", "edit_outcome", "rate", "delete", "forget"):
            if self.editing:
                return False
            return None if self.app.session.read_only else True
        return True

    def action_back(self) -> None:
        if self.editing:
            self._stop_editing()
            self.query_one("#detail-notes", TextArea).load_text(self._shown_notes())
            self.notify("Notes not changed.", timeout=3)
            return
        self.dismiss(self.changed)

    def action_edit_notes(self) -> None:
        notes = self.query_one("#detail-notes", TextArea)
        self.editing = True
        notes.read_only = False
        notes.can_focus = True
        notes.add_class("-editing")
        notes.border_subtitle = "ctrl+s saves · escape cancels"
        notes.focus()
        self.refresh_bindings()

    def _stop_editing(self) -> None:
        notes = self.query_one("#detail-notes", TextArea)
        self.editing = False
        notes.read_only = True
        notes.can_focus = False
        notes.remove_class("-editing")
        notes.border_subtitle = ""
        self.set_focus(None)
        self.refresh_bindings()

    def action_save_notes(self) -> None:
        assert self.detail is not None
        text = self.query_one("#detail-notes", TextArea).text
        self._stop_editing()
        if text != self._shown_notes():
            self._save(self.detail.call.with_(notes=text, edited_at=self.now()), "Notes saved.")

    @work(exclusive=True, group="detail-outcome")
    async def action_edit_outcome(self) -> None:
        from ..dialogs.outcome_edit import edit_outcome

        assert self.detail is not None
        call = self.detail.call
        outcome = await edit_outcome(self.app, call)
        if outcome is not None and outcome != call.outcome:
            self._save(call.with_(outcome=outcome, edited_at=self.now()), "Outcome saved.")

    def action_rate(self, energy: int) -> None:
        assert self.detail is not None
        call = self.detail.call
        if call.energy != energy:  # how it left you is not an edit of the call: no edited_at
            self._save(call.with_(energy=energy), f"Noted: {ENERGY_WORDS[energy]}.")

    @work(thread=True, exclusive=True, group="detail-save")
    def _save(self, call: Call, done: str) -> None:
        assert self.detail is not None
        old = self.detail.call
        try:
            session = self.app.session
            session.wait_for(session.calls.update, old, call, self.detail.caller)
        except NetcallError as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        self.app.call_from_thread(self._saved, done)

    def _failed(self, problem: str) -> None:
        self.notify(problem, title="Not saved", severity="error", timeout=30, markup=False)
        self.load()

    def _saved(self, done: str) -> None:
        self.changed = True
        self.notify(done, timeout=3)
        self.load()

    @work(exclusive=True, group="detail-delete")
    async def action_delete(self) -> None:
        from ..dialogs.choice import ChoiceScreen

        assert self.detail is not None
        call, now = self.detail.call, self.now()
        when = exact_text(call.started_at.timestamp(), now.tzinfo)
        count = len(self.detail.promises)
        promises = "the promise" if count == 1 else f"the {count} promises"
        made = f" and {promises} made in it" if count else ""
        body = (
            f"The call with {call.caller_name} on {when}{made} will be deleted. "
            "Their caller record and their other calls stay."
        )
        buttons = [("keep", "Keep it", "primary"), ("delete", "Delete", "error")]
        answer = await self.app.push_screen_wait(
            ChoiceScreen("Delete this call?", body, buttons, danger=True)
        )
        if answer != "delete":
            return
        self._delete(call)

    @work(thread=True, exclusive=True, group="detail-save")
    def _delete(self, call: Call) -> None:
        try:
            session = self.app.session
            session.wait_for(session.calls.remove, call)
        except NetcallError as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        self.app.call_from_thread(self._gone, f"Deleted the call with {call.caller_name}.")

    def _gone(self, message: str) -> None:
        self.notify(message, markup=False)
        self.dismiss(True)

    @work(exclusive=True, group="detail-forget")
    async def action_forget(self) -> None:
        from ..dialogs.choice import ChoiceScreen

        assert self.detail is not None
        plan = self.app.session.people.plan_forget(self.detail.call.caller_id)
        buttons = [("keep", "Keep", "primary"), ("forget", f"Forget {plan.name}", "error")]
        if plan.others:  # the other files: also erase them, or only the log and backups
            buttons = [
                ("keep", "Cancel", "primary"),
                ("forget", "Only the log and backups", "warning"),
                ("everywhere", "Also erase those files", "error"),
            ]
        answer = await self.app.push_screen_wait(
            ChoiceScreen(f"Forget {plan.name}?", plan.describe(), buttons, danger=True)
        )
        if answer in ("forget", "everywhere"):
            others = plan.others if answer == "everywhere" else ()
            self._forget(plan.caller_id, plan.name, others)

    @work(thread=True, exclusive=True, group="detail-save")
    def _forget(self, caller_id: str, name: str, others: tuple[OtherCopy, ...]) -> None:
        try:
            session = self.app.session
            report = session.wait_for(session.people.forget, caller_id, others)
        except NetcallError as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        self.app.call_from_thread(self._gone, report.summary(name))

    @on(OptionList.OptionSelected, "#detail-others")
    def _open_other(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.push_screen(LogDetailScreen(event.option.id, now=self.now), self._after)

    def _after(self, changed: bool | None) -> None:
        if changed:
            self.changed = True
            self.load()
