"""LinkedIn's Connections.csv (Settings > Data privacy > Get a copy of your data).

Real exports start with notes (`Notes:`, a quoted sentence about missing emails, a blank
line) before the header `First Name,Last Name,URL,Email Address,Company,Position,
Connected On`; older ones have no notes, or no URL column. Email is mostly empty, and a
connection who hides their profile comes as a row holding only the date. The profile URL
is the stable key a re-import matches on."""

from __future__ import annotations

from .candidate import Candidate, Skipped, joined_name
from .csv_rows import Row
from .dates import iso_date

SOURCE = "linkedin"
_NAMES = {"first name", "last name"}
_DATE = "connected on"


def is_header(names: set[str]) -> bool:
    return names >= _NAMES and bool({_DATE, "position"} & names)


def person(row: Row) -> Candidate | Skipped:
    name = joined_name(row.get("first name"), row.get("last name"))
    if row.extra:
        return Skipped(row.line, f"{row.extra} cell(s) more than the header has", name)
    if not name:
        others = {k: v for k, v in row.cells.items() if v.strip() and k != _DATE}
        why = "no name (a profile whose owner hides it)" if not others else "no name"
        return Skipped(row.line, why)
    return Candidate(
        name=name,
        line=row.line,
        company=row.get("company"),
        role=row.get("position"),
        email=row.get("email address"),
        profile_url=row.get("url", "profile url"),
        source=SOURCE,
        connected_on=iso_date(row.get(_DATE)),
    )
