"""K asks what the résumé is for, completing words already on file; what it files is
found in the register a keystroke-run later."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from netcall_tui.core.domain.vocabulary import OutcomeKind, PromiseKind
from netcall_tui.store.db import Store
from netcall_tui.ui.console.screen import ConsoleScreen
from netcall_tui.ui.dialogs.resume_form import ResumeForm
from netcall_tui.ui.widgets.word_list import WordList

from ..app.console_steps import console, settle, start_call
from ..app.referral_steps import until
from .steps import file_resumes, filter_box, open_register, shown_names, type_keys

pytestmark = pytest.mark.usefixtures("frozen_now")


def box(form: ResumeForm, name: str) -> Input:
    return form.query_one(f"#field-{name}", Input)


async def test_k_with_tags_then_o_finds_them_by_a_tag(make_app, store: Store, frozen_now) -> None:
    file_resumes(store)  # "data engineer", "data engineering", "logistics"… are in use
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot, "Ada Brook")
        await pilot.press("K")
        form = await until(pilot, ResumeForm)
        assert form.focused is box(form, "roles")
        await type_keys(pilot, "data eng")
        words = form.query_one("#words-roles", WordList)
        assert words.display and [o.id for o in words.option_list.options] == ["data engineer"]
        await pilot.press("tab")  # takes it
        assert box(form, "roles").value == "data engineer, "
        await type_keys(pilot, "ml ops")
        await pilot.press("tab", *"logi", "tab")  # to sectors; "logistics" completed
        assert box(form, "sectors").value == "logistics, "
        await pilot.press("tab")
        await type_keys(pilot, "kafka, sp")
        await pilot.press("enter")  # the list is open: enter takes "spark", not the form
        assert box(form, "tags").value == "kafka, spark, "
        box(form, "location").value = "~/résumés/ada.pdf"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConsoleScreen) and console(app).live is None
        screen = await open_register(pilot)
        assert screen.focused is filter_box(screen)
        await type_keys(pilot, "kafka")
        assert shown_names(screen) == ["Ada Brook"]
        filter_box(screen).value = ""
        await type_keys(pilot, '"data engineering"')
        # a tag of his, as a phrase; and the data engineers, whom an opening in data
        # engineering is for
        assert sorted(shown_names(screen)) == ["Ada Brook", "Dana Whitfield", "Omar Haddad"]
        filter_box(screen).value = ""
        await type_keys(pilot, "data engineer")
        assert sorted(shown_names(screen)) == ["Ada Brook", "Dana Whitfield", "Omar Haddad"]
    (call,) = [c for c in store.calls.list() if c.caller_name == "Ada Brook"]
    assert call.outcome.kind is OutcomeKind.RESUME_KEPT
    assert call.outcome.detail == "data engineer · ml ops · logistics"
    (resume,) = store.resumes.for_call(call.id)
    assert resume.what.roles == ("data engineer", "ml ops")
    assert resume.what.sectors == ("logistics",) and resume.what.tags == ("kafka", "spark")
    assert resume.what.location == "~/résumés/ada.pdf"
    promise = store.promises.get(resume.promise_id)
    assert promise.kind is PromiseKind.RESUME_REVIEW
    assert promise.due.date() == frozen_now.add(months=3).date() == resume.review_on.date()
    assert (promise.due.hour, promise.due.minute) == (17, 0)  # a date: no time of day shown


async def test_k_then_enter_files_it_for_nothing_yet_in_3_months(make_app, store, frozen_now):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start_call(pilot)
        await pilot.press("K")
        await until(pilot, ResumeForm)
        await pilot.press("enter")
        await settle(pilot)
    (resume,) = store.resumes.all()
    assert resume.what.roles == () and resume.review_on.date() == frozen_now.add(months=3).date()


async def test_escape_closes_the_list_then_backs_out_to_the_call(make_app, store) -> None:
    file_resumes(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start_call(pilot, "Ada Brook")
        await pilot.press("K")
        form = await until(pilot, ResumeForm)
        await type_keys(pilot, "dat")
        words = form.query_one("#words-roles", WordList)
        assert words.display
        await pilot.press("escape")  # the list first
        assert not words.display and app.screen is form
        await pilot.press("escape")  # then the form: back to the call
        await settle(pilot)
        assert isinstance(app.screen, ConsoleScreen) and console(app).live is not None
    assert store.calls.count() == 3 and len(store.resumes.all()) == 3  # the filed ones


async def test_a_bad_review_date_keeps_the_form_open_and_says_why(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start_call(pilot)
        await pilot.press("K")
        form = await until(pilot, ResumeForm)
        box(form, "review").value = "someday maybe"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form and "try:" in str(form.query_one("#error-review").render())
    assert store.calls.count() == 0
