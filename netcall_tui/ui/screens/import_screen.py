"""Import your network: a file's path, the review read in a worker (with a progress
bar), then one key to import it all, in one durable write, or escape to leave it.

What the review shows: how many are new, filled in, unchanged and skipped, and a table
of the rows that need a look (near a contact you have, filled in, differing, skipped,
with why). The tier of the new contacts is chosen here (t); acquaintances by default.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Footer, Header, Input, ProgressBar, Static

from ...core.domain.vocabulary import Tier
from ...core.errors import NetcallError
from ...core.network.importing.detect import SOURCE_LABELS
from ...core.network.importing.review import ImportCounts, Review
from ...core.network.importing.review_rows import review_rows
from ...core.text.harmless import harmless
from ..base import NetcallScreen
from ..widgets.bounded_input import BoundedInput

TIERS = (Tier.ACQUAINTANCE, Tier.TRUSTED, Tier.TREASURED)  # the order t goes through
SHOWN = 500  # rows in the table; the rest are counted in the last one
HINT = (
    "LinkedIn: Settings › Data privacy › Get a copy of your data › Connections; its e-mail "
    "brings a .zip to ~/Downloads: import it as it came, or the Connections.csv in it. Or "
    "a vCard (.vcf), or a Google Contacts CSV. Enter reads it; nothing is written until "
    "you press a."
)
DOWNLOADS = Path("~/Downloads")


def _guess() -> str:
    """Where LinkedIn's export usually lands (the newest), if it is there."""
    folder = DOWNLOADS.expanduser()
    try:
        found = [*folder.glob("Connections*.csv"), *folder.glob("*LinkedInDataExport*.zip")]
        newest = max(found, key=lambda path: path.stat().st_mtime, default=None)
    except OSError:  # a folder that can't be read: no guess
        return ""
    return str(DOWNLOADS / newest.name) if newest is not None else ""


PATH_LIMIT = 4096  # PATH_MAX on Linux


