"""How a live call ends: logged with an outcome (one key, a question or two), undone
with u, or discarded; and how one comes back from its draft after a restart. The
console's half between its call and `CallSaving`'s writes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work

from ...core.domain.vocabulary import OutcomeKind
from ...core.errors import NetcallError
from .call_saving import CallSaving

if TYPE_CHECKING:
    from ...core.call.live import LiveCall
    from ...core.domain.records import Call


class CallOutcomes(CallSaving):
    """Needs the console's `_begin`, `_end_call` and `_refresh_views`."""

    last_logged: tuple[Call, dict] | None = None  # for undo: the call and its draft

    def _drop_undo_if_gone(self) -> None:
        """Undo must not bring back a call (or a person) deleted or forgotten in the log."""
        if self.last_logged is not None:
            self.keeper.drain()  # the call just logged may still be on its way to disk
            if not self.keeper.has_call(self.last_logged[0].id):
                self.last_logged = None

    def _begin(self, live: LiveCall) -> None:
        raise NotImplementedError

    def _end_call(self) -> None:
        raise NotImplementedError

    def _refresh_views(self) -> None:
        raise NotImplementedError

    @work(exclusive=True, group="outcome")
    async def action_outcome(self, kind: str) -> None:
        from .outcome_flow import ask_outcome  # forms and date parsing: not needed to start

        live = self.live
        assert live is not None
        avenues = self.app.phrasebook.avenues  # type: ignore[attr-defined]
        outcome = await ask_outcome(self.app, OutcomeKind(kind), live, avenues)
        if outcome is None or self.live is not live:
            return
        draft = live.to_draft()
        call, promises = live.finish(outcome)
        self._end_call()
        self.last_logged = (call, draft)
        self.save_logged(live.caller, call, promises, draft)

    def on_call_saving_logged(self, message: CallSaving.Logged) -> None:
        outcome = message.call.outcome
        label = outcome.kind.label if outcome else "call"
        self.notify(f"Logged: {label} — {message.call.caller_name}. u undoes it.", markup=False)
        if self.last_logged is not None and self.last_logged[0].id == message.call.id:
            self.last_logged = (message.call, self.last_logged[1])
        self._refresh_views()

    def on_call_saving_log_failed(self, message: CallSaving.LogFailed) -> None:
        """Nothing is lost: unless the store holds the call for a retry, it opens again."""
        if self.keeper.unsaved or self.live is not None:
            return
        self.last_logged = None
        self._begin(self.live_from_draft(message.draft))

    def live_from_draft(self, draft: dict) -> LiveCall:
        """The call a draft describes, with its caller's history as the log has it now."""
        # core.live (and the guidance it uses) is imported when a call first opens: the
        # console's first frame is painted without it.
        from ...core.call.live import LiveCall

        history = self.keeper.history(draft["caller"]["id"])
        return LiveCall.from_draft(draft, self.app.clock, history)  # type: ignore[attr-defined]

    def _restore_draft(self) -> None:
        """The call that was open when netcall stopped, paused, as its draft has it."""
        if self.keeper.read_only:  # the draft belongs to the netcall that is writing
            return
        try:
            draft = self.keeper.load_draft()
            if not draft:
                return
            live = self.live_from_draft(draft)
        except (NetcallError, KeyError, TypeError) as exc:
            self.notify(
                f"A saved call could not be restored: {exc}", severity="error", markup=False
            )
            return
        self._begin(live)
        self.notify(
            f"Restored the call with {live.caller.name} that was open when netcall stopped. "
            "The timer is paused: press space to carry on.",
            title="Call restored",
            timeout=15,
            markup=False,
        )

    def action_undo(self) -> None:
        if self.last_logged is None:
            return
        call, draft = self.last_logged
        self.last_logged = None
        self.save_undo(call)
        self.keeper.drain()  # the history read next must not still hold the undone call
        self._begin(self.live_from_draft(draft))
        self.app.sub_title = self.app.status_line()  # type: ignore[attr-defined]
        self.notify("Outcome undone: the call is open again, timer paused.")

    @work(exclusive=True, group="discard")
    async def action_discard(self) -> None:
        """A misdial or a call started by mistake goes without a made-up outcome."""
        from .choice import ChoiceScreen

        live = self.live
        assert live is not None
        answer = await self.app.push_screen_wait(
            ChoiceScreen(
                "Discard this call?",
                Text.assemble(
                    "Nothing about this call with ", (live.caller.name, "bold"), " is kept."
                ),
                [("keep", "Keep the call", "primary"), ("discard", "Discard", "error")],
                danger=True,
            )
        )
        if answer == "discard" and self.live is live:
            self._end_call()
            self._write(None, self.keeper.clear_draft)
            self.notify("Call discarded.", timeout=3)
