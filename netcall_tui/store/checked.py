"""A stamp of the exact bytes whose records all passed the check, beside the log.

Checking every record (`loader.check_records`) is the dearest part of opening a big log
after the JSON itself. The stamp lets an open of the same bytes skip it: it holds a
CRC-32 and the length of the file as last checked or last written by netcall (every
record netcall writes was checked when read or built by a model). Any change to the
file, a hand edit above all, changes the bytes, so the records are checked again.

The stamp is a cache, nothing more: no personal data, never fsynced, and a stamp that
is missing, unreadable or can't be written only means the next open checks again.
"""

from __future__ import annotations

import contextlib
import os
import zlib
from pathlib import Path

from .fsio import read_no_follow

SUFFIX = ".checked"


def stamp_path(path: Path) -> Path:
    return path.with_name(path.name + SUFFIX)


def digest(raw: bytes) -> bytes:
    return f"crc32 {zlib.crc32(raw):08x} {len(raw)}\n".encode()


def is_stamped(path: Path, raw: bytes) -> bool:
    """True if these are the bytes netcall last checked or wrote at `path`."""
    try:
        return read_no_follow(stamp_path(path)) == digest(raw)
    except OSError:
        return False


def stamp(path: Path, raw: bytes | None = None) -> None:
    """Remember `raw` (or the file's bytes now) as checked; quietly nothing on failure."""
    target = stamp_path(path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        data = digest(read_no_follow(path) if raw is None else raw)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
        fd = os.open(temp, flags, 0o600)
        with open(fd, "wb") as file:
            file.write(data)
        os.replace(temp, target)  # renames over a link, never through it
    with contextlib.suppress(OSError):
        temp.unlink(missing_ok=True)
