"""The phrasebook: situations and the phrases for each, loaded from TOML.

The phrases ship in `phrases.toml` next to this file; a user file in the same format
overrides them per situation. Loading never raises for a user's file: it falls back to
the shipped phrases with a message saying what is wrong. The rules that pick a phrase
for the live call live in `guidance`.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..config import ConfigError

PLACEHOLDERS = frozenset({"minutes", "avenue", "next_week"})
# The referral blurb's own placeholders (`core.network.blurb` fills them from the call).
BLURB_PLACEHOLDERS = frozenset({"contact", "caller", "aim", "wants", "brings", "note"})


class Situation(StrEnum):
    OPENING = "opening"
    WELCOME_BACK = "welcome_back"
    TIME_BOX = "time_box"
    STORY_OVER = "story_over"
    ADVICE_TIME_BOX = "advice_time_box"
    BOOK_NEXT_WEEK = "book_next_week"  # the week (or the day) was full when the call began
    NEEDS_INTERVIEW = "needs_interview"
    REFERRAL_READY = "referral_ready"
    TENUOUS_CONNECTION = "tenuous_connection"
    RESUME_HELP = "resume_help"
    INTERVIEW_OVER = "interview_over"
    WRAP_UP = "wrap_up"
    NOT_NOW = "not_now"
    HONEST_NO = "honest_no"

    @property
    def heading(self) -> str:
        """How the say pane heads a phrase for this situation."""
        return _HEADINGS.get(self, self.value.replace("_", " "))


# Where the key's own words would mislead: a caller with no connection at all is not
# "tenuous", and the word is résumé.
_HEADINGS = {
    Situation.TENUOUS_CONNECTION: "weak or no connection",
    Situation.RESUME_HELP: "résumé help",
}


@dataclass(frozen=True, slots=True)
class Phrasebook:
    phrases: Mapping[Situation, tuple[str, ...]]
    avenues: tuple[str, ...]
    blurb: str = ""  # the referral's forwardable note, drafted from the call

    def for_situation(self, situation: Situation) -> tuple[str, ...]:
        return self.phrases.get(situation, ())


class PhrasesError(ConfigError):
    """The user's phrases file can't be used; `problem` says why."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(path, None, problem)
        self.problem = problem

    def __str__(self) -> str:
        return (
            f"phrases file {self.path} {self.problem}; fix it, or move it away to use the "
            "built-in phrases"
        )


class _BookError(Exception):
    def __init__(self, problem: str, *, quoted: str = "") -> None:
        super().__init__(problem)
        self.quoted = quoted  # the text at fault, to find its line in the file

    def located(self, text: str) -> str:
        """The problem, with the line of the file it is on when that can be found."""
        lines = text.splitlines()
        number = next((n for n, line in enumerate(lines, 1) if self.quoted in line), None)
        return f"{self} (line {number})" if self.quoted and number else str(self)


def default_phrases_text() -> str:
    """The shipped phrases.toml, e.g. to write out as a starting point for the user."""
    # Imported here: this module is on the start-up path, the phrases are read only
    # after the first frame.
    from importlib import resources

    return resources.files(__package__).joinpath("phrases.toml").read_text(encoding="utf-8")


@cache
def default_phrasebook() -> Phrasebook:
    book = _parse(tomllib.loads(default_phrases_text()))
    missing = [s.value for s in Situation if not book.for_situation(s)]
    if missing or not book.avenues or not book.blurb:  # a packaging mistake, not the user's
        raise RuntimeError(f"shipped phrases.toml is incomplete: {missing or 'avenues, blurb'}")
    return book


def load_phrasebook(user_file: Path | None) -> tuple[Phrasebook, str | None]:
    """The shipped phrases, overridden per situation by `user_file` if it exists.

    Never raises: a file that can't be used gives the defaults and a message saying
    which file and what is wrong.
    """
    defaults = default_phrasebook()
    try:
        override = read_user_phrases(user_file)
    except PhrasesError as exc:
        return defaults, _warning(user_file or Path(), exc.problem)
    if override is None:
        return defaults, None
    merged = {**defaults.phrases, **override.phrases}
    avenues = override.avenues or defaults.avenues
    return Phrasebook(MappingProxyType(merged), avenues, override.blurb or defaults.blurb), None


def read_user_phrases(user_file: Path | None) -> Phrasebook | None:
    """The user's own phrases, None if there is no such file; PhrasesError if it can't
    be used (the command line refuses to start on one, as on a bad config)."""
    if user_file is None:
        return None
    try:
        raw = user_file.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise PhrasesError(user_file, f"can't be read ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8")
        return _parse(tomllib.loads(text))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PhrasesError(user_file, f"is not valid TOML ({exc})") from exc
    except _BookError as exc:
        raise PhrasesError(user_file, exc.located(text)) from None


def _warning(path: Path, problem: str) -> str:
    return f"Phrases file {path} {problem}; using the built-in phrases."


def _parse(data: dict[str, Any]) -> Phrasebook:
    unknown = sorted(set(data) - {"phrases", *_TOP_KEYS})
    if unknown:
        raise _BookError(f"has unknown key {unknown[0]!r}; expected [phrases], avenues and blurb")
    table = data.get("phrases", {})
    if not isinstance(table, dict):
        raise _BookError("has 'phrases' that is not a table; write [phrases] on its own line")
    table = dict(table)
    # TOML puts a key written below [phrases] inside that table; forgive that slip.
    for key in _TOP_KEYS:
        if key in table and key not in data:
            data = {**data, key: table.pop(key)}
    phrases: dict[Situation, tuple[str, ...]] = {}
    for key, value in table.items():
        phrases[_situation(key)] = _phrase_list(f"[phrases] {key}", value)
    avenues = _phrase_list("avenues", data["avenues"]) if "avenues" in data else ()
    blurb = _blurb(data["blurb"]) if "blurb" in data else ""
    return Phrasebook(MappingProxyType(phrases), avenues, blurb)


_TOP_KEYS = ("avenues", "blurb")


def _blurb(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _BookError('has blurb that is not text; write blurb = """...""" above [phrases]')
    _check_placeholders("blurb", value, BLURB_PLACEHOLDERS)
    return value.strip()


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
        _check_placeholders(where, item, PLACEHOLDERS)
    return tuple(item.strip() for item in value)


def _check_placeholders(where: str, phrase: str, known: frozenset[str]) -> None:
    """Only the `known` placeholders ({minutes}, {avenue}, {next_week} in phrases), as they are: no
    format spec or conversion, which a file could use to blow a phrase up
    ({minutes:>30000000} is 30 MB of spaces)."""
    try:
        fields = [(name, spec, conv) for _, name, spec, conv in string.Formatter().parse(phrase)]
    except ValueError as exc:
        raise _BookError(f"has {where} with a stray brace in {phrase!r} ({exc})") from None
    allowed = ", ".join("{" + p + "}" for p in sorted(known))
    for name, spec, conversion in fields:
        if name is None:
            continue
        written = (
            "{"
            + name
            + (f"!{conversion}" if conversion else "")
            + (f":{spec}" if spec else "")
            + "}"
        )
        if name not in known:
            raise _BookError(
                f"has {where} with unknown placeholder {written}; use {allowed}", quoted=written
            )
        if spec or conversion:
            raise _BookError(
                f"has {where} with {written}: a placeholder takes no format or conversion; "
                f"write {{{name}}}",
                quoted=written,
            )
