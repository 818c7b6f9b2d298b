"""Words to use during a live call: phrases are data, chosen by rules over the call's state.

The phrases and their loading live in `phrasebook`. Rules score each
situation for the current state; `suggest` returns the best first, with a short reason
the user can read ("referral asked, no interview on record").
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Any

from ..domain.vocabulary import Ask, PhaseKind, Strength
from .advice_only import ADVICE_ONLY_WHY, advice_only, link_words
from .countdown import Countdown
from .phrasebook import (
    Phrasebook,
    Situation,
)
from .timer_parts import TimerState

EARLY_S = 120  # the first two minutes of a phase are when you set its terms


# Ties in score fall back to this order, so suggestions never shuffle between renders.
_ORDER = {situation: index for index, situation in enumerate(Situation)}


@dataclass(frozen=True, slots=True)
class GuidanceState:
    """What the rules look at; built by the live-call screen (see `from_countdown`)."""

    phase: PhaseKind
    timer: TimerState
    asks: frozenset[Ask] = frozenset()
    strength: Strength = Strength.NONE
    interview_on_record: bool = False
    call_count_before: int = 0
    story_over: bool = False  # the story ran past its limit (now or earlier in the call)
    elapsed: float = 0.0  # seconds into the current phase
    limit_s: int = 300  # the current phase's limit, for {minutes}
    budget_full: bool = False  # the week's (or the day's) budget was full as the call began
    next_week: str = ""  # the day a booking is offered for, for {next_week}

    @classmethod
    def from_countdown(
        cls,
        countdown: Countdown,
        *,
        asks: frozenset[Ask] = frozenset(),
        strength: Strength = Strength.NONE,
        interview_on_record: bool = False,
        call_count_before: int = 0,
        budget_full: bool = False,
        next_week: str = "",
    ) -> GuidanceState:
        timer = countdown.state()
        in_story = countdown.phase is PhaseKind.STORY
        story_over = (in_story and timer is TimerState.OVER) or countdown.story_in_time() is False
        return cls(
            phase=countdown.phase,
            timer=timer,
            asks=asks,
            strength=strength,
            interview_on_record=interview_on_record,
            call_count_before=call_count_before,
            story_over=story_over,
            elapsed=countdown.elapsed(),
            limit_s=countdown.limit_s,
            budget_full=budget_full,
            next_week=next_week,
        )


@dataclass(frozen=True, slots=True)
class Suggestion:
    situation: Situation
    text: str
    why: str


# --- rules -------------------------------------------------------------------------

_Rule = tuple[int, Situation, str]  # (score, situation, why)


def _story_rules(state: GuidanceState) -> list[_Rule]:
    if state.phase is not PhaseKind.STORY:
        return []
    rules: list[_Rule] = []
    if state.timer is TimerState.OVER or state.story_over:
        rules.append((100, Situation.STORY_OVER, "the story is past its limit"))
    if not state.asks:
        if state.call_count_before > 0:
            times = "once" if state.call_count_before == 1 else f"{state.call_count_before} times"
            rules.append((96, Situation.WELCOME_BACK, f"repeat caller: spoke {times} before"))
        else:
            rules.append((95, Situation.OPENING, "no ask noted yet: find out what they want"))
    if state.elapsed < EARLY_S and state.timer is TimerState.CALM:
        rules.append((94, Situation.TIME_BOX, "start of the story: agree its length"))
    elif state.timer is TimerState.WARNING:
        rules.append((90, Situation.TIME_BOX, "the story is nearly at its limit"))
    return rules


def _later_phase_rules(state: GuidanceState) -> list[_Rule]:
    if state.phase is PhaseKind.STORY:
        return []
    rules: list[_Rule] = []
    if state.timer is TimerState.OVER:
        if state.phase is PhaseKind.INTERVIEW:
            rules.append((100, Situation.INTERVIEW_OVER, "the interview is over its time"))
        rules.append((99, Situation.WRAP_UP, f"over the {state.phase.label} limit"))
    elif state.timer is TimerState.WARNING:
        rules.append((88, Situation.WRAP_UP, f"the {state.phase.label} is nearly at its limit"))
    if state.phase is PhaseKind.ADVICE and state.elapsed < EARLY_S:
        rules.append((92, Situation.ADVICE_TIME_BOX, "start of advice: agree when it ends"))
    return rules


def _ask_rules(state: GuidanceState) -> list[_Rule]:
    rules: list[_Rule] = []
    if advice_only(state.strength, state.asks):
        # The suggested path is general advice: no sit-down offered, no introduction.
        why = f"introduction asked, {link_words(state.strength)}: {ADVICE_ONLY_WHY}"
        rules.append((85, Situation.TENUOUS_CONNECTION, why))
    elif Ask.INTRODUCTION in state.asks:
        if not state.interview_on_record:
            why = "referral asked, no interview on record"
            if state.story_over:
                why += "; the story ran long"
            rules.append((80, Situation.NEEDS_INTERVIEW, why))
        else:
            rules.append((70, Situation.REFERRAL_READY, "referral asked, interview on record"))
    if Ask.RESUME in state.asks:
        rules.append((50, Situation.RESUME_HELP, "résumé help asked"))
    return rules


def _budget_rules(state: GuidanceState) -> list[_Rule]:
    """A full week: offer to book the talk for next week, first while the call's terms are
    set (the start of the story), and still on offer after that."""
    if not state.budget_full:
        return []
    why = "your budget was full when the call began"
    if state.phase is PhaseKind.STORY and state.elapsed < EARLY_S:
        return [(97, Situation.BOOK_NEXT_WEEK, why)]
    return [(45, Situation.BOOK_NEXT_WEEK, why)]


def _always_rules(state: GuidanceState) -> list[_Rule]:
    return [
        (10, Situation.NOT_NOW, "no fit now: keep the résumé, and the promise"),
        (5, Situation.HONEST_NO, "never a fit: say so plainly, point elsewhere"),
    ]


_RULES = (_story_rules, _later_phase_rules, _ask_rules, _budget_rules, _always_rules)


def suggest(state: GuidanceState, book: Phrasebook, *, variant: int = 0) -> list[Suggestion]:
    """Suggestions for this moment, best first; `variant` cycles through alternatives."""
    best: dict[Situation, tuple[int, str]] = {}
    for rule in _RULES:
        for score, situation, why in rule(state):
            if situation not in best or score > best[situation][0]:
                best[situation] = (score, why)
    ranked = sorted(best, key=lambda s: (-best[s][0], _ORDER[s]))
    suggestions = []
    for situation in ranked:
        phrases = book.for_situation(situation)
        if phrases:
            text = render(phrases[variant % len(phrases)], state, book, variant)
            suggestions.append(Suggestion(situation, text, best[situation][1]))
    return suggestions


def render(phrase: str, state: GuidanceState, book: Phrasebook, variant: int = 0) -> str:
    """Fill in the placeholders; anything unknown is left as written."""
    avenue = book.avenues[variant % len(book.avenues)] if book.avenues else "another avenue"
    minutes = max(1, round(state.limit_s / 60))
    fill = _Fill(minutes=minutes, avenue=avenue, next_week=state.next_week or "another day")
    text = string.Formatter().vformat(phrase, (), fill)
    # Phrases say "{minutes} minutes"; a one-minute limit should still read as English.
    return _ONE_MINUTES.sub(r"\1 minute", text) if minutes == 1 else text


_ONE_MINUTES = re.compile(r"\b(1|one) minutes\b")


class _Fill(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
