"""The calls and callers repositories."""

from __future__ import annotations

import re

from ..core.domain.moments import from_record, to_record
from ..core.domain.records import Call, Caller
from ..core.errors import ValidationError
from .repos import Host, Repo
from .schema import Record

CallList = list[Call]
RecordList = list[Record]

_WORD_BREAK = re.compile(r"[\s\-'’.,()]+")


def _start_key(record: Record) -> str:
    """Sortable start time: the stored UTC ISO text (same format for every record, so
    text order is time order). A bare ISO string from an old file is normalised."""
    started = record.get("started_at")
    if isinstance(started, dict):
        return str(started.get("utc", ""))
    try:
        moment = from_record(started)
    except (ValidationError, ValueError, TypeError):
        return ""
    stored = to_record(moment) if moment is not None else None
    return stored["utc"] if stored else ""


def _fold(text: str) -> str:
    """Compare names and emails ignoring case and surrounding/repeated blanks."""
    return " ".join(text.split()).casefold()


class CallRepo(Repo[Call]):
    table_name = "calls"
    what = "call"

    def __init__(self, host: Host) -> None:
        self._newest: RecordList | None = None
        super().__init__(host)

    def _from_dict(self, record: Record) -> Call:
        return Call.from_dict(record)

    def _changed(self) -> None:
        self._newest = None

    def _sorted(self) -> RecordList:
        """Records newest first by start (then latest added), cached until a change."""
        if self._newest is None:
            items = sorted(
                self._records().items(),
                key=lambda item: (_start_key(item[1]), int(item[0])),
                reverse=True,
            )
            self._newest = [record for _, record in items]
        return self._newest

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


class CallerRepo(Repo[Caller]):
    table_name = "callers"
    what = "caller"

    def __init__(self, host: Host, calls: CallRepo) -> None:
        self._calls = calls
        super().__init__(host)

    def _from_dict(self, record: Record) -> Caller:
        return Caller.from_dict(record)

    def find(self, name: str, email: str = "") -> Caller | None:
        """The caller with this name (any case, blanks trimmed). If both sides have an
        email they must match too; an email match wins over a name-only match."""
        want_name, want_email = _fold(name), _fold(email)
        fallback: Record | None = None
        for record in self._records().values():
            if _fold(record.get("name", "")) != want_name:
                continue
            theirs = _fold(record.get("email", ""))
            if want_email and theirs:
                if theirs == want_email:
                    return Caller.from_dict(record)
                continue  # same name, different email: someone else
            fallback = fallback or record
        return None if fallback is None else Caller.from_dict(fallback)

    def find_or_create(self, caller: Caller) -> Caller:
        """The stored caller matching `caller` (see `find`), or `caller` newly added."""
        self._host.check_writable()
        return self.find(caller.name, caller.email) or self.add(caller)

    def search(self, text: str, limit: int = 10) -> list[Caller]:
        """Callers whose name has a word starting with `text` (or starts with it), then
        those containing it anywhere; each group by name. Blank text finds nothing."""
        query = _fold(text)
        if not query:
            return []
        prefix: list[tuple[str, Record]] = []
        inside: list[tuple[str, Record]] = []
        for record in self._records().values():
            name = _fold(record.get("name", ""))
            if name.startswith(query) or any(
                word.startswith(query) for word in _WORD_BREAK.split(name)
            ):
                prefix.append((name, record))
            elif query in name:
                inside.append((name, record))
        ranked = sorted(prefix, key=lambda p: p[0]) + sorted(inside, key=lambda p: p[0])
        return [Caller.from_dict(record) for _, record in ranked[:limit]]

    def history(self, caller_id: str) -> CallList:
        """The caller's calls, newest first."""
        return self._calls.for_caller(caller_id)
