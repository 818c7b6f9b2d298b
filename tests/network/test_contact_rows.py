"""The contacts list's rows, filter and sort, built from raw records."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.domain.records import Contact
from netcall_tui.core.domain.referral import Referral, ReferralStep
from netcall_tui.core.domain.values import LedgerEntry
from netcall_tui.core.domain.vocabulary import LedgerKind, ReferralResult, ReferralState, Tier
from netcall_tui.core.errors import QueryError
from netcall_tui.core.log.contact_terms import ContactView, filter_contacts, sort_contacts
from netcall_tui.core.network.contact_rows import CapitalTerms, ContactRow, build_contact_rows

NOW = pendulum.datetime(2026, 11, 26, 12, tz="Europe/Paris")


def referral(contact: Contact, days_ago: int, result: ReferralResult | None) -> Referral:
    at = NOW.subtract(days=days_ago)
    steps = [ReferralStep(ReferralState.ASKED, at)]
    if result is not None:
        steps.append(ReferralStep(ReferralState.CLOSED, at))
    return Referral(
        "call", "caller", "Ama", contact.id, contact.name, tuple(steps), result, created_at=at
    )


@pytest.fixture
def contacts() -> list[Contact]:
    favour = LedgerEntry(LedgerKind.FAVOUR, NOW.subtract(days=10), "Ama", "call")
    return [
        Contact(
            "Siobhán Ní Bhriain",
            Tier.TREASURED,
            company="Northwind",
            role="CTO",
            tags=("logistics", "rail"),
            ledger=(favour,),
        ),
        Contact(
            "Dana Whitfield",
            Tier.TRUSTED,
            company="Contoso",
            role="Recruiter",
            notes="hires data people",
        ),
        Contact("Ali Khan", company="Fabrikam", role="Engineer", tags=("python",)),
    ]


def rows_of(contacts: list[Contact], referrals: list[Referral] = ()) -> list[ContactRow]:  # type: ignore[assignment]  # a tuple default
    return build_contact_rows(
        [c.to_dict() for c in contacts], [r.to_dict() for r in referrals], NOW
    )


def names(rows: list[ContactRow]) -> list[str]:
    return [r.name for r in rows]


def test_rows_carry_capital_and_how_referrals_went(contacts: list[Contact]) -> None:
    siobhan, dana, _ = contacts
    refs = [
        referral(siobhan, 40, ReferralResult.HIRED),
        referral(siobhan, 10, ReferralResult.REFLECTED_BADLY),
        referral(siobhan, 5, None),
    ]
    rows = {r.name: r for r in rows_of(contacts, refs)}
    row = rows[siobhan.name]
    assert (row.remaining, row.allowance, row.used) == (1, 2, 1)
    assert row.frees_at == NOW.subtract(days=10).add(days=90)
    assert (row.referred.count, row.referred.good, row.referred.bad) == (3, 1, 1)
    assert row.last_referral == NOW.subtract(days=5).in_timezone("UTC").isoformat()
    untouched = rows[dana.name]
    assert (untouched.remaining, untouched.allowance, untouched.used) == (4, 4, 0)
    assert untouched.referred.count == 0 and untouched.frees_at is None


def test_the_config_allowance_is_used(contacts: list[Contact]) -> None:
    terms = CapitalTerms.of({"treasured": 1, "trusted": 9, "acquaintance": 3}, 30)
    rows = build_contact_rows([c.to_dict() for c in contacts], [], NOW, terms)
    assert [(r.remaining, r.allowance) for r in rows] == [(0, 1), (9, 9), (3, 3)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("siobhan", ["Siobhán Ní Bhriain"]),  # accents aside
        ("NORTH", ["Siobhán Ní Bhriain"]),  # the company
        ("recruiter", ["Dana Whitfield"]),  # the role
        ("data", ["Dana Whitfield"]),  # the notes
        ("tier:trusted", ["Dana Whitfield"]),
        ("tier:treasured,acq", ["Ali Khan", "Siobhán Ní Bhriain"]),
        ("tag:logist", ["Siobhán Ní Bhriain"]),
        ("-tag:python", ["Dana Whitfield", "Siobhán Ní Bhriain"]),
        ("company:fab", ["Ali Khan"]),
        ("capital:low", ["Siobhán Ní Bhriain"]),
        ('"dana w"', ["Dana Whitfield"]),
        ("", ["Ali Khan", "Dana Whitfield", "Siobhán Ní Bhriain"]),
    ],
)
def test_filter(contacts: list[Contact], typed: str, expected: list[str]) -> None:
    rows = sort_contacts(rows_of(contacts), "name", False)
    assert names(filter_contacts(rows, typed)) == expected


@pytest.mark.parametrize("typed", ["tier:vip", "colour:red", "tag:", "capital:lots", '"open'])
def test_bad_filters_say_how_to_write_them(contacts: list[Contact], typed: str) -> None:
    with pytest.raises(QueryError):
        filter_contacts(rows_of(contacts), typed)


def test_sort_by_every_column(contacts: list[Contact]) -> None:
    rows = rows_of(contacts, [referral(contacts[1], 3, None)])
    assert names(sort_contacts(rows, "tier", False))[0] == "Siobhán Ní Bhriain"
    assert names(sort_contacts(rows, "capital", False))[0] == "Siobhán Ní Bhriain"
    assert names(sort_contacts(rows, "referrals", True))[0] == "Dana Whitfield"
    assert names(sort_contacts(rows, "company", False)) == [
        "Dana Whitfield",
        "Ali Khan",
        "Siobhán Ní Bhriain",
    ]
    for column in ("name", "role", "favours", "last"):
        assert len(sort_contacts(rows, column, True)) == 3
    with pytest.raises(QueryError):
        sort_contacts(rows, "shoe size", False)


def test_the_view_narrows_and_remembers(contacts: list[Contact]) -> None:
    view = ContactView(rows_of(contacts), now=lambda: NOW)
    assert names(view.shown) == ["Ali Khan", "Dana Whitfield", "Siobhán Ní Bhriain"]
    for typed in ("a", "an", "ana", "an", "a", ""):
        assert view.set_filter(typed) is None
        assert view.shown == filter_contacts(view.all_rows, typed)
    assert view.set_filter("tier:x") is not None and view.shown == []
    view.set_filter("")
    view.set_sort("tier")
    assert names(view.shown)[0] == "Siobhán Ní Bhriain"
    assert view.next_sort() == "capital"


def test_capital_week_by_week() -> None:
    from netcall_tui.core.network.capital_history import weekly_capital

    favour = LedgerEntry(LedgerKind.FAVOUR, NOW.subtract(weeks=3), "Ama", "call")
    treasured = Contact("Grace", Tier.TREASURED, ledger=(favour,))
    weeks = weekly_capital(treasured, NOW, weeks=20)
    assert len(weeks) == 20 and weeks[-1] == 1 and weeks[-4] == 1 and weeks[-5] == 2
    assert weeks[0] == 2


def test_bulk_contacts_read_back_as_contacts() -> None:
    from netcall_tui.core.demo.bulk_contacts import bulk_contacts

    records = list(bulk_contacts(500, 3, NOW))
    assert len({r["id"] for r in records}) == 500
    contacts = [Contact.from_dict(r) for r in records]
    assert {c.tier for c in contacts} == set(Tier)
    rows = build_contact_rows(records, [], NOW)
    assert sum(1 for r in rows if r.used) == 25
