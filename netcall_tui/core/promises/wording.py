"""When a promise is due, as its line says it. Apart from `due` (which reads typed dates
with pendulum) so the console's first frame can import it without the wall clock."""

from __future__ import annotations

from datetime import UTC, datetime, time

from ..text.ages import day_text

DUE_TIME = time(17, 0)  # a promise is due at the end of a working day (see `due`)


def due_text(due: datetime, now: datetime) -> str:
    """'Fri 5 Dec', a year when it isn't this year's, and the time when it isn't the
    usual DUE_TIME (an interview at 14:00)."""
    return day_text(due, now, clock=has_clock(due, now))


def has_clock(due: datetime, now: datetime) -> bool:
    """Whether a due moment's time is worth saying: it isn't the usual DUE_TIME."""
    local = due.astimezone(now.tzinfo or UTC)
    return local.time().replace(second=0, microsecond=0) != DUE_TIME
