"""The hint line above the footer: how a call starts and how it ends.

Idle it shows the keys that start a call (and undo the last outcome); during a call the
seven outcome capitals, which must never scroll out of sight; just after a call is
logged, while the screen allows their keys, the question how it left you and its keys
(1 to 5, esc skips).
Every other key is the footer's (`key_bar.KeyBar`): a key shows in one of the two rows,
never in both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.reactive import reactive

from .key_row import GAP, KeyItem, KeyRow, binding_item


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
        asking: Mapping[str, str] | None = None,
        asking_captions: Sequence[str] = (),
        **kwargs: object,
    ) -> None:
        """`idle`, `live`, `asking`: binding id -> its words here, in the order shown; a
        key shows while the screen allows it, and the row asks while it allows one of
        `asking`'s own. `asking_captions`: the question, longest first; the longest that
        leaves room for every key but the idle ones is shown."""
        super().__init__(**kwargs)
        self._idle, self._live = dict(idle), dict(live)
        self._asking = dict(asking or idle)
        self._live_caption = live_caption
        self._asking_captions = tuple(asking_captions)

    def caption(self) -> str:
        if self.live:
            return self._live_caption
        found = self._found(self._asking)
        needed = [item for name, item in found.items() if name not in self._idle]
        if not needed:
            return ""
        room = self.content_size.width - sum(item.width + len(GAP) for item in needed)
        return next((c for c in self._asking_captions if len(c) <= room), "")

    def _shown(self) -> dict[str, KeyItem]:
        if self.live:
            return self._found(self._live)
        asked = self._found(self._asking)
        return asked if set(asked) - set(self._idle) else self._found(self._idle)

    def _found(self, labels: Mapping[str, str]) -> dict[str, KeyItem]:
        """Binding id -> its item, for the keys of `labels` the screen allows now, in
        their order."""
        found: dict[str, KeyItem] = {}
        for active in self.screen.active_bindings.values():
            binding, name = active.binding, active.binding.id or ""
            # A read-only stand-in (n saying why it can't) acts, but offers nothing.
            if binding.action.startswith("read_only_"):
                continue
            if name in labels and name not in found and active.enabled:
                found[name] = binding_item(self.screen, binding, labels[name])
        return {name: found[name] for name in labels if name in found}

    def items(self) -> list[KeyItem]:
        # The later ones give way first, should a remapped key make the row too long.
        return [
            KeyItem(item.press, item.shown, item.label, drop=index)
            for index, item in enumerate(self._shown().values())
        ]
