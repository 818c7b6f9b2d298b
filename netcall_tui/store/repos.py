"""Repositories: typed access to one table each, records keyed by the model's text id.

Each repository keeps a private `id -> doc_id` index built at open, so get, update and
delete go straight to the record (TinyDB's own lookups by field scan the table). Every
change runs inside `Store.transaction()`, which is what makes it durable.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, ClassVar, Generic, Protocol, TypeVar, cast

import orjson
from pendulum import DateTime

from ..core.domain.moments import now
from ..core.domain.promise import Promise
from ..core.domain.records import Contact
from ..core.domain.referral import Referral
from ..core.domain.stored import ContactRecord, PromiseRecord, ReferralRecord, utc_text
from ..core.domain.values import LedgerEntry, Outcome
from ..core.domain.vocabulary import OutcomeKind
from .errors import NotFoundError
from .schema import VERSION_KEY, Record
from .tables import FastTable


class Host(Protocol):
    """What a repository needs from the Store."""

    path: Path

    def table(self, name: str) -> FastTable: ...

    def records(self, name: str) -> dict[str, Record]: ...

    def transaction(self) -> AbstractContextManager[None]: ...

    def check_writable(self) -> None: ...


class _Model(Protocol):
    @property
    def id(self) -> str: ...

    def to_dict(self) -> Mapping[str, Any]: ...


M = TypeVar("M", bound=_Model)
R = TypeVar("R", bound=Mapping[str, Any])  # the table's record type (core.domain.stored)


class Repo(Generic[M, R]):
    """Add, get, update, delete and list one model's records (`M`), stored as `R`."""

    table_name: ClassVar[str]
    what: ClassVar[str]  # "call", "caller"… for messages

    def __init__(self, host: Host) -> None:
        self._host = host
        self._table = host.table(self.table_name)
        self._index: dict[str, int] = {}
        self.reindex()

    def _from_dict(self, record: R) -> M:
        raise NotImplementedError

    def reindex(self) -> None:
        """Rebuild the id index from the stored records (at open, after a rollback)."""
        self._index = {record["id"]: int(key) for key, record in self._records().items()}
        self._changed()

    def _changed(self) -> None:
        """Hook: drop caches derived from the records."""

    def _records(self) -> dict[str, R]:
        return cast("dict[str, R]", self._host.records(self.table_name))

    def _record(self, id: str) -> R | None:
        doc_id = self._index.get(id)
        return None if doc_id is None else self._records().get(str(doc_id))

    def _iter(self) -> Iterator[M]:
        return (self._from_dict(record) for record in self._records().values())

    def raw(self) -> list[R]:
        """The stored records, without building models: for bulk reads. The list is
        yours; the records are the store's own, so read them, never edit."""
        return list(self._records().values())

    def has(self, id: str) -> bool:
        return id in self._index

    def get(self, id: str) -> M | None:
        record = self._record(id)
        return None if record is None else self._from_dict(record)

    def count(self) -> int:
        return len(self._index)

    def all(self) -> list[M]:
        return list(self._iter())

    def add(self, item: M) -> M:
        self._host.check_writable()
        if item.id in self._index:
            raise ValueError(f"a {self.what} with id {item.id} is already in the call log")
        record = item.to_dict()
        with self._host.transaction():
            self._index[item.id] = self._table.insert(record)
            self._changed()
        return item

    def add_many(self, items: Iterable[M]) -> int:
        """`add` for thousands at once (an import): one change of the table, not one
        each. How many were added; ValueError if an id is in the log already."""
        self._host.check_writable()
        models = list(items)
        ids = [item.id for item in models]
        if len(set(ids)) != len(ids) or any(id in self._index for id in ids):
            raise ValueError(f"a {self.what} being added is already in the call log")
        records = [item.to_dict() for item in models]
        with self._host.transaction():
            doc_ids = self._table.insert_multiple(records)
            self._index.update(zip(ids, doc_ids, strict=True))
            self._changed()
        return len(records)

    def update(self, item: M) -> M:
        """Replace the stored record with `item` (same id)."""
        self._host.check_writable()
        doc_id = self._index.get(item.id)
        if doc_id is None:
            raise self._missing(item.id)
        record = item.to_dict()
        with self._host.transaction():
            self._table.put(doc_id, record)
            self._changed()
        return item

    def delete(self, id: str) -> bool:
        """Remove the record; False if there was none."""
        self._host.check_writable()
        doc_id = self._index.get(id)
        if doc_id is None:
            return False
        with self._host.transaction():
            self._table.remove(doc_ids=[doc_id])
            del self._index[id]
            self._changed()
        return True

    def _missing(self, id: str) -> NotFoundError:
        return NotFoundError(
            f"there is no {self.what} with id {id} in the call log at {self._host.path}; "
            "it may have been deleted",
            path=self._host.path,
        )


