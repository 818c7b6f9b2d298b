"""A dialog's last line: how to confirm and how to cancel, from its own keys."""

from __future__ import annotations

from textual.binding import Binding

from .key_row import KeyItem, KeyRow

Step = tuple[tuple[str, ...], str]  # keys (or binding ids) -> what pressing one does


class DialogKeys(KeyRow):
    """`steps`: e.g. ((("enter",), "save"), (("form.cancel",), "cancel")); a binding id
    shows the key the user's [keys] gives it."""

    DEFAULT_CSS = """
    DialogKeys {
        background: transparent; padding: 0; margin-top: 1;
        & > .key-row--key { color: $text; background: $foreground 20%; text-style: bold; }
        & > .key-row--label { color: $text; }
    }
    """

    def __init__(self, *steps: Step, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._steps = steps

    def items(self) -> list[KeyItem]:
        by_id = {
            active.binding.id: active.binding
            for active in self.screen.active_bindings.values()
            if active.binding.id
        }
        items: list[KeyItem] = []
        for index, (keys, label) in enumerate(self._steps):
            # A binding id shows its key as remapped; a plain key ("enter") as written.
            bindings = [by_id.get(key) or Binding(key, "", key_display=key) for key in keys]
            shown = "/".join(self.app.get_key_display(binding) for binding in bindings)
            items.append(KeyItem(bindings[0].key, shown, label, drop=index))
        return items
