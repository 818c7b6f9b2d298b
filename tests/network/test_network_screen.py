"""The network screen driven from the keyboard: focus, typing, sort, add / edit / delete,
tiers on several rows at once, the detail, and what the console's key does."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from netcall_tui.core.domain.records import Contact
from netcall_tui.core.domain.vocabulary import Tier
from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.choice import ChoiceScreen
from netcall_tui.ui.dialogs.contact_form import ContactForm
from netcall_tui.ui.screens.contact_detail import ContactDetailScreen
from netcall_tui.ui.screens.network import NetworkScreen
from netcall_tui.ui.widgets.contact_table import ContactTable

pytestmark = pytest.mark.usefixtures("frozen_now")


WRITERS = {"network-write", "network-load", "contact-save"}


async def settle(pilot: Pilot) -> None:
    """Writes and loads done (not the workers that wait on an open dialog)."""
    for _ in range(2):
        await pilot.pause()
        busy = [w for w in pilot.app.workers if w.group in WRITERS]
        if busy:  # (an empty list would wait for every worker, the dialog's too)
            await pilot.app.workers.wait_for_complete(busy)
        await pilot.pause()


async def open_network(pilot: Pilot) -> NetworkScreen:
    await pilot.press("w")  # from the console, as a user does
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, NetworkScreen)
    return screen


def names(screen: NetworkScreen) -> list[str]:
    return [row.name for row in screen.view.shown]


def stored(store: Store) -> dict[str, Contact]:
    reread = Store.open(store.path, read_only=True)
    return {c.name: c for c in reread.contacts.all()}


async def test_opens_with_the_filter_focused_and_letters_filter(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_network(pilot)
        assert screen.title == "Your network"
        assert screen.focused is screen.query_one("#network-filter", Input)
        assert len(names(screen)) == 8
        await pilot.press("s", "a", "n", "j")  # letters type, even bound ones
        assert screen.query_one("#network-filter", Input).value == "sanj"
        assert names(screen) == ["Sanjay Mehra"]
        await pilot.press("enter")  # to the table: now letters are keys
        assert screen.focused is screen.query_one(ContactTable)
        screen.query_one("#network-filter", Input).value = "tier:treas"
        await pilot.pause()
        assert names(screen) == ["Henrik Aalto", "Margaret Oyelaran"]
        screen.query_one("#network-filter", Input).value = "tier:vip"
        await pilot.pause()
        hint = str(screen.query_one("#network-hint", Static).render())
        assert "No tier matches 'vip'" in hint and names(screen) == []


async def test_a_letter_typed_in_the_table_goes_to_the_filter(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_network(pilot)
        screen.query_one(ContactTable).focus()
        await pilot.press("t", "o", "m")  # not keys of the screen: typed into the filter
        assert screen.query_one("#network-filter", Input).value == "tom"
        assert names(screen) == ["Tom Lindgren"]


async def test_sort_by_column_and_reverse(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_network(pilot)
        screen.query_one(ContactTable).focus()
        await pilot.press("s")  # name → company
        assert screen.view.sort_column == "company"
        assert names(screen)[0] == "Ben Carrow"  # Copperline first
        screen.view.set_sort("tier")
        await pilot.press("r")
        assert Tier.parse(screen.view.shown[0].tier) is Tier.ACQUAINTANCE


async def test_add_edit_and_delete_a_contact(make_app, store: Store) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_network(pilot)
        assert "No contacts yet" in "".join(
            screen.query_one(ContactTable).render_line(y).text for y in range(4)
        )
        # Nothing to search: the list has focus, so the a the empty list names adds one
        # (it typed "a" into the filter).
        assert screen.query_one(ContactTable).has_focus
        await pilot.press("a")
        await settle(pilot)
        form = pilot.app.screen
        assert isinstance(form, ContactForm)
        form.query_one("#field-name", Input).value = "Dana Lee"
        form.query_one("#field-tier", Input).value = "trusted"
        form.query_one("#field-company", Input).value = "Contoso"
        form.query_one("#field-tags", Input).value = "data, logistics, data"
        await pilot.press("enter")
        await settle(pilot)
        dana = stored(store)["Dana Lee"]
        assert (dana.tier, dana.company, dana.tags) == (
            Tier.TRUSTED,
            "Contoso",
            ("data", "logistics"),
        )
        assert names(screen) == ["Dana Lee"]
        await pilot.press("e")
        await settle(pilot)
        form = pilot.app.screen
        assert isinstance(form, ContactForm)
        assert form.query_one("#field-company", Input).value == "Contoso"
        form.query_one("#field-role", Input).value = "Head of data"
        form.query_one("#field-tier", Input).value = "best friend"
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.screen is form  # a tier that isn't one: said beside it, not saved
        form.query_one("#field-tier", Input).value = "treasured"
        await pilot.press("enter")
        await settle(pilot)
        dana = stored(store)["Dana Lee"]
        assert (dana.role, dana.tier) == ("Head of data", Tier.TREASURED)
        await pilot.press("d")
        await settle(pilot)
        question = pilot.app.screen
        assert isinstance(question, ChoiceScreen)
        await pilot.press("enter")  # Keep is first
        await settle(pilot)
        assert "Dana Lee" in stored(store)
        await pilot.press("d")
        await settle(pilot)
        await pilot.click("#answer-delete")
        await settle(pilot)
        assert stored(store) == {} and names(screen) == []


async def test_a_tier_key_sets_every_marked_row_in_one_go(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_network(pilot)
        table = screen.query_one(ContactTable)
        table.focus()
        await pilot.press("space", "space", "down", "space")  # rows 1, 2 and 4
        assert len(table.marked) == 3
        assert "3 marked" in str(screen.query_one("#network-status", Static).render())
        await pilot.press("2")
        await settle(pilot)
        tiers = {name: c.tier for name, c in stored(seeded).items()}
        assert [tiers[n] for n in ("Ben Carrow", "Colette Fournier", "Henrik Aalto")] == [
            Tier.TRUSTED
        ] * 3
        assert tiers["Grace Achebe"] is Tier.ACQUAINTANCE and not table.marked
        await pilot.press("home", "1")  # nothing marked: the row under the cursor
        await settle(pilot)
        assert stored(seeded)["Ben Carrow"].tier is Tier.TREASURED


async def test_the_detail_shows_the_ledger_and_edits(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(100, 40)) as pilot:
        screen = await open_network(pilot)
        screen.query_one("#network-filter", Input).value = "rosa"
        await pilot.pause()
        await pilot.press("enter", "enter")  # to the table, then open
        await settle(pilot)
        detail = pilot.app.screen
        assert isinstance(detail, ContactDetailScreen)
        ledger = str(detail.query_one("#contact-ledger", Static).render())
        assert ledger.count("favour") >= 2
        assert len(detail.query_one("#contact-capital").data) == 52
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is screen


async def test_a_long_name_on_a_narrow_terminal(make_app, store: Store) -> None:
    store.contacts.add(Contact("Maximiliana " * 8 + "Ó Súilleabháin", company="Northwind " * 8))
    async with make_app().run_test(size=(60, 20)) as pilot:
        await open_network(pilot)
        table = pilot.app.screen.query_one(ContactTable)
        lines = [table.render_line(y).text for y in range(3)]
        assert all(len(line) <= table.size.width for line in lines)
        assert "…" in lines[1] and "6/6" in lines[1]


async def test_works_during_a_call(make_app, seeded: Store) -> None:
    from ..app.console_steps import start_call

    async with make_app().run_test(size=(80, 24)) as pilot:
        await start_call(pilot, "Ama Mensah")
        screen = await open_network(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is not screen


async def test_forget_a_contact_from_their_detail(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(100, 40)) as pilot:
        screen = await open_network(pilot)
        screen.query_one("#network-filter", Input).value = "sanjay"
        await pilot.pause()
        await pilot.press("enter", "enter")
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        question = pilot.app.screen
        assert isinstance(question, ChoiceScreen)
        body = str(question.query_one("#choice-body", Static).render())
        assert "This erases Sanjay Mehra" in body and "cannot be undone" in body
        await pilot.press("enter")  # Keep is first
        await settle(pilot)
        assert "Sanjay Mehra" in stored(seeded)
        await pilot.press("F")
        await settle(pilot)
        await pilot.click("#answer-forget")
        await settle(pilot)
        assert "Sanjay Mehra" not in stored(seeded)
        assert b"Sanjay Mehra" not in seeded.path.read_bytes()
        assert pilot.app.screen is screen and "Sanjay Mehra" not in names(screen)
