"""The referral gates: what stops a referral being logged, and what each says when it does.

A weak connection gets general advice only (habit 4): a caller with a tenuous or no
connection who asks for an introduction is offered general advice instead
(`advice_only_needed`, by `advice_only`'s rule); the guidance pane suggests that path
while the call runs.

No referral without a sit-down (habit 2).

Your credibility is on the line when you refer someone, so a referral asks first
whether an information interview took place: an earlier call with this caller whose
interview phase ran at least half its limit, or the interview phase of the call in
progress once it has run that long (`history.interview_took_place`). Pressing `i` and
moving on, or a sit-down that ended early in an honest no, doesn't open the gate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.sitdown import INTERVIEW_SHARE
from ..text.spoken import spoken_duration
from .advice_only import advice_only
from .history import interview_needs_s, interview_used_s

if TYPE_CHECKING:
    from .live import LiveCall

ADVICE_ONLY_TITLE = "General advice only"
ADVICE_ONLY = (
    "Your introductions work because you know the people you send: someone you hardly "
    "know gets your general advice, not your network."
)


def advice_only_needed(live: LiveCall) -> bool:
    """True when a referral from this call should stop and offer general advice first."""
    return advice_only(live.caller.strength, live.asks)


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
