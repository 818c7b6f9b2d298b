"""Asking where to export the log's shown calls: the format, then the file, whose name
follows the format as it is changed (csv -> .csv, md -> .md), whether to include how
each call left you (off unless ticked: the ratings are yours), and a replace question
when the file is there already."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from textual import on
from textual.widget import Widget
from textual.widgets import Checkbox, Input

from ...core.export.formats import EXTENSIONS, FORMATS, default_name
from ...core.text.energy import scale_words
from ..host import NetcallHost
from .choice import ChoiceScreen
from .form import Field, FormScreen

_SUFFIXES = {f".{ext}" for ext in EXTENSIONS.values()}


def _check_format(value: str) -> str | None:
    ok = value.strip().lower() in FORMATS
    return None if ok else f"Choose one of {', '.join(FORMATS)}."


def check_file(value: str) -> str | None:
    folder = Path(value.strip()).expanduser().parent
    if not value.strip():
        return "A file name is required."
    return None if folder.is_dir() else f"There is no folder {folder}."


def with_format(name: str, fmt: str) -> str:
    """`name` with the extension of `fmt` when it ends in one of the export extensions
    (or in none); a name the user gave another extension is theirs to keep."""
    ext = EXTENSIONS.get(fmt.strip().lower())
    if ext is None or not name.strip():
        return name
    path = Path(name)
    if path.suffix.lower() in _SUFFIXES:
        return str(path.with_suffix(f".{ext}"))
    return name if path.suffix else f"{name}.{ext}"


@dataclass(frozen=True, slots=True)
class ExportChoice:
    fmt: str
    path: Path
    with_energy: bool = False


class ExportForm(FormScreen):
    """The export form: changing the format changes the file's extension with it; the
    energy box, off at first, is read once the form is dismissed (`with_energy`)."""

    DEFAULT_CSS = """
    ExportForm #with-energy { margin-bottom: 1; }
    """

    def _body(self) -> Iterator[Widget]:
        yield from super()._body()
        box = f"Include how each call left you ({scale_words()})"
        yield Checkbox(box, value=False, id="with-energy", compact=True)

    @property
    def with_energy(self) -> bool:
        return self.query_one("#with-energy", Checkbox).value

    @on(Input.Changed, "#field-format")
    def _format_changed(self, event: Input.Changed) -> None:
        box = self.query_one("#field-file", Input)
        renamed = with_format(box.value, event.value)
        if renamed != box.value:
            box.value = renamed


async def ask_export(
    app: NetcallHost, count: str, selection: str, now: datetime
) -> ExportChoice | None:
    """The format, file and whether to include the energy ratings to export `count`
    ("12 calls") with, or None when the user backs out."""
    form = ExportForm(
        f"Export {count}",
        [
            Field(
                "format", "Format (csv, json or md)", "csv", check=_check_format, choices=FORMATS
            ),
            Field("file", "File", str(Path.home() / default_name("csv", now)), check=check_file),
        ],
        help_text=f"What is shown now: {selection or 'every call'}.",
    )
    answer = await app.push_screen_wait(form)
    if answer is None:
        return None
    fmt = answer["format"].lower()
    path = Path(with_format(answer["file"], fmt)).expanduser()
    chosen = ExportChoice(fmt, path, form.with_energy)
    return chosen if await may_replace(app, path) else None


async def may_replace(app: NetcallHost, path: Path) -> bool:
    """True when nothing is at `path` yet, or the user chose to replace it."""
    if not path.exists():
        return True
    replace = await app.push_screen_wait(
        ChoiceScreen(
            "Replace the file?",
            f"{path} already exists.",
            [("keep", "Keep it", "primary"), ("replace", "Replace", "error")],
            danger=True,
        )
    )
    return replace == "replace"
