"""The referral's blurb: a note to forward to the contact, drafted from the call (who
the caller is, what they want, what they bring, your note) in the phrasebook's words.

It is a draft: the referral question shows it to be edited before it is copied or kept.
Caller text goes in as data: control characters made harmless, never formatted.
"""

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING

from ..domain.vocabulary import Ask, Trait
from ..text.harmless import harmless

if TYPE_CHECKING:
    from .live import LiveCall

NOTE_CHARS = 600  # a forwardable note: the start of your notes, not all of them
_NO_NOTE = "(a line on why you think they fit)"

# What they asked you for, as the blurb says it ("an introduction").
_WANTS = {
    Ask.INTRODUCTION: "an introduction",
    Ask.ADVICE: "advice on their search",
    Ask.RESUME: "feedback on their résumé",
    Ask.INDUSTRY: "a view of the industry",
}
# How they came across, in the order the blurb lists it.
_CAME_ACROSS = {
    Trait.KNOWS_WANT: "know what they want",
    Trait.ARTICULATE: "explain themselves clearly",
    Trait.STORY_IN_TIME: "told their story in the time we had",
    Trait.BRINGS_SOMETHING: "would bring something real to a team",
}


def draft_blurb(template: str, live: LiveCall, contact_name: str) -> str:
    """The template filled in from the live call, for `contact_name` (first name used)."""
    caller = live.caller
    traits = set(live.traits) | ({Trait.STORY_IN_TIME} if live.told_story_in_time else set())
    values = {
        "contact": _first_name(contact_name) or "there",
        "caller": harmless(caller.name),
        "aim": _aim(caller.role, caller.company, caller.sector),
        "wants": _sentence("They asked me for", [_WANTS[a] for a in _WANTS if a in live.asks]),
        "brings": _sentence("They", [_CAME_ACROSS[t] for t in _CAME_ACROSS if t in traits]),
        "note": _note(live.notes),
    }
    filled = string.Formatter().vformat(template, (), values)
    return _tidy(filled)


def _first_name(name: str) -> str:
    words = harmless(name).split()
    return words[0] if words else ""


def _aim(role: str, company: str, sector: str) -> str:
    role, company, sector = harmless(role), harmless(company), harmless(sector)
    aim = f"is looking for a role as {role}" if role else "is looking for their next role"
    if company:
        aim += f" at {company}"
    elif sector:
        aim += f" in {sector}"
    return aim


def _sentence(start: str, parts: list[str]) -> str:
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"{start} {listed}."


def _note(notes: str) -> str:
    text = " ".join(harmless(notes, lines=True).split())  # one paragraph, to forward
    if not text:
        return _NO_NOTE
    return text if len(text) <= NOTE_CHARS else text[: NOTE_CHARS - 1].rstrip() + "…"


_BLANK_LINES = re.compile(r"\n{3,}")


def _tidy(text: str) -> str:
    """Lines a blank detail left empty or trailing blanks go; at most one empty line."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines))
