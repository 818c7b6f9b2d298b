"""Forget a person: every call, promise and caller record of theirs, from the live call
log and from every copy of it that netcall keeps (the rolling backups, the copy made
before a schema upgrade, a file set aside when a backup was restored).

The live file is changed first, in one transaction (what happens to each table is
declared in IN_THE_LOG and IN_A_COPY); then an unfinished call with them, in the draft
file, is deleted. That write may itself make today's backup (of the file as it was), so
the backups are rewritten after it. Each backup is
rewritten with the same durable, atomic write as the live file. A referral favour in a
contact's ledger stays (it is your contact's history), but loses its link to the call
and the caller's name. A file that mentions them but cannot be read as a call log is
reported, never deleted.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from ..core.domain.stored import CallRecord, LedgerEntryRecord, epoch
from ..core.domain.values import LedgerEntry
from .backups import backup_dir
from .db import Store
from .draft import META_KEY, SUFFIX
from .errors import StoreError, os_reason
from .fsio import TEMP_SUFFIX, atomic_write
from .schema import Record, Tables


@dataclass(frozen=True, slots=True)
class ForgetPlan:
    """What forgetting `caller_id` will erase, for the confirmation."""

    caller_id: str
    name: str
    call_ids: tuple[str, ...]
    first: str  # dates of their first and last call, 'YYYY-MM-DD'
    last: str
    promise_ids: tuple[str, ...]
    caller_record: bool
    ledger_mentions: int
    draft: bool
    copies: tuple[Path, ...]  # backup and set-aside copies of the log to rewrite

    def describe(self) -> str:
        calls = len(self.call_ids)
        lines = [f"This erases {self.name} from netcall for good:"]
        if calls:
            span = self.first if self.first == self.last else f"{self.first} to {self.last}"
            lines.append(f"• {calls} call{'s' if calls != 1 else ''} ({span}), notes included")
        if self.promise_ids:
            count = len(self.promise_ids)
            lines.append(f"• {count} promise{'s' if count != 1 else ''} made to them")
        if self.caller_record:
            lines.append("• their caller record (contact details and notes)")
        if self.ledger_mentions:
            lines.append(
                f"• their name on {self.ledger_mentions} referral favour(s) in your contacts' "
                "ledgers (the favour itself stays, without its note or a link to them)"
            )
        if self.draft:
            lines.append("• the unfinished call with them")
        copies = len(self.copies)
        if copies:
            lines.append(
                f"• all of the above in {copies} backup cop{'ies' if copies != 1 else 'y'} "
                "of the call log, rewritten"
            )
        lines.append("This cannot be undone.")
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class ForgetReport:
    calls: int
    promises: int
    caller_record: bool
    ledger_entries: int
    rewritten: tuple[Path, ...] = ()
    failed: tuple[tuple[Path, str], ...] = field(default=())  # copies that could not be changed

    def summary(self, name: str) -> str:
        text = f"Forgot {name}: {self.calls} call(s), {self.promises} promise(s)"
        if self.rewritten:
            text += f"; {len(self.rewritten)} backup(s) rewritten"
        if self.failed:
            listed = "; ".join(f"{path} ({why})" for path, why in self.failed)
            text += (
                f". These files may still hold them and could not be changed: {listed} — "
                "delete them yourself if you no longer need them"
            )
        return text


def _date(record: CallRecord) -> str:
    """The local date a call started on, 'YYYY-MM-DD'."""
    try:
        return datetime.fromtimestamp(epoch(record.get("started_at"))).date().isoformat()
    except (ValueError, TypeError, OverflowError, OSError):  # a bad record: still forgotten
        return "?"


def is_their_draft(draft: object, caller_id: str) -> bool:
    """Whether a saved live call is with this person."""
    return isinstance(draft, dict) and (draft.get("caller") or {}).get("id") == caller_id


def copies_of(db_path: Path) -> list[Path]:
    """Every other copy of this log netcall made: backups/<stem>.* and <name>.replaced-*."""
    found: list[Path] = []
    suffix = db_path.suffix or ".json"
    with contextlib.suppress(OSError):
        for entry in os.scandir(backup_dir(db_path)):
            name = entry.name
            if name.startswith(f"{db_path.stem}.") and name.endswith(suffix) and entry.is_file():
                found.append(Path(entry.path))
    with contextlib.suppress(OSError):
        for entry in os.scandir(db_path.parent):
            name = entry.name
            if not name.startswith(f"{db_path.name}.") or name.endswith(TEMP_SUFFIX):
                continue
            if name.endswith((".lock", ".lock.pid", SUFFIX)) or not entry.is_file():
                continue
            found.append(Path(entry.path))  # .replaced-… and .corrupt-… files
    return sorted(found)


def plan_forget(store: Store, caller_id: str) -> ForgetPlan:
    """What `forget` would erase (call it with the session's lock held). It changes nothing,
    except what reading the draft always does: one whose call is logged goes, one that
    can't be read is moved aside."""
    calls = [r for r in store.calls.raw() if r.get("caller_id") == caller_id]
    call_ids = {r["id"] for r in calls}
    record = next((r for r in store.callers.raw() if r.get("id") == caller_id), None)
    name = (record["name"] if record else "") or (calls[0]["caller_name"] if calls else "")
    promises = [
        p["id"]
        for p in store.promises.raw()
        if p.get("caller_id") == caller_id or p.get("call_id") in call_ids
    ]
    mentions = sum(
        1
        for contact in store.contacts.raw()
        for entry in contact.get("ledger", ())
        if entry.get("call_id") in call_ids
    )
    try:
        draft = store.load_draft()
    except StoreError:  # unreadable: moved aside, and reported with the copies that name them
        draft = None
    dates = sorted(_date(r) for r in calls)
    return ForgetPlan(
        caller_id=caller_id,
        name=name or "?",
        call_ids=tuple(r["id"] for r in calls),
        first=dates[0] if dates else "",
        last=dates[-1] if dates else "",
        promise_ids=tuple(promises),
        caller_record=record is not None,
        ledger_mentions=mentions,
        draft=is_their_draft(draft, caller_id),
        copies=tuple(copies_of(store.path)),
    )


def forget(store: Store, caller_id: str) -> ForgetReport:
    """Erase the person from the live log (one durable write), then from every copy."""
    plan = plan_forget(store, caller_id)
    with store.transaction():
        changed = {table: rule(store, plan) for table, rule in IN_THE_LOG.items()}
    if plan.draft:  # after the log's write, and a failure is reported
        store.clear_draft()
    rewritten: list[Path] = []
    failed: list[tuple[Path, str]] = []
    for path in copies_of(store.path):
        try:
            if scrub_file(path, caller_id, set(plan.call_ids)):
                rewritten.append(path)
        except StoreError as exc:
            failed.append((path, str(exc)))
    return ForgetReport(
        calls=len(plan.call_ids),
        promises=len(plan.promise_ids),
        caller_record=plan.caller_record,
        ledger_entries=changed["contacts"],
        rewritten=tuple(rewritten),
        failed=tuple(failed),
    )


# --- what forgetting does to each table -------------------------------------------------
# One rule per table of the log, for the live log (through the repositories, in the
# plan's transaction) and for a copy of it (on its raw tables); each returns how many
# records or ledger entries it changed. A test holds both to schema.TABLES, so a new
# table has to say here how a person is forgotten from it.

LiveRule = Callable[[Store, ForgetPlan], int]
CopyRule = Callable[[dict[str, Any], str, set[str]], int]  # records, caller id, call ids


def _anonymised(entry: LedgerEntryRecord, call_ids: set[str]) -> LedgerEntryRecord:
    """The favour stays; its link and its note go (a note may name them under any spelling
    or an older name, so no search for the name can be trusted to find it)."""
    if entry.get("call_id") not in call_ids:
        return entry
    return {**entry, "call_id": "", "note": ""}


def _ledgers_in_the_log(store: Store, plan: ForgetPlan) -> int:
    call_ids, changed = set(plan.call_ids), 0
    for contact in store.contacts.all():
        kept = tuple(
            LedgerEntry.from_dict(_anonymised(e.to_dict(), call_ids)) for e in contact.ledger
        )
        if kept != contact.ledger:
            changed += sum(1 for a, b in zip(contact.ledger, kept, strict=True) if a != b)
            store.contacts.update(replace(contact, ledger=kept))
    return changed


def _meta_in_the_log(store: Store, plan: ForgetPlan) -> int:
    """Settings only, unless an older file's draft could not be moved out of it yet (the
    draft has a file of its own, see `forget`)."""
    theirs = is_their_draft(store.meta.get(META_KEY), plan.caller_id)
    return int(theirs and store.meta.delete(META_KEY))


IN_THE_LOG: dict[str, LiveRule] = {
    "calls": lambda store, plan: sum(store.calls.delete(i) for i in plan.call_ids),
    "promises": lambda store, plan: sum(store.promises.delete(i) for i in plan.promise_ids),
    "callers": lambda store, plan: int(store.callers.delete(plan.caller_id)),
    "contacts": _ledgers_in_the_log,  # a referral favour stays, anonymised
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
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise StoreError(f"could not read it ({os_reason(error)})", path=path) from error
    if caller_id.encode() not in raw and not any(c.encode() in raw for c in call_ids):
        return False
    try:
        tables = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise StoreError("it is not a readable call log", path=path) from None
    if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
        raise StoreError("it is not a readable call log", path=path)
    if not scrub_tables(tables, caller_id, call_ids):
        return False
    data = orjson.dumps(tables)
    atomic_write(path, data)
    if caller_id.encode() in data:
        raise StoreError("it still mentions them in a part netcall does not know", path=path)
    return True
