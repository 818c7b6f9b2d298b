"""Records of the log that could not be read: go on without them, or restore a backup.

Asked when the log is read with bad records in it, and again on ctrl+r (or when a save
is refused meanwhile). Until an answer, the file is left exactly as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text

from ...core.domain.bad_records import records_unread
from ..host import NetcallHost
from .choice import ChoiceScreen

if TYPE_CHECKING:
    from ...core.domain.bad_records import BadRecord

KEEP, RESTORE, LATER = "keep", "restore", "later"
LISTED = 3  # records named in the question; `netcall doctor` lists them all


async def ask_bad_records(
    app: NetcallHost, log_path: Path, bad: tuple[BadRecord, ...], backup: Path | None
) -> str:
    """KEEP, RESTORE (only offered when there is a good backup) or LATER."""
    body = Text()
    body.append(f"{records_unread(len(bad))}, in ")
    body.append(str(log_path), style="bold")
    body.append(". netcall started without them and changes nothing in ")
    body.append("the file until you choose:\n")
    for record in bad[:LISTED]:
        body.append(f"  • {record.where}: {record.field}\n")
    if len(bad) > LISTED:
        body.append(f"  • and {len(bad) - LISTED} more (netcall doctor lists them all)\n")
    body.append("\nKeep going without them: a copy of the file as it is now is kept beside it ")
    body.append("first, then saving goes on.\n")
    if backup is not None:
        body.append("Restore the newest good backup, ")
        body.append(backup.name, style="bold")
        body.append(": changes made since it was taken are lost.\n")
    else:
        body.append("There is no good backup to restore.\n")
    body.append("Until you choose, nothing is saved to the log; a live call is kept as its ")
    body.append("draft. ctrl+r asks again.")
    answers = [(KEEP, "Keep going", "warning")]
    if backup is not None:
        answers.append((RESTORE, "Restore backup", "primary"))
    answers.append((LATER, "Decide later", "default"))
    answer = await app.push_screen_wait(ChoiceScreen("Records could not be read", body, answers))
    return answer or LATER
