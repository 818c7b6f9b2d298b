"""How the last weeks' calls left you, read from the log for the console's guidance: the
calls since Monday RECENT_WEEKS - 1 weeks back (local), this week included, judged by
core.stats.energy's one rule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.stats.figures import RECENT_WEEKS

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..core.stats.energy import Outlook
    from .calls import CallOps


def recent_start(now: DateTime) -> DateTime:
    """Monday 00:00 of the first of the last RECENT_WEEKS weeks, in `now`'s zone."""
    from ..core.stats.load import week_bounds

    return week_bounds(now)[0].subtract(weeks=RECENT_WEEKS - 1)


def recent_outlook(calls: CallOps, now: DateTime, budget_calls: int) -> Outlook:
    """The last RECENT_WEEKS weeks' ratings and call count against the weekly budget."""
    from ..core.stats.energy import outlook

    taken, ratings = calls.ratings_since(recent_start(now))
    return outlook(ratings, taken, RECENT_WEEKS, budget_calls)


def recent_advice(calls: CallOps, now: DateTime, budget_calls: int) -> str:
    """What the idle guidance says when the last weeks ran low; '' otherwise."""
    from ..core.stats.energy import advice

    return advice(recent_outlook(calls, now, budget_calls), RECENT_WEEKS)
