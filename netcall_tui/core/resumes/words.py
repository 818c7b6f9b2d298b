"""The roles, sectors and tags already used on file, most used first: what `K` offers
to complete as you type, so one opening's words stay one word ("logistics", not
"Logistics" and "logistic"). Tags take in your contacts' tags too."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ResumeWords:
    roles: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


def _ranked(lists: Iterable[Any]) -> tuple[str, ...]:
    """Each word once (any case: as first written), most used first, ties A→Z."""
    counts: Counter[str] = Counter()
    spelt: dict[str, str] = {}
    for words in lists:
        for word in words or ():
            if isinstance(word, str) and (text := word.strip()):
                key = text.casefold()
                spelt.setdefault(key, text)
                counts[key] += 1
    ranked = sorted(counts, key=lambda key: (-counts[key], key))
    return tuple(spelt[key] for key in ranked)


def words_in_use(
    resumes: Iterable[Mapping[str, Any]], contacts: Iterable[Mapping[str, Any]] = ()
) -> ResumeWords:
    """From stored résumé and contact records (each read once)."""
    records = list(resumes)
    return ResumeWords(
        roles=_ranked(r.get("roles") for r in records),
        sectors=_ranked(r.get("sectors") for r in records),
        tags=_ranked([*(r.get("tags") for r in records), *(c.get("tags") for c in contacts)]),
    )
