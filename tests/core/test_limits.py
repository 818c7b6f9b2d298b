"""Field limits: the counter, the cut, and a draft brought within them."""

from __future__ import annotations

from netcall_tui.core.call.draft_fit import fit_draft
from netcall_tui.core.domain.fields import MAX_DETAIL, MAX_NAME, MAX_NOTES, fit
from netcall_tui.core.text.limits import count_text, room


def test_the_counter_shows_only_near_the_limit() -> None:
    assert count_text(100, 200) == ""
    assert count_text(180, 200) == "180 of 200"
    assert count_text(19_850, 20_000) == "19,850 of 20,000"


def test_room_counts_what_a_replacement_frees() -> None:
    assert room(10, 8) == 2
    assert room(10, 10, replaced=3) == 3
    assert room(10, 12) == 0


def test_fit_cuts_as_the_checks_count() -> None:
    assert fit("  abc  ", 3) == ("  abc  ", False)  # stripped, it fits
    assert fit("abcdef", 3) == ("abc", True)
    assert fit(42, 3) == (42, False)  # not text: left for the checks to explain


def test_a_draft_within_its_limits_is_left_alone() -> None:
    draft = {"notes": "short", "caller": {"name": "Ada"}, "promises": [{"text": "send it"}]}
    assert fit_draft(draft) == (draft, [])


def test_a_draft_over_its_limits_is_cut_and_says_what() -> None:
    draft = {
        "notes": "n" * (MAX_NOTES + 5),
        "caller": {"name": "a" * 500, "company": "Acme"},
        "promises": [{"text": "p" * 900}, {"text": "fine"}, "not a promise"],
    }
    fitted, cut = fit_draft(draft)
    assert len(fitted["notes"]) == MAX_NOTES
    assert len(fitted["caller"]["name"]) == MAX_NAME
    assert fitted["caller"]["company"] == "Acme"
    assert [len(p["text"]) for p in fitted["promises"][:2]] == [MAX_DETAIL, 4]
    assert cut == [
        "the notes (kept the first 20,000 characters)",
        "the caller's name (kept the first 120 characters)",
        "1 promise text (kept the first 500 characters)",
    ]
    assert len(draft["notes"]) == MAX_NOTES + 5  # the original is not changed
