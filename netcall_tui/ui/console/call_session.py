"""The call in progress and how it is kept: logged calls, how they left you, undo and
drafts, written in order by the session's writer thread, with each result posted back as
a message.

The console screen owns one `CallSession`; it turns keys into these methods and the
messages into toasts and panes. A live call is never lost: its draft is saved at most a
second behind any change, and restored after a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from textual.message import Message

from ...core.errors import NetcallError

if TYPE_CHECKING:
    from ...core.call.live import LiveCall
    from ...core.domain.records import Call
    from ...core.domain.resume import ResumeFor
    from ...core.domain.values import Outcome
    from ...core.network.referral_ask import ReferralAsk
    from ...services.session import Session

TIMER_DRAFT_EVERY_S = 10.0  # a running timer's elapsed time is saved this often
Draft = dict[str, Any]


class CallSession:
    """`post` delivers the messages below to the screen that owns this session."""

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

        def __init__(self, draft: Draft) -> None:
            super().__init__()
            self.draft = draft

    class Rated(Message):
        """A call's energy rating reached the disk."""

        def __init__(self, call: Call) -> None:
            super().__init__()
            self.call = call

    class Saved(Message):
        """A retried write went through (`wrote`: there was something to write)."""

        def __init__(self, wrote: bool) -> None:
            super().__init__()
            self.wrote = wrote

    def __init__(
        self,
        services: Callable[[], Session],
        post: Callable[[Message], object],
        clock: Callable[[], float],
    ) -> None:
        self._services = services
        self._post = post
        self._clock = clock
        self.live: LiveCall | None = None
        self.last_logged: tuple[Call, Draft] | None = None  # for undo: the call, its draft
        self.to_rate: Call | None = None  # logged just now: how did it leave you? (asked)
        self.draft_dirty = False
        self._saved_elapsed = 0.0

    @property
    def services(self) -> Session:
        return self._services()

    # --- a call begins and ends -------------------------------------------------------

    def begin(self, live: LiveCall) -> None:
        """A call is live (the screen marks it changed, so its draft is saved); the last
        one stays unrated unless it was rated already."""
        self.live = live
        self.to_rate = None

    def end(self) -> None:
        self.live = None
        self.draft_dirty = False

    def log(
        self,
        outcome: Outcome,
        referral: ReferralAsk | None = None,
        resume: ResumeFor | None = None,
    ) -> Call:
        """End the live call with `outcome` and queue its write; u can undo it.
        `referral`: what the referral question asked, for a referral outcome; `resume`:
        what a résumé kept on file is for."""
        live = self.live
        assert live is not None
        draft = live.to_draft()
        call, promises = live.finish(outcome)
        self.end()
        self.last_logged = (call, draft)
        self.to_rate = call  # queued after the log's write: a rating can't overtake it

        def failed() -> Message:
            return self.LogFailed(draft)

        write = self.services.calls.log
        args = (live.caller, call, promises, referral, resume)
        self._write(self.Logged, write, *args, failed=failed)
        return call

    def logged(self, call: Call) -> None:
        """The call as stored (its caller id may have changed) is the one undo takes back."""
        if self.last_logged is not None and self.last_logged[0].id == call.id:
            self.last_logged = (call, self.last_logged[1])

    def rate(self, energy: int) -> None:
        """The call just logged left you `energy` (1 to 5): one write, after its log's."""
        call = self.to_rate
        assert call is not None
        self.to_rate = None
        self._write(self.Rated, self.services.calls.rate, call.id, energy)

    def skip_rating(self) -> None:
        """The call just logged stays unrated (esc, or the console left for elsewhere)."""
        self.to_rate = None

    def reopen_failed(self, draft: Draft) -> LiveCall | None:
        """Logging failed: unless the store holds the call for a retry, it opens again."""
        if self.services.unsaved or self.live is not None:
            return None
        self.last_logged = None
        return self.from_draft(draft)

    def undo(self) -> LiveCall:
        """Take the last logged call back out; it opens again, paused. Its rating, if it
        had one, goes with it: logged again, the call is asked about anew."""
        assert self.last_logged is not None
        call, draft = self.last_logged
        self.last_logged = None
        self.to_rate = None
        self._write(None, self.services.calls.remove, call)
        self.services.drain()  # the history read next must not still hold the undone call
        return self.from_draft(draft)

    def discard(self) -> None:
        self.end()
        self._write(None, self.services.drafts.clear)

    def drop_undo_if_gone(self) -> None:
        """Undo must not bring back a call (or a person) deleted or forgotten in the log."""
        if self.last_logged is not None:
            self.services.drain()  # the call just logged may still be on its way to disk
            if not self.services.calls.has(self.last_logged[0].id):
                self.last_logged = None

    # --- drafts -----------------------------------------------------------------------

    def from_draft(self, draft: Draft) -> LiveCall:
        """The call a draft describes, with its caller's history as the log has it now."""
        # call.live (and the guidance it uses) is imported when a call first opens: the
        # console's first frame is painted without it.
        from ...core.call.live import LiveCall

        history = self.services.calls.history(draft["caller"]["id"])
        return LiveCall.from_draft(draft, self._clock, history)

    def restore(self) -> tuple[LiveCall, list[str]] | None:
        """The call that was open when netcall stopped, if any, and which of its texts were
        cut to fit their limits (NetcallError, KeyError or TypeError when its draft can't
        be read)."""
        if self.services.read_only:  # the draft belongs to the netcall that is writing
            return None
        draft = self.services.drafts.load()
        if not draft:
            return None
        from ...core.call.draft_fit import fit_draft

        fitted, cut = fit_draft(draft)
        return self.from_draft(fitted), cut

    def save_draft_if_dirty(self) -> None:
        """Called every second: saves after any change, and as a running timer moves on."""
        live = self.live
        if live is None or self.services.read_only:
            return
        elapsed = live.countdown.total_elapsed()
        timer_moved = abs(elapsed - self._saved_elapsed) >= TIMER_DRAFT_EVERY_S
        if not (self.draft_dirty or timer_moved):
            return
        self.draft_dirty = False
        self._saved_elapsed = elapsed
        self._write(None, self.services.drafts.save, live.to_draft())

    def flush_draft(self) -> None:
        """Save the live call and wait for it (on quit): the app is about to exit."""
        if self.live is not None and not self.services.read_only:
            self.draft_dirty = True
            self.save_draft_if_dirty()
        self.services.drain()

    def retry(self) -> None:
        self._write(self.Saved, self.services.retry)

    # --- writing ----------------------------------------------------------------------

    def _write(
        self,
        then: Callable[[Any], Message] | None,
        write: Callable[..., Any],
        *args: Any,
        failed: Callable[[], Message] | None = None,
    ) -> None:
        """Queue `write` on the writer thread; `then` makes the message for its result,
        `failed` one more for a failure (after SaveFailed)."""

        def finished(future: Future[Any]) -> None:
            problem = future.exception()
            if problem is None:
                if then is not None:
                    self._post(then(future.result()))
                return
            if isinstance(problem, NetcallError):
                self._post(self.SaveFailed(str(problem)))
            else:
                self._post(self.SaveFailed(f"unexpected error while saving: {problem!r}"))
            if failed is not None:
                self._post(failed())

        self.services.submit(write, *args).add_done_callback(finished)
