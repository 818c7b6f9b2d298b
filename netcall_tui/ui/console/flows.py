"""The console's flows: a call started from the caller form, a promise recorded, a nudge
at a limit; a call logged with an outcome (one key, a question or two), undone with u,
or discarded; and one brought back from its draft after a restart. The console screen's
actions and message handlers hand over to these."""

from __future__ import annotations

from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, Protocol

from rich.text import Text
from textual.notifications import SeverityLevel
from textual.worker import Worker

from ...core.call.countdown import Countdown
from ...core.call.timer_parts import Nudge, NudgeKind
from ...core.domain.moments import now
from ...core.domain.vocabulary import PhaseKind
from ...core.errors import NetcallError
from ..host import NetcallHost
from .booking_flow import full_budget
from .call_session import CallSession
from .call_toasts import CallToasts

if TYPE_CHECKING:
    from textual.widgets import TextArea

    from ...core.call.guidance import Suggestion
    from ...core.call.live import LiveCall
    from ...core.domain.records import Call, Caller
    from ...core.domain.vocabulary import OutcomeKind

NUDGE_TIMEOUT_S = 12


class Console(Protocol):
    """What the flows need of the console screen (declared here: the screen imports us)."""

    call: CallSession

    @property
    def app(self) -> NetcallHost: ...

    @property
    def live(self) -> LiveCall | None: ...

    @property
    def suggestions(self) -> tuple[Suggestion, ...]: ...

    def begin(self, live: LiveCall) -> None: ...

    def action_phase(self, kind: str) -> None: ...

    @property
    def notes(self) -> TextArea: ...

    def changed(self) -> None: ...

    def end_call(self) -> None: ...

    def refresh_views(self) -> None: ...

    def show_status(self) -> None: ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None: ...

    def run_worker(
        self, work: Coroutine[Any, Any, None], *, exclusive: bool = False, group: str = "default"
    ) -> Worker[None]: ...


