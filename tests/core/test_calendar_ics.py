"""The calendar file, read back with icalendar as a calendar app would: one VEVENT per
open promise, timed or all-day by kind, in the promise's zone across clock changes,
each with an alarm and a UID that stays the same from one export to the next."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pendulum
import pytest
from icalendar import Calendar, Event

from netcall_tui.core.calendar.ics import EventLengths, calendar_bytes, uid
from netcall_tui.core.config import Config
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.vocabulary import PromiseKind

from ..helpers import FROZEN

MADE = FROZEN.subtract(days=10)
DEFAULT = EventLengths()


def promise(text: str, due: pendulum.DateTime, kind: PromiseKind = PromiseKind.PLAIN, **more):
    return Promise(text=text, due=due, kind=kind, created_at=MADE, **more)


def exported(promises, names=None, now=FROZEN, lengths=DEFAULT) -> Calendar:
    data, count = calendar_bytes(promises, names or {}, now, lengths)
    calendar = Calendar.from_ical(data)
    assert len(calendar.events) == count
    return calendar


def by_uid(calendar: Calendar) -> dict[str, Event]:
    return {str(event["UID"]): event for event in calendar.events}


def test_the_calendar_says_who_made_it_and_that_it_publishes() -> None:
    data, _ = calendar_bytes([promise("Send notes", FROZEN)], {}, FROZEN)
    calendar = Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["PRODID"]).startswith("-//netcall//")
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # every line ends CRLF


def test_uids_are_the_promises_own_and_stay_the_same_across_exports() -> None:
    promises = [promise("Send notes", FROZEN), promise("Call Ana", FROZEN.add(days=3))]
    first = by_uid(exported(promises, now=FROZEN))
    second = by_uid(exported(promises, now=FROZEN.add(days=2)))
    assert set(first) == set(second) == {uid(p.id) for p in promises}
    assert all(u.endswith("@netcall") for u in first)
    for key, event in second.items():  # a later export replaces what the first put there
        assert event["SEQUENCE"] > first[key]["SEQUENCE"]
        assert event.DTSTAMP > first[key].DTSTAMP
        assert event.last_modified == event.DTSTAMP


def test_every_event_has_a_display_alarm_and_a_stamp() -> None:
    promises = [
        promise("Send notes", FROZEN),
        promise("Information interview with Dana", FROZEN.add(days=1), PromiseKind.INTERVIEW),
        promise("Follow-up call with Ben", FROZEN.add(days=2), PromiseKind.FOLLOW_UP),
        promise("Review Ana's résumé", FROZEN.add(days=90), PromiseKind.RESUME_REVIEW),
        promise("Ask Sam about Dana", FROZEN.add(days=7), PromiseKind.REFERRAL),
    ]
    calendar = exported(promises)
    assert len(calendar.events) == 5
    for event in calendar.events:
        (alarm,) = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])
        assert FROZEN.in_timezone("UTC") == event.DTSTAMP
        assert str(event["CLASS"]) == "PRIVATE"


def test_interviews_and_follow_up_calls_are_timed_the_rest_all_day() -> None:
    at = pendulum.datetime(2026, 12, 3, 14, 0, tz="Europe/London")
    due = pendulum.datetime(2026, 12, 4, 17, 0, tz="Europe/London")
    promises = {
        "interview": promise("Interview with Dana", at, PromiseKind.INTERVIEW),
        "follow_up": promise("Follow-up call with Ben", at, PromiseKind.FOLLOW_UP),
        "plain": promise("Send notes", due),
        "resume": promise("Review Ana's résumé", due, PromiseKind.RESUME_REVIEW),
        "referral": promise("Ask Sam about Dana", due, PromiseKind.REFERRAL),
    }
    lengths = EventLengths.from_config(Config(interview_minutes=45, advice_minutes=20))
    events = by_uid(exported(promises.values(), lengths=lengths))
    event = {name: events[uid(p.id)] for name, p in promises.items()}
    london = ZoneInfo("Europe/London")
    assert event["interview"].start == datetime(2026, 12, 3, 14, 0, tzinfo=london)
    assert event["interview"].duration == timedelta(minutes=45)
    assert event["follow_up"].duration == timedelta(minutes=20)  # the phone call's limit
    for timed in ("interview", "follow_up"):
        assert timedelta(minutes=-15) == event[timed].walk("VALARM")[0].TRIGGER
        assert str(event[timed]["TRANSP"]) == "OPAQUE"
    for name in ("plain", "resume", "referral"):
        assert event[name].start == date(2026, 12, 4)  # VALUE=DATE, no time or zone
        assert event[name].end == date(2026, 12, 5)
        assert timedelta(hours=9) == event[name].walk("VALARM")[0].TRIGGER  # 09:00 on the day
        assert str(event[name]["TRANSP"]) == "TRANSPARENT"


@pytest.mark.parametrize(
    ("zone", "before", "after"),
    [
        ("Europe/London", (2026, 3, 28), (2026, 3, 30)),  # the clocks go forward on the 29th
        ("America/New_York", (2026, 10, 31), (2026, 11, 2)),  # and back on November 1st
    ],
)
def test_timed_events_keep_their_zone_across_a_clock_change(zone, before, after) -> None:
    first = promise("Interview", pendulum.datetime(*before, 10, tz=zone), PromiseKind.INTERVIEW)
    second = promise("Follow-up", pendulum.datetime(*after, 10, tz=zone), PromiseKind.FOLLOW_UP)
    calendar = exported([first, second])
    data = calendar.to_ical().decode()
    assert f"DTSTART;TZID={zone}:{date(*before):%Y%m%d}T100000" in data
    assert f"DTSTART;TZID={zone}:{date(*after):%Y%m%d}T100000" in data
    (timezone,) = calendar.timezones
    assert timezone.tz_name == zone
    assert calendar.get_missing_tzids() == set()
    # the VTIMEZONE, not the writer's machine, says what 10:00 is on either side
    events = by_uid(calendar)
    for made in (first, second):
        start = events[uid(made.id)].start
        assert start.hour == 10
        assert start.utcoffset() == made.due.utcoffset()
    assert first.due.utcoffset() != second.due.utcoffset()
    parsed = timezone.to_tz()
    assert datetime(*before, 10, tzinfo=parsed).utcoffset() == first.due.utcoffset()
    assert datetime(*after, 10, tzinfo=parsed).utcoffset() == second.due.utcoffset()


def test_all_day_events_are_on_the_promise_s_own_date() -> None:
    """17:00 in New York is already the next day in UTC: the date is New York's."""
    due = pendulum.datetime(2026, 12, 31, 21, 0, tz="America/New_York")
    (event,) = exported([promise("Send notes", due)]).events
    assert event.start == date(2026, 12, 31)


