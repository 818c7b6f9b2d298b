"""The migrations: each turns a file of one schema version into the next (the versions
are listed in `schema`). Each spells out the version it starts from, since that never
changes while the declared shape (`core.domain.stored`) will."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Mapping

from ..core.domain.matching import named_in
from ..core.domain.moments import from_record, now, parse_iso, to_record
from ..core.errors import ValidationError
from . import schema
from .schema import Migration, Record, Tables

_V1_TABLES = ("calls", "callers", "contacts", "promises", "meta")  # later ones add theirs


def _v0_to_v1(tables: Tables) -> Tables:
    """v0: files from development builds, before the version was recorded. Records
    already have the v1 shape; some tables may be missing."""
    for name in _V1_TABLES:
        tables.setdefault(name, {})
    return tables


# Where a v1 record keeps its times (outcome and ledger times are handled with them).
_V1_TIMES = {
    "calls": ("started_at", "ended_at", "edited_at"),
    "callers": ("created_at",),
    "promises": ("due", "done_at", "created_at"),
}


def _normalise_times(record: Record, fields: tuple[str, ...]) -> None:
    """Each bare ISO string among `fields` becomes a {"utc", "tz"} record, read as the
    models always read one (in the offset it names, UTC if none). Text that is not a
    time is left as it is, for the reader to report as a bad record."""
    for name in fields:
        value = record.get(name)
        if isinstance(value, str):
            with contextlib.suppress(ValidationError):
                record[name] = to_record(parse_iso(value))


def _referral_contact(outcome: Record, contacts: Mapping[str, str]) -> str:
    """The id of the contact a v1 referral's free text names (`contacts`: name -> id),
    by the rule the ledger has always used; "" when it names none, and the text stays."""
    detail = outcome.get("detail")
    if outcome.get("kind") != "referral_made" or not isinstance(detail, str):
        return ""
    name = named_in(detail, contacts)
    return "" if name is None else contacts[name]


def _v1_to_v2(tables: Tables) -> Tables:
    """Times normalised (so no reader needs to parse a bare string), and outcomes given
    a contact id, resolved once from the referral's text."""
    for table, fields in _V1_TIMES.items():
        for record in tables.get(table, {}).values():
            _normalise_times(record, fields)
    contacts: dict[str, str] = {}
    for contact in tables.get("contacts", {}).values():
        for entry in contact.get("ledger") or ():
            if isinstance(entry, dict):
                _normalise_times(entry, ("at",))
        if isinstance(contact.get("name"), str):
            contacts.setdefault(contact["name"], str(contact.get("id", "")))
    for call in tables.get("calls", {}).values():
        outcome = call.get("outcome")
        if isinstance(outcome, dict):
            _normalise_times(outcome, ("when",))
            outcome["contact_id"] = _referral_contact(outcome, contacts)
    return tables


_V3_CONTACT = {
    "company": "",
    "role": "",
    "email": "",
    "phone": "",
    "profile_url": "",
    "source": "",
    "connected_on": "",
}


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _v2_contact(contact: Record, at: object) -> None:
    for name, default in _V3_CONTACT.items():
        contact.setdefault(name, default)
    contact.setdefault("tags", [])
    ledger = [e for e in contact.get("ledger") or () if isinstance(e, dict)]
    times = [e["at"] for e in ledger if isinstance(e.get("at"), dict) and "utc" in e["at"]]
    # A v2 contact has no date of its own: its first favour, or the upgrade itself.
    contact.setdefault("created_at", min(times, key=lambda t: str(t["utc"])) if times else at)


def _v2_referral(call: Record, names: Mapping[str, str]) -> Record | None:
    """The referral a v2 call's outcome made, as a record: it was logged as made, so it
    stands as introduced, on the day of the call."""
    outcome = call.get("outcome")
    if not isinstance(outcome, dict) or outcome.get("kind") != "referral_made":
        return None
    when = call.get("ended_at") or call.get("started_at")
    contact_id = _text(outcome.get("contact_id"))
    detail = _text(outcome.get("detail"))
    return {
        "id": uuid.uuid4().hex,
        "call_id": str(call.get("id", "")),
        "caller_id": str(call.get("caller_id", "")),
        "caller_name": str(call.get("caller_name", "")),
        "contact_id": contact_id,
        "contact_name": names.get(contact_id, detail)[:120],
        "state": "introduced",
        "result": "",
        "steps": [{"state": "introduced", "at": when, "note": ""}],
        "important": None,
        "blurb": "",
        "created_at": when,
    }


