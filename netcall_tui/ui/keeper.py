"""The console's way to the store: whole-call writes, drafts and look-ups, one at a time.

Writes run in worker threads (the screen never blocks on fsync); a lock keeps the store's
in-memory tables from being read on the UI thread while a worker is changing them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..core.call.history import CallerHistory
from ..core.domain.stored import utc_text
from ..core.domain.vocabulary import LedgerKind

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..core.domain.records import Call, Caller, Promise


class CallKeeper:
    """Wraps a `store.Store`; every method is safe to call from any thread."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._lock = threading.RLock()
        # One writer thread: writes land in the order they were asked for (a stale draft
        # can never overwrite the cleared draft of a call logged after it).
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="netcall-writer")

    def submit(self, write: Callable[..., Any], *args: Any) -> Future[Any]:
        return self._writer.submit(write, *args)

    def drain(self) -> None:
        """Wait for every write asked for so far."""
        self._writer.submit(lambda: None).result()

    def close(self) -> None:
        self._writer.shutdown(wait=True)

    @property
    def ready(self) -> bool:
        """False until the app has read the log (see NetcallApp's claim)."""
        return self.store is not None

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.store, "read_only", False))

    def known_callers(self) -> list[Caller]:
        with self._lock:
            return self.store.callers.all()

    def calls_since(self, moment: DateTime) -> list[Call]:
        """A scan of the stored UTC text, no sort: start-up needs only this week's calls,
        and sorting 100,000 records to find them costs a third of a second."""
        from ..core.domain.records import (
            Call,  # the records, like the log, come after the first frame
        )

        cutoff = moment.in_timezone("UTC").isoformat()
        with self._lock:
            recent = [
                r
                for r in self.store.records("calls").values()
                if utc_text(r["started_at"]) >= cutoff
            ]
        return [Call.from_dict(record) for record in recent]

    def has_call(self, call_id: str) -> bool:
        with self._lock:
            return self.store.calls.get(call_id) is not None

    def open_promises(self, limit: int = 12) -> list[Promise]:
        with self._lock:
            return self.store.promises.open(limit)

    def history(self, caller_id: str) -> CallerHistory:
        with self._lock:
            calls = self.store.callers.history(caller_id)
            promises = self.store.promises.for_caller(caller_id)
        return CallerHistory.build(calls, promises)

    def log_call(self, caller: Caller, call: Call, promises: list[Promise]) -> Call:
        """Caller, call, promises, ledger and the cleared draft land in one durable write."""
        with self._lock, self.store.transaction():
            stored = self._keep_caller(caller)
            call = call.with_(caller_id=stored.id)
            self.store.calls.add(call)
            for promise in promises:
                self.store.promises.add(replace(promise, caller_id=stored.id))
            self.note_favour(call)
            self.store.clear_draft()
        return call

    def _keep_caller(self, caller: Caller) -> Caller:
        """A known caller (picked in the form) is updated in place; a new one is matched by
        name and email, or added."""
        if self.store.callers.get(caller.id) is not None:
            return self.store.callers.update(caller)
        return self.store.callers.find_or_create(caller)

    def undo_call(self, call: Call) -> None:
        """Take a logged call back out, with the promises it made."""
        with self._lock, self.store.transaction():
            for promise_id in call.promise_ids:
                self.store.promises.delete(promise_id)
            self.store.calls.delete(call.id)
            self.unnote_favour(call)

    def update_call(self, old: Call, new: Call, caller: Caller | None) -> Call:
        """A past call edited in the log, in one durable write. A changed outcome brings
        what it implies along, as logging it would: the contact's ledger, and the promises
        (an open promise the old outcome implied, still as it was made, goes; the new
        outcome's are added)."""
        with self._lock, self.store.transaction():
            if old.outcome != new.outcome:
                new = self._reimply_promises(old, new, caller)
                self.unnote_favour(old)
                self.note_favour(new)
            self.store.calls.update(new)
        return new

    def _reimply_promises(self, old: Call, new: Call, caller: Caller | None) -> Call:
        from ..core.call.live import follow_ups  # imported when first used, as below
        from ..core.domain.records import Caller

        who = caller or Caller(old.caller_name, id=old.caller_id)
        implied = {(p.text, p.due) for p in follow_ups(old, who)}
        kept: list[str] = []
        for promise_id in new.promise_ids:
            promise = self.store.promises.get(promise_id)
            if promise and promise.done_at is None and (promise.text, promise.due) in implied:
                self.store.promises.delete(promise_id)
            else:
                kept.append(promise_id)
        for promise in follow_ups(new, who):
            self.store.promises.add(replace(promise, call_id=new.id))
            kept.append(promise.id)
        return new.with_(promise_ids=tuple(kept))

    def save_draft(self, draft: dict[str, Any]) -> None:
        with self._lock:
            self.store.save_draft(draft)

    def load_draft(self) -> dict[str, Any] | None:
        with self._lock:
            return self.store.load_draft()

    def clear_draft(self) -> None:
        with self._lock:
            self.store.clear_draft()

    def retry(self) -> bool:
        """Write what a failed write left in memory; False when there was nothing to write."""
        with self._lock:
            if self.read_only:
                self.store.check_writable()
            pending = bool(self.store.unsaved)
            self.store.flush()
        return pending

    @property
    def unsaved(self) -> bool:
        with self._lock:
            return bool(self.store.unsaved)

    # --- networking capital: a referral is a favour asked of a contact ---------------

    def contact_names(self) -> list[str]:
        with self._lock:
            return sorted(c.name for c in self.store.contacts.all())

    def note_favour(self, call: Call) -> None:
        """Within a transaction: a referral to one of your contacts goes in their ledger."""
        # Imported when first used: the console's first frame is painted without it.
        from ..core.domain.values import LedgerEntry
        from ..core.network.capital import referred_contact

        contact = referred_contact(call, self.store.contacts.all())
        if contact is not None:
            when = call.ended_at or call.started_at
            entry = LedgerEntry(LedgerKind.FAVOUR, when, call.caller_name, call.id)
            self.store.contacts.add_entry(contact.id, entry)

    def unnote_favour(self, call: Call) -> None:
        """Within a transaction: the favour a call recorded is taken back out."""
        for contact in self.store.contacts.all():
            ledger = tuple(e for e in contact.ledger if e.call_id != call.id)
            if ledger != contact.ledger:
                self.store.contacts.update(replace(contact, ledger=ledger))
