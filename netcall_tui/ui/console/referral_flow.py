"""The referral question (R). The gates ask first: a caller with a tenuous or no
connection asking for an introduction gets general advice only (habit 4), then no
referral without a sit-down (habit 2). Then whom to (`contact_flow.ask_contact`: your contacts,
or a new name kept as one, and the blurb, with the favour check), and the answer is kept.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from rich.text import Text

from ...core.call.advice_only import link_words
from ...core.call.blurb import draft_blurb
from ...core.call.gate import (
    ADVICE,
    ADVICE_ONLY,
    ADVICE_ONLY_TITLE,
    RULE,
    TITLE,
    advice_only_needed,
    sit_down_needed,
    this_call_so_far,
)
from ...core.call.live import LiveCall
from ...core.call.phrasebook import default_phrasebook
from ...core.domain.fields import MAX_DETAIL
from ...core.domain.resume import ResumeFor
from ...core.domain.values import Outcome
from ...core.domain.vocabulary import OutcomeKind
from ...core.network.referral_ask import ReferralAsk
from ...core.text.harmless import harmless
from ..contact_flow import ask_contact
from ..dialogs.choice import ChoiceScreen
from ..dialogs.referral_form import ReferralPick
from ..host import NetcallHost

Interview = Callable[[NetcallHost, LiveCall], Awaitable[Outcome | None]]


@dataclass(frozen=True, slots=True)
class Asked:
    """An outcome and, for a referral, what the referral question asked; for a résumé
    kept on file, what it is for."""

    outcome: Outcome
    referral: ReferralAsk | None = None
    resume: ResumeFor | None = None


async def ask_referral(
    app: NetcallHost, live: LiveCall, interview: Interview
) -> Outcome | Asked | None:
    """The referral (or what a gate led to instead), None when the user backs out."""
    if advice_only_needed(live):
        choice = await app.push_screen_wait(advice_gate(live))
        if choice == "advice":
            return Outcome(OutcomeKind.ADVICE_GIVEN)
        if choice != "refer":
            return None
    if sit_down_needed(live):
        choice = await app.push_screen_wait(sit_down_gate(live))
        if choice == "interview":
            return await interview(app, live)
        if choice != "refer":
            return None
    return await _to_whom(app, live)


async def _to_whom(app: NetcallHost, live: LiveCall) -> Asked | None:
    template = app.phrasebook.blurb or default_phrasebook().blurb

    def draft(name: str) -> str:
        return draft_blurb(template, live, name)

    picked = await ask_contact(app, live.caller.name, draft)
    if picked is None:
        return None
    return Asked(_outcome(picked.pick), picked.ask(app.config.referral_ask_again_days))


def _outcome(pick: ReferralPick) -> Outcome:
    """The log's "to whom": the contact, with their company when known."""
    company = pick.contact.company if pick.contact else ""
    detail = f"{pick.name} at {company}" if company else pick.name
    return Outcome(OutcomeKind.REFERRAL_MADE, detail[:MAX_DETAIL])


def advice_gate(live: LiveCall) -> ChoiceScreen:
    """A weak connection asking for an introduction: general advice instead?"""
    body = Text()
    body.append(harmless(live.caller.name), style="bold")
    body.append(f" has {link_words(live.caller.strength)} to you and asks for an introduction.")
    body.append(f"\n\n{ADVICE_ONLY}")
    return ChoiceScreen(
        ADVICE_ONLY_TITLE,
        body,
        [
            ("advice", "Log: advice given", "primary"),
            ("refer", "Refer anyway", "warning"),
            ("cancel", "Back", "default"),
        ],
    )


def sit_down_gate(live: LiveCall) -> ChoiceScreen:
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
