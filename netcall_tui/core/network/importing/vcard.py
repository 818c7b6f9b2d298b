"""vCard files (.vcf, many cards each), 2.1, 3.0 and 4.0: FN or N, ORG, TITLE, EMAIL,
TEL, NOTE and a LinkedIn URL.

vobject reads each line: folding, parameters (2.1's bare `TEL;CELL`) and the
quoted-printable text of older phones, in any charset. Its text decoding is not used: it
keeps only what comes before the first unescaped comma ("Okafor, Ada" would read
"Okafor"), and older phones don't escape commas; `_unescaped` reads the escapes instead.

The file is cut into cards here, so each card's first line is known: a card that can't
be read is skipped, naming its line, and the others are kept. A card never closed means
the file was cut short: that is an error for the whole file."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from .candidate import (
    PROGRESS_EVERY,
    Candidate,
    ImportFileError,
    Parsed,
    Progress,
    Skipped,
    joined_name,
)
from .google import PROFILE_MARK

SOURCE = "vcard"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BEGIN, _END = "BEGIN:VCARD", "END:VCARD"
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_SEMICOLON = re.compile(r"(?<!\\);")
Properties = dict[str, list[str]]  # each property's values (raw, escapes unread), by name


def is_vcard(text: str) -> bool:
    """The first line that is not blank opens a card."""
    first = next((line for line in _LINE_BREAK.split(text, 50) if line.strip()), "")
    return first.strip().upper() == _BEGIN


def read(text: str, progress: Progress | None = None) -> Parsed:
    people: list[Candidate] = []
    skipped: list[Skipped] = []
    lines = _LINE_BREAK.split(text)
    for count, (line, card) in enumerate(_cards(lines), start=1):
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(line, len(lines))
        found = _person(line, card)
        if isinstance(found, Skipped):
            skipped.append(found)
        else:
            people.append(found)
    return Parsed(SOURCE, tuple(people), tuple(skipped))


def _cards(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    """(first line, lines) of each card; a card inside a card (2.1's AGENT) stays in it."""
    depth, start = 0, 0
    for number, line in enumerate(lines, start=1):
        word = line.strip().upper()
        if word == _BEGIN:
            if depth == 0:
                start = number
            depth += 1
        elif word == _END and depth:
            depth -= 1
            if depth == 0:
                yield start, lines[start - 1 : number]
    if depth:
        why = "this card is never closed (no END:VCARD): is the file cut short?"
        raise ImportFileError(why, start)


def _person(line: int, card: list[str]) -> Candidate | Skipped:
    try:
        properties = _properties(card)
    except _Unreadable as error:
        return Skipped(line + error.offset, f"this card can't be read ({error})")
    fields = _fields(properties)
    if not fields["name"]:
        return Skipped(line, "no name (no FN or N)")
    return Candidate(line=line, source=SOURCE, **fields)


class _Unreadable(Exception):
    def __init__(self, reason: str, offset: int) -> None:
        super().__init__(reason)
        self.offset = offset  # lines after the card's first


def _properties(card: list[str]) -> Properties:
    """The card's own properties (not those of a card inside it), read by vobject."""
    from vobject.base import getLogicalLines, textLineToContentLine  # only for a vCard

    found: Properties = {}
    depth = 0
    for text, number in getLogicalLines(io.StringIO("\n".join(card)), allowQP=True):
        try:  # vobject's errors are many kinds (a bad charset, bad QP), all the card's
            content = textLineToContentLine(text, number)
        except Exception as error:
            raise _Unreadable(_reason(error), max(number, 1) - 1) from None
        name, value = str(content.name).upper(), str(content.value)
        if name == "BEGIN":
            depth += 1
        elif name == "END":
            depth -= 1
        elif depth == 1:
            found.setdefault(name, []).append(value)
    return found


def _fields(properties: Properties) -> dict[str, str]:
    def first(key: str) -> str:
        values = properties.get(key)
        return " ".join(_parts(values[0])[0].split()) if values else ""

    names = properties.get("N")
    notes = (_unescaped(note).replace("\r\n", "\n").strip() for note in properties.get("NOTE", ()))
    urls = (_unescaped(url).strip() for url in properties.get("URL", ()))
    return {
        "name": first("FN") or (_name(names[0]) if names else ""),
        "company": first("ORG"),  # the organisation, then its units
        "role": first("TITLE"),
        "email": first("EMAIL"),
        "phone": first("TEL").removeprefix("tel:"),
        "notes": "\n".join(note for note in notes if note),
        "profile_url": next((url for url in urls if PROFILE_MARK in url.casefold()), ""),
    }


def _unescaped(raw: str) -> str:
    """A text value with its backslash escapes read: \\n a new line, \\, a comma…"""
    return _ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], raw)


def _parts(raw: str) -> list[str]:
    """A structured value (N, ORG) cut at its unescaped semicolons, each part read."""
    return [_unescaped(part) for part in _SEMICOLON.split(raw)]


def _name(raw: str) -> str:
    """N (family;given;additional;prefix;suffix) as 'prefix given additional family suffix'."""
    family, given, additional, prefix, suffix = [*_parts(raw), "", "", "", "", ""][:5]
    return joined_name(prefix, given, additional, family, suffix)


def _reason(error: Exception) -> str:
    text = " ".join(str(error).split())[:120]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