def _v2_to_v3(tables: Tables) -> Tables:
    """Contacts get their new fields (empty), promises a `referral_id` (""), and every
    referral a call made becomes a referral record."""
    at = to_record(now())
    names: dict[str, str] = {}
    for contact in tables.get("contacts", {}).values():
        _v2_contact(contact, at)
        if isinstance(contact.get("name"), str):
            names[str(contact.get("id", ""))] = contact["name"]
    for promise in tables.get("promises", {}).values():
        promise.setdefault("referral_id", "")
    referrals = tables.setdefault("referrals", {})
    for call in tables.get("calls", {}).values():
        referral = _v2_referral(call, names)
        if referral is not None:
            referrals[str(len(referrals) + 1)] = referral
    return tables


# What a v3 promise an outcome implied begins with, by the outcome it came from.
_V3_IMPLIED = {
    "resume_kept": ("resume_review", "Review "),
    "interview_scheduled": ("interview", "Information interview with "),
    "follow_up_scheduled": ("follow_up", "Follow-up call with "),
}


def _v3_kind(promise: Record, outcomes: Mapping[str, str]) -> str:
    """A v3 promise's kind: a referral's step, or the one its call's outcome implied
    (read from its call's outcome and its wording), else one made by hand."""
    if promise.get("referral_id"):
        return "referral"
    kind, opening = _V3_IMPLIED.get(outcomes.get(promise.get("call_id") or "", ""), ("", ""))
    text = promise.get("text")
    return kind if kind and isinstance(text, str) and text.startswith(opening) else "plain"


_V3_REVIEW_MONTHS = 3  # how far on v3 set a résumé's review promise


def _months_on(stored: object, months: int) -> object:
    """A stored time `months` later; a time that can't be read stays, for the checks."""
    try:
        moment = from_record(stored)  # type: ignore[arg-type]  # whatever the file holds
    except (ValidationError, TypeError, KeyError, ValueError):
        return stored
    return stored if moment is None else to_record(moment.add(months=months))


def _v3_resume(call: Record, reviews: Mapping[str, Record]) -> Record:
    """The résumé a v3 call kept on file, as a record: filed as the call ended, to be
    reviewed when its review promise is due (three months on if it has none); what it
    is for was never asked, so it is for nothing in particular yet."""
    filed = call.get("ended_at") or call.get("started_at")
    promise = reviews.get(str(call.get("id", "")), {})
    review = promise.get("due")
    if not isinstance(review, dict):
        review = _months_on(filed, _V3_REVIEW_MONTHS)
    return {
        "id": uuid.uuid4().hex,
        "caller_id": str(call.get("caller_id", "")),
        "call_id": str(call.get("id", "")),
        "roles": [],
        "sectors": [],
        "tags": [],
        "location": "",
        "note": "",
        "filed_at": filed,
        "review_on": review,
        "reviewed_at": None,
        "promise_id": _text(promise.get("id")),
        "passed_on": [],
        "removed_at": None,
        "removed_note": "",
    }


def _v3_to_v4(tables: Tables) -> Tables:
    """Promises get `dropped_at` (none was dropped before v4), an empty `note`, their
    `kind` and `held` (false: v3 had no way to mark an interview held). Every call whose
    outcome kept a résumé on file gets its record in `resumes`, linked to its review
    promise (so it runs after the kinds are set)."""
    outcomes: dict[str, str] = {}
    for call in tables.get("calls", {}).values():
        outcome = call.get("outcome")
        if isinstance(outcome, dict) and isinstance(kind := outcome.get("kind"), str):
            outcomes[str(call.get("id"))] = kind
    reviews: dict[str, Record] = {}
    for promise in tables.get("promises", {}).values():
        promise.setdefault("dropped_at", None)
        promise.setdefault("note", "")
        promise.setdefault("kind", _v3_kind(promise, outcomes))
        promise.setdefault("held", False)
        if promise["kind"] == "resume_review":
            reviews.setdefault(_text(promise.get("call_id")), promise)
    resumes = tables.setdefault("resumes", {})
    for call in tables.get("calls", {}).values():
        if outcomes.get(str(call.get("id"))) == "resume_kept":
            resumes[str(len(resumes) + 1)] = _v3_resume(call, reviews)
    return tables


def _v4_to_v5(tables: Tables) -> Tables:
    """Calls get `energy`: None, since no call was rated before v5."""
    for call in tables.get("calls", {}).values():
        call.setdefault("energy", None)
    return tables


# MIGRATIONS[n] turns a version-n file into a version-(n+1) file.
MIGRATIONS: dict[int, Migration] = {
    0: _v0_to_v1,
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
}


def migrate(tables: Tables, found: int) -> Tables:
    """Bring `tables` from version `found` up to the current version, one step at a time."""
    for version in range(found, schema.SCHEMA_VERSION):
        tables = MIGRATIONS[version](tables)
        schema.set_version(tables, version + 1)
    return tables
