"""netcall's footer: the keys of the screen (but the hint line's) fitted to one row.

Textual's Footer lets a row that is too long run under its docked palette key, leaving
the first letters of the next key in the last cell; this one drops whole keys instead,
the least needed first, and its help key then reads "more keys".
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from textual.binding import Binding

from .key_row import KeyItem, KeyRow, binding_item

HELP_ID = "help"
MORE = "more keys"
PALETTE_DROP = 100  # the palette goes first: help's last line points to it


class KeyBar(KeyRow):
    DEFAULT_CSS = """
    KeyBar { dock: bottom; }
    """

    def __init__(
        self,
        drop: Mapping[str, int] | None = None,
        elsewhere: Collection[str] = (),
        **kwargs: object,
    ) -> None:
        """`drop`: binding id -> how soon it gives way (higher: sooner; not listed: never);
        `elsewhere`: ids another row of the screen shows."""
        super().__init__(**kwargs)
        self._drop = dict(drop or {})
        self._elsewhere = set(elsewhere)

    def items(self) -> list[KeyItem]:
        items: list[KeyItem] = []
        seen: set[str] = set()
        groups: dict[Binding.Group, int] = {}
        for active in self.screen.active_bindings.values():
            binding = active.binding
            name = binding.id or binding.action
            if not binding.show or not active.enabled or name in seen | self._elsewhere:
                continue
            seen.add(name)
            item = binding_item(self.screen, binding, binding.description, self._drop.get(name, 0))
            group = binding.group
            if group is None:
                items.append(item)
            elif group in groups:  # one item for the group: "+/- 1 min"
                first = items[groups[group]]
                shown = f"{first.shown}/{item.shown}"
                items[groups[group]] = KeyItem(first.press, shown, group.description, first.drop)
            else:
                groups[group] = len(items)
                items.append(KeyItem(item.press, item.shown, group.description, item.drop))
        return [*items, *self._palette()]

    def _palette(self) -> list[KeyItem]:
        active = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if active is None or not self.app.ENABLE_COMMAND_PALETTE:
            return []
        return [binding_item(self.screen, active.binding, active.binding.description, PALETTE_DROP)]

    def pointer(self) -> KeyItem | None:
        active = next(
            (a for a in self.screen.active_bindings.values() if a.binding.id == HELP_ID), None
        )
        return None if active is None else binding_item(self.screen, active.binding, MORE)
