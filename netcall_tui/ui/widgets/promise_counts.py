"""The promises view's counts line: '6 overdue  1 today  2 this week  2 later  32 done',
each group that has promises, overdue and today in their colours (promises.tcss)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from ...core.promises.groups import GROUP_LABEL, DueGroup
from ...core.promises.rows import PromiseRow


class PromiseCounts(Horizontal):
    def compose(self) -> ComposeResult:
        for group in DueGroup:
            yield Static("", id=f"count-{group.value}", classes="promises-count")

    def show(self, rows: Iterable[PromiseRow]) -> None:
        found = Counter(row.group for row in rows)
        for group in DueGroup:
            label = self.query_one(f"#count-{group.value}", Static)
            label.display = bool(found[group])
            label.update(Text(f"{found[group]:,} {GROUP_LABEL[group]}"))
