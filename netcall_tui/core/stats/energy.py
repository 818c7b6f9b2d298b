"""When the calls run you down (habit 3's reason): the one rule for "the last weeks ran
low" and the budget to suggest then, shared by the statistics and the console's guidance.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..domain.vocabulary import ENERGY_HIGH, ENERGY_WORDS
from ..text.counts import counted

LOW_MEAN = 2.5  # on average "tired" or worse
MIN_RATED = 3  # fewer ratings than this say nothing yet


@dataclass(frozen=True, slots=True)
class Outlook:
    """The last weeks' ratings, and what they suggest."""

    rated: int
    mean: float | None
    low: bool
    suggested_calls: int | None  # a smaller weekly budget, when low; else None


def outlook(ratings: Sequence[int], calls: int, weeks: int, budget_calls: int) -> Outlook:
    """`ratings` of the `calls` taken over the last `weeks` weeks; `budget_calls` is the
    weekly budget (0: none). Low when enough were rated and their mean is LOW_MEAN or
    less; the suggestion is one call a week fewer than the budget, or than the weeks'
    average when that was lower (or there is no budget), and never below one."""
    rated = len(ratings)
    mean = sum(ratings) / rated if rated else None
    low = mean is not None and rated >= MIN_RATED and mean <= LOW_MEAN
    if not low:
        return Outlook(rated, mean, False, None)
    taken = math.ceil(calls / weeks) if weeks > 0 else calls
    ceiling = min(budget_calls, taken) if budget_calls > 0 else taken
    return Outlook(rated, mean, True, max(1, ceiling - 1))


def mean_words(mean: float) -> str:
    """'tired (2.3 of 5)': the nearest rating's word and the mean itself."""
    nearest = min(ENERGY_WORDS, key=lambda rating: abs(rating - mean))
    return f"{ENERGY_WORDS[nearest]} ({mean:.1f} of {ENERGY_HIGH})"


def advice(found: Outlook, weeks: int) -> str:
    """What the guidance says when the last weeks ran low; '' otherwise."""
    if not found.low or found.mean is None or found.suggested_calls is None:
        return ""
    return (
        f"Your calls of the last {weeks} weeks left you {mean_words(found.mean)}. "
        f"A budget of {counted(found.suggested_calls, 'call', 'calls')} a week may suit you better "
        "([budget] weekly_calls in the config)."
    )
