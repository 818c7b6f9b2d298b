"""Base classes for netcall's screens and dialogs: `self.app` typed as the netcall app."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypeVar, cast

from textual.actions import SkipAction
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, Screen

from .host import NetcallHost

if TYPE_CHECKING:
    from textual.binding import BindingsMap
    from textual.dom import DOMNode

ResultT = TypeVar("ResultT")


def _declared_order(node: DOMNode, bindings: BindingsMap) -> None:
    """Put keys back in the order their bindings are declared. Textual's keymap appends
    a remapped key at the end, so `pause = "f5"` sat after every other key in the footer,
    cut off at 80 columns."""
    rank = {
        binding.id: place
        for place, binding in enumerate(
            b for group in node._bindings.key_to_bindings.values() for b in group
        )
        if binding.id
    }
    last = len(rank)
    ordered = sorted(
        bindings.key_to_bindings.items(),
        key=lambda item: min(rank.get(b.id, last) if b.id else last for b in item[1]),
    )
    bindings.key_to_bindings = dict(ordered)


class NetcallScreen(Screen[ResultT]):
    """A full screen of netcall's."""

    # True where every printable key is text (the log's filter): a single-letter app key
    # such as q can't act there, so the footer doesn't offer it.
    LETTERS_ARE_TEXT: ClassVar[bool] = False

    @property
    def _binding_chain(self) -> list[tuple[DOMNode, BindingsMap]]:
        """Textual's chain (the keymap applied), each node's keys in declared order."""
        chain = super()._binding_chain
        if self.app._keymap:
            for node, bindings in chain:
                _declared_order(node, bindings)
        return chain

    @property
    def app(self) -> NetcallHost:  # type: ignore[override]  # App is invariant in its result
        return cast(NetcallHost, super().app)


class NetcallModal(ModalScreen[ResultT]):
    """A dialog of netcall's: a form or a choice over the screen below.

    Over the console it has the class -over-timer: its CSS then keeps it clear of the
    countdown (which shows through the dialog's background, still running).

    Tab and shift+tab move between the fields at once, as the key arrives (priority
    bindings): Textual's own tab waits behind the keys already sent to the field, so
    "data engineer", tab, "logistics" typed in one burst all went into the first box.
    An open word list keeps tab: it takes the word offered."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "tab", "move_focus(1)", "Next field", id="dialog.next_field", show=False, priority=True
        ),
        Binding(
            "shift+tab",
            "move_focus(-1)",
            "Previous field",
            id="dialog.previous_field",
            show=False,
            priority=True,
        ),
    ]

    def on_mount(self) -> None:
        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else None
        self.set_class(below is not None and bool(below.query("CallTimer")), "-over-timer")

    def action_move_focus(self, step: int) -> None:
        from textual_autocomplete import AutoComplete  # not on the first frame's path

        focused = self.focused
        if step > 0 and any(
            words.display and words.target is focused for words in self.query(AutoComplete)
        ):
            raise SkipAction  # the key goes on to the box, whose word list takes it
        if step > 0:
            self.focus_next()
        else:
            self.focus_previous()

    @property
    def app(self) -> NetcallHost:  # type: ignore[override]  # App is invariant in its result
        return cast(NetcallHost, super().app)
