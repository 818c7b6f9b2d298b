"""The promises view's columns (drawn by the log's table): when it is due (red when
overdue, amber today, with the year when it isn't this year's), what was promised, to
whom (the caller; a referral step's contact after an arrow), its state, and when it was
made on its call ("—" for one made outside a call)."""

from __future__ import annotations

from datetime import datetime

from ...core.domain.stored import epoch
from ...core.promises.groups import GROUP_LABEL, DueGroup
from ...core.promises.rows import STATUS_LABEL, PromiseRow
from ...core.promises.wording import due_text
from ...core.text.ages import day_text, local_time
from .log_columns import Column, ColumnSet, Parts, harmless_cells

# The table's style names: overdue in the error colour, today's in the warning colour.
GROUP_STYLE = {DueGroup.OVERDUE: "overtime", DueGroup.TODAY: "open", DueGroup.DONE: "muted"}

NARROW = (
    Column("due", "Due", 10, 16, "due"),
    Column("what", "What", 12, 60, "what", flex=True),
    Column("whom", "To whom", 10, 28, "caller", flex=True),
    Column("state", "State", 7, 7, "state"),
)
WIDE = (
    Column("group", "When", 9, 9, "due", arrow=False),
    Column("due", "Due", 16, 22, "due"),
    Column("what", "What", 16, 80, "what", flex=True),
    Column("whom", "To whom", 12, 44, "caller", flex=True),
    Column("state", "State", 7, 7, "state"),
    Column("made", "Made", 13, 15, "due", arrow=False),
)


def whom_text(row: PromiseRow) -> str:
    """The caller, and for a referral's step the contact it is owed to as well."""
    if row.contact:
        return f"{row.caller} → {row.contact}" if row.caller else row.contact
    return row.caller or "—"


def made_ts(row: PromiseRow) -> float:
    """When the promise was made on its call (logged with it, or a referral's step
    taken since); 0.0 without a call."""
    return epoch(row.record.get("created_at")) if row.call_id else 0.0


def _parts(key: str, row: PromiseRow, now: datetime, wide: bool) -> Parts:
    style = GROUP_STYLE.get(row.group, "")
    if key == "group":
        return [(GROUP_LABEL[row.group], style)]
    if key == "due":
        return [(due_text(local_time(row.due_ts, now.tzinfo), now), style)]
    if key == "what":
        return [(row.text, "muted" if row.group is DueGroup.DONE else "")]
    if key == "whom":
        return [(whom_text(row), "")]
    if key == "state":
        return [(STATUS_LABEL.get(row.state, row.state), style)]
    if key == "made":
        made = made_ts(row)
        return [(day_text(local_time(made, now.tzinfo), now), "")] if made else [("—", "muted")]
    return [("", "")]


PROMISE_COLUMNS = ColumnSet(NARROW, WIDE, harmless_cells(_parts))
