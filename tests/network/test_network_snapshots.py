"""Snapshots of your network (demo data), the contact form and a contact's detail, at
80x24 and 160x48; the wall clock is fixed (`fixed_now`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.contact_form import ContactForm
from netcall_tui.ui.screens.contact_detail import ContactDetailScreen
from netcall_tui.ui.screens.network import NetworkScreen
from netcall_tui.ui.widgets.contact_table import ContactTable

from ..helpers import SIZES, fixed_now

Step = Callable[[Pilot], Awaitable[None]]


def open_network(then: Step | None = None) -> Step:
    async def run_before(pilot: Pilot) -> None:
        await pilot.app.push_screen(NetworkScreen(now=fixed_now))
        await pilot.pause()
        if then is not None:
            await then(pilot)
            await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_network_demo(snap_compare, make_app, seeded: Store, size: tuple[int, int]) -> None:
    async def to_table(pilot: Pilot) -> None:
        table = pilot.app.screen.query_one(ContactTable)
        table.focus()
        await pilot.press("down", "space")  # one row marked, the cursor below it

    assert snap_compare(make_app(), terminal_size=size, run_before=open_network(to_table))


@pytest.mark.parametrize("size", SIZES)
def test_contact_form(snap_compare, make_app, seeded: Store, size: tuple[int, int]) -> None:
    contact = next(c for c in seeded.contacts.all() if c.name == "Rosa Villanueva")

    async def edit(pilot: Pilot) -> None:
        pilot.app.push_screen(ContactForm(contact))

    assert snap_compare(make_app(), terminal_size=size, run_before=open_network(edit))


@pytest.mark.parametrize("size", SIZES)
def test_contact_detail(snap_compare, make_app, seeded: Store, size: tuple[int, int]) -> None:
    contact = next(c for c in seeded.contacts.all() if c.name == "Rosa Villanueva")

    async def detail(pilot: Pilot) -> None:
        await pilot.app.push_screen(ContactDetailScreen(contact.id, now=fixed_now))

    assert snap_compare(make_app(), terminal_size=size, run_before=open_network(detail))
