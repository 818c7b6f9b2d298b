"""Stored records for the statistics' tests, in the shape the store holds them, built
from local times ('2026-03-29 00:30' in a zone) so a test reads like its calendar."""

from __future__ import annotations

from typing import Any

import pendulum

from netcall_tui.core.domain.moments import to_record
from netcall_tui.core.domain.stored import (
    CallRecord,
    PhaseRecord,
    PromiseRecord,
    ReferralRecord,
    ResumeRecord,
    StoredMoment,
)

_DETAILS = {"honest_no": "the local product guild", "referral_made": "Priya Shah"}


def at(text: str, zone: str = "Europe/London") -> pendulum.DateTime:
    """A local time: '2026-03-29 00:30' in `zone`."""
    found = pendulum.parse(text, tz=zone)
    assert isinstance(found, pendulum.DateTime)
    return found


def moment(text: str, zone: str = "Europe/London") -> StoredMoment:
    return to_record(at(text, zone))


def phase(kind: str, limit_s: int, used_s: float) -> PhaseRecord:
    return {"kind": kind, "limit_s": limit_s, "used_s": used_s}


def call(
    started: str,
    zone: str = "Europe/London",
    *,
    minutes: float | None = None,
    phases: list[PhaseRecord] | None = None,
    outcome: str | None = "advice_given",
    energy: int | None = None,
    **extra: Any,
) -> CallRecord:
    """A stored call started at local `started` in `zone`; `minutes` makes its phases a
    story of 5 of them (300 s limit) and the rest as advice (600 s limit)."""
    begin = at(started, zone)
    if phases is None:
        used = (minutes if minutes is not None else 10) * 60
        story = min(used, 300.0)
        phases = [phase("story", 300, story), phase("advice", 600, used - story)]
    length = sum(p["used_s"] for p in phases) or 600
    record: dict[str, Any] = {
        "id": f"c{begin.int_timestamp}",
        "caller_id": "k1",
        "caller_name": "Dana Ito",
        "strength": "moderate",
        "asks": ["advice"],
        "traits": [],
        "phases": phases,
        "notes": "",
        "outcome": None
        if outcome is None
        else {"kind": outcome, "detail": _DETAILS.get(outcome, ""), "when": None, "contact_id": ""},
        "started_at": to_record(begin),
        "ended_at": to_record(begin.add(seconds=int(length))),
        "edited_at": None,
        "promise_ids": [],
        "energy": energy,
    }
    record.update(extra)
    return record  # type: ignore[return-value]


def interview(
    done: str | None, *, held: bool = True, kind: str = "interview", made: str = "2025-01-01 09:00"
) -> PromiseRecord:
    stamp = moment(done) if done else None
    return {
        "id": f"p{done}",
        "text": "Information interview with Dana",
        "due": moment("2026-06-01 09:00"),
        "caller_id": "k1",
        "call_id": "",
        "done_at": stamp,
        "created_at": moment(made),
        "referral_id": "",
        "dropped_at": None,
        "note": "",
        "kind": kind,
        "held": held,
    }


def referral(created: str, state: str, result: str = "") -> ReferralRecord:
    return {
        "id": f"r{created}{state}{result}",
        "call_id": "",
        "caller_id": "k1",
        "caller_name": "Dana Ito",
        "contact_id": "n1",
        "contact_name": "Priya Shah",
        "state": state,
        "result": result,
        "steps": [],
        "important": None,
        "blurb": "",
        "created_at": moment(created),
    }


def resume(passed: tuple[str, ...] = (), removed: str | None = None) -> ResumeRecord:
    return {
        "id": f"v{passed}{removed}",
        "caller_id": "k1",
        "call_id": "",
        "roles": ["analyst"],
        "sectors": [],
        "tags": [],
        "location": "",
        "note": "",
        "filed_at": moment("2025-01-01 09:00"),
        "review_on": moment("2027-01-01 09:00"),
        "reviewed_at": None,
        "promise_id": "",
        "passed_on": [
            {
                "contact_id": "",
                "contact_name": "Priya Shah",
                "at": moment(when),
                "referral_id": "",
                "promise_id": "",
            }
            for when in passed
        ],
        "removed_at": moment(removed) if removed else None,
        "removed_note": "",
    }
