"""Every outcome's questions and what each stores; the paths where a save can go wrong."""

from __future__ import annotations

import errno
import json
import os

import pendulum
import pytest
from textual.widgets import Input

from netcall_tui.core.config import Config, ConfigError, check_keys, load_config
from netcall_tui.core.domain.records import Caller, Contact
from netcall_tui.core.domain.vocabulary import LedgerKind, OutcomeKind, Tier
from netcall_tui.ui.dialogs.choice import ChoiceScreen
from netcall_tui.ui.dialogs.referral_form import ReferralForm

from .console_steps import console, fill, settle, start_call, toasts
from .referral_steps import type_contact, until


async def test_follow_up_asks_when_and_promises_the_call(make_app, store, frozen_now) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot)
        await pilot.press("F")
        await pilot.pause()
        await fill(pilot, "when", "not a date at all")
        assert "try:" in str(app.screen.query_one("#error-when").render())
        app.screen.query_one("#field-when", Input).value = "next tue 14:00"
        await pilot.pause()
        preview = str(app.screen.query_one("#preview-when").render())
        assert preview.startswith("→ Tuesday") and "14:00" in preview
        await pilot.press("enter")
        await settle(pilot)
    (call,) = store.calls.list()
    assert call.outcome.kind is OutcomeKind.FOLLOW_UP_SCHEDULED
    assert call.outcome.when.hour == 14
    assert call.outcome.when.day_of_week == pendulum.TUESDAY
    (promise,) = store.promises.for_call(call.id)
    assert promise.due == call.outcome.when
    assert "Follow-up call" in promise.text


async def test_not_now_logs_with_no_questions(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot)
        await pilot.press("N")
        await settle(pilot)
        assert console(app).live is None
    (call,) = store.calls.list()
    assert call.outcome.kind is OutcomeKind.NOT_NOW
    assert store.promises.count() == 0


async def test_refer_anyway_records_a_favour_with_the_contact(make_app, store) -> None:
    priya = store.contacts.add(Contact("Priya Shah", tier=Tier.TREASURED))
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot)
        await pilot.press("R")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.click("#answer-refer")
        await until(pilot, ReferralForm)
        await type_contact(pilot, "priya")
        await pilot.press("tab", "enter")  # a treasured contact: is it important?
        await until(pilot, ChoiceScreen)
        await pilot.click("#answer-important")
        await settle(pilot)
        (call,) = store.calls.list()
        assert call.outcome.detail == "Priya Shah"
        assert call.outcome.contact_id == priya.id  # the link is kept, not re-read from text
        (entry,) = store.contacts.get(priya.id).ledger
        assert (entry.kind, entry.call_id) == (LedgerKind.FAVOUR, call.id)

        await pilot.press("u")  # undo takes the favour and the check-in promise back
        await settle(pilot)
    assert store.calls.count() == 0
    assert store.promises.count() == 0
    assert store.contacts.get(priya.id).ledger == ()


async def test_an_avenue_with_brackets_is_shown_and_stored_literally(make_app, store) -> None:
    app = make_app()
    app.phrasebook = type(app.phrasebook)(
        app.phrasebook.phrases, ("Women in Tech [WIT] [/] meetup",)
    )
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot)
        await pilot.press("H")
        await pilot.pause()
        await pilot.press("tab", "enter")  # pick the first avenue from the list
        await settle(pilot)
    (call,) = store.calls.list()
    assert call.outcome.detail == "Women in Tech [WIT] [/] meetup"


async def test_changing_a_known_callers_email_still_logs(make_app, store) -> None:
    known = store.callers.add(Caller("Omar Zhou", email="omar@old.example"))
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#name", Input).value = "Omar Zhou"
        await pilot.pause()
        app.screen.query_one("#email", Input).value = "omar@new.example"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("G")
        await settle(pilot)
    (call,) = store.calls.list()
    assert call.caller_id == known.id
    assert store.callers.get(known.id).email == "omar@new.example"
    assert store.callers.count() == 1


async def test_a_failed_log_opens_the_call_again(make_app, store, monkeypatch) -> None:
    def broken(*args: object) -> None:
        raise ValueError("simulated bug in the write")

    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await start_call(pilot, "Nina Alvarez")
        await pilot.press("2")
        monkeypatch.setattr(app.session.calls, "log", broken)
        await pilot.press("G")
        await settle(pilot)
        assert screen.live is not None and screen.live.caller.name == "Nina Alvarez"
        assert any(title == "Not saved" for title, _message in toasts(app))
    assert store.calls.count() == 0


