"""What the résumé register says: when it is empty, the selected résumé's details, the
blurb that passes one on, the kind notes it can be removed with, and each change's toast.
"""

from __future__ import annotations

import re
from datetime import datetime

from ...core.resumes.rows import ResumeRow
from ...core.text.ages import day_text, local_time
from ...core.text.counts import counted
from ..dialogs.referral_form import PickWords

EMPTY = (
    "No résumés on file yet — a call logged with K (résumé kept on file) files one. "
    "Escape goes back."
)
NONE_ON_FILE = (
    "Nothing is on file now: {removed}. state:removed lists them (type it in the filter)."
)
# On file unless the filter says which state it wants.
ON_FILE_FILTER = "state:on_file"
_NAMES_STATE = re.compile(r"(^|\s)-?state:", re.IGNORECASE)

PASS_ON_WORDS = PickWords(
    title="Pass {caller}'s résumé on: to whom?",
    label="to: type a name or a company (one of your contacts, or anyone)",
    confirm="pass it on",
    new_contact="not in your network: a promise to send it to them is made instead",
    blurb="note to send with it (edit it freely; ctrl+s passes it on)",
)
# The kind notes a résumé is removed with (the last asks for your own words).
REMOVE_NOTES = {
    "asked": "They asked to be taken off file.",
    "found_job": "They found a job.",
}
REMOVE_ANSWERS = [
    ("asked", "They asked", "primary"),
    ("found_job", "They found a job", "success"),
    ("own", "My own words…", "default"),
    ("back", "Back", "default"),
]


def resumes_text(count: int) -> str:
    return counted(count, "résumé", "résumés")


def names_state(typed: str) -> bool:
    """Does the filter say which state it wants (state:removed, -state:passed)?"""
    return _NAMES_STATE.search(typed) is not None


def effective_filter(typed: str) -> str:
    """What the register filters by: on file only, unless `typed` names a state."""
    return typed if names_state(typed) else f"{ON_FILE_FILTER} {typed}"


def what_for_text(row: ResumeRow) -> str:
    """'data engineer, analytics lead · logistics · python, sql' (empty: nothing said)."""
    return " · ".join(", ".join(words) for words in (row.roles, row.sectors, row.tags) if words)


def about(row: ResumeRow, now: datetime) -> str:
    """The selected résumé's details the table has no room for: the file, the note,
    whom it went to, and why it was removed."""
    parts = []
    if row.location:
        parts.append(f"file: {row.location}")
    if row.note:
        parts.append(f"note: {row.note}")
    if row.passed_to:
        parts.append(f"passed on to {row.passed_to}")
    if not row.on_file:
        removed = day_text(local_time(row.removed_ts, now.tzinfo), now) if row.removed_ts else ""
        note = f": {row.removed_note}" if row.removed_note else ""
        parts.append(f"removed {removed}{note}".replace("  ", " "))
    return " · ".join(parts)


def pass_on_blurb(row: ResumeRow, contact_name: str) -> str:
    """The note that goes with a résumé passed on, for `contact_name` (first name used)."""
    words = contact_name.split()
    hello = f"Hi {words[0] if words else 'there'},"
    aims = []
    if row.roles:
        aims.append(f"looking for {' / '.join(row.roles)} roles")
    if row.sectors:
        aims.append(f"in {', '.join(row.sectors)}")
    aim = f" — {' '.join(aims)}" if aims else ""
    skills = f" Their strengths: {', '.join(row.tags)}." if row.tags else ""
    return (
        f"{hello} I have {row.caller}'s résumé on file{aim}.{skills} I thought of you: "
        "would you like me to send it over, or introduce you?"
    )


def reviewed_toast(row: ResumeRow, next_review: datetime, now: datetime) -> str:
    return f"{row.caller}: reviewed. Next review {day_text(next_review, now)}."


def passed_toast(row: ResumeRow, name: str, referral: bool) -> str:
    became = "a referral, asked" if referral else "a promise to send it"
    return f"{row.caller}'s résumé passed on to {name} ({became}); its review promise is closed."


def removed_toast(row: ResumeRow, note: str) -> str:
    return f"{row.caller}'s résumé removed from file: {note} Its review promise is closed."
