"""The referrals view driven from the keyboard: focus, typing, moves stored, a result,
undo, the call it came from, a long name, a narrow terminal."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.referral import Referral, ReferralStep
from netcall_tui.core.domain.vocabulary import LedgerKind, ReferralResult, ReferralState
from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.choice import ChoiceScreen
from netcall_tui.ui.screens.log_detail import LogDetailScreen
from netcall_tui.ui.screens.referrals import ReferralsScreen
from netcall_tui.ui.widgets.log_table import LogTable

from ..app.screen_text import screen_lines
from ..helpers import FROZEN, fixed_now

pytestmark = pytest.mark.usefixtures("frozen_now")
S = ReferralState


async def settle(pilot: Pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_view(pilot: Pilot) -> ReferralsScreen:
    screen = ReferralsScreen(now=fixed_now)
    await pilot.app.push_screen(screen)
    await settle(pilot)
    return screen


async def select(pilot: Pilot, screen: ReferralsScreen, caller: str) -> None:
    table = screen.query_one(LogTable)
    table.focus()
    index = next(i for i, r in enumerate(screen.view.shown) if r.caller == caller)
    table.move_to(index)
    await pilot.pause()


def stored(store: Store, caller: str) -> Referral:
    return next(r for r in store.referrals.all() if r.caller_name == caller)


async def test_opens_with_the_filter_focused_and_the_reputation_shown(make_app, seeded) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        assert isinstance(pilot.app.focused, Input)
        line = str(screen.query_one("#referrals-reputation", Static).render())
        assert (
            line == "7 referrals closed · 71% went well · 2 reflected badly · 2 open · 1 declined"
        )
        assert screen.view.total == 10


async def test_typed_letters_filter_and_move_nothing(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        await pilot.press(*"state:open", "enter")
        await settle(pilot)
        assert sorted(r.state for r in screen.view.shown) == ["asked", "introduced"]
        assert isinstance(pilot.app.focused, LogTable)  # enter went to the list
        await pilot.press("slash", *" contact:rosa")
        await settle(pilot)
        assert [r.caller for r in screen.view.shown] == ["Siobhán Abdi"]
        assert stored(seeded, "Siobhán Abdi").state is S.ASKED  # the a of "state" moved nothing


async def test_agreeing_stores_the_move_its_promise_and_offers_undo(make_app, seeded) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        await select(pilot, screen, "Siobhán Abdi")
        before = seeded.promises.count()
        await pilot.press("a")
        await settle(pilot)
        referral = stored(seeded, "Siobhán Abdi")
        assert referral.state is S.AGREED and referral.since == FROZEN
        assert seeded.promises.count() == before + 1
        promise = next(p for p in seeded.promises.all() if p.referral_id == referral.id)
        assert promise.due == FROZEN.add(days=7) and promise.text.startswith("Introduce")
        assert screen.selected is not None and screen.selected.state == "agreed"
        await pilot.press("u")
        await settle(pilot)
        assert stored(seeded, "Siobhán Abdi").state is S.ASKED
        assert seeded.promises.count() == before


async def test_a_refused_move_is_not_offered(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        await select(pilot, screen, "Siobhán Abdi")  # asked: not introduced yet
        await pilot.press("i", "c")
        await pilot.pause()
        assert stored(seeded, "Siobhán Abdi").state is S.ASKED
        assert not isinstance(pilot.app.screen, ChoiceScreen)


async def test_closing_with_a_hire_writes_a_good_result(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        await select(pilot, screen, "Lucas Novak")  # introduced
        await pilot.press("c")
        await pilot.pause()  # not settle: the close waits for the answer
        await pilot.pause()
        assert isinstance(pilot.app.screen, ChoiceScreen)
        await pilot.press("enter")  # the first answer: hired
        await settle(pilot)
        referral = stored(seeded, "Lucas Novak")
        assert referral.state is S.CLOSED and referral.result is ReferralResult.HIRED
        contact = seeded.contacts.get(referral.contact_id)
        assert contact is not None
        entry = contact.ledger[-1]
        assert (entry.kind, entry.call_id, entry.at) == (
            LedgerKind.GOOD_RESULT,
            referral.call_id,
            FROZEN,
        )


async def test_o_opens_the_call_it_came_from(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        await select(pilot, screen, "Lucas Novak")
        await pilot.press("o")
        await settle(pilot)
        detail = pilot.app.screen
        assert isinstance(detail, LogDetailScreen)
        assert detail.call_id == stored(seeded, "Lucas Novak").call_id
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is screen


def long_named(store: Store) -> None:
    name = "Maximiliana Alexandrovna Konstantinopolous-Wetherington " * 2
    caller = store.callers.add(Caller(name.strip()))
    contact = store.contacts.add(Contact("Bartholomew Featherstonehaugh-Smythe the Third"))
    call = store.calls.add(Call(caller.id, caller.name, FROZEN.subtract(days=3)))
    step = ReferralStep(S.ASKED, FROZEN.subtract(days=3))
    store.referrals.add(
        Referral(
            call.id, caller.id, caller.name, contact.id, contact.name, (step,), created_at=step.at
        )
    )


@pytest.mark.parametrize("size", [(80, 24), (44, 14)])
async def test_a_long_name_is_cut_and_a_narrow_terminal_still_draws(
    make_app, store: Store, size: tuple[int, int]
) -> None:
    long_named(store)
    async with make_app().run_test(size=size) as pilot:
        await open_view(pilot)
        lines = screen_lines(pilot.app)
        assert all(len(line) <= size[0] for line in lines)
        row = next(line for line in lines if "Maximilia" in line)
        assert "…" in row and "asked" in row
