"""Issue 13: the referral question shows stored text literally. A caller and a contact
holding terminal payloads (retitle, clear, clipboard write, an 8-bit CSI, DEL, a bidi
override) are drawn as pictures in the contact list, the status line, the blurb and the
important-favour question; what is stored keeps the contact's name exact."""

from __future__ import annotations

from pathlib import Path

from netcall_tui.core.call.countdown import Countdown
from netcall_tui.core.call.live import LiveCall
from netcall_tui.core.domain.records import Caller, Contact
from netcall_tui.core.domain.vocabulary import Ask, Strength, Tier
from netcall_tui.store.db import Store

from ..app.referral_steps import type_contact, until
from ..helpers import FROZEN
from .test_escapes import PAYLOAD, UNSAFE


def _assert_clean(app, *expected: str) -> None:
    """Nothing drawn holds a control character; each of `expected` is drawn."""
    strips = app.screen._compositor.render_strips()
    lines = ["".join(segment.text for segment in strip) for strip in strips]
    assert not [line for line in lines if UNSAFE.search(line)]
    drawn = "\n".join(lines)
    assert all(part in drawn for part in expected), (expected, drawn)


async def test_the_referral_question_draws_no_control_character(tmp_path: Path) -> None:
    from netcall_tui.app import NetcallApp
    from netcall_tui.core.config import Config
    from netcall_tui.ui.dialogs.choice import ChoiceScreen
    from netcall_tui.ui.dialogs.referral_form import ReferralForm

    db = tmp_path / "calls.json"
    store = Store.open(db)
    caller = store.callers.add(
        Caller(f"Eve{PAYLOAD}Mallory", Strength.STRONG, role=f"role{PAYLOAD}", company="Acme")
    )
    contact_name = f"Zed{PAYLOAD}Contact"
    store.contacts.add(Contact(contact_name, Tier.TREASURED, company=f"co{PAYLOAD}end"))
    app = NetcallApp(Config(), store=store, config_path=tmp_path / "config.toml")
    try:
        async with app.run_test(size=(140, 40)) as pilot:
            await pilot.pause()
            live = LiveCall(caller, Countdown(), FROZEN, notes=f"notes{PAYLOAD}end")
            live.toggle_ask(Ask.INTRODUCTION)
            app.screen.begin(live)
            await pilot.pause()
            await pilot.press("R")
            await pilot.pause()
            await pilot.click("#answer-refer")  # past the sit-down gate
            await until(pilot, ReferralForm)
            _assert_clean(app, "Referral made: Eve␛]0;pwned␇", "role␛]0;pwned␇", "notes␛")
            await type_contact(pilot, "zed")
            _assert_clean(app, "Zed␛]0;pwned␇", "co␛]0;pwned")  # the list, one line each
            await pilot.press("tab")
            _assert_clean(app, "✔ co␛]0;pwned␇", "Hello Zed␛]0;pwned␇")
            await pilot.press("enter")
            await until(pilot, ChoiceScreen)
            _assert_clean(app, "Zed␛]0;pwned␇␛[2J", "Is this an important favour?")
            await pilot.click("#answer-important")
            await app.workers.wait_for_complete()
            app.session.drain()
            await pilot.pause()
        (referral,) = store.referrals.all()
        assert referral.contact_name == contact_name  # stored exact, shown as pictures
        assert referral.important is True
        assert "\x1b" not in referral.blurb and "Eve␛]0;pwned␇" in referral.blurb
    finally:
        store.close()
