"""What forgetting a person does to each table of the call log: one rule per table for
the live log (through the repositories, in the forget's transaction) and one for a copy
of it (on its raw tables), and the rewrite of one copy's file.

A referral favour in a contact's ledger stays (it is your contact's history), but loses
its link to the call and its note. A file that mentions them but cannot be read as a
call log is reported, never changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

import orjson

from ..core.domain.stored import LedgerEntryRecord
from ..core.domain.values import LedgerEntry
from .calls import CallerRepo, CallRepo
from .draft import META_KEY
from .errors import StoreError, os_reason
from .fsio import atomic_write
from .repos import ContactRepo, MetaRepo, PromiseRepo, ReferralRepo
from .resume_repo import ResumeRepo
from .schema import Record, Tables


class Log(Protocol):
    """What forgetting needs of the open log (`db.Store`, which imports the forget)."""

    path: Path
    calls: CallRepo
    callers: CallerRepo
    contacts: ContactRepo
    promises: PromiseRepo
    referrals: ReferralRepo
    resumes: ResumeRepo
    meta: MetaRepo

    def transaction(self) -> AbstractContextManager[None]: ...
    def load_draft(self) -> dict[str, Any] | None: ...
    def clear_draft(self) -> None: ...


class Whom(Protocol):
    """Whose records go (a `forget_plan.ForgetPlan`)."""

    @property
    def caller_id(self) -> str: ...
    @property
    def call_ids(self) -> tuple[str, ...]: ...
    @property
    def promise_ids(self) -> tuple[str, ...]: ...


def is_their_draft(draft: object, caller_id: str) -> bool:
    """Whether a saved live call is with this person."""
    return isinstance(draft, dict) and (draft.get("caller") or {}).get("id") == caller_id


# --- what forgetting does to each table -------------------------------------------------
# One rule per table of the log, for the live log (through the repositories, in the
# plan's transaction) and for a copy of it (on its raw tables); each returns how many
# records or ledger entries it changed. A test holds both to schema.TABLES, so a new
# table has to say here how a person is forgotten from it.

LiveRule = Callable[[Log, Whom], int]
CopyRule = Callable[[dict[str, Any], str, set[str]], int]  # records, caller id, call ids


def _anonymised(entry: LedgerEntryRecord, call_ids: set[str]) -> LedgerEntryRecord:
    """The favour stays; its link and its note go (a note may name them under any spelling
    or an older name, so no search for the name can be trusted to find it)."""
    if entry.get("call_id") not in call_ids:
        return entry
    return {**entry, "call_id": "", "note": ""}


def _ledgers_in_the_log(store: Log, plan: Whom) -> int:
    """Only the contacts whose ledger names one of their calls (`_anonymised` changes no
    other entry): not every contact built, at 30,000 of them."""
    call_ids, changed = set(plan.call_ids), 0
    mentioning = {c.id: c for i in plan.call_ids for c in store.contacts.mentioning(i)}
    for contact in mentioning.values():
        kept = tuple(
            LedgerEntry.from_dict(_anonymised(e.to_dict(), call_ids)) for e in contact.ledger
        )
        if kept != contact.ledger:
            changed += sum(1 for a, b in zip(contact.ledger, kept, strict=True) if a != b)
            store.contacts.update(replace(contact, ledger=kept))
    return changed


def theirs(record: Mapping[str, Any], caller_id: str, call_ids: set[str]) -> bool:
    """A referral or a résumé on file for them, or from one of their calls."""
    return record.get("caller_id") == caller_id or record.get("call_id") in call_ids


def _referrals_in_the_log(store: Log, plan: Whom) -> int:
    """Their referrals go whole (the contact's favour stays in the ledger, anonymised)."""
    call_ids = set(plan.call_ids)
    gone = [r["id"] for r in store.referrals.raw() if theirs(r, plan.caller_id, call_ids)]
    return sum(store.referrals.delete(i) for i in gone)


def _resumes_in_the_log(store: Log, plan: Whom) -> int:
    """Their résumés on file go whole, with whom each was passed on to."""
    call_ids = set(plan.call_ids)
    gone = [r["id"] for r in store.resumes.raw() if theirs(r, plan.caller_id, call_ids)]
    return sum(store.resumes.delete(i) for i in gone)


def _meta_in_the_log(store: Log, plan: Whom) -> int:
    """Settings only, unless an older file's draft could not be moved out of it yet (the
    draft has a file of its own, see `forget`)."""
    theirs = is_their_draft(store.meta.get(META_KEY), plan.caller_id)
    return int(theirs and store.meta.delete(META_KEY))


IN_THE_LOG: dict[str, LiveRule] = {
    "calls": lambda store, plan: sum(store.calls.delete(i) for i in plan.call_ids),
    "promises": lambda store, plan: sum(store.promises.delete(i) for i in plan.promise_ids),
    "callers": lambda store, plan: int(store.callers.delete(plan.caller_id)),
    "contacts": _ledgers_in_the_log,  # a referral favour stays, anonymised
    "referrals": _referrals_in_the_log,
    "resumes": _resumes_in_the_log,
    "meta": _meta_in_the_log,
}


def _dropping(gone: Callable[[Record, str, set[str]], bool]) -> CopyRule:
    """A rule that deletes the records `gone(record, caller_id, call_ids)` picks."""

    def drop(records: dict[str, Any], caller_id: str, call_ids: set[str]) -> int:
        keys = [key for key, record in records.items() if gone(record, caller_id, call_ids)]
        for key in keys:
            del records[key]
        return len(keys)

    return drop


def _ledgers_in_a_copy(records: dict[str, Any], caller_id: str, call_ids: set[str]) -> int:
    changed = 0
    for contact in records.values():
        ledger = contact.get("ledger") or []
        kept = [_anonymised(e, call_ids) for e in ledger]
        if kept != ledger:
            changed += sum(1 for a, b in zip(ledger, kept, strict=True) if a != b)
            contact["ledger"] = kept
    return changed


def _their_draft(record: Record, caller_id: str, call_ids: set[str]) -> bool:
    """An older file kept the live call's draft in meta."""
    return record.get("key") == META_KEY and is_their_draft(record.get("value"), caller_id)


IN_A_COPY: dict[str, CopyRule] = {
    "calls": _dropping(lambda r, who, ids: r.get("caller_id") == who or r.get("id") in ids),
    "promises": _dropping(lambda r, who, ids: r.get("caller_id") == who or r.get("call_id") in ids),
    "callers": _dropping(lambda r, who, ids: r.get("id") == who),
    "contacts": _ledgers_in_a_copy,
    "referrals": _dropping(theirs),
    "resumes": _dropping(theirs),
    "meta": _dropping(_their_draft),
}


def scrub_tables(tables: Tables, caller_id: str, call_ids: set[str]) -> int:
    """Remove the person from raw tables in place; returns how many records changed."""
    calls = tables.get("calls", {})
    theirs = {str(r.get("id")) for r in calls.values() if r.get("caller_id") == caller_id}
    ids = set(call_ids) | theirs
    return sum(rule(tables.get(table, {}), caller_id, ids) for table, rule in IN_A_COPY.items())


def scrub_file(path: Path, caller_id: str, call_ids: set[str]) -> bool:
    """Rewrite one copy of the log without the person; False if they were not in it."""
    return rewrite_tables(
        path, (caller_id, *call_ids), lambda tables: scrub_tables(tables, caller_id, call_ids)
    )


def rewrite_tables(path: Path, ids: Iterable[str], scrub: Callable[[Tables], int]) -> bool:
    """Rewrite one copy of the log with `scrub` (which changes its raw tables in place and
    says how many records it changed); False if it holds none of `ids` or nothing changed.
    StoreError if it can't be read as a call log or written, or still holds `ids[0]`."""
    ids = tuple(ids)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise StoreError(f"could not read it ({os_reason(error)})", path=path) from error
    if not any(i.encode() in raw for i in ids):
        return False
    try:
        tables = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise StoreError("it is not a readable call log", path=path) from None
    if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
        raise StoreError("it is not a readable call log", path=path)
    if not scrub(tables):
        return False
    data = orjson.dumps(tables)
    atomic_write(path, data)
    if ids[0].encode() in data:
        raise StoreError("it still mentions them in a part netcall does not know", path=path)
    return True
