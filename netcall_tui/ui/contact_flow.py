"""Whom to: one of your contacts picked as you type (or a new name), with the blurb to
forward them, and the favour check — a favour that taps a treasured contact or would
overdraw one asks whether it is an important favour; no goes back to choose another.

The referral question (R) asks it during a call; the résumé register when it passes a
résumé on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.domain.matching import PeopleIndex
from ..core.domain.moments import now
from ..core.network.capital import Capital, capital
from ..core.network.favour_check import TITLE as FAVOUR_TITLE
from ..core.network.favour_check import FavourQuestion, favour_question, question_text
from ..core.network.referral_ask import ReferralAsk
from ..services.people import ContactEntry
from .dialogs.choice import ChoiceScreen
from .dialogs.referral_form import REFERRAL_WORDS, PickWords, ReferralForm, ReferralPick
from .host import NetcallHost

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..core.domain.records import Contact

Draft = Callable[[str], str]  # the blurb for a contact's name


@dataclass(frozen=True, slots=True)
class ContactPicked:
    """Whom the dialog was given, and whether it was called an important favour (None:
    the favour check did not ask)."""

    pick: ReferralPick
    important: bool | None = None

    def ask(self, ask_again_days: int) -> ReferralAsk:
        """What the referral question asked, as the log keeps it."""
        contact = self.pick.contact
        return ReferralAsk(
            contact_id=contact.id if contact else "",
            new_contact="" if contact else self.pick.name,
            important=self.important,
            blurb=self.pick.blurb,
            ask_again_days=ask_again_days,
        )


def _fields(entry: ContactEntry) -> tuple[str, str]:
    return (entry.name, entry.company)


def _network(app: NetcallHost) -> PeopleIndex[ContactEntry]:
    """Your contacts, ready to search (on a worker thread: 30,000 take a moment)."""
    return PeopleIndex(app.session.people.contact_entries(), _fields)


async def ask_contact(
    app: NetcallHost, caller_name: str, draft: Draft, words: PickWords = REFERRAL_WORDS
) -> ContactPicked | None:
    """The contact (and blurb) for `caller_name`, None when the user backs out; `words`:
    what the dialog says."""
    index = await asyncio.to_thread(_network, app)
    config, moment = app.config, now()
    period = config.capital_period_days

    def left(contact: Contact) -> Capital:
        return capital(contact, moment, allowance=config.allowance, period_days=period)

    blurb: str | None = None
    while True:
        lookup = app.session.people.contact
        form = ReferralForm(caller_name, index, lookup, left, draft, blurb, words)
        pick = await app.push_screen_wait(form)
        if pick is None:
            return None
        question = None
        if pick.contact is not None:
            question = favour_question(
                pick.contact, moment, allowance=config.allowance, period_days=period
            )
        if question is None:
            return ContactPicked(pick)
        answer = await app.push_screen_wait(important_question(question, moment, period))
        if answer == "cancel":
            return None
        if answer == "important":
            return ContactPicked(pick, important=True)
        blurb = None if pick.blurb == draft(pick.name) else pick.blurb  # choose another


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
