"""The domain's closed word lists: Strength, Reach, Ask, Trait, PhaseKind, OutcomeKind,
Tier, LedgerKind, ReferralState, ReferralResult and PromiseStatus, and the one table of
their labels.

Each is a StrEnum whose members carry a human label (and a short one) and parse from
either their value or that label. They live apart from the records so that code needing
only the words (labels, filters, rules) reads one short file.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Self

from ..errors import ValidationError


class _Labelled(StrEnum):
    """A StrEnum whose members have a human label and parse from value or label."""

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " "))

    @property
    def short(self) -> str:
        """The label in a word or two, for narrow columns and key hints."""
        return _SHORT.get(self, self.label)

    @classmethod
    def lookup(cls, value: Any) -> Self | None:
        """The member named by its value or label (any case; spaces, - and _ alike)."""
        if isinstance(value, cls):
            return value
        text = str(value).strip().casefold().replace("-", "_").replace(" ", "_")
        for member in cls:
            if text in (member.value, member.label.casefold().replace("-", "_").replace(" ", "_")):
                return member
        return None

    @classmethod
    def parse(cls, value: Any) -> Self:
        found = cls.lookup(value)
        if found is not None:
            return found
        allowed = ", ".join(m.value for m in cls)
        raise ValidationError(
            f"unknown {cls.__name__.lower()} {value!r}; expected one of {allowed}"
        )


class Strength(_Labelled):
    """How strongly a caller is connected to you (habit 4)."""

    STRONG = "strong"
    MODERATE = "moderate"
    TENUOUS = "tenuous"
    NONE = "none"


class Reach(_Labelled):
    """How a caller reached you."""

    REFERRED = "referred"
    ALUMNI = "alumni"
    COLLEAGUE = "colleague"
    COLD = "cold"
    OTHER = "other"


class Ask(_Labelled):
    """What a caller wants (habit 1)."""

    INTRODUCTION = "introduction"
    ADVICE = "advice"
    RESUME = "resume"
    INDUSTRY = "industry"
    OTHER = "other"


class Trait(_Labelled):
    """How the caller came across (the assessment)."""

    STORY_IN_TIME = "story_in_time"
    KNOWS_WANT = "knows_want"
    ARTICULATE = "articulate"
    BRINGS_SOMETHING = "brings_something"


class PhaseKind(_Labelled):
    STORY = "story"
    ADVICE = "advice"
    INTERVIEW = "interview"


class OutcomeKind(_Labelled):
    """How a call ended (habits 2–5)."""

    INTERVIEW_SCHEDULED = "interview_scheduled"
    REFERRAL_MADE = "referral_made"
    ADVICE_GIVEN = "advice_given"
    FOLLOW_UP_SCHEDULED = "follow_up_scheduled"
    RESUME_KEPT = "resume_kept"
    NOT_NOW = "not_now"
    HONEST_NO = "honest_no"


class Tier(_Labelled):
    """How precious a contact in your network is (habit 4)."""

    TREASURED = "treasured"
    TRUSTED = "trusted"
    ACQUAINTANCE = "acquaintance"


class LedgerKind(_Labelled):
    FAVOUR = "favour"
    GOOD_RESULT = "good_result"
    BAD_RESULT = "bad_result"


class ReferralState(_Labelled):
    """Where a double opt-in referral stands: you ask the contact first, introduce only
    once they agree, and close it with how it went (`ReferralResult`)."""

    ASKED = "asked"  # you asked the contact whether they want the introduction
    AGREED = "agreed"
    DECLINED = "declined"
    INTRODUCED = "introduced"
    CLOSED = "closed"  # the result is in


class ReferralResult(_Labelled):
    """How an introduction went, for the contact and for your reputation with them."""

    HIRED = "hired"
    GOOD_MEETING = "good_meeting"
    WENT_NOWHERE = "went_nowhere"
    REFLECTED_BADLY = "reflected_badly"


class PromiseStatus(_Labelled):
    """Where a promise stands: open until kept (done) or let go on purpose (dropped)."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class PromiseKind(_Labelled):
    """What a promise is for: one made by hand, or one an outcome or a referral implies.
    The kind says which can be held (an interview), which the calendar times, and which
    a résumé on file closes."""

    PLAIN = "plain"  # made by hand with `p`
    INTERVIEW = "interview"  # an information interview booked
    FOLLOW_UP = "follow_up"  # a follow-up call booked
    RESUME_REVIEW = "resume_review"  # look at a résumé on file again
    REFERRAL = "referral"  # a referral's next step


