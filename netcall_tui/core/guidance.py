"""Words to use during a live call: phrases are data, chosen by rules over the call's state.

The phrases ship in `phrases.toml`; a user file in the same format overrides them per
situation. Rules score each situation for the current state; `suggest` returns the best
first, with a short reason the user can read ("referral asked, no interview on record").
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .countdown import Countdown, TimerState
from .models import Ask, PhaseKind, Strength

EARLY_S = 120  # the first two minutes of a phase are when you set its terms
PLACEHOLDERS = frozenset({"minutes", "avenue"})


class Situation(StrEnum):
    OPENING = "opening"
    WELCOME_BACK = "welcome_back"
    TIME_BOX = "time_box"
    STORY_OVER = "story_over"
    ADVICE_TIME_BOX = "advice_time_box"
    NEEDS_INTERVIEW = "needs_interview"
    REFERRAL_READY = "referral_ready"
    TENUOUS_CONNECTION = "tenuous_connection"
    RESUME_HELP = "resume_help"
    INTERVIEW_OVER = "interview_over"
    WRAP_UP = "wrap_up"
    NOT_NOW = "not_now"
    HONEST_NO = "honest_no"


# Ties in score fall back to this order, so suggestions never shuffle between renders.
_ORDER = {situation: index for index, situation in enumerate(Situation)}


@dataclass(frozen=True, slots=True)
class Phrasebook:
    phrases: Mapping[Situation, tuple[str, ...]]
    avenues: tuple[str, ...]

    def for_situation(self, situation: Situation) -> tuple[str, ...]:
        return self.phrases.get(situation, ())


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

    @classmethod
    def from_countdown(
        cls,
        countdown: Countdown,
        *,
        asks: frozenset[Ask] = frozenset(),
        strength: Strength = Strength.NONE,
        interview_on_record: bool = False,
        call_count_before: int = 0,
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
    weak = state.strength in (Strength.TENUOUS, Strength.NONE)
    if Ask.INTRODUCTION in state.asks:
        if weak:
            link = "no" if state.strength is Strength.NONE else "a tenuous"
            why = f"introduction asked, {link} connection: general advice only"
            rules.append((85, Situation.TENUOUS_CONNECTION, why))
        if not state.interview_on_record:
            why = "referral asked, no interview on record"
            if state.story_over:
                why += "; the story ran long"
            rules.append((80, Situation.NEEDS_INTERVIEW, why))
        elif not weak:
            rules.append((70, Situation.REFERRAL_READY, "referral asked, interview on record"))
    if Ask.RESUME in state.asks:
        rules.append((50, Situation.RESUME_HELP, "résumé help asked"))
    return rules


def _always_rules(state: GuidanceState) -> list[_Rule]:
    return [
        (10, Situation.NOT_NOW, "no fit now: keep the résumé, and the promise"),
        (5, Situation.HONEST_NO, "never a fit: say so plainly, point elsewhere"),
    ]


_RULES = (_story_rules, _later_phase_rules, _ask_rules, _always_rules)


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
    text = string.Formatter().vformat(phrase, (), _Fill(minutes=minutes, avenue=avenue))
    # Phrases say "{minutes} minutes"; a one-minute limit should still read as English.
    return _ONE_MINUTES.sub(r"\1 minute", text) if minutes == 1 else text


_ONE_MINUTES = re.compile(r"\b(1|one) minutes\b")


class _Fill(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# --- loading -----------------------------------------------------------------------


class _BookError(Exception):
    pass


def default_phrases_text() -> str:
    """The shipped phrases.toml, e.g. to write out as a starting point for the user."""
    return resources.files(__package__).joinpath("phrases.toml").read_text(encoding="utf-8")


@cache
def default_phrasebook() -> Phrasebook:
    book = _parse(tomllib.loads(default_phrases_text()))
    missing = [s.value for s in Situation if not book.for_situation(s)]
    if missing or not book.avenues:  # a packaging mistake, not a user error
        raise RuntimeError(f"shipped phrases.toml is incomplete: {missing or 'avenues'}")
    return book


def load_phrasebook(user_file: Path | None) -> tuple[Phrasebook, str | None]:
    """The shipped phrases, overridden per situation by `user_file` if it exists.

    Never raises: a file that can't be used gives the defaults and a message saying
    which file and what is wrong.
    """
    defaults = default_phrasebook()
    if user_file is None:
        return defaults, None
    try:
        raw = user_file.read_bytes()
    except FileNotFoundError:
        return defaults, None
    except OSError as exc:
        return defaults, _warning(user_file, f"can't be read ({exc.strerror or exc})")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
        override = _parse(data)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return defaults, _warning(user_file, f"is not valid TOML ({exc})")
    except _BookError as exc:
        return defaults, _warning(user_file, str(exc))
    merged = {**defaults.phrases, **override.phrases}
    return Phrasebook(MappingProxyType(merged), override.avenues or defaults.avenues), None


def _warning(path: Path, problem: str) -> str:
    return f"Phrases file {path} {problem}; using the built-in phrases."


def _parse(data: dict[str, Any]) -> Phrasebook:
    unknown = sorted(set(data) - {"phrases", "avenues"})
    if unknown:
        raise _BookError(f"has unknown key {unknown[0]!r}; expected [phrases] and avenues")
    table = data.get("phrases", {})
    if not isinstance(table, dict):
        raise _BookError("has 'phrases' that is not a table; write [phrases] on its own line")
    table = dict(table)
    # TOML puts a key written below [phrases] inside that table; forgive that slip.
    if "avenues" in table and "avenues" not in data:
        data = {**data, "avenues": table.pop("avenues")}
    phrases: dict[Situation, tuple[str, ...]] = {}
    for key, value in table.items():
        phrases[_situation(key)] = _phrase_list(f"[phrases] {key}", value)
    avenues = _phrase_list("avenues", data["avenues"]) if "avenues" in data else ()
    return Phrasebook(MappingProxyType(phrases), avenues)


def _situation(key: str) -> Situation:
    try:
        return Situation(key)
    except ValueError:
        known = ", ".join(s.value for s in Situation)
        raise _BookError(f"has unknown situation {key!r}; known situations: {known}") from None


def _phrase_list(where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise _BookError(f'has {where} that is not a list of phrases, e.g. ["First.", "Second."]')
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise _BookError(f"has {where} with an entry that is not text: {item!r}")
        _check_placeholders(where, item)
    return tuple(item.strip() for item in value)


def _check_placeholders(where: str, phrase: str) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(phrase) if name is not None}
    except ValueError as exc:
        raise _BookError(f"has {where} with a stray brace in {phrase!r} ({exc})") from None
    unknown = sorted(names - PLACEHOLDERS)
    if unknown:
        allowed = ", ".join("{" + p + "}" for p in sorted(PLACEHOLDERS))
        raise _BookError(f"has {where} with unknown placeholder {{{unknown[0]}}}; use {allowed}")
