"""Record a promise: what you said you'd do, and by when ("fri", "in 2 weeks", a date)."""

from __future__ import annotations

from typing import Any

import pendulum
from pendulum import DateTime
from textual.app import App

from ...core.domain.fields import MAX_DETAIL
from ...core.promises.due import parse_due
from .form import Field, FormScreen, parses, required

DUE_EXAMPLES = "fri, tomorrow, in 2 weeks, 2026-12-03"


def due_from(text: str) -> DateTime:
    return parse_due(text, pendulum.now())


def due_label(due: DateTime) -> str:
    return due.format("dddd D MMMM YYYY")


def _due_shown(text: str) -> str:
    return due_label(due_from(text))


def what_field(example: str, value: str = "") -> Field:
    """What you will do: required, as long as a detail may be."""
    return Field(
        "text",
        "what you will do",
        value,
        placeholder=example,
        check=required("what you promised"),
        limit=MAX_DETAIL,
    )


def due_field(value: str = "in 1 week", label: str = "due") -> Field:
    """A due date typed as people say it, with what it reads as beneath."""
    return Field("due", label, value, DUE_EXAMPLES, parses(due_from), preview=_due_shown)


async def ask_promise(app: App[Any], caller_name: str) -> tuple[str, DateTime] | None:
    answer = await app.push_screen_wait(
        FormScreen(
            "A promise — keep it, and it adds to your reputation",
            [what_field(f"e.g. send {caller_name}'s résumé to Dana"), due_field()],
            confirm="save the promise",
        )
    )
    if answer is None:
        return None
    return answer["text"], due_from(answer["due"])
