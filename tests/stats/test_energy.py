"""The low-energy rule and the budget it suggests (core.stats.energy)."""

from __future__ import annotations

from datetime import date

from netcall_tui.core.stats.energy import advice, mean_words, outlook
from netcall_tui.core.stats.figures import Period


def test_too_few_ratings_say_nothing_yet() -> None:
    assert not outlook([1, 1], calls=8, weeks=4, budget_calls=6).low
    assert outlook([], calls=0, weeks=4, budget_calls=6).mean is None


def test_low_ratings_suggest_one_call_fewer_than_the_budget() -> None:
    found = outlook([2, 3, 2, 2], calls=28, weeks=4, budget_calls=6)
    assert found.low and found.suggested_calls == 5
    assert "left you tired (2.2 of 5)" in advice(found, 4)
    assert "A budget of 5 calls a week" in advice(found, 4)


def test_the_suggestion_follows_what_was_taken_when_that_was_less() -> None:
    assert outlook([1, 2, 2], calls=8, weeks=4, budget_calls=6).suggested_calls == 1
    assert outlook([1, 2, 2], calls=12, weeks=4, budget_calls=0).suggested_calls == 2
    assert outlook([1, 1, 1], calls=1, weeks=4, budget_calls=6).suggested_calls == 1


def test_fine_ratings_give_no_advice() -> None:
    found = outlook([4, 3, 5], calls=3, weeks=4, budget_calls=6)
    assert not found.low and advice(found, 4) == ""
    assert mean_words(4.6) == "energised (4.6 of 5)"


def test_a_period_says_its_days_and_the_years_across_a_new_year() -> None:
    assert Period(date(2026, 9, 7), date(2026, 11, 29)).words() == "7 Sep – 29 Nov 2026"
    assert Period(date(2025, 12, 29), date(2026, 1, 4)).words() == "29 Dec 2025 – 4 Jan 2026"


def test_the_figures_cover_the_last_52_weeks_and_12_months() -> None:
    import pendulum

    from netcall_tui.core.stats.compute import figures

    now = pendulum.datetime(2026, 12, 2, 10, tz="Europe/London")
    stats = figures([], [], [], [], now, 6, 120)
    assert len(stats.weeks) == 52 and stats.weeks[-1].monday == date(2026, 11, 30)
    assert stats.year == Period(date(2025, 12, 8), date(2026, 12, 2))
    assert [m.month for m in stats.months[::11]] == [date(2026, 1, 1), date(2026, 12, 1)]
    assert stats.energy.recent.first == date(2026, 11, 9)


def test_a_budget_of_one_call_reads_in_the_singular() -> None:
    found = outlook([1, 1, 1], calls=1, weeks=4, budget_calls=6)
    assert "A budget of 1 call a week" in advice(found, 4)
