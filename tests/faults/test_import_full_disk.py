"""An import on a full disk (a real tmpfs with no space left): the file keeps the
contacts it had, none of the import's; nothing is half-imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from netcall_tui.core.domain.records import Contact
from netcall_tui.services.session import Session
from netcall_tui.store.db import Store
from netcall_tui.store.errors import StoreError

from ..core.import_files import LINKEDIN
from ..helpers import fill_disk


def test_an_import_the_disk_refuses_adds_nothing_to_the_file(
    small_disk: Path, tmp_path: Path
) -> None:
    source = tmp_path / "Connections.csv"
    source.write_text(LINKEDIN, encoding="utf-8")
    store = Store.open(small_disk / "calls.json")
    store.contacts.add(Contact("Dana Whitfield", company="Acme"))
    session = Session(store)
    try:
        review = session.imports.review(source)
        fill_disk(small_disk)
        with pytest.raises(StoreError, match="No space left"):
            session.imports.apply(review)
        assert store.unsaved  # the whole import waits in memory, as one change
    finally:
        session.close()
        store.close(discard_unsaved=True)
    with Store.open(small_disk / "calls.json", read_only=True) as kept:
        assert [c.name for c in kept.contacts.all()] == ["Dana Whitfield"]


def test_netcall_import_on_a_full_disk_says_nothing_was_imported(
    small_disk: Path, tmp_path: Path
) -> None:
    from ..helpers import netcall

    source = tmp_path / "Connections.csv"
    source.write_text(LINKEDIN, encoding="utf-8")
    db = small_disk / "calls.json"
    with Store.open(db) as store:
        store.contacts.add(Contact("Dana Whitfield", company="Acme"))
    before = db.read_bytes()
    fill_disk(small_disk)
    done = netcall("--db", str(db), "import", str(source), "--yes")
    assert done.returncode == 1, done.stderr
    assert "No space left" in done.stderr and "nothing was imported" in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert db.read_bytes() == before


async def test_the_import_screen_on_a_full_disk_says_not_saved(
    small_disk: Path, tmp_path: Path, clock, monkeypatch
) -> None:
    from netcall_tui.app import NetcallApp
    from netcall_tui.core.config import Config
    from netcall_tui.ui.screens.import_screen import ImportScreen

    from ..app.console_steps import settle

    (tmp_path / "Connections.csv").write_text(LINKEDIN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    store = Store.open(small_disk / "calls.json")
    store.contacts.add(Contact("Dana Whitfield", company="Acme"))
    before = store.path.read_bytes()
    app = NetcallApp(Config(), store=store, clock=clock)
    app.bell = lambda: None  # type: ignore[method-assign]  # no terminal to ring
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            screen = ImportScreen("Connections.csv")
            await app.push_screen(screen)
            await pilot.press("enter")
            await settle(pilot)
            fill_disk(small_disk)
            await pilot.press("a")
            await settle(pilot)
            assert app.screen is screen and not screen.busy
            (toast,) = [n for n in app._notifications if n.title == "Not saved"]
            assert "No space left" in toast.message
            assert app.session.unsaved  # waits in memory as one change, as any write
    finally:
        store.close(discard_unsaved=True)
    assert (small_disk / "calls.json").read_bytes() == before
