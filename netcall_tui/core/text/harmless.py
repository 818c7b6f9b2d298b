"""Stored text made harmless to show: what a terminal would obey is shown, not obeyed.

A caller's name, a note, an avenue is the user's data, and may hold anything a paste
brought in: `ESC ] 0 ; … BEL` retitles a terminal, `ESC [ 2 J` clears it, `ESC ] 52`
writes the clipboard, U+202E reverses the rest of a line. The one rule, for every field
shown or printed:

- C0 controls (U+0000–U+001F) show as their control pictures (ESC as ␛, BEL as ␇,
  U+2400 + code), DEL as ␡ (U+2421): what was pasted stays visible.
- C1 controls (U+0080–U+009F), bidi marks, embeddings, overrides and isolates, and lone
  surrogates (which can't even be encoded) become U+FFFD (�): there is no picture for
  them.
- Multi-line text (`lines=True`: notes, a dialog's body) keeps its line breaks and tabs;
  a carriage return is dropped (CRLF reads as LF, as the TUI already draws a lone CR).

Everything else (accents, CJK, emoji with their joiners) is unchanged. Each character
becomes one character (or, for CR in multi-line text, none), so widths stay predictable.
"""

from __future__ import annotations

import re

_PICTURES = {code: 0x2400 + code for code in range(0x20)} | {0x7F: 0x2421}
_BIDI = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_NO_PICTURE = dict.fromkeys((*range(0x80, 0xA0), *_BIDI, *range(0xD800, 0xE000)), 0xFFFD)
_ONE_LINE: dict[int, int | None] = {**_PICTURES, **_NO_PICTURE}
_LINES: dict[int, int | None] = {**_ONE_LINE, 0x0A: 0x0A, 0x09: 0x09, 0x0D: None}
_DROPPED: dict[int, int | None] = dict.fromkeys(_ONE_LINE)

# Every character the rule changes, for formats that escape them their own way (JSON).
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def harmless(text: str, *, lines: bool = False) -> str:
    """`text` with every control character made visible (see the module's rule).
    `lines`: a multi-line field, whose line breaks and tabs are kept."""
    if text.isprintable():  # the common case, checked in C: nothing to change
        return text
    return text.translate(_LINES if lines else _ONE_LINE)


def without_controls(text: str) -> str:
    """`text` with every character the rule changes removed instead: for what was drawn
    already at its width (a control takes no cell, so removing it keeps the layout)."""
    if text.isprintable():
        return text
    return text.translate(_DROPPED)
