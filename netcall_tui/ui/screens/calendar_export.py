"""The promises view's calendar export (mixed into the screen, which stays short): ask
where, write the open promises as a calendar file off the UI thread, say where it went."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from ...core.errors import NetcallError
from ..dialogs.calendar_form import ask_calendar

if TYPE_CHECKING:
    from ..host import NetcallHost


class CalendarExport:
    """Mixed into a NetcallScreen, after it: `action_export_calendar`, for its Binding."""

    if TYPE_CHECKING:  # the screen's (NetcallScreen.app)

        @property
        def app(self) -> NetcallHost: ...

    @work(exclusive=True, group="calendar-export")
    async def action_export_calendar(self) -> None:
        path = await ask_calendar(self.app)
        if path is not None:
            self._write_calendar(path)

    @work(thread=True, group="calendar-export-write", description="write the calendar")
    def _write_calendar(self, path: Path) -> None:
        """Reads the log and fsyncs: on a thread, never the UI's."""
        import pendulum

        from ...core.calendar.ics import EventLengths

        app = self.app
        lengths = EventLengths.from_config(app.config)
        try:
            count = app.session.calendar.write(path, pendulum.now(), lengths)
        except NetcallError as exc:
            app.call_from_thread(
                app.notify, str(exc), title="Not exported", severity="error", markup=False
            )
            return
        promises = f"{count:,} open promise{'s' if count != 1 else ''}"
        app.call_from_thread(
            app.notify, f"Wrote {promises} to {path}: import it into your calendar.", markup=False
        )
