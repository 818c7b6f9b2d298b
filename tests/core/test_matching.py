"""Person matching: one fold for the log, the repositories and the caller form."""

from __future__ import annotations

from netcall_tui.core.domain.matching import find_person, person_key, search_names

PEOPLE = [("Siobhán Ní Bhriain", ""), ("Jane Doe", "jane@acme.example"), ("Jane Doe", "")]


def details(person: tuple[str, str]) -> tuple[str, str]:
    return person


def test_person_key_folds_accents_case_and_blanks() -> None:
    assert person_key("  Siobhán   NÍ Bhriain ") == "siobhan ni bhriain"


def test_find_person_by_name_without_accents() -> None:
    assert find_person(PEOPLE, "siobhan ni bhriain", "", details) == PEOPLE[0]


def test_find_person_email_match_wins_and_a_different_email_is_someone_else() -> None:
    assert find_person(PEOPLE, "jane doe", "JANE@acme.example", details) == PEOPLE[1]
    assert find_person(PEOPLE, "Jane Doe", "", details) == PEOPLE[1]  # the first by name
    assert find_person(PEOPLE, "Jane Doe", "j@x.example", details) == PEOPLE[2]
    assert find_person(PEOPLE[:2], "Jane Doe", "j@x.example", details) is None


def test_search_names_word_prefix_first_then_inside() -> None:
    names = ["Siobhán Ní Bhriain", "Joanna Berg", "Anna Mills", "Bob Stone"]
    assert search_names(names, "siobhan", str) == ["Siobhán Ní Bhriain"]
    assert search_names(names, "NI", str) == ["Siobhán Ní Bhriain"]
    assert search_names(names, "anna", str) == ["Anna Mills", "Joanna Berg"]
    assert search_names(names, "  ", str) == []
