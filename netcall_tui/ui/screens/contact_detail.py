"""One contact of yours in full: their details, capital now and week by week over the
last year, their ledger (each favour with the caller referred and how it went), the
referrals made to them, tags and notes. Edit them, or forget them.

Dismisses with True when something was changed, so the list reads the contacts again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import pendulum
from pendulum import DateTime
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Sparkline, Static

from ...core.errors import NetcallError
from ...core.network.capital import capital
from ...core.network.capital_history import weekly_capital
from ...core.network.contact_rows import CapitalTerms
from ...core.text.harmless import harmless
from ...services.network import ContactDetail
from ..base import NetcallScreen
from .contact_text import facts_text, ledger_text, referrals_text
from .record_read import read_shown

Now = Callable[[], DateTime]


class ContactDetailScreen(NetcallScreen[bool]):
    """The contact with id `contact_id`; `now` is the wall clock (injectable for tests)."""

    DEFAULT_CSS = """
    ContactDetailScreen #contact { padding: 0 2; }
    ContactDetailScreen .contact-title { text-style: bold; color: $primary; padding-top: 1; }
    ContactDetailScreen .contact-heading { text-style: bold; color: $secondary; padding-top: 1; }
    ContactDetailScreen #contact-capital { height: 2; max-width: 104; }
    ContactDetailScreen #contact-capital > .sparkline--max-color { color: $success; }
    ContactDetailScreen #contact-capital > .sparkline--min-color { color: $error; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="contact.back"),
        Binding("e", "edit", "Edit", id="contact.edit"),
        Binding("F", "forget", "Forget contact", id="contact.forget", key_display="F"),
    ]

    def __init__(self, contact_id: str, *, now: Now | None = None) -> None:
        super().__init__()
        self.contact_id = contact_id
        self.now: Now = now or pendulum.now
        self.detail: ContactDetail | None = None
        self.changed = False

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="contact"):
            yield Static("", id="contact-title", classes="contact-title")
            yield Static("", id="contact-facts")
            yield Static("", id="contact-capital-heading", classes="contact-heading")
            yield Sparkline([], id="contact-capital")
            yield Static("Ledger", classes="contact-heading")
            yield Static("", id="contact-ledger")
            yield Static("Referrals to them", classes="contact-heading")
            yield Static("", id="contact-referrals")
            yield Static("Notes", classes="contact-heading")
            yield Static("", id="contact-notes")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "contact"
        self.load()

    def load(self) -> None:
        detail = read_shown(
            self,
            lambda: self.app.session.network.detail(self.contact_id),
            "contact",
            "That contact is no longer in your network.",
            changed=self.changed,
        )
        if detail is None:
            return
        self.detail = detail
        self._draw()

    def _draw(self) -> None:
        assert self.detail is not None
        contact, now = self.detail.contact, self.now()
        config = self.app.config
        terms = CapitalTerms.of(config.allowance, config.capital_period_days)
        gauge = capital(contact, now, allowance=terms.allowance, period_days=terms.period_days)
        self.title = "Your network"
        self.query_one("#contact-title", Static).update(
            Text(f"{harmless(contact.name)} — {contact.tier.label}")
        )
        self.query_one("#contact-facts", Static).update(facts_text(contact, gauge, now))
        weeks = weekly_capital(
            contact, now, allowance=terms.allowance, period_days=terms.period_days
        )
        self.query_one("#contact-capital-heading", Static).update(
            Text(
                f"Capital week by week, the last year (now {gauge.remaining} of {gauge.allowance})"
            )
        )
        self.query_one("#contact-capital", Sparkline).data = weeks
        self.query_one("#contact-ledger", Static).update(
            ledger_text(contact, self.detail.referrals, now)
        )
        self.query_one("#contact-referrals", Static).update(
            referrals_text(self.detail.referrals, now)
        )
        notes = harmless(contact.notes, lines=True) or "No notes."
        self.query_one("#contact-notes", Static).update(Text(notes))

    # --- keys -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "forget"):
            return None if self.app.session.read_only else True
        return True

    def action_back(self) -> None:
        self.dismiss(self.changed)

    @work(exclusive=True, group="contact-edit")
    async def action_edit(self) -> None:
        from ..dialogs.contact_form import ContactForm, contact_from

        assert self.detail is not None
        old = self.detail.contact
        values = await self.app.push_screen_wait(ContactForm(old))
        if values is None:
            return
        try:
            contact = contact_from(values, old)
        except NetcallError as exc:
            self.notify(str(exc).capitalize(), title="Not saved", severity="error", markup=False)
            return
        self._write(self.app.session.network.update, contact, f"Saved {contact.name}.", False)

    @work(exclusive=True, group="contact-forget")
    async def action_forget(self) -> None:
        from ..dialogs.choice import ChoiceScreen

        assert self.detail is not None
        name = self.detail.contact.name
        body = self.app.session.network.describe_forget(self.contact_id)
        buttons = [("keep", "Keep", "primary"), ("forget", f"Forget {name}", "error")]
        answer = await self.app.push_screen_wait(
            ChoiceScreen(f"Forget {name}?", body, buttons, danger=True)
        )
        if answer == "forget":
            self._write(self.app.session.network.forget, self.contact_id, name, True)

    @work(thread=True, exclusive=True, group="contact-save")
    def _write(self, write: Callable[[object], object], arg: object, done: str, gone: bool) -> None:
        session = self.app.session
        try:
            result = session.wait_for(write, arg)
        except NetcallError as exc:
            self.app.call_from_thread(
                self.notify, str(exc), title="Not saved", severity="error", markup=False
            )
            return
        summary = getattr(result, "summary", None)
        message = summary(done) if gone and summary else done
        self.app.call_from_thread(self._written, message, gone)

    def _written(self, message: str, gone: bool) -> None:
        self.notify(message, markup=False)
        self.changed = True
        if gone:
            self.dismiss(True)
        else:
            self.load()
