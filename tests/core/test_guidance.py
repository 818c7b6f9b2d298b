"""Guidance rules over a live call's state, and the phrasebook loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from netcall_tui.core.call.countdown import Countdown
from netcall_tui.core.call.guidance import GuidanceState, render, suggest
from netcall_tui.core.call.phrasebook import (
    Phrasebook,
    PhrasesError,
    Situation,
    default_phrasebook,
    default_phrases_text,
    load_phrasebook,
    read_user_phrases,
)
from netcall_tui.core.call.timer_parts import TimerState
from netcall_tui.core.domain.vocabulary import Ask, PhaseKind, Strength

S = Situation


@pytest.fixture
def book() -> Phrasebook:
    return default_phrasebook()


def situations(state: GuidanceState, book: Phrasebook) -> list[Situation]:
    return [s.situation for s in suggest(state, book)]


def story(**kwargs) -> GuidanceState:
    return GuidanceState(
        phase=PhaseKind.STORY, timer=kwargs.pop("timer", TimerState.CALM), **kwargs
    )


def advice(**kwargs) -> GuidanceState:
    return GuidanceState(
        phase=PhaseKind.ADVICE, timer=kwargs.pop("timer", TimerState.CALM), **kwargs
    )


def test_shipped_book_covers_every_situation(book: Phrasebook) -> None:
    for situation in Situation:
        assert book.for_situation(situation), situation
    assert len(book.avenues) >= 5
    assert all("{avenue}" in p for p in book.for_situation(S.HONEST_NO))


def test_early_story_opens_and_time_boxes_first(book: Phrasebook) -> None:
    got = situations(story(elapsed=10), book)
    assert got[:2] == [S.OPENING, S.TIME_BOX]
    assert got[-2:] == [S.NOT_NOW, S.HONEST_NO]


def test_time_box_phrase_names_the_limit(book: Phrasebook) -> None:
    first = suggest(story(elapsed=5, limit_s=420), book)
    time_box = next(s for s in first if s.situation is S.TIME_BOX)
    assert "7 minutes" in time_box.text


def test_repeat_caller_is_welcomed_back(book: Phrasebook) -> None:
    got = suggest(story(call_count_before=2), book)
    assert got[0].situation is S.WELCOME_BACK
    assert "2 times" in got[0].why
    assert S.OPENING not in [s.situation for s in got]


def test_story_over_comes_first(book: Phrasebook) -> None:
    state = story(timer=TimerState.OVER, elapsed=330, story_over=True, asks=frozenset({Ask.ADVICE}))
    assert situations(state, book)[0] is S.STORY_OVER


def test_story_warning_reminds_of_the_time_box(book: Phrasebook) -> None:
    state = story(timer=TimerState.WARNING, elapsed=250, asks=frozenset({Ask.ADVICE}))
    got = suggest(state, book)
    assert got[0].situation is S.TIME_BOX
    assert "nearly" in got[0].why


def test_introduction_without_interview_needs_a_sit_down(book: Phrasebook) -> None:
    state = advice(elapsed=400, asks=frozenset({Ask.INTRODUCTION}), strength=Strength.STRONG)
    got = suggest(state, book)
    assert got[0].situation is S.NEEDS_INTERVIEW
    assert got[0].why == "referral asked, no interview on record"
    assert "thirty minutes" in got[0].text and "in person" in got[0].text


def test_long_story_is_mentioned_in_the_reason(book: Phrasebook) -> None:
    state = advice(
        elapsed=400, asks=frozenset({Ask.INTRODUCTION}), story_over=True, strength=Strength.STRONG
    )
    why = next(s.why for s in suggest(state, book) if s.situation is S.NEEDS_INTERVIEW)
    assert "story ran long" in why


@pytest.mark.parametrize("strength", [Strength.TENUOUS, Strength.NONE])
def test_weak_connection_asking_intro_gets_general_advice_first(book, strength) -> None:
    state = advice(elapsed=400, asks=frozenset({Ask.INTRODUCTION}), strength=strength)
    got = suggest(state, book)
    assert got[0].situation is S.TENUOUS_CONNECTION
    assert got[0].why.endswith(": general advice only")
    link = "no connection" if strength is Strength.NONE else "a tenuous connection"
    assert got[0].why == f"introduction asked, {link}: general advice only"
    # the suggested path is advice: neither a sit-down nor an introduction is offered
    assert {S.NEEDS_INTERVIEW, S.REFERRAL_READY}.isdisjoint(s.situation for s in got)


def test_weak_connection_stays_advice_only_after_an_interview(book: Phrasebook) -> None:
    state = advice(
        elapsed=400,
        asks=frozenset({Ask.INTRODUCTION}),
        strength=Strength.TENUOUS,
        interview_on_record=True,
    )
    got = situations(state, book)
    assert got[0] is S.TENUOUS_CONNECTION and S.REFERRAL_READY not in got


def test_weak_connection_without_intro_ask_gets_no_tenuous_phrase(book: Phrasebook) -> None:
    state = advice(elapsed=400, asks=frozenset({Ask.ADVICE}), strength=Strength.NONE)
    assert S.TENUOUS_CONNECTION not in situations(state, book)


def test_interview_on_record_makes_referral_ready(book: Phrasebook) -> None:
    state = advice(
        elapsed=400,
        asks=frozenset({Ask.INTRODUCTION}),
        strength=Strength.MODERATE,
        interview_on_record=True,
    )
    got = situations(state, book)
    assert got[0] is S.REFERRAL_READY
    assert S.NEEDS_INTERVIEW not in got


def test_over_limit_in_advice_wraps_up_first(book: Phrasebook) -> None:
    state = advice(timer=TimerState.OVER, elapsed=950, asks=frozenset({Ask.INTRODUCTION}))
    assert situations(state, book)[0] is S.WRAP_UP


def test_over_limit_in_interview(book: Phrasebook) -> None:
    state = GuidanceState(PhaseKind.INTERVIEW, TimerState.OVER, elapsed=1900)
    assert situations(state, book)[:2] == [S.INTERVIEW_OVER, S.WRAP_UP]


def test_warning_in_advice_suggests_wrap_up(book: Phrasebook) -> None:
    state = advice(timer=TimerState.WARNING, elapsed=850, asks=frozenset({Ask.ADVICE}))
    assert situations(state, book)[0] is S.WRAP_UP


def test_start_of_advice_agrees_the_end(book: Phrasebook) -> None:
    state = advice(elapsed=20, asks=frozenset({Ask.ADVICE}), limit_s=900)
    got = suggest(state, book)
    assert got[0].situation is S.ADVICE_TIME_BOX
    assert "15 minutes" in got[0].text


def test_resume_help(book: Phrasebook) -> None:
    state = advice(elapsed=400, asks=frozenset({Ask.RESUME}))
    assert situations(state, book)[0] is S.RESUME_HELP


def test_declines_are_always_there_at_the_bottom(book: Phrasebook) -> None:
    for state in (
        story(),
        advice(timer=TimerState.OVER, elapsed=2000, asks=frozenset(Ask)),
        GuidanceState(PhaseKind.INTERVIEW, TimerState.WARNING, elapsed=1750),
    ):
        assert situations(state, book)[-2:] == [S.NOT_NOW, S.HONEST_NO]


def test_honest_no_names_an_avenue_and_variant_cycles(book: Phrasebook) -> None:
    texts = set()
    for variant in range(4):
        honest = next(
            s for s in suggest(story(), book, variant=variant) if s.situation is S.HONEST_NO
        )
        assert "{avenue}" not in honest.text
        assert any(avenue in honest.text for avenue in book.avenues)
        texts.add(honest.text)
    assert len(texts) > 1


def test_suggestions_are_deterministic_and_unique(book: Phrasebook) -> None:
    state = advice(
        timer=TimerState.OVER,
        elapsed=1000,
        asks=frozenset(Ask),
        strength=Strength.TENUOUS,
        story_over=True,
    )
    first = suggest(state, book)
    assert first == suggest(state, book)
    assert len({s.situation for s in first}) == len(first)


def test_render_leaves_unknown_placeholders(book: Phrasebook) -> None:
    assert render("Hi {name}, {minutes} min", story(limit_s=300), book) == "Hi {name}, 5 min"


def test_state_from_countdown(clock) -> None:
    timer = Countdown(clock=clock)
    clock.advance(320)
    state = GuidanceState.from_countdown(timer, asks=frozenset({Ask.ADVICE}), call_count_before=1)
    assert state.phase is PhaseKind.STORY
    assert state.timer is TimerState.OVER
    assert state.story_over
    timer.next_phase(PhaseKind.ADVICE)
    state = GuidanceState.from_countdown(timer, strength=Strength.STRONG)
    assert state.story_over  # remembered after the story ended
    assert state.timer is TimerState.CALM
    assert state.limit_s == 900
    assert state.elapsed == 0


# --- loader ----------------------------------------------------------------------------


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "phrases.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_user_file_gives_defaults() -> None:
    book, warning = load_phrasebook(None)
    assert warning is None
    assert book == default_phrasebook()


def test_missing_user_file_is_not_an_error(tmp_path: Path) -> None:
    book, warning = load_phrasebook(tmp_path / "nope.toml")
    assert warning is None
    assert book == default_phrasebook()


def test_good_override_replaces_only_its_situations(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'avenues = ["the guild"]\n[phrases]\nopening = ["Hello! What do you need?"]\n'
        'honest_no = ["Not me; try {avenue}."]\n',
    )
    book, warning = load_phrasebook(path)
    assert warning is None
    assert book.for_situation(S.OPENING) == ("Hello! What do you need?",)
    assert book.for_situation(S.WRAP_UP) == default_phrasebook().for_situation(S.WRAP_UP)
    assert book.avenues == ("the guild",)
    honest = next(s for s in suggest(story(), book) if s.situation is S.HONEST_NO)
    assert honest.text == "Not me; try the guild."


def test_avenues_written_under_phrases_are_forgiven(tmp_path: Path) -> None:
    path = write(tmp_path, '[phrases]\nwrap_up = ["Time!"]\navenues = ["a club"]\n')
    book, warning = load_phrasebook(path)
    assert warning is None
    assert book.avenues == ("a club",)


def test_the_shipped_file_is_a_valid_user_file(tmp_path: Path) -> None:
    book, warning = load_phrasebook(write(tmp_path, default_phrases_text()))
    assert warning is None
    assert book == default_phrasebook()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[phrases\nopening = 1", "not valid TOML"),
        ('[phrases]\nopenning = ["Hi"]\n', "unknown situation 'openning'"),
        ('[phrases]\nopening = "Hi"\n', "not a list of phrases"),
        ("[phrases]\nopening = []\n", "not a list of phrases"),
        ('[phrases]\nopening = ["Hi", 3]\n', "not text"),
        ('[phrases]\nopening = ["  "]\n', "not text"),
        ('phrases = "hello"\n', "not a table"),
        ('avenues = "one"\n', "avenues"),
        ('colour = "red"\n', "unknown key 'colour'"),
        ('[phrases]\nhonest_no = ["Try {venue}."]\n', "unknown placeholder {venue}"),
        ('[phrases]\nhonest_no = ["Try {avenue."]\n', "stray brace"),
        ('[phrases]\ntime_box = ["{minutes:>30000000}"]\n', "{minutes:>30000000}: a placeholder"),
        ('[phrases]\ntime_box = ["{minutes:.999999999f}"]\n', "takes no format"),
        ('[phrases]\ntime_box = ["{minutes:{avenue}}"]\n', "{minutes:{avenue}}: a placeholder"),
        ('[phrases]\ntime_box = ["{minutes!r}"]\n', "no format or conversion"),
        (
            '[phrases]\nhonest_no = ["{avenue.__class__}"]\n',
            "unknown placeholder {avenue.__class__}",
        ),
        ('[phrases]\nhonest_no = ["{avenue[0]}"]\n', "unknown placeholder {avenue[0]}"),
    ],
)
def test_bad_user_file_falls_back_with_a_clear_message(tmp_path: Path, text, expected) -> None:
    path = write(tmp_path, text)
    book, warning = load_phrasebook(path)
    assert book == default_phrasebook()
    assert warning is not None
    assert str(path) in warning
    assert expected in warning
    assert "built-in phrases" in warning


def test_unreadable_user_file_falls_back(tmp_path: Path) -> None:
    book, warning = load_phrasebook(tmp_path)  # a directory can't be read as a file
    assert book == default_phrasebook()
    assert warning is not None and str(tmp_path) in warning


def test_non_utf8_user_file_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "phrases.toml"
    path.write_bytes(b'[phrases]\nopening = ["\xff\xfe"]\n')
    book, warning = load_phrasebook(path)
    assert book == default_phrasebook()
    assert warning is not None and "TOML" in warning


def test_a_bad_phrase_is_named_with_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[phrases]\nopening = ["Hello."]\ntime_box = [\n  "Fine.",\n'
        '  "{minutes:>30000000} min",\n]\n',
    )
    with pytest.raises(PhrasesError) as caught:
        read_user_phrases(path)
    message = str(caught.value)
    assert message.startswith(
        f"phrases file {path} has [phrases] time_box with {{minutes:>30000000}}"
    )
    assert message.endswith("(line 5); fix it, or move it away to use the built-in phrases")


def test_the_user_file_alone_is_read_none_without_one(tmp_path: Path) -> None:
    assert read_user_phrases(None) is None
    assert read_user_phrases(tmp_path / "nope.toml") is None
    book = read_user_phrases(write(tmp_path, '[phrases]\nopening = ["Hi {minutes}."]\n'))
    assert book is not None and book.for_situation(S.OPENING) == ("Hi {minutes}.",)


def test_a_weak_connection_and_resume_help_are_headed_in_the_right_words() -> None:
    """Issue 11, item 19: a caller with no connection was headed "tenuous connection"."""
    from netcall_tui.core.call.phrasebook import Situation
    from netcall_tui.core.text.counts import counted

    assert Situation.TENUOUS_CONNECTION.heading == "weak or no connection"
    assert Situation.RESUME_HELP.heading == "résumé help"
    assert Situation.STORY_OVER.heading == "story over"
    assert (counted(1, "call", "calls"), counted(1200, "call", "calls")) == (
        "1 call",
        "1,200 calls",
    )
