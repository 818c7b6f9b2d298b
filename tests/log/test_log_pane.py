"""The log pane driven from the keyboard: filter, sort, detail, edit, delete, forget, export."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pendulum
import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Input, Static

from netcall_tui.app import NetcallApp
from netcall_tui.core.config import Config
from netcall_tui.core.demo.bulk import bulk_calls
from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.core.domain.vocabulary import OutcomeKind
from netcall_tui.core.export.formats import read_json
from netcall_tui.core.log.rows import build_rows
from netcall_tui.store.backups import backup_dir
from netcall_tui.store.db import Store
from netcall_tui.ui.console.screen import ConsoleScreen
from netcall_tui.ui.dialogs.choice import ChoiceScreen
from netcall_tui.ui.dialogs.form import FormScreen
from netcall_tui.ui.screens import log as log_module
from netcall_tui.ui.screens.log import FIRST_PAGE, LogScreen
from netcall_tui.ui.screens.log_detail import LogDetailScreen
from netcall_tui.ui.widgets.log_table import LogTable

from ..helpers import FROZEN, add_call
from .test_forget import build_history, holds

pytestmark = pytest.mark.usefixtures("frozen_now")


async def settle(pilot: Pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_log(pilot: Pilot) -> LogScreen:
    await pilot.press("l")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, LogScreen)
    while not screen.loaded:
        await settle(pilot)
    return screen


def status(screen: LogScreen) -> str:
    return str(screen.query_one("#log-status", Static).render())


def table_lines(screen: LogScreen) -> list[str]:
    table = screen.query_one(LogTable)
    return [table.render_line(y).text for y in range(table.size.height)]


def toasts(app: NetcallApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def type_filter(pilot: Pilot, text: str) -> None:
    if not isinstance(pilot.app.focused, Input):  # "/" in the filter is typed, as any key
        await pilot.press("slash")
    await pilot.press(*[{" ": "space", ":": "colon"}.get(ch, ch) for ch in text])
    await pilot.pause()


async def test_l_opens_the_log_and_escape_returns(make_app, seeded: Store) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_log(pilot)
        total = seeded.calls.count()
        assert screen.query_one(LogTable).row_count == total
        assert status(screen).startswith(f"{total} calls · sorted by when ▼")
        newest = seeded.calls.list(limit=1)[0]
        assert newest.caller_name in table_lines(screen)[1]
        await pilot.press("escape")
        assert isinstance(app.screen, ConsoleScreen)


async def test_empty_log_says_what_to_do(make_app, store: Store) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_log(pilot)
        assert any("No calls yet — press n on the console" in line for line in table_lines(screen))
        assert status(screen).startswith("0 calls")


async def test_filter_narrows_as_you_type_and_explains_mistakes(make_app, seeded: Store) -> None:
    referrals = [
        c for c in seeded.calls.list() if c.outcome and c.outcome.kind is OutcomeKind.REFERRAL_MADE
    ]
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await open_log(pilot)
        await type_filter(pilot, "outcome:referral")
        table = screen.query_one(LogTable)
        assert table.row_count == len(referrals)
        assert status(screen).startswith(f"{len(referrals)} of {seeded.calls.count()} calls")
        screen.query_one("#log-filter", Input).value = "outcome:referral outcome:"
        await pilot.pause()
        hint = screen.query_one("#log-hint", Static)
        assert hint.has_class("-error")
        assert "The filter outcome: needs a value" in str(hint.render())
        assert table.row_count == 0  # nothing, as the command line exits 2
        screen.query_one("#log-filter", Input).value = "zzzz-nobody"
        await pilot.pause()
        assert table.row_count == 0
        assert any("No calls match “zzzz-nobody”" in line for line in table_lines(screen))


async def test_sort_by_columns_keys_and_header_clicks(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await open_log(pilot)
        table = screen.query_one(LogTable)
        await pilot.press("down", "s")  # to the table (focus starts in the filter), sort by caller
        assert (screen.view.sort_column, screen.view.descending) == ("caller", False)
        names = [row.caller.casefold() for row in screen.view.shown]
        assert names == sorted(names)
        assert "Caller ▲" in table_lines(screen)[0]
        await pilot.press("r")
        assert screen.view.descending
        header = table_lines(screen)[0]
        await pilot.click(LogTable, offset=(header.index("Time used") + 1, 0))
        assert screen.view.sort_column == "time" and screen.view.descending
        overtime = [row.overtime_s for row in screen.view.shown]
        assert overtime == sorted(overtime, reverse=True)
        assert table.current is screen.view.shown[table.cursor]


async def test_enter_opens_the_detail_with_every_field(make_app, seeded: Store) -> None:
    call = next(c for c in seeded.calls.list() if c.promise_ids)
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await open_log(pilot)
        await pilot.press("down")  # focus starts in the filter
        screen.query_one(LogTable).move_to(screen.view.index_of(call.id))
        await pilot.press("enter")
        await pilot.pause()
        detail = app_screen(pilot, LogDetailScreen)
        facts = str(detail.query_one("#detail-facts", Static).render())
        assert call.caller_name in str(detail.query_one("#detail-title", Static).render())
        for phase in call.phases:
            assert phase.kind.label in facts
        assert call.outcome is not None and call.outcome.kind.label in facts
        promises = str(detail.query_one("#detail-promises", Static).render())
        assert any(word in promises for word in ("kept", "open", "late"))
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, LogScreen)


def app_screen(pilot: Pilot, kind: type):
    assert isinstance(pilot.app.screen, kind), pilot.app.screen
    return pilot.app.screen


async def open_detail(pilot: Pilot, call_id: str) -> LogDetailScreen:
    screen = await open_log(pilot)
    await pilot.press("down")  # focus starts in the filter
    screen.query_one(LogTable).move_to(screen.view.index_of(call_id))
    await pilot.press("enter")
    await pilot.pause()
    return app_screen(pilot, LogDetailScreen)


async def test_edit_notes_is_stored_with_edited_at(make_app, store: Store) -> None:
    call = add_call(store, "Dana Whitfield", notes="first words")
    async with make_app().run_test(size=(80, 24)) as pilot:
        await open_detail(pilot, call.id)
        await pilot.press("e", "end", "space", "m", "o", "r", "e", "ctrl+s")
        await settle(pilot)
        stored = store.calls.get(call.id)
        assert stored is not None and stored.notes == "first words more"
        assert stored.edited_at == FROZEN
        assert "Notes saved." in toasts(pilot.app)
        await pilot.press("escape")
        await settle(pilot)
        log = app_screen(pilot, LogScreen)
        assert log.view.shown[0].edited


async def outcome_form(pilot: Pilot, call_id: str) -> FormScreen:
    await open_detail(pilot, call_id)
    await pilot.press("o")
    await pilot.pause()
    return app_screen(pilot, FormScreen)


async def test_edit_outcome_checks_it_and_stores_it(make_app, store: Store) -> None:
    call = add_call(store, "Dana Whitfield")
    async with make_app().run_test(size=(80, 24)) as pilot:
        form = await outcome_form(pilot, call.id)
        form.query_one("#field-kind", Input).value = "honest no"
        form.query_one("#field-kind", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert any("needs an alternative avenue" in t for t in toasts(pilot.app))
        form = app_screen(pilot, FormScreen)  # asked again, with what was typed
        assert form.query_one("#field-kind", Input).value == "honest no"
        form.query_one("#field-detail", Input).value = "the local product meetup"
        form.query_one("#field-detail", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        stored = store.calls.get(call.id)
        assert stored is not None and stored.outcome is not None
        assert stored.outcome.kind is OutcomeKind.HONEST_NO
        assert stored.outcome.detail == "the local product meetup"
        assert stored.edited_at == FROZEN


async def test_edit_outcome_to_a_meeting_asks_when(make_app, store: Store) -> None:
    call = add_call(store, "Dana Whitfield")
    async with make_app().run_test(size=(80, 24)) as pilot:
        form = await outcome_form(pilot, call.id)
        form.query_one("#field-kind", Input).value = "interview scheduled"
        form.query_one("#field-when", Input).value = "2026-12-03 10:00"
        await pilot.pause()
        assert "Thursday 3 December 2026, 10:00" in str(form.query_one("#preview-when").render())
        form.query_one("#field-when", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
    stored = store.calls.get(call.id)
    assert stored is not None and stored.outcome is not None
    assert stored.outcome.kind is OutcomeKind.INTERVIEW_SCHEDULED
    assert stored.outcome.when == pendulum.datetime(2026, 12, 3, 10, tz="Europe/London")
    (meeting,) = store.promises.for_call(call.id)  # as if it had been logged so
    assert meeting.text.startswith("Information interview with Dana Whitfield")
    assert meeting.due == stored.outcome.when and stored.promise_ids == (meeting.id,)


async def test_detail_shows_what_you_noted_about_the_caller(make_app, store: Store) -> None:
    caller = store.callers.add(Caller("Dana Whitfield", notes="Met at the [b]meetup[/b]"))
    call = add_call(store, caller.name)
    async with make_app().run_test(size=(160, 48)) as pilot:
        detail = await open_detail(pilot, call.id)
        facts = str(detail.query_one("#detail-facts", Static).render())
        assert "About them  Met at the [b]meetup[/b]" in facts


async def test_delete_asks_first_then_removes_the_call_and_its_promises(
    make_app, seeded: Store
) -> None:
    call = next(c for c in seeded.calls.list() if c.promise_ids)
    before = seeded.calls.count()
    async with make_app().run_test(size=(160, 48)) as pilot:
        await open_detail(pilot, call.id)
        await pilot.press("d")
        await pilot.pause()
        choice = app_screen(pilot, ChoiceScreen)
        body = str(choice.query_one("#choice-body", Static).render())
        assert call.caller_name in body and "and the promise made in it" in body
        await pilot.press("enter")  # "Keep it" has the focus
        await pilot.pause()
        assert seeded.calls.get(call.id) is not None
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("right", "enter")
        await settle(pilot)
        assert seeded.calls.get(call.id) is None
        assert all(seeded.promises.get(p) is None for p in call.promise_ids)
        log = app_screen(pilot, LogScreen)
        assert log.view.total == before - 1


async def test_forget_erases_the_person_everywhere(db_path: Path, clock) -> None:
    caller_id, name = build_history(db_path)
    store = Store.open(db_path, today=lambda: date(2026, 11, 23))
    call_id = next(r["id"] for r in store.calls.raw() if r["caller_id"] == caller_id)
    app = NetcallApp(Config(), store=store, clock=clock)
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            await open_detail(pilot, call_id)
            await pilot.press("F")
            await pilot.pause()
            choice = app_screen(pilot, ChoiceScreen)
            body = str(choice.query_one("#choice-body", Static).render())
            assert f"This erases {name} from netcall for good" in body
            assert "2 calls" in body and "2 backup copies" in body
            await pilot.press("right", "enter")
            await settle(pilot)
            log = app_screen(pilot, LogScreen)
            assert all(row.caller_id != caller_id for row in log.view.all_rows)
            assert any(t.startswith(f"Forgot {name}") for t in toasts(app))
    finally:
        store.close()
    backups = list(backup_dir(db_path).iterdir())
    assert len(backups) == 3
    for path in [db_path, *backups]:
        assert not holds(path, caller_id, name), path


async def test_export_what_is_filtered_from_the_pane(
    make_app, seeded: Store, tmp_path: Path
) -> None:
    target = tmp_path / "referrals.json"
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await open_log(pilot)
        await type_filter(pilot, "outcome:referral")
        await pilot.press("enter")  # back to the table
        shown = [row.id for row in screen.view.shown]
        await pilot.press("x")
        await pilot.pause()
        form = app_screen(pilot, FormScreen)
        form.query_one("#field-format", Input).value = "json"
        form.query_one("#field-file", Input).value = str(target)
        form.query_one("#field-file", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert any(f"Exported {len(shown)} calls to {target}" in t for t in toasts(pilot.app))
    back = read_json(target.read_text(encoding="utf-8"))
    assert [c["id"] for c in back.calls] == shown
    assert back.selection == "outcome:referral"


async def test_names_are_shown_literally(make_app, store: Store) -> None:
    add_call(store, "[b]Eve[/b]")
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_log(pilot)
        assert "[b]Eve[/b]" in table_lines(screen)[1]


async def test_confirmations_show_a_markup_name_literally(make_app, store: Store) -> None:
    call = add_call(store, "[/x] Eve [bold]")  # invalid markup: crashed the forget dialog once
    async with make_app().run_test(size=(80, 24)) as pilot:
        await open_detail(pilot, call.id)
        for key in ("d", "F"):
            await pilot.press(key)
            await pilot.pause()
            choice = app_screen(pilot, ChoiceScreen)
            body = str(choice.query_one("#choice-body", Static).render())
            labels = [str(button.label) for button in choice.query(Button)]
            assert "[/x] Eve [bold]" in body
            if key == "F":
                assert "Forget [/x] Eve [bold]" in labels
            await pilot.press("escape")
            await pilot.pause()
        assert store.calls.get(call.id) is not None


async def test_a_big_log_paints_the_newest_first_then_indexes_the_rest(
    make_app, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.transaction():
        for record in bulk_calls(FIRST_PAGE + 150, seed=3, now=FROZEN.in_timezone("UTC")):
            store.calls.add(Call.from_dict(record))
    indexing = threading.Event()  # holds the indexing thread until the first paint is seen

    def held_build_rows(records, states):
        if len(records) > FIRST_PAGE:
            assert indexing.wait(10)
        return build_rows(records, states)

    monkeypatch.setattr(log_module, "build_rows", held_build_rows)
    async with make_app().run_test(size=(80, 24)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        screen = app_screen(pilot, LogScreen)
        assert not screen.loaded  # the first paint has the newest page only
        assert screen.view.total == FIRST_PAGE
        assert "reading the rest" in status(screen)
        screen.query_one("#log-filter", Input).value = "outcome:referral"  # typed meanwhile
        await pilot.pause()
        indexing.set()
        while not screen.loaded:
            await settle(pilot)
        await pilot.pause()
        assert screen.view.total == FIRST_PAGE + 150
        assert screen.view.shown == [
            r for r in screen.view.all_rows if r.outcome == "referral_made"
        ]
        assert status(screen).startswith(f"{len(screen.view.shown)} of {FIRST_PAGE + 150} calls")


async def test_the_pane_s_export_carries_the_calls_resumes(
    make_app, store: Store, tmp_path: Path
) -> None:
    from netcall_tui.core.domain.resume import Resume, ResumeFor

    call = add_call(store, "Sam Rivera")
    filed = Resume(call.caller_id, FROZEN.add(months=3), ResumeFor(("Data engineer",)), call.id)
    store.resumes.add(filed)
    target = tmp_path / "calls.json"
    async with make_app().run_test(size=(160, 48)) as pilot:
        await open_log(pilot)
        await type_filter(pilot, "sam")
        await pilot.press("enter", "x")  # to the table, then export
        await pilot.pause()
        form = app_screen(pilot, FormScreen)
        form.query_one("#field-format", Input).value = "json"
        form.query_one("#field-file", Input).value = str(target)
        form.query_one("#field-file", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
    back = read_json(target.read_text(encoding="utf-8"))
    assert [(r["id"], r["roles"]) for r in back.resumes] == [(filed.id, ["Data engineer"])]
