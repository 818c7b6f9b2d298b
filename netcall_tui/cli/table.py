"""Tables in plain text for a terminal (`log`'s calls, `promises`): columns kept straight
in terminal cells (a CJK character takes two), stored text made harmless. Imported when
a command that prints one runs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC

import pendulum
from rich.cells import cell_len, set_cell_size

from ..core.log.rows import LogRow
from ..core.log.text import asks_text, promises_text, short_outcome_text, time_text
from ..core.text.ages import local_time
from ..core.text.harmless import harmless

_HEADINGS = ("When", "Caller", "Strength", "Asks", "Outcome", "Time", "Promises")
_CALLER_MAX = 28


def _fit(text: str, width: int) -> str:
    """`text` padded to `width` terminal cells (a CJK character takes two)."""
    return text + " " * (width - cell_len(text))


def cut(text: str, most: int) -> str:
    """Stored `text` made harmless and cut with … to at most `most` terminal cells."""
    text = harmless(text)
    if cell_len(text) > most:
        text = set_cell_size(text, most - 1).rstrip() + "…"
    return text


def lay_out(headings: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """The headings, a rule, and the rows in straight columns; every cell made harmless
    (each may hold stored text)."""
    table = [list(headings), *([harmless(cell) for cell in row] for row in rows)]
    widths = [max(cell_len(line[i]) for line in table) for i in range(len(headings))]
    lines = [
        "  ".join(_fit(cell, w) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in table
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_table(rows: list[LogRow]) -> str:
    zone = pendulum.now().tzinfo or UTC  # pendulum's now() always has a zone
    cells = []
    for row in rows:
        used, over = time_text(row)
        cells.append(
            [
                f"{local_time(row.ts, zone):%Y-%m-%d %H:%M}",
                cut(row.caller, _CALLER_MAX),
                row.strength,
                asks_text(row.asks),
                short_outcome_text(row),
                f"{used} {over}".strip(),
                promises_text(row),
            ]
        )
    return lay_out(_HEADINGS, cells)
