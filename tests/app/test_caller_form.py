"""The caller form's list of known callers and its "same person?" question (issue 11,
item 6): matched as the log matches, several at once, tab or enter takes one."""

from __future__ import annotations

import string

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from netcall_tui.core.domain.records import Caller
from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.caller_form import CallerForm
from netcall_tui.ui.dialogs.choice import ChoiceScreen
from netcall_tui.ui.widgets.known_callers import KnownCallers

from ..helpers import modules_loaded
from .console_steps import console

CALLERS = [
    Caller(name="Olumide Bello", company="Acme"),
    Caller(name="Olu Adeyemi", company="Larkspur"),
    Caller(name="Marta García", company="Northwind"),
    Caller(name="Mina Park", company="Acme"),
]


@pytest.fixture
def known(store: Store) -> dict[str, Caller]:
    return {caller.name: store.callers.add(caller) for caller in CALLERS}


async def open_form(pilot: Pilot, typed: str = "") -> CallerForm:
    await pilot.press("n")
    await pilot.pause()
    form = pilot.app.screen
    assert isinstance(form, CallerForm)
    await pilot.press(*typed)
    await pilot.pause()
    return form


def listed(form: CallerForm) -> list[str]:
    """The names the list shows, top first ([] when it is closed)."""
    callers = form.query_one(KnownCallers)
    if not callers.display:
        return []
    options = callers.option_list
    return [
        str(options.get_option_at_index(i).prompt).split("  ")[0].strip()
        for i in range(options.option_count)
    ]


def value(form: CallerForm, field: str) -> str:
    return form.query_one(f"#{field}", Input).value


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("olu", ["Olu Adeyemi", "Olumide Bello"]),  # several at once, best first
        ("marta garc", ["Marta García"]),  # accents and case aside
        ("bello", ["Olumide Bello"]),  # a surname alone
        ("northw", ["Marta García"]),  # a word of the company
        ("acme", ["Mina Park", "Olumide Bello"]),
    ],
)
async def test_typing_lists_the_matching_known_callers(make_app, known, typed, found) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot, typed)
        assert listed(form) == found


async def test_tab_takes_the_highlighted_caller_and_fills_in_their_record(make_app, known) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot, "Olu")
        await pilot.press("down", "tab")  # the second: Olumide Bello
        await pilot.pause()
        assert value(form, "name") == "Olumide Bello"
        assert value(form, "company") == "Acme"
        assert "known caller" in str(form.query_one("#caller-known", Static).render())
        assert listed(form) == [] and app.focused is form.query_one("#name")
        await pilot.press("enter")
        await pilot.pause()
        assert console(app).live.caller.id == known["Olumide Bello"].id


async def test_enter_takes_the_highlighted_caller_then_starts_the_call(make_app, known) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot, "garcia")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form and value(form, "name") == "Marta García"
        assert value(form, "company") == "Northwind"
        await pilot.press("enter")
        await pilot.pause()
        assert console(app).live.caller.id == known["Marta García"].id
        assert store_names(app) == {c.name for c in CALLERS}


def store_names(app) -> set[str]:
    return {caller.name for caller in app.session.people.known_callers()}


async def test_the_whole_name_typed_closes_the_list_and_enter_starts(make_app, known) -> None:
    """Typed whole (accents and case aside) there is nothing to choose: enter starts."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot, "marta garcia")
        assert listed(form) == []
        assert value(form, "company") == "Northwind"
        await pilot.press("enter")
        await pilot.pause()
        assert console(app).live.caller.id == known["Marta García"].id
        assert console(app).live.caller.name == "Marta García"


async def test_escape_closes_the_list_first_then_the_form(make_app, known) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot, "olu")
        assert listed(form)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is form and listed(form) == []
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CallerForm)
        assert console(app).live is None


async def ask_same_person(pilot: Pilot, typed: str) -> ChoiceScreen:
    form = await open_form(pilot, typed)
    if listed(form):
        await pilot.press("escape")  # close the list: enter starts the call as typed
    await pilot.press("enter")
    await pilot.pause()
    question = pilot.app.screen
    assert isinstance(question, ChoiceScreen)
    assert question._title == "Same person as Olumide Bello (Acme)?"
    assert form.is_attached
    return question


@pytest.mark.parametrize(("answer", "caller"), [("same", "Olumide Bello"), ("new", "Olumide Belo")])
async def test_a_name_close_to_a_known_one_asks_same_person(
    make_app, known, answer: str, caller: str
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        question = await ask_same_person(pilot, "Olumide Belo")
        question.dismiss(answer)
        await pilot.pause()
        live = console(app).live
        assert live is not None and live.caller.name == caller
        if answer == "same":
            assert live.caller.id == known["Olumide Bello"].id
            assert live.caller.company == "Acme"
        else:
            assert live.caller.id not in {c.id for c in known.values()}


async def test_back_from_same_person_returns_to_the_form_as_it_was(make_app, known) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ask_same_person(pilot, "Bello Olumide")
        await pilot.press("escape")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CallerForm) and value(form, "name") == "Bello Olumide"
        assert console(app).live is None


async def test_every_printable_key_typed_in_the_name_stays_in_the_box(make_app, known) -> None:
    typed = "".join(ch for ch in string.printable if ch.isprintable())
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        form = await open_form(pilot, typed)
        assert app.screen is form
        assert value(form, "name") == typed
        assert console(app).live is None


def test_the_console_loads_the_list_only_when_n_opens_the_form() -> None:
    """The dropdown's package costs the first frame nothing: the form is imported on `n`."""
    code = """
import asyncio, tempfile
from pathlib import Path
from netcall_tui.app import NetcallApp
from netcall_tui.core.config import Config
from netcall_tui.store.db import Store

async def first_frame():
    store = Store.open(Path(tempfile.mkdtemp()) / "calls.json")
    async with NetcallApp(Config(), store=store).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    store.close()

asyncio.run(first_frame())
"""
    assert modules_loaded(code, ("textual_autocomplete", "netcall_tui.ui.widgets.known")) == []
