"""Forget a contact of yours: their contact record goes, and wherever a call, a referral,
a promise or a résumé passed on names them, the name and the link to them go too — the
referral stays for the caller's history, made to "a forgotten contact". In the live log, every copy
of it netcall keeps (as forgetting a caller does: `forget`), and resumable the same way: a
to-do holding only ids (`<name>.contact.forget`, never their name) is written first, and
the next open for writing finishes a forget a kill interrupted.

The rules work on raw records, so the live log and its copies change alike; the live
log's changed records go back through the repositories, in one transaction.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from ..core.domain.promise import Promise
from ..core.domain.records import Call, Caller, Contact
from ..core.domain.referral import Referral
from ..core.domain.resume import Resume
from ..core.text.counts import counted
from .errors import StoreError, os_reason
from .forget_copies import copies_of
from .forget_rules import Log, rewrite_tables
from .forget_todo import ContactTodo
from .forget_todo import contact_todo_path as todo_path
from .fsio import atomic_write, fsync_dir, sweep_temps, temp_prefix
from .schema import Record, Tables

FORGOTTEN = "a forgotten contact"


# --- the rules, on raw tables ----------------------------------------------------------


def _names(tables: Tables, contact_id: str) -> list[str]:
    """Every name they go by in these tables, longest first (so a full name is taken
    out before a part of it)."""
    names = {
        str(r.get("name", ""))
        for r in tables.get("contacts", {}).values()
        if r.get("id") == contact_id
    }
    names |= {
        str(r.get("contact_name", ""))
        for r in tables.get("referrals", {}).values()
        if r.get("contact_id") == contact_id
    }
    names |= {
        str(p.get("contact_name", ""))
        for r in tables.get("resumes", {}).values()
        for p in r.get("passed_on") or ()
        if p.get("contact_id") == contact_id
    }
    names.discard("")
    names.discard(FORGOTTEN)
    return sorted(names, key=len, reverse=True)


def _without(text: Any, names: list[str]) -> Any:
    if not isinstance(text, str) or not names:
        return text
    for name in names:
        text = re.sub(re.escape(name), FORGOTTEN, text, flags=re.IGNORECASE)
    return text


def _referral(record: Record, names: list[str]) -> Record:
    steps = [{**s, "note": _without(s.get("note", ""), names)} for s in record.get("steps", [])]
    blurb = _without(record.get("blurb", ""), names)
    return {**record, "contact_id": "", "contact_name": FORGOTTEN, "steps": steps, "blurb": blurb}


def _call(record: Record, names: list[str]) -> Record:
    outcome = dict(record.get("outcome") or {})
    detail = _without(outcome.get("detail", ""), names)
    outcome.update(contact_id="", detail=detail or FORGOTTEN)
    return {**record, "outcome": outcome, "notes": _without(record.get("notes", ""), names)}


def _passed_to(record: Record, contact_id: str) -> Record | None:
    """A résumé passed on to them, passed on to a forgotten contact; None if it wasn't."""
    passed = record.get("passed_on") or []
    if not any(p.get("contact_id") == contact_id for p in passed):
        return None
    forgotten = {"contact_id": "", "contact_name": FORGOTTEN}
    kept = [{**p, **forgotten} if p.get("contact_id") == contact_id else p for p in passed]
    return {**record, "passed_on": kept}


def _refers_to(outcome: Record, contact_id: str, names: list[str]) -> bool:
    """A call's outcome is a referral to them: by id, or (an older log's) by name."""
    if outcome.get("contact_id") == contact_id:
        return True
    detail = str(outcome.get("detail", "")).casefold()
    return outcome.get("kind") == "referral_made" and any(n.casefold() in detail for n in names)


def scrubbed(tables: Tables, contact_id: str) -> dict[str, dict[str, Record | None]]:
    """What forgetting the contact changes, by table and key: the new record, or None
    where it goes. The tables themselves are left as they are."""
    names = _names(tables, contact_id)
    referrals = {
        k: r for k, r in tables.get("referrals", {}).items() if r.get("contact_id") == contact_id
    }
    referral_ids = {r.get("id") for r in referrals.values()}
    call_ids = {r.get("call_id") for r in referrals.values()}
    for record in tables.get("contacts", {}).values():  # the calls their favours came from
        if record.get("id") == contact_id:
            call_ids |= {e.get("call_id") for e in record.get("ledger") or ()}
    call_ids.discard("")
    calls = {
        k: r
        for k, r in tables.get("calls", {}).items()
        if r.get("id") in call_ids or _refers_to(r.get("outcome") or {}, contact_id, names)
    }
    resumes: dict[str, Record | None] = {
        k: changed
        for k, r in tables.get("resumes", {}).items()
        if (changed := _passed_to(r, contact_id)) is not None
    }
    reviews = {r.get("promise_id") for r in resumes.values() if r} - {""}  # "Passed on to <them>"
    promises = {
        k: r
        for k, r in tables.get("promises", {}).items()
        if r.get("referral_id") in referral_ids or r.get("id") in reviews
    }
    return {
        "contacts": {
            k: None for k, r in tables.get("contacts", {}).items() if r.get("id") == contact_id
        },
        "referrals": {k: _referral(r, names) for k, r in referrals.items()},
        "calls": {k: _call(r, names) for k, r in calls.items()},
        "promises": {
            k: {
                **r,
                "text": _without(r.get("text", ""), names),
                "note": _without(r.get("note", ""), names),
            }
            for k, r in promises.items()
        },
        "resumes": resumes,
        # a caller they sent you keeps that they were referred, not by whom
        "callers": {
            k: {**r, "referred_by": _without(r.get("referred_by", ""), names)}
            for k, r in tables.get("callers", {}).items()
            if _without(r.get("referred_by", ""), names) != r.get("referred_by", "")
        },
    }


