"""Which format a file is, from its content (never its name), and reading it: a vCard
when its first line opens a card, else a CSV whose header row names LinkedIn's or
Google's columns."""

from __future__ import annotations

from . import google, linkedin, vcard
from .candidate import ImportFileError, Parsed, Progress
from .csv_rows import HEADER_SEARCH, find_header, read_people
from .decoding import decoded
from .zipped import is_zip, unzipped

# What each source is called in the review.
SOURCE_LABELS = {
    linkedin.SOURCE: "LinkedIn connections",
    vcard.SOURCE: "vCard",
    google.SOURCE: "Google Contacts",
}
_PEOPLE = {linkedin.SOURCE: linkedin.person, google.SOURCE: google.person}

UNKNOWN = (
    "this is not a file netcall can import: no LinkedIn header (First Name,Last Name,URL,"
    f"…,Connected On) or Google Contacts header in its first {HEADER_SEARCH} lines, and no "
    "BEGIN:VCARD. Import LinkedIn's Connections.csv, a vCard (.vcf) or a Google CSV"
)


def read_contacts(data: bytes, progress: Progress | None = None) -> Parsed:
    """The people in an export's bytes; ImportFileError (with its line where there is
    one) for a file that is none of the formats, or is broken. LinkedIn's .zip is
    opened for the Connections.csv inside."""
    text = decoded(unzipped(data) if is_zip(data) else data)
    if not text.strip():
        raise ImportFileError("the file is empty")
    if vcard.is_vcard(text):
        return vcard.read(text, progress)
    header = find_header(text, _known)
    if header is None:
        raise ImportFileError(UNKNOWN)
    return read_people(text, header, _PEOPLE[header.source], progress)


def _known(names: set[str]) -> str | None:
    if linkedin.is_header(names):
        return linkedin.SOURCE
    if google.is_header(names):
        return google.SOURCE
    return None
