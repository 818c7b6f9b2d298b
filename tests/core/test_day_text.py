"""How dates and short durations read (issue 11, item 16): a year when it is not this
year's, a meeting's time on its promise line, seconds for a call under a minute."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.promises.wording import due_text
from netcall_tui.core.text.ages import day_text
from netcall_tui.core.text.clock import minutes_text

NOW = pendulum.datetime(2025, 6, 3, 10, tz="Europe/London")


def at(*parts: int) -> pendulum.DateTime:
    return pendulum.datetime(*parts, tz="Europe/London")


def test_a_date_in_another_year_says_the_year() -> None:
    assert day_text(at(2024, 12, 2, 17), NOW) == "Mon 2 Dec 2024"  # overdue, last year
    assert day_text(at(2026, 12, 2, 17), NOW) == "Wed 2 Dec 2026"
    assert day_text(at(2025, 12, 2, 17), NOW) == "Tue 2 Dec"
    assert day_text(at(2025, 6, 5, 14), NOW, clock=True) == "Thu 5 Jun 14:00"


def test_a_promise_line_shows_a_meetings_time_but_not_the_usual_due_time() -> None:
    assert due_text(at(2025, 6, 5, 14), NOW) == "Thu 5 Jun 14:00"  # the interview
    assert due_text(at(2025, 6, 5, 17), NOW) == "Thu 5 Jun"  # a promise, due at 17:00
    assert due_text(at(2024, 12, 2, 17), NOW) == "Mon 2 Dec 2024"
    # Shown in the user's zone: 14:00 in London is 15:00 in Berlin.
    assert due_text(at(2025, 6, 5, 14), NOW.in_timezone("Europe/Berlin")) == "Thu 5 Jun 15:00"


@pytest.mark.parametrize(
    ("seconds", "says"),
    [(0, "0s"), (16, "16s"), (59.4, "59s"), (59.6, "1m"), (90, "2m"), (300, "5m"), (1500, "25m")],
)
def test_a_call_under_a_minute_reads_in_seconds(seconds: float, says: str) -> None:
    assert minutes_text(seconds) == says
