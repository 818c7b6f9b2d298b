"""How the console lays out at a terminal size: classes on the screen, picked from the
size before the first frame is drawn (and again on each resize), so the first frame
already has the settled layout instead of three columns that become two just after."""

from __future__ import annotations

from textual.geometry import Size

NARROW = 110  # below this many columns the panes stack into two columns
ROOMY = Size(140, 40)  # from here on the countdown's column widens and the digits grow


def size_classes(size: Size) -> dict[str, bool]:
    roomy = size.width >= ROOMY.width and size.height >= ROOMY.height
    return {"-narrow": size.width < NARROW, "-roomy": roomy}


def promise_room(size: Size) -> int:
    """How many open promises the caller column has rows for (each takes two or three)."""
    if size.width >= NARROW:
        return max(2, (size.height - 20) // 2)
    return max(1, (size.height - 18) // 4)
