"""How netcall matches what a person typed against names and words: one fold for all.

The log's filter, the caller repository's look-ups and search, and the caller form's
suggestions all compare `fold`ed text, so "siobhan" finds "Siobhán" everywhere or nowhere.
Who counts as the same person (`find_person`), how typed text ranks names
(`search_names`) and which name a free text refers to (`named_in`) are here too, so
every place that looks a person up agrees.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

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


def _words(text: str) -> list[str]:
    return [word for word in _WORD_BREAK.split(person_key(text)) if word]


class PeopleIndex(Generic[T]):
    """Items with their fields folded once, so that each keystroke's search over tens of
    thousands (your contacts) is a few substring tests per item, not a fold of each.

    The order is `search_people`'s: 0, the name starts with the text; 1, every typed word
    starts a word of the name; 2, ... a word of the name or another field; 3, the text is
    inside the name (not inside another field: "ol" would find every "Schools")."""

    def __init__(self, items: Iterable[T], fields: Callable[[T], Sequence[str]]) -> None:
        # Per item: its name as compared, " word word" of the name, of every field.
        self._entries: list[tuple[str, str, str, T]] = []
        self._named: dict[str, T] = {}
        for item in items:
            values = fields(item)
            name, name_words = person_key(values[0]), " " + " ".join(_words(values[0]))
            other_words = " ".join(w for value in values[1:] for w in _words(value))
            self._entries.append((name, name_words, f"{name_words} {other_words}", item))
            self._named.setdefault(name, item)

    def __len__(self) -> int:
        return len(self._entries)

    def named(self, text: str) -> T | None:
        """The (first) item whose name is `text`, as people are compared (`person_key`)."""
        return self._named.get(person_key(text))

    def close(self, text: str) -> list[T]:
        """`close_people` over the index's names, folded once: whom a new name may
        really be, most likely first."""
        typed = person_key(text)
        if not typed:
            return []
        first, size = typed.split()[0], len(typed)
        # Only these can be close: the same length give or take a letter (reordered or
        # one edit), or starting with the first typed word (`_closeness`'s prefixes).
        close = [
            (rank, name, place, item)
            for place, (name, _, _, item) in enumerate(self._entries)
            if (abs(len(name) - size) <= 1 or name.startswith(first))
            and name != typed
            and (rank := _closeness(typed, name)) is not None
        ]
        return [entry[3] for entry in sorted(close)]

    def search(self, text: str, limit: int = 10) -> list[T]:
        """The best `limit` items for `text`, best first, each rank by name; blank text
        finds nothing."""
        query = person_key(text)
        if not query:
            return []
        starts = [" " + word for word in _words(text)]  # " w" inside " a b": w starts a word
        first, rest = (starts[0], starts[1:]) if starts else ("", [])  # no generator per item
        ranked: list[tuple[int, str, int, T]] = []
        for place, (name, name_words, every_word, item) in enumerate(self._entries):
            if name.startswith(query):
                rank = 0
            elif first in every_word and all(w in every_word for w in rest):
                rank = 1 if first in name_words and all(w in name_words for w in rest) else 2
            elif query in name:
                rank = 3
            else:
                continue
            ranked.append((rank, name, place, item))  # place: items never compared
        return [entry[3] for entry in heapq.nsmallest(limit, ranked)]


def search_people(
    items: Iterable[T], text: str, fields: Callable[[T], Sequence[str]], limit: int = 10
) -> list[T]:
    """Items matching `text` in their fields (the first is the name, others e.g. the
    company), best first: the name starting with it, then every typed word starting a word
    of the name, then of any field, then the text anywhere in the name; each group by name.
    Accents, case and word order aside; blank text finds nothing. Searching the same items
    often: keep a `PeopleIndex`."""
    if not person_key(text):
        return []
    return PeopleIndex(items, fields).search(text, limit)


def search_names(
    items: Iterable[T], text: str, name_of: Callable[[T], str], limit: int = 10
) -> list[T]:
    """`search_people` on the name alone."""
    return search_people(items, text, lambda item: (name_of(item),), limit)


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter added, dropped, changed, or two neighbours swapped (not equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    start = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    a_rest, b_rest = a[start:], b[start:]
    swapped = a_rest[:2][::-1] == b_rest[:2] and a_rest[2:] == b_rest[2:]
    return swapped or a_rest[1:] == b_rest[1:] or a_rest[1:] == b_rest or a_rest == b_rest[1:]


MIN_EDITED = 4  # shorter names are one letter from too many others to ask about


def _closeness(typed: str, known: str) -> int | None:
    """0: the same words in another order; 1: one letter apart; 2: the typed words start
    the known name's words, in order ("olu" or "olu b" for "Olumide Bello")."""
    typed_words, known_words = typed.split(), known.split()
    if sorted(typed_words) == sorted(known_words):
        return 0
    if len(typed) >= MIN_EDITED and _one_edit_apart(typed, known):
        return 1
    if len(typed_words) <= len(known_words) and all(
        k.startswith(t) for t, k in zip(typed_words, known_words, strict=False)
    ):
        return 2
    return None


def close_people(people: Iterable[T], name: str, name_of: Callable[[T], str]) -> list[T]:
    """The people a new `name` may really be, most likely first (see `_closeness`; each
    group by name). Someone with exactly this name (see `person_key`) is not "close": they
    are the same person. Blank finds nobody."""
    typed = person_key(name)
    if not typed:
        return []
    close: list[tuple[int, str, T]] = []
    for person in people:
        known = person_key(name_of(person))
        rank = None if known == typed else _closeness(typed, known)
        if rank is not None:
            close.append((rank, known, person))
    close.sort(key=lambda entry: entry[:2])
    return [person for _, _, person in close]


def named_in(text: str, names: Iterable[str]) -> str | None:
    """The name `text` refers to: an exact name (any case), or the longest of the names
    written in it with blanks around ("Priya Shah at Northwind" names "Priya Shah");
    the first such name when several are as long. None when it names none of them."""
    padded = f" {text.casefold()} "
    named = [name for name in names if f" {name.casefold()} " in padded]
    return max(named, key=len, default=None)
