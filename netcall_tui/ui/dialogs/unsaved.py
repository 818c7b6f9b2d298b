"""Quitting with changes the disk refused: try again, keep a copy elsewhere, or lose them.

Quitting used to exit at once and say the changes were "kept in memory" — which ends
with the process. The question names what is at stake and offers a copy in a folder
that is likely to be writable (the home folder), as a call log of its own.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from ...core.text.harmless import harmless
from ..host import NetcallHost
from .choice import ChoiceScreen

RETRY, COPY, LOSE, STAY = "retry", "copy", "lose", "stay"


async def ask_unsaved(
    app: NetcallHost, log_path: Path, copy: Path, retry_failed: str | None = None
) -> str:
    """RETRY, COPY, LOSE or STAY. `retry_failed`: why the last try failed, if one did.
    The error toasts are cleared first: at 80x24 they would cover the question."""
    app.clear_notifications()
    body = Text()
    body.append("Some changes could not be written to ")
    body.append(harmless(str(log_path)), style="bold")
    body.append(". Quitting now would lose them.\n\n")
    if retry_failed:
        body.append(f"Tried again: {harmless(retry_failed)}.\n\n", style="bold")
    body.append("Try the save again, or keep everything in a copy at ")
    body.append(harmless(str(copy)), style="bold")
    body.append(" (open it later with --db).")
    answer = await app.push_screen_wait(
        ChoiceScreen(
            "Not saved yet",
            body,
            [
                (RETRY, "Try again", "primary"),
                (COPY, "Save a copy", "success"),
                (LOSE, "Lose them", "error"),
                (STAY, "Stay", "default"),
            ],
            danger=True,
        )
    )
    return answer or STAY
