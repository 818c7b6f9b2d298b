"""Steps for the referral question's Pilot and snapshot tests."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Button, Input

from netcall_tui.core.domain.records import Contact
from netcall_tui.core.domain.values import LedgerEntry
from netcall_tui.core.domain.vocabulary import LedgerKind, Tier
from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.referral_form import ReferralForm

from ..helpers import FROZEN


async def until(pilot: Pilot, kind: type[Screen]) -> Screen:
    """The screen of `kind` on top, once it is there (the contacts load on a thread)."""
    for _ in range(500):
        if isinstance(pilot.app.screen, kind):
            await pilot.pause()
            return pilot.app.screen
        await pilot.pause()
    raise AssertionError(f"no {kind.__name__} opened; on top: {pilot.app.screen!r}")


async def to_whom(pilot: Pilot) -> ReferralForm:
    """R pressed in a call with its interview on record: the referral dialog."""
    await pilot.press("R")
    form = await until(pilot, ReferralForm)
    assert isinstance(form, ReferralForm)
    return form


async def type_contact(pilot: Pilot, text: str) -> None:
    """Type into the contact box key by key, as the user does."""
    await pilot.press(*[("space" if ch == " " else ch) for ch in text])
    await pilot.pause()


def contact_box(pilot: Pilot) -> Input:
    return pilot.app.screen.query_one("#contact", Input)


async def answer(pilot: Pilot, answer_id: str) -> None:
    pilot.app.screen.query_one(f"#answer-{answer_id}", Button).press()
    await pilot.pause()


def network(store: Store) -> dict[str, Contact]:
    """A small network: a treasured contact with nothing left, a trusted one, a few more."""
    spent = tuple(
        LedgerEntry(LedgerKind.FAVOUR, FROZEN.subtract(days=d), "Someone") for d in (10, 40)
    )
    people = [
        Contact("Priya Shah", Tier.TREASURED, company="Northwind Traders", ledger=spent),
        Contact("Sam Rivera", Tier.TRUSTED, company="Globex"),
        Contact("Samantha Okafor", Tier.ACQUAINTANCE, company="Initech"),
        Contact("Grace Hopper", Tier.TREASURED, company="Navy Labs"),
    ]
    return {contact.name: store.contacts.add(contact) for contact in people}
