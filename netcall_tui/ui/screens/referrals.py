"""The referrals view: every referral, its state, how many days it has been in it, the
contact, the caller and the result; filtered as you type (state:open contact:dana
result:hired…); keys on the selected row move it on, close it with a result, take the
last move back, or open the call it came from. Your reputation heads the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import pendulum
from pendulum import DateTime
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Header, Input, Static

from ...core.domain.fields import MAX_FIELD
from ...core.domain.referral import NEXT
from ...core.domain.vocabulary import ReferralResult, ReferralState
from ...core.errors import NetcallError
from ...core.log.referral_rows import STATE_LABEL, ReferralRow, build_referral_rows
from ...core.log.referral_terms import HELP, REFERRALS
from ...core.log.view import LogView
from ...core.network.reputation import reputation
from ...core.text.ages import exact_text
from ...core.text.counts import counted
from ..widgets.bounded_input import BoundedInput
from ..widgets.log_table import LogTable
from ..widgets.referral_columns import REFERRAL_COLUMNS
from .filtered_list import FilteredList
from .row_changes import RowChanges

Now = Callable[[], DateTime]
EMPTY = "No referrals yet — a call logged as a referral (R) opens one. Escape goes back."
# The moves a key makes, by the action's parameter.
MOVES = {"agreed": ReferralState.AGREED, "declined": ReferralState.DECLINED}
MOVES["introduced"] = ReferralState.INTRODUCED
# What a result does to your capital with the contact, said when you close one.
RESULT_EFFECT = (
    "Hired or a good meeting gives {contact} a favour back; one that reflected badly costs "
    "a favour; one that went nowhere leaves your capital as it is."
)


def _referrals(count: int) -> str:
    return counted(count, "referral", "referrals")


class ReferralsScreen(FilteredList, RowChanges):
    """Browse every referral and move the selected one on."""

    FILTER = "#referrals-filter"

    LETTERS_ARE_TEXT = True  # a letter that is no key here goes to the filter

    DEFAULT_CSS = """
    ReferralsScreen #referrals-filter { margin: 0 1; border: tall $border-blurred; }
    ReferralsScreen #referrals-filter:focus { border: tall $border; }
    ReferralsScreen #referrals-hint { height: auto; max-height: 3; padding: 0 2;
        color: $text-muted; }
    ReferralsScreen #referrals-hint.-error { color: $warning; }
    ReferralsScreen #referrals-reputation { height: auto; padding: 0 2; text-style: bold;
        color: $secondary; }
    ReferralsScreen #referrals-table { margin: 0 1; }
    ReferralsScreen #referrals-status { height: 1; padding: 0 2; color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="referrals.back"),
        Binding("slash", "focus_filter", "Filter", id="referrals.filter", key_display="/"),
        Binding("a", "move('agreed')", "Agree", id="referrals.agreed"),
        Binding("d", "move('declined')", "Decline", id="referrals.declined"),
        Binding("i", "move('introduced')", "Introduce", id="referrals.introduced"),
        Binding("c", "close", "Close", id="referrals.close"),
        Binding("u", "undo", "Undo", id="referrals.undo"),
        Binding("o", "open_call", "Open the call", show=False, id="referrals.open_call"),
        Binding("s", "next_sort", "Sort", show=False, id="referrals.sort"),
        Binding("r", "reverse", "Reverse", show=False, id="referrals.reverse"),
        Binding("down", "to_table", "To the table", show=False, id="referrals.to_table"),
    ]

    def __init__(self, *, now: Now | None = None) -> None:
        super().__init__()
        self.now: Now = now or pendulum.now
        self.view = LogView(now=self.now, language=REFERRALS)

    def compose(self) -> ComposeResult:
        yield Header()
        yield BoundedInput(
            limit=MAX_FIELD,
            placeholder="filter: words, or state:open contact:dana caller:sam result:hired",
            id="referrals-filter",
            select_on_focus=False,
        )
        yield Static(Text(HELP), id="referrals-hint")
        yield Static("", id="referrals-reputation")
        yield LogTable(now=self.now, id="referrals-table", columns=REFERRAL_COLUMNS)
        yield Static("", id="referrals-status")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "referrals"
        self.query_one("#referrals-filter", Input).focus()
        self.set_interval(60, self.table.tick)
        self.reload()

    @property
    def selected(self) -> ReferralRow | None:
        row = self.table.current
        return row if isinstance(row, ReferralRow) else None

    # --- loading, filtering, sorting -----------------------------------------------------

    def reload(self, keep: str | None = None) -> None:
        """Read every referral (at open and after a move): rows from the stored records,
        a few milliseconds for thousands."""
        records = self.app.session.referrals.records()
        self.view.set_rows(build_referral_rows(records))
        self.query_one("#referrals-reputation", Static).update(Text(reputation(records).line()))
        self._show(keep)

    @on(Input.Changed, "#referrals-filter")
    def _filter(self, event: Input.Changed) -> None:
        error = self.view.set_filter(event.value)
        hint = self.query_one("#referrals-hint", Static)
        hint.set_class(error is not None, "-error")
        hint.update(Text(error or HELP))
        self._show(self.selected.id if self.selected else None)

    @on(Input.Submitted, "#referrals-filter")
    def _filter_done(self) -> None:
        self.table.focus()

    def _show(self, keep: str | None = None) -> None:
        view = self.view
        empty = self.empty_text(EMPTY, "referrals", _referrals(view.total))
        self.table.show(
            view.shown, sort=(view.sort_column, view.descending), empty=empty, keep=keep
        )
        self._status()

    def _status(self) -> None:
        view = self.view
        shown = len(view.shown)
        count = _referrals(view.total) if shown == view.total else f"{shown:,} of {view.total:,}"
        parts = [count, f"sorted by {view.sort_column} {'▼' if view.descending else '▲'}"]
        row = self.selected
        if row is not None:
            since = exact_text(row.since_ts, self.now().tzinfo)
            parts.append(f"{STATE_LABEL.get(row.state, row.state)} since {since}")
        self.query_one("#referrals-status", Static).update(Text(" · ".join(parts)))
        self.refresh_bindings()

    def action_back(self) -> None:
        self.dismiss()

    # --- moving the selected referral on -------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the moves the selected referral can make are offered (so the footer
        holds them at 80 columns); a read-only log shows them greyed."""
        if action not in ("move", "close", "undo"):
            return True
        row = self.selected
        state = ReferralState.lookup(row.state) if row else None
        if state is None:
            return False
        if action == "move":
            possible = MOVES[str(parameters[0])] in NEXT[state]
        elif action == "close":
            possible = ReferralState.CLOSED in NEXT[state]
        else:
            possible = state is not ReferralState.ASKED
        return (None if self.app.session.read_only else True) if possible else False

    def action_move(self, state: str) -> None:
        if (row := self.selected) is not None:
            self._write(row, MOVES[state], None)

    @work(exclusive=True, group="referrals-close")
    async def action_close(self) -> None:
        from ..dialogs.choice import ChoiceScreen

        row = self.selected
        if row is None:
            return
        answers = [
            (r.value, r.short[:1].upper() + r.short[1:], variant)
            for r, variant in zip(
                ReferralResult, ("success", "primary", "default", "error"), strict=True
            )
        ]
        body = f"{row.caller} was introduced to {row.contact}. " + RESULT_EFFECT.format(
            contact=row.contact
        )
        answer = await self.app.push_screen_wait(ChoiceScreen("How did it go?", body, answers))
        if answer:
            self._write(row, ReferralState.CLOSED, ReferralResult.parse(answer))

    @work(thread=True, exclusive=True, group="referrals-write")
    def _write(self, row: ReferralRow, state: ReferralState, result: ReferralResult | None) -> None:
        session = self.app.session
        days = self.app.config.referral_ask_again_days
        try:
            session.wait_for(
                lambda: session.referrals.move(
                    row.id, state, result=result, at=self.now(), ask_again_days=days
                )
            )
        except NetcallError as exc:
            self.app.call_from_thread(self.not_saved, str(exc))
            return
        label = result.label if result else state.label
        done = f"{row.caller} → {row.contact}: {label}. u takes it back."
        self.app.call_from_thread(self.saved, row.id, done)

    @work(thread=True, exclusive=True, group="referrals-write")
    def action_undo(self) -> None:
        row = self.selected
        if row is None:
            return
        session = self.app.session
        try:
            back = session.wait_for(session.referrals.undo, row.id)
        except NetcallError as exc:
            self.app.call_from_thread(self.not_saved, str(exc))
            return
        done = f"{row.caller} → {row.contact}: back to {back.state.label}."
        self.app.call_from_thread(self.saved, row.id, done)

    # --- the call it came from -----------------------------------------------------------

    def on_log_table_selected(self, message: LogTable.Selected) -> None:
        self.action_open_call()

    def action_open_call(self) -> None:
        if (row := self.selected) is not None:
            gone = "The call this referral came from is no longer in the log."
            self.open_call(row.call_id, row.id, gone)
