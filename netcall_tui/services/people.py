"""People: the callers you know, the contacts in your network, and forgetting a person."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.domain.records import Caller, Contact
    from ..core.export.forgetting import OtherCopy
    from ..store.forget import ForgetReport
    from ..store.forget_plan import ForgetPlan
    from .access import StoreAccess


@dataclass(frozen=True, slots=True)
class ContactEntry:
    """A contact as a list of names shows it before one is taken: read from the stored
    record without building the Contact (30,000 of those take seconds)."""

    id: str
    name: str
    company: str


class PeopleOps:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    def known_callers(self) -> list[Caller]:
        with self._session.reading() as store:
            return store.callers.all()

    def contact_entries(self) -> list[ContactEntry]:
        """Everyone in your network, by name and company (the referral question's list)."""
        with self._session.reading() as store:
            return [
                ContactEntry(r["id"], r.get("name", ""), r.get("company", ""))
                for r in store.contacts.raw()
            ]

    def contact(self, contact_id: str) -> Contact | None:
        with self._session.reading() as store:
            return store.contacts.get(contact_id)

    def plan_forget(self, caller_id: str) -> ForgetPlan:
        """What forgetting this caller will erase, and the other files that hold them,
        for the confirmation."""
        from ..store.forget_plan import plan_forget

        with self._session.reading() as store:
            return plan_forget(store, caller_id)

    def forget(self, caller_id: str, others: Iterable[OtherCopy] = ()) -> ForgetReport:
        """Erase the caller from the log, every copy of it netcall keeps, and the other
        files chosen; finished at the next start if a kill interrupts it."""
        from ..store.forget import forget

        with self._session.reading() as store:
            return forget(store, caller_id, others)

    def unfinished_forget(self) -> str | None:
        """What to tell the user about a forget a kill interrupted: that opening the log
        finished it (or could not), or, read-only, that it is still to finish."""
        from ..store.forget_todo import PENDING_NOTE

        with self._session.reading() as store:
            if store.forget_note:
                return store.forget_note
            return PENDING_NOTE[:1].upper() + PENDING_NOTE[1:] if store.forget_pending else None
