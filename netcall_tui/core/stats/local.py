"""Stored UTC times read as local hours, fast enough for 100,000 calls.

Parsing every stored time with pendulum takes seconds at that size. A zone's offset
changes a few times a year, so it is looked up once per UTC day, and a time's local
hour once per UTC hour (`utc[:13]`): every time in that hour reuses it. A day or an
hour is trusted only when the offset is the same at both of its ends: a day with a
change has its hours checked one by one, and where a change falls inside a UTC hour
(Australia/Lord_Howe moves 30 minutes at 15:30 UTC) its times are converted one by one.
An offset that is not whole hours (Asia/Kathmandu, +05:45) starts a local hour inside
the UTC hour: such an hour is split at that minute.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo

# Where a time falls: what its local day means (the caller's `describe` of the date's
# ordinal: a week index, a weekday...) with the local hour (0-23) added last.
Slot = tuple[int, ...]

_DAY_END = timedelta(hours=23, minutes=59, seconds=59, microseconds=999_999)
_HOUR_END = timedelta(minutes=59, seconds=59, microseconds=999_999)
_SUFFIXES = tuple(f"T{hour:02d}" for hour in range(24))  # a UTC day's hours' keys
_UNSEEN: tuple[str, Slot, Slot] = ("", (), ())  # an hour not learned yet


def _offset_minutes(moment: datetime) -> int | None:
    """The offset of an aware time in whole minutes; None for one in seconds (old LMT)."""
    offset = moment.utcoffset()
    if offset is None or offset.seconds % 60 or offset.microseconds:
        return None
    return offset.days * 1440 + offset.seconds // 60


class LocalHours:
    """The slot of a stored UTC time in `zone`: `describe(local date ordinal)` and the
    local hour.

    `whole` holds the slot of every UTC hour seen that is one local hour throughout
    (by `utc[:13]`): a loop over many times reads it first and calls `of` on a miss."""

    def __init__(self, zone: tzinfo, describe: Callable[[int], Slot]) -> None:
        self.whole: dict[str, Slot] = {}
        self._zone = zone
        self._describe = describe
        self._dates: dict[int, Slot] = {}  # describe's answers, by ordinal
        self._split: dict[str, tuple[str, Slot, Slot] | None] = {}  # None: offset changes
        self._days: dict[str, tuple[int, int | None]] = {}  # ordinal, offset if all day

    def of(self, utc: str) -> Slot:
        """The slot of a stored UTC ISO time ('2026-11-25T11:15:00+00:00')."""
        key = utc[:13]
        found = self.whole.get(key)
        if found is not None:
            return found
        split = self._split.get(key, _UNSEEN)
        if split is _UNSEEN:
            self._learn(key)
            return self.of(utc)
        if split is None:
            return self.one(utc)
        turn, before, after = split
        return before if utc[14:16] < turn else after

    def one(self, utc: str) -> Slot:
        """The slow way, one time on its own: for hours whose offset changes inside."""
        local = datetime.fromisoformat(utc).astimezone(self._zone)
        return self._slot(local.toordinal(), local.hour)

    def _slot(self, ordinal: int, hour: int) -> Slot:
        return (*self._date(ordinal), hour)

    def _date(self, ordinal: int) -> Slot:
        date = self._dates.get(ordinal)
        if date is None:
            date = self._dates[ordinal] = self._describe(ordinal)
        return date

    def _day(self, day: str) -> tuple[int, int | None]:
        """A UTC day's date ordinal and its offset in minutes, if the same all day."""
        found = self._days.get(day)
        if found is None:
            start = datetime.fromisoformat(day).replace(tzinfo=UTC)
            first = _offset_minutes(start.astimezone(self._zone))
            last = _offset_minutes((start + _DAY_END).astimezone(self._zone))
            found = self._days[day] = (start.toordinal(), first if first == last else None)
        return found

    def _learn(self, key: str) -> None:
        """Find the slot of UTC hour `key` ('2026-11-25T11') and keep it: with the rest
        of its UTC day when the day is whole local hours throughout."""
        day = key[:10]
        ordinal, offset = self._day(day)
        if offset is not None and offset % 60 == 0:
            shift, whole = offset // 60, self.whole
            dates = {ordinal + shift // 24, ordinal + (shift + 23) // 24}  # one or two
            means = {date: self._date(date) for date in dates}
            for hour, suffix in enumerate(_SUFFIXES):
                local = hour + shift  # local hours from the UTC day's midnight
                whole[day + suffix] = (*means[ordinal + local // 24], local % 24)
            return
        utc_hour = int(key[11:13])
        if offset is None:  # the offset changes this day: the hour's own ends decide
            start = datetime.fromisoformat(day).replace(hour=utc_hour, tzinfo=UTC)
            offset = _offset_minutes(start.astimezone(self._zone))
            end = _offset_minutes((start + _HOUR_END).astimezone(self._zone))
            if offset is None or offset != end:
                self._split[key] = None
                return
        local = utc_hour * 60 + offset  # wall-clock minutes from the UTC day's midnight
        before = self._slot(ordinal + local // 1440, local % 1440 // 60)
        minute = local % 60
        if minute == 0:
            self.whole[key] = before
            return
        turn = local + 60 - minute
        after = self._slot(ordinal + turn // 1440, turn % 1440 // 60)
        self._split[key] = (f"{60 - minute:02d}", before, after)
