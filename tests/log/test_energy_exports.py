"""Exports carry how each call left you only when asked (--with-energy, the dialog's box);
without it each format is byte for byte what it was before calls were rated."""

from __future__ import annotations

import csv
import io

import pytest

from netcall_tui.cli import main
from netcall_tui.core.export.data import gather
from netcall_tui.core.export.formats import FORMATS, read_json, render
from netcall_tui.store.db import Store

from ..helpers import FROZEN

pytestmark = pytest.mark.usefixtures("frozen_now")


def exported(store: Store, fmt: str, with_energy: bool, unrated: bool = False) -> str:
    """The demo log as `fmt`; `unrated`: from its records as they were before v5, when
    no call had an `energy` field."""
    calls = store.calls.raw()
    if unrated:
        calls = [{k: v for k, v in c.items() if k != "energy"} for c in calls]  # type: ignore[misc]
    promises = list(store.records("promises").values())
    callers = list(store.records("callers").values())
    data = gather(calls, promises, callers, "", with_energy=with_energy)  # type: ignore[arg-type]
    return render(fmt, data, now=FROZEN)


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_the_flag_the_export_is_what_it_was(seeded: Store, fmt: str) -> None:
    assert any(c.energy is not None for c in seeded.calls.list())  # the demo rates them
    before = exported(seeded, fmt, with_energy=False, unrated=True)
    assert exported(seeded, fmt, with_energy=False) == before
    assert '"energy":' not in before and ",energy" not in before and "Left you" not in before


def test_json_with_energy_keeps_each_rating(seeded: Store) -> None:
    back = read_json(exported(seeded, "json", with_energy=True))
    ratings = {c.id: c.energy for c in seeded.calls.list()}
    assert {c["id"]: c["energy"] for c in back.calls} == ratings
    assert None in ratings.values() and 5 in ratings.values()  # unrated ones stay null


def test_csv_with_energy_has_a_last_column(seeded: Store) -> None:
    text = exported(seeded, "csv", with_energy=True)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert text.splitlines()[0].endswith(",resume_state,energy")
    ratings = {c.id: c.energy for c in seeded.calls.list()}
    assert {r["call_id"]: r["energy"] for r in rows} == {
        i: "" if e is None else str(e) for i, e in ratings.items()
    }
    without = exported(seeded, "csv", with_energy=False)
    rated_cells = list(csv.reader(io.StringIO(text, newline="")))
    assert [row[:-1] for row in rated_cells] == list(csv.reader(io.StringIO(without, newline="")))


def test_markdown_with_energy_says_how_each_call_left_you(seeded: Store) -> None:
    text = exported(seeded, "md", with_energy=True)
    calls = seeded.calls.list()
    assert text.count("- **Left you:**") == len(calls)
    assert text.count("- **Left you:** not rated") == sum(c.energy is None for c in calls)
    assert "- **Left you:** energised (5)" in text


def test_the_command_takes_with_energy(seeded: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "json"]) == 0
    plain = capsys.readouterr().out
    assert main(["export", "--format", "json", "--with-energy"]) == 0
    rated = capsys.readouterr().out
    assert '"energy":' not in plain and '"energy": 5' in rated
    assert [c["id"] for c in read_json(plain).calls] == [c["id"] for c in read_json(rated).calls]


async def test_the_export_dialog_includes_energy_only_when_ticked(
    make_app, seeded: Store, tmp_path
) -> None:
    from textual.widgets import Checkbox, Input

    from netcall_tui.ui.dialogs.export_form import ExportForm

    from .test_log_pane import app_screen, open_log, settle

    async with make_app().run_test(size=(80, 24)) as pilot:
        for ticked in (False, True):
            await open_log(pilot)
            await pilot.press("down", "x")  # down: focus starts in the filter
            await pilot.pause()
            form = app_screen(pilot, ExportForm)
            box = form.query_one("#with-energy", Checkbox)
            assert box.value is False  # off unless asked, every time
            form.query_one("#field-format", Input).value = "json"
            target = tmp_path / f"ticked-{ticked}.json"
            form.query_one("#field-file", Input).value = str(target)
            if ticked:
                box.focus()
                await pilot.press("space")
                assert box.value is True
            form.query_one("#field-file", Input).focus()
            await pilot.press("enter")
            await settle(pilot)
            text = target.read_text(encoding="utf-8")
            assert ('"energy":' in text) is ticked
            await pilot.press("escape")  # back to the console
            await pilot.pause()


async def test_the_detail_shows_and_changes_how_a_call_left_you(make_app, store: Store) -> None:
    from textual.widgets import Static

    from ..helpers import add_call
    from .test_log_pane import open_detail, settle

    call = add_call(store, "Dana Whitfield", energy=2)
    plain = add_call(store, "Omar Zhou", days_ago=2)
    async with make_app().run_test(size=(80, 24)) as pilot:
        detail = await open_detail(pilot, call.id)
        facts = str(detail.query_one("#detail-facts", Static).render())
        assert "Left you    tired (2) · 1–5 changes it" in facts
        await pilot.press("4")
        await settle(pilot)
        assert store.calls.get(call.id).energy == 4
        assert store.calls.get(call.id).edited_at is None  # a rating is not an edit
        facts = str(detail.query_one("#detail-facts", Static).render())
        assert "Left you    good (4)" in facts
        await pilot.press("escape", "escape")  # the detail, then the log
        await pilot.pause()
        detail = await open_detail(pilot, plain.id)
        facts = str(detail.query_one("#detail-facts", Static).render())
        assert "Left you    not rated · 1 drained … 5 energised rates it" in facts
        await pilot.press("e", "5")  # editing the notes: 5 is a digit of the notes
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
    assert store.calls.get(plain.id).energy is None


def test_forgetting_a_person_rewrites_the_exports_with_energy_too() -> None:
    """The forget's other files: a CSV export with its `energy` column is still one."""
    import json

    from netcall_tui.core.domain.moments import to_record
    from netcall_tui.core.export.forgetting import csv_without, json_without, kind_of

    when = to_record(FROZEN)
    calls = [
        {"id": "c1", "caller_id": "p", "caller_name": "Dana", "started_at": when, "energy": 2},
        {"id": "c2", "caller_id": "q", "caller_name": "Omar", "started_at": when, "energy": 4},
    ]
    data = gather(calls, [], [], with_energy=True)  # type: ignore[arg-type]
    for fmt, without in (("csv", csv_without), ("json", json_without)):
        text = render(fmt, data, now=FROZEN)
        assert kind_of(text[:512]) == fmt
        kept = without(text, "p", set())
        assert kept is not None and "Dana" not in kept and "Omar" in kept, fmt
    assert [c["energy"] for c in json.loads(kept)["calls"]] == [4]


async def test_a_read_only_log_asks_nothing_and_rates_nothing(db_path, clock) -> None:
    from netcall_tui.app import NetcallApp
    from netcall_tui.core.config import Config

    from ..app.console_steps import console
    from ..helpers import add_call
    from .test_log_pane import open_detail, settle

    with Store.open(db_path) as writer:
        call = add_call(writer, "Dana Whitfield")
    store = Store.open(db_path, read_only=True)
    app = NetcallApp(Config(), store=store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = console(app)
        assert not screen.check_action("rate", (4,)) and not screen.check_action("skip_rating", ())
        await open_detail(pilot, call.id)
        await pilot.press("4")  # disabled, as the detail's other changes are
        await settle(pilot)
    store.close()
    with Store.open(db_path, read_only=True) as again:
        assert again.calls.get(call.id).energy is None
