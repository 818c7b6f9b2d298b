"""Booking the talk for next week when the budget was full (issue 15): the day offered,
the promise one key records, the phrase and the rule that ranks it, the draft that keeps
the flag, the config's day budget."""

from __future__ import annotations

from pathlib import Path

import pendulum
import pytest

from netcall_tui.core.call.booking import booking_promise, next_week_slot, next_week_words
from netcall_tui.core.call.countdown import Countdown
from netcall_tui.core.call.guidance import GuidanceState, suggest
from netcall_tui.core.call.history import CallerHistory
from netcall_tui.core.call.live import LiveCall
from netcall_tui.core.call.phrasebook import (
    PhrasesError,
    Situation,
    default_phrasebook,
    read_user_phrases,
)
from netcall_tui.core.call.timer_parts import TimerState
from netcall_tui.core.config import Config, ConfigError, load_config, parse_config, to_toml
from netcall_tui.core.domain.records import Caller
from netcall_tui.core.domain.vocabulary import PhaseKind, PromiseKind

ZONE = "Europe/London"


def at(*args: int) -> pendulum.DateTime:
    return pendulum.datetime(*args, tz=ZONE)


@pytest.mark.parametrize(
    ("started", "slot", "words"),
    [
        (at(2026, 11, 26, 10, 30), at(2026, 11, 30, 10, 30), "Monday 30 November"),
        (at(2026, 12, 6, 14, 7), at(2026, 12, 7, 14, 0), "Monday 7 December"),  # a Sunday
        (at(2026, 12, 30, 9, 8), at(2027, 1, 4, 9, 15), "Monday 4 January"),  # year's end
        (at(2026, 12, 28, 16, 52), at(2027, 1, 4, 16, 45), "Monday 4 January"),  # a Monday
        (at(2027, 1, 29, 23, 58), at(2027, 2, 1, 23, 45), "Monday 1 February"),  # month's end
        (at(2026, 3, 27, 8, 0), at(2026, 3, 30, 8, 0), "Monday 30 March"),  # over the DST step
    ],
)
def test_next_weeks_first_weekday_at_the_calls_time_to_the_quarter(started, slot, words) -> None:
    assert next_week_slot(started) == slot
    assert next_week_slot(started).timezone_name == ZONE
    assert next_week_words(started) == words


def test_the_booking_is_a_follow_up_promise_to_the_caller() -> None:
    caller = Caller("Dana Whitfield")
    promise = booking_promise(caller, at(2026, 11, 26, 10, 30))
    assert promise.text == "Call Dana Whitfield back"
    assert promise.kind is PromiseKind.FOLLOW_UP
    assert promise.caller_id == caller.id
    assert promise.due == at(2026, 11, 30, 10, 30)


def live_call(full: bool) -> LiveCall:
    ticks = [1000.0]
    started = at(2026, 11, 26, 10, 30)
    return LiveCall(
        Caller("Dana Whitfield"), Countdown(clock=lambda: ticks[0]), started, budget_full=full
    )


def test_b_twice_books_once() -> None:
    live = live_call(True)
    first, new = live.book_next_week()
    again, new_again = live.book_next_week()
    assert new and not new_again and again is first
    assert live.promises == [first]


def test_the_draft_keeps_the_full_budget() -> None:
    live = live_call(True)
    draft = live.to_draft()
    assert draft["budget_full"] is True
    assert LiveCall.from_draft(draft, lambda: 1000.0, CallerHistory()).budget_full
    del draft["budget_full"]  # a draft from before issue 15
    assert not LiveCall.from_draft(draft, lambda: 1000.0, CallerHistory()).budget_full
    draft["budget_full"] = "yes"  # only a true bool counts
    assert not LiveCall.from_draft(draft, lambda: 1000.0, CallerHistory()).budget_full


def situations(state: GuidanceState) -> list[Situation]:
    return [s.situation for s in suggest(state, default_phrasebook())]


def story(**kwargs) -> GuidanceState:
    return GuidanceState(
        phase=PhaseKind.STORY, timer=kwargs.pop("timer", TimerState.CALM), **kwargs
    )


def test_a_full_week_ranks_the_booking_first_early_in_the_story() -> None:
    state = story(elapsed=10, budget_full=True, next_week="Monday 30 November")
    got = suggest(state, default_phrasebook())
    assert got[0].situation is Situation.BOOK_NEXT_WEEK
    assert got[0].text == "I'd like to give this proper time: could we speak on Monday 30 November?"
    assert "full" in got[0].why
    assert situations(story(elapsed=10, budget_full=True, call_count_before=2))[0] is (
        Situation.BOOK_NEXT_WEEK
    )


def test_later_the_booking_stays_on_offer_below_the_calls_own_words() -> None:
    later = situations(story(elapsed=200, budget_full=True))
    assert Situation.BOOK_NEXT_WEEK in later and later[0] is Situation.OPENING
    over = situations(story(elapsed=400, timer=TimerState.OVER, budget_full=True))
    assert over[0] is Situation.STORY_OVER
    advice = GuidanceState(phase=PhaseKind.ADVICE, timer=TimerState.CALM, budget_full=True)
    assert Situation.BOOK_NEXT_WEEK in situations(advice)


def test_room_in_the_week_offers_no_booking() -> None:
    assert Situation.BOOK_NEXT_WEEK not in situations(story(elapsed=10))


def test_the_live_call_fills_in_next_week() -> None:
    live = live_call(True)
    first = live.suggestions(default_phrasebook())[0]
    assert first.situation is Situation.BOOK_NEXT_WEEK
    assert "Monday 30 November" in first.text
    assert live_call(False).guidance_state().budget_full is False


def test_a_users_phrases_may_use_next_week(tmp_path: Path) -> None:
    path = tmp_path / "phrases.toml"
    path.write_text('[phrases]\nbook_next_week = ["How about {next_week}?"]\n', encoding="utf-8")
    book = read_user_phrases(path)
    assert book is not None
    assert book.for_situation(Situation.BOOK_NEXT_WEEK) == ("How about {next_week}?",)
    path.write_text('[phrases]\nbook_next_week = ["How about {next_weak}?"]\n', encoding="utf-8")
    with pytest.raises(PhrasesError, match="next_week"):
        read_user_phrases(path)


def test_the_day_budget_is_off_by_default_and_read_as_a_count(tmp_path: Path) -> None:
    assert Config().daily_calls == 0
    assert parse_config({"budget": {"daily_calls": 1}}).daily_calls == 1
    assert "daily_calls = 0" in to_toml(Config())
    for bad, expected in ((-1, "at least 0"), (1.5, "whole number"), (True, "whole number")):
        with pytest.raises(ConfigError, match=expected) as caught:
            parse_config({"budget": {"daily_calls": bad}})
        assert caught.value.key == "budget.daily_calls"
    path = tmp_path / "config.toml"
    path.write_text("[budget]\ndaily_calls = 2\n", encoding="utf-8")
    assert load_config(path).daily_calls == 2
