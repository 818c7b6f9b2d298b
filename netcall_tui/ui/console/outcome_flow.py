"""The questions an outcome needs before it can be logged: when, to whom, which avenue.

Each flow returns an `Outcome`, or None when the user backs out (nothing is logged).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from rich.text import Text

from ...core.call.gate import ADVICE, RULE, TITLE, sit_down_needed, this_call_so_far
from ...core.call.live import LiveCall
from ...core.domain.fields import MAX_DETAIL
from ...core.domain.values import Outcome
from ...core.domain.vocabulary import OutcomeKind
from ...core.text.harmless import harmless
from ..dialogs.choice import ChoiceScreen
from ..dialogs.form import Field, FormScreen, required
from ..dialogs.when_form import ask_when
from ..host import NetcallHost


async def _interview(app: NetcallHost, live: LiveCall) -> Outcome | None:
    when = await ask_when(app, "Information interview: 30 minutes, in person. When?", "next week")
    return None if when is None else Outcome(OutcomeKind.INTERVIEW_SCHEDULED, when=when)


async def _follow_up(app: NetcallHost, live: LiveCall) -> Outcome | None:
    when = await ask_when(app, "Follow-up call. When?", "in 2 weeks")
    return None if when is None else Outcome(OutcomeKind.FOLLOW_UP_SCHEDULED, when=when)


async def _referral(app: NetcallHost, live: LiveCall) -> Outcome | None:
    if sit_down_needed(live):
        choice = await app.push_screen_wait(_gate(live))
        if choice == "interview":
            return await _interview(app, live)
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
                    limit=MAX_DETAIL,
                    choices=tuple(app.session.people.contact_names()),
                )
            ],
            confirm="log the call",
        )
    )
    return None if answer is None else Outcome(OutcomeKind.REFERRAL_MADE, answer["to"])


def _gate(live: LiveCall) -> ChoiceScreen:
    body = Text()
    body.append("There is no information interview with ")
    body.append(harmless(live.caller.name), style="bold")
    body.append(" on record.\n\n")
    body.append(ADVICE)
    body.append(f"\n\n{RULE}")
    so_far = this_call_so_far(live)
    if so_far:
        body.append(f" {so_far}")
    return ChoiceScreen(
        TITLE,
        body,
        [
            ("interview", "Schedule the interview", "primary"),
            ("refer", "Refer anyway", "warning"),
            ("cancel", "Back to the call", "default"),
        ],
    )


async def _resume_kept(app: NetcallHost, live: LiveCall) -> Outcome | None:
    when = await ask_when(app, "Résumé kept on file. Review it again when?", "in 3 months")
    return None if when is None else Outcome(OutcomeKind.RESUME_KEPT, when=when)


async def _honest_no(app: NetcallHost, live: LiveCall) -> Outcome | None:
    answer = await app.push_screen_wait(
        FormScreen(
            "Honest no: where can they turn instead?",
            [
                Field(
                    "avenue",
                    "alternative avenue (pick one below or type your own)",
                    check=required("an alternative avenue"),
                    limit=MAX_DETAIL,
                    choices=app.phrasebook.avenues,
                )
            ],
            "Say it plainly, so no false hope is built, and point somewhere useful.",
            confirm="log the call",
        )
    )
    return None if answer is None else Outcome(OutcomeKind.HONEST_NO, answer["avenue"])


Flow = Callable[[NetcallHost, LiveCall], Awaitable[Outcome | None]]

FLOWS: dict[OutcomeKind, Flow] = {
    OutcomeKind.INTERVIEW_SCHEDULED: _interview,
    OutcomeKind.REFERRAL_MADE: _referral,
    OutcomeKind.FOLLOW_UP_SCHEDULED: _follow_up,
    OutcomeKind.RESUME_KEPT: _resume_kept,
    OutcomeKind.HONEST_NO: _honest_no,
}


async def ask_outcome(app: NetcallHost, kind: OutcomeKind, live: LiveCall) -> Outcome | None:
    """The outcome with what it needs asked for, or None when the user backs out."""
    flow = FLOWS.get(kind)
    if flow is None:
        return Outcome(kind)
    return await flow(app, live)
