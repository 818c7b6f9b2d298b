"""Dates as people type them: "fri", "tomorrow", "in 2 weeks", "2026-12-03", "dec 3".

Decisions, so they are the same everywhere:

- A promise is due at 17:00 (DUE_TIME) local time on its date: the end of a working
  day, so "due today" stays on time until the evening.
- A bare weekday ("fri") is its next occurrence strictly after today: said on a Friday,
  "fri" means a week from today (if you meant today, type "today").
- "next fri" is the Friday of next week (weeks start on Monday), so on a Monday "fri"
  is in 4 days and "next fri" in 11.
- A day and month without a year ("dec 3", "3 dec") is the next such date on or after
  today; February 29 skips to the next leap year.
- "1 month" from January 31 is the last day of February (the month is kept, the day
  clamped).
- Dates in the past are allowed (logging something after the fact).
- `parse_when` takes the same dates plus an optional time ("tue 14:00", "fri 2pm",
  "dec 3 at 9:30am"); without a time it means WHEN_TIME (10:00). A time alone
  ("15:00") is its next occurrence: today if still ahead, else tomorrow.
- A typed time the clocks skip ("02:30" on the spring-forward night) is taken an hour
  later, as the clock then reads ("03:30"); one they show twice ("01:30" on the
  fall-back night) is the first of the two. `parse_when_noted` says which was taken.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from pendulum import Date, DateTime
from pendulum.tz import local_timezone

from ..errors import ValidationError
from .wording import DUE_TIME

WHEN_TIME = time(10, 0)
MAX_DAYS_AHEAD = 10 * 366  # beyond this it's a typo, not a plan

_WEEKDAYS = {
    **dict.fromkeys(("mon", "monday"), 0),
    **dict.fromkeys(("tue", "tues", "tuesday"), 1),
    **dict.fromkeys(("wed", "weds", "wednesday"), 2),
    **dict.fromkeys(("thu", "thur", "thurs", "thursday"), 3),
    **dict.fromkeys(("fri", "friday"), 4),
    **dict.fromkeys(("sat", "saturday"), 5),
    **dict.fromkeys(("sun", "sunday"), 6),
}
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
_MONTHS = {name: i for i, name in enumerate(_MONTH_NAMES.split(), start=1)}
_MONTHS |= {name[:3]: i for name, i in _MONTHS.items()} | {"sept": 9}
_UNITS = {"d": "days", "day": "days", "w": "weeks", "wk": "weeks", "week": "weeks"}
_UNITS |= {"mo": "months", "month": "months"}

_RELATIVE = re.compile(r"(?:in\s+)?(\d+|an?|one)\s*(d|days?|w|wks?|weeks?|mo|months?)")
_NEXT_UNIT = re.compile(r"next\s+(week|month)")
_WEEKDAY = re.compile(r"(next\s+)?([a-z]+)")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?")
_TIME = re.compile(r"(?:^|\s)(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$")

_DUE_EXAMPLES = "fri, tomorrow, in 2 weeks, 2026-12-03, dec 3"
_WHEN_EXAMPLES = "tue 14:00, tomorrow 9:30, fri 2pm, in 2 weeks, 2026-12-03 10:00"


def parse_due(text: str, now: DateTime) -> DateTime:
    """A promise's due moment: the date `text` names, at DUE_TIME in `now`'s zone."""
    day = _parse_date(_normalise(text), now.date())
    if day is None:
        raise ValidationError(f"can't read {text!r} as a date; try: {_DUE_EXAMPLES}")
    return _at(day, DUE_TIME, now)


def parse_when(text: str, now: DateTime) -> DateTime:
    """A meeting or call-back moment: a date as for `parse_due`, with an optional time."""
    return parse_when_noted(text, now)[0]


def parse_when_noted(text: str, now: DateTime) -> tuple[DateTime, str]:
    """`parse_when`'s moment, and a note when the clocks change over the time typed
    (which of two 01:30s was taken, or that 02:30 doesn't exist that night); else ""."""
    cleaned = _normalise(text)
    at, rest = _split_time(cleaned, text)
    if at is not None and not rest:
        today = _at(now.date(), at, now)
        day: date = now.date() if today > now else now.date() + timedelta(days=1)
    else:
        found = _parse_date(rest, now.date())
        if found is None:
            raise ValidationError(f"can't read {text!r} as a date and time; try: {_WHEN_EXAMPLES}")
        day = found
    at = at or WHEN_TIME
    return _at(day, at, now), _clock_change_note(day, at, now)


def _normalise(text: str) -> str:
    cleaned = " ".join(str(text).lower().replace(",", " ").split()).rstrip(".")
    for filler in ("by ", "on ", "due "):  # "by fri", "on dec 3", "due tomorrow"
        cleaned = cleaned.removeprefix(filler)
    return cleaned


def _at(day: date, at: time, now: DateTime) -> DateTime:
    """`at` on `day` in `now`'s zone: of two such times (the clocks going back) the first;
    a time the clocks skip, as the clock reads an hour later."""
    first = _local(day, at, now, fold=0)
    if (first.hour, first.minute) != (at.hour, at.minute):  # skipped: fold 0 reads earlier
        return _local(day, at, now, fold=1)
    return first


def _local(day: date, at: time, now: DateTime, fold: int) -> DateTime:
    zone = now.tzinfo or local_timezone()
    return DateTime.create(day.year, day.month, day.day, at.hour, at.minute, tz=zone, fold=fold)


def _clock_change_note(day: date, at: time, now: DateTime) -> str:
    first, second = _local(day, at, now, fold=0), _local(day, at, now, fold=1)
    if first.utcoffset() == second.utcoffset():
        return ""
    typed = f"{at:%H:%M}"
    if (first.hour, first.minute) != (at.hour, at.minute):  # skipped
        return f"there is no {typed} that night (the clocks go forward): taken as {second:HH:mm}"
    offset = first.format("Z")
    return f"{typed} comes twice that night (the clocks go back): this is the first, UTC{offset}"


def _split_time(cleaned: str, original: str) -> tuple[time | None, str]:
    match = _TIME.search(cleaned)
    # A time needs ":mm" or am/pm, so the "3" of "dec 3" is never read as 3 o'clock.
    if match is None or (match.group(2) is None and match.group(3) is None):
        return None, cleaned
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = match.group(3)
    if meridiem:
        if not 1 <= hour <= 12:
            raise ValidationError(f"{original!r}: with am/pm the hour must be 1 to 12")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ValidationError(f"{original!r}: {match.group(0).strip()} is not a time of day")
    return time(hour, minute), cleaned[: match.start()].strip()


def _parse_date(text: str, today: date) -> date | None:
    for reader in (_simple, _relative, _weekday, _iso, _month_day):
        day = reader(text, today)
        if day is not None:
            if abs((day - today).days) > MAX_DAYS_AHEAD:
                raise ValidationError(f"{text!r} is more than ten years away")
            return day
    return None


def _simple(text: str, today: date) -> date | None:
    offsets = {"today": 0, "tomorrow": 1, "tmrw": 1, "tmr": 1}
    return today + timedelta(days=offsets[text]) if text in offsets else None


def _relative(text: str, today: date) -> date | None:
    match = _RELATIVE.fullmatch(text)
    if match:
        amount = int(match.group(1)) if match.group(1).isdigit() else 1
        unit = _UNITS[match.group(2).removesuffix("s")]
    elif match := _NEXT_UNIT.fullmatch(text):
        amount, unit = 1, match.group(1) + "s"
    else:
        return None
    if amount > MAX_DAYS_AHEAD:
        raise ValidationError(f"{text!r} is more than ten years away")
    return Date(today.year, today.month, today.day).add(**{unit: amount})


def _weekday(text: str, today: date) -> date | None:
    match = _WEEKDAY.fullmatch(text)
    if match is None or match.group(2) not in _WEEKDAYS:
        return None
    wanted = _WEEKDAYS[match.group(2)]
    if match.group(1):  # "next fri": that weekday in next Monday-based week
        next_monday = today + timedelta(days=7 - today.weekday())
        return next_monday + timedelta(days=wanted)
    ahead = (wanted - today.weekday()) % 7 or 7  # strictly after today
    return today + timedelta(days=ahead)


def _iso(text: str, today: date) -> date | None:
    match = _ISO.fullmatch(text)
    if match is None:
        return None
    year, month, day = (int(g) for g in match.groups())
    return _real_date(text, year, month, day)


def _month_day(text: str, today: date) -> date | None:
    if match := _MONTH_DAY.fullmatch(text):
        month_name, day_text, year_text = match.groups()
    elif match := _DAY_MONTH.fullmatch(text):
        day_text, month_name, year_text = match.groups()
    else:
        return None
    month = _MONTHS.get(month_name)
    if month is None:
        return None
    day = int(day_text)
    if year_text:
        return _real_date(text, int(year_text), month, day)
    if not 1 <= day <= 31:
        raise ValidationError(f"{text!r}: there is no day {day} in a month")
    for year in range(today.year, today.year + 9):  # 9 years always include a leap year
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    raise ValidationError(f"{text!r} is not a date in any year")


def _real_date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(f"{text!r} is not a real date") from None
