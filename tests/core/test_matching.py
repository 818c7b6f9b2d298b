"""Person matching: one fold for the log, the repositories and the caller form."""

from __future__ import annotations

from netcall_tui.core.domain.matching import (
    close_people,
    find_person,
    person_key,
    search_names,
    search_people,
)

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


CALLERS = [
    ("Olumide Bello", "Acme"),
    ("Olu Adeyemi", ""),
    ("Marta García", "Northwind"),
    ("Belinda Olsen", "Bellows & Co"),
]


def names(found: list[tuple[str, str]]) -> list[str]:
    return [name for name, _company in found]


def test_search_people_any_word_of_the_name_or_company_accents_and_case_aside() -> None:
    assert names(search_people(CALLERS, "marta garcia", lambda c: c)) == ["Marta García"]
    assert names(search_people(CALLERS, "GARCIA marta", lambda c: c)) == ["Marta García"]
    assert names(search_people(CALLERS, "bello", lambda c: c)) == ["Olumide Bello", "Belinda Olsen"]
    assert names(search_people(CALLERS, "northw", lambda c: c)) == ["Marta García"]
    assert names(search_people(CALLERS, "olu acme", lambda c: c)) == ["Olumide Bello"]
    assert search_people(CALLERS, "zzz", lambda c: c) == []
    assert search_people(CALLERS, " ", lambda c: c) == []


def test_search_people_best_first_name_start_then_name_word_then_company_then_inside() -> None:
    found = names(search_people(CALLERS, "ol", lambda c: c))
    # The name starts with it, by name; then a later word of the name; nothing inside yet.
    assert found == ["Olu Adeyemi", "Olumide Bello", "Belinda Olsen"]
    assert names(search_people(CALLERS, "bel", lambda c: c)) == ["Belinda Olsen", "Olumide Bello"]
    assert names(search_people(CALLERS, "llo", lambda c: c)) == ["Olumide Bello"]  # not Bellows
    assert len(search_people(CALLERS, "o", lambda c: c, limit=2)) == 2


def test_close_people_reordered_one_letter_off_or_the_start_of_a_name() -> None:
    def close(name: str) -> list[str]:
        return names(close_people(CALLERS, name, lambda c: c[0]))

    assert close("Bello Olumide") == ["Olumide Bello"]  # the same words in another order
    assert close("Olumide Belo") == ["Olumide Bello"]  # one letter dropped
    assert close("olumide bellow") == ["Olumide Bello"]  # one added
    assert close("Olumide Bwllo") == ["Olumide Bello"]  # one changed
    assert close("Olumdie Bello") == ["Olumide Bello"]  # two swapped
    assert close("Olu") == ["Olu Adeyemi", "Olumide Bello"]  # the start of their names
    assert close("olu b") == ["Olumide Bello"]
    assert close("marta garcía") == []  # exactly her: the same person, not a close one
    assert close("Olumide Bellamy") == []  # two letters and more off
    assert close("Dana Whitfield") == []
    assert close("  ") == []


def test_close_people_short_names_are_not_one_letter_from_everyone() -> None:
    people = [("Ali", ""), ("Alison Pryce", "")]
    assert names(close_people(people, "Al", lambda c: c[0])) == ["Ali", "Alison Pryce"]  # starts
    assert names(close_people(people, "Aly", lambda c: c[0])) == []  # "Ali" is 1 off, but short


def test_an_index_searches_again_and_again_as_search_people_does() -> None:
    from netcall_tui.core.domain.matching import PeopleIndex

    people = [
        ("Siobhán Murphy", "Northwind"),
        ("Sam Rivera", "Globex"),
        ("Samantha Okafor", "Schools Trust"),
        ("Olu Bello", "North Star"),
        ("Sam Rivera", "Acme"),  # the same name twice: both found, in their order
    ]
    index = PeopleIndex(people, lambda p: p)
    assert len(index) == 5
    for typed in ("s", "sam", "north", "siobhan m", "ol", "rivera sam", "-", "", "zz"):
        assert index.search(typed, 10) == search_people(people, typed, lambda p: p, 10), typed
    assert index.search("sam", 2) == [("Sam Rivera", "Globex"), ("Sam Rivera", "Acme")]
    # companies rank after names, each group by name; "ol" is inside no company word
    assert index.search("north") == [("Olu Bello", "North Star"), ("Siobhán Murphy", "Northwind")]
    assert index.search("ol") == [("Olu Bello", "North Star")]
    assert index.named("  SIOBHAN   murphy ") == ("Siobhán Murphy", "Northwind")
    assert index.named("sam rivera") == ("Sam Rivera", "Globex")  # the first of the name
    assert index.named("Sam") is None


def test_an_index_finds_the_people_close_to_a_new_name_as_close_people_does() -> None:
    from netcall_tui.core.domain.matching import PeopleIndex

    names = ["Olumide Bello", "Bello Olumide", "Olumide Belo", "Olu Bello", "Ada", "Adam"]
    index = PeopleIndex(names, lambda n: (n,))
    for typed in ("olumide bello", "olu b", "Olumide Bell", "ada", "adm", "zed", ""):
        assert index.close(typed) == close_people(names, typed, lambda n: n), typed
    assert index.close("olumide bello") == ["Bello Olumide", "Olumide Belo"]
