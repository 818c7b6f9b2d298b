"""Changing a past call's outcome (issue 11, item 4): the list opens on the current
outcome, the highlight is what is kept, only what belongs to the new outcome is carried,
and the dialog says how to save and cancel."""

from __future__ import annotations

import pendulum
import pytest
from textual.widgets import Input, OptionList

from netcall_tui.core.domain.values import Outcome
from netcall_tui.core.domain.vocabulary import OutcomeKind
from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.outcome_edit import OutcomeForm
from netcall_tui.ui.widgets.dialog_keys import DialogKeys

from ..helpers import SIZES, add_call
from .test_log_pane import outcome_form, settle

pytestmark = pytest.mark.usefixtures("frozen_now")

REFERRAL = Outcome(OutcomeKind.REFERRAL_MADE, "Grace Achebe", contact_id="contact-1")


def value(form: OutcomeForm, name: str) -> str:
    return form.query_one(f"#field-{name}", Input).value


@pytest.mark.parametrize("size", SIZES)
async def test_the_list_opens_on_the_current_outcome_and_shows_the_keys(
    make_app, store: Store, size: tuple[int, int]
) -> None:
    call = add_call(store, "Dana Whitfield", outcome=REFERRAL)
    async with make_app().run_test(size=size) as pilot:
        form = await outcome_form(pilot, call.id)
        assert isinstance(form, OutcomeForm)
        choices = form.query_one("#choices-kind", OptionList)
        assert choices.highlighted == list(OutcomeKind).index(OutcomeKind.REFERRAL_MADE)
        assert value(form, "kind") == "referral made" and value(form, "detail") == "Grace Achebe"
        keys = form.query_one(DialogKeys)  # how to save and cancel, on screen at 80x24
        assert keys.region.height and keys.region.bottom <= size[1]
        assert [item.label for item in keys.items()][-2:] == ["save", "cancel"]


async def test_the_highlight_and_tab_change_the_outcome_without_the_old_contact(
    make_app, store: Store
) -> None:
    call = add_call(store, "Dana Whitfield", outcome=REFERRAL)
    async with make_app().run_test(size=(80, 24)) as pilot:
        form = await outcome_form(pilot, call.id)
        form.query_one("#choices-kind", OptionList).focus()
        await pilot.press("down")  # referral made -> advice given
        await pilot.pause()
        assert value(form, "kind") == "advice given"
        assert value(form, "detail") == ""  # the referral's contact is not carried over
        await pilot.press("up")  # back: the contact comes back with it
        await pilot.pause()
        assert value(form, "detail") == "Grace Achebe"
        await pilot.press("down", "tab", "enter")  # tab keeps what is highlighted
        await settle(pilot)
    stored = store.calls.get(call.id)
    assert stored is not None and stored.outcome == Outcome(OutcomeKind.ADVICE_GIVEN)


async def test_a_date_belongs_to_its_outcome_and_a_detail_typed_is_kept(
    make_app, store: Store
) -> None:
    when = pendulum.datetime(2026, 12, 3, 14, tz="Europe/London")
    call = add_call(
        store, "Dana Whitfield", outcome=Outcome(OutcomeKind.INTERVIEW_SCHEDULED, "", when)
    )
    async with make_app().run_test(size=(80, 24)) as pilot:
        form = await outcome_form(pilot, call.id)
        assert value(form, "when") == "2026-12-03 14:00"
        form.query_one("#field-detail", Input).value = "met at the meetup"
        form.query_one("#field-kind", Input).value = "not-now decline"
        await pilot.pause()
        assert value(form, "when") == ""  # the interview's time is not the decline's
        assert value(form, "detail") == "met at the meetup"  # what the user typed stays


async def test_an_unchanged_referral_keeps_its_contact_record(make_app, store: Store) -> None:
    call = add_call(store, "Dana Whitfield", outcome=REFERRAL)
    async with make_app().run_test(size=(80, 24)) as pilot:
        form = await outcome_form(pilot, call.id)
        form.query_one("#field-when", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, OutcomeForm)
    stored = store.calls.get(call.id)
    assert stored is not None and stored.outcome == REFERRAL  # contact_id too


async def test_a_referral_to_someone_else_drops_the_old_contact_record(
    make_app, store: Store
) -> None:
    call = add_call(store, "Dana Whitfield", outcome=REFERRAL)
    async with make_app().run_test(size=(80, 24)) as pilot:
        form = await outcome_form(pilot, call.id)
        form.query_one("#field-detail", Input).value = "Ivo Brandt"
        form.query_one("#field-detail", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
    stored = store.calls.get(call.id)
    assert stored is not None and stored.outcome == Outcome(OutcomeKind.REFERRAL_MADE, "Ivo Brandt")
