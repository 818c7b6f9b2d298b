"""Your contacts, listed under the referral's contact box as you type: name, company,
tier and the favours they have left this period. Up/down move, tab or enter takes the
highlighted one, escape closes the list (a second escape the dialog).

Fuzzy on name and company by `matching.PeopleIndex` over each contact's name and
company (built once per dialog: each keystroke at 30,000 contacts is a few substring
tests per contact); only the few shown are read whole, with their capital.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import Input
from textual_autocomplete import DropdownItem, TargetState

from ...core.domain.matching import PeopleIndex
from ...core.domain.records import Contact
from ...core.network.capital import Capital
from ...services.people import ContactEntry
from .name_list import SHOWN, NamedItem, NameList, cut

NAME_WIDTH = 24
COMPANY_WIDTH = 18


def capital_words(left: Capital) -> str:
    """What a contact has left this period, in a few words ("1 of 2 left")."""
    if left.overdrawn:
        return f"overdrawn by {-left.remaining}"
    return f"{left.remaining} of {left.allowance} left"


class _ContactItem(NamedItem):
    """One contact: the name, the company muted, the tier and what is left."""

    def __init__(self, contact: Contact, left: Capital, widths: tuple[int, int], muted: Style):
        name_width, company_width = widths
        company = cut(contact.company, company_width).ljust(company_width)
        prompt = Content.assemble(
            cut(contact.name, name_width).ljust(name_width),
            ("  " + company, muted) if company_width else "",
            f"  {contact.tier.label} · {capital_words(left)}",
        )
        super().__init__(prompt, contact.name, contact.id)
        self.contact = contact


class ContactPicker(NameList, inherit_bindings=False):
    """Keys: none of its own (see `NameList`)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"contact-picker--company"}
    DEFAULT_CSS = """
    ContactPicker { max-height: 6; background: $panel; padding: 0 1; }
    ContactPicker .contact-picker--company { color: $text-muted; }
    """

    class Picked(Message):
        """The highlighted contact was taken."""

        def __init__(self, contact: Contact) -> None:
            super().__init__()
            self.contact = contact

    def __init__(
        self,
        target: Input,
        index: PeopleIndex[ContactEntry],
        lookup: Callable[[str], Contact | None],
        left: Callable[[Contact], Capital],
    ) -> None:
        """`lookup`: the contact with an id; `left`: a contact's capital as of now."""
        super().__init__(target, candidates=None, id="contact-picker")
        self._index = index
        self._lookup = lookup
        self._left = left
        self._shown: dict[str, Contact] = {}

    def get_matches(
        self, target_state: TargetState, candidates: list[DropdownItem], search_string: str
    ) -> list[DropdownItem]:
        entries = self._index.search(search_string, SHOWN)
        found = [c for entry in entries if (c := self._lookup(entry.id)) is not None]
        self._shown = {contact.id: contact for contact in found}
        name_width = min(NAME_WIDTH, max((len(c.name) for c in found), default=0))
        company_width = min(COMPANY_WIDTH, max((len(c.company) for c in found), default=0))
        muted = self.muted("contact-picker--company")
        widths = (name_width, company_width)
        return [_ContactItem(c, self._left(c), widths, muted) for c in found]

    def apply_completion(self, value: str, state: TargetState) -> None:
        contact = self._shown[value]
        self.fill(contact.name)
        self.post_message(self.Picked(contact))
