"""Google Contacts' CSV (contacts.google.com > Export > Google CSV), today's columns
(`First Name,Middle Name,Last Name,…,Organization Name,Organization Title,…,E-mail 1 -
Value,…`) and the older ones (`Name,Given Name,…,Organization 1 - Name,…`). A cell with
several values joins them with ` ::: `: the first is taken."""

from __future__ import annotations

from .candidate import Candidate, Skipped, joined_name
from .csv_rows import Row

SOURCE = "google"
_MARKS = {"e-mail 1 - value", "organization name", "organization 1 - name", "given name"}
_MORE = 4  # E-mail 1 … 4, Phone 1 … 4, Website 1 … 4 are looked at
PROFILE_MARK = "linkedin.com/in/"  # a website that is a LinkedIn profile is its key


def is_header(names: set[str]) -> bool:
    return bool(_MARKS & names)


def first_value(cell: str) -> str:
    return cell.split(":::")[0].strip()


def _numbered(row: Row, what: str) -> list[str]:
    """Every value of `what` 1 … 4 (E-mail, Phone, Website), in order."""
    values = (row.get(f"{what} {n} - value") for n in range(1, _MORE + 1))
    return [v.strip() for cell in values if cell for v in cell.split(":::") if v.strip()]


def person(row: Row) -> Candidate | Skipped:
    name = joined_name(
        row.get("first name", "given name"),
        row.get("middle name", "additional name"),
        row.get("last name", "family name"),
    ) or joined_name(row.get("name", "nickname", "file as"))
    if row.extra:
        return Skipped(row.line, f"{row.extra} cell(s) more than the header has", name)
    if not name:
        return Skipped(row.line, "no name")
    emails, phones = _numbered(row, "e-mail"), _numbered(row, "phone")
    profile = next((w for w in _numbered(row, "website") if PROFILE_MARK in w.casefold()), "")
    return Candidate(
        name=name,
        line=row.line,
        company=first_value(row.get("organization name", "organization 1 - name")),
        role=first_value(row.get("organization title", "organization 1 - title")),
        email=emails[0] if emails else "",
        phone=phones[0] if phones else "",
        notes=row.get("notes"),
        profile_url=profile,
        source=SOURCE,
    )
