"""The to-do of a forget: `<log name>.forget`, beside the log, written before anything
is erased and removed once every step is done.

A forget changes many files (the live log, each backup, the other copies the user chose),
and a kill can come between any two of them. The to-do says what is left to do, so the
next netcall that opens the log for writing finishes the job. It holds only what is
needed to find the person: their caller id and the ids of their calls (random tokens,
not personal data), and the files to change. Never their name: a to-do left behind by a
kill must not become one more copy of what is being forgotten.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import orjson

from .errors import StoreError, os_reason
from .fsio import atomic_write, fsync_dir

SUFFIX = ".forget"
WHAT = "the to-do of an unfinished forget"
VERSION = 1
PENDING_NOTE = (
    "an earlier forget was interrupted and is not finished: netcall finishes it the next "
    "time it opens the log for writing"
)


@dataclass(frozen=True, slots=True)
class ForgetTodo:
    """Who to forget, by id, and where: the copies of the log (backups, set-aside files)
    known when it began, and the other copies the user chose, each with how it is erased
    (see `forget_copies.HOW`). Copies of the log made later are found again when it runs."""

    caller_id: str
    call_ids: tuple[str, ...]
    copies: tuple[Path, ...] = ()
    others: tuple[tuple[Path, str], ...] = ()

    def to_bytes(self) -> bytes:
        return orjson.dumps(
            {
                "version": VERSION,
                "caller_id": self.caller_id,
                "call_ids": list(self.call_ids),
                "copies": [str(p) for p in self.copies],
                "others": [[str(p), how] for p, how in self.others],
            }
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> ForgetTodo:
        """ValueError if the bytes are not a to-do this netcall wrote."""
        try:
            raw = orjson.loads(data)
        except orjson.JSONDecodeError as error:
            raise ValueError(f"it is not JSON ({error})") from None
        if not isinstance(raw, dict) or raw.get("version") != VERSION:
            raise ValueError("it is not a to-do this version of netcall wrote")
        caller_id, call_ids = raw.get("caller_id"), raw.get("call_ids")
        copies, others = raw.get("copies", []), raw.get("others", [])
        if not (isinstance(caller_id, str) and caller_id and isinstance(call_ids, list)):
            raise ValueError("it does not say whom to forget")
        if not _strings(call_ids):
            raise ValueError("it does not say whom to forget")
        if not _strings(copies) or not all(
            isinstance(o, list) and len(o) == 2 and _strings(o) for o in others
        ):
            raise ValueError("its list of files is not readable")
        return cls(
            caller_id=caller_id,
            call_ids=tuple(call_ids),
            copies=tuple(Path(p) for p in copies),
            others=tuple((Path(p), how) for p, how in others),
        )


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def todo_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def write_todo(db_path: Path, todo: ForgetTodo) -> None:
    """Durably, before the first file is changed (StoreError, and nothing erased, if not)."""
    atomic_write(todo_path(db_path), todo.to_bytes(), what=WHAT)


def pending(db_path: Path) -> bool:
    """A forget (of a caller, or of a contact: `<name>.contact.forget`) is unfinished."""
    return todo_path(db_path).exists() or contact_todo_path(db_path).exists()


def contact_todo_path(db_path: Path) -> Path:
    """The to-do of a contact's forget (`forget_contact`): it ends as the caller's does,
    so it is never taken for a copy of the log."""
    return db_path.with_name(f"{db_path.name}.contact{SUFFIX}")


def read_todo(db_path: Path) -> ForgetTodo | None:
    """The unfinished forget, or None; StoreError if its file can't be read."""
    path = todo_path(db_path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StoreError(
            f"could not read {WHAT} at {path} ({os_reason(error)})", path=path
        ) from error
    try:
        return ForgetTodo.from_bytes(data)
    except ValueError as error:
        raise StoreError(f"could not read {WHAT} at {path}: {error}", path=path) from None


def remove_todo(db_path: Path) -> None:
    """Every step is done: the to-do goes (durably, so a crash can't bring it back)."""
    path = todo_path(db_path)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)


CONTACT_VERSION = 1  # the shape of a contact's to-do


@dataclass(frozen=True, slots=True)
class ContactTodo:
    """Whom to forget of your contacts, by id, and the copies of the log known when it
    began (a contact's forget erases in the copies of the log only)."""

    contact_id: str
    copies: tuple[Path, ...] = ()

    def to_bytes(self) -> bytes:
        copies = [str(p) for p in self.copies]
        return orjson.dumps(
            {"version": CONTACT_VERSION, "contact_id": self.contact_id, "copies": copies}
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> ContactTodo:
        raw = orjson.loads(data)
        contact_id, copies = raw.get("contact_id"), raw.get("copies", [])
        if (
            raw.get("version") != CONTACT_VERSION
            or not isinstance(contact_id, str)
            or not contact_id
        ):
            raise ValueError("it does not say whom to forget")
        if not isinstance(copies, list) or not all(isinstance(c, str) for c in copies):
            raise ValueError("its list of files is not readable")
        return cls(contact_id, tuple(Path(c) for c in copies))
