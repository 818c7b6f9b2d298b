"""The callers you know, listed under the name box as you type: up/down move, tab or
enter takes the highlighted one, escape closes the list (a second escape the form).
What it shares with the other lists of names is `name_list`'s.
"""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import Input
from textual_autocomplete import DropdownItem, TargetState

from ...core.domain.matching import PeopleIndex
from ...core.domain.records import Caller
from .name_list import NAME_WIDTH, SHOWN, NamedItem, NameList, cut


def _fields(caller: Caller) -> tuple[str, str]:
    return (caller.name, caller.company)


class _CallerItem(NamedItem):
    """One caller in the list: the name, then the company muted."""

    def __init__(self, caller: Caller, name_width: int, muted: Style) -> None:
        company = cut(caller.company, 200)
        prompt = Content.assemble(
            cut(caller.name, name_width).ljust(name_width),
            ("  " + company, muted) if company else "",
        )
        super().__init__(prompt, caller.name, caller.id)
        self.caller = caller


class KnownCallers(NameList, inherit_bindings=False):
    """Keys: none of its own (see `NameList`)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"known-callers--company"}
    DEFAULT_CSS = """
    KnownCallers { max-height: 6; background: $panel; padding: 0 1; }
    KnownCallers .known-callers--company { color: $text-muted; }
    """

    class Picked(Message):
        """The highlighted caller was taken: the form fills in their record."""

        def __init__(self, caller: Caller) -> None:
            super().__init__()
            self.caller = caller

    def __init__(self, target: Input, callers: list[Caller]) -> None:
        super().__init__(target, candidates=None, id="known-callers")
        self._callers = {caller.id: caller for caller in callers}
        self._index = PeopleIndex(callers, _fields)

    def get_matches(
        self, target_state: TargetState, candidates: list[DropdownItem], search_string: str
    ) -> list[DropdownItem]:
        found = self._index.search(search_string, SHOWN)
        width = min(NAME_WIDTH, max((len(caller.name) for caller in found), default=0))
        muted = self.muted("known-callers--company")
        return [_CallerItem(caller, width, muted) for caller in found]

    def apply_completion(self, value: str, state: TargetState) -> None:
        caller = self._callers[value]
        self.fill(caller.name)
        self.post_message(self.Picked(caller))
