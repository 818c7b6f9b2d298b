"""The promises view's rows: stored promise records flattened once into what the view
shows, groups, sorts and searches (as the log's rows are for calls), so a keystroke's
refilter builds no model and parses no date, at any number of promises."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from ..domain.matching import fold
from ..domain.stored import PromiseRecord, epoch
from ..domain.vocabulary import PromiseStatus
from .groups import DueGroup, Horizon

STATUS_LABEL = {s.value: s.label for s in PromiseStatus}


def status_of(record: PromiseRecord) -> PromiseStatus:
    """Open, done or dropped, read from the stored record (as `Promise.state` is)."""
    get: Any = record.get
    if get("done_at") is not None:
        return PromiseStatus.DONE
    return PromiseStatus.OPEN if get("dropped_at") is None else PromiseStatus.DROPPED


class PromiseRow:
    """One promise as the view sees it: to whom (the caller; the contact too when it is
    a referral's step), due, its group against the view's `now`, its state, and `key`:
    the folded words a plain search finds (what, to whom, the note)."""

    __slots__ = (
        "call_id",
        "caller",
        "caller_id",
        "caller_key",
        "closed_ts",
        "contact",
        "due_ts",
        "group",
        "id",
        "key",
        "note",
        "record",
        "referral_id",
        "state",
        "text",
    )

    def __init__(
        self, record: PromiseRecord, horizon: Horizon, caller: str = "", contact: str = ""
    ) -> None:
        get: Any = record.get
        self.record = record
        self.id: str = record["id"]
        self.text: str = get("text", "")
        self.note: str = get("note", "") or ""
        self.caller_id: str = get("caller_id", "")
        self.call_id: str = get("call_id", "")
        self.referral_id: str = get("referral_id", "")
        self.caller, self.contact = caller, contact
        self.caller_key = fold(f"{caller} {contact}".strip())
        self.state: str = status_of(record).value
        self.due_ts = epoch(get("due"))
        self.closed_ts = epoch(get("done_at") or get("dropped_at"))
        self.group: DueGroup = horizon.group(self.due_ts, self.state == PromiseStatus.OPEN)
        self.key = fold(" ".join(filter(None, (self.text, caller, contact, self.note))))


def build_rows(
    records: Iterable[PromiseRecord],
    now: datetime,
    callers: Mapping[str, str],
    contacts: Mapping[str, str] | None = None,
) -> list[PromiseRow]:
    """A row per record, grouped against `now` (in the user's zone). `callers`: caller
    id -> name; `contacts`: referral id -> the contact's name (a referral step's)."""
    horizon = Horizon.at(now)
    by_referral = contacts or {}
    return [
        PromiseRow(
            record,
            horizon,
            callers.get(record.get("caller_id", ""), ""),
            by_referral.get(record.get("referral_id", ""), ""),
        )
        for record in records
    ]