def test_a_promise_in_utc_or_at_a_fixed_offset_is_written_in_utc() -> None:
    at_offset = pendulum.datetime(2026, 12, 3, 14, 0, tz=pendulum.FixedTimezone(7200))
    in_utc = pendulum.datetime(2026, 12, 3, 14, 0, tz="UTC")
    calendar = exported(
        [
            promise("Interview", at_offset, PromiseKind.INTERVIEW),
            promise("Follow-up", in_utc, PromiseKind.FOLLOW_UP),
        ]
    )
    data = calendar.to_ical().decode()
    assert "DTSTART:20261203T120000Z" in data and "DTSTART:20261203T140000Z" in data
    assert "TZID" not in data and calendar.timezones == []


def test_done_and_dropped_promises_are_not_exported() -> None:
    kept = promise("Sent notes", FROZEN, done_at=FROZEN, note="sent")
    let_go = promise("Call Ben", FROZEN, dropped_at=FROZEN, note="he found a job")
    still = promise("Send Ana's notes", FROZEN)
    data, count = calendar_bytes([kept, let_go, still], {}, FROZEN)
    assert count == 1
    assert [str(e["UID"]) for e in Calendar.from_ical(data).events] == [uid(still.id)]
    assert b"found a job" not in data and b"Sent notes" not in data


def test_the_description_holds_only_what_the_user_wrote() -> None:
    named = promise("Follow-up call with Dana Whitfield", FROZEN, PromiseKind.FOLLOW_UP)
    unnamed = promise("Send the salary survey", FROZEN, caller_id="c2", note="the 2026 one")
    events = by_uid(exported([named, unnamed], {named.caller_id: "Dana Whitfield", "c2": "Ben"}))
    assert "DESCRIPTION" not in events[uid(named.id)]  # the promise names them already
    assert events[uid(unnamed.id)]["DESCRIPTION"] == "Promised to Ben\nthe 2026 one"
    for event in events.values():  # nothing of a caller's but the name the user typed
        assert not {"LOCATION", "ATTENDEE", "ORGANIZER", "CONTACT", "URL"} & set(event)


def test_text_is_escaped_and_control_characters_never_written_raw() -> None:
    text = "Send Ana, Ben; and C\\D the notes\x1b]0;owned\x07 \x00now\x7f"
    made = promise(text, FROZEN, caller_id="c1", note="line one\nline two\tend\r\n\x1b[2J")
    data, _ = calendar_bytes([made], {"c1": "Ana\x1b[31m"}, FROZEN)
    unfolded = data.replace(b"\r\n ", b"")
    # RFC 5545 TEXT allows no control character but the tab; the line ends are CRLF
    assert not any(byte < 0x20 and byte not in b"\t\r\n" for byte in unfolded)
    assert b"\x7f" not in unfolded
    assert b"Send Ana\\, Ben\\; and C\\\\D" in unfolded  # RFC 5545 TEXT escapes
    (event,) = Calendar.from_ical(data).events
    assert str(event["SUMMARY"]) == "Send Ana, Ben; and C\\D the notes␛]0;owned␇ ␀now␡"
    assert str(event["DESCRIPTION"]) == "Promised to Ana␛[31m\nline one\nline two\tend\n␛[2J"


def test_a_long_promise_is_folded_and_reads_back_whole() -> None:
    text = "Pass Siobhán's résumé to the data-engineering lead " * 9
    data, _ = calendar_bytes([promise(text.strip(), FROZEN)], {}, FROZEN)
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
    (event,) = Calendar.from_ical(data).events
    assert str(event["SUMMARY"]) == text.strip()


def test_no_open_promises_is_an_empty_calendar() -> None:
    data, count = calendar_bytes([], {}, FROZEN)
    assert count == 0
    assert Calendar.from_ical(data).events == []
