"""What reviewing, passing on and removing do to a résumé on file: the rules, apart from
the store, so the register, the log and the command line go by the same ones.

- Each is for a résumé still on file: a removed one is kept (with its kind note) but
  no longer changes.
- Reviewing notes when, and moves the next review on.
- Passing on adds whom it went to (a contact of yours, through a referral, or someone
  outside your network, through a promise to send it); it stays on file.
- Removing takes it off file with a kind note: the person asked, or found a job.
Passing on and removing close its review promise (habit 5: the loop is closed), with
the notes worded here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain.fields import MAX_DETAIL
from ..errors import ValidationError

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..domain.resume import PassedOn, Resume

# The review promise's note when the loop closes, and the promise to send one on.
PASSED_NOTE = "Passed on to {name}"
REMOVED_NOTE = "Removed from file: {note}"
REMOVED_NO_NOTE = "Removed from file"
SEND_PROMISE = "Send {caller}'s résumé to {name}"


def _on_file(resume: Resume, doing: str) -> None:
    if not resume.on_file:
        raise ValidationError(f"that résumé was already removed from file: it can't be {doing}")


def reviewed(resume: Resume, at: DateTime, next_review: DateTime) -> Resume:
    _on_file(resume, "reviewed")
    return replace(resume, reviewed_at=at, review_on=next_review)


def passed_on(resume: Resume, passed: PassedOn) -> Resume:
    _on_file(resume, "passed on")
    return replace(resume, passed_on=(*resume.passed_on, passed))


def removed(resume: Resume, at: DateTime, note: str = "") -> Resume:
    _on_file(resume, "removed")
    return replace(resume, removed_at=at, removed_note=note)


def closing_note(resume: Resume) -> str:
    """What the review promise says as it is closed: whom the résumé went to last, or
    why it was removed (cut to a promise note's length)."""
    if not resume.on_file:
        note = REMOVED_NOTE.format(note=resume.removed_note) if resume.removed_note else ""
        return (note or REMOVED_NO_NOTE)[:MAX_DETAIL]
    if resume.passed_on:
        return PASSED_NOTE.format(name=resume.passed_on[-1].contact_name)[:MAX_DETAIL]
    return ""
