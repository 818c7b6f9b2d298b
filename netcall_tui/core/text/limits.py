"""How a field's length limit reads: the counter near it, and the word when a paste is cut."""

from __future__ import annotations

NEAR = 0.9  # the counter shows from this share of the limit on


def room(limit: int, length: int, replaced: int = 0) -> int:
    """How many characters still fit when `replaced` of `length` are about to go."""
    return max(0, limit - (length - replaced))


def count_text(length: int, limit: int) -> str:
    """ "19,850 of 20,000" near the limit, nothing before."""
    return f"{length:,} of {limit:,}" if length >= limit * NEAR else ""


def cut_text(limit: int) -> str:
    return f"Cut to fit: this field holds {limit:,} characters at most."
