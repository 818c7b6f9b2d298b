"""Referrals after the call: the rows of the referrals view, one referral with what it
links, and moving one on (or taking the move back) with all it implies in one durable
write: the referral, its step promises and the contact's ledger."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.domain.moments import now as wall_now
from .access import still_there

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..core.domain.promise import Promise
    from ..core.domain.records import Call, Caller, Contact
    from ..core.domain.referral import Referral
    from ..core.domain.stored import ReferralRecord
    from ..core.domain.vocabulary import ReferralResult, ReferralState
    from ..core.network.referral_ask import ReferralAsk
    from ..core.network.referral_moves import Move
    from ..store.db import Store
    from .access import StoreAccess

ASK_AGAIN_DAYS = 7  # the config's [referrals] ask_again_days default


@dataclass(frozen=True, slots=True)
class ReferralDetail:
    """A referral with the call it came from, its caller and its contact (each None
    when no longer in the log)."""

    referral: Referral
    call: Call | None
    caller: Caller | None
    contact: Contact | None


class ReferralOps:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    # --- reads ------------------------------------------------------------------------

    def records(self) -> list[ReferralRecord]:
        """Every stored referral record (the view builds its rows from them)."""
        with self._session.reading() as store:
            return store.referrals.raw()

    def detail(self, referral_id: str) -> ReferralDetail | None:
        with self._session.reading() as store:
            referral = store.referrals.get(referral_id)
            if referral is None:
                return None
            call = store.calls.get(referral.call_id) if referral.call_id else None
            caller = store.callers.get(referral.caller_id) if referral.caller_id else None
            contact = store.contacts.get(referral.contact_id) if referral.contact_id else None
        return ReferralDetail(referral, call, caller, contact)

    def for_call(self, call_id: str) -> list[Referral]:
        with self._session.reading() as store:
            return store.referrals.for_call(call_id)

    # --- writes -----------------------------------------------------------------------

    def move(
        self,
        referral_id: str,
        state: ReferralState,
        note: str = "",
        result: ReferralResult | None = None,
        *,
        at: DateTime | None = None,
        ask_again_days: int = ASK_AGAIN_DAYS,
    ) -> Referral:
        """Move the referral to `state` (closing: with its `result`). ValidationError
        when the move isn't allowed; NotFoundError when the referral is gone."""
        from ..core.network.referral_moves import moved

        with self._session.writing() as store:
            referral = _referral(store, referral_id)
            change = moved(
                referral,
                state,
                at or wall_now(),
                note=note,
                result=result,
                steps=step_promises(store, referral_id),
                contact=_contact(store, referral),
                ask_again_days=ask_again_days,
            )
            _apply(store, change)
        return change.referral

    def undo(self, referral_id: str) -> Referral:
        """Take the referral's last move back (ValidationError when it has none)."""
        from ..core.network.referral_moves import undone

        with self._session.writing() as store:
            referral = _referral(store, referral_id)
            steps = step_promises(store, referral_id)
            change = undone(referral, steps=steps, contact=_contact(store, referral))
            _apply(store, change)
        return change.referral


def open_referral(store: Store, referral: Referral, ask_again_days: int) -> Promise | None:
    """Within a transaction: a referral just asked (from a logged call, or a résumé on
    file passed on) is kept with the promise of its next step; that promise, if any."""
    from ..core.network.referrals import next_step

    store.referrals.add(referral)
    promise = next_step(referral, ask_again_days)
    if promise is not None:
        store.promises.add(promise)
    return promise


def kept_contact(store: Store, ask: ReferralAsk, at: DateTime) -> str:
    """Within a transaction: the id of the contact the referral question picked; a name
    typed there that is no contact yet is kept as one (an acquaintance); "" for none."""
    from ..core.domain.records import Contact

    if ask.new_contact and not ask.contact_id:
        return store.contacts.add(Contact(ask.new_contact, created_at=at)).id
    return ask.contact_id


def step_promises(store: Store, referral_id: str) -> list[Promise]:
    """The promises of the referral's steps, as stored."""
    from ..core.domain.promise import Promise

    found = [r for r in store.promises.raw() if r.get("referral_id") == referral_id]
    return [Promise.from_dict(record) for record in found]


def _referral(store: Store, referral_id: str) -> Referral:
    return still_there(store, store.referrals.get(referral_id), "referral")


def _contact(store: Store, referral: Referral) -> Contact | None:
    return store.contacts.get(referral.contact_id) if referral.contact_id else None


def _apply(store: Store, change: Move) -> None:
    """Within a transaction: write a move and everything it changes."""
    store.referrals.update(change.referral)
    for promise in change.kept:
        store.promises.update(promise)
    for promise_id in change.dropped:
        store.promises.delete(promise_id)
    if change.added is not None:
        store.promises.add(change.added)
    if change.contact is not None:
        store.contacts.update(change.contact)
