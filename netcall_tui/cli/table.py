"""The log as a plain-text table for a terminal: columns kept straight in terminal cells
(a CJK character takes two), stored text made harmless. Imported when `log` runs."""

from __future__ import annotations

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


def format_table(rows: list[LogRow]) -> str:
    zone = pendulum.now().tzinfo or UTC  # pendulum's now() always has a zone
    table = [list(_HEADINGS)]
    for row in rows:
        used, over = time_text(row)
        caller = harmless(row.caller)
        if cell_len(caller) > _CALLER_MAX:
            caller = set_cell_size(caller, _CALLER_MAX - 1).rstrip() + "…"
        cells = [
            f"{local_time(row.ts, zone):%Y-%m-%d %H:%M}",
            caller,
            row.strength,
            asks_text(row.asks),
            short_outcome_text(row),
            f"{used} {over}".strip(),
            promises_text(row),
        ]
        table.append([harmless(cell) for cell in cells])  # every column may hold stored text
    widths = [max(cell_len(line[i]) for line in table) for i in range(len(_HEADINGS))]
    lines = [
        "  ".join(_fit(cell, w) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in table
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
