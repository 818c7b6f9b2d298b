"""Over-long text: a huge paste stops at the field's limit, never a traceback, and a
draft over a limit comes back trimmed with a word, never a crash loop (issue 12, item 3)."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.widgets import Input, TextArea

from netcall_tui.app import NetcallApp
from netcall_tui.core.domain.fields import MAX_DETAIL, MAX_NAME, MAX_NOTES
from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.caller_form import CallerForm
from netcall_tui.ui.dialogs.form import FormScreen
from tests.app.console_steps import console, settle, start_call, toasts

MEGABYTE = "lorem ipsum " * 90_000


async def paste(widget: Input | TextArea, text: str) -> None:
    widget.focus()
    widget.post_message(events.Paste(text))


async def test_a_megabyte_pasted_into_the_notes_stops_at_the_limit_and_logs(
    make_app: Callable[..., NetcallApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_call(pilot)
        notes = screen.notes
        notes.focus()
        await pilot.pause()
        await paste(notes, MEGABYTE)
        await pilot.pause()
        assert len(notes.text) == MAX_NOTES
        assert any("20,000" in message for _, message in toasts(app))
        screen.set_focus(None)
        await pilot.press("G")
        await settle(pilot)
        assert screen.live is None
    calls = store.calls.all()
    assert len(calls) == 1 and len(calls[0].notes) == MAX_NOTES


async def test_a_long_name_paste_is_cut_to_fit_not_dropped(
    make_app: Callable[..., NetcallApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, CallerForm)
        name = app.screen.query_one("#name", Input)
        await paste(name, "Olumide " * 1250)
        await pilot.pause()
        assert 0 < len(name.value) <= MAX_NAME
        assert name.value.startswith("Olumide Olumide")


async def test_a_long_honest_no_avenue_stops_at_the_limit(
    make_app: Callable[..., NetcallApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_call(pilot)
        await pilot.press("H")  # honest no
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        box = app.screen.query_one("#field-avenue", Input)
        await paste(box, "a" * 600)
        await pilot.pause()
        assert len(box.value) == MAX_DETAIL
        await pilot.press("enter")
        await settle(pilot)
        assert screen.live is None
    outcome = store.calls.all()[0].outcome
    assert outcome is not None and outcome.detail == "a" * MAX_DETAIL


async def test_a_long_promise_stops_at_the_limit(
    make_app: Callable[..., NetcallApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start_call(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        box = app.screen.query_one("#field-text", Input)
        await paste(box, "send it on " * 60)
        await pilot.pause()
        assert len(box.value) <= MAX_DETAIL
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert any(len(p.text) <= MAX_DETAIL for p in console(app).live.promises)  # type: ignore[union-attr]


async def test_a_draft_over_the_limits_comes_back_trimmed_with_a_word(
    make_app: Callable[..., NetcallApp], store: Store
) -> None:
    """A draft saved by a netcall without input limits (or edited by hand): notes, the
    caller's name and a promise over their limits. It used to crash every start."""
    first = make_app()
    async with first.run_test(size=(100, 30)) as pilot:
        screen = await start_call(pilot)
        draft = screen.live.to_draft()  # type: ignore[union-attr]
        await pilot.press("q")
        await pilot.pause()
    draft["notes"] = MEGABYTE
    draft["caller"]["name"] = "Ada " * 100
    draft["promises"] = [{**p, "text": "x" * 900} for p in draft.get("promises", [])] or []
    store.save_draft(draft)

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        live = console(app).live
        assert live is not None
        assert len(live.notes) == MAX_NOTES
        assert len(live.caller.name) <= MAX_NAME
        assert any("trimmed" in message for _, message in toasts(app))
        await pilot.press("G")
        await settle(pilot)
        assert console(app).live is None
    (call,) = store.calls.all()
    assert len(call.notes) == MAX_NOTES


async def test_a_call_that_cannot_be_stored_stays_open_with_a_word(
    make_app: Callable[..., NetcallApp], store: Store
) -> None:
    """Whatever got past the inputs, logging never raises: the call stays open, told why."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_call(pilot)
        assert screen.live is not None
        screen.live.notes = MEGABYTE
        await pilot.press("G")
        await settle(pilot)
        assert screen.live is not None
        assert any(title == "Not logged" for title, _ in toasts(app))
    assert store.calls.all() == []
