"""How Textual names keys, in pure Python: the config's [keys] are checked with it when
the file is read, so a key that could never be pressed is refused before anything starts.

The names are Textual's (`textual.keys`); a test keeps the two in step.
"""

from __future__ import annotations

import unicodedata
from functools import cache

MODIFIERS = ("ctrl", "alt", "shift", "meta", "super", "hyper")
NAMED_KEYS = frozenset(
    {"escape", "enter", "tab", "space", "backspace", "insert", "delete", "home", "end"}
    | {"up", "down", "left", "right", "pageup", "pagedown"}
    | {f"f{n}" for n in range(1, 25)}
)
# Textual's short names for some characters' Unicode names.
CHARACTER_NAMES = {
    "solidus": "slash",
    "reverse_solidus": "backslash",
    "commercial_at": "at",
    "hyphen_minus": "minus",
    "plus_sign": "plus",
    "low_line": "underscore",
}


def key_name(character: str) -> str:
    """The name of the key that types `character`: letters and digits as they are,
    others by their Unicode name, as Textual names them ("?" -> "question_mark")."""
    if character.isalnum():
        return character
    try:
        name = unicodedata.name(character).lower().replace("-", "_").replace(" ", "_")
    except ValueError:
        return character
    return CHARACTER_NAMES.get(name, name)


@cache
def _character_names() -> frozenset[str]:
    """Names of the keys that type punctuation and symbols (Latin scripts)."""
    return frozenset(key_name(chr(c)) for c in range(0x20, 0x250) if not chr(c).isalnum())


def key_problem(key: str) -> str | None:
    """Why `key` can never be pressed (a typo, a name Textual does not use), or None."""
    if not key:
        return "is empty (a comma too many? the comma key is written comma)"
    if len(key) == 1:
        return None if key.isprintable() else "is not a key"
    *modifiers, base = key.split("+")
    if not base:
        return "is not a key (the plus key is written plus)"
    unknown = [m for m in modifiers if m not in MODIFIERS]
    if unknown:
        return f"has {unknown[0]!r}, which is not a modifier ({', '.join(MODIFIERS)})"
    if len(set(modifiers)) < len(modifiers):
        return "names a modifier twice"
    if len(base) == 1:
        return _character_problem(modifiers, base)
    if base in NAMED_KEYS or base in _character_names():
        return None
    return "is not a key name"


def _character_problem(modifiers: list[str], base: str) -> str | None:
    if "shift" in modifiers:
        return 'is never reported: a shifted key arrives as the character it types ("A", "!")'
    if not base.isalnum():
        return f"is not how the key is named: write {'+'.join([*modifiers, key_name(base)])!r}"
    if base != base.lower():
        return f"is never reported: write {'+'.join([*modifiers, base.lower()])!r}"
    return None
