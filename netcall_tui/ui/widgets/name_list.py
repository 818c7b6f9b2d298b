"""What the lists of names under a name box share (known callers, your contacts): the
list sits under the box's left edge, says when it opens or closes, and stays shut once
the box names the best match exactly.

Built on textual-autocomplete's dropdown; which names match, and in what order, is
`matching.PeopleIndex`'s rule (the log's), not the widget's fuzzy search.
"""

from __future__ import annotations

from rich.style import Style as RichStyle
from textual.geometry import Offset
from textual.message import Message
from textual.style import Style
from textual_autocomplete import AutoComplete, DropdownItem, TargetState

from ...core.domain.matching import person_key
from ...core.text.harmless import harmless

SHOWN = 6  # a short list: the best matches, never a page of them
NAME_WIDTH = 30  # names beyond this are cut in the list (the box shows them whole)


def cut(text: str, width: int) -> str:
    """`text` made harmless and cut to `width` with an ellipsis."""
    text = harmless(text)
    return text if len(text) <= width else text[: width - 1] + "…"


class NamedItem(DropdownItem):
    """An item of the list with the name it stands for."""

    def __init__(self, prompt: object, name: str, id: str) -> None:
        super().__init__(prompt, id=id)  # type: ignore[arg-type]  # a Content or a str
        self.person_name = name

    @property
    def value(self) -> str:
        return self.id or ""  # names can repeat; the id says which person was taken


class NameList(AutoComplete, inherit_bindings=False):
    """Keys: none of its own (it never has focus). AutoComplete watches the name box's
    keys itself (up, down, tab, enter, escape), so its escape binding, dead here, is left
    out rather than listed in help as a key that could be remapped and would not be."""

    class Shown(Message):
        """The list opened (`shown`) or closed: the form says which keys it takes."""

        def __init__(self, shown: bool) -> None:
            super().__init__()
            self.shown = shown

    def get_candidates(self, target_state: TargetState) -> list[DropdownItem]:
        return []  # get_matches searches the people themselves

    def muted(self, component: str) -> Style:
        """A component class's colour only (blended over the list's background): the
        highlight's own background must still show through."""
        colour = self.get_component_rich_style(component).color
        return Style.from_rich_style(RichStyle(color=colour))

    def fill(self, name: str) -> None:
        """The box names the person taken, the cursor at its end."""
        self.target.value = name
        self.target.cursor_position = len(name)

    def should_show_dropdown(self, search_string: str) -> bool:
        # Once the box names the best match exactly there is nothing to choose: enter
        # goes on (down opens the list again).
        options = self.option_list
        if not search_string.strip() or not options.option_count:
            return False
        first = options.get_option_at_index(0)
        assert isinstance(first, NamedItem)
        return person_key(first.person_name) != person_key(search_string)

    def _align_to_target(self) -> None:
        # Under the name box's left edge, not under the cursor: the list is of names.
        region = self.target.content_region
        self.absolute_offset = Offset(region.x, region.y + 1)
        # As wide as the box at least: a list narrower than the line under it let that
        # line's end show beside the names.
        self.styles.min_width = region.width

    def action_show(self) -> None:
        if not self.display:
            self.post_message(self.Shown(True))
        super().action_show()

    def action_hide(self) -> None:
        if self.display:
            self.post_message(self.Shown(False))
        super().action_hide()
