"""Asking where to write the open promises as a calendar file (.ics), and whether to
replace the one there: the export form's file box and replace question."""

from __future__ import annotations

from pathlib import Path

from ...core.calendar.ics import FILE_NAME
from ..host import NetcallHost
from .export_form import check_file, may_replace
from .form import Field, FormScreen


async def ask_calendar(app: NetcallHost) -> Path | None:
    """The file to write, or None when the user backs out."""
    form = FormScreen(
        "Export open promises as a calendar",
        [Field("file", "File", str(Path.home() / FILE_NAME), check=check_file)],
        help_text=(
            "Interviews and follow-up calls at their time, other promises all-day, each "
            "with a reminder. Import the file into your calendar; importing a newer one "
            "updates the same events."
        ),
        confirm="export",
    )
    answer = await app.push_screen_wait(form)
    if answer is None:
        return None
    path = Path(answer["file"].strip()).expanduser()
    return path if await may_replace(app, path) else None
