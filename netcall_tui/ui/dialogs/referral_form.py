"""The referral question (R): to whom, picked from your network as you type (fuzzy on
name and company, each with their tier and the favours they have left), or a new name
kept as a contact; and the blurb to forward them, drafted from the call and editable.

Dismisses with a `ReferralPick`, or None when the user backs out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from ...core.domain.fields import MAX_NAME, MAX_NOTES
from ...core.domain.matching import PeopleIndex
from ...core.domain.records import Contact
from ...core.network.capital import Capital
from ...core.text.harmless import harmless
from ...services.people import ContactEntry
from ..base import NetcallModal
from ..widgets.bounded_input import BoundedInput
from ..widgets.bounded_text_area import BoundedTextArea
from ..widgets.contact_picker import ContactPicker, capital_words
from ..widgets.dialog_keys import DialogKeys
from .choice import ChoiceScreen

_CONTACT_LABEL = "contact: type a name or a company; a new name is kept as a contact"
_LIST_KEYS = "↑↓ choose, tab or enter takes it, esc closes the list"
NEW_CONTACT = "new contact: kept as an acquaintance when the call is logged"


@dataclass(frozen=True, slots=True)
class PickWords:
    """What the dialog says: its title ({caller}: the caller's name), the contact box's
    label, what enter does, what a name not in your network becomes, the blurb's label."""

    title: str = "Referral made: {caller}, to whom?"
    label: str = _CONTACT_LABEL
    confirm: str = "log the call"
    new_contact: str = NEW_CONTACT
    blurb: str = "blurb to forward (edit it freely; ctrl+s logs from here)"


REFERRAL_WORDS = PickWords()


@dataclass(frozen=True, slots=True)
class ReferralPick:
    """What the dialog was given: one of your contacts, or a new name (`contact` None)."""

    name: str
    contact: Contact | None
    blurb: str


class ReferralForm(NetcallModal[ReferralPick | None]):
    """Enter (in the contact box) or ctrl+s logs the call; escape goes back."""

    DEFAULT_CSS = """
    ReferralForm { align: center middle; }
    ReferralForm > Vertical {
        width: 76; max-width: 100%; height: 30; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    ReferralForm.-over-timer { align: right bottom; }  /* the countdown keeps the left */
    ReferralForm.-over-timer > Vertical { max-height: 66vh; }
    ReferralForm #referral-title { text-style: bold; }
    ReferralForm DialogKeys { dock: bottom; margin-top: 0; }
    ReferralForm Label { color: $text-muted; }
    ReferralForm Input { background: $boost; }
    ReferralForm #referral-who { color: $success; height: auto; }
    ReferralForm #referral-who.-new { color: $warning; }
    ReferralForm #blurb { height: 1fr; min-height: 3; background: $boost; }
    ReferralForm #referral-error { color: $error; height: auto; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="referral.cancel"),
        Binding("ctrl+s", "log", "Log the call", id="referral.log"),
        Binding("ctrl+o", "copy_blurb", "Copy the blurb", id="referral.copy_blurb"),
    ]

    def __init__(
        self,
        caller_name: str,
        index: PeopleIndex[ContactEntry],
        lookup: Callable[[str], Contact | None],
        left: Callable[[Contact], Capital],
        draft: Callable[[str], str],
        blurb: str | None = None,
        words: PickWords = REFERRAL_WORDS,
    ) -> None:
        """`index`: your contacts by name and company; `lookup`: one of them whole;
        `left`: a contact's capital now; `draft`: the blurb for a contact's name;
        `blurb`: the text to start from (coming back to choose another contact);
        `words`: what it says (the register passing a résumé on says its own)."""
        super().__init__()
        self._words = words
        self._caller_name = harmless(caller_name)
        self._index = index
        self._lookup = lookup
        self._left = left
        self._draft = draft
        self._drafted = draft("")  # the blurb as last drafted: until edited, it follows
        self._blurb = self._drafted if blurb is None else blurb
        self._contact: Contact | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            title = self._words.title.format(caller=self._caller_name)
            yield Static(Text(title), id="referral-title")
            yield DialogKeys(
                (("enter",), self._words.confirm),
                (("referral.copy_blurb",), "copy the blurb"),
                (("referral.cancel",), "cancel"),
            )
            yield Label(self._words.label, id="contact-label")
            box = BoundedInput(
                limit=MAX_NAME, id="contact", placeholder="name or company", compact=True
            )
            yield box
            yield ContactPicker(box, self._index, self._lookup, self._left)  # over the dialog
            yield Static("", id="referral-who")
            yield Label(self._words.blurb)
            yield BoundedTextArea(
                limit=MAX_NOTES, text=self._blurb, id="blurb", soft_wrap=True, compact=True
            )
            yield Static("", id="referral-error")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#contact", Input).focus()

    @on(Input.Changed, "#contact")
    def _name_changed(self, event: Input.Changed) -> None:
        entry = self._index.named(event.value)
        self._take(None if entry is None else self._lookup(entry.id), event.value)

    @on(ContactPicker.Picked)
    def _picked(self, event: ContactPicker.Picked) -> None:
        self._take(event.contact, event.contact.name)

    @on(ContactPicker.Shown)
    def _list_shown(self, event: ContactPicker.Shown) -> None:
        label = _LIST_KEYS if event.shown else self._words.label
        self.query_one("#contact-label", Label).update(label)

    def _take(self, contact: Contact | None, typed: str) -> None:
        """`contact`: who the box names now (None: nobody of yours, maybe someone new)."""
        self._contact = contact
        who = self.query_one("#referral-who", Static)
        who.set_class(contact is None and bool(typed.strip()), "-new")
        if contact is not None:
            company = f"{contact.company} · " if contact.company else ""
            left = capital_words(self._left(contact))
            who.update(Text(f"✔ {harmless(company)}{contact.tier.label} · {left} this period"))
        else:
            who.update(self._words.new_contact if typed.strip() else "")
        self._redraft(contact.name if contact else "")  # a new name: once it is complete

    def _redraft(self, name: str) -> None:
        """The blurb follows the contact chosen until it has been edited."""
        area = self.query_one("#blurb", BoundedTextArea)
        if area.text == self._drafted:
            self._drafted = self._draft(name)
            area.load_text(self._drafted)

    @on(Input.Submitted, "#contact")
    def _submitted(self) -> None:
        self.action_log()

    def action_log(self) -> None:
        name = self.query_one("#contact", Input).value.strip()
        if not name:
            self.query_one("#referral-error", Static).update("the contact is required")
            self.query_one("#contact", Input).focus()
            return
        close = [] if self._contact else self._index.close(name)
        known = self._lookup(close[0].id) if close else None
        if known is None:
            self._finish(self._contact, name)
            return
        company = f" ({known.company})" if known.company else ""
        question = ChoiceScreen(
            f"Same person as {known.name}{company}?",
            f"You typed “{name}”. Yes refers them to your contact; no keeps a new contact.",
            [
                ("same", "Yes, same", "primary"),
                ("new", "No, a new contact", "default"),
                ("back", "Back", "default"),
            ],
        )
        self.app.push_screen(question, lambda answer: self._same_person(answer, known, name))

    def _same_person(self, answer: str | None, known: Contact, typed: str) -> None:
        """Yes: your contact; no: a new one as typed; back (or escape): the dialog."""
        if answer in ("same", "new"):
            self._finish(known if answer == "same" else None, typed)
        else:
            self.query_one("#contact", Input).focus()

    def _finish(self, contact: Contact | None, typed: str) -> None:
        name = contact.name if contact else typed
        blurb = self.query_one("#blurb", BoundedTextArea).text.strip()
        if blurb == self._drafted:  # not edited: it greets whom it goes to
            blurb = self._draft(name)
        self.dismiss(ReferralPick(name, contact, blurb))

    def action_copy_blurb(self) -> None:
        self.app.copy_to_clipboard(self.query_one("#blurb", BoundedTextArea).text)
        self.notify("Blurb copied to the clipboard.", timeout=3)

    def action_cancel(self) -> None:
        self.dismiss(None)
