"""When an information interview took place (habit 2's sit-down): the one rule, read by
the referral gate on models (core.call.history) and by the statistics on stored records
(core.stats.timed).

Its interview phase ran at least INTERVIEW_SHARE of the interview limit (15 minutes of
the default 30): pressing `i` and moving on at once, or a sit-down cut short by an
honest no, is no sit-down.
"""

from __future__ import annotations

INTERVIEW_SHARE = 0.5


def sit_down_needs_s(largest_limit_s: float) -> float:
    """Seconds of interview phase that make a sit-down, given its (largest) limit."""
    return INTERVIEW_SHARE * largest_limit_s


def sat_down(interview_used_s: float, largest_limit_s: float) -> bool:
    """A call whose interview phases used this much, with this largest limit, held one."""
    return largest_limit_s > 0 and interview_used_s >= sit_down_needs_s(largest_limit_s)
