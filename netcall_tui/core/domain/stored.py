"""The stored shape: how records sit on disk, and the accessors that read their fields.

One TypedDict per table (`CallRecord`, `CallerRecord`, `ContactRecord`, `PromiseRecord`,
`ReferralRecord`, `ResumeRecord`, `MetaRecord`) and per value inside them (`PhaseRecord`,
`OutcomeRecord`, `LedgerEntryRecord`, `ReferralStepRecord`, `PassedOnRecord`,
`StoredMoment`): what the models' `to_dict` writes and `from_dict` reads, and what bulk
readers (log rows, exports, forget, the repositories, statistics) work on directly,
without building models. The accessors are the one place that knows how a stored time
is written.

Cheap to import (no pendulum, no models): the log's rows use it on the start-up path.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypedDict


class StoredMoment(TypedDict):
    """A wall-clock time: UTC ISO-8601 text (all such texts sort in time order) and the
    zone it was taken in ('Europe/Paris', 'UTC', or a fixed offset like '+02:00')."""

    utc: str
    tz: str


class PhaseRecord(TypedDict):
    kind: str
    limit_s: int
    used_s: float


class OutcomeRecord(TypedDict):
    kind: str
    detail: str  # to whom (a referral), the avenue (an honest no)
    when: StoredMoment | None
    contact_id: str  # a referral's contact, when the detail names one of yours; else ""


class LedgerEntryRecord(TypedDict):
    kind: str
    at: StoredMoment
    note: str
    call_id: str


class CallRecord(TypedDict):
    id: str
    caller_id: str
    caller_name: str
    strength: str
    asks: list[str]
    traits: list[str]
    phases: list[PhaseRecord]
    notes: str
    outcome: OutcomeRecord | None
    started_at: StoredMoment
    ended_at: StoredMoment | None
    edited_at: StoredMoment | None
    promise_ids: list[str]
    energy: int | None  # how the call left you, 1 (drained) to 5 (energised); None: unrated (v5)


class CallerRecord(TypedDict):
    id: str
    name: str
    strength: str
    reach: str
    referred_by: str
    role: str
    company: str
    sector: str
    phone: str
    email: str
    notes: str
    created_at: StoredMoment


class PromiseRecord(TypedDict):
    id: str
    text: str
    due: StoredMoment
    caller_id: str
    call_id: str
    done_at: StoredMoment | None
    created_at: StoredMoment
    referral_id: str  # the referral whose next step this is, or ""
    dropped_at: StoredMoment | None  # let go on purpose (v4)
    note: str  # how it was kept or why it was dropped (v4)
    kind: str  # a PromiseKind value (v4)
    held: bool  # an interview promise kept: the interview took place (v4)


class ContactRecord(TypedDict):
    id: str
    name: str
    tier: str
    company: str
    role: str
    email: str
    phone: str
    notes: str
    tags: list[str]  # e.g. the sectors they hire in
    profile_url: str  # a LinkedIn profile: the stable key when the network is imported again
    source: str  # where the contact came from: "", "linkedin", "vcard", "google"
    connected_on: str  # ISO date ("2026-02-08") you connected, when an import says; else ""
    created_at: StoredMoment
    ledger: list[LedgerEntryRecord]


class ReferralStepRecord(TypedDict):
    state: str
    at: StoredMoment
    note: str


class ReferralRecord(TypedDict):
    id: str
    call_id: str
    caller_id: str
    caller_name: str  # copied in, as a call's is, so the referrals view needs no join
    contact_id: str
    contact_name: str
    state: str
    result: str  # "" until closed
    steps: list[ReferralStepRecord]  # every state it has been in, oldest first
    important: bool | None  # the answer to "is this an important favour?"; None: not asked
    blurb: str  # the forwardable text sent to the contact
    created_at: StoredMoment


class PassedOnRecord(TypedDict):
    contact_id: str  # "" when passed to someone not in your network
    contact_name: str
    at: StoredMoment
    referral_id: str  # the referral it became, or ""
    promise_id: str  # the promise it became when no referral was made, or ""


class ResumeRecord(TypedDict):
    """A résumé kept on file (v4): what it is for, when to look at it again, and whom it
    was passed on to."""

    id: str
    caller_id: str
    call_id: str  # the call where you offered to keep it, or ""
    roles: list[str]  # target roles
    sectors: list[str]
    tags: list[str]  # skills and such
    location: str  # the file's path or a link, or ""
    note: str
    filed_at: StoredMoment
    review_on: StoredMoment  # when to look at it again
    reviewed_at: StoredMoment | None  # when you last did
    promise_id: str  # its review promise, closed when it is passed on or removed
    passed_on: list[PassedOnRecord]
    removed_at: StoredMoment | None  # taken off file
    removed_note: str  # the kind note: they asked, they found a job


class MetaRecord(TypedDict):
    """A small named value: the schema version, and such settings as the store keeps."""

    key: str
    value: Any


# What readers take for a call without an outcome (`call.get("outcome") or NO_OUTCOME`);
# shared, so never edit it.
NO_OUTCOME: OutcomeRecord = {"kind": "", "detail": "", "when": None, "contact_id": ""}

# Every table of the call log and the shape of its records.
TABLE_RECORDS: dict[str, type] = {
    "calls": CallRecord,
    "callers": CallerRecord,
    "contacts": ContactRecord,
    "promises": PromiseRecord,
    "referrals": ReferralRecord,
    "resumes": ResumeRecord,
    "meta": MetaRecord,
}


def epoch(stored: StoredMoment | None) -> float:
    """Seconds since the epoch of a stored time; 0.0 for none."""
    return datetime.fromisoformat(stored["utc"]).timestamp() if stored else 0.0


def utc_text(stored: StoredMoment | None) -> str:
    """A stored time as UTC ISO text ('2026-11-25T11:15:00+00:00'); '' for none."""
    return stored["utc"] if stored else ""


def utc_text_of(moment: datetime) -> str:
    """A moment as the UTC text stored times hold, to compare with `utc_text`."""
    return moment.astimezone(UTC).isoformat()
