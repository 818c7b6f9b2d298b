"""The questions an outcome needs before it can be logged: when, to whom, which avenue.

Each flow returns an `Outcome`, or None when the user backs out (nothing is logged).
"""

from __future__ import annotations

from collections.abc import Callable

import pendulum
from pendulum import DateTime
from rich.text import Text
from textual.app import App

from ...core.call.live import LiveCall
from ...core.domain.values import Outcome
from ...core.domain.vocabulary import OutcomeKind
from ...core.promises.due import parse_when
from .choice import ChoiceScreen
from .form import Field, FormScreen, parses, required

WHEN_EXAMPLES = "e.g. next tue 14:00, in 2 weeks, 2026-12-03 10:30"


def when_from(text: str) -> DateTime:
    return parse_when(text, pendulum.now())


def when_shown(text: str) -> str:
    return when_from(text).format("dddd D MMMM YYYY, HH:mm")


async def ask_when(app: App, title: str, default: str) -> DateTime | None:
    answer = await app.push_screen_wait(
        FormScreen(
            title,
            [Field("when", "when", default, WHEN_EXAMPLES, parses(when_from), preview=when_shown)],
        )
    )
    return None if answer is None else when_from(answer["when"])


async def _interview(app: App, live: LiveCall, avenues: tuple[str, ...]) -> Outcome | None:
    when = await ask_when(app, "Information interview: 30 minutes, in person. When?", "next week")
    return None if when is None else Outcome(OutcomeKind.INTERVIEW_SCHEDULED, when=when)


async def _follow_up(app: App, live: LiveCall, avenues: tuple[str, ...]) -> Outcome | None:
    when = await ask_when(app, "Follow-up call. When?", "in 2 weeks")
    return None if when is None else Outcome(OutcomeKind.FOLLOW_UP_SCHEDULED, when=when)


async def _referral(app: App, live: LiveCall, avenues: tuple[str, ...]) -> Outcome | None:
    if not live.interview_on_record:
        choice = await app.push_screen_wait(_gate(live))
        if choice == "interview":
            return await _interview(app, live, avenues)
        if choice != "refer":
            return None
    answer = await app.push_screen_wait(
        FormScreen(
            "Referral made: to whom?",
            [
                Field(
                    "to",
                    "contact (pick one of your network below, or type a name)",
                    placeholder="name, and company if it helps",
                    check=required("the contact"),
                    choices=tuple(app.keeper.contact_names()),  # type: ignore[attr-defined]
                )
            ],
        )
    )
    return None if answer is None else Outcome(OutcomeKind.REFERRAL_MADE, answer["to"])


def _gate(live: LiveCall) -> ChoiceScreen:
    body = Text()
    body.append("There is no information interview with ")
    body.append(live.caller.name, style="bold")
    body.append(" on record.\n\n")
    body.append(
        "Your credibility is on the line when you refer someone. Meet them for a "
        "30-minute sit-down first, then decide."
    )
    return ChoiceScreen(
        "No referral without a sit-down",
        body,
        [
            ("interview", "Schedule the interview", "primary"),
            ("refer", "Refer anyway", "warning"),
            ("cancel", "Back to the call", "default"),
        ],
    )


async def _resume_kept(app: App, live: LiveCall, avenues: tuple[str, ...]) -> Outcome | None:
    when = await ask_when(app, "Résumé kept on file. Review it again when?", "in 3 months")
    return None if when is None else Outcome(OutcomeKind.RESUME_KEPT, when=when)


async def _honest_no(app: App, live: LiveCall, avenues: tuple[str, ...]) -> Outcome | None:
    answer = await app.push_screen_wait(
        FormScreen(
            "Honest no: where can they turn instead?",
            [
                Field(
                    "avenue",
                    "alternative avenue (pick one below or type your own)",
                    check=required("an alternative avenue"),
                    choices=avenues,
                )
            ],
            "Say it plainly, so no false hope is built, and point somewhere useful.",
        )
    )
    return None if answer is None else Outcome(OutcomeKind.HONEST_NO, answer["avenue"])


async def _plain(kind: OutcomeKind) -> Outcome:
    return Outcome(kind)


Flow = Callable[[App, LiveCall, tuple[str, ...]], "object"]

FLOWS: dict[OutcomeKind, Flow] = {
    OutcomeKind.INTERVIEW_SCHEDULED: _interview,
    OutcomeKind.REFERRAL_MADE: _referral,
    OutcomeKind.FOLLOW_UP_SCHEDULED: _follow_up,
    OutcomeKind.RESUME_KEPT: _resume_kept,
    OutcomeKind.HONEST_NO: _honest_no,
}


async def ask_outcome(
    app: App, kind: OutcomeKind, live: LiveCall, avenues: tuple[str, ...]
) -> Outcome | None:
    flow = FLOWS.get(kind)
    if flow is None:
        return await _plain(kind)
    return await flow(app, live, avenues)  # type: ignore[misc]
