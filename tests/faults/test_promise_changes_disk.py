"""A promise kept from the promises view on a real full disk: the file keeps it open, the
view says it was not saved (no traceback) and stays usable; with room again, the retry
writes it."""

from __future__ import annotations

from pathlib import Path

import orjson
import pendulum

from netcall_tui.app import NetcallApp
from netcall_tui.core.config import Config
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Caller
from netcall_tui.store.db import Store
from netcall_tui.ui.screens.promises import PromisesScreen
from netcall_tui.ui.widgets.log_table import LogTable

from ..helpers import fill_disk, fixed_now

DUE = pendulum.datetime(2026, 11, 20, 17, tz="Europe/London")


def done_on_disk(path: Path) -> bool:
    (promise,) = orjson.loads(path.read_bytes())["promises"].values()
    return promise["done_at"] is not None


async def test_done_on_a_full_disk_says_not_saved_and_keeps_the_file(
    small_disk: Path, clock
) -> None:
    path = small_disk / "calls.json"
    store = Store.open(path)
    sam = store.callers.add(Caller("Sam Rivera"))
    store.promises.add(Promise("Send Sam the salary survey", DUE, sam.id))
    app = NetcallApp(Config(), store=store, clock=clock)
    app.bell = lambda: None  # type: ignore[method-assign]  # no terminal to ring
    notes: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
        screen = PromisesScreen(now=fixed_now)
        await app.push_screen(screen)
        await pilot.pause()
        screen.query_one(LogTable).focus()
        fill_disk(small_disk)
        await pilot.press("d")
        await pilot.pause()
        await pilot.pause()
        await pilot.press("enter")  # no note
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen and not done_on_disk(path)
        assert any("no space" in n.lower() for n in notes), notes
        (small_disk / "filler").unlink()
        assert app.session.retry()
        assert done_on_disk(path)
    store.close()
