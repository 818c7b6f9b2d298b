"""Big digits for the countdown, drawn with half blocks (▀ ▄ █) at any whole scale.

Each glyph is a bitmap of 4x7 pixels (narrower for ':' '+' '-'). A pixel is `scale`
cells wide and `scale` half-cells tall, so it is square on a usual terminal cell (about
twice as tall as wide), and the digits keep their shape as they grow: 4 rows at scale
1, 7 at scale 2, 11 at scale 3.
"""

from __future__ import annotations

import math

HEIGHT_PX = 7
GLYPHS: dict[str, tuple[str, ...]] = {
    "0": (".##.", "#..#", "#..#", "#..#", "#..#", "#..#", ".##."),
    "1": ("..#.", ".##.", "..#.", "..#.", "..#.", "..#.", ".###"),
    "2": (".##.", "#..#", "...#", "..#.", ".#..", "#...", "####"),
    "3": (".##.", "#..#", "...#", "..#.", "...#", "#..#", ".##."),
    "4": ("..#.", ".##.", "#.#.", "#.#.", "####", "..#.", "..#."),
    "5": ("####", "#...", "###.", "...#", "...#", "#..#", ".##."),
    "6": (".##.", "#...", "#...", "###.", "#..#", "#..#", ".##."),
    "7": ("####", "...#", "..#.", "..#.", ".#..", ".#..", ".#.."),
    "8": (".##.", "#..#", "#..#", ".##.", "#..#", "#..#", ".##."),
    "9": (".##.", "#..#", "#..#", ".###", "...#", "...#", ".##."),
    ":": (".", ".", "#", ".", "#", ".", "."),
    "+": ("...", "...", ".#.", "###", ".#.", "...", "..."),
    "-": ("...", "...", "...", "###", "...", "...", "..."),
    " ": ("..", "..", "..", "..", "..", "..", ".."),
}
HALVES = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}


def rows(scale: int) -> int:
    return math.ceil(HEIGHT_PX * scale / 2)


def gap(scale: int) -> int:
    """Cells between glyphs: one pixel's width, a little tighter at the largest scales."""
    return max(1, scale - 1)


def width(text: str, scale: int) -> int:
    glyphs = [GLYPHS.get(char, GLYPHS[" "]) for char in text]
    return sum(len(g[0]) * scale for g in glyphs) + gap(scale) * max(0, len(glyphs) - 1)


def block_lines(text: str, scale: int) -> list[str]:
    """`text` ("04:59", "+01:23", "--:--") as `rows(scale)` lines of half blocks."""
    pixel_rows = [_pixel_row(text, scale, y // scale) for y in range(HEIGHT_PX * scale)]
    if len(pixel_rows) % 2:
        pixel_rows.append([False] * len(pixel_rows[0]))
    return [
        "".join(HALVES[pair] for pair in zip(top, bottom, strict=True))
        for top, bottom in zip(pixel_rows[::2], pixel_rows[1::2], strict=True)
    ]


def _pixel_row(text: str, scale: int, y: int) -> list[bool]:
    row: list[bool] = []
    for index, char in enumerate(text):
        if index:
            row += [False] * gap(scale)
        for pixel in GLYPHS.get(char, GLYPHS[" "])[y]:
            row += [pixel == "#"] * scale
    return row
