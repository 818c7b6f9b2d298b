"""The referrals view's columns (drawn by the log's table): when it was opened, the
contact, the caller, its state, the days it has been in it, and the result."""

from __future__ import annotations

from datetime import datetime

from ...core.domain.referral import OPEN_STATES
from ...core.domain.vocabulary import ReferralState
from ...core.log.referral_rows import RESULT_LABEL, STATE_LABEL, ReferralRow, days_in_state
from ...core.text.ages import ago_text, short_ago_text
from .log_columns import Column, ColumnSet, Parts, harmless_cells

_OPEN = frozenset(s.value for s in OPEN_STATES)
_SHORT_STATE = {s.value: s.short for s in ReferralState}
_SHORT_RESULT = {"good_meeting": "good mtg", "went_nowhere": "nowhere", "reflected_badly": "badly"}

NARROW = (
    Column("ago", "Opened", 8, 8, "when"),
    Column("contact", "Contact", 10, 28, "contact", flex=True),
    Column("caller", "Caller", 10, 28, "caller", flex=True),
    Column("state", "State", 10, 10, "state"),
    Column("days", "Days", 4, 4, "days"),
    Column("result", "Result", 8, 8, "result"),
)
WIDE = (
    Column("ago", "Opened", 13, 13, "when"),
    Column("contact", "Contact", 12, 40, "contact", flex=True),
    Column("caller", "Caller", 12, 40, "caller", flex=True),
    Column("state", "State", 17, 17, "state"),
    Column("days", "Days in it", 10, 10, "days"),
    Column("result", "Result", 15, 15, "result"),
)


def _parts(key: str, row: ReferralRow, now: datetime, wide: bool) -> Parts:
    if key == "ago":
        return [(ago_text(row.ts, now) if wide else short_ago_text(row.ts, now), "")]
    if key == "contact":
        return [(row.contact, "")]
    if key == "caller":
        return [(row.caller, "")]
    if key == "state":
        label = STATE_LABEL.get(row.state, row.state)  # an unknown state shows as stored
        text = label if wide else _SHORT_STATE.get(row.state, label)
        return [(text, "open" if row.state in _OPEN else "")]
    if key == "days":
        return [(str(days_in_state(row, now)), "open" if row.state in _OPEN else "muted")]
    if key == "result":
        if not row.result:
            return [("—", "muted")]
        label = RESULT_LABEL.get(row.result, row.result)
        return [(label if wide else _SHORT_RESULT.get(row.result, label), "")]
    return [("", "")]


REFERRAL_COLUMNS = ColumnSet(NARROW, WIDE, harmless_cells(_parts))
