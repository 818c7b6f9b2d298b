"""A referral moved on a real full disk: the file keeps the referral, its promises and
the contact's ledger all as they were (never the state moved without the favour given
back), the view says it was not saved, and the retry writes all of it at once."""

from __future__ import annotations

from pathlib import Path

import orjson
import pendulum
import pytest
from textual.widgets import Input

from netcall_tui.app import NetcallApp
from netcall_tui.core.config import Config
from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.values import Outcome
from netcall_tui.core.domain.vocabulary import OutcomeKind, ReferralState
from netcall_tui.core.network.referral_ask import ReferralAsk
from netcall_tui.services.session import Session
from netcall_tui.store.db import Store
from netcall_tui.store.errors import StoreError
from netcall_tui.ui.screens.referrals import ReferralsScreen
from netcall_tui.ui.widgets.log_table import LogTable

from ..helpers import fill_disk, fixed_now

START = pendulum.datetime(2026, 11, 2, 10, tz="Europe/London")


def logged_referral(store: Store) -> str:
    dana = store.contacts.add(Contact("Dana Lee"))
    session = Session(store)
    sam = Caller("Sam Rivera")
    outcome = Outcome(OutcomeKind.REFERRAL_MADE, "Dana Lee", contact_id=dana.id)
    call = Call(sam.id, sam.name, START, outcome=outcome, ended_at=START.add(minutes=20))
    session.calls.log(sam, call, [], ReferralAsk())
    session.close()
    (referral,) = store.referrals.all()
    return referral.id


def on_disk(path: Path) -> tuple[str, int, bool]:
    """(the referral's state, favours in the ledger, whether its promise is open)."""
    tables = orjson.loads(path.read_bytes())
    (referral,) = tables["referrals"].values()
    (contact,) = tables["contacts"].values()
    (promise,) = tables["promises"].values()
    favours = sum(1 for e in contact["ledger"] if e["kind"] == "favour")
    return referral["state"], favours, promise["done_at"] is None


def test_a_decline_on_a_full_disk_is_all_or_nothing(small_disk: Path) -> None:
    path = small_disk / "calls.json"
    store = Store.open(path)
    referral_id = logged_referral(store)
    session = Session(store)
    fill_disk(small_disk)
    with pytest.raises(StoreError):
        session.referrals.move(referral_id, ReferralState.DECLINED, at=START.add(days=1))
    assert on_disk(path) == ("asked", 1, True)
    (small_disk / "filler").unlink()
    assert session.retry()
    assert on_disk(path) == ("declined", 0, False)
    session.close()
    store.close()


async def test_the_view_says_not_saved_and_keeps_going(small_disk: Path, clock) -> None:
    path = small_disk / "calls.json"
    store = Store.open(path)
    logged_referral(store)
    app = NetcallApp(Config(), store=store, clock=clock)
    app.bell = lambda: None  # type: ignore[method-assign]  # no terminal to ring
    notes: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
        screen = ReferralsScreen(now=fixed_now)
        await app.push_screen(screen)
        await pilot.pause()
        screen.query_one(LogTable).focus()
        fill_disk(small_disk)
        await pilot.press("d")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen and screen.query_one("#referrals-filter", Input)
        assert on_disk(path) == ("asked", 1, True)
    assert any("no space" in n.lower() for n in notes), notes
    store.close(discard_unsaved=True)
