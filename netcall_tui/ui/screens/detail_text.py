"""Text for the log's detail view: a call's facts, its promises, outcome names.

User text (names, notes, details) goes into rich `Text` as plain strings, never markup,
and made harmless (a control character shows as a picture, never reaches the terminal).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pendulum import DateTime
from rich.text import Text

from ...core.domain.promise import Promise
from ...core.domain.records import Call, Caller
from ...core.domain.referral import Referral
from ...core.text.ages import ago_text, exact_text
from ...core.text.energy import rating_words, scale_words
from ...core.text.harmless import harmless

Tone = Callable[[str], str]  # a theme colour name ("error") -> a rich style


def when_text(moment: DateTime | None, now: DateTime) -> str:
    if moment is None:
        return "—"
    return f"{exact_text(moment.timestamp(), now.tzinfo)} ({ago_text(moment.timestamp(), now)})"


def mins(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def facts_text(
    call: Call,
    caller: Caller | None,
    now: DateTime,
    tone: Tone,
    referrals: Sequence[Referral] = (),
) -> Text:
    """Every field of a call (and its caller's details, the referral it opened), one per
    line."""
    label = Text.styled
    rows: list[tuple[str, str]] = [
        ("Started", when_text(call.started_at, now)),
        ("Ended", when_text(call.ended_at, now)),
        ("Connection", call.strength.label),
    ]
    if caller is not None:
        reach = caller.reach.label
        if caller.referred_by:
            reach += f" (by {caller.referred_by})"
        rows.append(("Reached you", reach))
        target = " at ".join(x for x in (caller.role, caller.company) if x)
        rows += [("Looking for", target), ("Sector", caller.sector)]
        rows += [("Phone", caller.phone), ("E-mail", caller.email)]
        rows.append(("About them", " ".join(caller.notes.split())))  # one line: notes may wrap
    rows.append(("Asked for", ", ".join(sorted(a.label for a in call.asks)) or "—"))
    rows.append(("Came across", ", ".join(sorted(t.label for t in call.traits)) or "—"))
    text = Text()
    for name, value in rows:
        if value:
            text.append_text(label(f"{name:<12}", "bold"))
            text.append(f"{harmless(value)}\n")
    text.append_text(label(f"{'Time':<12}", "bold"))
    text.append(f"{mins(call.used_s)} of {mins(call.limit_s)}")
    if call.used_s > call.limit_s:
        text.append(f"  {mins(call.used_s - call.limit_s)} over", style=tone("error"))
    for phase in call.phases:
        over = f", {mins(phase.overtime_s)} over" if phase.overtime_s else ""
        text.append(f"\n{'':<12}· {phase.kind.label}: {mins(phase.used_s)}")
        text.append(f" of {mins(phase.limit_s)}{over}")
    text.append_text(label(f"\n{'Outcome':<12}", "bold"))
    outcome = call.outcome
    if outcome is None:
        text.append("none logged")
    else:
        detail = f" — {harmless(outcome.detail)}" if outcome.detail else ""
        text.append(outcome.kind.label + detail)
        if outcome.when is not None:
            text.append(f", {when_text(outcome.when, now)}")
    for referral in referrals:
        text.append_text(label(f"\n{'Referral':<12}", "bold"))
        text.append(referral_text(referral, now))
    text.append_text(label(f"\n{'Left you':<12}", "bold"))
    text.append(left_you(call.energy))
    if call.edited_at is not None:
        text.append_text(label(f"\n{'Edited':<12}", "bold"))
        text.append(when_text(call.edited_at, now))
    return text


def left_you(energy: int | None) -> str:
    """'good (4) · 1–5 changes it', or how to rate it: the keys of the detail view."""
    if energy is None:
        return f"not rated · {scale_words()} rates it"
    return f"{rating_words(energy)} · 1–5 changes it"


def promises_text(promises: Sequence[Promise], now: DateTime, tone: Tone) -> Text:
    """Each promise and whether it was kept, is open, or is late."""
    if not promises:
        return Text("No promises were made in this call.", style="dim")
    text = Text()
    for promise in promises:
        due = exact_text(promise.due.timestamp(), now.tzinfo)
        if promise.done_at is not None:
            kept = exact_text(promise.done_at.timestamp(), now.tzinfo)
            text.append("✓ kept  ", style=tone("success"))
            text.append(f"{harmless(promise.text)} (due {due}; done {kept})\n")
        else:
            late = promise.due < now
            text.append(
                "✗ late  " if late else "○ open  ",
                style=tone("error" if late else "warning"),
            )
            text.append(f"{harmless(promise.text)} (due {due})\n")
    text.rstrip()
    return text


def referral_text(referral: Referral, now: DateTime) -> str:
    """'to Dana Lee: they agreed, since Tue 3 Nov 2026 10:20 (3 days ago)'."""
    state = referral.state.label
    if referral.result is not None:
        state += f": {referral.result.label}"
    contact = harmless(referral.contact_name)
    return f"to {contact}: {state}, since {when_text(referral.since, now)}"
