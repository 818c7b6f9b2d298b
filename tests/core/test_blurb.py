"""The referral's blurb, drafted from the call in the phrasebook's words."""

from __future__ import annotations

from pathlib import Path

import pendulum

from netcall_tui.core.call.blurb import NOTE_CHARS, draft_blurb
from netcall_tui.core.call.countdown import Countdown
from netcall_tui.core.call.live import LiveCall
from netcall_tui.core.call.phrasebook import default_phrasebook, load_phrasebook
from netcall_tui.core.domain.records import Caller
from netcall_tui.core.domain.vocabulary import Ask, Trait

START = pendulum.datetime(2026, 11, 20, 11, tz="Europe/London")
TEMPLATE = default_phrasebook().blurb


def live_call(clock, caller: Caller, **fields) -> LiveCall:
    return LiveCall(caller, Countdown(clock=clock), START, **fields)


def test_the_blurb_says_who_they_are_what_they_want_and_bring(clock) -> None:
    caller = Caller("Dana Whitfield", role="data engineer", company="Acme")
    live = live_call(
        clock,
        caller,
        asks={Ask.INTRODUCTION, Ask.RESUME},
        traits={Trait.ARTICULATE, Trait.BRINGS_SOMETHING},
        notes="Ten years of pipelines.\n\nLeads a small team.",
    )
    text = draft_blurb(TEMPLATE, live, "Priya Shah")
    assert text.startswith("Hello Priya,\n\nI had a call with Dana Whitfield, who is looking")
    assert "a role as data engineer at Acme." in text
    assert "They asked me for an introduction and feedback on their résumé." in text
    assert "They explain themselves clearly, told their story in the time we had and" in text
    assert "From my notes: Ten years of pipelines. Leads a small team." in text
    assert text.endswith("that is why I am asking you first.")
    assert "\n\n\n" not in text and "{" not in text


def test_blank_details_leave_no_gaps(clock) -> None:
    clock.advance(400)  # the story ran past its limit: not "in time"
    text = draft_blurb(TEMPLATE, live_call(clock, Caller("Olu")), "")
    assert text.startswith(
        "Hello there,\n\nI had a call with Olu, who is looking for their next role."
    )
    assert "They asked me" not in text and "From my notes: (a line on why" in text
    assert "\n\n\n" not in text and " \n" not in text


def test_caller_text_is_data(clock) -> None:
    caller = Caller("Eve {contact} [b]x[/b]", sector="{note}")
    live = live_call(clock, caller, notes="a\x1b[31mred\x07 note " + "n" * 2000)
    text = draft_blurb(TEMPLATE, live, "Sam\x1b]0;pwn\x07")
    assert "Eve {contact} [b]x[/b]" in text and "in {note}" in text
    assert "\x1b" not in text and "\x07" not in text
    note = text.split("From my notes: ")[1].split("\n")[0]
    assert len(note) == NOTE_CHARS and note.endswith("…")


def test_a_users_blurb_overrides_the_shipped_one(tmp_path: Path, clock) -> None:
    path = tmp_path / "phrases.toml"
    path.write_text('blurb = """Hi {contact}: meet {caller}. {note}"""\n', encoding="utf-8")
    book, warning = load_phrasebook(path)
    assert warning is None
    assert book.avenues == default_phrasebook().avenues
    text = draft_blurb(book.blurb, live_call(clock, Caller("Dana"), notes="Good."), "Sam")
    assert text == "Hi Sam: meet Dana. Good."


def test_a_bad_blurb_falls_back_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "phrases.toml"
    for bad, said in [
        ('blurb = "Hi {name}"\n', "unknown placeholder {name}"),
        ('blurb = "{note:>9999999}"\n', "takes no format"),
        ("blurb = 3\n", "blurb that is not text"),
    ]:
        path.write_text(bad, encoding="utf-8")
        book, warning = load_phrasebook(path)
        assert book == default_phrasebook()
        assert warning is not None and said in warning, warning


def test_a_blurb_written_under_phrases_is_forgiven(tmp_path: Path) -> None:
    path = tmp_path / "phrases.toml"
    path.write_text('[phrases]\nwrap_up = ["Time!"]\nblurb = "Hi {contact}."\n', encoding="utf-8")
    book, warning = load_phrasebook(path)
    assert warning is None and book.blurb == "Hi {contact}."
