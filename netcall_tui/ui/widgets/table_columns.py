"""A windowed table's columns: which width each gets, shared by what its cells need.

The session log's columns (`log_columns`) and the contacts' (`contact_columns`) are laid
out by the same rule: the short columns get what they need first, then the flexible ones
share the rest in proportion to what theirs need, and any room left over.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

Parts = list[tuple[str, str]]  # a cell: (text, style name) parts


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    least: int  # never narrower
    most: int  # never wider than its content needs, nor than this
    sort: str  # the view's sort column this header sorts by
    flex: bool = False  # shares what is left, by content
    arrow: bool = True  # shows the sort arrow when its sort column is the sort


ARROW = 2  # " ▼" after the sorted column's title
Layout = tuple[tuple[Column, int], ...]


@lru_cache(maxsize=64)
def share(
    columns: tuple[Column, ...], width: int, wants: tuple[int, ...] = (), sort: str = ""
) -> Layout:
    """Each column with its width: `wants` holds what each column's cells need (the rows
    shown); the sorted column has room for its arrow."""
    wants = wants or tuple(c.least for c in columns)
    floor = [
        max(c.least, len(c.title) + ARROW if c.sort == sort and c.arrow else 0) for c in columns
    ]
    sizes = list(floor)
    need = [max(f, min(c.most, w)) for c, f, w in zip(columns, floor, wants, strict=True)]
    spare = width - sum(sizes) - (len(columns) - 1)
    for i, column in enumerate(columns):  # the short columns whole first
        if not column.flex and spare > 0:
            grow = min(spare, need[i] - sizes[i])
            sizes[i] += grow
            spare -= grow
    flex = [i for i, c in enumerate(columns) if c.flex]
    short = sum(need[i] - sizes[i] for i in flex)
    if spare > 0 and short:
        given = min(spare, short)
        for i in flex:
            sizes[i] += given * (need[i] - sizes[i]) // short
        spare = width - sum(sizes) - (len(columns) - 1)
    for n, i in enumerate(flex):  # room left over: shared out evenly
        sizes[i] += max(0, spare) // len(flex) + (1 if n < max(0, spare) % len(flex) else 0)
    return tuple(zip(columns, sizes, strict=True))


def column_at(x: int, columns: Layout) -> Column | None:
    left = 0
    for column, size in columns:
        if left <= x < left + size + 1:
            return column
        left += size + 1
    return None
