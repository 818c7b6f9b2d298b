"""Due dates and meeting times as people type them."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.errors import ValidationError
from netcall_tui.core.promises.due import parse_due, parse_when, parse_when_noted

ZONE = "Europe/Paris"
FRIDAY = pendulum.datetime(2026, 11, 27, 11, 0, tz=ZONE)  # a Friday
MONDAY = pendulum.datetime(2026, 11, 23, 9, 0, tz=ZONE)


def day(text: str, now=FRIDAY) -> str:
    return parse_due(text, now).to_date_string()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", "2026-11-27"),
        ("tomorrow", "2026-11-28"),
        ("Tomorrow", "2026-11-28"),
        ("tmrw", "2026-11-28"),
        ("fri", "2026-12-04"),  # strictly after today: a week on
        ("friday", "2026-12-04"),
        ("sat", "2026-11-28"),
        ("mon", "2026-11-30"),
        ("thurs", "2026-12-03"),
        ("next fri", "2026-12-04"),  # Friday of next week
        ("next sat", "2026-12-05"),
        ("in 3 days", "2026-11-30"),
        ("in 2 weeks", "2026-12-11"),
        ("in 1 month", "2026-12-27"),
        ("3 months", "2027-02-27"),
        ("2w", "2026-12-11"),
        ("10d", "2026-12-07"),
        ("in a week", "2026-12-04"),
        ("next month", "2026-12-27"),
        ("2026-12-03", "2026-12-03"),
        ("2027-1-5", "2027-01-05"),
        ("dec 3", "2026-12-03"),
        ("3 dec", "2026-12-03"),
        ("December 3rd", "2026-12-03"),
        ("3 Dec 2027", "2027-12-03"),
        ("nov 27", "2026-11-27"),  # today counts for a day and month
        ("nov 26", "2027-11-26"),  # passed this year: next year
        ("by fri", "2026-12-04"),
        ("  on   dec 3. ", "2026-12-03"),
    ],
)
def test_due_dates(text: str, expected: str) -> None:
    assert day(text) == expected


def test_due_is_end_of_working_day_in_local_zone() -> None:
    due = parse_due("tomorrow", FRIDAY)
    assert (due.hour, due.minute) == (17, 0)
    assert due.timezone_name == ZONE


def test_weekday_from_monday() -> None:
    assert day("fri", MONDAY) == "2026-11-27"
    assert day("next fri", MONDAY) == "2026-12-04"
    assert day("mon", MONDAY) == "2026-11-30"
    assert day("next mon", MONDAY) == "2026-11-30"


def test_sunday_next_week() -> None:
    sunday = pendulum.datetime(2026, 11, 29, 12, tz=ZONE)
    assert day("mon", sunday) == "2026-11-30"
    assert day("next mon", sunday) == "2026-11-30"
    assert day("next sun", sunday) == "2026-12-06"


def test_month_end_is_clamped() -> None:
    jan31 = pendulum.datetime(2027, 1, 31, 10, tz=ZONE)
    assert day("in 1 month", jan31) == "2027-02-28"


def test_feb_29_goes_to_next_leap_year() -> None:
    assert day("feb 29") == "2028-02-29"


def test_due_across_dst_keeps_17_00() -> None:
    before_dst = pendulum.datetime(2026, 3, 27, 10, tz=ZONE)
    due = parse_due("in 3 days", before_dst)
    assert due.to_datetime_string() == "2026-03-30 17:00:00"
    assert due.utcoffset().total_seconds() == 7200


@pytest.mark.parametrize("text", ["", "soon", "whenever", "fri 3", "in weeks", "2026-12", "3/12"])
def test_unknown_text_says_what_works(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_due(text, FRIDAY)
    assert "try: fri, tomorrow, in 2 weeks, 2026-12-03" in str(caught.value)


@pytest.mark.parametrize("text", ["feb 30", "2026-02-30", "2026-13-01", "dec 32", "in 5000 weeks"])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_due(text, FRIDAY)


def test_unknown_month_word_is_unknown_text() -> None:
    with pytest.raises(ValidationError, match="try:"):
        parse_due("3 smarch", FRIDAY)


# --- parse_when ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tue 14:00", "2026-12-01 14:00:00"),
        ("tue at 14:00", "2026-12-01 14:00:00"),
        ("fri 2pm", "2026-12-04 14:00:00"),
        ("tomorrow 9:30", "2026-11-28 09:30:00"),
        ("dec 3 at 9:30am", "2026-12-03 09:30:00"),
        ("3 dec 12am", "2026-12-03 00:00:00"),
        ("2026-12-03 10:15", "2026-12-03 10:15:00"),
        ("in 2 weeks 16:45", "2026-12-11 16:45:00"),
        ("tue", "2026-12-01 10:00:00"),  # no time: 10:00
        ("dec 3", "2026-12-03 10:00:00"),  # "3" is the day, not 3 o'clock
        ("15:00", "2026-11-27 15:00:00"),  # still ahead today
        ("at 3pm", "2026-11-27 15:00:00"),
        ("10:00", "2026-11-28 10:00:00"),  # passed today: tomorrow
        ("11:00", "2026-11-28 11:00:00"),  # not strictly ahead: tomorrow
    ],
)
def test_when(text: str, expected: str) -> None:
    assert parse_when(text, FRIDAY).to_datetime_string() == expected


@pytest.mark.parametrize("text", ["tue 25:00", "tue 14:75", "fri 13pm", "0am"])
def test_impossible_times_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_when(text, FRIDAY)


def test_when_unknown_text_shows_examples_with_times() -> None:
    with pytest.raises(ValidationError, match="tue 14:00"):
        parse_when("after lunch", FRIDAY)


def test_when_keeps_the_zone() -> None:
    now = pendulum.datetime(2026, 6, 1, 8, tz="America/Chicago")
    when = parse_when("tomorrow 9:00", now)
    assert when.timezone_name == "America/Chicago"
    assert when.in_timezone("UTC").hour == 14


# --- typed times the clocks change over (issue 12, item 9) -------------------------------

NEW_YORK = pendulum.timezone("America/New_York")
LORD_HOWE = pendulum.timezone("Australia/Lord_Howe")  # the clocks move half an hour


@pytest.mark.parametrize(
    ("zone", "text", "taken", "note"),
    [
        (
            NEW_YORK,
            "2026-11-01 01:30",
            "2026-11-01T01:30:00-04:00",
            "01:30 comes twice that night (the clocks go back): this is the first, UTC-04:00",
        ),
        (
            NEW_YORK,
            "2026-03-08 02:30",
            "2026-03-08T03:30:00-04:00",
            "there is no 02:30 that night (the clocks go forward): taken as 03:30",
        ),
        (
            LORD_HOWE,
            "2026-10-04 02:15",
            "2026-10-04T02:45:00+11:00",
            "there is no 02:15 that night (the clocks go forward): taken as 02:45",
        ),
        (NEW_YORK, "2026-11-01 00:30", "2026-11-01T00:30:00-04:00", ""),
        (NEW_YORK, "2026-11-01 02:30", "2026-11-01T02:30:00-05:00", ""),
    ],
)
def test_a_time_the_clocks_change_over_says_which_was_taken(
    zone: pendulum.Timezone, text: str, taken: str, note: str
) -> None:
    now = pendulum.datetime(2026, 2, 1, 9, tz=zone)
    moment, said = parse_when_noted(text, now)
    assert (moment.isoformat(), said) == (taken, note)
    assert parse_when(text, now) == moment


def test_a_time_alone_on_the_fall_back_night_is_the_first_of_the_two() -> None:
    evening = pendulum.datetime(2026, 10, 31, 22, tz=NEW_YORK)
    moment, said = parse_when_noted("1:30am", evening)
    assert moment.isoformat() == "2026-11-01T01:30:00-04:00"
    assert "comes twice" in said
