"""The live call console: the screen kept open beside the phone.

The screen owns the call session (the live call and how it is kept, `CallSession`); the
panes only render what the screen hands them through reactives. Keys become methods of
`LiveCall` or of the session; its messages become toasts.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.events import Resize
from textual.geometry import Size
from textual.reactive import reactive

from ...core.call.history import CallerHistory
from ...core.domain.vocabulary import OutcomeKind, Trait
from ..base import NetcallScreen
from ..widgets.blank import BlankColumn, BlankGrid, BlankScrollColumn
from ..widgets.call_timer import CallTimer, TimerReading
from ..widgets.caller_card import CallerCard
from ..widgets.checklist import Checklist, Marks
from ..widgets.console_header import ConsoleHeader
from ..widgets.guidance_pane import GUIDANCE_IDLE, GUIDANCE_TITLE, GuidancePane
from ..widgets.promise_list import PromiseList
from ..widgets.waiting import GuidanceWaiting, NotesWaiting, arrived
from .bindings import CONSOLE_BINDINGS, key_map, key_rows
from .booking_flow import book_next_week
from .call_keys import CallKeys
from .call_session import CallSession
from .elsewhere import open_elsewhere
from .flows import CallFlows
from .key_checks import key_works
from .layout import promise_room, size_classes
from .notes import NOTES_TITLE, make_notes
from .rating_keys import RatingKeys
from .waiting import read_advice, read_waiting, still_current

if TYPE_CHECKING:
    from textual.widgets import TextArea

    from ...core.call.guidance import Suggestion
    from ...core.call.live import LiveCall
    from ...core.domain.promise import Promise
    from ...core.domain.records import Caller
    from ...core.promises.waiting import Waiting
    from ...core.stats.meter import Status

TICK_S = 0.25
DRAFT_EVERY_S = 1.0
STATUS_EVERY_S = 60.0


class ConsoleScreen(CallKeys, RatingKeys, NetcallScreen[None]):
    """Caller, countdown, checklist, words to say; one key to log how it ended."""

    BINDINGS: ClassVar[list[BindingType]] = CONSOLE_BINDINGS
    BLANK: ClassVar[bool] = True  # background only: see widgets.blank

    live_caller: reactive[Caller | None] = reactive(None)
    history: reactive[CallerHistory] = reactive(CallerHistory)
    reading: reactive[TimerReading | None] = reactive(None)
    marks: reactive[Marks | None] = reactive(None)
    suggestions: reactive[tuple[Suggestion, ...]] = reactive(())
    promises: reactive[tuple[Promise, ...]] = reactive(())  # this call's
    waiting: reactive[Waiting | None] = reactive(None)  # the open ones (None: log not read)
    is_live: reactive[bool] = reactive(False)
    status: reactive[Status | None] = reactive(None)  # the header's budget meter
    energy_advice: reactive[str] = reactive("")  # idle: the last weeks ran low (else "")
    promises_waiting: reactive[bool] = reactive(False)  # some are open: they need rows

    def watch_waiting(self, waiting: Waiting | None) -> None:
        # A watcher, not compute_: a compute runs on every reactive's change, the
        # countdown's four a second among them.
        self.promises_waiting = bool(waiting and waiting.rows)

    def __init__(self) -> None:
        super().__init__()
        self.call = CallSession(
            lambda: self.app.session, self.post_message, lambda: self.app.clock()
        )
        self.flows = CallFlows(self)
        self.guidance: GuidancePane  # made in compose (see there)

    @property
    def live(self) -> LiveCall | None:
        return self.call.live

    @cached_property
    def notes(self) -> TextArea:
        return make_notes()

    def compose(self) -> ComposeResult:
        keys = key_map(self.app)
        self._lay_out(self.app.size)  # before the first frame: see console.layout
        # Made here, where data_bind binds it to this screen; GuidanceWaiting draws it for
        # the first frame and mounts it just after.
        self.guidance = GuidancePane(id="guidance").data_bind(
            suggestions=ConsoleScreen.suggestions,
            advice=ConsoleScreen.energy_advice,
            brief=ConsoleScreen.promises_waiting,
        )
        yield ConsoleHeader().data_bind(waiting=ConsoleScreen.waiting, status=ConsoleScreen.status)
        # The timer comes first: when the screen is narrow it keeps the top-left corner.
        with BlankGrid(id="console"):
            with BlankColumn(id="middle"):
                yield CallTimer(id="timer").data_bind(reading=ConsoleScreen.reading)
                yield Checklist(keys, id="checklist").data_bind(marks=ConsoleScreen.marks)
            with BlankColumn(id="side"):  # side by side when wide, stacked when narrow
                with BlankScrollColumn(id="left"):
                    yield CallerCard(id="caller").data_bind(
                        caller=ConsoleScreen.live_caller, history=ConsoleScreen.history
                    )
                    yield PromiseList(promise_room(self.app.size), id="promises").data_bind(
                        ConsoleScreen.promises, ConsoleScreen.waiting, live=ConsoleScreen.is_live
                    )
                with BlankColumn(id="right"):
                    yield GuidanceWaiting(lambda: self.guidance, GUIDANCE_TITLE, GUIDANCE_IDLE)
                    yield NotesWaiting(lambda: self.notes, NOTES_TITLE)
        hints, footer = key_rows()
        yield hints.data_bind(live=ConsoleScreen.is_live)
        yield footer

    def on_mount(self) -> None:
        self.set_interval(TICK_S, self.tick)
        self.set_interval(DRAFT_EVERY_S, self.call.save_draft_if_dirty)
        self.set_interval(STATUS_EVERY_S, self.refresh_status)
        if self.app.session.ready:
            self.log_ready()
        else:
            self.refresh_views()

    def log_ready(self) -> None:
        """The call log has been read: bring back an unfinished call, fill the panes."""
        self.flows.restore()
        self.refresh_views()
        self.show_status()
        self.refresh_bindings()

    def on_resize(self, event: Resize) -> None:
        self._lay_out(event.size)

    def _lay_out(self, size: Size) -> None:
        self.update_classes(size_classes(size))
        for pane in self.query(PromiseList):  # none yet in compose: it passes the room
            pane.room = promise_room(size)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        logged, asking = self.call.last_logged is not None, self.call.to_rate is not None
        return key_works(action, self.live, self.app.session, logged, asking)

    # --- the tick: read the clock, nudge, refresh the panes -----------------------------

    def tick(self) -> None:
        if self.live is None:
            return
        for nudge in self.live.countdown.poll():
            self.flows.nudged(nudge)
        self.refresh_views()

    def refresh_views(self) -> None:
        live = self.live
        self.flows.toasts.settle(self.app, live)  # a nudge's phase, a budget's call: over?
        self.is_live = live is not None
        if live is None:
            self.live_caller, self.reading, self.marks, self.suggestions = None, None, None, ()
            self.promises, self.waiting = (), read_waiting(self.app.session)
            self.energy_advice = read_advice(self.app)
            self.show_status()
            return
        self.reading = TimerReading.of(live.countdown)
        story = {Trait.STORY_IN_TIME} if live.told_story_in_time else set()
        self.marks = Marks(frozenset(live.asks), frozenset(live.traits | story))
        self.suggestions = tuple(live.suggestions(self.app.phrasebook))
        self.promises = tuple(live.promises)

    # --- starting and ending a call -------------------------------------------------------

    def action_new_call(self) -> None:
        self.action_skip_rating()  # the next call never waits for the last one's rating
        self.flows.ask_new_call()

    def action_read_only_new_call(self) -> None:
        self.flows.explain_read_only()

    def begin(self, live: LiveCall) -> None:
        self.call.begin(live)
        self.live_caller = live.caller
        self.history = live.history
        self.notes.load_text(live.notes)
        self.notes.disabled = False
        self.changed()
        self.refresh_bindings()

    def end_call(self) -> None:
        """The panes after a call: the session has ended it (logged or discarded)."""
        self.notes.load_text("")
        self.notes.disabled = True
        self.history = CallerHistory()
        self.refresh_views()
        self.refresh_bindings()

    # --- keys during a call ---------------------------------------------------------------

    def changed(self) -> None:
        self.call.draft_dirty = True
        self.refresh_views()

    def action_notes(self) -> None:
        if arrived(self.notes, self.action_notes):
            self.notes.focus()

    def action_leave_notes(self) -> None:
        self.set_focus(None)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:  # the notes are ours
        if self.live is not None and self.live.notes != event.text_area.text:
            self.live.notes = event.text_area.text
            self.call.draft_dirty = True

    def action_phrase(self, step: int) -> None:
        if arrived(self.guidance, self.action_phrase, step):
            pane = self.guidance
            pane.action_cursor_down() if step > 0 else pane.action_cursor_up()

    def action_copy_phrase(self) -> None:
        if arrived(self.guidance, self.action_copy_phrase):
            self.flows.copy_phrase(self.guidance.highlighted_suggestion)

    def action_promise(self) -> None:
        self.flows.ask_promise()

    def action_book_next_week(self) -> None:
        book_next_week(self, self.flows.explain_read_only)

    def action_open(self, which: str) -> None:
        self.action_skip_rating()
        open_elsewhere(self, which)

    # --- how a call ends: the flows are CallFlows', the messages CallSession's ---------

    def action_outcome(self, kind: str) -> None:
        self.flows.ask_outcome(OutcomeKind(kind))

    def action_undo(self) -> None:
        self.flows.undo()

    def action_discard(self) -> None:
        self.flows.ask_discard()

    def action_retry_save(self) -> None:
        self.call.retry()

    def flush_draft(self) -> None:
        """Save the live call and wait for it (on quit): the app is about to exit."""
        self.call.flush_draft()

    def on_call_session_logged(self, message: CallSession.Logged) -> None:
        self.flows.logged(message.call)

    def on_call_session_log_failed(self, message: CallSession.LogFailed) -> None:
        self.flows.log_failed(message.draft)

    def on_call_session_save_failed(self, message: CallSession.SaveFailed) -> None:
        self.flows.save_failed(message.problem)

    def on_call_session_saved(self, message: CallSession.Saved) -> None:
        self.notify("Saved." if message.wrote else "Nothing was waiting to be saved.", timeout=3)
        self.refresh_status()

    def on_screen_resume(self) -> None:
        """Back from a screen or dialog over the console: promises may have changed there."""
        self.refresh_views()  # idle, that reads them again; during a call, for the header:
        if self.live is not None:
            self.waiting = read_waiting(self.app.session)

    def show_status(self) -> None:
        """The header's meter, read from the log: on log, undo, resume and each minute,
        never on the countdown's tick (it reads the week's calls)."""
        self.status = self.app.status()
        self.app.sub_title = self.status.line()

    def refresh_status(self) -> None:
        """The header each minute: a new week, a promise come due, midnight — while idle."""
        if self.app.session.ready:
            self.show_status()
            if self.live is None:
                self.energy_advice = read_advice(self.app)
            if not still_current(self.waiting):
                self.waiting = read_waiting(self.app.session)
