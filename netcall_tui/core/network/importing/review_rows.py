"""The review's lists as rows to show (the command line prints them, the import screen
tables them): each near match, contact filled in, value that differs, and skipped row."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .review import Review


class RowKind(StrEnum):
    NEAR = "near"
    FILLED = "filled"
    DIFFERS = "differs"
    SKIPPED = "skipped"

    @property
    def heading(self) -> str:
        return _TITLES[self]

    @property
    def label(self) -> str:
        return _LABELS[self]


_TITLES = {
    RowKind.NEAR: "Near a contact you have (added as new: the same person? merge by hand)",
    RowKind.FILLED: "Filled in where your contact had nothing",
    RowKind.DIFFERS: "Differs from your contact (yours is kept)",
    RowKind.SKIPPED: "Skipped",
}
_LABELS = {
    RowKind.NEAR: "near",
    RowKind.FILLED: "filled in",
    RowKind.DIFFERS: "differs",
    RowKind.SKIPPED: "skipped",
}


@dataclass(frozen=True, slots=True)
class ReviewRow:
    kind: RowKind
    line: int  # in the file
    name: str  # as the file has it (a contact's for what is filled in or differs)
    detail: str

    def text(self) -> str:
        name = f"{self.name}: " if self.name else ""
        return f"line {self.line}: {name}{self.detail}"


def review_rows(review: Review) -> list[ReviewRow]:
    """Every row, kind by kind (near, filled in, differs, skipped), each by line."""
    rows = [
        ReviewRow(
            RowKind.NEAR,
            n.candidate.line,
            _who(n.candidate.name, n.candidate.company),
            f"like {_who(n.contact_name, n.contact_company)}",
        )
        for n in review.near
    ]
    rows += [
        ReviewRow(RowKind.FILLED, m.candidate.line, m.contact_name, _fields(m.fills))
        for m in review.updates
    ]
    rows += [
        ReviewRow(
            RowKind.DIFFERS,
            m.candidate.line,
            m.contact_name,
            ", ".join(f"{_field(f)} {theirs} (the file: {mine})" for f, theirs, mine in m.differs),
        )
        for m in review.matched
        if m.differs
    ]
    rows += [ReviewRow(RowKind.SKIPPED, s.line, s.name, s.why) for s in review.skipped]
    return rows


def _field(name: str) -> str:
    return name.replace("_", " ")


def _fields(fills: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"{_field(field)} {value}" for field, value in fills)


def _who(name: str, company: str) -> str:
    return f"{name} ({company})" if company else name
