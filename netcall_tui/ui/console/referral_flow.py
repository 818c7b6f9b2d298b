"""The referral question (R). The gates ask first: a caller with a tenuous or no
connection asking for an introduction gets general advice only (habit 4), then no
referral without a sit-down (habit 2). Then whom to (`ReferralForm`: your contacts, or a
new name kept as one, and the blurb); a favour that taps a treasured contact or would
overdraw one asks whether it is an important favour, and the answer is kept.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
from ...core.domain.matching import PeopleIndex
from ...core.domain.moments import now
from ...core.domain.records import Contact
from ...core.domain.values import Outcome
from ...core.domain.vocabulary import OutcomeKind
from ...core.network.capital import Capital, capital
from ...core.network.favour_check import TITLE as FAVOUR_TITLE
from ...core.network.favour_check import FavourQuestion, favour_question, question_text
from ...core.network.referral_ask import ReferralAsk
from ...core.text.harmless import harmless
from ...services.people import ContactEntry
from ..dialogs.choice import ChoiceScreen
from ..dialogs.referral_form import ReferralForm, ReferralPick
from ..host import NetcallHost

if TYPE_CHECKING:
    from pendulum import DateTime

Interview = Callable[[NetcallHost, LiveCall], Awaitable[Outcome | None]]


@dataclass(frozen=True, slots=True)
class Asked:
    """An outcome and, for a referral, what the referral question asked."""

    outcome: Outcome
    referral: ReferralAsk | None = None


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


def _fields(entry: ContactEntry) -> tuple[str, str]:
    return (entry.name, entry.company)


def _network(app: NetcallHost) -> PeopleIndex[ContactEntry]:
    """Your contacts, ready to search (on a worker thread: 30,000 take a moment)."""
    return PeopleIndex(app.session.people.contact_entries(), _fields)


async def _to_whom(app: NetcallHost, live: LiveCall) -> Asked | None:
    index = await asyncio.to_thread(_network, app)
    config, moment = app.config, now()
    period = config.capital_period_days

    def left(contact: Contact) -> Capital:
        return capital(contact, moment, allowance=config.allowance, period_days=period)

    template = app.phrasebook.blurb or default_phrasebook().blurb

    def draft(name: str) -> str:
        return draft_blurb(template, live, name)

    blurb: str | None = None
    while True:
        form = ReferralForm(live.caller.name, index, app.session.people.contact, left, draft, blurb)
        pick = await app.push_screen_wait(form)
        if pick is None:
            return None
        important: bool | None = None
        question = None
        if pick.contact is not None:
            question = favour_question(
                pick.contact, moment, allowance=config.allowance, period_days=period
            )
        if question is not None:
            answer = await app.push_screen_wait(important_question(question, moment, period))
            if answer == "cancel":
                return None
            if answer != "important":  # not that important: choose another contact
                blurb = None if pick.blurb == draft(pick.name) else pick.blurb
                continue
            important = True
        return Asked(_outcome(pick), _ask(pick, important, config.referral_ask_again_days))


def _outcome(pick: ReferralPick) -> Outcome:
    """The log's "to whom": the contact, with their company when known."""
    company = pick.contact.company if pick.contact else ""
    detail = f"{pick.name} at {company}" if company else pick.name
    return Outcome(OutcomeKind.REFERRAL_MADE, detail[:MAX_DETAIL])


def _ask(pick: ReferralPick, important: bool | None, days: int) -> ReferralAsk:
    contact = pick.contact
    return ReferralAsk(
        contact_id=contact.id if contact else "",
        new_contact="" if contact else pick.name,
        important=important,
        blurb=pick.blurb,
        ask_again_days=days,
    )


def important_question(
    question: FavourQuestion, moment: DateTime, period_days: int
) -> ChoiceScreen:
    """Is this an important favour? Yes logs it as one; no goes back to choose another."""
    body = question_text(question, moment, period_days)
    return ChoiceScreen(
        FAVOUR_TITLE,
        body,
        [
            ("other", "No, another contact", "primary"),
            ("important", "Yes, important", "warning"),
            ("cancel", "Back", "default"),
        ],
    )


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
