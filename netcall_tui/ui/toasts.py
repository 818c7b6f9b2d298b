"""Taking one toast down before its time: a nudge about a phase that is over."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.notifications import Notification


def dismiss(app: App[Any], toast: Notification) -> None:
    """Remove `toast` if it is still up. Textual 8 (pinned) has only `clear_notifications`
    in public, which would also take down a "Not saved" error; `_unnotify` removes one,
    and tests/app/test_console_rules.py checks it still does."""
    if toast in app._notifications:
        app._unnotify(toast)
