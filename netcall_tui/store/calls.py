"""The calls and callers repositories."""

from __future__ import annotations

from ..core.domain.matching import find_person, search_names
from ..core.domain.records import Call, Caller
from ..core.domain.stored import CallerRecord, CallRecord, utc_text
from .repos import Host, Repo

CallList = list[Call]
RecordList = list[CallRecord]


def _name(record: CallerRecord) -> str:
    return record.get("name", "")


def _name_and_email(record: CallerRecord) -> tuple[str, str]:
    return record.get("name", ""), record.get("email", "")


class CallRepo(Repo[Call, CallRecord]):
    table_name = "calls"
    what = "call"

    def __init__(self, host: Host) -> None:
        self._newest: RecordList | None = None
        super().__init__(host)

    def _from_dict(self, record: CallRecord) -> Call:
        return Call.from_dict(record)

    def _changed(self) -> None:
        self._newest = None

    def _sorted(self) -> RecordList:
        """Records newest first by start (then latest added), cached until a change. The
        stored UTC texts all have one format, so their text order is time order."""
        if self._newest is None:
            items = sorted(
                self._records().items(),
                key=lambda item: (utc_text(item[1].get("started_at")), int(item[0])),
                reverse=True,
            )
            self._newest = [record for _, record in items]
        return self._newest

    def unsorted(self) -> RecordList:
        """The stored dicts in no order, for a scan that needs none (no sort's cost)."""
        return super().raw()

    def raw(self) -> RecordList:
        """The stored dicts, newest first, without building models: for the log view.
        The list is yours; the dicts are the store's own, so read them, never edit."""
        return self._sorted().copy()

    def for_caller(self, caller_id: str) -> CallList:
        """A caller's calls, newest first."""
        return [Call.from_dict(r) for r in self._sorted() if r.get("caller_id") == caller_id]

    def list(self, limit: int | None = None) -> CallList:
        """Calls newest first by start time; at most `limit` of them."""
        records = self._sorted() if limit is None else self._sorted()[:limit]
        return [Call.from_dict(record) for record in records]


class CallerRepo(Repo[Caller, CallerRecord]):
    table_name = "callers"
    what = "caller"

    def __init__(self, host: Host, calls: CallRepo) -> None:
        self._calls = calls
        super().__init__(host)

    def _from_dict(self, record: CallerRecord) -> Caller:
        return Caller.from_dict(record)

    def find(self, name: str, email: str = "") -> Caller | None:
        """The caller with this name (any case or accents, blanks trimmed). If both sides
        have an email they must match too; an email match wins over a name-only match."""
        found = find_person(self._records().values(), name, email, _name_and_email)
        return None if found is None else Caller.from_dict(found)

    def find_or_create(self, caller: Caller) -> Caller:
        """The stored caller matching `caller` (see `find`), or `caller` newly added."""
        self._host.check_writable()
        return self.find(caller.name, caller.email) or self.add(caller)

    def search(self, text: str, limit: int = 10) -> list[Caller]:
        """Callers whose name has a word starting with `text` (or starts with it), then
        those containing it anywhere, accents and case aside; each group by name. Blank
        text finds nothing."""
        found = search_names(self._records().values(), text, _name, limit)
        return [Caller.from_dict(record) for record in found]

    def history(self, caller_id: str) -> CallList:
        """The caller's calls, newest first."""
        return self._calls.for_caller(caller_id)
