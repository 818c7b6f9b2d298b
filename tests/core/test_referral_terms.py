"""The referrals view's filter and sort, on rows built from stored records."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.domain.referral import Referral, ReferralStep
from netcall_tui.core.domain.vocabulary import ReferralResult, ReferralState
from netcall_tui.core.errors import QueryError
from netcall_tui.core.log.query import filter_rows, parse_query, sort_rows
from netcall_tui.core.log.referral_rows import build_referral_rows, days_in_state
from netcall_tui.core.log.referral_terms import REFERRALS

S = ReferralState
NOW = pendulum.datetime(2026, 11, 26, 10, tz="Europe/London")


def referral(caller: str, contact: str, *states: S, result: ReferralResult | None = None):
    at = NOW.subtract(days=40)
    ref = Referral(
        "c-" + caller,
        "p-" + caller,
        caller,
        "k-" + contact,
        contact,
        (ReferralStep(S.ASKED, at),),
        created_at=at,
    )
    for day, state in enumerate(states, start=1):
        ref = ref.moved(
            state, at.add(days=day * 5), "note " + caller, result if state is S.CLOSED else None
        )
    return ref


ROWS = build_referral_rows(
    r.to_dict()
    for r in (
        referral("Sam Rivera", "Dana Lee"),
        referral("Zoë Park", "Dana Lee", S.AGREED),
        referral("Ana Silva", "Priya Shah", S.DECLINED),
        referral("Omar Haddad", "Priya Shah", S.AGREED, S.INTRODUCED),
        referral(
            "Léa Martin", "Dana Lee", S.AGREED, S.INTRODUCED, S.CLOSED, result=ReferralResult.HIRED
        ),
        referral(
            "Ben Cho",
            "Ravi Iyer",
            S.AGREED,
            S.INTRODUCED,
            S.CLOSED,
            result=ReferralResult.WENT_NOWHERE,
        ),
    )
)


def callers(text: str) -> list[str]:
    return sorted(r.caller for r in filter_rows(ROWS, parse_query(text, NOW, REFERRALS)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("state:open", ["Omar Haddad", "Sam Rivera", "Zoë Park"]),
        ("state:declined", ["Ana Silva"]),
        ("state:agreed,introduced", ["Omar Haddad", "Zoë Park"]),
        ("-state:open", ["Ana Silva", "Ben Cho", "Léa Martin"]),
        ("contact:dana", ["Léa Martin", "Sam Rivera", "Zoë Park"]),
        ("caller:zoe", ["Zoë Park"]),
        ("result:hired", ["Léa Martin"]),
        ("result:nowhere", ["Ben Cho"]),
        ("priya", ["Ana Silva", "Omar Haddad"]),
        ("hired", ["Léa Martin"]),
        ("contact:dana state:open", ["Sam Rivera", "Zoë Park"]),
        ("since:2w", []),
    ],
)
def test_filters(text: str, expected: list[str]) -> None:
    assert callers(text) == expected


@pytest.mark.parametrize("text", ["state:nope", "result:", "outcome:referral", "colour:red"])
def test_a_bad_filter_says_how_to_write_it(text: str) -> None:
    with pytest.raises(QueryError):
        parse_query(text, NOW, REFERRALS)


def test_sorting_by_state_follows_the_referral_and_days_puts_the_longest_waiting_first() -> None:
    by_state = sort_rows(ROWS, "state", False, REFERRALS)
    assert [r.state for r in by_state][:2] == ["asked", "agreed"]
    by_days = sort_rows(ROWS, "days", True, REFERRALS)
    assert by_days[0].caller == "Sam Rivera"  # asked 40 days ago, never moved


def test_days_in_state_count_calendar_days_across_the_clocks_going_back() -> None:
    (row,) = build_referral_rows([referral("Sam Rivera", "Dana Lee").to_dict()])
    # asked on 17 Oct (BST); on 26 Nov (GMT) that is 40 calendar days, whatever the hour
    assert days_in_state(row, NOW) == 40
    assert days_in_state(row, NOW.at(0, 5)) == 40


def test_the_readme_names_every_filter_of_the_view() -> None:
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("In the referrals view") :]
    for name in REFERRALS.fields:
        assert f"`{name}:" in section, name
