"""Spend connections sparingly (habit 4): before a referral is logged, a favour that
would overdraw the contact (nothing left this period) or that taps a treasured one asks
first whether it is an important favour. The answer is kept with the referral.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.records import Contact
from ..domain.vocabulary import Tier
from ..text.ages import day_text
from ..text.counts import counted
from .capital import PERIOD_DAYS, Allowance, Capital, capital, dropped_out

if TYPE_CHECKING:
    from pendulum import DateTime

TITLE = "Is this an important favour?"


@dataclass(frozen=True, slots=True)
class FavourQuestion:
    """Why a referral to `contact` asks first, with what is left and when more frees up."""

    contact: Contact
    capital: Capital
    frees_at: DateTime | None  # when the next favour frees up; None: none will by itself

    @property
    def treasured(self) -> bool:
        return self.contact.tier is Tier.TREASURED

    @property
    def overdraws(self) -> bool:
        """Nothing left: this favour would take the contact below zero."""
        return self.capital.exhausted


def favour_question(
    contact: Contact,
    now: DateTime,
    *,
    allowance: Allowance | None = None,
    period_days: int = PERIOD_DAYS,
) -> FavourQuestion | None:
    """The question a referral to `contact` at `now` must ask first, or None when it is
    an everyday favour (not treasured, and something left)."""
    left = capital(contact, now, allowance=allowance, period_days=period_days)
    if contact.tier is not Tier.TREASURED and not left.exhausted:
        return None
    frees = next_favour_at(contact, now, allowance=allowance, period_days=period_days)
    return FavourQuestion(contact, left, frees)


def next_favour_at(
    contact: Contact,
    now: DateTime,
    *,
    allowance: Allowance | None = None,
    period_days: int = PERIOD_DAYS,
) -> DateTime | None:
    """The first moment after `now` when the contact has more favours left than now,
    and at least one: as favours (and bad results) of the period drop out of it. None
    when no entry of theirs will drop out to free one."""
    before = capital(contact, now, allowance=allowance, period_days=period_days).remaining
    edges = sorted(
        {dropped_out(e.at, now, period_days) for e in contact.ledger if e.at <= now},
        key=lambda moment: moment.timestamp(),
    )
    for edge in edges:
        if edge.timestamp() <= now.timestamp():
            continue
        later = capital(contact, edge, allowance=allowance, period_days=period_days).remaining
        if later > max(before, 0):
            return edge
    return None


def question_text(question: FavourQuestion, now: DateTime, period_days: int) -> str:
    """What the question says: why it asks, what is left, when the next favour frees up."""
    name, left = question.contact.name, question.capital
    why = (
        f"{name} has no favours left"
        if question.overdraws
        else f"{name} is one of your treasured contacts"
    )
    period = counted(period_days, "day", "days")
    used = counted(left.used, "favour", "favours")
    status = f"{max(left.remaining, 0)} of {left.allowance} left ({used} asked"
    # Without the results "2 of 2 left (1 favour asked)" reads as a sum gone wrong.
    if left.good:
        status += f", {counted(left.good, 'good result', 'good results')} giving back"
    if left.bad:
        status += f", {counted(left.bad, 'bad result', 'bad results')} costing"
    status += f" in the last {period})"
    if left.overdrawn:
        status += f", overdrawn by {-left.remaining}"
    if question.frees_at is not None:
        frees = f" The next favour frees up on {day_text(question.frees_at, now)}."
    elif question.overdraws:
        frees = " None frees up by itself: a referral that goes well gives one back."
    else:
        frees = ""
    advice = (
        "This one would overdraw them."
        if question.overdraws
        else "Tap them only for an important favour."
    )
    return f"{why}: {status}.{frees}\n\n{advice} Is it an important favour?"
