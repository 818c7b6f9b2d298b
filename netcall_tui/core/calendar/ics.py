"""Open promises as an iCalendar (RFC 5545) file for Google Calendar, Apple Calendar,
Outlook and Thunderbird. Calendars ignore VTODO, so each promise is a VEVENT.

Decisions, so that every export says the same thing:

- Timed: an information interview (its configured length, 30 min) and a follow-up call
  (the configured phone-call length, 15 min): an outcome booked them at a time. Every
  other promise is due on a day (at 17:00 only because "due today" must last the
  working day), so it is an all-day event on that date, shown as free time.
- The zone: the one the promise was made in (stored with it), as TZID with its
  VTIMEZONE, which covers the years of the events; a promise stored in UTC or at a fixed
  offset is written in UTC.
- An alarm on every event (DISPLAY): 15 minutes before a timed one; at 09:00 on the day
  of an all-day one (Google ignores an imported file's alarms; the others keep them).
- UID `<promise id>@netcall`: importing again updates the same event, never adds one.
  SEQUENCE counts the seconds from the promise's making to the export, so a later export
  always carries a higher one and replaces what an earlier import put there;
  LAST-MODIFIED and DTSTAMP are the export's moment (the log keeps no edit time).
- Only what the user wrote: SUMMARY is the promise; DESCRIPTION says to whom (when the
  promise doesn't name them) and the promise's note. No phone number, e-mail, call notes
  or assessment ever goes in. CLASS:PRIVATE, so a shared calendar shows "busy" only.
- Text is escaped by icalendar (commas, semicolons, backslashes, line breaks); the
  control characters it would write raw are made visible first (core.text.harmless),
  as everywhere netcall shows stored text.

Done and dropped promises are not written: a file can add and update events, never
delete them, so an event imported before its promise was kept stays until removed there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from ..domain.vocabulary import PromiseKind
from ..text.harmless import harmless

if TYPE_CHECKING:
    from icalendar import Alarm, Event

    from ..config import Config
    from ..domain.promise import Promise

# One name for the file (`netcall ics`, the promises view): exporting again replaces it,
# and importing it again updates the same events.
FILE_NAME = "netcall-promises.ics"
PRODID = "-//netcall//netcall promises//EN"
CALENDAR_NAME = "netcall promises"
CALENDAR_UID = "promises@netcall"
UID_DOMAIN = "netcall"
TIMED_ALARM = timedelta(minutes=-15)  # before the start
ALL_DAY_ALARM = timedelta(hours=9)  # after the day's start: 09:00 on the day
_MAX_SEQUENCE = 2**31 - 1  # SEQUENCE is a 32-bit integer in most readers


@dataclass(frozen=True, slots=True)
class EventLengths:
    """How long a timed promise's event lasts, in seconds (from the config's limits)."""

    interview_s: int = 30 * 60
    call_s: int = 15 * 60

    @classmethod
    def from_config(cls, config: Config) -> EventLengths:
        """An interview's limit, and a follow-up call's: the phone call's (advice)."""
        return cls(interview_s=config.interview_s, call_s=config.advice_s)

    def of(self, kind: PromiseKind) -> timedelta | None:
        """The event's length for a timed kind; None for an all-day one."""
        seconds = {PromiseKind.INTERVIEW: self.interview_s, PromiseKind.FOLLOW_UP: self.call_s}
        found = seconds.get(kind)
        return None if found is None else timedelta(seconds=max(60, found))


def uid(promise_id: str) -> str:
    """The event's UID: the same for a promise in every export."""
    return f"{promise_id}@{UID_DOMAIN}"


def calendar_bytes(
    promises: Iterable[Promise],
    names: Mapping[str, str],
    now: datetime,
    lengths: EventLengths = EventLengths(),  # frozen: one shared value is safe
) -> tuple[bytes, int]:
    """The iCalendar file for the open ones of `promises` (`names`: caller names by
    id), stamped `now`; and how many events it holds."""
    from icalendar import Calendar

    calendar = Calendar.new(
        prodid=PRODID,
        method="PUBLISH",
        calscale="GREGORIAN",
        name=CALENDAR_NAME,
        uid=CALENDAR_UID,
    )
    stamp = now.astimezone(UTC)
    days: list[date] = []
    for promise in promises:
        if not promise.open:
            continue
        calendar.add_component(_event(promise, names.get(promise.caller_id, ""), stamp, lengths))
        days.append(promise.due.date())
    if days:  # each zone's VTIMEZONE covers the events' years, not 1970 to 2038
        calendar.add_missing_timezones(
            date(min(days).year - 1, 1, 1), date(max(days).year + 2, 1, 1)
        )
    return calendar.to_ical(), len(days)


def _event(promise: Promise, name: str, stamp: datetime, lengths: EventLengths) -> Event:
    from icalendar import Event

    summary = harmless(promise.text)
    length = lengths.of(promise.kind)
    start: date | datetime
    if length is None:
        start = _local(promise.due).date()
        end: date | datetime = start + timedelta(days=1)
    else:
        start = _local(promise.due)
        end = start + length
    event = Event.new(
        uid=uid(promise.id),
        summary=summary,
        description=_description(promise, name) or None,
        start=start,
        end=end,
        stamp=stamp,
        last_modified=stamp,
        created=promise.created_at.astimezone(UTC),
        sequence=_sequence(promise, stamp),
    )
    event.add("CLASS", "PRIVATE")
    event.add("TRANSP", "OPAQUE" if length is not None else "TRANSPARENT")
    event.add_component(_alarm(summary, timed=length is not None))
    return event


def _alarm(summary: str, *, timed: bool) -> Alarm:
    from icalendar import Alarm

    return Alarm.new_display(summary, TIMED_ALARM if timed else ALL_DAY_ALARM)


def _description(promise: Promise, name: str) -> str:
    """To whom (unless the promise names them) and the note: what the user wrote."""
    lines = []
    if name and name.casefold() not in promise.text.casefold():
        lines.append(f"Promised to {name}")
    if promise.note:
        lines.append(promise.note)
    return harmless("\n".join(lines), lines=True)


def _local(moment: datetime) -> datetime:
    """`moment` in its own named zone as a standard-library datetime (zoneinfo, which
    icalendar turns into TZID and VTIMEZONE); in UTC when it has no loadable name."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = getattr(moment.tzinfo, "name", None) or getattr(moment.tzinfo, "key", None)
    try:
        zone = ZoneInfo(name) if isinstance(name, str) and name != "UTC" else UTC
    except (ZoneInfoNotFoundError, ValueError):  # a fixed offset ("+02:00"), an odd name
        zone = UTC
    return datetime.fromtimestamp(moment.timestamp(), zone)


def _sequence(promise: Promise, stamp: datetime) -> int:
    seconds = int((stamp - promise.created_at).total_seconds())
    return min(max(0, seconds), _MAX_SEQUENCE)
