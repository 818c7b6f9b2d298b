"""How netcall matches what a person typed against names and words: one fold for all.

The log's filter, the caller repository's look-ups and search, and the caller form's
suggestions all compare `fold`ed text, so "siobhan" finds "Siobhán" everywhere or nowhere.
Who counts as the same person (`find_person`), how typed text ranks names
(`search_names`) and which name a free text refers to (`named_in`) are here too, so
every place that looks a person up agrees.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

_COMBINING = re.compile(r"[\u0300-\u036f]")
_WORD_BREAK = re.compile(r"[\s\-'’.,()]+")


def fold(text: str) -> str:
    """Lowercase without accents, so 'resume' finds 'résumé' and 'siobhan' finds 'Siobhán'."""
    text = text.casefold()
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def person_key(text: str) -> str:
    """A name or an email as people are compared: folded, blanks trimmed and single."""
    return " ".join(fold(text).split())


def find_person(
    people: Iterable[T], name: str, email: str, details: Callable[[T], tuple[str, str]]
) -> T | None:
    """The person with this name (see `person_key`); `details` gives one's name and email.
    If both sides have an email they must match too, and an email match wins over a
    name-only match; otherwise the first with the name."""
    want_name, want_email = person_key(name), person_key(email)
    fallback: T | None = None
    for person in people:
        their_name, their_email = details(person)
        if person_key(their_name) != want_name:
            continue
        theirs = person_key(their_email)
        if want_email and theirs:
            if theirs == want_email:
                return person
            continue  # same name, different email: someone else
        if fallback is None:
            fallback = person
    return fallback


def search_names(
    items: Iterable[T], text: str, name_of: Callable[[T], str], limit: int = 10
) -> list[T]:
    """Items whose name has a word starting with `text` (or starts with it), then those
    containing it anywhere; each group by name. Blank text finds nothing."""
    query = person_key(text)
    if not query:
        return []
    prefix: list[tuple[str, T]] = []
    inside: list[tuple[str, T]] = []
    for item in items:
        name = person_key(name_of(item))
        if name.startswith(query) or any(w.startswith(query) for w in _WORD_BREAK.split(name)):
            prefix.append((name, item))
        elif query in name:
            inside.append((name, item))
    ranked = sorted(prefix, key=lambda p: p[0]) + sorted(inside, key=lambda p: p[0])
    return [item for _, item in ranked[:limit]]


def named_in(text: str, names: Iterable[str]) -> str | None:
    """The name `text` refers to: an exact name (any case), or the longest of the names
    written in it with blanks around ("Priya Shah at Northwind" names "Priya Shah");
    the first such name when several are as long. None when it names none of them."""
    padded = f" {text.casefold()} "
    named = [name for name in names if f" {name.casefold()} " in padded]
    return max(named, key=len, default=None)
