"""What an importer makes of a file: candidate contacts, the rows it skipped and why, or
an `ImportFileError` naming the line where the file stops making sense."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...errors import NetcallError

# Told how far reading has come: (lines read, lines in all).
Progress = Callable[[int, int], None]
PROGRESS_EVERY = 1000  # rows between two progress reports
MAX_BYTES = 64 * 1024 * 1024  # 30,000 connections take ~3 MB: past this, no export


class ImportFileError(NetcallError):
    """A file that can't be imported; the message says why and, where known, the line."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(f"line {line}: {message}" if line else message)
        self.line = line


@dataclass(frozen=True, slots=True)
class Candidate:
    """One person as the file gives them, not yet checked against your contacts."""

    name: str
    line: int  # where the person starts in the file, for the review
    company: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    profile_url: str = ""
    source: str = ""  # "linkedin", "vcard" or "google"
    connected_on: str = ""  # ISO date


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row of the file left out, and why (shown in the review)."""

    line: int
    why: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class Parsed:
    """A whole file read: which format it was, its people and the rows left out."""

    source: str
    candidates: tuple[Candidate, ...]
    skipped: tuple[Skipped, ...] = ()


def joined_name(*parts: str) -> str:
    """Name parts joined by single blanks, the empty ones left out."""
    return " ".join(" ".join(parts).split())
