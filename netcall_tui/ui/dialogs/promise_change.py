"""The promises view's questions: how a promise was kept (a note), whether an interview
was held, until when to snooze one, what to change, why to let one go. Each returns
what was answered, or None when the dialog was left with escape."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pendulum import DateTime

from ...core.domain.fields import MAX_DETAIL
from ...core.promises.due import parse_due
from ...core.text.ages import day_text
from ..host import NetcallHost
from .choice import ChoiceScreen
from .form import Field, FormScreen
from .promise_form import due_field, due_from, what_field


class Held(StrEnum):
    """What the interview question answers."""

    HELD = "held"
    CALL_NOW = "call_now"  # it is happening now: start its call on the console
    NOT_HELD = "not_held"


async def ask_note(app: NetcallHost, what: str) -> str | None:
    """How it was kept (optional): '' when left empty, None on escape."""
    answer = await app.push_screen_wait(
        FormScreen(
            f"Done: {_short(what, 60)}",
            [
                Field(
                    "note",
                    "how it was kept (optional)",
                    placeholder="e.g. sent on to Priya",
                    limit=MAX_DETAIL,  # the promise's note, as a drop's reason
                )
            ],
            confirm="mark it done",
        )
    )
    return None if answer is None else answer["note"]


async def ask_reason(app: NetcallHost, what: str) -> str | None:
    """Why it is let go (optional): '' when left empty, None on escape."""
    answer = await app.push_screen_wait(
        FormScreen(
            f"Drop: {_short(what, 60)}",
            [
                Field(
                    "reason",
                    "why you let it go",
                    placeholder="e.g. they found a job",
                    limit=MAX_DETAIL,
                )
            ],
            help_text="A dropped promise stays in the list, marked dropped, with your reason.",
            confirm="drop it",
        )
    )
    return None if answer is None else answer["reason"]


async def ask_held(app: NetcallHost, caller: str, what: str, can_call: bool) -> Held | None:
    """Whether the information interview took place: a held one counts as an interview
    on record, so a referral for `caller` needs no sit-down first."""
    answers = [(Held.HELD.value, "Yes, held", "success")]
    if can_call:
        answers.append((Held.CALL_NOW.value, "Now: start its call", "primary"))
    answers.append((Held.NOT_HELD.value, "Not held", "default"))
    who = caller or "them"
    body = f"{_short(what)}\n\nA held interview counts as the sit-down a referral for {who} needs."
    if can_call:
        body += " If you are meeting now, start its call: the console times it."
    answer = await app.push_screen_wait(ChoiceScreen("Was the interview held?", body, answers))
    return None if answer is None else Held(answer)


def _short(what: str, most: int = 120) -> str:
    """A promise's words cut to a few lines, so a question's answers stay in sight (a
    choice's body scrolls, but not on a 20-line terminal)."""
    return what if len(what) <= most else what[: most - 1].rstrip() + "…"


SNOOZES = {"day": "tomorrow", "week": "in 1 week"}  # the answers' words, as `due` reads them


async def ask_snooze(app: NetcallHost, what: str, now: DateTime) -> DateTime | None:
    """Until when: a day, a week (from today), or a date typed as elsewhere."""
    day, week = (parse_due(words, now) for words in SNOOZES.values())
    answers = [
        ("day", f"1 day ({day_text(day, now)})", "primary"),
        ("week", f"1 week ({day_text(week, now)})", "default"),
        ("date", "A date…", "default"),
    ]
    answer = await app.push_screen_wait(ChoiceScreen("Snooze until when?", _short(what), answers))
    if answer is None:
        return None
    if answer != "date":
        return parse_due(SNOOZES[answer], now)
    typed = await app.push_screen_wait(
        FormScreen(f"Snooze: {_short(what, 60)}", [due_field("", "until")], confirm="snooze")
    )
    return None if typed is None else due_from(typed["due"])


@dataclass(frozen=True, slots=True)
class Edit:
    """What the edit form changed (None: left as it was)."""

    text: str | None
    due: DateTime | None


async def ask_edit(app: NetcallHost, what: str, due_shown: str) -> Edit | None:
    """What was promised and when; the due date is read again only if it was changed
    (so a timed interview keeps its time when only its words are fixed)."""
    answer = await app.push_screen_wait(
        FormScreen(
            "Edit the promise",
            [what_field("what you will do", what), due_field(due_shown)],
            confirm="save",
        )
    )
    if answer is None:
        return None
    text = answer["text"] if answer["text"] != what.strip() else None
    due = due_from(answer["due"]) if answer["due"] != due_shown else None
    return Edit(text, due)
