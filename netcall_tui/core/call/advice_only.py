"""A weak connection gets general advice only (habit 4): the rule the referral gate and
the guidance pane share, and its words."""

from __future__ import annotations

from collections.abc import Collection

from ..domain.vocabulary import Ask, Strength

WEAK = frozenset({Strength.TENUOUS, Strength.NONE})
ADVICE_ONLY_WHY = "general advice only"  # how the guidance pane heads the suggested path
ADVICE_ONLY_RULE = "a weak connection asking an introduction gets general advice only"


def advice_only(strength: Strength, asks: Collection[Ask]) -> bool:
    """A caller with a tenuous or no connection who asks for an introduction."""
    return strength in WEAK and Ask.INTRODUCTION in asks


def link_words(strength: Strength) -> str:
    """How the caller is linked to you, in the rule's words."""
    return "no connection" if strength is Strength.NONE else "a tenuous connection"
