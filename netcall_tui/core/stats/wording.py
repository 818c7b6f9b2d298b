"""What the statistics say, in words: the headings (each with the period it covers), the
sentences, the outcome table and durations. The one place for them: the stats screen and
`netcall stats` (text and Markdown) both say these.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from datetime import date, timedelta

from ..domain.vocabulary import OutcomeKind, ReferralResult
from ..text.counts import counted
from .chart_rows import number
from .energy import Outlook, advice, mean_words
from .figures import (
    MONTHS,
    RECENT_WEEKS,
    WEEKS_LONG,
    Busiest,
    Energy,
    MonthMix,
    Period,
    ReferralTally,
    Stats,
    Timing,
    WeekLoad,
)

NO_CALLS = "No calls yet"
NONE_MARK = "·"  # a month's outcome with no call: not a wall of zeros
TITLE = "Statistics"


# --- periods and headings --------------------------------------------------------------


def weeks_period(weeks: Sequence[WeekLoad], today: date) -> Period:
    """The weeks' first Monday to the last one's Sunday, or to today: what is counted."""
    return Period(weeks[0].monday, min(today, weeks[-1].monday + timedelta(days=6)))


def months_period(months: Sequence[MonthMix], today: date) -> Period:
    """The months' first day to the last one's last, or to today: this month so far."""
    last = months[-1].month
    end = last.replace(day=calendar.monthrange(last.year, last.month)[1])
    return Period(months[0].month, min(today, end))


def heading(what: str, span: str, period: Period) -> str:
    """'Calls per week · last 12 weeks (7 Sep – 29 Nov 2026)'."""
    return f"{what} · {span} ({period.words()})"


def weeks_heading(what: str, weeks: Sequence[WeekLoad], today: date) -> str:
    """'Calls per week · last 12 weeks (7 Sep – 29 Nov 2026)'."""
    return heading(what, f"last {len(weeks)} weeks", weeks_period(weeks, today))


def calls_heading(stats: Stats) -> str:
    return weeks_heading("Calls per week", stats.short_weeks, stats.today)


def weekly_heading(stats: Stats) -> str:
    """The 12 weeks' calls and minutes in one table (Markdown)."""
    return weeks_heading("Calls and minutes per week", stats.short_weeks, stats.today)


def minutes_heading(stats: Stats) -> str:
    return weeks_heading("Minutes per week", stats.short_weeks, stats.today)


def year_heading(stats: Stats) -> str:
    return weeks_heading("Calls per week", stats.weeks, stats.today)


def mix_heading(stats: Stats) -> str:
    return heading(
        "How the calls ended", f"last {MONTHS} months", months_period(stats.months, stats.today)
    )


def year_heading_of(what: str, period: Period) -> str:
    """A year-long figure's heading: 'Timing · last 52 weeks (… – …)'."""
    return heading(what, f"last {WEEKS_LONG} weeks", period)


# --- numbers as words ------------------------------------------------------------------


def duration_words(seconds: float) -> str:
    """'45 s', '4 min 12 s', '1 h 5 min': rounded to the second (to the minute past an
    hour)."""
    total = max(0, round(seconds))
    if total >= 3600:
        hours, minutes = divmod(round(total / 60), 60)
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    minutes, secs = divmod(total, 60)
    if not minutes:
        return f"{secs} s"
    return f"{minutes} min {secs} s" if secs else f"{minutes} min"


def share_words(share: float) -> str:
    """'71%'; a share above nothing never reads '0%', nor one short of all '100%'."""
    percent = round(share * 100)
    if share > 0 and percent == 0:
        return "<1%"
    if share < 1 and percent == 100:
        return ">99%"
    return f"{percent}%"


def week_label(monday: date) -> str:
    """A short chart's x label: '7 Sep'."""
    return f"{monday.day} {monday:%b}"


def year_labels(weeks: Sequence[WeekLoad]) -> list[str]:
    """The long chart's x labels: the month's name under its first week, nothing under
    the others; January's with its year ('Jan 2026'), or, with no January in the chart,
    the first ('Mar 2026'). A year alone after 'Dec' read as December's."""
    januaries = any(week.monday.month == 1 for week in weeks[1:])
    labels = []
    for index, week in enumerate(weeks):
        first = index == 0 or week.monday.month != weeks[index - 1].monday.month
        dated = week.monday.month == 1 or (index == 0 and not januaries)
        name = f"{week.monday:%b %Y}" if dated else f"{week.monday:%b}"
        labels.append(name if first else "")
    return labels


def energy_mark(week: WeekLoad) -> str:
    """The week's mean rating as a digit (1 drained … 5 energised); blank when unrated."""
    return str(math.floor(week.energy + 0.5)) if week.energy is not None and week.rated else " "


def any_calls(weeks: Sequence[WeekLoad]) -> bool:
    return any(week.calls for week in weeks)


# --- the chart's legend ----------------------------------------------------------------


def budget_legend(
    weeks: Sequence[WeekLoad], budget: int, unit: str, key: str, *, drawn: bool = True
) -> str:
    """'─ budget 6 calls a week · 3 of 12 weeks over · highest 9' under a chart ('Budget
    6 calls a week · …' where no line is `drawn`: a table); without a budget, where to
    set one."""
    values = [week.calls if unit == "calls" else week.minutes for week in weeks]
    highest = f"highest {number(max(values, default=0))}"
    if budget <= 0:
        return f"No weekly budget set ([budget] {key} in the config) · {highest}"
    over = sum(value > budget for value in values)
    line = "─ budget" if drawn else "Budget"
    return f"{line} {budget:,} {unit} a week · {over} of {len(values)} weeks over · {highest}"


