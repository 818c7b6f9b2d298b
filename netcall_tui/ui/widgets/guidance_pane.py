"""Suggested words for this moment of the call, best first (habits 2, 4 and 5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...core.text.harmless import harmless

if TYPE_CHECKING:
    from ...core.call.guidance import Suggestion


GUIDANCE_TITLE = "say"
GUIDANCE_IDLE = Text(
    "Words for the moment appear here during a call: how to open, when the story is "
    "over, how to say not now, or no, kindly.",
    style="italic",  # not dim: it read at 2.3:1 (issue 11, item 12)
)


class GuidancePane(OptionList):
    """A list of phrases; the highlighted one is what the copy key puts on the clipboard."""

    DEFAULT_CSS = """
    GuidancePane { height: 1fr; border: round $accent 50%; padding: 0; }
    GuidancePane:focus { border: round $accent; }
    GuidancePane > .option-list--option { padding: 0 1; }
    """

    suggestions: reactive[tuple[Suggestion, ...]] = reactive(())

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
            self.add_option(Option(GUIDANCE_IDLE, disabled=True))
            return
        self.add_options([_option(s) for s in suggestions])
        index = next((i for i, s in enumerate(suggestions) if s == keep), 0)
        self.highlighted = index

    @property
    def highlighted_suggestion(self) -> Suggestion | None:
        index = self.highlighted
        if index is None or not 0 <= index < len(self.suggestions):
            return None
        return self.suggestions[index]


def _option(suggestion: Suggestion) -> Option:
    prompt = Text()
    prompt.append(suggestion.situation.value.replace("_", " "), style="bold")
    prompt.append(f"  {suggestion.why}\n", style="dim italic")
    prompt.append(harmless(suggestion.text, lines=True))  # phrases and avenues are user data
    return Option(prompt)
