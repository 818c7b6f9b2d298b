"""Booking the conversation for next week when this one's budget is full (habit 3): the
day it is offered for, and the follow-up promise one key records."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.promise import Promise
from ..domain.vocabulary import PromiseKind

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..domain.records import Caller

QUARTER_MIN = 15
LAST_QUARTER = 23 * 60 + 45  # a call at 23:55 is booked for 23:45, not the day after
BOOKING_TEXT = "Call {name} back"


def next_week_slot(started_at: DateTime) -> DateTime:
    """Next week's first weekday (Monday) at the time of day the call started, to the
    nearest quarter of an hour, in the call's zone (weeks start on Monday, as the load's
    do: `stats.load.week_bounds`)."""
    monday = started_at.add(days=7 - started_at.weekday())  # calendar days: DST-safe
    minute = started_at.hour * 60 + started_at.minute + started_at.second / 60
    quarter = min(LAST_QUARTER, round(minute / QUARTER_MIN) * QUARTER_MIN)
    return monday.at(quarter // 60, quarter % 60)


def next_week_words(started_at: DateTime) -> str:
    """The day as the phrase says it: "Monday 7 December"."""
    return next_week_slot(started_at).format("dddd D MMMM")


def booking_promise(caller: Caller, started_at: DateTime) -> Promise:
    """The follow-up call next week, timed by the calendar as any follow-up is."""
    return Promise(
        text=BOOKING_TEXT.format(name=caller.name),
        due=next_week_slot(started_at),
        caller_id=caller.id,
        kind=PromiseKind.FOLLOW_UP,
    )
