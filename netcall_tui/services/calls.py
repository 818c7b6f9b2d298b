"""Calls: logging one (with its caller, promises and ledger in one durable write), taking
it back, editing it in the log, and the reads the console and the detail view need."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..core.call.history import CallerHistory
from ..core.domain.stored import utc_text

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..core.domain.records import Call, Caller, Promise
    from ..store.db import Store
    from .access import StoreAccess


@dataclass(frozen=True, slots=True)
class CallDetail:
    """One call as the detail view shows it, with its caller, promises and their others."""

    call: Call
    caller: Caller | None
    promises: tuple[Promise, ...]
    others: tuple[Call, ...]


class CallOps:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    # --- reads ------------------------------------------------------------------------

    def since(self, moment: DateTime) -> list[Call]:
        """Calls started at or after `moment`. A scan of the stored UTC text, no sort:
        start-up needs only this week's calls, and sorting 100,000 records to find them
        costs a third of a second."""
        from ..core.domain.records import Call  # the records come after the first frame

        cutoff = moment.in_timezone("UTC").isoformat()
        with self._session.reading() as store:
            recent = [r for r in store.calls.unsorted() if utc_text(r["started_at"]) >= cutoff]
        return [Call.from_dict(record) for record in recent]

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
        return CallDetail(call, caller, tuple(promises), tuple(others))

    # --- writes -----------------------------------------------------------------------

    def log(self, caller: Caller, call: Call, promises: list[Promise]) -> Call:
        """Caller, call, promises, ledger and the cleared draft land in one durable write."""
        with self._session.writing() as store:
            stored = _keep_caller(store, caller)
            call = _note_favour(store, call.with_(caller_id=stored.id))
            store.calls.add(call)
            for promise in promises:
                store.promises.add(replace(promise, caller_id=stored.id))
            store.clear_draft()
        return call

    def remove(self, call: Call) -> None:
        """Take a logged call back out, with the promises it made and its favour."""
        with self._session.writing() as store:
            for promise_id in call.promise_ids:
                store.promises.delete(promise_id)
            store.calls.delete(call.id)
            _unnote_favour(store, call)

    def update(self, old: Call, new: Call, caller: Caller | None) -> Call:
        """A past call edited in the log, in one durable write. A changed outcome brings
        what it implies along, as logging it would: the contact's ledger and the promises
        (see core.promises.implied.reimplied)."""
        with self._session.writing() as store:
            if old.outcome != new.outcome:
                new = _reimply_promises(store, old, new, caller)
                _unnote_favour(store, old)
                new = _note_favour(store, new)
            store.calls.update(new)
        return new


def _keep_caller(store: Store, caller: Caller) -> Caller:
    """A known caller (picked in the form) is updated in place; a new one is matched by
    name and email, or added."""
    if store.callers.get(caller.id) is not None:
        return store.callers.update(caller)
    return store.callers.find_or_create(caller)


def _reimply_promises(store: Store, old: Call, new: Call, caller: Caller | None) -> Call:
    from ..core.domain.records import Caller
    from ..core.promises.implied import reimplied

    who = caller or Caller(old.caller_name, id=old.caller_id)
    stored = {pid: p for pid in new.promise_ids if (p := store.promises.get(pid)) is not None}
    change = reimplied(old, new, who, stored)
    for promise_id in change.drop:
        store.promises.delete(promise_id)
    for promise in change.add:
        store.promises.add(promise)
    return new.with_(promise_ids=change.promise_ids)


def _note_favour(store: Store, call: Call) -> Call:
    """Within a transaction: a referral to one of your contacts goes in their ledger, and
    the call keeps that contact's id (so a later rename doesn't lose the link)."""
    from ..core.network.ledger import favour_for  # not needed for the first frame

    found = favour_for(call, store.contacts.all())
    if found is None or call.outcome is None:
        return call
    contact, entry = found
    store.contacts.add_entry(contact.id, entry)
    return call.with_(outcome=replace(call.outcome, contact_id=contact.id))


def _unnote_favour(store: Store, call: Call) -> None:
    """Within a transaction: the favour a call recorded is taken back out."""
    from ..core.network.ledger import without_call

    for contact in without_call(store.contacts.all(), call.id):
        store.contacts.update(contact)
