"""Where the network screen leads: i imports (the list then shows who came in), R the
referrals view; both pushed from the screen's keys, back with escape."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from netcall_tui.store.db import Store
from netcall_tui.ui.screens.import_screen import ImportScreen
from netcall_tui.ui.screens.network import NetworkScreen
from netcall_tui.ui.screens.referrals import ReferralsScreen

from ..app.console_steps import settle as settle_all
from ..core.import_files import LINKEDIN
from .test_network_screen import names, open_network, settle

pytestmark = pytest.mark.usefixtures("frozen_now")


async def test_i_imports_and_the_list_shows_the_new_contacts(
    make_app, seeded: Store, tmp_path: Path
) -> None:
    export = tmp_path / "Connections.csv"
    export.write_text(LINKEDIN, encoding="utf-8", newline="")
    async with make_app().run_test(size=(120, 36)) as pilot:
        screen = await open_network(pilot)
        before = len(screen.view.all_rows)
        screen.table.focus()
        await pilot.press("i")
        importing = pilot.app.screen
        assert isinstance(importing, ImportScreen)
        importing.query_one("#import-path", Input).value = str(export)
        await pilot.press("enter")
        await settle_all(pilot)
        await pilot.press("a")
        await settle_all(pilot)
        await settle(pilot)
        assert pilot.app.screen is screen
        assert len(screen.view.all_rows) == before + 3
        assert {"Siobhán Ní Bhriain", "Tomás Novák"} <= set(names(screen))


async def test_escape_from_the_import_leaves_the_list_as_it_was(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_network(pilot)
        shown = names(screen)
        screen.table.focus()
        await pilot.press("i", "escape")
        await settle(pilot)
        assert pilot.app.screen is screen and names(screen) == shown


async def test_shift_r_opens_the_referrals_view(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_network(pilot)
        screen.table.focus()
        await pilot.press("R")
        await pilot.pause()
        referrals = pilot.app.screen
        assert isinstance(referrals, ReferralsScreen)
        assert referrals.view.total > 0  # the demo's referrals
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, NetworkScreen)
