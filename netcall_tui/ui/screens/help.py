"""A screen listing netcall's keys on the screen beneath it, with what they do and their ids.

Only netcall's own bindings (those with an id, which `[keys]` may remap): Textual's
generic scrolling and focus keys work as everywhere and are not listed. The id column
never wraps, so at 80 columns it is the description that wraps instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from ..base import NetcallModal

HERE, EVERYWHERE = "On this screen", "Everywhere"


@dataclass(frozen=True)
class HelpRow:
    keys: str
    does: str
    id: str
    section: str


class HelpScreen(NetcallModal[None]):
    """Every netcall binding reachable from the screen below, from its own keymap."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 96; max-width: 100%; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    HelpScreen #help-title { dock: top; text-style: bold; color: $primary; }
    HelpScreen VerticalScroll { height: auto; max-height: 1fr; scrollbar-size-vertical: 1; }
    HelpScreen .help-section { text-style: italic; color: $text-muted; padding-left: 1; }
    HelpScreen #help-hint { dock: bottom; color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close help", id="help.close"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[HelpRow] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text("Keys, and their ids for [keys] in the config"), id="help-title")
            yield VerticalScroll()  # only the list scrolls; filled on mount
            yield Static(
                Text("↑/↓ scroll · esc or ? closes · ^p palette: every action by name"),
                id="help-hint",
            )

    def on_mount(self) -> None:
        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else self.app.screen
        self.rows = self._rows(below)
        scroll = self.query_one(VerticalScroll)
        for section in dict.fromkeys(row.section for row in self.rows):
            scroll.mount(Static(Text(section), classes="help-section"))
            scroll.mount(Static(self._table([r for r in self.rows if r.section == section])))
        scroll.focus()

    def _rows(self, below: Screen[object]) -> list[HelpRow]:
        """The whole chain, not just what is enabled now: help lists every key, live call
        or not. The screen's own keys first, then its widgets', then the app's."""
        rank: dict[object, int] = {below: 0, self.app: 2}
        chain = sorted(below._modal_binding_chain, key=lambda link: rank.get(link[0], 1))
        found: dict[str, tuple[list[str], Binding, str]] = {}
        near: set[str] = set()  # the keys the screen and its widgets bind: the app's lose them
        for node, bindings in chain:
            section = EVERYWHERE if node is self.app else HERE
            for key, binding in bindings:
                if binding.id is None or not binding.description:
                    continue  # Textual's own (scrolling, focus, its palette key): not ours
                if node is not self.app:
                    near.add(key)
                elif key in near:
                    continue  # e.g. the statistics' q goes back: "q Quit" would mislead
                keys = found.setdefault(binding.id, ([], binding, section))[0]
                shown = self.app.get_key_display(binding)
                if shown not in keys:
                    keys.append(shown)
        rows = [
            HelpRow("/".join(keys), binding.tooltip or binding.description, name, section)
            for name, (keys, binding, section) in found.items()
        ]
        palette = Binding(self.app.COMMAND_PALETTE_BINDING, "command_palette")
        if self.app.ENABLE_COMMAND_PALETTE:
            does = "Command palette: every action by name"
            rows.append(HelpRow(self.app.get_key_display(palette), does, "", EVERYWHERE))
        return rows

    def _table(self, rows: list[HelpRow]) -> Table:
        """One section's keys; every section's columns as wide as the widest's."""
        key_width = max(len(row.keys) for row in self.rows)
        id_width = max(len(row.id) for row in self.rows)
        table = Table(expand=True, box=None, padding=(0, 1), show_edge=False, show_header=False)
        table.add_column(no_wrap=True, style="bold", min_width=key_width)
        table.add_column(ratio=1)  # the one that wraps at 80 columns
        table.add_column(no_wrap=True, style="dim", min_width=id_width)
        for row in rows:
            # Literal text: a key shown as "[" must not be read as markup.
            table.add_row(Text(row.keys), Text(row.does), Text(row.id))
        return table
