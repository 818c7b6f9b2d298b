"""The demo's referrals: one for each call that made a referral, at every stage of its
life — asked, agreed, declined, introduced, closed with each result — kept true to the
contacts' ledgers (a result there closes it; a decline gives its favour back).

A random source of its own, so the rest of the demo is the same with or without them.
"""

from __future__ import annotations

import random
from dataclasses import replace

from pendulum import DateTime

from ..domain.records import Call, Contact
from ..domain.referral import Referral, ReferralStep
from ..domain.values import LedgerEntry
from ..domain.vocabulary import LedgerKind, OutcomeKind, ReferralResult, ReferralState
from .maker import DemoData

S = ReferralState
# What becomes of a referral the ledger has no result for, in turn.
_UNRESOLVED = (S.INTRODUCED, S.DECLINED, S.ASKED, S.AGREED, ReferralResult.WENT_NOWHERE)
_NOTES = {
    S.AGREED: "Happy to have a coffee with them",
    S.DECLINED: "Not hiring this quarter",
    S.INTRODUCED: "Sent the intro e-mail",
}


def add_referrals(data: DemoData, now: DateTime, seed: int) -> None:
    """Fill `data.referrals` (and give a declined referral's favour back)."""
    rng = random.Random(f"referrals-{seed}")
    by_name = {c.name: c for c in data.contacts}
    calls = [c for c in data.calls if c.outcome and c.outcome.kind is OutcomeKind.REFERRAL_MADE]
    turn = 0  # the how-many-th referral without a result in the ledger
    for call in calls:
        assert call.outcome is not None
        contact = by_name.get(call.outcome.detail)
        if contact is None:
            continue
        entry = next((e for e in contact.ledger if _result_of(e, call)), None)
        fate = entry if entry is not None else _UNRESOLVED[turn % len(_UNRESOLVED)]
        turn += entry is None
        referral = _referral(call, contact, rng, fate, now)
        data.referrals.append(referral)
        if referral.state is S.DECLINED:
            ledger = tuple(e for e in contact.ledger if not _favour_of(e.kind, e.call_id, call))
            by_name[contact.name] = replace(contact, ledger=ledger)
    data.contacts[:] = [by_name.get(c.name, c) for c in data.contacts]


def _favour_of(kind: LedgerKind, call_id: str, call: Call) -> bool:
    return kind is LedgerKind.FAVOUR and call_id == call.id


def _result_of(entry: LedgerEntry, call: Call) -> bool:
    return entry.call_id == call.id and entry.kind is not LedgerKind.FAVOUR


Fate = LedgerEntry | ReferralState | ReferralResult  # the ledger's result, or where it ends


def _referral(
    call: Call, contact: Contact, rng: random.Random, fate: Fate, now: DateTime
) -> Referral:
    asked_at = call.started_at.add(hours=2)  # when the demo notes the favour
    steps = [ReferralStep(S.ASKED, asked_at)]
    result: ReferralResult | None = None
    if isinstance(fate, LedgerEntry):
        good = fate.kind is LedgerKind.GOOD_RESULT
        result = rng.choice((ReferralResult.HIRED, ReferralResult.GOOD_MEETING))
        result = result if good else ReferralResult.REFLECTED_BADLY
        path, closed_at = [S.AGREED, S.INTRODUCED, S.CLOSED], fate.at
    else:
        if isinstance(fate, ReferralResult):
            result, path = fate, [S.AGREED, S.INTRODUCED, S.CLOSED]
        else:
            path = {S.ASKED: [], S.AGREED: [S.AGREED], S.DECLINED: [S.DECLINED]}.get(
                fate, [S.AGREED, S.INTRODUCED]
            )
        closed_at = asked_at.add(days=rng.randint(20, 40))
    at = asked_at
    for state in path:
        at = closed_at if state is S.CLOSED else at.add(days=rng.randint(2, 6))
        at = min(at, now.subtract(hours=1))
        steps.append(ReferralStep(state, at, _NOTES.get(state, "")))
    return Referral(
        call_id=call.id,
        caller_id=call.caller_id,
        caller_name=call.caller_name,
        contact_id=contact.id,
        contact_name=contact.name,
        steps=tuple(steps),
        result=result if path and path[-1] is S.CLOSED else None,
        important=contact.tier.value == "treasured" or None,
        id=f"{rng.getrandbits(128):032x}",
        created_at=asked_at,
    )
