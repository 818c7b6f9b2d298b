"""A record netcall could not read, and how messages say so: where it is, which field
is wrong, and what that field must hold (`EXPECTED`, in words, beside the checks'
rules in `checks`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .checks import (
    ASKS,
    LEDGER_KINDS,
    OUTCOMES,
    PHASES,
    PROMISE_KINDS,
    REACHES,
    REFERRAL_STATES,
    RESULTS,
    STRENGTHS,
    TIERS,
    TRAITS,
)

_MISSING = object()
_SHOWN_AT_MOST = 40  # characters of a bad value quoted in a message


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record the log cannot use: where it is (`key`: its number in the file), which
    field is wrong, and how."""

    table: str
    key: str
    id: str  # the record's own id
    field: str
    problem: str

    @property
    def where(self) -> str:
        """'calls record 12 (id '3f2a…')': how a message names it."""
        return f"{self.table} record {self.key} (id {shown(self.id)})"


def shown(value: Any) -> str:
    """A stored value quoted for a message: Python's repr (control characters and
    bidi overrides come out escaped, never raw), cut short when long."""
    text = repr(value)
    return text if len(text) <= _SHOWN_AT_MOST else text[: _SHOWN_AT_MOST - 1] + "…"


_TIME = "a stored date and time, {'utc': ISO-8601 text, 'tz': zone}"
_TEXT = "text"


def _one_of(words: frozenset[str]) -> str:
    return "one of " + ", ".join(sorted(words))


# What each field checked must hold, in words (a field not named here holds text).
EXPECTED: dict[str, dict[str, str]] = {
    "calls": {
        "caller_name": "the caller's name (text, not blank)",
        "started_at": _TIME,
        "ended_at": f"{_TIME}, or null",
        "edited_at": f"{_TIME}, or null",
        "strength": _one_of(STRENGTHS),
        "asks": f"a list of asks, each {_one_of(ASKS)}",
        "traits": f"a list of traits, each {_one_of(TRAITS)}",
        "phases": f"a list of phases, each {{kind: {_one_of(PHASES)}; limit_s, used_s: numbers}}",
        "outcome": f"null or an outcome {{kind: {_one_of(OUTCOMES)}; detail: text; when}}",
        "promise_ids": "a list of promise ids (text)",
    },
    "callers": {
        "name": "the caller's name (text, not blank)",
        "created_at": _TIME,
        "strength": _one_of(STRENGTHS),
        "reach": _one_of(REACHES),
    },
    "promises": {
        "text": "what was promised (text, not blank)",
        "due": _TIME,
        "created_at": _TIME,
        "done_at": f"{_TIME}, or null",
        "dropped_at": f"{_TIME}, or null (and null when done_at is set)",
        "kind": _one_of(PROMISE_KINDS),
        "held": "true or false (true only for a kept interview promise)",
    },
    "contacts": {
        "name": "the contact's name (text, not blank)",
        "tier": _one_of(TIERS),
        "ledger": f"a list of entries, each {{kind: {_one_of(LEDGER_KINDS)}; at: a time; note}}",
        "tags": "a list of tags (text)",
        "created_at": _TIME,
    },
    "referrals": {
        "steps": f"a list of steps, each {{state: {_one_of(REFERRAL_STATES)}; at: a time; note}}",
        "state": "the state of its last step",
        "result": _one_of(RESULTS - {""}) + ", or empty",
        "important": "true, false or null",
        "created_at": _TIME,
    },
    "resumes": {
        "caller_id": "the id of the caller whose résumé it is (text, not blank)",
        "filed_at": _TIME,
        "review_on": _TIME,
        "reviewed_at": f"{_TIME}, or null",
        "removed_at": f"{_TIME}, or null",
        "roles": "a list of roles (text)",
        "sectors": "a list of sectors (text)",
        "tags": "a list of tags (text)",
        "passed_on": "a list of entries, each {contact_name: text, not blank; at: a time; "
        "contact_id, referral_id, promise_id: text}",
    },
}


def bad_record(table: str, key: str, record: Mapping[str, Any], field: str) -> BadRecord:
    """The report on `record`, whose `field` its table's check found wrong."""
    value = record.get(field, _MISSING)
    expected = EXPECTED.get(table, {}).get(field, _TEXT)
    found = "is missing" if value is _MISSING else f"is {shown(value)}"
    return BadRecord(
        table, key, str(record.get("id", "")), field, f"{found}; it must be {expected}"
    )


def records_unread(count: int) -> str:
    """'3 records could not be read': the one wording of it, for every message."""
    return f"{count} record{'' if count == 1 else 's'} could not be read"


def unread_note(count: int) -> str:
    """What the app's header and the command line say while some are left out."""
    return f"{records_unread(count)} — see `netcall doctor`"
