"""No referral without a sit-down (habit 2): the rule that stops a referral being logged
before you have met the caller, and what it says when it does.

Your credibility is on the line when you refer someone, so a referral asks first
whether an information interview is on record: one with this caller before, or the
interview phase of the call in progress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .live import LiveCall

TITLE = "No referral without a sit-down"
ADVICE = (
    "Your credibility is on the line when you refer someone. Meet them for a "
    "30-minute sit-down first, then decide."
)


def sit_down_needed(live: LiveCall) -> bool:
    """True when a referral from this call should stop and offer the interview first."""
    return not live.interview_on_record