class CallFlows:
    def __init__(self, screen: Console) -> None:
        self.screen = screen
        self.toasts = CallToasts()  # a nudge's, the budget's: up while they apply

    def ask_new_call(self) -> Worker[None]:
        return self.screen.run_worker(self._new_call(), exclusive=True, group="new-call")

    async def _new_call(self) -> None:
        from ..dialogs.caller_form import CallerForm

        screen = self.screen
        session = screen.app.session
        caller = await screen.app.push_screen_wait(CallerForm(session.people.known_callers()))
        if caller is None or screen.live is not None:
            return
        self._start(caller)

    def _start(self, caller: Caller) -> None:
        from ...core.call.live import LiveCall  # see CallSession.from_draft

        screen = self.screen
        countdown = Countdown.from_config(screen.app.config, clock=screen.app.clock)
        history = screen.app.session.calls.history(caller.id)
        full = full_budget(screen.app)
        live = LiveCall(caller, countdown, now(), history=history, budget_full=full is not None)
        screen.begin(live)
        if full is not None:  # a word, not a question: the call starts as always
            self.toasts.show(screen.app, (live, None), full, "Budget", "warning", 15)

    def start_call_for(self, caller_id: str) -> bool:
        """The information interview with a caller already in the log (the promises
        view's, held now), started in its interview phase; False, saying why, while
        another call is live or the log is read-only."""
        screen = self.screen
        session = screen.app.session
        if session.read_only:
            self.explain_read_only()
            return False
        if screen.live is not None:
            screen.notify(
                f"A call with {screen.live.caller.name} is live: log it first, then start "
                "this one.",
                title="Call not started",
                severity="warning",
                markup=False,
            )
            return False
        caller = next((c for c in session.people.known_callers() if c.id == caller_id), None)
        if caller is None:
            screen.notify("That caller is no longer in the log.", severity="warning")
            return False
        self._start(caller)
        screen.action_phase(PhaseKind.INTERVIEW.value)  # a sit-down, timed as one
        return True

    def explain_read_only(self) -> None:
        """n in read-only mode: say why nothing happens, and what would let it."""
        self.screen.notify(
            "The call log is open read-only, so a call can't be logged here. Quit the other "
            "netcall that has it open, then start this one without --read-only.",
            title="Read-only",
            severity="warning",
            markup=False,
        )

    def copy_phrase(self, chosen: Suggestion | None) -> None:
        if chosen is not None:
            self.screen.app.copy_to_clipboard(chosen.text)
            self.screen.notify("Phrase copied to the clipboard.", timeout=3)

    def ask_promise(self) -> Worker[None]:
        return self.screen.run_worker(self._promise(), exclusive=True, group="promise")

    async def _promise(self) -> None:
        from ..dialogs.promise_form import ask_promise, due_label

        live = self.screen.live
        assert live is not None
        made = await ask_promise(self.screen.app, live.caller.name)
        if made is not None and self.screen.live is live:
            promise = live.add_promise(*made)
            self.screen.changed()
            self.screen.notify(
                f"Promise noted: {promise.text} — due {due_label(made[1])}. "
                "It is kept with the call when you log it.",
                title="Promise",
                timeout=5,
                markup=False,
            )

    def nudged(self, nudge: Nudge) -> None:
        """Something you can't miss but the caller won't hear: bell, colour, a toast."""
        live = self.screen.live
        assert live is not None
        if self.screen.app.config.bell:
            self.screen.app.bell()
        self.screen.refresh_views()
        phrase = self.screen.suggestions[0].text if self.screen.suggestions else ""
        severity: SeverityLevel = "warning" if nudge.kind is NudgeKind.WARNING else "error"
        title = live.countdown.nudge_title(nudge)
        self.toasts.show(
            self.screen.app, (live, nudge.phase), phrase, title, severity, NUDGE_TIMEOUT_S
        )

    def ask_outcome(self, kind: OutcomeKind) -> Worker[None]:
        return self.screen.run_worker(self._outcome(kind), exclusive=True, group="outcome")

    async def _outcome(self, kind: OutcomeKind) -> None:
        from .outcome_flow import ask_outcome  # forms and date parsing: not needed to start

        screen = self.screen
        live = screen.live
        assert live is not None
        asked = await ask_outcome(screen.app, kind, live)
        if asked is None or screen.live is not live:
            return
        try:
            screen.call.log(asked.outcome, asked.referral, asked.resume)
        except NetcallError as exc:  # the call can't be stored as it is: it stays open
            screen.notify(f"Not logged: {exc}.", title="Not logged", severity="error", markup=False)
            return
        screen.end_call()

    def logged(self, call: Call) -> None:
        outcome = call.outcome
        label = outcome.kind.label if outcome else "call"
        self.screen.notify(f"Logged: {label} — {call.caller_name}. u undoes it.", markup=False)
        self.screen.call.logged(call)
        self.screen.refresh_views()

    def log_failed(self, draft: dict[str, Any]) -> None:
        """Nothing is lost: unless the store holds the call for a retry, it opens again."""
        live = self.screen.call.reopen_failed(draft)
        if live is not None:
            self._reopen(live)

    def save_failed(self, problem: str) -> None:
        self.screen.call.draft_dirty = True
        if self.screen.app.session.held:  # refused until records that could not be read
            self.screen.notify(  # are settled: no retry can help, the choice can
                problem, title="Not saved", severity="warning", timeout=30, markup=False
            )
            app = self.screen.app
            app.call_later(app.run_action, "bad_records")
            return
        self.screen.notify(
            f"{problem}. Press ctrl+s to try again.",
            title="Not saved",
            severity="error",
            timeout=30,
            markup=False,
        )

    def restore(self) -> None:
        """The call that was open when netcall stopped, paused, as its draft has it."""
        try:
            restored = self.screen.call.restore()
        except (NetcallError, KeyError, TypeError) as exc:
            self.screen.notify(
                f"A saved call could not be restored: {exc}", severity="error", markup=False
            )
            return
        if restored is None:
            return
        live, cut = restored
        self._reopen(live)
        self.screen.notify(
            f"Restored the call with {live.caller.name} that was open when netcall stopped. "
            "The timer is paused: press space to carry on.",
            title="Call restored",
            timeout=15,
            markup=False,
        )
        if cut:
            self.screen.notify(
                f"Longer than a call can keep, so trimmed: {'; '.join(cut)}.",
                title="Call restored, trimmed",
                severity="warning",
                timeout=30,
                markup=False,
            )

    def _reopen(self, live: LiveCall) -> None:
        """A call back on screen with its notes: writing carries on at their end."""
        self.screen.begin(live)
        notes = self.screen.notes
        notes.move_cursor(notes.document.end)

    def undo(self) -> None:
        if self.screen.call.last_logged is None:
            return
        self._reopen(self.screen.call.undo())
        self.screen.show_status()
        self.screen.notify("Outcome undone: the call is open again, timer paused.")

    def ask_discard(self) -> Worker[None]:
        return self.screen.run_worker(self._discard(), exclusive=True, group="discard")

    async def _discard(self) -> None:
        """A misdial or a call started by mistake goes without a made-up outcome."""
        from ..dialogs.choice import ChoiceScreen

        screen = self.screen
        live: LiveCall | None = screen.live
        assert live is not None
        answer = await screen.app.push_screen_wait(
            ChoiceScreen(
                "Discard this call?",
                Text.assemble(
                    "Nothing about this call with ", (live.caller.name, "bold"), " is kept."
                ),
                [("keep", "Keep the call", "primary"), ("discard", "Discard", "error")],
                danger=True,
            )
        )
        if answer == "discard" and screen.live is live:
            screen.call.discard()
            screen.end_call()
            screen.notify("Call discarded.", timeout=3)
