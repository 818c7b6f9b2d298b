"""Steps for the résumé register's Pilot and snapshot tests: résumés on file, K's form
filled key by key, the register opened from the console."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input

from netcall_tui.core.domain.resume import Resume, ResumeFor
from netcall_tui.store.db import Store
from netcall_tui.ui.screens.register import RegisterScreen

from ..app.referral_steps import until
from ..helpers import FROZEN, add_call

# Who is on file for what (name, roles, sectors, tags).
ON_FILE = [
    ("Dana Whitfield", ("data engineer",), ("logistics",), ("python", "spark")),
    ("Omar Haddad", ("analytics lead",), ("retail",), ("sql", "data engineering")),
    ("Mei Lin", ("product designer",), ("fintech",), ("figma",)),
]


def file_resumes(store: Store, people=ON_FILE) -> dict[str, Resume]:
    """A résumé on file for each, filed from a call some weeks back (no promise)."""
    filed = {}
    for weeks, (name, roles, sectors, tags) in enumerate(people, start=2):
        call = add_call(store, name, days_ago=7 * weeks)
        what = ResumeFor(roles, sectors, tags, note=f"met {name.split()[0]} in person")
        resume = Resume(
            call.caller_id,
            FROZEN.add(weeks=weeks),
            what,
            call_id=call.id,
            filed_at=call.started_at,
        )
        filed[name] = store.resumes.add(resume)
    return filed


async def type_keys(pilot: Pilot, text: str) -> None:
    """Typed key by key, as the user does."""
    await pilot.press(*text)
    await pilot.pause()


async def open_register(pilot: Pilot) -> RegisterScreen:
    await pilot.press("o")
    screen = await until(pilot, RegisterScreen)
    assert isinstance(screen, RegisterScreen)
    return screen


def filter_box(screen: RegisterScreen) -> Input:
    return screen.query_one("#register-filter", Input)


def shown_names(screen: RegisterScreen) -> list[str]:
    return [row.caller for row in screen.view.shown]
