"""The calendar export: the open promises as an iCalendar file (core.calendar.ics),
written whole or not at all, owner-only, by the export's writer (services.files)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from pendulum import DateTime

    from ..core.calendar.ics import EventLengths
    from .access import StoreAccess


class CalendarOps:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    def ics(self, now: DateTime, lengths: EventLengths) -> tuple[bytes, int]:
        """The file's bytes and how many events it holds: every open promise, with its
        caller's name (what the user wrote, nothing else of theirs)."""
        from ..core.calendar.ics import calendar_bytes

        with self._session.reading() as store:
            promises = store.promises.open(None)
            names = {r["id"]: r["name"] for r in store.callers.raw()}
        return calendar_bytes(promises, names, now, lengths)

    def write(self, path: Path, now: DateTime, lengths: EventLengths) -> int:
        """Write the calendar to `path` (ExportError, in one line, when it can't be:
        the previous file kept, no temporary one left); how many events it holds."""
        from .files import write_export

        data, count = self.ics(now, lengths)
        write_export(path, data, what="the calendar")
        return count
