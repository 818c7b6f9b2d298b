"""Stored UTC times read as local hours, fast enough for 100,000 calls.

Parsing every stored time with pendulum takes seconds at that size. A zone's offset
changes a few times a year, so it is looked up once per UTC day, and a time's local
meaning once per UTC hour (`utc[:13]`): every time in that hour reuses it. A day or an
hour is trusted only when the offset is the same at both of its ends: a day with a
change has its hours checked one by one, and where a change falls inside a UTC hour
(Australia/Lord_Howe moves 30 minutes at 15:30 UTC) its times are converted one by one.
An offset that is not whole hours (Asia/Kathmandu, +05:45) starts a local hour inside
the UTC hour: such an hour is split at that minute.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Generic, TypeVar

T = TypeVar("T")

_DAY_END = timedelta(hours=23, minutes=59, seconds=59, microseconds=999_999)
_HOUR_END = timedelta(minutes=59, seconds=59, microseconds=999_999)
_SUFFIXES = tuple(f"T{hour:02d}" for hour in range(24))  # a UTC day's hours' keys


def _offset_minutes(moment: datetime) -> int | None:
    """The offset of an aware time in whole minutes; None for one in seconds (old LMT)."""
    offset = moment.utcoffset()
    if offset is None or offset.seconds % 60 or offset.microseconds:
        return None
    return offset.days * 1440 + offset.seconds // 60


class LocalHours(Generic[T]):
    """What a stored UTC time means locally, as `describe(local date ordinal, local
    hour)` says (a week index, a weekday...), for times in `zone`.

    `whole` holds the meaning of every UTC hour seen that is one local hour throughout
    (by `utc[:13]`): a loop over many times reads it first and calls `of` on a miss."""

    def __init__(self, zone: tzinfo, describe: Callable[[int, int], T]) -> None:
        self.whole: dict[str, T] = {}
        self._zone = zone
        self._describe = describe
        self._split: dict[str, tuple[str, T, T] | None] = {}  # None: the offset changes
        self._days: dict[str, tuple[int, int | None]] = {}  # ordinal, offset if all day

    def of(self, utc: str) -> T:
        """The local meaning of a stored UTC ISO time ('2026-11-25T11:15:00+00:00')."""
        key = utc[:13]
        found = self.whole.get(key)
        if found is not None:
            return found
        if key not in self._split:
            self._learn(key)
            found = self.whole.get(key)
            if found is not None:
                return found
        split = self._split[key]
        if split is None:
            return self.one(utc)
        turn, before, after = split
        return before if utc[14:16] < turn else after

    def one(self, utc: str) -> T:
        """The slow way, one time on its own: for hours whose offset changes inside."""
        local = datetime.fromisoformat(utc).astimezone(self._zone)
        return self._describe(local.toordinal(), local.hour)

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
        """Find what UTC hour `key` ('2026-11-25T11') means locally, and keep it: with
        the rest of its UTC day when the day is whole local hours throughout."""
        ordinal, offset = self._day(key[:10])
        if offset is not None and offset % 60 == 0:
            for hour, suffix in enumerate(_SUFFIXES):
                local = hour * 60 + offset  # wall-clock minutes from the UTC day's midnight
                self.whole[key[:10] + suffix] = self._describe(
                    ordinal + local // 1440, local % 1440 // 60
                )
            return
        utc_hour = int(key[11:13])
        if offset is None:  # the offset changes this day: the hour's own ends decide
            start = datetime.fromisoformat(key[:10]).replace(hour=utc_hour, tzinfo=UTC)
            offset = _offset_minutes(start.astimezone(self._zone))
            end = _offset_minutes((start + _HOUR_END).astimezone(self._zone))
            if offset is None or offset != end:
                self._split[key] = None
                return
        local = utc_hour * 60 + offset
        before = self._describe(ordinal + local // 1440, local % 1440 // 60)
        minute = local % 60
        if minute == 0:
            self.whole[key] = before
            return
        turn = local + 60 - minute
        after = self._describe(ordinal + turn // 1440, turn % 1440 // 60)
        self._split[key] = (f"{60 - minute:02d}", before, after)
