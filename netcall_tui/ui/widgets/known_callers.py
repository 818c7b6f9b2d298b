"""The callers you know, listed under the name box as you type: up/down move, tab or
enter takes the highlighted one, escape closes the list (a second escape the form).

Built on textual-autocomplete's dropdown; which callers match, and in what order, is
`matching.search_people`'s rule (the log's), not the widget's fuzzy search.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style as RichStyle
from textual.content import Content
from textual.geometry import Offset
from textual.message import Message
from textual.style import Style
from textual.widgets import Input
from textual_autocomplete import AutoComplete, DropdownItem, TargetState

from ...core.domain.matching import person_key, search_people
from ...core.domain.records import Caller
from ...core.text.harmless import harmless

SHOWN = 6  # a short list: the best matches, never a page of them
_NAME_WIDTH = 30  # names beyond this are cut in the list (the box shows them whole)


def _fields(caller: Caller) -> tuple[str, str]:
    return (caller.name, caller.company)


class _CallerItem(DropdownItem):
    """One caller in the list: the name, then the company muted."""

    def __init__(self, caller: Caller, name_width: int, muted: Style) -> None:
        name = harmless(caller.name)
        name = name if len(name) <= name_width else name[: name_width - 1] + "…"
        company = harmless(caller.company)
        prompt = Content.assemble(
            name.ljust(name_width), ("  " + company, muted) if company else ""
        )
        super().__init__(prompt, id=caller.id)
        self.caller = caller

    @property
    def value(self) -> str:
        return self.caller.id  # names can repeat; the id says which caller was taken


class KnownCallers(AutoComplete, inherit_bindings=False):
    """Keys: none of its own (it never has focus). AutoComplete watches the name box's
    keys itself (up, down, tab, enter, escape), so its escape binding, dead here, is left
    out rather than listed in help as a key that could be remapped and would not be."""

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

    class Shown(Message):
        """The list opened (`shown`) or closed: the form says which keys it takes."""

        def __init__(self, shown: bool) -> None:
            super().__init__()
            self.shown = shown

    def __init__(self, target: Input, callers: list[Caller]) -> None:
        super().__init__(target, candidates=None, id="known-callers")
        self._callers = {caller.id: caller for caller in callers}

    def get_candidates(self, target_state: TargetState) -> list[DropdownItem]:
        return []  # get_matches searches the callers themselves

    def get_matches(
        self, target_state: TargetState, candidates: list[DropdownItem], search_string: str
    ) -> list[DropdownItem]:
        found = search_people(self._callers.values(), search_string, _fields, SHOWN)
        width = min(_NAME_WIDTH, max((len(caller.name) for caller in found), default=0))
        # Only the colour (blended over the list's background): the highlight's own
        # background must still show through.
        company = self.get_component_rich_style("known-callers--company")
        muted = Style.from_rich_style(RichStyle(color=company.color))
        return [_CallerItem(caller, width, muted) for caller in found]

    def should_show_dropdown(self, search_string: str) -> bool:
        # Once the box names the best match exactly there is nothing to choose: enter
        # starts the call (down opens the list again).
        options = self.option_list
        if not search_string.strip() or not options.option_count:
            return False
        first = options.get_option_at_index(0)
        assert isinstance(first, _CallerItem)
        return person_key(first.caller.name) != person_key(search_string)

    def apply_completion(self, value: str, state: TargetState) -> None:
        caller = self._callers[value]
        self.target.value = caller.name
        self.target.cursor_position = len(caller.name)
        self.post_message(self.Picked(caller))

    def _align_to_target(self) -> None:
        # Under the name box's left edge, not under the cursor: the list is of names.
        region = self.target.content_region
        self.absolute_offset = Offset(region.x, region.y + 1)

    def action_show(self) -> None:
        if not self.display:
            self.post_message(self.Shown(True))
        super().action_show()

    def action_hide(self) -> None:
        if self.display:
            self.post_message(self.Shown(False))
        super().action_hide()
