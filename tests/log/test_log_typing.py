"""Typing on the log (issue 11, items 1 and 9): every printable key goes to the filter
and none leaves the screen; a filter that can't be read lists nothing and says why."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.export_form import ExportForm, with_format
from netcall_tui.ui.screens.log import LogScreen
from netcall_tui.ui.widgets.log_table import LogTable

from ..helpers import SIZES
from .test_log_pane import app_screen, open_log, table_lines

pytestmark = pytest.mark.usefixtures("frozen_now")

# Every printable character but space-likes other than " " (a terminal sends those as keys)
PRINTABLE = [ch for ch in string.printable if ch not in "\t\n\r\x0b\x0c"]


def filter_box(screen: LogScreen) -> Input:
    return screen.query_one("#log-filter", Input)


@pytest.mark.parametrize("size", SIZES)
async def test_focus_starts_in_the_filter_and_quentin_is_typed_not_quit(
    make_app, seeded: Store, size: tuple[int, int]
) -> None:
    async with make_app().run_test(size=size) as pilot:
        screen = await open_log(pilot)
        assert screen.focused is filter_box(screen)
        await pilot.press(*"quentin")
        await pilot.pause()
        assert pilot.app.is_running and pilot.app.screen is screen
        assert filter_box(screen).value == "quentin"


async def test_the_log_does_not_offer_q_where_q_is_typed(make_app, seeded: Store) -> None:
    """The footer said "q Quit" (cut to "q" at 80 columns) while q typed into the filter."""
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_log(pilot)
        shown = {key: a.enabled for key, a in screen.active_bindings.items() if a.binding.show}
        assert "q" not in shown
        await pilot.press("down")  # on the table, too
        await pilot.pause()
        assert not any(k == "q" and a.enabled for k, a in screen.active_bindings.items())
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not pilot.app.is_running  # quitting from the log is still a key away


async def test_no_printable_key_leaves_the_log_while_the_filter_has_focus(
    make_app, seeded: Store
) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_log(pilot)
        for char in PRINTABLE:
            filter_box(screen).value = ""
            await pilot.press(char)
            await pilot.pause()
            assert pilot.app.is_running and pilot.app.screen is screen, repr(char)
            assert screen.focused is filter_box(screen), repr(char)
            assert filter_box(screen).value == char, repr(char)


async def test_typing_on_the_table_goes_to_the_filter(make_app, seeded: Store) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await pilot.press("down")  # to the table
        assert screen.focused is screen.query_one(LogTable)
        await pilot.press(*"quentin")
        await pilot.pause()
        assert pilot.app.is_running and pilot.app.screen is screen
        assert filter_box(screen).value == "quentin"
        assert screen.focused is filter_box(screen)
        await pilot.press("enter")  # back on the table, its own keys still work
        assert screen.focused is screen.query_one(LogTable)
        await pilot.press("s")
        assert screen.view.sort_column == "caller" and filter_box(screen).value == "quentin"
        await pilot.press("o")  # not a key of the log's: added to the filter
        assert filter_box(screen).value == "quentino"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("outcome:bogus", "No outcome matches 'bogus': use one of interview-scheduled"),
        ("since:2025-13-01", "'2025-13-01' is not a real date; write a date (2025-03-01"),
        ("is:late", "The filter is: takes overtime or edited, not 'late'."),
    ],
)
async def test_a_bad_filter_lists_nothing_and_names_the_bad_value(
    make_app, seeded: Store, text: str, says: str
) -> None:
    async with make_app().run_test(size=(160, 48)) as pilot:
        screen = await open_log(pilot)
        await pilot.press(*text)
        await pilot.pause()
        hint = screen.query_one("#log-hint", Static)
        assert hint.has_class("-error") and says in str(hint.render())
        table = screen.query_one(LogTable)
        assert table.row_count == 0
        shown = " ".join(line.strip() for line in table_lines(screen))
        assert "Nothing is listed until the filter is fixed." in shown
        assert "No calls match" not in shown
        await pilot.press("ctrl+u")  # cleared: every call again
        await pilot.pause()
        assert table.row_count == seeded.calls.count() and not hint.has_class("-error")


def test_the_export_name_follows_the_format() -> None:
    assert with_format("/home/me/netcall-export.csv", "md") == "/home/me/netcall-export.md"
    assert with_format("/home/me/netcall-export.md", "json") == "/home/me/netcall-export.json"
    assert with_format("/home/me/calls", "json") == "/home/me/calls.json"
    assert with_format("/home/me/calls.txt", "json") == "/home/me/calls.txt"  # theirs
    assert with_format("/home/me/calls.csv", "xls") == "/home/me/calls.csv"  # not a format


async def test_the_export_dialog_renames_the_file_as_the_format_changes(
    make_app, seeded: Store, tmp_path: Path
) -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        await open_log(pilot)
        await pilot.press("down", "x")
        await pilot.pause()
        form = app_screen(pilot, ExportForm)
        file_box = form.query_one("#field-file", Input)
        assert file_box.value.endswith(".csv")
        form.query_one("#field-format", Input).value = "md"
        await pilot.pause()
        assert file_box.value.endswith(".md")
        form.query_one("#field-format", Input).value = "json"
        await pilot.pause()
        assert file_box.value.endswith(".json")


async def test_a_word_typed_fast_on_the_table_goes_whole_into_the_filter(
    make_app, seeded: Store
) -> None:
    """Typed faster than the screen repaints, the letters after the first one reached the
    table before the filter had the focus: "tsrx" sorted, reversed and asked to export."""
    from textual import events

    async with make_app().run_test(size=(80, 24)) as pilot:
        screen = await open_log(pilot)
        await pilot.press("down")  # on the table
        await pilot.pause()
        assert isinstance(screen.focused, LogTable)
        order = screen.view.sort_column, screen.view.descending
        driver = pilot.app._driver
        assert driver is not None
        for key in "tsrx":  # all at once, as a terminal delivers a fast typist's keys
            event = events.Key(key, key)
            event.set_sender(pilot.app)
            driver.send_message(event)
        await pilot.pause()
        await pilot.pause()
        assert pilot.app.screen is screen
        assert filter_box(screen).value == "tsrx"
        assert (screen.view.sort_column, screen.view.descending) == order
