"""What the screens ask of the app, declared here so that ui/ never imports the app.

`NetcallApp` (app.py) is the one `NetcallHost`; screens and dialogs reach it, typed, as
`self.app` through `base.NetcallScreen` and `base.NetcallModal`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

if TYPE_CHECKING:
    from ..core.call.phrasebook import Phrasebook
    from ..core.config import Config
    from ..services.session import Session


class NetcallHost(App[None]):
    """The app as the screens see it: its services, settings, clock and phrases."""

    session: Session
    config: Config
    config_path: Path | None
    clock: Callable[[], float]

    @property
    def phrasebook(self) -> Phrasebook:
        """The shipped phrases and the user's own; NetcallApp reads them after the first
        frame."""
        raise NotImplementedError

    def status_line(self) -> str:
        raise NotImplementedError
