"""The referrals view's filter: the log's language (`query`) with the fields a referral
has — state:open, state:declined, contact:dana, caller:sam, result:hired, since:, until:
— and plain words over the caller, the contact, the state, the result and the notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..domain.matching import fold
from ..domain.referral import OPEN_STATES
from .fields import FIELD_BUILDERS, choices, contains, text_has
from .query import Language, RowCheck
from .referral_rows import RESULT_LABEL, STATE_LABEL, STATE_RANK, ReferralRow

HELP = (
    "Type to search, or filter: state:open state:declined contact: caller: result:hired "
    "since:2w · ↓ goes to the referrals."
)
EXAMPLES = {
    "state": "state:open or state:agreed",
    "contact": "contact:dana",
    "caller": "caller:sam",
    "result": "result:hired",
    "since": "since:2w or since:2025-03-01",
    "until": "until:2025-06-30",
}
_OPEN = frozenset(s.value for s in OPEN_STATES)


def _state(value: str, now: datetime) -> tuple[int, RowCheck]:
    options = {**STATE_LABEL, "open": "open"}  # open: any of asked, agreed, introduced
    wanted = choices(value, options, "state", EXAMPLES["state"])
    if "open" in wanted:
        wanted = (wanted - {"open"}) | _OPEN
    return 1, lambda row: row.state in wanted


def _result(value: str, now: datetime) -> tuple[int, RowCheck]:
    if fold(value) in ("none", "no-result"):
        return 1, lambda row: row.result == ""
    results = choices(value, RESULT_LABEL, "result", EXAMPLES["result"])
    return 1, lambda row: row.result in results


_BUILDERS: dict[str, Callable[[str, datetime], tuple[int, RowCheck]]] = {
    "state": _state,
    "contact": contains("contact_key"),
    "caller": contains("caller_key"),
    "result": _result,
    "since": FIELD_BUILDERS["since"],  # over `started`, as the log's
    "until": FIELD_BUILDERS["until"],
}

SORT_KEYS: dict[str, Callable[[ReferralRow], Any]] = {
    "when": lambda r: r.started,
    "contact": lambda r: r.contact_key,
    "caller": lambda r: r.caller_key,
    "state": lambda r: STATE_RANK.get(r.state, 9),
    "days": lambda r: -r.since_ts,  # descending: the longest waiting first
    "result": lambda r: (r.result == "", RESULT_LABEL.get(r.result, "")),
}


def _started(row: ReferralRow) -> str:
    return row.started


REFERRALS: Language[ReferralRow] = Language(
    fields=_BUILDERS,
    examples=EXAMPLES,
    text=text_has,
    narrowing=(None, "contact", "caller"),
    sort_keys=SORT_KEYS,
    newest=_started,
    first_column="when",
    descending_first=frozenset({"when", "days"}),
)