# Not a count: the mean of the week's ratings, rounded.
ENERGY_ROW_NOTE = "Digits under the bars: the week's average rating, 1 drained … 5 energised"
ENERGY_COLUMN_NOTE = "Energy: the week's average rating, 1 drained … 5 energised"  # a table's


# --- the outcome mix -------------------------------------------------------------------


def month_label(month: date) -> str:
    """'Nov 26': short enough for a column."""
    return f"{month:%b %y}"


def mix_kinds(months: Sequence[MonthMix]) -> list[OutcomeKind]:
    """The outcomes any month has, in OutcomeKind's order."""
    seen = {value for mix in months for value, count in mix.outcomes if count}
    return [kind for kind in OutcomeKind if kind.value in seen]


def mix_table(months: Sequence[MonthMix]) -> tuple[list[str], list[list[str]]]:
    """Headings (month, all its calls, each outcome that occurs) and a row a month; "All"
    rather than "Calls" keeps the seven outcomes within 80 columns."""
    kinds = mix_kinds(months)
    headings = ["Month", "All", *(kind.short for kind in kinds)]
    rows = []
    for mix in months:
        counts = dict(mix.outcomes)
        cells = [str(counts[kind.value]) if counts.get(kind.value) else NONE_MARK for kind in kinds]
        rows.append([month_label(mix.month), str(mix.calls) if mix.calls else NONE_MARK, *cells])
    return headings, rows


def mix_legend(months: Sequence[MonthMix]) -> str:
    """What each short heading stands for: 'interview: information interview scheduled'."""
    return " · ".join(
        f"{kind.short}: {kind.label}" for kind in mix_kinds(months) if kind.short != kind.label
    )


# --- the sentences ---------------------------------------------------------------------


def timing_lines(timing: Timing) -> list[str]:
    """'Median story 4 min 12 s · 71% within the limit', and the overtime."""
    if not timing.stories and not timing.timed:
        return [NO_CALLS]
    lines = []
    if timing.median_story_s is not None and timing.in_limit_share is not None:
        told = counted(timing.stories, "story", "stories")
        lines.append(
            f"Median story {duration_words(timing.median_story_s)} · "
            f"{share_words(timing.in_limit_share)} within the limit ({told})"
        )
    if timing.over_share is not None:
        timed = counted(timing.timed, "timed call", "timed calls")
        over = f"Over the limit: {timing.over} of {timed}"
        over += f" ({share_words(timing.over_share)})"
        if timing.mean_over_s is not None and timing.over:
            over += f" · {duration_words(timing.mean_over_s)} over on average"
        lines.append(over)
    return lines


def referral_words(tally: ReferralTally) -> str:
    """'Referrals made: 5 — 2 open, 1 declined; hired 1, good meeting 1'."""
    if not tally.made:
        return "Referrals made: none"
    parts = [f"{tally.open} open", f"{tally.declined} declined"]
    results = ", ".join(
        f"{ReferralResult(value).label} {count}" for value, count in tally.results if count
    )
    made = f"Referrals made: {tally.made} — {', '.join(parts)}"
    return f"{made}; {results}" if results else made


def network_lines(stats: Stats) -> list[str]:
    """Interviews held, referrals and how they went, résumés on file and passed on."""
    return [
        f"Interviews held: {stats.interviews_held}",
        referral_words(stats.referrals),
        f"Résumés on file now: {stats.resumes_on_file} · passed on: {stats.resumes_passed_on}",
    ]


def busiest_lines(busiest: Busiest) -> list[str]:
    """'Busiest: Tuesdays, 14:00–15:00' and how many calls each had."""
    if busiest.weekday is None or busiest.hour is None:
        return [NO_CALLS]
    day = f"{calendar.day_name[busiest.weekday]}s"
    hours = f"{busiest.hour:02d}:00–{(busiest.hour + 1) % 24:02d}:00"
    calls = counted(busiest.weekday_calls, "call", "calls")
    return [
        f"Busiest: {day}, {hours}",
        # The hour's count is over every day: "13 started …" beside a day's 31 read as its.
        f"{calls} on {day}; {busiest.hour_calls:,} started {hours} on any day",
    ]


def energy_lines(energy: Energy, any_call: bool) -> list[str]:
    """The period's mean and the last weeks', and the suggestion when they ran low."""
    if not any_call:
        return [NO_CALLS]
    if not energy.rated or energy.mean is None:
        return ["No call rated yet (a key after logging rates how it left you)"]
    rated = counted(energy.rated, "call rated", "calls rated")
    lines = [f"How the calls left you: {mean_words(energy.mean)} · {rated}"]
    recent = f"Last {RECENT_WEEKS} weeks ({energy.recent.words()}): "
    if energy.recent_mean is None:
        lines.append(recent + "none rated")
    else:
        recent_rated = counted(energy.recent_rated, "call rated", "calls rated")
        lines.append(recent + f"{mean_words(energy.recent_mean)} · {recent_rated}")
    found = Outlook(energy.recent_rated, energy.recent_mean, energy.low, energy.suggested_calls)
    if said := advice(found, RECENT_WEEKS):
        lines.append(said)
    return lines


def text_sections(stats: Stats) -> list[tuple[str, list[str]]]:
    """The sections in words after the charts and the outcome table, each (heading,
    lines): timing, the network's figures, the busiest times, the energy."""
    any_call = any_calls(stats.weeks)
    network = network_lines(stats) if any_call or stats.resumes_on_file else [NO_CALLS]
    return [
        (year_heading_of("Timing", stats.timing.period), timing_lines(stats.timing)),
        (year_heading_of("Interviews, referrals, résumés", stats.referrals.period), network),
        (year_heading_of("When calls come", stats.busiest.period), busiest_lines(stats.busiest)),
        (year_heading_of("Energy", stats.energy.period), energy_lines(stats.energy, any_call)),
    ]
