"""Quitting with a call still live: what becomes of it, said truthfully."""

from __future__ import annotations

from .choice import ChoiceScreen

KEPT = "Quit anyway? The call is kept as a draft and comes back next time."
# --demo's log is a temporary file, deleted on quit: nothing comes back.
THROWN_AWAY = (
    "Quit anyway? This is the demo: its log, this call with it, is thrown away when netcall quits."
)


def quit_live_call(demo: bool) -> ChoiceScreen:
    return ChoiceScreen(
        "A call is still live",
        THROWN_AWAY if demo else KEPT,
        [("stay", "Stay", "primary"), ("quit", "Quit", "error")],
        danger=True,
    )
