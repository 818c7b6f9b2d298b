"""The files besides the live log that may hold a person being forgotten, and how each is
erased.

Always rewritten: the copies of the log netcall keeps for you (backups/<stem>.*, the
copy made before a schema upgrade, `<name>.replaced-*` set aside when a backup was
restored). Offered, in the confirmation: the other copies, which netcall wrote but
you may want as they are — a `<name>.corrupt-*` file set aside because it could not be
read, the exports it wrote in the log's folder or the home folder (CSV, JSON, Markdown;
recognised by their first line), and the copies saved there when the log could not be.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import orjson

from ..core.export.forgetting import OtherCopy, csv_without, json_without, kind_of, names_them
from .backups import backup_dir
from .checked import SUFFIX as CHECKED_SUFFIX
from .draft import SUFFIX as DRAFT_SUFFIX
from .errors import StoreError, os_reason
from .forget_rules import scrub_file
from .forget_todo import SUFFIX as TODO_SUFFIX
from .fsio import TEMP_SUFFIX, atomic_write, fsync_dir, sweep_temps, temp_prefix

SET_ASIDE = ".corrupt-"
UNSAVED_PREFIX = "netcall-unsaved-"  # services.files.unsaved_copy_path names them so
EXPORT_SUFFIXES = (".csv", ".json", ".md")
_HEAD = 512


def _log_siblings(db_path: Path) -> Iterator[Path]:
    """`<name>.*` beside the log, except its lock, draft, to-do, checked stamp (no
    personal data in any of these) and temporary files."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(db_path.parent):
            name = entry.name
            if not name.startswith(f"{db_path.name}.") or name.endswith(TEMP_SUFFIX):
                continue
            if name.endswith((".lock", ".lock.pid", DRAFT_SUFFIX, TODO_SUFFIX, CHECKED_SUFFIX)):
                continue
            if entry.is_file(follow_symlinks=False):
                yield Path(entry.path)


def copies_of(db_path: Path) -> list[Path]:
    """The copies of this log netcall keeps, always rewritten: backups/<stem>.* and
    <name>.replaced-* (not the set-aside .corrupt-* files: see `other_copies`)."""
    found: list[Path] = []
    suffix = db_path.suffix or ".json"
    with contextlib.suppress(OSError):
        for entry in os.scandir(backup_dir(db_path)):
            name = entry.name
            if name.startswith(f"{db_path.stem}.") and name.endswith(suffix) and entry.is_file():
                found.append(Path(entry.path))
    found += [p for p in _log_siblings(db_path) if SET_ASIDE not in p.name]
    return sorted(found)


def _mentions(data: bytes, caller_id: str, call_ids: Iterable[str]) -> bool:
    return caller_id.encode() in data or any(c.encode() in data for c in call_ids)


def _is_log(data: bytes) -> bool:
    try:
        tables = orjson.loads(data)
    except orjson.JSONDecodeError:
        return False
    return isinstance(tables, dict) and all(isinstance(t, dict) for t in tables.values())


def _set_aside(db_path: Path, caller_id: str, call_ids: set[str]) -> Iterator[OtherCopy]:
    for path in _log_siblings(db_path):
        if SET_ASIDE not in path.name:
            continue
        with contextlib.suppress(OSError):
            data = path.read_bytes()
            if _mentions(data, caller_id, call_ids):
                if _is_log(data):
                    yield OtherCopy(path, "a set-aside copy of the call log", "log")
                else:
                    yield OtherCopy(path, "a set-aside file that can't be read", "delete")


def _candidates(db_path: Path) -> Iterator[Path]:
    """Files in the log's folder and the home folder that netcall may have written."""
    seen: set[Path] = set()
    folders = [(db_path.parent, ""), (Path.home(), "netcall-")]
    for folder, prefix in folders:
        with contextlib.suppress(OSError):
            for entry in os.scandir(folder):
                name = entry.name
                if not name.startswith(prefix) or not name.endswith(EXPORT_SUFFIXES):
                    continue
                path = Path(entry.path)
                if path == db_path or path in seen or not entry.is_file(follow_symlinks=False):
                    continue
                seen.add(path)
                yield path


def _export(path: Path, caller_id: str, call_ids: set[str], names: set[str]) -> OtherCopy | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if path.name.startswith(UNSAVED_PREFIX) and path.suffix == ".json":
        if _mentions(data, caller_id, call_ids) and _is_log(data):
            return OtherCopy(path, "a copy saved when the log could not be", "log")
        return None
    text = data.decode("utf-8", errors="replace")
    kind = kind_of(text[:_HEAD])
    if kind == "csv" and csv_without(text, caller_id, call_ids) is not None:
        return OtherCopy(path, "a CSV export", "csv")
    if kind == "json" and json_without(text, caller_id, call_ids) is not None:
        return OtherCopy(path, "a JSON export", "json")
    if kind == "md" and names_them(text, names):
        return OtherCopy(path, "a Markdown report (it has no ids to rewrite it by)", "delete")
    return None


def other_copies(
    db_path: Path, caller_id: str, call_ids: set[str], names: set[str]
) -> list[OtherCopy]:
    """The other files that hold the person, for the confirmation to offer."""
    found = list(_set_aside(db_path, caller_id, call_ids))
    for path in _candidates(db_path):
        copy = _export(path, caller_id, call_ids, names)
        if copy is not None:
            found.append(copy)
    return sorted(found, key=lambda c: str(c.path))


def erase_from(path: Path, how: str, caller_id: str, call_ids: set[str]) -> bool:
    """Erase them from one chosen file; False if there was nothing (left) to do, so a
    step done before a kill is done again harmlessly. StoreError if it can't be done.
    First the temporary files a killed rewrite of it left go: they may hold them too."""
    sweep_temps(path.parent, temp_prefix(path))
    if how == "log":
        return path.exists() and scrub_file(path, caller_id, call_ids)
    if how == "delete":
        try:
            os.unlink(path)
        except FileNotFoundError:
            return False
        except OSError as error:
            raise StoreError(f"could not delete it ({os_reason(error)})", path=path) from error
        with contextlib.suppress(OSError):
            fsync_dir(path.parent)
        return True
    rewrite = {"csv": csv_without, "json": json_without}[how]
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    except (OSError, UnicodeDecodeError) as error:
        raise StoreError(f"could not read it ({error})", path=path) from error
    new = rewrite(text, caller_id, call_ids)
    if new is None:
        return False
    atomic_write(path, new.encode("utf-8"), what="an export")
    return True
