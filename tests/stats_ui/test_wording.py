"""The statistics' words: periods (across a year's end too), durations, shares, the
sentences, the outcome table, and what an empty log says."""

from __future__ import annotations

from datetime import date

import pytest

from netcall_tui.core.stats import wording as say
from netcall_tui.core.stats.figures import Busiest, MonthMix, Period, Timing, WeekLoad

from .made import TODAY, empty_stats, made_stats


def test_headings_say_the_period_they_cover() -> None:
    stats = made_stats()
    assert say.calls_heading(stats) == "Calls per week · last 12 weeks (7 Sep – 26 Nov 2026)"
    assert say.minutes_heading(stats) == "Minutes per week · last 12 weeks (7 Sep – 26 Nov 2026)"
    assert say.year_heading(stats) == "Calls per week · last 52 weeks (1 Dec 2025 – 26 Nov 2026)"
    assert say.mix_heading(stats) == (
        "How the calls ended · last 12 months (1 Dec 2025 – 26 Nov 2026)"
    )


def test_periods_across_a_year_end() -> None:
    weeks = [WeekLoad(date(2025, 12, 29), 1, 10.0), WeekLoad(date(2026, 1, 5), 2, 20.0)]
    later = date(2026, 6, 1)
    assert say.weeks_period(weeks, later) == Period(date(2025, 12, 29), date(2026, 1, 11))
    assert say.weeks_period(weeks, later).words() == "29 Dec 2025 – 11 Jan 2026"
    # This week, this month: so far.
    assert say.weeks_period(weeks, date(2026, 1, 7)).last == date(2026, 1, 7)
    months = [MonthMix(date(2025, 12, 1), ()), MonthMix(date(2026, 2, 1), ())]
    assert say.months_period(months, later) == Period(date(2025, 12, 1), date(2026, 2, 28))
    assert say.months_period(months, date(2026, 2, 2)).last == date(2026, 2, 2)
    assert say.month_label(date(2025, 12, 1)) == "Dec 25"


def test_year_labels_name_each_month_once_and_the_year_at_january() -> None:
    mondays = [date(2025, 12, 22), date(2025, 12, 29), date(2026, 1, 5), date(2026, 1, 12)]
    labels = say.year_labels([WeekLoad(m, 0, 0.0) for m in mondays])
    assert labels == ["Dec", "", "Jan 2026", ""]
    later = [date(2026, 3, 2), date(2026, 3, 9), date(2026, 4, 6)]
    assert say.year_labels([WeekLoad(m, 0, 0.0) for m in later]) == ["Mar 2026", "", "Apr"]


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0, "0 s"),
        (45.4, "45 s"),
        (60, "1 min"),
        (252, "4 min 12 s"),
        (3599.6, "1 h"),
        (3900, "1 h 5 min"),
        (-3, "0 s"),
    ],
)
def test_durations(seconds: float, words: str) -> None:
    assert say.duration_words(seconds) == words


@pytest.mark.parametrize(
    ("share", "words"), [(0, "0%"), (0.004, "<1%"), (0.71, "71%"), (0.998, ">99%"), (1, "100%")]
)
def test_shares(share: float, words: str) -> None:
    assert say.share_words(share) == words


def test_timing_in_words() -> None:
    assert say.timing_lines(made_stats().timing) == [
        "Median story 4 min 12 s · 71% within the limit (140 stories)",
        "Over the limit: 36 of 180 timed calls (20%) · 1 min 35 s over on average",
    ]
    nobody_over = Timing(Period(TODAY, TODAY), 1, 30.0, 1, 1, 0, None)
    assert say.timing_lines(nobody_over) == [
        "Median story 30 s · 100% within the limit (1 story)",
        "Over the limit: 0 of 1 timed call (0%)",
    ]


def test_the_legend_never_calls_some_minutes_0() -> None:
    weeks = [WeekLoad(TODAY, 1, 0.3)]
    assert say.budget_legend(weeks, 120, "minutes", "weekly_minutes").endswith("highest <1")


def test_busiest_says_the_day_and_the_hour() -> None:
    assert say.busiest_lines(made_stats().busiest)[0] == "Busiest: Tuesdays, 14:00–15:00"
    late = Busiest(Period(TODAY, TODAY), 6, 1, 23, 1)
    assert say.busiest_lines(late) == [
        "Busiest: Sundays, 23:00–00:00",
        "1 call on Sundays; 1 started 23:00–00:00 on any day",
    ]


def test_network_and_energy_in_words() -> None:
    stats = made_stats()
    assert say.network_lines(stats) == [
        "Interviews held: 7",
        "Referrals made: 6 — 2 open, 1 declined; hired 1, good meeting 2",
        "Résumés on file now: 5 · passed on: 3",
    ]
    energy = say.energy_lines(stats.energy, any_call=True)
    assert energy[0] == "How the calls left you: steady (2.9 of 5) · 180 calls rated"
    assert energy[1] == "Last 4 weeks (2 Nov – 26 Nov 2026): tired (2.3 of 5) · 21 calls rated"
    assert "A budget of 5 calls a week may suit you better" in energy[2]


def test_energy_marks_a_digit_or_blank() -> None:
    assert say.energy_mark(WeekLoad(TODAY, 3, 60.0, 3, 2.5)) == "3"
    assert say.energy_mark(WeekLoad(TODAY, 3, 60.0, 2, 4.4)) == "4"
    assert say.energy_mark(WeekLoad(TODAY, 3, 60.0)) == " "


def test_the_outcome_table_shows_only_outcomes_that_occur() -> None:
    months = [
        MonthMix(date(2026, 10, 1), (("advice_given", 3), ("honest_no", 1))),
        MonthMix(date(2026, 11, 1), ()),
    ]
    headings, rows = say.mix_table(months)
    assert headings == ["Month", "All", "advice", "honest no"]
    assert rows == [["Oct 26", "4", "3", "1"], ["Nov 26", "·", "·", "·"]]
    assert say.mix_legend(months) == "advice: advice given"


def test_an_empty_log_says_no_calls_yet_per_section() -> None:
    stats = empty_stats()
    sections = say.text_sections(stats)
    assert [lines for _, lines in sections] == [[say.NO_CALLS]] * 4
    assert all("last 52 weeks" in heading for heading, _ in sections)
    assert say.budget_legend(stats.short_weeks, 0, "calls", "weekly_calls") == (
        "No weekly budget set ([budget] weekly_calls in the config) · highest 0"
    )
