"""The résumé register: found as you type, and each change from a row kept — reviewed,
passed on (a referral, or a promise for a name outside your network), removed with a
kind note — with the review promise closed where the promise is kept."""

from __future__ import annotations

import string

import pytest
from rich.cells import cell_len
from textual.widgets import Button, Input

from netcall_tui.core.domain.records import Contact
from netcall_tui.core.domain.vocabulary import LedgerKind, PromiseStatus, ReferralState, Tier
from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.choice import ChoiceScreen
from netcall_tui.ui.dialogs.form import FormScreen
from netcall_tui.ui.dialogs.referral_form import ReferralForm
from netcall_tui.ui.screens.log_detail import LogDetailScreen
from netcall_tui.ui.screens.register import RegisterScreen
from netcall_tui.ui.widgets.log_table import LogTable

from ..app.console_steps import settle, toasts
from ..app.referral_steps import until
from ..helpers import FROZEN, add_call
from .steps import ON_FILE, filter_box, open_register, shown_names, type_keys

pytestmark = pytest.mark.usefixtures("frozen_now")
PRINTABLE = [ch for ch in string.printable if ch not in "\t\n\r\x0b\x0c"]


async def file_through_the_app(app, store: Store, people=ON_FILE) -> None:
    """Résumés filed as the app files them: each with its review promise."""
    from netcall_tui.core.domain.resume import ResumeFor

    session = app.session
    for weeks, (name, roles, sectors, tags) in enumerate(people, start=2):
        call = add_call(store, name, days_ago=7 * weeks)
        what = ResumeFor(roles, sectors, tags)
        session.submit(
            session.resumes.file, call.caller_id, call.id, what, FROZEN.add(weeks=weeks)
        ).result()


async def select(pilot, screen: RegisterScreen, name: str) -> None:
    """The row of `name` selected, from the filter: the table has focus."""
    filter_box(screen).value = ""
    await type_keys(pilot, f"caller:{name.split()[0].lower()}")
    await pilot.press("enter")
    assert shown_names(screen) == [name] and screen.focused is screen.table


async def test_focus_opens_in_the_filter_when_there_is_something_to_find(make_app, store):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_register(pilot)
        assert screen.focused is screen.table  # empty: the keys the list names must work
        assert "No résumés on file yet" in str(screen.table._empty)
        await pilot.press("escape")
        await file_through_the_app(app, store)
        screen = await open_register(pilot)
        assert screen.focused is filter_box(screen)
        assert len(screen.view.shown) == 3


