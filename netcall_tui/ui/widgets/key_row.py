"""A row of keys and what they do, fitted to its width: a key that can't fit drops whole.

The console has two such rows (see `key_hints.KeyHints` and `key_bar.KeyBar`); each key
shows in one of them only, and neither ever cuts a label where the row ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

GAP = " "  # between two keys: the key's reverse block already sets them apart


@dataclass(frozen=True)
class KeyItem:
    """One key of a row: what to press, how it is shown, and what it does."""

    press: str  # the key the click simulates
    shown: str  # the key as the row shows it ("space", "^x", "+/-")
    label: str
    drop: int = 0  # 0 stays; a higher number drops sooner when the row is too narrow

    @property
    def width(self) -> int:
        return len(self.shown) + 1 + len(self.label)


def fit(
    items: list[KeyItem], width: int, more: KeyItem | None = None
) -> tuple[list[KeyItem], bool]:
    """The items that fit in `width` cells, in their order, and whether some were dropped.

    The most droppable go first; when any go, `more` (a pointer to where the rest are
    listed) replaces the item with the same key, or is added at the end."""
    kept = list(items)
    cut = False
    while kept and _width(kept) > width:
        droppable = [item for item in kept if item.drop]
        if not cut and more is not None:
            cut = True
            kept = _with_pointer(kept, more)
            continue
        if not droppable:
            break
        kept.remove(max(droppable, key=lambda item: (item.drop, kept.index(item))))
        cut = True
    return kept, cut


def _with_pointer(items: list[KeyItem], more: KeyItem) -> list[KeyItem]:
    if any(item.press == more.press for item in items):
        return [more if item.press == more.press else item for item in items]
    return [*items, more]


def _width(items: list[KeyItem]) -> int:
    return sum(item.width for item in items) + len(GAP) * max(len(items) - 1, 0)


def binding_item(screen: Screen[object], binding: Binding, label: str, drop: int = 0) -> KeyItem:
    return KeyItem(binding.key, screen.app.get_key_display(binding), label, drop)


class KeyRow(Widget):
    """Renders `items()` fitted to the row; a click on a key presses it."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-row--key", "key-row--label", "key-row--caption"}
    DEFAULT_CSS = """
    KeyRow {
        height: 1; padding: 0 1; background: $footer-background;
        & > .key-row--key { color: $footer-key-foreground; text-style: bold; }
        & > .key-row--label { color: $footer-description-foreground; }
    }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]  # Widget's keywords, passed through unchanged
        self._spans: list[tuple[int, int, str]] = []

    def items(self) -> list[KeyItem]:
        raise NotImplementedError

    def caption(self) -> str:
        """Words before the keys (counted in the row's width)."""
        return ""

    def pointer(self) -> KeyItem | None:
        """What replaces the dropped keys (None: they just go)."""
        return None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: Screen[object]) -> None:
        self.refresh()

    def shown(self) -> list[KeyItem]:
        """The keys the row shows now, at its width."""
        caption = self.caption()
        room = self.content_size.width - (len(caption) + len(GAP) if caption else 0)
        return fit(self.items(), room, self.pointer())[0]

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="crop")
        key_style = self.get_component_rich_style("key-row--key")
        label_style = self.get_component_rich_style("key-row--label")
        caption = self.caption()
        if caption:
            text.append(caption + GAP, style=self.get_component_rich_style("key-row--caption"))
        self._spans = []
        for index, item in enumerate(self.shown()):
            if index:
                text.append(GAP)
            start = len(text)
            text.append(item.shown, style=key_style)
            text.append(f" {item.label}", style=label_style)
            self._spans.append((start, len(text), item.press))
        return text

    def on_click(self, event: events.Click) -> None:
        x = event.x - self.styles.padding.left
        for start, end, press in self._spans:
            if start <= x < end:
                self.app.simulate_key(press)
                return
