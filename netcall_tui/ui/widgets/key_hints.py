"""The hint line above the footer: how a call starts and how it ends.

Idle it shows the keys that start a call (and undo the last outcome); during a call the
seven outcome capitals, which must never scroll out of sight. Every other key is the
footer's (`key_bar.KeyBar`): a key shows in one of the two rows, never in both.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.reactive import reactive

from .key_row import KeyItem, KeyRow, binding_item


class KeyHints(KeyRow):
    DEFAULT_CSS = """
    KeyHints {
        background: $panel;
        padding: 0 0 0 1;  /* all seven outcomes and their caption fit in 80 columns */
        & > .key-row--key { color: $text; background: $foreground 20%; text-style: bold; }
        & > .key-row--label { color: $text; }
        & > .key-row--caption { color: $text-muted; }
    }
    """

    live: reactive[bool] = reactive(False)

    def __init__(
        self,
        idle: Mapping[str, str],
        live: Mapping[str, str],
        live_caption: str = "",
        **kwargs: object,
    ) -> None:
        """`idle`, `live`: binding id -> its words here, in the order shown; a key shows
        while the screen allows it."""
        super().__init__(**kwargs)
        self._idle, self._live = dict(idle), dict(live)
        self._live_caption = live_caption

    def caption(self) -> str:
        return self._live_caption if self.live else ""

    def items(self) -> list[KeyItem]:
        labels = self._live if self.live else self._idle
        found: dict[str, KeyItem] = {}
        for active in self.screen.active_bindings.values():
            binding = active.binding
            # A read-only stand-in (n saying why it can't) acts, but offers nothing.
            if binding.action.startswith("read_only_"):
                continue
            if binding.id in labels and binding.id not in found and active.enabled:
                found[binding.id] = binding_item(self.screen, binding, labels[binding.id])
        order = [name for name in labels if name in found]
        # The later ones give way first, should a remapped key make the row too long.
        return [
            KeyItem(item.press, item.shown, item.label, drop=index)
            for index, item in enumerate(found[name] for name in order)
        ]
