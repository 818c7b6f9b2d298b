"""The statistics: calls and minutes per week against the budget (the last 12 weeks, with
how the calls left you under the bars; the last 52), how the calls ended month by month,
how the time-box held, interviews, referrals and résumés, when the calls come, and the
energy trend with its suggestion when the last weeks ran low. Each section says the
period it covers.

The figures are counted on a thread (`StatsOps.figures`), so the first frame never waits
for them: "Counting…" until they are in. The words are `core.stats.wording`'s, the same
`netcall stats` prints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import pendulum
from pendulum import DateTime
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Header, Static

from ...core.errors import NetcallError
from ...core.stats.charts import ChartSection, chart_sections
from ...core.stats.figures import Stats
from ...core.stats.wording import NO_CALLS, TITLE, mix_heading, mix_legend, mix_table, text_sections
from ..base import NetcallScreen
from ..widgets.bar_chart import BarChart
from ..widgets.key_bar import KeyBar

Now = Callable[[], DateTime]
COUNTING = "Counting…"
TALL = 40  # rows from which the bars get taller


class StatsScreen(NetcallScreen[None]):
    """Your week and your record, read-only."""

    CSS_PATH = "stats.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="stats.back"),
    ]

    def __init__(self, *, now: Now | None = None) -> None:
        super().__init__()
        self.now: Now = now or pendulum.now
        self.stats: Stats | None = None  # the figures, once counted

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="stats-body"):
            yield Static(Text(COUNTING), id="stats-counting")
        yield KeyBar(id="footer")

    def on_mount(self) -> None:
        self.title = TITLE
        self.sub_title = "your week and your record"
        self.query_one("#stats-body").focus()  # the arrows and page keys scroll at once
        self._count()

    @work(thread=True, exclusive=True, group="stats-count", description="count the figures")
    def _count(self) -> None:
        config = self.app.config
        try:
            stats = self.app.session.stats.figures(
                self.now(), config.weekly_calls, config.weekly_minutes
            )
        except NetcallError as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        self.app.call_from_thread(self.show, stats)

    def _failed(self, problem: str) -> None:
        if not self.is_attached:
            return  # gone back before the figures were in
        self.query_one("#stats-counting", Static).update(Text(f"Could not count: {problem}"))

    def show(self, stats: Stats) -> None:
        """Every section, in place of "Counting…"."""
        if not self.is_attached:
            return  # gone back before the figures were in
        self.stats = stats
        body = self.query_one("#stats-body", VerticalScroll)
        body.remove_children()
        tall = self.app.size.height >= TALL
        sections = [_chart_section(found, tall) for found in chart_sections(stats)]
        sections.append(_mix_section(stats))
        for number, (heading, lines) in enumerate(text_sections(stats)):
            name = ("timing", "network", "busiest", "energy")[number]
            sections.append(_lines_section(name, heading, lines, low=stats.energy.low))
        body.mount_all(sections)

    def action_back(self) -> None:
        self.dismiss()


def _heading(text: str) -> Static:
    return Static(Text(text), classes="stats-heading")


def _note(text: str, *classes: str) -> Static:
    return Static(Text(text), classes=" ".join(("stats-note", *classes)))


def _section(name: str, heading: str, *children: Widget) -> Vertical:
    return Vertical(_heading(heading), *children, id=f"stats-{name}", classes="stats-section")


def _chart_section(found: ChartSection, tall: bool) -> Vertical:
    if found.chart is None:
        return _section(found.name, found.heading, _note(NO_CALLS, "-none"))
    chart = BarChart(found.chart, bars_height=8 if tall else 5, id=f"chart-{found.name}")
    return _section(found.name, found.heading, chart, *(_note(note) for note in found.notes))


def _mix_section(stats: Stats) -> Vertical:
    heading = mix_heading(stats)
    if not any(mix.calls for mix in stats.months):
        return _section("mix", heading, _note(NO_CALLS, "-none"))
    headings, rows = mix_table(stats.months)
    table = Table(box=None, padding=(0, 0, 0, 1), show_edge=False, header_style="bold")
    table.add_column(Text(headings[0]), no_wrap=True)
    for title in headings[1:]:  # a narrow terminal wraps the outcomes' names, not the counts
        table.add_column(Text(title), justify="right", min_width=3)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    legend = mix_legend(stats.months)
    return _section("mix", heading, Static(table, classes="stats-table"), _note(legend))


def _lines_section(name: str, heading: str, lines: list[str], *, low: bool) -> Vertical:
    notes = [_note(line, "-none" if line == NO_CALLS else "") for line in lines]
    if name == "energy" and low and len(notes) > 2:
        notes[-1].add_class("-advice")  # the suggestion: a smaller budget may suit you
    return _section(name, heading, *notes)
