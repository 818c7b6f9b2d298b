"""A referral's life, double opt-in: opened when the call is logged (you ask the contact
first), and for each open state the promise that keeps it moving (`next_step`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.promise import Promise
from ..domain.records import Call
from ..domain.referral import Referral, ReferralStep
from ..domain.vocabulary import PromiseKind, ReferralState
from .referral_ask import ReferralAsk

if TYPE_CHECKING:
    from pendulum import DateTime

# What you promised yourself to do next, in each open state ({contact}, {caller}).
STEP_PROMISE = {
    ReferralState.ASKED: "Ask {contact} again whether they would like to meet {caller}",
    ReferralState.AGREED: "Introduce {caller} to {contact}",
    ReferralState.INTRODUCED: "Ask {contact} how the introduction to {caller} went",
}


def opened(call: Call, contact_id: str, contact_name: str, ask: ReferralAsk) -> Referral:
    """The referral a logged call makes: you have asked the contact, as the call ended."""
    at = call.ended_at or call.started_at
    caller = Referrer(call.caller_id, call.caller_name, call.id)
    return asked(caller, contact_id, contact_name, ask, at)


@dataclass(frozen=True, slots=True)
class Referrer:
    """Whom a referral is for, and the call it came from ("" for none)."""

    caller_id: str
    caller_name: str
    call_id: str = ""


def asked(
    caller: Referrer, contact_id: str, contact_name: str, ask: ReferralAsk, at: DateTime
) -> Referral:
    """A referral opened at `at`: you have asked the contact whether they would meet
    the caller (from a logged call, or a résumé on file passed on)."""
    return Referral(
        call_id=caller.call_id,
        caller_id=caller.caller_id,
        caller_name=caller.caller_name,
        contact_id=contact_id,
        contact_name=contact_name,
        steps=(ReferralStep(ReferralState.ASKED, at),),
        important=ask.important,
        blurb=ask.blurb,
        created_at=at,
    )


def next_step(referral: Referral, days: int) -> Promise | None:
    """The promise for the referral's present state, due `days` after it began; None
    once it is declined or closed."""
    text = STEP_PROMISE.get(referral.state)
    if text is None:
        return None
    return Promise(
        text=text.format(contact=referral.contact_name, caller=referral.caller_name),
        due=referral.since.add(days=days),
        caller_id=referral.caller_id,
        call_id=referral.call_id,
        referral_id=referral.id,
        created_at=referral.since,
        kind=PromiseKind.REFERRAL,
    )
