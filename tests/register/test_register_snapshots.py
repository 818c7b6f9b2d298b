"""K's form (its list of words open) and the register over the demo's log, pinned at
both sizes. Update after an intended change with `pytest --snapshot-update`, and look
at the diff."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.resume_form import ResumeForm

from ..app.console_steps import start_call
from ..app.referral_steps import until
from ..helpers import SIZES, seed
from .steps import file_resumes, open_register, type_keys

Step = Callable[[Pilot], Awaitable[None]]


async def k_form(pilot: Pilot) -> None:
    """K in a call, a role taken from the list, and "sp" typed in the tags: open."""
    await start_call(pilot, "Ada Brook")
    pilot.app.clear_notifications()
    await pilot.press("K")
    await until(pilot, ResumeForm)
    await type_keys(pilot, "data eng")
    await pilot.press("tab", "tab", "tab")  # the role taken; to the tags
    await type_keys(pilot, "kafka, s")


async def register(pilot: Pilot) -> None:
    pilot.app.clear_notifications()
    await open_register(pilot)
    await pilot.press("down")  # a row selected: its details under the table


@pytest.mark.parametrize("size", SIZES)
def test_resume_form(snap_compare, make_app, store: Store, frozen_now, size) -> None:
    file_resumes(store)
    assert snap_compare(make_app(), terminal_size=size, run_before=k_form)


@pytest.mark.parametrize("size", SIZES)
def test_register(snap_compare, make_app, store: Store, frozen_now, size) -> None:
    seed(store)  # the demo's half-year: its résumés on file, passed on, one removed
    assert snap_compare(make_app(), terminal_size=size, run_before=register)
