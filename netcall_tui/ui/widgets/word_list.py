"""The words already in use, listed under a comma-separated box as you type (roles,
sectors, tags of the résumés on file): it completes the word the cursor is in, so
"data eng" offers "data engineering" and "logistics, ra" offers "rail". Up/down move,
tab or enter takes the highlighted one, escape closes the list (a second the form).

Words match by their start first, then anywhere (case and accents aside); words the box
already holds are not offered again.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual.geometry import Offset
from textual_autocomplete import AutoComplete, DropdownItem, TargetState

from ...core.domain.matching import fold
from .name_list import NAME_WIDTH, SHOWN, NamedItem, cut


def word_span(text: str, cursor: int) -> tuple[int, int]:
    """Where the comma-separated entry the cursor is in starts and ends."""
    start = text.rfind(",", 0, cursor) + 1
    end = text.find(",", cursor)
    return start, len(text) if end < 0 else end


def matching_words(words: Sequence[str], text: str, cursor: int) -> list[str]:
    """The words that complete the entry being typed, the best first (a few at most)."""
    start, end = word_span(text, cursor)
    typed = fold(text[start:cursor].strip())
    if not typed:
        return []
    held = {fold(part.strip()) for part in text.split(",")} - {fold(text[start:end].strip())}
    starts, inside = [], []
    for word in words:
        key = fold(word)
        if key in held:
            continue
        if key.startswith(typed):
            starts.append(word)
        elif typed in key:
            inside.append(word)
    return (starts + inside)[:SHOWN]


def completed(text: str, cursor: int, word: str) -> tuple[str, int]:
    """The box's text with the entry at `cursor` replaced by `word`, and where the cursor
    goes: after the word, with ", " added at the end so the next entry can follow."""
    start, end = word_span(text, cursor)
    lead = " " if start else ""
    tail = text[end:]
    taken = f"{lead}{word}" + ("" if tail else ", ")
    return text[:start] + taken + tail, start + len(taken)


class WordList(AutoComplete, inherit_bindings=False):
    """Keys: none of its own (it never has focus; see `name_list.NameList`)."""

    DEFAULT_CSS = "WordList { max-height: 6; background: $panel; padding: 0 1; }"

    def __init__(self, target: object, words: Sequence[str], *, id: str | None = None) -> None:
        super().__init__(target, candidates=None, id=id)  # type: ignore[arg-type]  # an Input
        self._words = tuple(words)

    def get_candidates(self, target_state: TargetState) -> list[DropdownItem]:
        return []  # get_matches reads the words itself

    def get_search_string(self, target_state: TargetState) -> str:
        start, _end = word_span(target_state.text, target_state.cursor_position)
        return target_state.text[start : target_state.cursor_position].strip()

    def get_matches(
        self, target_state: TargetState, candidates: list[DropdownItem], search_string: str
    ) -> list[DropdownItem]:
        found = matching_words(self._words, target_state.text, target_state.cursor_position)
        # Words are user data: shown harmless and cut to fit; the item's value is the word.
        return [NamedItem(cut(word, NAME_WIDTH), word, word) for word in found]

    def should_show_dropdown(self, search_string: str) -> bool:
        # Once the entry is a word in use exactly there is nothing to choose: enter goes on.
        options = self.option_list
        if not search_string or not options.option_count:
            return False
        first = options.get_option_at_index(0)
        return options.option_count > 1 or fold(first.id or "") != fold(search_string)

    def _align_to_target(self) -> None:
        # Under the start of the word being typed (its words line up with it), one row
        # down; the list's own padding is the cell before it.
        target = self.target
        start, _end = word_span(target.value, target.cursor_position)
        typed = target.value[start : target.cursor_position]
        start += len(typed) - len(typed.lstrip())
        region = target.content_region
        x = region.x + cell_len(target.value[:start]) - round(target.scroll_offset.x) - 1
        self.absolute_offset = Offset(max(region.x - 1, x), region.y + 1)

    def apply_completion(self, value: str, state: TargetState) -> None:
        text, cursor = completed(state.text, state.cursor_position, value)
        limit = self.target.max_length
        if limit and len(text) > limit:
            return  # no room for it: the box's count says so
        self.target.value = text
        self.target.cursor_position = cursor
