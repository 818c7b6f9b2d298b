"""Who is on the line, and what happened with them before (to answer consistently)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from ...core.call.history import CallerHistory
from ...core.domain.moments import now
from ...core.domain.vocabulary import Strength
from ...core.text.ages import ago_text
from ...core.text.harmless import harmless

if TYPE_CHECKING:
    from ...core.domain.records import Call, Caller

STRENGTH_STYLE = {
    Strength.STRONG: "bold green",
    Strength.MODERATE: "green",
    Strength.TENUOUS: "yellow",
    Strength.NONE: "dim",
}


class CallerCard(Static):
    """Names and notes are the user's text: built with `Text`, never parsed as markup,
    and made harmless (a control character shows as its picture)."""

    DEFAULT_CSS = """
    CallerCard { height: auto; padding: 0 1; border: round $secondary 50%; }
    """

    caller: reactive[Caller | None] = reactive(None)
    history: reactive[CallerHistory] = reactive(CallerHistory)

    def on_mount(self) -> None:
        self.border_title = "caller"

    def watch_caller(self) -> None:
        self.update(self._render_card())

    def watch_history(self) -> None:
        self.update(self._render_card())

    def _render_card(self) -> Text:
        caller = self.caller
        if caller is None:
            return Text.assemble(
                ("No call in progress.\n", "bold"),
                ("Press ", "dim"),
                ("n", "bold"),
                (" when the phone rings.", "dim"),
            )
        text = Text()
        text.append(harmless(caller.name), style="bold")
        text.append("\n")
        strength = "no" if caller.strength is Strength.NONE else caller.strength.label
        text.append(f"{strength} connection", style=STRENGTH_STYLE[caller.strength])
        text.append(" · ", style="dim")
        text.append(harmless(_reach(caller)))
        aim = " · ".join(part for part in (caller.role, caller.company, caller.sector) if part)
        if aim:
            text.append("\naims for ", style="dim")
            text.append(harmless(aim))
        contact = "  ".join(part for part in (caller.phone, caller.email) if part)
        if contact:
            text.append("\n")
            text.append(harmless(contact), style="dim")
        text.append("\n\n")
        text.append_text(history_text(self.history))
        return text


def _reach(caller: Caller) -> str:
    if caller.referred_by:
        return f"referred by {caller.referred_by}"
    return caller.reach.label


def history_text(history: CallerHistory, limit: int = 4) -> Text:
    text = Text()
    if not history.count:
        text.append("First call with this person.", style="italic dim")
        return text
    last = ago_text(history.calls[0].started_at.timestamp(), now())
    text.append(f"{history.count} earlier call{'s' * (history.count != 1)}", style="bold")
    text.append(f", last {last}\n", style="dim")
    for call in history.calls[:limit]:
        text.append_text(_call_line(call))
    interview = "yes" if history.interview_on_record else "no — meet before any referral"
    text.append("interview on record: ", style="dim")
    text.append(interview, style="green" if history.interview_on_record else "yellow")
    for promise in history.open_promises:
        text.append("\n• promised: ", style="dim")
        text.append(harmless(promise.text))
        text.append(f" (due {promise.due.format('D MMM')})", style="dim")
    return text


def _call_line(call: Call) -> Text:
    asks = ", ".join(sorted(a.label for a in call.asks)) or "no ask noted"
    outcome = call.outcome.kind.label if call.outcome else "no outcome"
    line = Text(f"  {call.started_at.format('D MMM YYYY')}  ", style="dim")
    line.append(asks)
    line.append(" → ", style="dim")
    line.append(outcome)
    line.append("\n")
    return line
