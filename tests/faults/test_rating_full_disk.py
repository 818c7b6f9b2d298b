"""Rating a call on a full disk (a real 64 KiB tmpfs): one line says it was not saved and
how to retry; the rating waits in memory, and reaches the disk once there is room."""

from __future__ import annotations

from pathlib import Path

from netcall_tui.app import NetcallApp
from netcall_tui.core.config import Config
from netcall_tui.store.db import Store

from ..app.console_steps import console, settle, start_call, toasts
from ..helpers import fill_disk


async def test_a_rating_on_a_full_disk_is_kept_and_retried(small_disk: Path, clock) -> None:
    path = small_disk / "calls.json"
    store = Store.open(path)
    app = NetcallApp(Config(), store=store, clock=clock)
    app.bell = lambda: None  # type: ignore[method-assign]  # no terminal to ring
    async with app.run_test(size=(80, 24)) as pilot:
        await start_call(pilot, "Rafael Ortiz")
        await pilot.press("G")
        await settle(pilot)  # logged while there was room
        (call,) = store.calls.list()
        app.clear_notifications()
        fill_disk(small_disk)
        await pilot.press("4")
        await settle(pilot)
        shown = toasts(app)
        assert len(shown) == 1, shown  # one line: not saved, and what to do
        title, message = shown[0]
        assert title == "Not saved" and "No space left on device" in message
        assert "ctrl+s" in message
        assert console(app).call.to_rate is None  # the question went with the key
        assert store.unsaved and store.calls.get(call.id).energy == 4  # nothing lost
        (small_disk / "filler").unlink()  # room again
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not store.unsaved
    store.close()
    with Store.open(path, read_only=True) as again:
        assert again.calls.get(call.id).energy == 4
