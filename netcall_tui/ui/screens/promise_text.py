"""What the promises view says: its order (the due groups', each soonest first), the
status line's words for the selected promise, and the toasts after a change (each
naming the promise and that u takes it back)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ...core.domain.promise import Promise
from ...core.log.promise_terms import PROMISES
from ...core.promises.groups import DueGroup
from ...core.promises.rows import PromiseRow
from ...core.promises.wording import due_text
from ...core.text.ages import day_text, local_time
from ...core.text.counts import counted
from ...core.text.harmless import harmless
from ..widgets.promise_columns import made_ts, whom_text

EMPTY = (
    "No promises yet — p during a call records one, and outcomes such as an interview or a "
    "follow-up make their own. Escape goes back."
)
_RANK = {group: rank for rank, group in enumerate(DueGroup)}


def _grouped(row: PromiseRow) -> tuple[int, float]:
    return _RANK[row.group], row.due_ts


# The view's order: overdue, today, this week, later, then done, each soonest due first
# (sorting by due gives this order; ties in other sorts keep it too).
GROUPED = replace(PROMISES, newest=_grouped)


def promises_text(count: int) -> str:
    return counted(count, "promise", "promises")


def row_text(row: PromiseRow, now: datetime) -> str:
    """The status line's words for the selected promise: when it was made, its note."""
    parts = []
    made = made_ts(row)
    if made:
        parts.append(f"made {day_text(local_time(made, now.tzinfo), now)}, enter opens its call")
    else:
        parts.append("made outside a call")
    if row.note:
        parts.append(f"note: {row.note}")
    return harmless(" · ".join(parts))


def undone_text(back: Promise, now: datetime) -> str:
    """The toast after undo: the promise as it is again."""
    due = due_text(back.due, now)
    return f"Undone: {back.text} is {back.state.label} again, due {due}."


def changed_text(what: str, row: PromiseRow, undo: bool = True) -> str:
    """The toast after a change: what happened, to which promise, and how to undo it."""
    whom = whom_text(row)
    # "Information interview with Ali Khan" names them already: not "(Ali Khan)" again.
    named = bool(whom) and whom.casefold() in row.text.casefold()
    said = f"{what}: {row.text}." if named else f"{what}: {row.text} ({whom})."
    return f"{said} u takes it back." if undo else said
