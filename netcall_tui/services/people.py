"""People: the callers you know, the contacts in your network, and forgetting a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.domain.records import Caller
    from ..store.forget import ForgetPlan, ForgetReport
    from .access import StoreAccess


class PeopleOps:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    def known_callers(self) -> list[Caller]:
        with self._session.reading() as store:
            return store.callers.all()

    def contact_names(self) -> list[str]:
        with self._session.reading() as store:
            return sorted(c.name for c in store.contacts.all())

    def plan_forget(self, caller_id: str) -> ForgetPlan:
        """What forgetting this caller will erase, for the confirmation."""
        from ..store.forget import plan_forget

        with self._session.reading() as store:
            return plan_forget(store, caller_id)

    def forget(self, caller_id: str) -> ForgetReport:
        """Erase the caller from the log and every copy of it netcall keeps."""
        from ..store.forget import forget

        with self._session.reading() as store:
            return forget(store, caller_id)
