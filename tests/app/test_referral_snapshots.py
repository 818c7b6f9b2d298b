"""The referral question's dialogs, pinned at both sizes: the contact picker with its
list open, the important-favour question and the weak-connection gate.

Update after an intended change with `pytest --snapshot-update`, and look at the diff.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from netcall_tui.core.domain.records import Caller
from netcall_tui.core.domain.vocabulary import Strength
from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.choice import ChoiceScreen
from netcall_tui.ui.dialogs.referral_form import ReferralForm

from ..helpers import SIZES
from .console_steps import start_call
from .referral_steps import network, type_contact, until

Step = Callable[[Pilot], Awaitable[None]]


async def picking(pilot: Pilot) -> None:
    """A sat-down call, R, and "sam" typed: the list open under the contact box."""
    await start_call(pilot)
    await pilot.press("i")
    pilot.app.clock.advance(15 * 60)  # type: ignore[attr-defined]  # the FakeClock
    pilot.app.clear_notifications()
    await pilot.press("R")
    await until(pilot, ReferralForm)
    await type_contact(pilot, "sam")


async def important(pilot: Pilot) -> None:
    await picking(pilot)
    await pilot.press("backspace", "backspace", "backspace")
    await type_contact(pilot, "Priya Shah")
    await pilot.press("enter")
    await until(pilot, ChoiceScreen)


async def weak_link(pilot: Pilot) -> None:
    await start_call(pilot, "Olu Cold")
    pilot.app.clear_notifications()
    await pilot.press("1", "R")
    await until(pilot, ChoiceScreen)


STEPS: dict[str, Step] = {"picker": picking, "important": important, "weak_link": weak_link}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("dialog", sorted(STEPS))
def test_referral_dialog(
    snap_compare, make_app, store: Store, frozen_now, size, dialog: str
) -> None:
    network(store)
    store.callers.add(Caller("Olu Cold", Strength.TENUOUS))
    assert snap_compare(make_app(), terminal_size=size, run_before=STEPS[dialog])
