"""The countdown's big digits: their size at each scale, and what they draw."""

from __future__ import annotations

import pytest

from netcall_tui.core.text.block_digits import GLYPHS, HEIGHT_PX, block_lines, rows, width


@pytest.mark.parametrize(("scale", "expected_rows"), [(1, 4), (2, 7), (3, 11)])
def test_each_scale_draws_its_rows_at_its_width(scale: int, expected_rows: int) -> None:
    for clock in ("04:59", "+01:23", "--:--", "1:02:03"):
        lines = block_lines(clock, scale)
        assert len(lines) == rows(scale) == expected_rows
        assert {len(line) for line in lines} == {width(clock, scale)}
        assert set("".join(lines)) <= set(" ▀▄█")


def test_every_glyph_is_seven_pixels_tall_and_even() -> None:
    for char, glyph in GLYPHS.items():
        assert len(glyph) == HEIGHT_PX, char
        assert len({len(row) for row in glyph}) == 1, char


def test_a_one_is_not_an_eight() -> None:
    assert block_lines("1", 2) != block_lines("8", 2)
    assert "".join(block_lines("0", 1)).strip() and not "".join(block_lines(" ", 1)).strip()