_LABELS: dict[StrEnum, str] = {
    Reach.COLLEAGUE: "former colleague",
    Ask.INTRODUCTION: "introduction",
    Ask.ADVICE: "job-search advice",
    Ask.RESUME: "résumé help",
    Ask.INDUSTRY: "industry information",
    Trait.STORY_IN_TIME: "story in time",
    Trait.KNOWS_WANT: "knows what they want",
    Trait.ARTICULATE: "articulate",
    Trait.BRINGS_SOMETHING: "brings something",
    OutcomeKind.INTERVIEW_SCHEDULED: "interview scheduled",
    OutcomeKind.REFERRAL_MADE: "referral made",
    OutcomeKind.ADVICE_GIVEN: "advice given",
    OutcomeKind.FOLLOW_UP_SCHEDULED: "follow-up scheduled",
    OutcomeKind.RESUME_KEPT: "résumé kept",
    OutcomeKind.NOT_NOW: "not-now decline",
    OutcomeKind.HONEST_NO: "honest no",
    LedgerKind.GOOD_RESULT: "good result",
    LedgerKind.BAD_RESULT: "bad result",
    ReferralState.ASKED: "asked the contact",
    ReferralState.AGREED: "they agreed",
    ReferralState.DECLINED: "they declined",
    ReferralState.INTRODUCED: "introduced",
    ReferralState.CLOSED: "closed",
    ReferralResult.GOOD_MEETING: "good meeting",
    ReferralResult.WENT_NOWHERE: "went nowhere",
    ReferralResult.REFLECTED_BADLY: "reflected badly",
}

# Short words for narrow columns and key hints; a member not listed uses its label.
_SHORT: dict[StrEnum, str] = {
    Tier.TREASURED: "treas.",
    Tier.ACQUAINTANCE: "acq.",
    Ask.INTRODUCTION: "intro",
    Ask.ADVICE: "advice",
    Ask.RESUME: "résumé",
    Ask.INDUSTRY: "industry",
    OutcomeKind.INTERVIEW_SCHEDULED: "interview",
    OutcomeKind.REFERRAL_MADE: "referral",
    OutcomeKind.ADVICE_GIVEN: "advice",
    OutcomeKind.FOLLOW_UP_SCHEDULED: "follow-up",
    OutcomeKind.RESUME_KEPT: "résumé",
    OutcomeKind.NOT_NOW: "not now",
    ReferralState.ASKED: "asked",
    ReferralState.AGREED: "agreed",
    ReferralState.DECLINED: "declined",
    ReferralResult.REFLECTED_BADLY: "badly",
}

# How a call left you (habit 3: several calls a week should not drain you): a rating
# from 1 to 5, given with one key after logging, or never. Yours alone: exports carry it
# only when asked.
ENERGY_WORDS: dict[int, str] = {1: "drained", 2: "tired", 3: "steady", 4: "good", 5: "energised"}
ENERGY_LOW, ENERGY_HIGH = min(ENERGY_WORDS), max(ENERGY_WORDS)

# The same labels keyed by stored value, for code that reads raw records.
ASK_LABEL = {a.value: a.label for a in Ask}
ASK_SHORT = {a.value: a.short for a in Ask}
TRAIT_LABEL = {t.value: t.label for t in Trait}
OUTCOME_LABEL = {k.value: k.label for k in OutcomeKind}
OUTCOME_SHORT = {k.value: k.short for k in OutcomeKind}
