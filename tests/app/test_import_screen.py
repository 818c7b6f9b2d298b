"""The import screen, pushed directly: a path, the review read in a worker, a key to
import (with the tier chosen), escape to leave it; what was stored; snapshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from netcall_tui.core.domain.records import Contact
from netcall_tui.core.domain.vocabulary import Tier
from netcall_tui.store.db import Store
from netcall_tui.ui.screens.import_screen import ImportScreen

from ..core.import_files import LINKEDIN, LINKEDIN_HEADER
from ..helpers import SIZES
from .console_steps import settle


@pytest.fixture
def export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Connections.csv in the current folder (a relative path: the same in every snapshot)."""
    (tmp_path / "Connections.csv").write_text(LINKEDIN, encoding="utf-8", newline="")
    monkeypatch.chdir(tmp_path)
    return "Connections.csv"


def _summary(pilot: Pilot) -> str:
    return str(pilot.app.screen.query_one("#import-summary", Static).render())


async def _reviewed(pilot: Pilot, path: str) -> ImportScreen:
    screen = ImportScreen(path)
    pilot.app.push_screen(screen, lambda counts: setattr(pilot.app, "imported", counts))
    await pilot.pause()
    await pilot.press("enter")
    await settle(pilot)
    return screen


async def test_review_then_import_as_trusted(make_app, store: Store, export: str) -> None:
    store.contacts.add(Contact("Ada Okafor", company="Acme"))
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _reviewed(pilot, export)
        assert "LinkedIn connections: 3 new (1 near a contact you have)" in _summary(pilot)
        assert "a imports 3 new (tier: acquaintance" in _summary(pilot)
        table = screen.query_one("#import-rows", DataTable)
        assert [str(table.get_row_at(i)[1]) for i in range(table.row_count)] == ["near", "skipped"]
        assert store.contacts.count() == 1  # nothing written by the review
        await pilot.press("t")
        assert "(tier: trusted;" in _summary(pilot) and screen.tier is Tier.TRUSTED
        await pilot.press("a")
        await settle(pilot)
        assert app.screen is not screen
        assert app.imported.new == 3  # type: ignore[attr-defined]
        assert "Imported: 3 new" in " ".join(n.message for n in app._notifications)
    tiers = sorted((c.name, c.tier.value) for c in store.contacts.all())
    assert tiers == [
        ("Ada Okafor", "acquaintance"),  # the one you had, at Acme
        ("Ada Okafor", "trusted"),  # the near match, added as new
        ("Siobhán Ní Bhriain", "trusted"),
        ("Tomás Novák", "trusted"),
    ]


async def test_the_same_file_again_has_nothing_to_import(make_app, store: Store, export: str):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _reviewed(pilot, export)
        await pilot.press("a")
        await settle(pilot)
        await _reviewed(pilot, export)
        assert "Nothing to change" in _summary(pilot)
        before = store.path.read_bytes()
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ImportScreen)
    assert store.path.read_bytes() == before and store.contacts.count() == 3


async def test_a_broken_file_says_which_line_and_a_cannot_import(
    make_app, store: Store, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(LINKEDIN_HEADER + 'Ada,"Okafor\r\n', encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _reviewed(pilot, str(bad))
        assert "line 2: a quoted field starts on this line" in _summary(pilot)
        assert screen.query_one("#import-summary").has_class("-error")
        await pilot.press("a")  # no review: the key does nothing
        await settle(pilot)
        assert screen.review is None and store.contacts.count() == 0


async def test_escape_leaves_without_importing(make_app, store: Store, export: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _reviewed(pilot, export)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is not screen and app.imported is None  # type: ignore[attr-defined]
    assert store.contacts.count() == 0


async def test_an_empty_path_asks_for_one(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await _reviewed(pilot, "")
        assert "Type the path" in _summary(pilot)
        assert app.screen.query_one("#import-path", Input).has_focus


async def test_a_megabyte_pasted_as_the_path_is_cut_and_read_as_no_file(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _reviewed(pilot, "")
        box = app.screen.query_one("#import-path", Input)
        box.insert_text_at_cursor("x" * 1_000_000)
        assert len(box.value) == 4096  # a path's length at most, not the whole paste
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ImportScreen) and _summary(pilot)  # one line, no crash


@pytest.mark.parametrize("size", SIZES)
def test_import_screen_snapshot(snap_compare, make_app, store: Store, export: str, size) -> None:
    store.contacts.add(Contact("Ada Okafor", company="Acme"))

    async def run_before(pilot: Pilot) -> None:
        await _reviewed(pilot, export)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


def test_the_path_offered_is_the_newest_export_in_downloads(isolated_home: Path) -> None:
    import os

    from netcall_tui.ui.screens.import_screen import _guess

    assert _guess() == ""
    downloads = isolated_home / "Downloads"
    downloads.mkdir()
    (downloads / "Connections.csv").write_text(LINKEDIN)
    newer = downloads / "Basic_LinkedInDataExport_12-01-2026.zip"
    newer.write_bytes(b"PK\x03\x04")
    os.utime(downloads / "Connections.csv", (1_000_000, 1_000_000))
    assert _guess() == "~/Downloads/Basic_LinkedInDataExport_12-01-2026.zip"
