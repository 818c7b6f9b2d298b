"""What the lists whose rows change from a key share (the referrals, the résumé
register): a change written says so and the list reads again with the cursor kept on
its row; one that could not be written says why; and a row's call opens over the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..base import NetcallScreen

if TYPE_CHECKING:
    from pendulum import DateTime


class RowChanges(NetcallScreen[None]):
    """A list screen with `reload(keep)`, `now` and a `selected` row."""

    if TYPE_CHECKING:  # the list's own (a stub here would hide them)
        now: Callable[[], DateTime]

        @property
        def selected(self) -> Any: ...

        def reload(self, keep: str | None = None) -> None: ...

    def not_saved(self, problem: str) -> None:
        """Nothing was written: say why, and list what is stored."""
        self.notify(problem, title="Not saved", severity="error", timeout=20, markup=False)
        self.reload(self.selected.id if self.selected else None)

    def saved(self, row_id: str, done: str) -> None:
        """Written: say what was done, and list it with the cursor on its row."""
        self.notify(done, timeout=6, markup=False)
        self.reload(row_id)

    def open_call(self, call_id: str, keep: str, gone: str) -> None:
        """The call a row came from (`gone`: what to say when it is no longer in the log);
        the list reads again if it was changed there."""
        from .log_detail import LogDetailScreen

        if not call_id or not self.app.session.calls.has(call_id):
            self.notify(gone, markup=False)
            return

        def done(changed: bool | None) -> None:
            if changed:
                self.reload(keep)

        self.app.push_screen(LogDetailScreen(call_id, now=self.now), done)