def scrub_tables(tables: Tables, contact_id: str) -> int:
    """Forget the contact in raw tables, in place; how many records changed."""
    changed = 0
    for table, records in scrubbed(tables, contact_id).items():
        for key, record in records.items():
            if record is None:
                del tables[table][key]
            elif record != tables[table][key]:
                tables[table][key] = record
            else:
                continue
            changed += 1
    return changed


# --- the live log and its copies -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ContactForgetReport:
    referrals: int
    rewritten: tuple[Path, ...] = ()
    failed: tuple[tuple[Path, str], ...] = ()

    def summary(self, name: str) -> str:
        text = f"Forgot {name}"
        if self.referrals:
            text += f": {counted(self.referrals, 'referral', 'referrals')} now to {FORGOTTEN}"
        if self.rewritten:
            text += f"; {counted(len(self.rewritten), 'backup', 'backups')} rewritten"
        if self.failed:
            listed = "; ".join(f"{path} ({why})" for path, why in self.failed)
            text += (
                f". These files may still hold them and could not be changed: {listed}"
                " — netcall tries again each time it opens the log"
            )
        return text


def describe_forget(store: Log, contact_id: str) -> str:
    """What forgetting the contact erases, for the confirmation."""
    tables = {name: {r["id"]: r for r in repo.raw()} for name, repo in _repos(store).items()}
    change = scrubbed(tables, contact_id)
    contact = store.contacts.get(contact_id)
    name = contact.name if contact else FORGOTTEN
    lines = [
        f"This erases {name} from netcall for good:",
        "• their contact record (details, tags, notes and their ledger of favours)",
    ]
    if change["referrals"]:
        refs = counted(len(change["referrals"]), "referral", "referrals")
        lines.append(
            f"• their name and link in {refs} (kept for the callers' history, "
            f"as made to {FORGOTTEN})"
        )
    if change["calls"]:
        lines.append(f"• their name in {counted(len(change['calls']), 'call', 'calls')}' outcome")
    if change["callers"]:
        sent = counted(len(change["callers"]), "caller", "callers")
        lines.append(f"• their name as who referred {sent} to you")
    if change["promises"]:
        lines.append(f"• their name in {counted(len(change['promises']), 'promise', 'promises')}")
    copies = copies_of(store.path)
    if copies:
        lines.append(
            f"• all of the above in {counted(len(copies), 'backup copy', 'backup copies')}"
            " of the call log, rewritten"
        )
    lines.append("This cannot be undone.")
    return "\n".join(lines)


def forget_contact(store: Log, contact_id: str) -> ContactForgetReport:
    """Erase the contact from the live log and every copy of it; StoreError, with nothing
    erased, if the to-do can't be written."""
    todo = ContactTodo(contact_id, tuple(copies_of(store.path)))
    atomic_write(todo_path(store.path), todo.to_bytes(), what="the to-do of a forget")
    return carry_out(store, todo)


def _live(store: Log, contact_id: str) -> int:
    """The live log, in one transaction; how many referrals now go to a forgotten contact."""
    tables = {name: {r["id"]: r for r in repo.raw()} for name, repo in _repos(store).items()}
    change = scrubbed(tables, contact_id)  # keyed by id here
    with store.transaction():
        for name, records in change.items():
            repo = _repos(store)[name]
            for record_id, record in records.items():
                if record is None:
                    repo.delete(record_id)
                else:
                    repo.update(_MODELS[name].from_dict(record))
    return len(change["referrals"])


_MODELS: dict[str, Any] = {
    "callers": Caller,
    "contacts": Contact,
    "referrals": Referral,
    "calls": Call,
    "promises": Promise,
    "resumes": Resume,
}


def _repos(store: Log) -> dict[str, Any]:
    return {
        "callers": store.callers,
        "contacts": store.contacts,
        "referrals": store.referrals,
        "calls": store.calls,
        "promises": store.promises,
        "resumes": store.resumes,
    }


def carry_out(store: Log, todo: ContactTodo) -> ContactForgetReport:
    """Every step again (each is idempotent); the to-do goes once all are done."""
    referrals = _live(store, todo.contact_id)
    rewritten: list[Path] = []
    failed: list[tuple[Path, str]] = []
    for path in sorted({*todo.copies, *copies_of(store.path)}):
        sweep_temps(path.parent, temp_prefix(path))
        try:
            if path.exists() and rewrite_tables(
                path, (todo.contact_id,), lambda t: scrub_tables(t, todo.contact_id)
            ):
                rewritten.append(path)
        except StoreError as exc:
            failed.append((path, str(exc)))
    if not failed:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(todo_path(store.path))
        with contextlib.suppress(OSError):
            fsync_dir(store.path.parent)
    return ContactForgetReport(referrals, tuple(rewritten), tuple(failed))


def finish_pending_contact(store: Log) -> str | None:
    """Finish a contact's forget a kill interrupted; what to tell the user, or None."""
    path = todo_path(store.path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        return f"Could not finish forgetting a contact: {os_reason(error)}"
    try:
        todo = ContactTodo.from_bytes(data)
        report = carry_out(store, todo)
    except (ValueError, orjson.JSONDecodeError) as error:
        return f"Could not finish forgetting a contact: the to-do at {path} is unreadable ({error})"
    except StoreError as exc:
        return f"Could not finish forgetting a contact (an earlier forget was interrupted): {exc}"
    done = "Could not finish" if report.failed else "Finished"
    return f"{done} forgetting a contact (an earlier forget was interrupted)."
