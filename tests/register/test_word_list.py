"""Completing the comma-separated word being typed (K's roles, sectors and tags)."""

from __future__ import annotations

from netcall_tui.ui.widgets.word_list import completed, matching_words, word_span

WORDS = ("data engineering", "Data science", "logistics", "rail", "Python", "Éclairage")


def test_the_entry_at_the_cursor_is_the_one_completed() -> None:
    text = "logistics, ra, python"
    assert word_span(text, 13) == (10, 13)
    assert word_span("data", 4) == (0, 4)


def test_words_that_start_so_come_before_words_that_hold_it() -> None:
    assert matching_words(WORDS, "da", 2) == ["data engineering", "Data science"]
    assert matching_words(WORDS, "ing", 3) == ["data engineering"]
    assert matching_words(WORDS, "sci", 3) == ["Data science"]


def test_case_and_accents_are_ignored_and_nothing_typed_offers_nothing() -> None:
    assert matching_words(WORDS, "PYT", 3) == ["Python"]
    assert matching_words(WORDS, "eclai", 5) == ["Éclairage"]
    assert matching_words(WORDS, "logistics, ", 11) == []


def test_a_word_already_in_the_box_is_not_offered_again() -> None:
    assert matching_words(WORDS, "rail, ", 6) == []
    assert matching_words(WORDS, "Data science, da", 16) == ["data engineering"]


def test_completion_replaces_the_entry_and_leaves_room_for_the_next() -> None:
    assert completed("da", 2, "data engineering") == ("data engineering, ", 18)
    text, cursor = completed("logistics, ra", 13, "rail")
    assert (text, cursor) == ("logistics, rail, ", 17)
    text, cursor = completed("logistics, ra, python", 13, "rail")
    assert text == "logistics, rail, python" and cursor == 15
