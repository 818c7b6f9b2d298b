"""The session log's table: a Line API widget that only ever renders the rows on screen.

A DataTable builds every row up front (~0.8 s at 10,000 calls); this draws a header and
then, for each visible line, the one row under it (a `LogRow`, or another list's row with
its own `ColumnSet`; a subclass may decorate whole rows, `decor`), so opening and
scrolling cost the same at 10 calls or 100,000.
Columns fit the width (no sideways scrolling): at 120 columns and up the exact local
date and the outcome's detail get their own room.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .log_columns import (
    LOG_COLUMNS,
    SAMPLE,
    WIDE,
    ColumnSet,
    Layout,
    Parts,
    TableRow,
    column_at,
    layout,
    needs_of,
    widest,
)

NEEDS_KEPT = 20_000  # rows whose column needs are remembered, at most


class LogTable(ScrollView, can_focus=True):
    """Rows are handed over whole with `show`; the cursor is an index into them."""

    DEFAULT_CSS = """
    LogTable {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
        height: 1fr;
        & > .log-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .log-table--sorted { color: $accent; }
        & > .log-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
        }
        &:focus > .log-table--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
        & > .log-table--overtime { color: $error; text-style: bold; }
        & > .log-table--open { color: $warning; }
        & > .log-table--muted { color: $text-muted; }
        & > .log-table--marked { background: $accent 30%; text-style: bold; }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "log-table--header",
        "log-table--sorted",
        "log-table--cursor",
        "log-table--overtime",
        "log-table--open",
        "log-table--muted",
        "log-table--marked",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open", id="log.open"),
        Binding("down,j", "move(1)", "Down", show=False, id="log.down"),
        Binding("up,k", "move(-1)", "Up", show=False, id="log.up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="log.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="log.page_up"),
        Binding("home,g", "jump(0)", "First", show=False, id="log.first"),
        Binding("end,G", "jump(-1)", "Last", show=False, id="log.last"),
    ]

    class Highlighted(Message):
        def __init__(self, row: TableRow | None) -> None:
            super().__init__()
            self.row = row

    class Selected(Message):
        def __init__(self, row: TableRow) -> None:
            super().__init__()
            self.row = row

    class SortClicked(Message):
        def __init__(self, column: str) -> None:
            super().__init__()
            self.column = column

    def __init__(
        self,
        *,
        now: Callable[[], datetime],
        id: str | None = None,
        columns: ColumnSet = LOG_COLUMNS,
    ) -> None:
        super().__init__(id=id)
        self._set = columns  # what the columns are (the log's, or another list's)
        self._clock = now
        self._now = now()
        self._rows: Sequence[TableRow] = ()
        self._sort = ("when", True)
        self._empty = Text("")
        self.cursor = 0
        self._cache: LRUCache[tuple[object, ...], Strip] = LRUCache(256)
        self._styles: dict[str, Style] | None = None
        self._wants: tuple[tuple[int, bool], tuple[int, ...]] | None = None  # (id, wide), wants
        self._needs: dict[tuple[object, int], tuple[int, ...]] = {}  # (row, width): its needs

    # --- what to show ---------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._rows)

    @property
    def current(self) -> TableRow | None:
        return self._rows[self.cursor] if 0 <= self.cursor < len(self._rows) else None

    def show(
        self,
        rows: Sequence[TableRow],
        *,
        sort: tuple[str, bool],
        empty: Text | str = "",
        keep: str | None = None,
    ) -> None:
        """Show `rows`; the cursor stays on the call with id `keep` if it is still shown."""
        before = self.columns() if self._rows and self._width > 0 else None
        self._rows, self._sort = rows, sort
        self._empty = empty if isinstance(empty, Text) else Text(empty)
        self._wants = None
        if not rows or self.columns() != before:  # else the rows drawn so far stay as drawn
            self._cache.clear()
        index = next((i for i, r in enumerate(rows) if r.id == keep), 0) if keep else 0
        self.virtual_size = Size(0, len(rows) + 1)
        self.cursor = -1
        self.move_to(index, force_scroll=True)
        self.refresh()

    def tick(self) -> None:
        """Move 'now' on so '3 min ago' stays true while the log is open."""
        self._now = self._clock()
        self._cache.clear()
        self._needs.clear()
        self.refresh()

    # --- moving -----------------------------------------------------------------------

    def move_to(self, index: int, *, force_scroll: bool = False) -> None:
        count = len(self._rows)
        index = max(0, min(index, count - 1)) if count else 0
        changed = index != self.cursor
        self.cursor = index
        body = max(1, self.scrollable_content_region.height - 1)
        top = round(self.scroll_y)
        if index < top:
            self.scroll_to(y=index, animate=False, immediate=True)
        elif index >= top + body:
            self.scroll_to(y=index - body + 1, animate=False, immediate=True)
        elif force_scroll and index == 0:
            self.scroll_to(y=0, animate=False, immediate=True)
        if changed:
            self.refresh()
            self.post_message(self.Highlighted(self.current))

    def action_move(self, step: int) -> None:
        self.move_to(self.cursor + step)

    def action_page(self, direction: int) -> None:
        self.move_to(self.cursor + direction * max(1, self.scrollable_content_region.height - 2))

    def action_jump(self, where: int) -> None:
        self.move_to(len(self._rows) - 1 if where < 0 else 0)

    def action_select(self) -> None:
        if (row := self.current) is not None:
            self.post_message(self.Selected(row))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if offset.y == 0:
            column = column_at(offset.x, self.columns())
            if column is not None:
                self.post_message(self.SortClicked(column.sort))
            return
        index = round(self.scroll_y) + offset.y - 1
        if 0 <= index < len(self._rows):
            self.move_to(index)
            if event.chain >= 2:
                self.action_select()

    def on_focus(self) -> None:
        self._forget_styles()

    def on_blur(self) -> None:
        self._forget_styles()

    def on_resize(self) -> None:
        self.move_to(self.cursor)

    # --- drawing ----------------------------------------------------------------------

    @property
    def _width(self) -> int:
        return self.scrollable_content_region.width

    def columns(self) -> Layout:
        """The columns at this width, shared by what the rows shown need."""
        width = self._width
        key = (id(self._rows), width >= WIDE)
        if self._wants is None or self._wants[0] != key:
            self._wants = (key, self._wants_of(width))
        return layout(width, self._wants[1], self._sort[0], self._set)

    def _wants_of(self, width: int) -> tuple[int, ...]:
        """What the first SAMPLE rows' cells need; each row's needs are remembered (typing
        refilters the same rows again and again)."""
        if len(self._needs) > NEEDS_KEPT:
            self._needs.clear()
        needs = []
        for row in self._rows[:SAMPLE]:
            need = self._needs.get((row, width))
            if need is None:
                need = self._needs[(row, width)] = needs_of(row, width, self._now, self._set)
            needs.append(need)
        return widest(needs, width, self._set)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._forget_styles()

    def _forget_styles(self) -> None:
        self._styles = None
        self._cache.clear()

    def _style(self, name: str) -> Style:
        """Rich styles for this paint, by name: "", "cursor", "overtime", "cursor+open"…"""
        if self._styles is None:
            base = self.rich_style
            cursor = base + self.get_component_rich_style("log-table--cursor")
            self._styles = {"": base, "cursor": cursor}
            for part in ("header", "sorted", "overtime", "open", "muted", "marked"):
                component = self.get_component_rich_style(f"log-table--{part}")
                self._styles[part] = base + component
                self._styles[f"cursor+{part}"] = cursor + component
            sorted_style = self.get_component_rich_style("log-table--sorted")
            self._styles["header+sorted"] = self._styles["header"] + sorted_style
        return self._styles[name]

    def render_line(self, y: int) -> Strip:
        width = self._width
        if y == 0:
            return self._header(width)
        base = self._style("")
        if not self._rows:
            lines = self._empty_lines(width)
            if 2 <= y < 2 + len(lines):
                line = lines[y - 2]
                line.stylize_before(self._style("muted"))
                segments = list(line.render(self.app.console))
                return Strip(segments).adjust_cell_length(width, base).text_align(width, "center")
            return Strip.blank(width, base)
        index = round(self.scroll_y) + y - 1
        if index >= len(self._rows):
            return Strip.blank(width, base)
        row = self._rows[index]
        cursor = index == self.cursor
        decor = self.decor(row)
        key = (row, cursor, width, decor)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._row(row, cursor, width, decor)
            self._cache[key] = strip
        return strip

    def _empty_lines(self, width: int) -> list[Text]:
        text = self._empty.copy()
        text.end = ""
        return list(text.wrap(self.app.console, max(10, width - 4), justify="center"))

    def _header(self, width: int) -> Strip:
        column_key, descending = self._sort
        cells = []
        for column, _ in self.columns():
            active = column.sort == column_key and column.arrow
            if active:
                title = column.title + (" ▼" if descending else " ▲")
                cells.append([(title, "sorted")])
            else:
                cells.append([(column.title, "")])
        return self._join(cells, width, "header")

    def cell(self, key: str, row: TableRow, wide: bool) -> Parts:
        """What column `key` shows for `row` (the column set's cell, unless overridden)."""
        return self._set.cell(key, row, self._now, wide)

    def decor(self, row: TableRow) -> str:
        """A style name for the whole row ("" for none): e.g. a row marked for a change."""
        return ""

    def _row(self, row: TableRow, cursor: bool, width: int, decor: str) -> Strip:
        wide = width >= WIDE
        cells = [self.cell(column.key, row, wide) for column, _ in self.columns()]
        if decor:  # the whole row in its decor, under the cursor's colours if there
            cells = [[(text, name or decor) for text, name in parts] for parts in cells]
        return self._join(cells, width, "cursor" if cursor else "")

    def _join(self, cells: list[list[tuple[str, str]]], width: int, base: str) -> Strip:
        """Cells of (text, style name) parts, each fitted to its column, one space apart."""
        prefix = f"{base}+" if base else ""
        segments: list[Segment] = []
        gap = Segment(" ", self._style(base))
        for index, ((_, cell_width), parts) in enumerate(zip(self.columns(), cells, strict=True)):
            if index:
                segments.append(gap)
            used = 0
            for number, (text, name) in enumerate(parts):
                style = self._style(f"{prefix}{name}" if name else base)
                size = cell_len(text)
                room = cell_width - used
                if size > room or (size == room and number < len(parts) - 1):
                    segments.append(Segment(set_cell_size(text, max(0, room - 1)) + "…", style))
                    used = cell_width
                    break
                segments.append(Segment(text, style))
                used += size
            if used < cell_width:
                segments.append(Segment(" " * (cell_width - used), self._style(base)))
        return Strip(segments).adjust_cell_length(width, self._style(base))
