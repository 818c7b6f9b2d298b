"""Times typed into the log's filter — since:2w, since:2025-03-01, until:2025-06 — and
after the command line's --since, read as moments relative to `now`.

Apart from the filter's parser (`query`) and field filters (`fields`) because
reading a date is a small language of its own.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime, timedelta

from ..domain.matching import fold
from ..errors import QueryError

_SPAN = re.compile(r"^(\d{1,4})\s*(h|d|w|m|y)$")
_DATE = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
_WHEN_HELP = "a date (2025-03-01 or 2025-03) or a span back from now (3d, 2w, 6m, 1y)"


_YEARS = range(1900, 2201)  # beyond these, date arithmetic and time zones overflow


def moment(value: str, now: datetime, *, end: bool = False) -> datetime:
    """A point in time from 2w / 6m / 2025-03-01 / today / yesterday; `end` means the
    end of the named day or month (for until:)."""
    try:
        found = _moment(value, now, end=end)
        found.astimezone(UTC)  # stored times are UTC: it must convert too
    except (ValueError, OverflowError) as exc:
        raise QueryError(f"{value!r} is too far away; write {_WHEN_HELP}.") from exc
    if found.year not in _YEARS:
        raise QueryError(f"{value!r} is too far away: use a year from 1900 to 2200.")
    return found


def _moment(value: str, now: datetime, *, end: bool) -> datetime:
    text = fold(value.strip())
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if text in ("today", "yesterday"):
        day = midnight - timedelta(days=0 if text == "today" else 1)
        return day + timedelta(days=1) if end else day
    if match := _SPAN.match(text):
        count, unit = int(match.group(1)), match.group(2)
        if unit == "h":
            return now - timedelta(hours=count)
        if unit in ("d", "w"):
            return midnight - timedelta(days=count * (7 if unit == "w" else 1))
        months = count * (12 if unit == "y" else 1)
        year, month = divmod(now.year * 12 + now.month - 1 - months, 12)
        last = calendar.monthrange(year, month + 1)[1]
        return midnight.replace(year=year, month=month + 1, day=min(now.day, last))
    if match := _DATE.match(text):
        year, month, day_text = int(match.group(1)), int(match.group(2)), match.group(3)
        try:
            start = now.replace(year=year, month=month, day=int(day_text or 1), hour=0, minute=0)
            start = start.replace(second=0, microsecond=0)
        except ValueError as exc:
            raise QueryError(f"{value!r} is not a real date; write {_WHEN_HELP}.") from exc
        if not end:
            return start
        if day_text:
            return start + timedelta(days=1)
        y2, m2 = divmod(year * 12 + month, 12)
        return start.replace(year=y2, month=m2 + 1)
    raise QueryError(f"Can't read {value!r} as a time: write {_WHEN_HELP}.")