class ContactRepo(Repo[Contact, ContactRecord]):
    table_name = "contacts"
    what = "contact"

    def _from_dict(self, record: ContactRecord) -> Contact:
        return Contact.from_dict(record)

    def candidates_for(self, outcome: Outcome | None) -> list[Contact]:
        """The contacts a referral outcome may have gone to, built as models: the one its
        `contact_id` names, or every contact when only its text names one; none for any
        other outcome (building 30,000 contacts per logged call took seconds)."""
        if outcome is None or outcome.kind is not OutcomeKind.REFERRAL_MADE:
            return []
        if outcome.contact_id:
            found = self.get(outcome.contact_id)
            return [] if found is None else [found]
        return self.all()

    def mentioning(self, call_id: str) -> list[Contact]:
        """The contacts whose ledger has an entry for `call_id`."""
        return [
            Contact.from_dict(record)
            for record in self._records().values()
            if any(entry.get("call_id") == call_id for entry in record.get("ledger", ()))
        ]

    def add_entry(self, contact_id: str, entry: LedgerEntry) -> Contact:
        """Append a favour or a referral result to a contact's ledger."""
        self._host.check_writable()
        contact = self.get(contact_id)
        if contact is None:
            raise self._missing(contact_id)
        return self.update(dataclasses.replace(contact, ledger=(*contact.ledger, entry)))


class PromiseRepo(Repo[Promise, PromiseRecord]):
    table_name = "promises"
    what = "promise"

    def _from_dict(self, record: PromiseRecord) -> Promise:
        return Promise.from_dict(record)

    def open(self, limit: int | None = None) -> list[Promise]:
        """Promises not yet done or dropped, soonest due first. Sorted on the stored UTC text and
        only the kept ones become models: the console asks for a few at start-up."""
        records = self._records().values()
        pending = [r for r in records if r.get("done_at") is None and r.get("dropped_at") is None]
        pending.sort(key=_due_key)
        return [Promise.from_dict(r) for r in pending[:limit]]

    def for_caller(self, caller_id: str) -> list[Promise]:
        return self._by_due(r for r in self._records().values() if r.get("caller_id") == caller_id)

    def for_call(self, call_id: str) -> list[Promise]:
        return self._by_due(r for r in self._records().values() if r.get("call_id") == call_id)

    def _by_due(self, records: Iterable[PromiseRecord]) -> list[Promise]:
        return sorted(
            map(Promise.from_dict, records),
            key=lambda p: (p.due.timestamp(), p.created_at.timestamp()),
        )

    def mark_done(self, id: str, when: DateTime | None = None) -> Promise:
        self._host.check_writable()
        promise = self.get(id)
        if promise is None:
            raise self._missing(id)
        return self.update(dataclasses.replace(promise, done_at=when or now()))


class ReferralRepo(Repo[Referral, ReferralRecord]):
    table_name = "referrals"
    what = "referral"

    def _from_dict(self, record: ReferralRecord) -> Referral:
        return Referral.from_dict(record)

    def for_call(self, call_id: str) -> list[Referral]:
        return [Referral.from_dict(r) for r in self._records().values() if r["call_id"] == call_id]

    def for_contact(self, contact_id: str) -> list[Referral]:
        records = self._records().values()
        return [Referral.from_dict(r) for r in records if r["contact_id"] == contact_id]


def _due_key(record: PromiseRecord) -> tuple[str, str]:
    return (utc_text(record.get("due")), utc_text(record.get("created_at")))


class MetaRepo:
    """Small named values (`{"key": ..., "value": ...}` records), e.g. the live draft."""

    table_name = "meta"

    def __init__(self, host: Host) -> None:
        self._host = host
        self._table = host.table(self.table_name)
        self._index: dict[str, int] = {}
        self.reindex()

    def reindex(self) -> None:
        records = self._host.records(self.table_name)
        self._index = {record["key"]: int(key) for key, record in records.items()}

    def get(self, key: str, default: Any = None) -> Any:
        doc_id = self._index.get(key)
        if doc_id is None:
            return default
        return self._host.records(self.table_name)[str(doc_id)].get("value", default)

    def set(self, key: str, value: Any) -> None:
        """Store a JSON-able value (checked now, so a bad value can never block a save)."""
        self._host.check_writable()
        if key == VERSION_KEY:
            raise ValueError("the schema version is managed by the store")
        try:
            orjson.dumps(value)
        except TypeError as error:
            raise TypeError(f"meta value for {key!r} cannot be saved as JSON: {error}") from None
        record = {"key": key, "value": value}
        with self._host.transaction():
            doc_id = self._index.get(key)
            if doc_id is None:
                self._index[key] = self._table.insert(record)
            else:
                self._table.put(doc_id, record)

    def delete(self, key: str) -> bool:
        self._host.check_writable()
        if key == VERSION_KEY:
            raise ValueError("the schema version is managed by the store")
        doc_id = self._index.get(key)
        if doc_id is None:
            return False
        with self._host.transaction():
            self._table.remove(doc_ids=[doc_id])
            del self._index[key]
        return True
