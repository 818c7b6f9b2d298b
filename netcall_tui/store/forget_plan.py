"""What forgetting a person will erase, for the confirmation: their records in the live
log, the copies that are always rewritten, the other copies the user may choose to
erase too, and the records with the same name that stay (so no one thinks they went)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..core.domain.matching import person_key
from ..core.domain.stored import CallRecord, epoch
from ..core.export.forgetting import OtherCopy
from ..core.text.counts import counted
from .errors import StoreError
from .forget_copies import copies_of, other_copies
from .forget_rules import Log, is_their_draft, theirs


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
    copies: tuple[Path, ...]  # backup and set-aside copies of the log, always rewritten
    others: tuple[OtherCopy, ...] = ()  # other files holding them, erased if chosen
    namesakes: tuple[str, ...] = ()  # records with the same name, which stay
    referral_ids: tuple[str, ...] = ()  # their referrals to your contacts
    resume_ids: tuple[str, ...] = ()  # their résumés on file

    def describe(self) -> str:
        calls = len(self.call_ids)
        lines = [f"This erases {self.name} from netcall for good:"]
        if calls:
            span = self.first if self.first == self.last else f"{self.first} to {self.last}"
            lines.append(f"• {counted(calls, 'call', 'calls')} ({span}), notes included")
        if self.promise_ids:
            lines.append(f"• {counted(len(self.promise_ids), 'promise', 'promises')} made to them")
        if self.caller_record:
            lines.append("• their caller record (contact details and notes)")
        if self.referral_ids:
            referrals = counted(len(self.referral_ids), "referral", "referrals")
            lines.append(f"• {referrals} of them to your contacts, with how each went")
        if self.resume_ids:
            kept = counted(len(self.resume_ids), "résumé", "résumés")
            lines.append(f"• {kept} on file, with what each was for and whom it went to")
        if self.ledger_mentions:
            favours = counted(self.ledger_mentions, "referral favour", "referral favours")
            lines.append(
                f"• their name on {favours} in your contacts' "
                "ledgers (the favour itself stays, without its note or a link to them)"
            )
        if self.draft:
            lines.append("• the unfinished call with them")
        if self.copies:
            copies = counted(len(self.copies), "backup copy", "backup copies")
            lines.append(f"• all of the above in {copies} of the call log, rewritten")
        if self.others:
            lines.append(
                f"{counted(len(self.others), 'Another file holds', 'Other files hold')}"
                " them; erase these too?"
            )
            lines += [f"• {other.describe()}" for other in self.others]
        if self.namesakes:
            lines.append("Not forgotten (the same name, someone else's record):")
            lines += [f"• {namesake}" for namesake in self.namesakes]
        lines.append("This cannot be undone.")
        return "\n".join(lines)


def _date(record: CallRecord) -> str:
    """The local date a call started on, 'YYYY-MM-DD'."""
    try:
        return datetime.fromtimestamp(epoch(record.get("started_at"))).date().isoformat()
    except (ValueError, TypeError, OverflowError, OSError):  # a bad record: still forgotten
        return "?"


def _namesakes(store: Log, caller_id: str, names: set[str]) -> list[str]:
    """Another caller or a contact whose name reads the same as theirs."""
    keys = {person_key(n) for n in names if n}
    found: list[str] = []
    others = {
        str(r.get("id")): str(r.get("name", ""))
        for r in store.callers.raw()
        if r.get("id") != caller_id
    }
    for call in store.calls.raw():
        if call.get("caller_id") != caller_id:
            others.setdefault(str(call.get("caller_id")), str(call.get("caller_name", "")))
    found += [f"another caller named {n}" for n in others.values() if person_key(n) in keys]
    for contact in store.contacts.raw():
        name = str(contact.get("name", ""))
        if person_key(name) in keys:
            found.append(f"your contact {name}")
    return found


def plan_forget(
    store: Log, caller_id: str, also: Iterable[str] = (), *, look_further: bool = True
) -> ForgetPlan:
    """What `forget` would erase (call it with the session's lock held): their calls, and
    the calls with ids in `also` (from an unfinished forget). It changes nothing, except
    what reading the draft always does: one whose call is logged goes, one that can't be
    read is moved aside. `look_further`: read the other files too, for the confirmation."""
    known = set(also)
    calls = [r for r in store.calls.raw() if r.get("caller_id") == caller_id or r["id"] in known]
    call_ids = {r["id"] for r in calls}
    record = next((r for r in store.callers.raw() if r.get("id") == caller_id), None)
    name = (record["name"] if record else "") or (calls[0]["caller_name"] if calls else "")
    promises = [
        p["id"]
        for p in store.promises.raw()
        if p.get("caller_id") == caller_id or p.get("call_id") in call_ids
    ]
    referrals = [r["id"] for r in store.referrals.raw() if theirs(r, caller_id, call_ids)]
    resumes = [r["id"] for r in store.resumes.raw() if theirs(r, caller_id, call_ids)]
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
    names = {name, *(str(r.get("caller_name", "")) for r in calls)} - {""}
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
        others=tuple(other_copies(store.path, caller_id, call_ids | known, names))
        if look_further
        else (),
        namesakes=tuple(_namesakes(store, caller_id, names)) if look_further else (),
        referral_ids=tuple(referrals),
        resume_ids=tuple(resumes),
    )
