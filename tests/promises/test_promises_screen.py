"""The promises view driven from the keyboard: focus at open, typing, each change stored
(done with a note, snooze a week and "fri", drop with a reason, edit), undo, the
interview-held question and the referral gate, the call a promise came from, long text."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from netcall_tui.core.call.gate import sit_down_needed
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.core.domain.vocabulary import PromiseKind, PromiseStatus
from netcall_tui.core.promises.due import parse_due
from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.choice import ChoiceScreen
from netcall_tui.ui.dialogs.form import FormScreen
from netcall_tui.ui.screens.log_detail import LogDetailScreen
from netcall_tui.ui.screens.promises import PromisesScreen
from netcall_tui.ui.widgets.log_table import LogTable

from ..app.screen_text import screen_lines
from ..helpers import FROZEN, fixed_now

pytestmark = pytest.mark.usefixtures("frozen_now")


async def settle(pilot: Pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_view(pilot: Pilot) -> PromisesScreen:
    screen = PromisesScreen(now=fixed_now)
    await pilot.app.push_screen(screen)
    await settle(pilot)
    return screen


async def select(pilot: Pilot, screen: PromisesScreen, starts: str) -> str:
    """Put the cursor on the promise whose text starts so; its id."""
    table = screen.query_one(LogTable)
    table.focus()
    index = next(i for i, r in enumerate(screen.view.shown) if r.text.startswith(starts))
    table.move_to(index)
    await pilot.pause()
    return screen.view.shown[index].id


async def answer(pilot: Pilot, *keys: str, more: bool = False) -> None:
    """Keys for the dialog the last key opened (it waits for them: no settle before);
    `more`: another dialog follows, so its worker is still waiting."""
    await pilot.pause()
    await pilot.pause()
    await pilot.press(*keys)
    if more:
        await pilot.pause()
        await pilot.pause()
    else:
        await settle(pilot)


def on_disk(db_path, promise_id: str) -> Promise:
    again = Store.open(db_path, read_only=True)  # the file, not the app's memory
    try:
        found = again.promises.get(promise_id)
    finally:
        again.close()
    assert found is not None
    return found


def toasts(pilot: Pilot) -> list[str]:
    return [n.message for n in pilot.app._notifications]


async def test_opens_on_the_filter_grouped_with_its_counts(make_app, seeded) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        assert isinstance(pilot.app.focused, Input)
        counts = [
            str(s.render()) for s in screen.query(".promises-count").results(Static) if s.display
        ]
        assert counts == ["6 overdue", "1 today", "2 this week", "2 later", "32 closed"]
        groups = [r.group.value for r in screen.view.shown]
        assert groups == sorted(groups, key=["overdue", "today", "week", "later", "done"].index)
        assert screen.view.shown[0].text == "Send Sam the salary survey"  # a year overdue


async def test_an_empty_view_focuses_the_table(make_app, store) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        await open_view(pilot)
        assert isinstance(pilot.app.focused, LogTable)
        assert any("No promises yet" in line for line in screen_lines(pilot.app))


async def test_typed_letters_filter_and_change_nothing(make_app, seeded, db_path) -> None:
    before = db_path.read_bytes()
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        await pilot.press(*"due:week", "enter")
        await settle(pilot)
        assert [r.group.value for r in screen.view.shown] == ["today", "week", "week"]
        assert isinstance(pilot.app.focused, LogTable)
        await pilot.press(*" caller:dana")  # from the table: into the filter, q too
        await settle(pilot)
        assert {r.caller for r in screen.view.shown} == {"Dana Whitfield"}
        await pilot.press("q")
        await settle(pilot)
        assert pilot.app.is_running and screen.view.text.endswith("danaq")
    assert db_path.read_bytes() == before  # the d, x and e typed changed nothing


async def test_done_with_a_note_is_stored_then_undone(make_app, seeded, db_path) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        pid = await select(pilot, screen, "Send Dana")
        await pilot.press("d")
        await answer(pilot, *"sent by e-mail", "enter")
        kept = on_disk(db_path, pid)
        assert (kept.state, kept.done_at, kept.note) == (
            PromiseStatus.DONE,
            FROZEN,
            "sent by e-mail",
        )
        assert any("Done: Send Dana" in t and "u takes it back" in t for t in toasts(pilot))
        assert screen.selected is not None and screen.selected.id == pid  # the cursor stays
        await pilot.press("u")
        await settle(pilot)
        back = on_disk(db_path, pid)
        assert (back.state, back.done_at, back.note) == (PromiseStatus.OPEN, None, "")
        await pilot.press("u")  # nothing more to undo: the key is off
        await settle(pilot)
        assert on_disk(db_path, pid) == back


async def test_escape_from_the_note_keeps_it_open(make_app, seeded, db_path) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        pid = await select(pilot, screen, "Send Dana")
        await pilot.press("d")
        await answer(pilot, "escape")
        assert on_disk(db_path, pid).open


async def test_snooze_a_week_then_to_friday(make_app, seeded, db_path) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        pid = await select(pilot, screen, "Send Sam")
        await pilot.press("z")
        await answer(pilot, "right", "enter")  # 1 week
        assert on_disk(db_path, pid).due == parse_due("in 1 week", FROZEN)
        assert on_disk(db_path, pid).due.to_date_string() == "2026-12-03"
        await select(pilot, screen, "Send Sam")
        await pilot.press("z")
        await answer(pilot, "right", "right", "enter", more=True)  # a date…
        assert isinstance(pilot.app.screen, FormScreen)
        await pilot.press(*"fri", "enter")
        await settle(pilot)
        due = on_disk(db_path, pid).due
        assert (due.to_date_string(), due.hour) == ("2026-11-27", 17)
        assert any("Snoozed to Fri 27 Nov" in t for t in toasts(pilot))


async def test_drop_with_a_reason(make_app, seeded, db_path) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        pid = await select(pilot, screen, "Read Dana")
        await pilot.press("x")
        await answer(pilot, *"she found a job", "enter")
        dropped = on_disk(db_path, pid)
        assert (dropped.state, dropped.dropped_at, dropped.note) == (
            PromiseStatus.DROPPED,
            FROZEN,
            "she found a job",
        )
        assert screen.selected is not None and screen.selected.state == "dropped"
        await pilot.press("x", "d", "z")  # a dropped promise is not kept or snoozed
        await settle(pilot)
        assert not isinstance(pilot.app.screen, ChoiceScreen | FormScreen)
        assert on_disk(db_path, pid) == dropped


async def test_edit_what_and_when(make_app, seeded, db_path) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        pid = await select(pilot, screen, "Meet Dmitri")
        before = on_disk(db_path, pid)
        await pilot.press("e")
        await answer(pilot, "end", *" at the café", "enter")  # the words only
        edited = on_disk(db_path, pid)
        assert edited.text == before.text + " at the café"
        assert edited.due == before.due  # its 10:00 kept: the date was not touched
        await select(pilot, screen, "Meet Dmitri")
        await pilot.press("e")
        await answer(pilot, "tab", "ctrl+u", *"dec 9", "enter")
        assert on_disk(db_path, pid).due == parse_due("dec 9", FROZEN)
        await pilot.press("u")
        await settle(pilot)
        assert on_disk(db_path, pid).due == before.due


async def test_enter_opens_the_call_it_came_from(make_app, seeded) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        await select(pilot, screen, "Send Dana")
        call_id = screen.selected.call_id if screen.selected else ""
        await pilot.press("enter")
        await settle(pilot)
        detail = pilot.app.screen
        assert isinstance(detail, LogDetailScreen) and detail.call_id == call_id
        await pilot.press("escape")
        await settle(pilot)
        assert pilot.app.screen is screen


async def test_a_held_interview_is_stored_and_opens_the_gate(make_app, seeded, db_path) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        pid = await select(pilot, screen, "Meet Dmitri")
        caller_id = on_disk(db_path, pid).caller_id
        assert not pilot.app.session.calls.history(caller_id).interview_on_record
        await pilot.press("d")
        await pilot.pause()
        await pilot.pause()
        question = pilot.app.screen
        assert isinstance(question, ChoiceScreen)
        assert "Now: start its call" not in str(question.query_one("#answer-held").label) and (
            not question.query("#answer-call_now")  # not opened from the console
        )
        await answer(pilot, "enter", more=True)  # yes, held
        await answer(pilot, *"coffee at the station", "enter")
        kept = on_disk(db_path, pid)
        assert (kept.held, kept.note, kept.done_at) == (True, "coffee at the station", FROZEN)
        assert pilot.app.session.calls.history(caller_id).interview_on_record


async def test_an_interview_not_held_is_done_but_opens_nothing(make_app, seeded, db_path) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_view(pilot)
        pid = await select(pilot, screen, "Meet Dmitri")
        await pilot.press("d")
        await answer(pilot, "right", "enter", more=True)  # not held
        await answer(pilot, "enter")  # no note
        kept = on_disk(db_path, pid)
        assert kept.state is PromiseStatus.DONE and not kept.held
        assert not pilot.app.session.calls.history(kept.caller_id).interview_on_record


async def test_from_the_console_p_then_an_interview_held_now_starts_its_call(
    make_app, seeded, db_path
) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        console = pilot.app.screen
        await pilot.press("P")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, PromisesScreen)
        pid = await select(pilot, screen, "Meet Dmitri")
        await pilot.press("d")
        await answer(pilot, "right", "enter")  # now: start its call
        assert pilot.app.screen is console
        live = console.live  # type: ignore[attr-defined]
        assert live is not None and live.caller.name == "Dmitri Dubois"
        assert on_disk(db_path, pid).held
        assert not sit_down_needed(live)  # the gate: a held interview is on record
        assert live.countdown.phase.value == "interview"  # timed as the sit-down


def long_promise(store: Store) -> None:
    name = "Maximiliana Alexandrovna Konstantinopolous-Wetherington " * 2
    caller = store.callers.add(Caller(name.strip()))
    call = store.calls.add(Call(caller.id, caller.name, FROZEN.subtract(days=3)))
    text = "Send the whole reading list on " + "and again " * 46
    store.promises.add(
        Promise(text, FROZEN.add(days=40), caller.id, call.id, kind=PromiseKind.INTERVIEW)
    )


async def test_a_long_promise_is_cut_at_60x20(make_app, store: Store) -> None:
    long_promise(store)
    async with make_app().run_test(size=(60, 20)) as pilot:
        screen = await open_view(pilot)
        lines = screen_lines(pilot.app)
        assert all(len(line) <= 60 for line in lines)
        row = next(line for line in lines if "Send the whole" in line)
        assert "…" in row and "open" in row
        await select(pilot, screen, "Send the whole")
        await pilot.press("d")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(pilot.app.screen, ChoiceScreen)
        lines = screen_lines(pilot.app)
        assert all(len(line) <= 60 for line in lines)
        assert any("Not held" in line for line in lines)  # the answers stay in sight


async def test_during_a_call_the_interview_is_held_but_no_second_call_starts(
    make_app, seeded, db_path
) -> None:
    from ..app.console_steps import start_call

    async with make_app().run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        console = await start_call(pilot, "Priya Moreau")
        await pilot.press("P")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, PromisesScreen)
        pid = await select(pilot, screen, "Meet Dmitri")
        await pilot.press("d")
        await answer(pilot, "right", "enter")  # now: start its call
        assert pilot.app.screen is screen  # the view stays, saying why
        assert console.live is not None and console.live.caller.name == "Priya Moreau"
        assert on_disk(db_path, pid).held
        assert any("log it first" in t for t in toasts(pilot))
