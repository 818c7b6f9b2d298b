"""The calendar export from the promises view (`c`): where to save (the file in the home folder by
default), the replace question, the file written off the UI thread, and a toast with
the path; a path that can't be used says so and writes nothing."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from icalendar import Calendar
from textual.pilot import Pilot
from textual.widgets import Input

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Caller
from netcall_tui.core.domain.vocabulary import PromiseKind
from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.choice import ChoiceScreen
from netcall_tui.ui.dialogs.form import FormScreen
from netcall_tui.ui.screens.promises import PromisesScreen

from ..helpers import FROZEN, fixed_now
from .console_steps import toasts

pytestmark = pytest.mark.usefixtures("frozen_now")


@pytest.fixture
def promised(store: Store) -> Store:
    dana = store.callers.add(Caller("Dana Whitfield", phone="+44 7700 900123"))
    at = FROZEN.add(days=2).at(14)
    store.promises.add(Promise("Interview", at, caller_id=dana.id, kind=PromiseKind.INTERVIEW))
    store.promises.add(Promise("Send the survey", FROZEN.add(days=1), caller_id=dana.id))
    return store


async def ask(pilot: Pilot) -> FormScreen:
    """`c` on the promises view's table (in the filter box it is a letter): where to save."""
    await pilot.app.push_screen(PromisesScreen(now=fixed_now))
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press("down", "c")
    await pilot.pause()
    form = pilot.app.screen
    assert isinstance(form, FormScreen)
    return form


async def test_the_export_key_writes_the_calendar_home_and_says_where(
    make_app, promised: Store, isolated_home: Path
) -> None:
    target = isolated_home / "netcall-promises.ics"
    async with make_app().run_test(size=(80, 24)) as pilot:
        form = await ask(pilot)
        assert form.query_one("#field-file", Input).value == str(target)
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert ("", f"Wrote 2 open promises to {target}: import it into your calendar.") in (
            toasts(pilot.app)
        )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    events = Calendar.from_ical(target.read_bytes()).events
    assert sorted(str(e["SUMMARY"]) for e in events) == ["Interview", "Send the survey"]
    assert b"7700" not in target.read_bytes()


@pytest.mark.parametrize("answer", ["keep", "replace"])
async def test_a_file_there_already_is_replaced_only_when_asked(
    make_app, promised: Store, tmp_path: Path, answer: str
) -> None:
    target = tmp_path / "mine.ics"
    target.write_text("an older calendar")
    async with make_app().run_test(size=(80, 24)) as pilot:
        form = await ask(pilot)
        form.query_one("#field-file", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        question = pilot.app.screen
        assert isinstance(question, ChoiceScreen)
        question.dismiss(answer)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    replaced = target.read_bytes() != b"an older calendar"
    assert replaced is (answer == "replace")


async def test_a_symbolic_link_is_refused_in_a_toast_and_left_alone(
    make_app, promised: Store, tmp_path: Path
) -> None:
    mine = tmp_path / "mine.txt"
    mine.write_text("keep me")
    target = tmp_path / "cal.ics"
    target.symlink_to(mine)
    async with make_app().run_test(size=(80, 24)) as pilot:
        form = await ask(pilot)
        form.query_one("#field-file", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        pilot.app.screen.dismiss("replace")  # it exists: the question, then the refusal
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        (refused,) = [m for title, m in toasts(pilot.app) if title == "Not exported"]
    assert (
        refused
        == f"will not write the calendar to {target}: it is a symbolic link; choose another file"
    )
    assert target.is_symlink() and mine.read_text() == "keep me"
