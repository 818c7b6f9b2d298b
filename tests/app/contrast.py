"""WCAG contrast of what is drawn: each text cell's foreground against its background,
read from the compositor's segments (so the themes, the stylesheets and Textual's own
blending are all in it)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.color import Color
from rich.style import Style
from textual.app import App
from textual.screen import ModalScreen
from textual.scrollbar import ScrollBar
from textual.widget import Widget

from netcall_tui.ui.widgets.call_timer import CallTimer

BOX = range(0x2500, 0x25A0)  # box drawing and block elements: a border's lines


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(fg: tuple[int, int, int], bg: tuple[int, int, int]) -> float:
    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@dataclass(frozen=True)
class Pair:
    where: str  # the widget the text is in
    sample: str
    fg: str
    bg: str
    ratio: float

    def __str__(self) -> str:
        return f"{self.where}: {self.sample!r} {self.fg} on {self.bg} = {self.ratio:.2f}:1"


def _rgb(color: Color | None, default: tuple[int, int, int]) -> tuple[int, int, int]:
    if color is None or color.is_default:
        return default
    t = color.get_truecolor()
    return (t.red, t.green, t.blue)


def _blend(a: tuple[int, int, int], b: tuple[int, int, int], f: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * f) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#" + "".join(f"{c:02X}" for c in rgb)


def _name(widget: Widget) -> str:
    ident = f"#{widget.id}" if widget.id else ""
    return f"{type(widget).__name__}{ident}"


def _is_border(widget: Widget, x: int, y: int) -> bool:
    region = widget.region
    inner = region.shrink(widget.styles.border.spacing)
    return not inner.contains(x, y)


def text_pairs(app: App[object]) -> dict[tuple[str, str, str], Pair]:
    """(widget, fg, bg) -> the lowest-contrast text drawn so, on the screen now."""
    screen = app.screen
    compositor = screen._compositor
    theme = app.current_theme
    fg0 = _rgb(Color.parse(theme.foreground or "#ffffff"), (255, 255, 255))
    bg0 = _rgb(Color.parse(theme.background or "#000000"), (0, 0, 0))
    found: dict[tuple[str, str, str], Pair] = {}
    for y, strip in enumerate(compositor.render_strips()):
        x = 0
        for segment in strip:
            style = segment.style or Style()
            for char in segment.text:
                if not char.isspace():
                    _measure(found, compositor, style, char, x, y, fg0, bg0)
                x += 1
    return found


def _measure(found, compositor, style, char, x, y, fg0, bg0) -> None:  # type: ignore[no-untyped-def]
    try:
        widget, _ = compositor.get_widget_at(x, y)
    except Exception:  # a cell no widget owns: nothing to measure
        return
    if isinstance(widget, ModalScreen):
        return  # the screen below a dialog, showing through dimmed: context, not text to read
    if isinstance(widget, ScrollBar) or (ord(char) in BOX and _is_border(widget, x, y)):
        return  # a border's line (not its title), a scroll bar: graphics, not text
    if isinstance(widget, CallTimer) and y == widget.content_region.bottom - 1:
        return  # the countdown's progress bar: a graphic too
    fg, bg = _rgb(style.color, fg0), _rgb(style.bgcolor, bg0)
    if style.reverse:
        fg, bg = bg, fg
    if style.dim:
        fg = _blend(fg, bg, 0.5)
    key = (_name(widget), _hex(fg), _hex(bg))
    value = ratio(fg, bg)
    old = found.get(key)
    if old is None:
        found[key] = Pair(key[0], char, key[1], key[2], value)
    elif len(old.sample) < 24:
        found[key] = Pair(key[0], old.sample + char, key[1], key[2], value)
