"""What the screens ask of the app, declared here so that ui/ never imports the app.

`NetcallApp` (app.py) is the one `NetcallHost`; screens and dialogs reach it, typed, as
`self.app` through `base.NetcallScreen` and `base.NetcallModal`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.filter import LineFilter

from ..core.text.harmless import harmless
from .control_filter import ControlFilter

if TYPE_CHECKING:
    from ..core.call.phrasebook import Phrasebook
    from ..core.config import Config
    from ..core.stats.load import WeeklyLoad
    from ..core.stats.meter import Status
    from ..services.session import Session


class NetcallHost(App[None]):
    """The app as the screens see it: its services, settings, clock and phrases."""

    session: Session
    config: Config
    config_path: Path | None
    clock: Callable[[], float]
    _control_filter = ControlFilter()

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, then the guard that no control character is ever drawn."""
        return [*super().get_line_filters(), self._control_filter]

    def search_themes(self) -> None:
        """The theme picker, netcall's own themes first (`themes.ThemeChoices`)."""
        from textual.command import CommandPalette

        from .themes import ThemeChoices

        self.push_screen(CommandPalette(providers=[ThemeChoices], placeholder="Search for themes…"))

    def notify(self, message: str, *, title: str = "", **options: Any) -> None:
        """Every notification (many quote a name or a path) with its text made harmless."""
        super().notify(harmless(message, lines=True), title=harmless(title), **options)

    @property
    def phrasebook(self) -> Phrasebook:
        """The shipped phrases and the user's own; NetcallApp reads them after the first
        frame."""
        raise NotImplementedError

    def week_load(self) -> WeeklyLoad | None:
        raise NotImplementedError

    def status(self) -> Status:
        raise NotImplementedError

    def status_line(self) -> str:
        raise NotImplementedError
