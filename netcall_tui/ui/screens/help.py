"""A screen listing every key of the screen beneath it, grouped, with what it does."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from ..base import NetcallModal


class HelpScreen(NetcallModal[None]):
    """Every binding reachable from the screen below, from its own keymap."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 96; max-width: 100%; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 0 0 1;
    }
    HelpScreen #help-title { text-style: bold; color: $primary; }
    HelpScreen DataTable { height: auto; max-height: 1fr; scrollbar-size-vertical: 1; }
    HelpScreen #help-hint { color: $text-muted; padding-top: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close help", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical():  # only the table scrolls
            yield Static("Keys", id="help-title")
            yield DataTable(show_cursor=False, zebra_stripes=True)
            yield Static("ctrl+p opens the palette: every action by name.", id="help-hint")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("key", "does", Text("id in [keys]"))
        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else self.app.screen
        seen: set[tuple[str, str]] = set()
        # The whole chain, not just what is enabled now: help lists every key, live call or
        # not. The screen's own keys first, then the app's, then moving around in widgets.
        chain = below._modal_binding_chain
        rank: dict[object, int] = {below: 0, self.app: 1}
        ordered = [
            binding
            for _node, bindings in sorted(chain, key=lambda link: rank.get(link[0], 2))
            for _key, binding in bindings
        ]
        # Textual's own keys (focus, copy, scrolling: no id) after netcall's.
        for binding in sorted(ordered, key=lambda binding: binding.id is None):
            self._add(table, binding, seen)
        table.add_row(Text("ctrl+p", style="bold"), Text("Command palette"), Text(""))

    def _add(self, table: DataTable[Text], binding: Binding, seen: set[tuple[str, str]]) -> None:
        if not binding.description:
            return
        entry = (self.app.get_key_display(binding), binding.tooltip or binding.description)
        if entry in seen:
            return
        seen.add(entry)
        table.add_row(
            Text(entry[0], style="bold"), Text(entry[1]), Text(binding.id or "", style="dim")
        )
