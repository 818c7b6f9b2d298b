"""A bar chart of ours (Textual's Sparkline draws no budget line and no labels): vertical
bars of eighth blocks sized by the widget's width, the budget as a line across them, the
y-axis labelled with the highest value and the budget, x labels as many as fit, and an
optional row of marks under the bars. The drawing is `core.stats.chart_rows`' (the text
output prints the same); the colours are the theme's, through component classes."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from ...core.stats.chart_rows import Chart, Role, chart_rows

ROLE_CLASSES = {role: f"bar-chart--{role.value}" for role in Role}


class BarChart(Widget):
    """`chart` is the data; `bars_height` the rows the bars take (the labels and the
    marks add one each)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = set(ROLE_CLASSES.values())
    DEFAULT_CSS = """
    BarChart { height: auto; width: 1fr; }
    BarChart > .bar-chart--axis { color: $text-muted; }
    BarChart > .bar-chart--within { color: $primary; }
    BarChart > .bar-chart--over { color: $text-error; }
    BarChart > .bar-chart--budget { color: $text-warning; }
    BarChart > .bar-chart--label { color: $text-muted; }
    BarChart > .bar-chart--low { color: $text-warning; text-style: bold; }
    """

    chart: reactive[Chart] = reactive(Chart((), 0), layout=True)

    def __init__(self, chart: Chart, *, bars_height: int = 6, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]  # Widget's own keywords
        self.bars_height = bars_height
        self.set_reactive(BarChart.chart, chart)

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="crop", end="")
        rows = chart_rows(self.chart, self.bars_height, self.content_size.width or 80)
        for number, row in enumerate(rows):
            if number:
                text.append("\n")
            for piece, role in row:
                text.append(piece, self.get_component_rich_style(ROLE_CLASSES[role]))
        return text
