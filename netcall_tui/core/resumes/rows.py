"""The register's rows: stored résumé records flattened once into what the register
shows, sorts and searches (as `core.promises.rows` does for promises), so a keystroke's
refilter builds no model and parses no date, at any number of résumés."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from ..domain.matching import fold
from ..domain.stored import ResumeRecord, epoch

# A row's state, for the register's column and its state: filter.
ON_FILE, PASSED, REMOVED = "on_file", "passed", "removed"
STATE_LABEL = {ON_FILE: "on file", PASSED: "passed on", REMOVED: "removed"}


@lru_cache(maxsize=65536)
def _words(values: tuple[str, ...]) -> str:
    """Folded once per list: the same roles, sectors and tags recur on many résumés."""
    return " | ".join(fold(v) for v in values)  # '|': no word runs into the next


class ResumeRow:
    """One résumé on file as the register sees it: whose, what for, since when, when it
    was last reviewed and is next due, whom it went to. `key` holds the folded words a
    plain search finds (tags, roles, sectors, names, notes); `state` is on_file, passed
    (on file, passed on at least once) or removed."""

    __slots__ = (
        "call_id",
        "caller",
        "caller_id",
        "caller_key",
        "filed_ts",
        "id",
        "key",
        "location",
        "note",
        "on_file",
        "passed_key",
        "passed_to",
        "passed_ts",
        "promise_id",
        "record",
        "removed_note",
        "removed_ts",
        "review_ts",
        "reviewed_ts",
        "roles",
        "roles_key",
        "sectors",
        "sectors_key",
        "state",
        "tags",
        "tags_key",
    )

    def __init__(self, record: ResumeRecord, caller: str = "") -> None:
        get: Any = record.get
        passed = get("passed_on") or ()
        self.record = record
        self.id: str = record["id"]
        self.caller_id: str = get("caller_id", "")
        self.call_id: str = get("call_id", "")
        self.promise_id: str = get("promise_id", "")
        self.caller = caller
        self.roles: tuple[str, ...] = tuple(get("roles") or ())
        self.sectors: tuple[str, ...] = tuple(get("sectors") or ())
        self.tags: tuple[str, ...] = tuple(get("tags") or ())
        self.location: str = get("location", "") or ""
        self.note: str = get("note", "") or ""
        self.removed_note: str = get("removed_note", "") or ""
        self.filed_ts = epoch(get("filed_at"))
        self.review_ts = epoch(get("review_on"))
        self.reviewed_ts = epoch(get("reviewed_at"))
        self.removed_ts = epoch(get("removed_at"))
        self.passed_ts = max((epoch(p.get("at")) for p in passed), default=0.0)
        self.passed_to = ", ".join(p.get("contact_name", "") for p in passed)
        self.on_file: bool = get("removed_at") is None
        self.state = REMOVED if not self.on_file else PASSED if passed else ON_FILE
        self.caller_key = fold(caller)
        self.roles_key = _words(self.roles)
        self.sectors_key = _words(self.sectors)
        self.tags_key = _words(self.tags)
        self.passed_key = fold(self.passed_to)
        self.key = " | ".join(
            filter(
                None,
                (
                    self.tags_key,
                    self.roles_key,
                    self.sectors_key,
                    self.caller_key,
                    self.passed_key,
                    fold(self.note),
                    fold(self.removed_note),
                ),
            )
        )

    @property
    def state_label(self) -> str:
        return STATE_LABEL[self.state]


def build_rows(records: Iterable[ResumeRecord], callers: Mapping[str, str]) -> list[ResumeRow]:
    """A row per record; `callers`: caller id -> name."""
    return [ResumeRow(r, callers.get(r.get("caller_id", ""), "")) for r in records]
