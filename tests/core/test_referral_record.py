"""The Referral record and a contact's new fields: states, checks, the round trip."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.domain.checks import problem
from netcall_tui.core.domain.records import Contact
from netcall_tui.core.domain.referral import NEXT, Referral, ReferralStep
from netcall_tui.core.domain.vocabulary import ReferralResult, ReferralState
from netcall_tui.core.errors import ValidationError

AT = pendulum.datetime(2026, 11, 2, 10, tz="Europe/London")


def asked() -> Referral:
    step = ReferralStep(ReferralState.ASKED, AT)
    return Referral("c1", "p1", "Sam Rivera", "k1", "Dana Lee", (step,), created_at=AT)


def test_a_referral_goes_asked_agreed_introduced_closed_and_keeps_every_step() -> None:
    r = asked().moved(ReferralState.AGREED, AT.add(days=2))
    r = r.moved(ReferralState.INTRODUCED, AT.add(days=3), "email sent")
    r = r.moved(ReferralState.CLOSED, AT.add(days=30), result=ReferralResult.HIRED)
    states = [ReferralState.ASKED, ReferralState.AGREED, ReferralState.INTRODUCED]
    assert [s.state for s in r.steps] == [*states, ReferralState.CLOSED]
    assert not r.open and r.since == AT.add(days=30)
    assert Referral.from_dict(r.to_dict()) == r
    assert problem("referrals", r.to_dict()) is None


@pytest.mark.parametrize("state", list(ReferralState))
def test_only_the_next_states_the_table_allows_can_follow(state: ReferralState) -> None:
    r = asked()
    for target in ReferralState:
        result = ReferralResult.HIRED if target is ReferralState.CLOSED else None
        if target in NEXT[r.state]:
            assert r.moved(target, AT, result=result).state is target
        else:
            with pytest.raises(ValidationError):
                r.moved(target, AT, result=result)


def test_a_closed_referral_needs_a_result_and_an_open_one_has_none() -> None:
    r = asked().moved(ReferralState.AGREED, AT).moved(ReferralState.INTRODUCED, AT)
    with pytest.raises(ValidationError, match="result"):
        r.moved(ReferralState.CLOSED, AT)
    with pytest.raises(ValidationError, match="result"):
        Referral("c", "p", "Sam", "k", "Dana", r.steps, result=ReferralResult.HIRED)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"steps": []}, "steps"),
        (
            {
                "steps": [
                    {"state": "maybe", "at": {"utc": "2026-01-01T00:00:00+00:00", "tz": "UTC"}}
                ]
            },
            "steps",
        ),
        ({"state": "closed"}, "state"),
        ({"result": "famous"}, "result"),
        ({"important": "yes"}, "important"),
        ({"contact_name": 42}, "contact_name"),
    ],
)
def test_a_bad_referral_record_is_reported_by_its_field(change: dict, field: str) -> None:
    assert problem("referrals", {**asked().to_dict(), **change}) == field


def test_a_contact_keeps_its_new_fields_and_tags_once_each() -> None:
    dana = Contact(
        "Dana Lee",
        company="Northwind, Inc.",
        role="Head of Data",
        tags=("logistics", " Logistics ", "", "data"),
        profile_url="https://www.linkedin.com/in/danalee",
        source="linkedin",
        connected_on="2026-02-08",
        created_at=AT,
    )
    assert dana.tags == ("logistics", "data")
    assert Contact.from_dict(dana.to_dict()) == dana
    assert problem("contacts", dana.to_dict()) is None
    assert problem("contacts", {**dana.to_dict(), "tags": "data"}) == "tags"
    with pytest.raises(ValidationError, match="date"):
        Contact("Dana", connected_on="08 Feb 2026")
