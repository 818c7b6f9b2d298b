"""Reading a CSV export: finding its header row (a LinkedIn export starts with a few
lines of notes; an older one or a re-saved one has none), then its rows, each with the
line it starts on. A comma-separated file, or the semicolons and tabs a spreadsheet in
another locale saves."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .candidate import PROGRESS_EVERY, Candidate, ImportFileError, Parsed, Progress, Skipped

HEADER_SEARCH = 30  # rows looked at for the header: LinkedIn's notes take three
_DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True, slots=True)
class Header:
    """The header row found: its format, its column names (folded), where it ends."""

    source: str
    names: tuple[str, ...]
    delimiter: str
    ends_at: int  # the physical line it ends on


@dataclass(frozen=True, slots=True)
class Row:
    """One row under the header: its cells by column name (folded) and its first line."""

    line: int
    cells: dict[str, str]
    extra: int  # cells beyond the header's columns (a comma outside quotes?)

    def get(self, name: str, *others: str) -> str:
        """The first non-blank cell of these columns, trimmed."""
        value = self.cells.get(name, "").strip()
        if value or not others:
            return value
        return next((v for v in (self.cells.get(o, "").strip() for o in others) if v), "")


def column_name(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").casefold().split())


def find_header(text: str, known: Callable[[set[str]], str | None]) -> Header | None:
    """The first row, among the first `HEADER_SEARCH`, that `known` names a format for
    (given the row's column names), in the first delimiter that has one."""
    for delimiter in _DELIMITERS:
        if delimiter not in text:
            continue
        try:
            for _line, ends_at, cells in _read(text, delimiter, stop=HEADER_SEARCH):
                names = tuple(column_name(cell) for cell in cells)
                source = known(set(names))
                if source:
                    return Header(source, names, delimiter, ends_at)
        except ImportFileError:
            continue  # unreadable as this delimiter's CSV: try the next
    return None


def rows(text: str, header: Header, progress: Progress | None = None) -> Iterator[Row]:
    """The rows under `header`, blank lines left out; ImportFileError naming the line
    where the CSV can't be read (a quote never closed, a NUL)."""
    total = text.count("\n") + 1
    width = len(header.names)
    count = 0
    for line, ends_at, cells in _read(text, header.delimiter):
        if ends_at <= header.ends_at or not "".join(cells).strip():
            continue
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(ends_at, total)
        named = dict(zip(header.names, cells, strict=False))
        yield Row(line, named, max(0, len(cells) - width))


def _read(
    text: str, delimiter: str, stop: int | None = None
) -> Iterator[tuple[int, int, list[str]]]:
    """(first line, last line, cells) of each row, up to `stop` rows."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    done = 0
    while stop is None or done < stop:
        first = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportFileError(_why(error), first) from None
        done += 1
        yield first, reader.line_num, cells


def _why(error: csv.Error) -> str:
    text = str(error)
    if "unexpected end of data" in text:
        return "a quoted field starts on this line and is never closed"
    return f"the CSV can't be read here ({text})"


def read_people(
    text: str,
    header: Header,
    person: Callable[[Row], Candidate | Skipped],
    progress: Progress | None = None,
) -> Parsed:
    """Every row under `header` made a candidate, or skipped with why, by `person`."""
    people: list[Candidate] = []
    skipped: list[Skipped] = []
    for row in rows(text, header, progress):
        found = person(row)
        if isinstance(found, Skipped):
            skipped.append(found)
        else:
            people.append(found)
    return Parsed(header.source, tuple(people), tuple(skipped))
