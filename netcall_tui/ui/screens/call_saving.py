"""How the console keeps its calls: logged calls, undo and drafts, written in order by the
keeper's writer thread, with the result posted back as a message."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from textual.message import Message
from textual.screen import Screen

from ...core.errors import NetcallError
from ..keeper import CallKeeper

if TYPE_CHECKING:
    from ...core.call.live import LiveCall
    from ...core.domain.records import Call, Caller, Promise

TIMER_DRAFT_EVERY_S = 10.0  # a running timer's elapsed time is saved this often


class CallSaving(Screen[None]):
    """The console's half that talks to the store. A live call is never lost: its draft is
    saved at most a second behind any change, and restored after a crash."""

    class Logged(Message):
        """A call reached the disk."""

        def __init__(self, call: Call) -> None:
            super().__init__()
            self.call = call

    class SaveFailed(Message):
        """A write failed; the store kept the data in memory for a retry."""

        def __init__(self, problem: str) -> None:
            super().__init__()
            self.problem = problem

    class LogFailed(Message):
        """Logging a call failed; `draft` can open it again."""

        def __init__(self, draft: dict[str, Any]) -> None:
            super().__init__()
            self.draft = draft

    class Saved(Message):
        """A retried write went through (`wrote`: there was something to write)."""

        def __init__(self, wrote: bool) -> None:
            super().__init__()
            self.wrote = wrote

    live: LiveCall | None
    _draft_dirty: bool = False
    _saved_elapsed: float = 0.0

    @property
    def keeper(self) -> CallKeeper:
        return self.app.keeper  # type: ignore[attr-defined]

    def _write(
        self,
        then: Callable[[Any], Message] | None,
        write: Callable[..., Any],
        *args: Any,
        failed: Callable[[], Message] | None = None,
    ) -> None:
        def finished(future: Future[Any]) -> None:
            problem = future.exception()
            if problem is None:
                if then is not None:
                    self.post_message(then(future.result()))
                return
            if isinstance(problem, NetcallError):
                self.post_message(self.SaveFailed(str(problem)))
            else:
                self.post_message(self.SaveFailed(f"unexpected error while saving: {problem!r}"))
            if failed is not None:
                self.post_message(failed())

        self.keeper.submit(write, *args).add_done_callback(finished)

    def save_logged(
        self, caller: Caller, call: Call, promises: list[Promise], draft: dict[str, Any]
    ) -> None:
        def failed() -> Message:
            return self.LogFailed(draft)

        self._write(self.Logged, self.keeper.log_call, caller, call, promises, failed=failed)

    def save_undo(self, call: Call) -> None:
        self._write(None, self.keeper.undo_call, call)

    def on_call_saving_save_failed(self, message: SaveFailed) -> None:
        self._draft_dirty = True
        self.notify(
            f"{message.problem}. Press ctrl+s to try again.",
            title="Not saved",
            severity="error",
            timeout=30,
            markup=False,
        )

    def action_retry_save(self) -> None:
        self._write(self.Saved, self.keeper.retry)

    def on_call_saving_saved(self, message: Saved) -> None:
        self.notify("Saved." if message.wrote else "Nothing was waiting to be saved.", timeout=3)

    # --- drafts ---------------------------------------------------------------------------

    def save_draft_if_dirty(self) -> None:
        """Called every second: saves after any change, and as a running timer moves on."""
        live = self.live
        if live is None or self.keeper.read_only:
            return
        elapsed = live.countdown.total_elapsed()
        timer_moved = abs(elapsed - self._saved_elapsed) >= TIMER_DRAFT_EVERY_S
        if not (self._draft_dirty or timer_moved):
            return
        self._draft_dirty = False
        self._saved_elapsed = elapsed
        self._write(None, self.keeper.save_draft, live.to_draft())

    def flush_draft(self) -> None:
        """Save the live call and wait for it (on quit): the app is about to exit."""
        if self.live is not None and not self.keeper.read_only:
            self._draft_dirty = True
            self.save_draft_if_dirty()
        self.keeper.drain()
