"""The review of an import: new, matched (and what it fills in), near, skipped; and the
same file imported again changes nothing."""

from __future__ import annotations

import dataclasses

import pytest

from netcall_tui.core.domain.records import Contact
from netcall_tui.core.network.importing.candidate import Candidate, Parsed, Skipped
from netcall_tui.core.network.importing.detect import read_contacts
from netcall_tui.core.network.importing.review import build_review, profile_key

from ..helpers import FROZEN
from .import_files import GOOGLE, LINKEDIN, LINKEDIN_EXCEL, LINKEDIN_OLD, VCARD_21, VCARD_30


def _parsed(*people: Candidate) -> Parsed:
    return Parsed("linkedin", people)


def _review(parsed: Parsed, *contacts: Contact):
    return build_review(parsed, [c.to_dict() for c in contacts], FROZEN)


def test_everyone_is_new_in_an_empty_log() -> None:
    review = _review(read_contacts(LINKEDIN.encode()))
    assert [c.name for c in review.new] == ["Ada Okafor", "Siobhán Ní Bhriain", "Tomás Novák"]
    assert all(c.tier.value == "acquaintance" and c.source == "linkedin" for c in review.new)
    assert review.new[0].connected_on == "2026-02-08"
    assert review.counts.text() == "3 new, 0 updated, 0 unchanged, 1 skipped"


def test_matched_by_profile_url_fills_only_what_is_empty_and_shows_what_differs() -> None:
    mine = Contact("Ada Okafor", company="Globex", profile_url="http://linkedin.com/in/AdaOkafor/")
    ada = Candidate(
        "Ada Okafor",
        5,
        company="Northwind",
        role="CTO",
        profile_url=("https://www.linkedin.com/in/adaokafor"),
    )
    review = _review(_parsed(ada), mine)
    (match,) = review.matched
    assert (match.contact_id, match.how) == (mine.id, "profile URL")
    assert match.fills == (("role", "CTO"),)
    assert match.differs == (("company", "Globex", "Northwind"),)
    filled = match.filled(mine)
    assert (filled.company, filled.role) == ("Globex", "CTO")
    assert not review.new and review.counts.updated == 1


def test_matched_by_email_or_by_name_and_company() -> None:
    by_email = Contact("A. Okafor", email="ADA@example.com")
    by_name = Contact("Wei Chen", company="Hooli", phone="555")
    review = _review(
        _parsed(
            Candidate("Ada Okafor", 2, email="ada@example.com"),
            Candidate("wei  CHEN", 3, company="hooli"),
        ),
        by_email,
        by_name,
    )
    assert [(m.contact_id, m.how) for m in review.matched] == [
        (by_email.id, "email"),
        (by_name.id, "name and company"),
    ]
    assert not review.changes  # nothing to fill in: no write


def test_two_different_emails_are_two_people_whatever_the_names() -> None:
    mine = Contact("Wei Chen", company="Hooli", email="wei@hooli.example")
    review = _review(
        _parsed(Candidate("Wei Chen", 2, company="Hooli", email="wei@x.example")), mine
    )
    assert [c.name for c in review.new] == ["Wei Chen"] and not review.matched
    (near,) = review.near
    assert (near.contact_name, near.contact_company) == ("Wei Chen", "Hooli")


def test_near_matches_are_shown_and_added_as_new() -> None:
    mine = Contact("Ada Okafor", company="Northwind")
    review = _review(
        _parsed(
            Candidate("Ada N. Okafor", 2, company="Northwind"),  # a middle initial
            Candidate("ada okafor", 3, company="Globex"),  # the same name elsewhere
            Candidate("Siobhán Ní Bhriain", 4),
        ),
        mine,
        Contact("Siobhan Ni Bhriain"),  # accents aside, the same name, no company either
    )
    assert [n.candidate.line for n in review.near] == [2, 3]
    assert [c.name for c in review.new] == ["Ada N. Okafor", "ada okafor"]
    assert [m.how for m in review.matched] == ["name and company"]


def test_the_same_person_twice_in_the_file_is_skipped_the_second_time() -> None:
    url = "https://www.linkedin.com/in/ada"
    review = _review(
        _parsed(
            Candidate("Ada Okafor", 2, profile_url=url),
            Candidate("Ada O.", 9, profile_url=url + "/"),
        )
    )
    assert len(review.new) == 1
    (skipped,) = review.skipped
    assert (skipped.line, skipped.why) == (9, "the same person as line 2")


def test_a_value_too_long_for_a_contact_is_skipped_with_why() -> None:
    review = _review(_parsed(Candidate("x" * 500, 4)))
    (skipped,) = review.skipped
    assert skipped.line == 4 and "name is too long" in skipped.why


@pytest.mark.parametrize(
    "text",
    [LINKEDIN, LINKEDIN_OLD, LINKEDIN_EXCEL, VCARD_21, VCARD_30, GOOGLE],
    ids=["linkedin", "linkedin-old", "linkedin-excel", "vcard-2.1", "vcard-3-4", "google"],
)
def test_reimporting_the_same_file_changes_nothing(text: str) -> None:
    parsed = read_contacts(text.encode())
    first = _review(parsed)
    again = _review(parsed, *first.new)
    assert first.new and not again.changes and not again.new and not again.near
    assert again.counts.unchanged == len(first.new)
    assert again.counts.skipped == first.counts.skipped


def test_profile_keys() -> None:
    assert profile_key("https://uk.linkedin.com/in/Ada-O/?trk=x") == "linkedin.com/in/ada-o"
    assert profile_key("www.example.com/ada/") == "example.com/ada"


def test_a_matched_contact_filled_since_the_review_keeps_its_value() -> None:
    mine = Contact("Wei Chen", company="Hooli")
    (match,) = _review(_parsed(Candidate("Wei Chen", 2, company="Hooli", role="CTO")), mine).matched
    changed = dataclasses.replace(mine, role="Recruiter")
    assert match.filled(changed) is changed


def test_the_rows_to_show_kind_by_kind() -> None:
    from netcall_tui.core.network.importing.review_rows import review_rows

    mine = Contact("Ada Okafor", company="Northwind", role="CTO")
    review = _review(
        _parsed(
            Candidate("Ada Okafor", 3, company="Northwind", role="VP", email="ada@n.example"),
            Candidate("Ada N. Okafor", 2, company="Globex"),
        ),
        mine,
    )
    review = dataclasses.replace(review, skipped=(Skipped(7, "no name"),))
    assert [row.text() for row in review_rows(review)] == [
        "line 2: Ada N. Okafor (Globex): like Ada Okafor (Northwind)",
        "line 3: Ada Okafor: email ada@n.example",
        "line 3: Ada Okafor: role CTO (the file: VP)",
        "line 7: no name",
    ]
