"""Layout containers that draw nothing of their own.

A container without border or content is plain background; `BLANK` tells Textual so,
and it fills the lines in one step instead of rendering each through the styles cache.
The console's four containers and its screen cost the first frame 4% of its work
before (callgrind, 10,000 calls).
"""

from __future__ import annotations

from typing import ClassVar

from textual.containers import Grid, Vertical, VerticalScroll


class BlankGrid(Grid):
    BLANK: ClassVar[bool] = True


class BlankColumn(Vertical):
    BLANK: ClassVar[bool] = True


class BlankScrollColumn(VerticalScroll):
    BLANK: ClassVar[bool] = True
