"""Calls: logging one (with its caller, promises and ledger in one durable write), taking
it back, editing it in the log, and the reads the console and the detail view need."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..core.call.history import CallerHistory
from ..core.domain.stored import utc_text

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..core.domain.promise import Promise
    from ..core.domain.records import Call, Caller
    from ..core.domain.referral import Referral
    from ..core.domain.resume import ResumeFor
    from ..core.domain.stored import CallRecord
    from ..core.network.referral_ask import ReferralAsk
    from ..store.db import Store
    from .access import StoreAccess


@dataclass(frozen=True, slots=True)
class CallDetail:
    """One call as the detail view shows it, with its caller, promises, their others and
    the referral it opened."""

    call: Call
    caller: Caller | None
    promises: tuple[Promise, ...]
    others: tuple[Call, ...]
    referrals: tuple[Referral, ...] = ()


class CallOps:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    # --- reads ------------------------------------------------------------------------

    def since(self, moment: DateTime) -> list[Call]:
        """Calls started at or after `moment`. A scan of the stored UTC text, no sort:
        start-up needs only this week's calls, and sorting 100,000 records to find them
        costs a third of a second."""
        from ..core.domain.records import Call  # the records come after the first frame

        return [Call.from_dict(record) for record in self._records_since(moment)]

    def ratings_since(self, moment: DateTime) -> tuple[int, list[int]]:
        """How many calls started at or after `moment`, and their energy ratings (the
        rated ones'): the same scan as `since`, with no model built for each call."""
        recent = self._records_since(moment)
        return len(recent), [e for r in recent if (e := r.get("energy")) is not None]

    def _records_since(self, moment: DateTime) -> list[CallRecord]:
        cutoff = moment.in_timezone("UTC").isoformat()
        with self._session.reading() as store:
            return [r for r in store.calls.unsorted() if utc_text(r["started_at"]) >= cutoff]

    def has(self, call_id: str) -> bool:
        with self._session.reading() as store:
            return store.calls.get(call_id) is not None

    def history(self, caller_id: str) -> CallerHistory:
        with self._session.reading() as store:
            calls = store.callers.history(caller_id)
            promises = store.promises.for_caller(caller_id)
        return CallerHistory.build(calls, promises)

    def detail(self, call_id: str) -> CallDetail | None:
        """None when the call is no longer in the log."""
        with self._session.reading() as store:
            call = store.calls.get(call_id)
            if call is None:
                return None
            caller = store.callers.get(call.caller_id)
            promises = store.promises.for_call(call.id)
            others = [c for c in store.calls.for_caller(call.caller_id) if c.id != call.id]
            referrals = store.referrals.for_call(call.id)
        return CallDetail(call, caller, tuple(promises), tuple(others), tuple(referrals))

    # --- writes -----------------------------------------------------------------------

    def log(
        self,
        caller: Caller,
        call: Call,
        promises: list[Promise],
        referral: ReferralAsk | None = None,
        resume: ResumeFor | None = None,
    ) -> Call:
        """Caller, call, promises, ledger, the referral it made (with its first step's
        promise), the résumé it kept on file and the cleared draft land in one durable
        write. `referral` says what the referral question asked; without it the
        outcome's contact is used. `resume` says what a résumé kept is for."""
        from .resume_calls import file_with_call

        with self._session.writing() as store:
            stored = _keep_caller(store, caller)
            call = _asked_contact(store, call.with_(caller_id=stored.id), referral)
            call = _note_favour(store, call)
            call = _open_referral(store, call, referral)
            store.calls.add(call)
            kept = [replace(promise, caller_id=stored.id) for promise in promises]
            for promise in kept:
                store.promises.add(promise)
            file_with_call(store, call, kept, resume)
            store.clear_draft()
        return call

    def rate(self, call_id: str, energy: int | None) -> Call:
        """How the call left you (ENERGY_WORDS' 1 to 5, or None: unrated), in one durable
        write; the call as stored. NotFoundError when it is no longer in the log,
        ValidationError for a rating out of range."""
        from .access import still_there

        with self._session.writing() as store:
            call = still_there(store, store.calls.get(call_id), "call")
            return store.calls.update(call.with_(energy=energy))

    def remove(self, call: Call) -> None:
        """Take a logged call back out, with the promises it made, its favour and the
        referral it opened (with the promises of all its steps)."""
        from .resume_calls import drop_with_call

        with self._session.writing() as store:
            for promise_id in call.promise_ids:
                store.promises.delete(promise_id)
            drop_with_call(store, call)
            store.calls.delete(call.id)
            _unnote_favour(store, call)
            _drop_referrals(store, call)

    def update(self, old: Call, new: Call, caller: Caller | None) -> Call:
        """A past call edited in the log, in one durable write. A changed outcome brings
        what it implies along, as logging it would: the contact's ledger, the promises
        (see core.promises.implied.reimplied) and the referral: one to the same contact
        goes on as it was; changed away from it, or to someone else, it goes with its
        step promises; a referral outcome new to the call opens one (asked). The
        résumé register follows (see services.resume_calls); the referrals its résumés
        opened when passed on stay, with their favours."""
        from .resume_calls import passed_referrals, refile, renote_passed

        with self._session.writing() as store:
            if old.outcome != new.outcome:
                new, added = _reimply_promises(store, old, new, caller)
                passed = passed_referrals(store, new.id)
                _unnote_favour(store, old)
                new = _note_favour(store, new)
                new = _rerefer(store, new, {r.id for r in passed})
                renote_passed(store, passed)
                new = refile(store, new, added)
            store.calls.update(new)
        return new


def _keep_caller(store: Store, caller: Caller) -> Caller:
    """A known caller (picked in the form) is updated in place; a new one is matched by
    name and email, or added."""
    if store.callers.get(caller.id) is not None:
        return store.callers.update(caller)
    return store.callers.find_or_create(caller)


def _reimply_promises(
    store: Store, old: Call, new: Call, caller: Caller | None
) -> tuple[Call, tuple[Promise, ...]]:
    from ..core.domain.records import Caller
    from ..core.promises.implied import reimplied

    who = caller or Caller(old.caller_name, id=old.caller_id)
    stored = {pid: p for pid in new.promise_ids if (p := store.promises.get(pid)) is not None}
    change = reimplied(old, new, who, stored)
    for promise_id in change.drop:
        store.promises.delete(promise_id)
    for promise in change.add:
        store.promises.add(promise)
    return new.with_(promise_ids=change.promise_ids), change.add


def _note_favour(store: Store, call: Call) -> Call:
    """Within a transaction: a referral to one of your contacts goes in their ledger, and
    the call keeps that contact's id (so a later rename doesn't lose the link)."""
    from ..core.network.ledger import favour_for  # not needed for the first frame

    found = favour_for(call, store.contacts.candidates_for(call.outcome))
    if found is None or call.outcome is None:
        return call
    contact, entry = found
    store.contacts.add_entry(contact.id, entry)
    return call.with_(outcome=replace(call.outcome, contact_id=contact.id))


def _asked_contact(store: Store, call: Call, ask: ReferralAsk | None) -> Call:
    """Within a transaction: the outcome points at the contact the referral question
    picked; a name typed there that is no contact yet is kept as one (an acquaintance)."""
    from .referrals import kept_contact

    if ask is None or call.outcome is None:
        return call
    contact_id = kept_contact(store, ask, call.started_at)
    if not contact_id:
        return call
    return call.with_(outcome=replace(call.outcome, contact_id=contact_id))


def _open_referral(store: Store, call: Call, ask: ReferralAsk | None) -> Call:
    """Within a transaction: a referral outcome opens a referral (asked the contact),
    with the promise of its next step, which the call lists among its promises."""
    from ..core.domain.vocabulary import OutcomeKind
    from ..core.network.referral_ask import ReferralAsk
    from ..core.network.referrals import opened
    from .referrals import open_referral

    outcome = call.outcome
    if outcome is None or outcome.kind is not OutcomeKind.REFERRAL_MADE:
        return call
    ask = ask or ReferralAsk(contact_id=outcome.contact_id)
    contact = store.contacts.get(outcome.contact_id) if outcome.contact_id else None
    name = contact.name if contact else outcome.detail
    referral = opened(call, outcome.contact_id, name, ask)
    promise = open_referral(store, referral, ask.ask_again_days)
    if promise is None:
        return call
    return call.with_(promise_ids=(*call.promise_ids, promise.id))


def _rerefer(store: Store, call: Call, passed: set[str]) -> Call:
    """Within a transaction, after an outcome edit: the call's referral kept if the
    outcome still refers to the same contact (with what its steps wrote in the ledger,
    which the edit took out with the favour), else dropped, and a new one opened.
    The `passed` ones (a résumé's, passed on) are not the outcome's: they stay."""
    from ..core.domain.vocabulary import OutcomeKind
    from ..core.network.referral_moves import with_step

    outcome = call.outcome
    refers = outcome is not None and outcome.kind is OutcomeKind.REFERRAL_MADE
    kept = [r for r in store.referrals.for_call(call.id) if r.id not in passed]
    if refers and kept and outcome is not None:
        same = [r for r in kept if r.contact_id == outcome.contact_id]
        if len(same) == len(kept) and (
            outcome.contact_id or kept[0].contact_name == outcome.detail
        ):
            for referral in kept:
                contact = store.contacts.get(referral.contact_id) if referral.contact_id else None
                changed = with_step(contact, referral) if contact is not None else None
                if changed is not None:
                    store.contacts.update(changed)
            return call
    call = _drop_referrals(store, call, passed)
    return _open_referral(store, call, None) if refers else call


def _drop_referrals(store: Store, call: Call, keep: set[str] | None = None) -> Call:
    """Within a transaction: the call's referrals (but those to `keep`) go, with every
    step's promise; the call without those promises."""
    from .referrals import step_promises

    gone: set[str] = set()
    for referral in store.referrals.for_call(call.id):
        if keep and referral.id in keep:
            continue
        for promise in step_promises(store, referral.id):
            store.promises.delete(promise.id)
            gone.add(promise.id)
        store.referrals.delete(referral.id)
    return call.with_(promise_ids=tuple(p for p in call.promise_ids if p not in gone))


def _unnote_favour(store: Store, call: Call) -> None:
    """Within a transaction: the favour a call recorded is taken back out."""
    from ..core.network.ledger import without_call

    for contact in without_call(store.contacts.mentioning(call.id), call.id):
        store.contacts.update(contact)
