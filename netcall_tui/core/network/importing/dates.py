"""The dates exports write, as ISO dates: LinkedIn's `08 Feb 2026`, what an Excel re-save
makes of it (`7-Feb-22`), `Feb 8, 2026` and ISO itself. Month names are read here, not
by strptime, whose names follow the process's locale."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[ \-/.]+([a-z]+)\.?[ \-/.,]+(\d{4}|\d{2})")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.? +(\d{1,2}),? +(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@lru_cache(maxsize=4096)  # a network's dates repeat: many connect in the same weeks
def iso_date(text: str) -> str:
    """`text` as an ISO date ('2026-02-08'), or '' when it is no date read here."""
    text = " ".join(text.casefold().split())
    if found := _ISO.fullmatch(text):
        year, month, day = found.groups()
        return _checked(int(year), int(month), int(day))
    if found := _DAY_MONTH_YEAR.fullmatch(text):
        day, name, year = found.groups()
    elif found := _MONTH_DAY_YEAR.fullmatch(text):
        name, day, year = found.groups()
    else:
        return ""
    month = _MONTHS.get(name)
    if month is None:
        return ""
    # A two-digit year is an Excel re-save's; LinkedIn began in 2003, so it is 20xx.
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    return _checked(full_year, month, int(day))


def _checked(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # 31 Feb, month 13
        return ""
