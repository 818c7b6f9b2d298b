"""Reading the one record a detail screen shows (a call, a contact): when it no longer
validates or is gone, the screen says so and closes instead of crashing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.screen import Screen

from ...core.errors import NetcallError

T = TypeVar("T")


def read_shown(
    screen: Screen[bool], read: Callable[[], T | None], what: str, gone: str, *, changed: bool
) -> T | None:
    """`read()`, or None once the screen has said why it can't show `what` and closed
    (dismissed with `changed`; with True when the record is `gone`, so the list rereads)."""
    try:
        found = read()
    except NetcallError as exc:  # a record that no longer validates: say so, don't crash
        screen.notify(
            f"This {what} can't be shown: {exc}",
            title="Unreadable record",
            severity="error",
            timeout=20,
            markup=False,
        )
        screen.dismiss(changed)
        return None
    if found is None:
        screen.notify(gone, severity="warning")
        screen.dismiss(True)
    return found
