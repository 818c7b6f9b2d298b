"""The one rule for showing stored text: control characters shown, never obeyed."""

from __future__ import annotations

import pytest

from netcall_tui.core.text.harmless import UNSAFE, harmless, without_controls

ORDINARY = [
    "Dana Whitfield",
    "José Ñúñez-Müller",
    "王小明 · 佐藤",
    "Zoë 👩‍💻 🇬🇧",  # a joiner and a flag: emoji sequences stay whole
    "O'Brien & Co. <ceo@example.com> 50% [bold]",
    "עברית العربية",  # right-to-left text itself is fine: only the overrides go
    "",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_is_unchanged(text: str) -> None:
    assert harmless(text) == text
    assert harmless(text, lines=True) == text
    assert without_controls(text) == text
    assert UNSAFE.search(text) is None


def test_c0_controls_show_as_their_pictures() -> None:
    assert harmless("\x1b]0;pwned\x07") == "␛]0;pwned␇"
    assert harmless("\x00\x08\x1f") == "␀␈␟"
    assert harmless("a\nb\tc\rd") == "a␊b␉c␍d"  # one line: a break would end the row
    assert all(harmless(chr(code)) == chr(0x2400 + code) for code in range(0x20))


def test_del_shows_as_its_picture() -> None:
    assert harmless("rub\x7fout") == "rub␡out"


@pytest.mark.parametrize("code", [0x80, 0x85, 0x9B, 0x9D, 0x9F])
def test_c1_controls_are_replaced(code: int) -> None:
    assert harmless(f"a{chr(code)}b") == "a\ufffdb"


@pytest.mark.parametrize(
    "char", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069", "\u200f"]
)
def test_bidi_overrides_and_isolates_are_replaced(char: str) -> None:
    assert harmless(f"Dana {char}live") == "Dana \ufffdlive"


def test_a_lone_surrogate_is_replaced_so_it_can_be_printed() -> None:
    shown = harmless("bad\udc80")
    assert shown == "bad\ufffd"
    shown.encode("utf-8")  # would raise before


def test_multi_line_text_keeps_line_breaks_and_tabs() -> None:
    notes = "first line\r\n\tindented\nthird \x1b[2J line\r"
    assert harmless(notes, lines=True) == "first line\n\tindented\nthird ␛[2J line"


def test_one_character_for_one_character() -> None:
    text = "".join(chr(code) for code in range(0xA0)) + "\u202e\u2066"
    assert len(harmless(text)) == len(text)
    assert harmless(text).isprintable()


def test_without_controls_removes_instead() -> None:
    assert without_controls("Eve\x1b]52;c;aGk=\x07\x9b\u202e\x7f!") == "Eve]52;c;aGk=!"


def test_unsafe_finds_exactly_what_the_rule_changes() -> None:
    text = "".join(chr(code) for code in range(0x3000))
    changed = {ch for ch in text if harmless(ch) != ch}
    assert set(UNSAFE.findall(text)) == changed
