"""Your network: the contacts list's rows, one contact with the referrals made to them,
and adding, editing, deleting contacts and setting tiers (several at once)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..core.domain.records import Contact
    from ..core.domain.referral import Referral
    from ..core.domain.stored import ContactRecord, ReferralRecord
    from ..core.domain.vocabulary import Tier
    from ..core.network.contact_rows import CapitalTerms, ContactRow
    from ..store.forget_contact import ContactForgetReport
    from .access import StoreAccess


@dataclass(frozen=True, slots=True)
class ContactDetail:
    """One contact as their detail screen shows them, with the referrals made to them
    (oldest first)."""

    contact: Contact
    referrals: tuple[Referral, ...]


class NetworkOps:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    # --- reads ------------------------------------------------------------------------

    def records(self) -> tuple[list[ContactRecord], list[ReferralRecord]]:
        """The stored contacts and referrals, as they are (for building the list's rows
        in a thread: the records are the store's own, so read them, never edit)."""
        with self._session.reading() as store:
            return store.contacts.raw(), store.referrals.raw()

    def rows(self, now: DateTime, terms: CapitalTerms | None = None) -> list[ContactRow]:
        """Every contact as the list shows them, A→Z, with their capital at `now`."""
        from ..core.log.contact_terms import sort_contacts
        from ..core.network.contact_rows import build_contact_rows

        contacts, referrals = self.records()
        return sort_contacts(build_contact_rows(contacts, referrals, now, terms), "name", False)

    def detail(self, contact_id: str) -> ContactDetail | None:
        """None when the contact is no longer in your network."""
        with self._session.reading() as store:
            contact = store.contacts.get(contact_id)
            if contact is None:
                return None
            referrals = store.referrals.for_contact(contact_id)
        referrals.sort(key=lambda r: r.created_at.timestamp())
        return ContactDetail(contact, tuple(referrals))

    def count(self) -> int:
        with self._session.reading() as store:
            return store.contacts.count()

    def get(self, contact_id: str) -> Contact | None:
        with self._session.reading() as store:
            return store.contacts.get(contact_id)

    # --- writes -----------------------------------------------------------------------

    def add(self, contact: Contact) -> Contact:
        with self._session.writing() as store:
            return store.contacts.add(contact)

    def update(self, contact: Contact) -> Contact:
        """The contact's details changed (their ledger as stored is kept: a favour noted
        meanwhile by a logged call is not undone by an edit that began before it)."""
        with self._session.writing() as store:
            stored = store.contacts.get(contact.id)
            ledger = stored.ledger if stored is not None else contact.ledger
            return store.contacts.update(replace(contact, ledger=ledger))

    def delete(self, contact_id: str) -> bool:
        """Remove the contact; the referrals made to them keep their name. False when
        they were gone already."""
        with self._session.writing() as store:
            return store.contacts.delete(contact_id)

    def describe_forget(self, contact_id: str) -> str:
        """What forgetting the contact will erase, for the confirmation."""
        from ..store.forget_contact import describe_forget

        with self._session.reading() as store:
            return describe_forget(store, contact_id)

    def forget(self, contact_id: str) -> ContactForgetReport:
        """Erase the contact from the log and every copy of it netcall keeps; the
        referrals to them stay, made to "a forgotten contact". Finished at the next
        start if a kill interrupts it."""
        from ..store.forget_contact import forget_contact

        with self._session.reading() as store:
            return forget_contact(store, contact_id)

    def set_tier(self, contact_ids: Iterable[str], tier: Tier) -> int:
        """Put these contacts in `tier`, in one durable write; how many changed."""
        changed = 0
        with self._session.writing() as store:
            for contact_id in contact_ids:
                contact = store.contacts.get(contact_id)
                if contact is not None and contact.tier is not tier:
                    store.contacts.update(replace(contact, tier=tier))
                    changed += 1
        return changed
