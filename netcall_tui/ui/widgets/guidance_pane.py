"""Suggested words for this moment of the call, best first (habits 2, 4 and 5); idle, a
word about your budget when the last weeks' calls left you low (habit 3's reason)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...core.text.harmless import harmless

if TYPE_CHECKING:
    from textual.css.styles import RulesMap

    from ...core.call.guidance import Suggestion


GUIDANCE_TITLE = "say"
MIN_ROWS = 6  # the idle text and the border
GUIDANCE_IDLE = Text(
    "Words for the moment appear here during a call: how to open, when the story is "
    "over, how to say not now, or no, kindly.",
    style="italic",  # not dim: it read at 2.3:1 (issue 11, item 12)
)
ADVICE_HEADING = "A lighter week?"


class GuidancePane(OptionList):
    """A list of phrases; the highlighted one is what the copy key puts on the clipboard.

    The chosen phrase is read aloud, so it is always shown whole: the pane is at least
    as tall as it, and scrolls to it. The scrollbar's column is kept even while there is
    no scrollbar, so a phrase wraps the same with or without one (OptionList measures
    its lines once; a scrollbar appearing later cut the last line of a phrase off).
    """

    DEFAULT_CSS = """
    GuidancePane {
        height: 1fr; border: round $accent 50%; padding: 0;
        scrollbar-gutter: stable; scrollbar-size-vertical: 1; scrollbar-size-horizontal: 0;
    }
    GuidancePane:focus { border: round $accent; }
    GuidancePane > .option-list--option { padding: 0 1; }
    """

    suggestions: reactive[tuple[Suggestion, ...]] = reactive(())
    advice: reactive[str] = reactive("")  # idle only: see core.stats.energy.advice
    # Idle with open promises: the advice alone is held whole, what the pane is for
    # scrolls below it (at 80x24 the two squeezed the promises to a bare border).
    brief: reactive[bool] = reactive(False)

    def on_mount(self) -> None:
        self.border_title = GUIDANCE_TITLE

    def watch_suggestions(
        self, before: tuple[Suggestion, ...], suggestions: tuple[Suggestion, ...]
    ) -> None:
        # Stay on the phrase the user picked if it is still suggested.
        index = self.highlighted
        keep = before[index] if index is not None and 0 <= index < len(before) else None
        self.clear_options()
        if not suggestions:
            self._show_idle()
            return
        self.add_options([_option(s) for s in suggestions])
        index = next((i for i, s in enumerate(suggestions) if s == keep), 0)
        self.highlighted = index

    def watch_advice(self) -> None:
        if not self.suggestions:
            self.clear_options()
            self._show_idle()

    def watch_brief(self) -> None:
        if not self.suggestions:
            self.call_after_refresh(self._fit_chosen)
            self.refresh(layout=True)

    def _show_idle(self) -> None:
        """No call: the advice, when there is some, above what the pane is for."""
        if self.advice:
            self.add_option(Option(_advice(self.advice), disabled=True))
        self.add_option(Option(GUIDANCE_IDLE, disabled=True))
        self.call_after_refresh(self._fit_chosen)

    def watch_highlighted(self, highlighted: int | None) -> None:
        self._fit_chosen()
        super().watch_highlighted(highlighted)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_chosen)  # its lines wrap anew at another width

    def _fit_chosen(self) -> None:
        self.styles.min_height = max(MIN_ROWS, self._chosen_rows() + self.styles.gutter.height)
        self.call_after_refresh(self.scroll_to_highlight)  # once the pane has its new height

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Where its height is `auto` (at 80 columns): just the chosen phrase."""
        return max(MIN_ROWS - self.styles.gutter.height, self._chosen_rows(width))

    def _chosen_rows(self, width: int | None = None) -> int:
        """The chosen phrase's rows; idle, those of the whole idle text (and advice), or
        of the advice alone when `brief`."""
        index = self.highlighted
        if index is not None and 0 <= index < self.option_count:
            shown: range = range(index, index + 1)
        elif self.suggestions:
            shown = range(0)
        else:
            brief = self.brief and bool(self.advice)
            shown = range(min(1, self.option_count) if brief else self.option_count)
        if width is None:
            return sum(self._heights.get(i, 0) for i in shown)
        padding = self.get_component_styles("option-list--option").padding.width
        rules = cast("RulesMap", self.styles)  # what OptionList passes too
        return sum(
            self._get_visual(self.get_option_at_index(i)).get_height(rules, width - padding)
            for i in shown
        )

    @property
    def highlighted_suggestion(self) -> Suggestion | None:
        index = self.highlighted
        if index is None or not 0 <= index < len(self.suggestions):
            return None
        return self.suggestions[index]


def _advice(advice: str) -> Text:
    text = Text()
    text.append(f"{ADVICE_HEADING}\n", style="bold")
    text.append(advice)
    return text


def _option(suggestion: Suggestion) -> Option:
    prompt = Text()
    prompt.append(suggestion.situation.heading, style="bold")
    prompt.append(f"  {suggestion.why}\n", style="dim italic")
    prompt.append(harmless(suggestion.text, lines=True))  # phrases and avenues are user data
    return Option(prompt)
