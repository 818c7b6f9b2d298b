"""A log row's numbers and words as the log shows them.

The display helpers run only for the rows on screen (or exported), never per keystroke;
the rows themselves, and their search keys, are in `rows`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..domain.vocabulary import ASK_SHORT, OUTCOME_LABEL, OUTCOME_SHORT
from ..text.clock import minutes_text

if TYPE_CHECKING:
    from .rows import LogRow


def time_text(row: LogRow) -> tuple[str, str]:
    """('26m/20m', '+6m'): time used against the limit, and the overtime if any."""
    base = f"{minutes_text(row.used_s)}/{minutes_text(row.limit_s)}"
    over = row.overtime_s
    return base, (f"+{math.ceil(over / 60)}m" if over > 0 else "")


def asks_text(asks: Iterable[str]) -> str:
    return ", ".join(ASK_SHORT.get(a, a) for a in asks)


def outcome_text(row: LogRow) -> str:
    return OUTCOME_LABEL.get(row.outcome, row.outcome) if row.outcome else "—"


def short_outcome_text(row: LogRow) -> str:
    return OUTCOME_SHORT.get(row.outcome, row.outcome) if row.outcome else "—"


def promises_text(row: LogRow) -> str:
    if not row.promises:
        return ""
    return f"{row.open_promises} open" if row.open_promises else "kept"
