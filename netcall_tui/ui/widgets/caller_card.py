"""Who is on the line, and what happened with them before (to answer consistently)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderResult
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

CALLER_TITLE = "caller"
MORE_BELOW = "· ↓ scroll for more"
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
        self.border_title = CALLER_TITLE
        if self.parent is not None:  # a scrolling column at 80x24: say so when it scrolls
            self.watch(self.parent, "show_vertical_scrollbar", self._column_scrolls)

    def _column_scrolls(self, scrolls: bool) -> None:
        self.border_title = f"{CALLER_TITLE} {MORE_BELOW}" if scrolls else CALLER_TITLE

    def watch_caller(self) -> None:
        self.update(self._render_card())

    def watch_history(self) -> None:
        self.update(self._render_card())

    def _render_card(self) -> Text | Group:
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
        text.append("\n")
        return Group(text, *history_lines(self.history))


def _reach(caller: Caller) -> str:
    if caller.referred_by:
        return f"referred by {caller.referred_by}"
    return caller.reach.label


def history_lines(history: CallerHistory, limit: int = 4) -> list[Text | OneLine]:
    """The caller's earlier calls, one line each (cut at a word, never wrapped halfway),
    how many more there are, the interview gate and the promises still open."""
    if not history.count:
        return [Text("First call with this person.", style="italic dim")]
    last = ago_text(history.calls[0].started_at.timestamp(), now())
    head = Text(f"{history.count} earlier call{'s' * (history.count != 1)}", style="bold")
    head.append(f", last {last}", style="dim")
    lines: list[Text | OneLine] = [OneLine(head)]
    lines += [OneLine(_call_line(call)) for call in history.calls[:limit]]
    if history.count > limit:
        lines.append(OneLine(Text(f"  +{history.count - limit} more in the log (l)", "dim")))
    interview = "yes" if history.interview_on_record else "no — meet before any referral"
    gate = Text("interview on record: ", style="dim")
    gate.append(interview, style="green" if history.interview_on_record else "yellow")
    lines.append(gate)
    for promise in history.open_promises:
        line = Text("• promised: ", style="dim")
        line.append(harmless(promise.text))
        line.append(f" (due {promise.due.format('D MMM')})", style="dim")
        lines.append(line)
    return lines


def _call_line(call: Call) -> Text:
    asks = ", ".join(sorted(a.label for a in call.asks)) or "no ask noted"
    outcome = call.outcome.kind.label if call.outcome else "no outcome"
    # The outcome first: cut to 80 columns, what was decided outlives what was asked.
    line = Text(f"  {call.started_at.format('D MMM YYYY')}  ", style="dim")
    line.append(outcome)
    line.append(" ← ", style="dim")
    line.append(asks)
    return line


class OneLine:
    """A line that never wraps: too long for the width it gets, it is cut after the last
    whole word that fits, and ends in an ellipsis."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield cut_at_word(self.text, options.max_width)


def cut_at_word(text: Text, width: int) -> Text:
    if text.cell_len <= width:
        return text
    plain = text.plain
    end = len(plain)
    while end > 0 and cell_len(plain[:end].rstrip(" ,←")) + 1 > width:
        space = plain.rfind(" ", 0, end - 1)
        end = space if space > 0 else end - 1
    shown = text[:end]
    shown.rstrip()
    shown.plain = shown.plain.rstrip(" ,←")
    shown.append("…", style="dim")
    shown.no_wrap = True
    return shown
