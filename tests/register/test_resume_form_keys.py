"""K's form on a log with no words on file yet: tab moves on, as in every form."""

from __future__ import annotations

from textual.widgets import Input

from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.resume_form import ResumeForm

from ..app.console_steps import start_call
from ..app.referral_steps import until
from .steps import type_keys


async def test_tab_moves_to_sectors_when_no_word_is_offered(make_app, store: Store) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        await start_call(pilot, "Ana Lopez")
        await pilot.press("K")
        form = await until(pilot, ResumeForm)
        await type_keys(pilot, "data engineer")
        await pilot.press("tab")
        await type_keys(pilot, "logistics")
        assert form.query_one("#field-roles", Input).value == "data engineer"
        assert form.query_one("#field-sectors", Input).value == "logistics"


async def test_a_burst_of_keys_with_a_tab_fills_two_fields(make_app, store: Store) -> None:
    """A terminal delivers fast typing in one burst: the letters after the tab reached
    the roles box before the tab moved the focus ("data engineerlogistics")."""
    from textual import events

    async with make_app().run_test(size=(80, 24)) as pilot:
        await start_call(pilot, "Ana Lopez")
        await pilot.press("K")
        form = await until(pilot, ResumeForm)
        driver = pilot.app._driver
        assert driver is not None
        for key in [*"data engineer", "tab", *"logistics"]:
            character = {"tab": "\t", " ": " "}.get(key, key)
            name = {" ": "space"}.get(key, key)
            event = events.Key(name, character)
            event.set_sender(pilot.app)
            driver.send_message(event)
        for _ in range(4):
            await pilot.pause()
        assert form.query_one("#field-roles", Input).value == "data engineer"
        assert form.query_one("#field-sectors", Input).value == "logistics"
