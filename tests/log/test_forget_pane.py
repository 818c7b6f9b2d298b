"""The forget confirmation names the other files that hold the person and offers to erase
them too; it says who with the same name stays; a start finishes an interrupted forget."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Button, Static

from netcall_tui.app import NetcallApp
from netcall_tui.core.config import Config
from netcall_tui.core.domain.records import Caller
from netcall_tui.core.export.data import gather
from netcall_tui.core.export.formats import render
from netcall_tui.store.db import Store
from netcall_tui.store.forget_todo import ForgetTodo, todo_path, write_todo
from netcall_tui.ui.dialogs.choice import ChoiceScreen

from ..helpers import FROZEN
from .test_forget import build_history, holds
from .test_log_pane import app_screen, open_detail, settle, toasts

pytestmark = pytest.mark.usefixtures("frozen_now")


def export_everything(db_path: Path) -> dict[str, Path]:
    with Store.open(db_path, read_only=True) as store:
        data = gather(store.calls.raw(), store.promises.raw(), store.callers.raw())
    files = {}
    for fmt in ("csv", "json", "md"):
        files[fmt] = db_path.with_name(f"netcall-export-2026-11-22.{fmt}")
        files[fmt].write_text(render(fmt, data, now=FROZEN))
    return files


async def forget_from_detail(
    db_path: Path, clock, caller_id: str, size: tuple[int, int], *answer: str
) -> tuple[str, list[str], list[str]]:
    """Press F on one of their calls, then `answer`: the confirmation's text, its buttons,
    and the toasts after."""
    store = Store.open(db_path, today=lambda: date(2026, 11, 23))
    call_id = next(r["id"] for r in store.calls.raw() if r["caller_id"] == caller_id)
    app = NetcallApp(Config(), store=store, clock=clock)
    try:
        async with app.run_test(size=size) as pilot:
            await open_detail(pilot, call_id)
            await pilot.press("F")
            await pilot.pause()
            choice = app_screen(pilot, ChoiceScreen)
            body = str(choice.query_one("#choice-body", Static).render())
            labels = [str(b.label) for b in choice.query(Button)]
            await pilot.press(*answer)
            await settle(pilot)
            return body, labels, toasts(app)
    finally:
        store.close()


async def test_the_confirmation_offers_the_other_copies_and_names_the_namesakes(
    db_path: Path, clock
) -> None:
    caller_id, name = build_history(db_path)
    files = export_everything(db_path)
    set_aside = db_path.with_name(db_path.name + ".corrupt-20261101T000000")
    set_aside.write_bytes(db_path.read_bytes())
    with Store.open(db_path, today=lambda: date(2026, 11, 22)) as store:
        other = store.callers.add(Caller("dana  WHITFIELD", email="dana@elsewhere.example"))
    body, labels, said = await forget_from_detail(
        db_path, clock, caller_id, (160, 48), "right", "right", "enter"
    )
    assert "Other files hold them; erase these too?" in body
    assert f"{files['csv']} — a CSV export: rewritten without their rows" in body
    assert f"{files['json']} — a JSON export: rewritten without their records" in body
    assert f"{files['md']} — a Markdown report" in body and ": deleted" in body
    assert f"{set_aside} — a set-aside copy of the call log" in body
    assert "another caller named dana  WHITFIELD" in body
    assert labels == ["Cancel", "Only the log and backups", "Also erase those files"]
    assert any("; 4 other files erased" in t for t in said), said
    with Store.open(db_path, read_only=True) as store:
        assert store.callers.get(other.id) is not None  # the namesake stays
    assert not files["md"].exists()
    for path in (files["csv"], files["json"], set_aside, db_path):
        assert not holds(path, caller_id, name), path
        assert holds(path, "Someone Else"), path  # everyone else stays


async def test_only_the_log_and_backups_leaves_the_other_files(db_path: Path, clock) -> None:
    caller_id, name = build_history(db_path)
    files = export_everything(db_path)
    await forget_from_detail(db_path, clock, caller_id, (80, 24), "right", "enter")
    assert not holds(db_path, caller_id)
    assert all(holds(path, name) for path in files.values())
    assert not todo_path(db_path).exists()


async def test_a_start_finishes_an_interrupted_forget_and_says_so(db_path: Path, clock) -> None:
    caller_id, name = build_history(db_path)
    with Store.open(db_path, read_only=True) as store:
        call_ids = tuple(r["id"] for r in store.calls.raw() if r["caller_id"] == caller_id)
    write_todo(db_path, ForgetTodo(caller_id, call_ids))  # as a kill left it
    store = Store.open(db_path, today=lambda: date(2026, 11, 23))
    app = NetcallApp(Config(), store=store, clock=clock)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            said = toasts(app)
    finally:
        store.close()
    assert any(
        t.startswith(
            "Finished forgetting a person (an earlier forget was interrupted): "
            "removed from the call log and 3 backup copies"
        )
        for t in said
    ), said
    assert all(name not in t for t in said)
