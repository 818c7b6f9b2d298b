"""What the caller wants and how they came across, one key per item (habit 1)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from ...core.domain.vocabulary import Ask, Trait


@dataclass(frozen=True, slots=True)
class Marks:
    """The checklist's state as the screen sees it."""

    asks: frozenset[Ask] = frozenset()
    traits: frozenset[Trait] = frozenset()


class Checklist(Static):
    """Two short columns of ticks; each line shows the key that toggles it."""

    DEFAULT_CSS = """
    Checklist { height: auto; padding: 0 1; border: round $secondary 50%; }
    """

    marks: reactive[Marks | None] = reactive(None)

    def __init__(self, keys: dict[str, str], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]  # Static's keywords, passed through unchanged
        self._keys = keys

    def on_mount(self) -> None:
        self.border_title = "checklist"

    def watch_marks(self, marks: Marks | None) -> None:
        self.update(self._render_marks(marks))

    def _render_marks(self, marks: Marks | None) -> Text:
        text = Text()
        text.append("wants\n", style="bold dim")
        for ask in Ask:
            self._line(text, f"ask_{ask.value}", ask.label, marks is not None and ask in marks.asks)
        text.append("comes across\n", style="bold dim")
        for trait in Trait:
            ticked = marks is not None and trait in marks.traits
            self._line(text, f"trait_{trait.value}", trait.label, ticked)
        text.rstrip()
        return text

    def _line(self, text: Text, action: str, label: str, ticked: bool) -> None:
        key = self._keys.get(action, " ")
        text.append(f" {key} ", style="reverse" if ticked else "dim")
        text.append(" ✔ " if ticked else " · ", style="bold green" if ticked else "dim")
        text.append(label + "\n", style="" if ticked else "dim")