async def test_discard_ends_a_mistaken_call_without_a_record(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await start_call(pilot, "Wrong Number")
        await settle(pilot)
        await pilot.press("ctrl+x")
        await pilot.pause()
        await pilot.click("#answer-discard")
        await settle(pilot)
        assert screen.live is None
    assert store.calls.count() == 0
    assert store.load_draft() is None


@pytest.mark.parametrize("keys", [("ctrl+q",), ("l", "ctrl+q"), ("l", "escape", "q")])
async def test_every_way_out_asks_while_a_call_is_live(make_app, keys) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running


async def test_palette_offers_one_quit_and_it_is_ours(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)):
        quits = [c for c in app.get_system_commands(app.screen) if c.title == "Quit"]
        assert len(quits) == 1


async def test_read_only_does_not_restore_someone_elses_draft(make_app, store) -> None:
    store.save_draft({"version": 1, "caller": {"id": "x"}})

    class ReadOnly:
        def __init__(self, inner: object) -> None:
            self.__dict__["inner"] = inner

        def __getattr__(self, name: str) -> object:
            return True if name == "read_only" else getattr(self.inner, name)

    app = make_app()
    app.session.attach(ReadOnly(store))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert console(app).live is None
        await pilot.press("n")
        await pilot.pause()
        assert console(app) is app.screen  # no new call on a read-only log


@pytest.mark.parametrize("value", ["inf", "nan", "1e9"])
def test_infinite_or_absurd_limits_are_refused(tmp_path, value: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f"[limits]\nadvice_minutes = {value}\n")
    with pytest.raises(ConfigError, match=r"\[limits.advice_minutes\]"):
        load_config(path)


def test_a_keymap_typo_is_named() -> None:
    from netcall_tui.app import binding_ids

    ids = binding_ids()
    assert {"new_call", "pause", "outcome_honest_no", "quit"} <= ids
    check_keys(Config(keys={"new_call": "ctrl+n"}), ids)
    with pytest.raises(ConfigError, match=r"\[keys.new_cal\] unknown action"):
        check_keys(Config(keys={"new_cal": "x"}), ids)


async def test_undo_after_forgetting_the_person_does_not_bring_them_back(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot, "Eve Forgotten")
        await pilot.press("N")
        await settle(pilot)
        assert console(app).check_action("undo", ()) is True
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("down", "enter")  # to the table, the newest call: Eve's
        await pilot.pause()
        await pilot.press("F")
        await pilot.pause()
        await pilot.press("right", "enter")  # confirm: forget
        await settle(pilot)
        await pilot.press("escape")  # the log, back to the console
        await settle(pilot)
        assert app.screen is console(app)
        assert console(app).check_action("undo", ()) is False
        await pilot.press("u")
        await settle(pilot)
        assert console(app).live is None
    assert store.callers.all() == [] and store.calls.count() == 0


def calls_on_disk(store) -> list[str]:
    tables = json.loads(store.path.read_text(encoding="utf-8"))
    return [call["caller_name"] for call in tables["calls"].values()]


async def test_a_full_disk_keeps_the_call_and_ctrl_s_saves_it(make_app, store, monkeypatch) -> None:
    def disk_full(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await start_call(pilot, "Nina Alvarez")
        assert screen.check_action("retry_save", ()) is False  # nothing to retry
        with monkeypatch.context() as failing:
            failing.setattr(os, "replace", disk_full)
            await pilot.press("G")
            await settle(pilot)
        assert any(title == "Not saved" for title, _message in toasts(app))
        assert calls_on_disk(store) == []  # (its draft may be there: saved each second)
        assert screen.check_action("retry_save", ()) is True  # the call waits in memory
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert any(message == "Saved." for _title, message in toasts(app))
        assert screen.check_action("retry_save", ()) is False
    assert calls_on_disk(store) == ["Nina Alvarez"]


async def test_a_call_logs_after_the_wall_clock_steps_back(make_app, store, clock) -> None:
    """The clock is set back an hour during a call: G logs it, ending after its start."""
    start = pendulum.datetime(2026, 11, 26, 10, 0, tz="Europe/London")
    app = make_app()
    with pendulum.travel_to(start, freeze=True):
        async with app.run_test(size=(160, 48)) as pilot:
            await start_call(pilot)
            clock.advance(8 * 60)
            with pendulum.travel_to(start.subtract(hours=1), freeze=True):
                await pilot.press("G")
                await settle(pilot)
            assert not any(t == "Not saved" for t, _ in toasts(app))
    (call,) = store.calls.list()
    assert call.ended_at.timestamp() == start.add(minutes=8).timestamp()
