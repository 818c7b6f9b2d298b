"""The referral question (R) from a live call: the gates, picking the contact from your
network as you type, a new name kept as a contact, the important-favour question, the
blurb; each checked on what was stored."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from netcall_tui.core.domain.records import Caller, Contact
from netcall_tui.core.domain.vocabulary import (
    LedgerKind,
    OutcomeKind,
    ReferralState,
    Strength,
    Tier,
)
from netcall_tui.ui.dialogs.choice import ChoiceScreen
from netcall_tui.ui.dialogs.referral_form import ReferralForm
from netcall_tui.ui.widgets.contact_picker import ContactPicker

from .console_steps import console, settle, start_call
from .referral_steps import answer, contact_box, network, to_whom, type_contact, until


async def sat_down(pilot, clock, name: str = "Dana Whitfield") -> None:
    """A call whose interview phase has run long enough to count (the sit-down gate opens)."""
    await start_call(pilot, name)
    await pilot.press("i")
    clock.advance(15 * 60)


def picker_rows(app) -> list[str]:
    options = app.screen.query_one(ContactPicker).option_list
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def choice_title(app) -> str:
    return str(app.screen.query_one("#choice-title").render())


async def test_a_contact_picked_by_part_of_the_company(make_app, store, clock) -> None:
    people = network(store)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await sat_down(pilot, clock)
        await to_whom(pilot)
        await type_contact(pilot, "glob")
        rows = picker_rows(app)
        assert len(rows) == 1 and rows[0].startswith("Sam Rivera")
        assert "Globex" in rows[0] and "trusted · 4 of 4 left" in rows[0]
        await pilot.press("tab")  # takes the highlighted contact
        assert contact_box(pilot).value == "Sam Rivera"
        who = str(app.screen.query_one("#referral-who").render())
        assert who == "✔ Globex · trusted · 4 of 4 left this period"
        await pilot.press("enter")
        await settle(pilot)
        assert console(app).live is None
    (call,) = store.calls.list()
    sam = people["Sam Rivera"]
    assert call.outcome.kind is OutcomeKind.REFERRAL_MADE
    assert (call.outcome.detail, call.outcome.contact_id) == ("Sam Rivera at Globex", sam.id)
    (referral,) = store.referrals.all()
    assert (referral.contact_id, referral.state) == (sam.id, ReferralState.ASKED)
    assert referral.important is None  # an everyday favour: not asked
    assert "Hello Sam," in referral.blurb and "Dana Whitfield" in referral.blurb
    (entry,) = store.contacts.get(sam.id).ledger
    assert (entry.kind, entry.call_id) == (LedgerKind.FAVOUR, call.id)
    assert store.contacts.count() == 4


async def test_the_list_ranks_names_before_companies(make_app, store, clock) -> None:
    network(store)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await sat_down(pilot, clock)
        await to_whom(pilot)
        await type_contact(pilot, "sam")
        rows = picker_rows(app)
        assert [row.split("  ")[0] for row in rows] == ["Sam Rivera", "Samantha Okafor"]
        assert "acquaintance · 6 of 6 left" in rows[1]


async def test_an_overdrawing_favour_asks_and_the_answer_is_kept(
    make_app, store, clock, frozen_now
) -> None:
    priya = network(store)["Priya Shah"]
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await sat_down(pilot, clock)
        await to_whom(pilot)
        await type_contact(pilot, "north")
        assert "treasured · 0 of 2 left" in picker_rows(app)[0]
        await pilot.press("tab", "enter")
        await until(pilot, ChoiceScreen)
        assert choice_title(app) == "Is this an important favour?"
        body = str(app.screen.query_one("#choice-body").render())
        assert "Priya Shah has no favours left: 0 of 2 left (2 favours asked" in body
        assert "The next favour frees up on Fri 15 Jan 2027" in body  # 40 days ago + 90
        assert "This one would overdraw them" in body
        await answer(pilot, "important")
        await settle(pilot)
    (referral,) = store.referrals.all()
    assert referral.contact_id == priya.id and referral.important is True
    assert len(store.contacts.get(priya.id).ledger) == 3


async def test_not_that_important_goes_back_to_choose_another(make_app, store, clock) -> None:
    people = network(store)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await sat_down(pilot, clock)
        await to_whom(pilot)
        await type_contact(pilot, "grace")
        await pilot.press("tab")
        blurb = app.screen.query_one("#blurb", TextArea)
        assert blurb.text.startswith("Hello Grace,")
        blurb.text = blurb.text + "\nShe ran a team of twelve."  # edited: kept from now on
        await pilot.press("ctrl+s")
        await until(pilot, ChoiceScreen)
        body = str(app.screen.query_one("#choice-body").render())
        assert "Grace Hopper is one of your treasured contacts: 2 of 2 left" in body
        assert "Tap them only for an important favour" in body
        await answer(pilot, "other")
        form = await until(pilot, ReferralForm)
        assert contact_box(pilot).value == ""
        assert form.query_one("#blurb", TextArea).text.endswith("She ran a team of twelve.")
        await type_contact(pilot, "sam r")
        await pilot.press("tab", "enter")
        await settle(pilot)
    (referral,) = store.referrals.all()
    assert referral.contact_id == people["Sam Rivera"].id
    assert referral.important is None
    assert referral.blurb.startswith("Hello Grace,")  # edited text is the user's: kept
    assert referral.blurb.endswith("She ran a team of twelve.")
    assert store.contacts.get(people["Grace Hopper"].id).ledger == ()


async def test_cancel_at_the_important_question_logs_nothing(make_app, store, clock) -> None:
    network(store)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await sat_down(pilot, clock)
        await to_whom(pilot)
        await type_contact(pilot, "Grace Hopper")
        await pilot.press("enter")
        await until(pilot, ChoiceScreen)
        await answer(pilot, "cancel")
        await settle(pilot)
        assert console(app).live is not None
    assert store.calls.count() == 0 and store.referrals.count() == 0


async def test_a_new_name_is_kept_as_a_contact(make_app, store, clock) -> None:
    network(store)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await sat_down(pilot, clock)
        await to_whom(pilot)
        await type_contact(pilot, "Rosa Parks")
        who = str(app.screen.query_one("#referral-who").render())
        assert who == "new contact: kept as an acquaintance when the call is logged"
        assert app.screen.query_one("#blurb", TextArea).text.startswith("Hello there,")
        await pilot.press("enter")
        await settle(pilot)
    (rosa,) = [c for c in store.contacts.all() if c.name == "Rosa Parks"]
    assert rosa.tier is Tier.ACQUAINTANCE
    (referral,) = store.referrals.all()
    assert (referral.contact_id, referral.contact_name) == (rosa.id, "Rosa Parks")
    assert referral.important is None
    assert referral.blurb.startswith("Hello Rosa,")  # greeted once the name was complete
    (call,) = store.calls.list()
    assert call.outcome.contact_id == rosa.id


async def test_a_name_typed_in_full_is_the_contact_not_a_new_one(make_app, store, clock) -> None:
    sam = network(store)["Sam Rivera"]
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await sat_down(pilot, clock)
        await to_whom(pilot)
        await type_contact(pilot, "sam rivera")  # other case: still Sam
        await pilot.press("enter")
        await settle(pilot)
    assert store.contacts.count() == 4
    (referral,) = store.referrals.all()
    assert (referral.contact_id, referral.contact_name) == (sam.id, "Sam Rivera")


async def test_the_blurb_is_drafted_from_the_call_edited_and_stored(make_app, store, clock) -> None:
    network(store)
    store.callers.add(
        Caller("Dana Whitfield", Strength.STRONG, role="data engineer", company="Acme")
    )
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await sat_down(pilot, clock)
        await pilot.press("2", "7")  # wants advice; knows what they want
        console(app).notes.text = "Ten years of [bold]pipelines[/] at scale."
        await to_whom(pilot)
        await type_contact(pilot, "sam r")
        await pilot.press("tab")
        blurb = app.screen.query_one("#blurb", TextArea)
        text = blurb.text
        assert text.startswith("Hello Sam,\n\nI had a call with Dana Whitfield, who is looking")
        assert "a role as data engineer at Acme" in text
        assert "They asked me for advice on their search." in text
        assert "They know what they want" in text
        assert "From my notes: Ten years of [bold]pipelines[/] at scale." in text  # literal
        await pilot.press("ctrl+o")
        assert app.clipboard == text
        blurb.text = "Sam, meet Dana: an engineer you will like."
        await pilot.press("ctrl+s")
        await settle(pilot)
    (referral,) = store.referrals.all()
    assert referral.blurb == "Sam, meet Dana: an engineer you will like."


@pytest.mark.parametrize("strength", [Strength.TENUOUS, Strength.NONE])
async def test_a_weak_connection_asking_an_introduction_gets_advice(
    make_app, store, clock, strength
) -> None:
    store.callers.add(Caller("Olu Cold", strength))
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot, "Olu Cold")
        await pilot.press("1", "R")  # wants an introduction
        await until(pilot, ChoiceScreen)
        assert choice_title(app) == "General advice only"
        body = str(app.screen.query_one("#choice-body").render())
        link = "no connection" if strength is Strength.NONE else "a tenuous connection"
        assert f"Olu Cold has {link} to you and asks for an introduction." in body
        await answer(pilot, "advice")
        await settle(pilot)
    (call,) = store.calls.list()
    assert call.outcome.kind is OutcomeKind.ADVICE_GIVEN
    assert store.referrals.count() == 0


async def test_refer_anyway_past_both_gates(make_app, store, clock) -> None:
    sam = network(store)["Sam Rivera"]
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot, "Olu Cold")  # no connection given
        await pilot.press("1", "R")
        await until(pilot, ChoiceScreen)
        assert choice_title(app) == "General advice only"  # the tenuous gate first
        await answer(pilot, "refer")
        await pilot.pause()
        assert choice_title(app) == "No referral without a sit-down"  # then the sit-down
        await answer(pilot, "refer")
        await to_whom_open(pilot)
        await type_contact(pilot, "sam r")
        await pilot.press("tab", "enter")
        await settle(pilot)
    (referral,) = store.referrals.all()
    assert referral.contact_id == sam.id


async def to_whom_open(pilot) -> None:
    await until(pilot, ReferralForm)


async def test_a_strong_caller_asking_an_introduction_meets_no_advice_gate(
    make_app, store, clock
) -> None:
    store.callers.add(Caller("Mo Strong", Strength.STRONG))
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot, "Mo Strong")
        await pilot.press("1", "R")
        await until(pilot, ChoiceScreen)
        assert choice_title(app) == "No referral without a sit-down"
        await pilot.press("escape")


async def test_printable_keys_type_in_the_picker(make_app, store, clock) -> None:
    """R, q, c, ?, n and digits are the console's and the app's keys: here they are text."""
    network(store)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await sat_down(pilot, clock)
        form = await to_whom(pilot)
        await type_contact(pilot, "Rq c?n1")
        assert app.screen is form
        assert contact_box(pilot).value == "Rq c?n1"
        assert console(app).live is not None
        await pilot.press("escape")  # no match is listed: the first escape cancels
        await settle(pilot)
        assert console(app).live is not None and store.calls.count() == 0


async def test_a_long_contact_name_is_cut_in_the_list_and_kept_whole(
    make_app, store, clock
) -> None:

    long_name = "Maximiliana Wolfeschlegelsteinhausenberger-Dorff " + "X" * 60
    kept = store.contacts.add(Contact(long_name, company="A Very Long Company Name Indeed Ltd"))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await sat_down(pilot, clock)
        await to_whom(pilot)
        await type_contact(pilot, "maxim")
        (row,) = picker_rows(app)
        assert row.startswith("Maximiliana Wolfeschleg…  A Very Long Compa…  ")
        assert "acquaintance · 6 of 6 left" in row
        await pilot.press("tab", "enter")
        await settle(pilot)
    (referral,) = store.referrals.all()
    assert (referral.contact_id, referral.contact_name) == (kept.id, long_name)


async def test_a_narrow_terminal_keeps_the_dialog_usable(make_app, store, clock) -> None:
    network(store)
    app = make_app()
    async with app.run_test(size=(50, 20)) as pilot:
        await sat_down(pilot, clock)
        form = await to_whom(pilot)
        box = form.query_one("#contact")
        assert box.region.width > 20 and form.query_one("#blurb").region.height >= 1
        await type_contact(pilot, "glob")
        await pilot.press("tab", "enter")
        await settle(pilot)
    assert store.referrals.count() == 1


@pytest.mark.parametrize(("answer_id", "kept_new"), [("same", False), ("new", True)])
async def test_a_name_one_letter_off_a_contact_asks_same_person(
    make_app, store, clock, answer_id, kept_new
) -> None:
    sam = network(store)["Sam Rivera"]
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await sat_down(pilot, clock)
        await to_whom(pilot)
        await type_contact(pilot, "Sam Riveria")  # no contact is listed for it
        await pilot.press("enter")
        await until(pilot, ChoiceScreen)
        assert choice_title(app) == "Same person as Sam Rivera (Globex)?"
        await answer(pilot, answer_id)
        await settle(pilot)
    (referral,) = store.referrals.all()
    if kept_new:
        assert referral.contact_name == "Sam Riveria" and store.contacts.count() == 5
        assert referral.blurb.startswith("Hello Sam,")
    else:
        assert (referral.contact_id, referral.contact_name) == (sam.id, "Sam Rivera")
        assert store.contacts.count() == 4
