"""How a call's energy rating reads: 'good (4)'."""

from __future__ import annotations

from ..domain.vocabulary import ENERGY_WORDS


def rating_words(energy: int) -> str:
    """'good (4)': the rating's word (ENERGY_WORDS) and its number."""
    return f"{ENERGY_WORDS.get(energy, '?')} ({energy})"


def scale_words() -> str:
    """'1 drained … 5 energised': the ends of the scale."""
    low, high = min(ENERGY_WORDS), max(ENERGY_WORDS)
    return f"{low} {ENERGY_WORDS[low]} … {high} {ENERGY_WORDS[high]}"
