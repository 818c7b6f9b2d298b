"""The résumé kept on file (K): what it is for — target roles, sectors, skills/tags, each
a comma-separated list completed from the words already on file — where the file is (a
path or a link), a note, and when to review it (in 3 months unless told otherwise).

Every field but the review date may stay empty: K then enter logs the call as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import pendulum
from pendulum import DateTime
from textual.containers import VerticalScroll

from ...core.domain.resume import RESUME_LIMITS, ResumeFor
from ...core.promises.due import parse_due
from ...core.promises.implied import RESUME_REVIEW_MONTHS
from ..host import NetcallHost
from .contact_form import TAG_ROOM, tags_of
from .form import Field, FormScreen, parses

REVIEW_DEFAULT = f"in {RESUME_REVIEW_MONTHS} months"
REVIEW_EXAMPLES = "e.g. in 6 weeks, mar 1, 2027-03-01"


def review_from(text: str) -> DateTime:
    """A review is a day's task, not a meeting: its date, due at the day's end (a time
    of day read as the call's own, "Tue 2 Mar 2027 10:00")."""
    return parse_due(text, pendulum.now())


def review_shown(text: str) -> str:
    return review_from(text).format("dddd D MMMM YYYY")


def review_field(label: str) -> Field:
    return Field(
        "review", label, REVIEW_DEFAULT, REVIEW_EXAMPLES, parses(review_from), preview=review_shown
    )


_LISTS = (  # field, label, placeholder
    ("roles", "target roles (comma-separated; tab takes a word offered)", "data engineer"),
    ("sectors", "sectors", "logistics, rail"),
    ("tags", "skills / tags", "python, spark, sql"),
)


def resume_fields(roles: Sequence[str], sectors: Sequence[str], tags: Sequence[str]) -> list[Field]:
    """The form's fields; `roles`, `sectors`, `tags`: the words in use, offered."""
    known = {"roles": tuple(roles), "sectors": tuple(sectors), "tags": tuple(tags)}
    fields = [
        Field(
            name,
            label,
            "",
            hint,
            parses(partial(tags_of, what=name[:-1])),
            limit=TAG_ROOM,
            words=known[name],
        )
        for name, label, hint in _LISTS
    ]
    fields += [
        Field(
            "location",
            "the file: a path or a link (optional)",
            placeholder="~/résumés/dana.pdf or https://…",
            limit=RESUME_LIMITS["location"],
        ),
        Field("note", "note (optional)", limit=RESUME_LIMITS["note"]),
        review_field("review it again"),
    ]
    return fields


def resume_from(values: dict[str, str]) -> tuple[ResumeFor, DateTime]:
    """What the form's values say the résumé is for, and when to review it."""
    what = ResumeFor(
        roles=tags_of(values.get("roles", "")),
        sectors=tags_of(values.get("sectors", "")),
        tags=tags_of(values.get("tags", "")),
        location=values.get("location", ""),
        note=values.get("note", ""),
    )
    return what, review_from(values.get("review") or REVIEW_DEFAULT)


def what_for(what: ResumeFor) -> str:
    """The roles and sectors in a few words ("data engineer · logistics"), or ""."""
    return " · ".join((*what.roles, *what.sectors))


class ResumeForm(FormScreen):
    """Enter logs the call (when every field checks out), escape goes back to it."""

    def __init__(
        self,
        caller_name: str,
        roles: Sequence[str] = (),
        sectors: Sequence[str] = (),
        tags: Sequence[str] = (),
    ) -> None:
        title = f"Résumé kept on file: what is {caller_name}'s for?"
        fields = resume_fields(roles, sectors, tags)
        super().__init__(title, fields, confirm="log the call")

    def on_mount(self) -> None:
        super().on_mount()
        # Focusing the first box scrolls it to the top of a short room (over the console
        # at 80x24): its label, which says how the lists work, must show.
        self.call_after_refresh(self._to_top)

    def _to_top(self) -> None:
        self.query_one(VerticalScroll).scroll_home(animate=False)


async def ask_resume(
    app: NetcallHost,
    caller_name: str,
    roles: Sequence[str] = (),
    sectors: Sequence[str] = (),
    tags: Sequence[str] = (),
) -> tuple[ResumeFor, DateTime] | None:
    """What the résumé is for and its review date, or None when the user backs out."""
    answer = await app.push_screen_wait(ResumeForm(caller_name, roles, sectors, tags))
    return None if answer is None else resume_from(answer)


async def ask_review(app: NetcallHost, title: str) -> DateTime | None:
    """When to review a résumé again (a date), or None when the user backs out."""
    answer = await app.push_screen_wait(FormScreen(title, [review_field("when")], confirm="save"))
    return None if answer is None else review_from(answer["review"])
