"""The header's budget meter, in words: the week's (and the day's) calls and minutes
against the budget and what is left, full and compact; and what a call started on a full
week or day is told. One place for these words; the header colours them by the level."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the header's "reading the call log…" comes before the records load
    from .load import LoadLevel, WeeklyLoad


@dataclass(frozen=True, slots=True)
class Meter:
    level: LoadLevel
    words: str  # "this week: 4 of 6 calls · 85 of 120 min · 2 calls left"
    short: str  # "wk 4/6 calls · 85/120 min · 2 left": a narrow header


@dataclass(frozen=True, slots=True)
class Status:
    """The header's line: a note or two before the meter (read-only, records that could
    not be read), or only a note (the log is still being read)."""

    before: str = ""
    meter: Meter | None = None

    def line(self, compact: bool = False) -> str:
        if self.meter is None:
            return self.before
        return self.before + (self.meter.short if compact else self.meter.words)


def calls_word(count: int) -> str:
    return "call" if count == 1 else "calls"


def meter(load: WeeklyLoad) -> Meter:
    tail = _tail(load)
    words = [_week(load, compact=False)]
    short = [_week(load, compact=True)]
    if load.budget_day_calls:
        words.insert(0, f"today {load.day_calls} of {load.budget_day_calls}")
        short.insert(0, f"day {load.day_calls}/{load.budget_day_calls}")
    if tail is not None:
        words.append(tail[0])
        short.append(tail[1])
    return Meter(load.level, " · ".join(words), " · ".join(short))


def _week(load: WeeklyLoad, *, compact: bool) -> str:
    minutes = f"{load.minutes:.0f}"
    if compact:
        calls = f"{load.calls}/{load.budget_calls}" if load.budget_calls else f"{load.calls}"
        mins = f"{minutes}/{load.budget_minutes}" if load.budget_minutes else minutes
        # With the day in front, "calls" goes: the line must fit at 80 columns.
        noun = "" if load.budget_day_calls else " calls"
        return f"wk {calls}{noun} · {mins} min"
    budget = f" of {load.budget_calls}" if load.budget_calls else ""
    of_minutes = f" of {load.budget_minutes}" if load.budget_minutes else ""
    return f"this week: {load.calls}{budget} calls · {minutes}{of_minutes} min"


def _tail(load: WeeklyLoad) -> tuple[str, str] | None:
    """What is left, or how far over (full words, compact words): over before full, the
    week before the day, calls before minutes. None when no budget is set."""
    calls_over = load.calls - load.budget_calls if load.budget_calls else 0
    # Over says which budget, the week's or (below) the day's; short, "wk +2" and "day +1"
    # keep the line within an 80-column header.
    if calls_over > 0:
        return f"{calls_over} {calls_word(calls_over)} over this week", f"wk +{calls_over}"
    minutes_over = round(load.minutes - load.budget_minutes) if load.budget_minutes else 0
    if minutes_over > 0:
        # Short: just after the week's minutes, which say how far.
        return f"{minutes_over} min over this week", "over"
    day_over = load.day_calls - load.budget_day_calls if load.budget_day_calls else 0
    if day_over > 0:  # over says more than full
        return f"{day_over} {calls_word(day_over)} over today", f"day +{day_over}"
    if load.week_full:
        return "week full", "week full"
    if load.day_full:
        return "day full", "day full"
    return _left(load)


def _left(load: WeeklyLoad) -> tuple[str, str] | None:
    week, day = load.calls_left, load.day_calls_left
    if day is not None and (week is None or day < week):
        return f"{day} {calls_word(day)} left today", f"{day} left today"
    if week is not None:
        return f"{week} {calls_word(week)} left", f"{week} left"
    if load.minutes_left is not None:
        return f"{load.minutes_left:.0f} min left", f"{load.minutes_left:.0f} min left"
    return None


def full_notice(load: WeeklyLoad) -> str | None:
    """What starting a call says when the week or the day is full (or over); None when
    there is room. Both, when both are."""
    said = []
    if load.week_full:
        if load.calls_fraction is not None and load.calls_fraction >= 1.0:
            used, over = _of(load.calls, load.budget_calls), load.calls > load.budget_calls
        else:
            used = f"{load.minutes:.0f} of {load.budget_minutes} min"
            over = round(load.minutes) > load.budget_minutes
        said.append(f"This week is {_state(over)}: {used}.")
    if load.day_full:
        over = load.day_calls > load.budget_day_calls
        said.append(f"Today is {_state(over)}: {_of(load.day_calls, load.budget_day_calls)}.")
    if not said:
        return None
    return " ".join([*said, "Offer to book it for next week?"])


def _of(count: int, budget: int) -> str:
    return f"{count} of {budget} {calls_word(budget)}"


def _state(over: bool) -> str:
    return "over its budget" if over else "full"
