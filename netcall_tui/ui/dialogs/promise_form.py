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


def _due(text: str) -> DateTime:
    return parse_due(text, pendulum.now())


def due_label(due: DateTime) -> str:
    return due.format("dddd D MMMM YYYY")


def _due_shown(text: str) -> str:
    return due_label(_due(text))


async def ask_promise(app: App[Any], caller_name: str) -> tuple[str, DateTime] | None:
    answer = await app.push_screen_wait(
        FormScreen(
            "A promise — keep it, and it adds to your reputation",
            [
                Field(
                    "text",
                    "what you will do",
                    placeholder=f"e.g. send {caller_name}'s résumé to Dana",
                    check=required("what you promised"),
                    limit=MAX_DETAIL,
                ),
                Field("due", "due", "in 1 week", DUE_EXAMPLES, parses(_due), preview=_due_shown),
            ],
            confirm="save the promise",
        )
    )
    if answer is None:
        return None
    return answer["text"], _due(answer["due"])
