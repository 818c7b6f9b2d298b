"""Asking when: a meeting, a call-back or a review, typed as people say it."""

from __future__ import annotations

import pendulum
from pendulum import DateTime

from ...core.promises.due import parse_when, parse_when_noted
from ..host import NetcallHost
from .form import Field, FormScreen, parses

WHEN_EXAMPLES = "e.g. next tue 14:00, in 2 weeks, 2026-12-03 10:30"


def when_from(text: str) -> DateTime:
    return parse_when(text, pendulum.now())


def when_shown(text: str) -> str:
    """The moment read, and which one was taken when the clocks change over it."""
    moment, note = parse_when_noted(text, pendulum.now())
    shown = moment.format("dddd D MMMM YYYY, HH:mm")
    return f"{shown} — {note}" if note else shown


async def ask_when(
    app: NetcallHost, title: str, default: str, confirm: str = "log the call"
) -> DateTime | None:
    """When, or None when the user backs out; `confirm`: what enter does (most of our
    callers ask when for an outcome: it logs the call)."""
    answer = await app.push_screen_wait(
        FormScreen(
            title,
            [Field("when", "when", default, WHEN_EXAMPLES, parses(when_from), preview=when_shown)],
            confirm=confirm,
        )
    )
    return None if answer is None else when_from(answer["when"])