async def test_every_printable_key_types_into_the_filter(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await file_through_the_app(app, store)
        screen = await open_register(pilot)
        for char in PRINTABLE:
            filter_box(screen).value = ""
            await pilot.press(char)
            await pilot.pause()
            assert app.is_running and app.screen is screen, repr(char)
            assert filter_box(screen).value == char, repr(char)


async def test_mark_reviewed_asks_the_next_date_and_moves_the_promise(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await file_through_the_app(app, store)
        screen = await open_register(pilot)
        await select(pilot, screen, "Mei Lin")
        await pilot.press("v")
        form = await until(pilot, FormScreen)
        assert form.query_one("#field-review", Input).value == "in 3 months"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert any("Mei Lin: reviewed. Next review" in m for _, m in toasts(app))
    (resume,) = [r for r in store.resumes.all() if r.what.roles == ("product designer",)]
    assert resume.reviewed_at == FROZEN
    assert resume.review_on.date() == FROZEN.add(months=3).date()
    due = store.promises.get(resume.promise_id).due
    assert due.date() == FROZEN.add(months=3).date()
    assert (due.hour, due.minute) == (17, 0)  # a day's task: no time of day is shown


async def test_pass_on_to_a_contact_opens_a_referral_and_closes_the_review(make_app, store):
    sam = store.contacts.add(Contact("Sam Rivera", Tier.TRUSTED, company="Globex"))
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await file_through_the_app(app, store)
        screen = await open_register(pilot)
        await select(pilot, screen, "Dana Whitfield")
        await pilot.press("p")
        form = await until(pilot, ReferralForm)
        assert "Pass Dana Whitfield's résumé on" in str(form.query_one("#referral-title").render())
        await type_keys(pilot, "sam")
        await pilot.press("tab")  # the picker takes Sam Rivera
        blurb = form.query_one("#blurb").text
        assert blurb.startswith("Hi Sam,") and "data engineer" in blurb
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert screen.view.shown[0].passed_to == "Sam Rivera"
        assert any("passed on to Sam Rivera (a referral, asked)" in m for _, m in toasts(app))
    (resume,) = [r for r in store.resumes.all() if r.what.roles == ("data engineer",)]
    (passed,) = resume.passed_on
    referral = store.referrals.get(passed.referral_id)
    assert referral.contact_id == sam.id and referral.state is ReferralState.ASKED
    assert referral.caller_name == "Dana Whitfield"
    favours = [e for e in store.contacts.get(sam.id).ledger if e.kind is LedgerKind.FAVOUR]
    assert len(favours) == 1
    assert store.promises.get(resume.promise_id).state is PromiseStatus.DONE


async def test_pass_on_to_a_name_outside_your_network_makes_a_promise(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await file_through_the_app(app, store)
        screen = await open_register(pilot)
        await select(pilot, screen, "Omar Haddad")
        await pilot.press("p")
        form = await until(pilot, ReferralForm)
        await type_keys(pilot, "Jo Recruiter")
        assert "a promise to send it" in str(form.query_one("#referral-who").render())
        await pilot.press("enter")
        await settle(pilot)
        assert any("(a promise to send it)" in m for _, m in toasts(app))
    (resume,) = [r for r in store.resumes.all() if r.what.roles == ("analytics lead",)]
    (passed,) = resume.passed_on
    assert passed.contact_name == "Jo Recruiter" and not passed.referral_id
    promise = store.promises.get(passed.promise_id)
    assert "Jo Recruiter" in promise.text and promise.state is PromiseStatus.OPEN
    assert store.promises.get(resume.promise_id).state is PromiseStatus.DONE
    assert not store.contacts.all() and not store.referrals.all()


@pytest.mark.parametrize(
    ("answer", "own", "kept"),
    [
        ("found_job", "", "They found a job."),
        ("own", "Moved abroad; wished her well.", "Moved abroad; wished her well."),
    ],
)
async def test_remove_with_a_kind_note_closes_the_review(
    make_app, store, answer: str, own: str, kept: str
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await file_through_the_app(app, store)
        screen = await open_register(pilot)
        await select(pilot, screen, "Mei Lin")
        await pilot.press("x")
        choice = await until(pilot, ChoiceScreen)
        choice.query_one(f"#answer-{answer}", Button).press()
        await pilot.pause()
        if own:
            form = await until(pilot, FormScreen)
            form.query_one("#field-note", Input).value = own
            await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert "Mei Lin" not in shown_names(screen)  # on file only, by default
        assert any(f"removed from file: {kept}" in m for _, m in toasts(app))
        filter_box(screen).value = "state:removed"
        await pilot.pause()
        assert shown_names(screen) == ["Mei Lin"]
    (resume,) = [r for r in store.resumes.all() if r.what.roles == ("product designer",)]
    assert not resume.on_file and resume.removed_note == kept
    promise = store.promises.get(resume.promise_id)
    assert promise.state is PromiseStatus.DONE


async def test_enter_opens_the_call_it_came_from(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await file_through_the_app(app, store)
        screen = await open_register(pilot)
        await select(pilot, screen, "Dana Whitfield")
        await pilot.press("enter")
        detail = await until(pilot, LogDetailScreen)
        assert detail.call_id == screen.selected.call_id


async def test_a_long_role_list_fits_at_60x20(make_app, store) -> None:
    roles = tuple(f"role number {n} of a very long list" for n in range(30))
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await file_through_the_app(app, store, [("Dana Whitfield", roles, ("logistics",), ())])
        screen = await open_register(pilot)
        table = screen.query_one(LogTable)
        assert table.size.width <= 60 and table.size.height >= 3
        header, line = table.render_line(0).text, table.render_line(1).text
        assert all(title in header for title in ("Who", "For", "Since", "Review", "Passed"))
        assert cell_len(line) == table.size.width  # one line, cut to fit: never wrapped
        assert line.startswith("Dana Whitf") and "role number 0 of a …" in line
        await type_keys(pilot, "number 29")
        assert shown_names(screen) == ["Dana Whitfield"]