class ImportScreen(NetcallScreen[ImportCounts | None]):
    """Read an export, review what it would change, import it (or not)."""

    DEFAULT_CSS = """
    ImportScreen #import-path { margin: 0 1; border: tall $border-blurred; }
    ImportScreen #import-path:focus { border: tall $border; }
    ImportScreen #import-hint { height: auto; padding: 0 2; color: $text-muted; }
    ImportScreen #import-progress { padding: 0 2; height: 1; display: none; }
    ImportScreen #import-progress.-busy { display: block; }
    ImportScreen #import-summary { height: auto; padding: 0 2; margin-top: 1; }
    ImportScreen #import-summary.-error { color: $error; }
    ImportScreen #import-rows { margin: 0 1; height: 1fr; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Cancel", id="import.back"),
        Binding("a", "apply", "Import", id="import.apply"),
        Binding("t", "tier", "Tier", id="import.tier"),
        Binding("slash", "focus_path", "File", id="import.path", key_display="/"),
    ]

    def __init__(self, path: str | None = None) -> None:
        super().__init__()
        self.review: Review | None = None
        self.tier = Tier.ACQUAINTANCE
        self.busy = False
        self._path = _guess() if path is None else path

    def compose(self) -> ComposeResult:
        yield Header()
        yield BoundedInput(  # a 1 MB paste is cut to a path's length, not kept whole
            self._path,
            limit=PATH_LIMIT,
            placeholder="the file: ~/Downloads/Connections.csv (or LinkedIn's .zip), a .vcf…",
            id="import-path",
        )
        yield Static(Text(HINT), id="import-hint")
        yield ProgressBar(total=None, show_eta=False, id="import-progress")
        yield Static("", id="import-summary")
        table: DataTable[Text] = DataTable(id="import-rows", cursor_type="row", zebra_stripes=True)
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "import your network"
        table = self.query_one("#import-rows", DataTable)
        table.add_columns("Line", "What", "Name", "Detail")
        table.display = False
        self.query_one("#import-path", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """a and t only once a review is shown, and not while reading or writing (nor
        on a log open read-only)."""
        if action in ("apply", "tier"):
            return self.review is not None and not self.busy and not self.app.session.read_only
        return True

    # --- reading ----------------------------------------------------------------------

    @on(Input.Submitted, "#import-path")
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            self._say("Type the path of the file to import.", error=True)
            return
        if not self.app.session.ready:
            self._say("The call log is still being read: press enter again in a moment.")
            return
        self.review = None
        self._busy(True, "Reading…")
        self._read(Path(text).expanduser())

    @work(thread=True, exclusive=True, group="import-read", description="read the export")
    def _read(self, path: Path) -> None:
        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, done, total)

        try:
            review = self.app.session.imports.review(path, progress=progress)
        except NetcallError as error:
            self.app.call_from_thread(self._failed, f"Can't import {path}: {error}")
            return
        self.app.call_from_thread(self._show, review)

    def _progress(self, done: int, total: int) -> None:
        self.query_one("#import-progress", ProgressBar).update(total=total, progress=done)

    def _failed(self, message: str) -> None:
        self._busy(False)
        self._say(message, error=True)
        self.query_one("#import-rows", DataTable).display = False
        self.refresh_bindings()

    def _show(self, review: Review) -> None:
        self.review = review
        self._busy(False)
        self._summary()
        table = self.query_one("#import-rows", DataTable)
        table.clear()
        rows = review_rows(review)
        for row in rows[:SHOWN]:
            cells = (str(row.line), row.kind.label, row.name, row.detail)
            table.add_row(*(Text(harmless(cell)) for cell in cells))
        if len(rows) > SHOWN:
            table.add_row(Text(""), Text(""), Text(f"… and {len(rows) - SHOWN:,} more"), Text(""))
        table.display = bool(rows)
        if rows:
            table.focus()
        else:
            self.set_focus(None)  # a and t reach the screen
        self.refresh_bindings()

    def _summary(self) -> None:
        assert self.review is not None
        review = self.review
        source = SOURCE_LABELS[review.source]
        if self.app.session.read_only:
            keys = "The call log is open read-only: nothing can be imported. Escape goes back."
        elif review.changes:
            keys = (
                f"a imports {review.counts.new:,} new (tier: {self.tier.label.lower()}; "
                "t changes it); escape leaves it"
            )
        else:
            keys = "Nothing to change: importing it again adds nothing. Escape goes back."
        self._say(f"{source}: {review.counts.text()}.\n{keys}")

    # --- applying ---------------------------------------------------------------------

    def action_tier(self) -> None:
        self.tier = TIERS[(TIERS.index(self.tier) + 1) % len(TIERS)]
        self._summary()

    def action_apply(self) -> None:
        if self.review is None or self.busy:
            return
        if not self.review.changes:
            self.notify("Nothing to import: no one in the file is new or adds to a contact.")
            return
        self._busy(True, "Importing…")
        self._apply(self.review, self.tier)

    @work(thread=True, exclusive=True, group="import-apply", description="import the review")
    def _apply(self, review: Review, tier: Tier) -> None:
        session = self.app.session
        try:
            counts = session.wait_for(session.imports.apply, review, tier)
        except NetcallError as error:
            self.app.call_from_thread(self._not_saved, str(error))
            return
        self.app.call_from_thread(self._done, counts)

    def _not_saved(self, problem: str) -> None:
        self._busy(False)
        self.notify(problem, title="Not saved", severity="error", timeout=30, markup=False)
        self.refresh_bindings()

    def _done(self, counts: ImportCounts) -> None:
        self.notify(f"Imported: {counts.text()}.", title="Import", markup=False)
        self.dismiss(counts)

    # --- the rest ---------------------------------------------------------------------

    def _busy(self, busy: bool, doing: str = "") -> None:
        self.busy = busy
        bar = self.query_one("#import-progress", ProgressBar)
        bar.update(total=None, progress=0)
        bar.set_class(busy, "-busy")
        if busy:
            self._say(doing)
        self.refresh_bindings()

    def _say(self, text: str, error: bool = False) -> None:
        summary = self.query_one("#import-summary", Static)
        summary.set_class(error, "-error")
        summary.update(Text(harmless(text, lines=True)))

    def action_focus_path(self) -> None:
        self.query_one("#import-path", Input).focus()

    def action_back(self) -> None:
        self.workers.cancel_group(self, "import-read")
        self.dismiss(None)
