"""No referral without a sit-down (habit 2): the rule that stops a referral being logged
before you have met the caller, and what it says when it does.

Your credibility is on the line when you refer someone, so a referral asks first
whether an information interview took place: an earlier call with this caller whose
interview phase ran at least half its limit, or the interview phase of the call in
progress once it has run that long (`history.interview_took_place`). Pressing `i` and
moving on, or a sit-down that ended early in an honest no, doesn't open the gate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text.spoken import spoken_duration
from .history import INTERVIEW_SHARE, interview_needs_s, interview_used_s

if TYPE_CHECKING:
    from .live import LiveCall

TITLE = "No referral without a sit-down"
ADVICE = (
    "Your credibility is on the line when you refer someone. Meet them for a "
    "30-minute sit-down first, then decide."
)
SHORT_RULE = "after an interview phase that ran half its limit"  # for help and the palette
RULE = (
    f"An information interview counts once its interview phase has run at least "
    f"{INTERVIEW_SHARE:.0%} of its limit."
)


def sit_down_needed(live: LiveCall) -> bool:
    """True when a referral from this call should stop and offer the interview first."""
    return not live.interview_on_record


def this_call_so_far(live: LiveCall) -> str | None:
    """How far this call's own interview phase has got towards counting, if it has one."""
    phases = live.countdown.phases()
    needed = interview_needs_s(phases)
    if not needed:
        return None
    used = interview_used_s(phases)
    return (
        f"This call's interview phase has run {spoken_duration(used)}; "
        f"it counts from {spoken_duration(needed)}."
    )
