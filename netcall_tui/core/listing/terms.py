"""The words of every list's filter: free text, "a phrase", -left out, field:value.

The session log's filter (`core.log.query`) and the contacts' (`core.network.contact_query`)
read what was typed with the same tokenizer, and agree on when typing more only narrows
(so a keystroke filters the previous result instead of every row).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from ..errors import QueryError

Term = tuple[bool, str | None, str]  # (negated, field or None, value)

_TOKEN = re.compile(r'(-?)(?:([A-Za-z]+):)?(?:"([^"]*)("?)|(\S*))')


def terms(text: str) -> list[Term]:
    """(negated, field or None, value) for each term; quotes keep spaces together."""
    found: list[Term] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        match = _TOKEN.match(text, pos)
        assert match is not None  # the pattern can always match the empty string
        negated, name, quoted, closed, bare = match.groups()
        if quoted is not None and not closed:
            raise QueryError('A quote is not closed: add the closing " (e.g. "dana w").')
        value = quoted if quoted is not None else (bare or "")
        if match.end() == pos:  # a lone '-' or similar: take one character as text
            value, match_end = text[pos], pos + 1
        else:
            match_end = match.end()
        if match_end < len(text) and not text[match_end].isspace() and quoted is not None:
            raise QueryError('Put a space after a closing quote, e.g. "dana w" ask:resume.')
        found.append((bool(negated), name.lower() if name else None, value))
        pos = match_end
    return found


def narrows(old: str, new: str, narrowing: Collection[str | None]) -> bool:
    """True when `new` can only match rows that `old` matched: more words were added,
    or the last plain (not negated, unquoted) word was typed further — free text (None)
    or one of the `narrowing` fields, whose match is "contains"."""
    if not new.startswith(old):
        return False
    if not old.strip():
        return True
    added = new[len(old) :]
    if not added or old[-1].isspace():
        return True
    try:
        negated, name, value = terms(old)[-1]
    except (QueryError, IndexError):
        return False
    if negated or name not in narrowing or not value or old.endswith('"'):
        return False
    continued = added.split(maxsplit=1)[0] if not added[0].isspace() else ""
    return ":" not in continued and '"' not in continued


def checked_terms(text: str, examples: Mapping[str, str]) -> list[Term]:
    """The terms of `text` with a known field (a key of `examples`, each with how to
    write it) and a value; blank words dropped. QueryError saying how to write it else."""
    found: list[Term] = []
    for negated, name, value in terms(text):
        if name is None:
            if value not in ("", "-"):
                found.append((negated, None, value))
            continue
        if name not in examples:
            raise QueryError(
                f"There is no filter called {name}: — use one of "
                + ", ".join(f"{f}:" for f in examples)
                + f' (or put "{name}:{value}" in quotes to search for it as text).'
            )
        if not value:
            raise QueryError(f"The filter {name}: needs a value, e.g. {examples[name]}.")
        found.append((negated, name, value))
    return found
