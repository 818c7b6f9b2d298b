"""Domain models: validation with clear messages, and lossless dict round trips."""

from __future__ import annotations

import orjson
import pendulum
import pytest

from netcall_tui.core.domain.moments import from_record, to_record
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.values import LedgerEntry, Outcome, Phase
from netcall_tui.core.domain.vocabulary import (
    Ask,
    LedgerKind,
    OutcomeKind,
    PhaseKind,
    Strength,
    Tier,
    Trait,
)
from netcall_tui.core.errors import ValidationError

LONDON = "Europe/London"


def through_json(data: dict) -> dict:
    """What the store does: the dict must survive JSON, not just stay in memory."""
    return orjson.loads(orjson.dumps(data))


def test_caller_round_trips_and_keeps_markup_literally() -> None:
    caller = Caller(
        name="[bold red]Eve[/]",
        strength="tenuous",
        reach="colleague",
        referred_by="Sam",
        role="Data engineer",
        email="eve@example.com",
    )
    again = Caller.from_dict(through_json(caller.to_dict()))
    assert again == caller
    assert again.name == "[bold red]Eve[/]"
    assert again.strength is Strength.TENUOUS


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "   "}, "name is required"),
        ({"name": "x" * 500}, "too long"),
        ({"name": "Ann", "strength": "bestie"}, "unknown strength 'bestie'"),
        ({"name": "Ann", "reach": "telepathy"}, "unknown reach"),
        ({"name": "Ann", "email": 42}, "must be text"),
    ],
)
def test_caller_validation_says_what_is_wrong(kwargs: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Caller(**kwargs)


def test_enums_parse_values_and_labels() -> None:
    assert OutcomeKind.parse("honest no") is OutcomeKind.HONEST_NO
    assert OutcomeKind.parse("not-now") is OutcomeKind.NOT_NOW
    assert Ask.parse("résumé help") is Ask.RESUME
    assert Trait.STORY_IN_TIME.label == "story in time"


def _call(**changes: object) -> Call:
    start = pendulum.datetime(2026, 3, 2, 9, 0, tz=LONDON)
    base = {
        "caller_id": "c1",
        "caller_name": "Dana",
        "started_at": start,
        "ended_at": start.add(minutes=22),
        "strength": "moderate",
        "asks": {"introduction", Ask.RESUME},
        "traits": {Trait.ARTICULATE},
        "phases": (Phase(PhaseKind.STORY, 300, 341.5), Phase("advice", 900, 980.25)),
        "notes": "Wants a move into fintech; brings SQL.",
        "outcome": Outcome(OutcomeKind.REFERRAL_MADE, "Priya at Northwind"),
        "promise_ids": ("p1",),
    }
    base.update(changes)
    return Call(**base)  # type: ignore[arg-type]


def test_call_round_trips_every_field() -> None:
    call = _call(edited_at=pendulum.datetime(2026, 3, 3, 8, tz=LONDON))
    again = Call.from_dict(through_json(call.to_dict()))
    assert again == call
    assert again.phases[0].overtime_s == pytest.approx(41.5)
    assert again.used_s == pytest.approx(1321.75)
    assert again.limit_s == 1200


def test_a_call_cannot_end_before_it_starts() -> None:
    start = pendulum.datetime(2026, 3, 2, 9, tz=LONDON)
    with pytest.raises(ValidationError, match="end before it starts"):
        _call(started_at=start, ended_at=start.subtract(minutes=1))


def test_a_call_across_the_autumn_clock_change_is_valid() -> None:
    """01:50 BST, then the clocks go back: 01:10 GMT is 20 minutes *later*."""
    start = pendulum.datetime(2025, 10, 26, 0, 50, tz="UTC").in_timezone(LONDON)
    end = pendulum.datetime(2025, 10, 26, 1, 10, tz="UTC").in_timezone(LONDON)
    assert (start.hour, end.hour) == (1, 1)
    call = _call(started_at=start, ended_at=end)
    again = Call.from_dict(through_json(call.to_dict()))
    assert again.ended_at == end
    assert (again.ended_at - again.started_at).in_minutes() == 20


@pytest.mark.parametrize(
    "moment",
    [
        pendulum.datetime(2026, 3, 29, 0, 59, 59, tz="UTC").in_timezone(LONDON),  # before spring
        pendulum.datetime(2026, 3, 29, 1, 0, 0, tz="UTC").in_timezone(LONDON),  # after spring
        pendulum.datetime(2025, 10, 26, 0, 30, tz="UTC").in_timezone(LONDON),  # 01:30 BST
        pendulum.datetime(2025, 10, 26, 1, 30, tz="UTC").in_timezone(LONDON),  # 01:30 GMT
        pendulum.datetime(2026, 7, 1, 12, tz="America/New_York"),
    ],
)
def test_times_round_trip_across_dst_in_their_own_zone(moment: pendulum.DateTime) -> None:
    stored = through_json(to_record(moment))
    assert stored["utc"].endswith("+00:00")
    again = from_record(stored)
    assert again == moment
    assert again.timezone_name == moment.timezone_name
    assert again.utcoffset() == moment.utcoffset()


def test_a_naive_time_is_refused() -> None:
    from datetime import datetime

    with pytest.raises(ValidationError, match="no time zone"):
        to_record(datetime(2026, 1, 1))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "detail", "message"),
    [
        (OutcomeKind.HONEST_NO, "", "alternative avenue"),
        (OutcomeKind.REFERRAL_MADE, "  ", "contact it was made to"),
        ("shrug", "", "unknown outcomekind"),
    ],
)
def test_outcomes_that_need_a_detail_refuse_without_one(kind, detail: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Outcome(kind, detail)


def test_phase_validation() -> None:
    with pytest.raises(ValidationError, match="positive"):
        Phase(PhaseKind.STORY, 0)
    with pytest.raises(ValidationError, match="negative"):
        Phase(PhaseKind.STORY, 60, -1)


def test_promise_and_contact_round_trip() -> None:
    due = pendulum.datetime(2026, 12, 4, 17, tz=LONDON)
    promise = Promise("Send résumé to Dana", due, caller_id="c1", call_id="k1")
    assert promise.open
    done = Promise.from_dict(through_json(promise.to_dict()))
    assert done == promise
    with pytest.raises(ValidationError, match="promise is required"):
        Promise(" ", due)

    entry = LedgerEntry("favour", due, "introduced Dana", "k1")
    contact = Contact("Priya", tier="treasured", ledger=(entry,))
    again = Contact.from_dict(through_json(contact.to_dict()))
    assert again == contact
    assert again.tier is Tier.TREASURED
    assert again.ledger[0].kind is LedgerKind.FAVOUR


def test_an_outcome_keeps_its_contact_id() -> None:
    outcome = Outcome(OutcomeKind.REFERRAL_MADE, "Priya Shah at Northwind", contact_id="k1")
    assert outcome.to_dict()["contact_id"] == "k1"
    assert Outcome.from_dict(through_json(outcome.to_dict())) == outcome


def test_a_stored_time_is_a_record_not_bare_text() -> None:
    with pytest.raises(ValidationError, match="not a stored time"):
        from_record("2026-03-01T10:00:00+01:00")  # type: ignore[arg-type]


def test_a_fixed_offset_time_reads_back_in_its_offset() -> None:
    moment = pendulum.parse("2026-03-01T10:00:00-05:30")
    assert isinstance(moment, pendulum.DateTime)
    again = from_record(through_json(to_record(moment)))
    assert again == moment and again.utcoffset() == moment.utcoffset()
