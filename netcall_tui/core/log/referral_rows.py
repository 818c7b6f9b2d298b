"""The referrals view's rows: stored referral records flattened once into what the view
shows, sorts and searches (as `rows.LogRow` does for calls), so a keystroke's refilter
builds no model and parses no date, at any number of referrals."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from typing import Any

from ..domain.matching import fold
from ..domain.stored import ReferralRecord, epoch, utc_text
from ..domain.vocabulary import ReferralResult, ReferralState
from ..text.ages import local_time

STATE_LABEL = {s.value: s.label for s in ReferralState}
RESULT_LABEL = {r.value: r.label for r in ReferralResult}
# The order a referral goes through its states: the view sorts by it.
STATE_RANK = {
    s.value: rank
    for rank, s in enumerate(
        (
            ReferralState.ASKED,
            ReferralState.AGREED,
            ReferralState.INTRODUCED,
            ReferralState.DECLINED,
            ReferralState.CLOSED,
        )
    )
}


# The words a plain search finds for each state and result, folded once.
_STATE_WORDS = {s.value: f"{s.value} {fold(s.label)}" for s in ReferralState}
_RESULT_WORDS = {r.value: f"{r.value.replace('_', ' ')} {fold(r.label)}" for r in ReferralResult}


@lru_cache(maxsize=65536)
def _fold_name(name: str) -> str:
    return fold(name)  # a contact's name recurs on every referral to them


class ReferralRow:
    """One referral as the view sees it; `key` holds the folded words a plain search
    finds (caller, contact, state, result, the steps' notes)."""

    __slots__ = (
        "call_id",
        "caller",
        "caller_id",
        "caller_key",
        "contact",
        "contact_id",
        "contact_key",
        "id",
        "key",
        "record",
        "result",
        "since_ts",
        "started",
        "state",
        "ts",
    )

    def __init__(self, record: ReferralRecord) -> None:
        get: Any = record.get
        steps = get("steps") or ()
        self.id: str = record["id"]
        self.call_id: str = get("call_id", "")
        self.caller: str = get("caller_name", "")
        self.caller_id: str = get("caller_id", "")
        self.contact: str = get("contact_name", "")
        self.contact_id: str = get("contact_id", "")
        self.state: str = get("state", "")
        self.result: str = get("result", "") or ""
        self.caller_key = _fold_name(self.caller)
        self.contact_key = _fold_name(self.contact)
        notes = " ".join(fold(note) for s in steps if (note := s.get("note")))
        state = _STATE_WORDS.get(self.state) or fold(self.state)  # as stored if unknown
        result = _RESULT_WORDS.get(self.result) or fold(self.result)
        self.key = f"{self.caller_key}\n{self.contact_key}\n{state}\n{result}\n{notes}"
        created = get("created_at")
        self.started = utc_text(created)  # when it was opened: since: and until: read it
        self.ts = epoch(created)
        self.since_ts = epoch(steps[-1].get("at")) if steps else self.ts
        self.record = record

    def __repr__(self) -> str:
        return f"ReferralRow({self.id!r}, {self.caller!r} -> {self.contact!r})"


def build_referral_rows(records: Iterable[ReferralRecord]) -> list[ReferralRow]:
    """Rows in the order given."""
    return [ReferralRow(record) for record in records]


def days_in_state(row: ReferralRow, now: datetime) -> int:
    """Calendar days since it entered its state, in `now`'s zone (a DST change on the
    way makes no day of 23 or 25 hours count twice or not at all)."""
    entered = local_time(row.since_ts, now.tzinfo).date()
    return max(0, (now.date() - entered).days)
