"""The Textual app: themes, the screen stack, app-wide keys and the command palette."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen

from .core.config import Config, with_theme
from .core.domain.moments import now
from .core.errors import NetcallError
from .paths import user_phrases_path
from .services.files import save_setting
from .services.session import Session
from .store.errors import StoreError
from .ui.base import NetcallScreen
from .ui.host import NetcallHost
from .ui.themes import ansi_palette, load_themes

if TYPE_CHECKING:
    from .core.call.phrasebook import Phrasebook
    from .core.stats.load import WeeklyLoad
    from .core.stats.meter import Status
    from .ui.console.screen import ConsoleScreen

Clock = Callable[[], float]


class NetcallApp(NetcallHost):
    """netcall: the console you keep open beside the phone."""

    TITLE = "netcall"
    CSS_PATH = "ui/app.tcss"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="help", key_display="?"),
        Binding("q", "quit_app", "Quit", id="quit"),
        Binding("ctrl+r", "bad_records", "Unreadable records", id="bad_records"),
    ]

    def __init__(
        self,
        config: Config | None = None,
        *,
        store: Any = None,
        claim: Any = None,
        clock: Clock | None = None,
        config_path: Path | None = None,
        demo: bool = False,
    ) -> None:
        """Give an open `store`, or a `claim` (store.Claim: lock taken, file not yet read)
        to read the log after the first frame is painted."""
        if store is None and claim is None:
            raise ValueError("NetcallApp needs an open store or a claim on one")
        super().__init__()
        self.config = config or Config()
        self.session = Session(store)
        self._claim = claim
        self._reading: threading.Event | None = None  # set once the reading thread is done
        self._read_gate = threading.Lock()
        self._read_begun = False  # the reading thread is at work
        self._read_dropped = False  # the app stopped before it began: it never will
        self.loaded_store: Any = store  # what the claim loaded, even if we quit meanwhile
        # How a quit with unsaved changes ended: the command line closes the log so and
        # prints the note (the truth about those changes) once the screen is gone.
        self.discard_unsaved = False
        self.exit_note: str | None = None
        self.load_error: Exception | None = None
        self.clock: Clock = clock or time.monotonic
        self.config_path = config_path
        self.demo = demo  # the log is a throw-away sample (`--demo`)
        for theme in load_themes():
            self.register_theme(theme)
        self.theme = (
            self.config.theme if self.config.theme in self.available_themes else "netcall-dark"
        )
        if self.config.keys:
            from .ui.keymap import effective_keymap

            self.set_keymap(effective_keymap(self.config.keys))

    def get_default_screen(self) -> Screen[Any]:
        from .ui.console.screen import ConsoleScreen

        return ConsoleScreen()

    def on_ready(self) -> None:
        """The first frame is out: collect garbage again (the entry point paused it for the
        start-up, whose objects live all session: frozen, later passes skip them), then
        read the log (a big one takes a while)."""
        gc.freeze()
        gc.enable()
        self.phrasebook  # noqa: B018 - reading it loads it, now rather than on the first call
        if self._claim is not None and not self.session.ready:
            self._reading = threading.Event()
            self._read_log()
        elif self.session.ready:
            self._tell_unfinished_forget()

    @cached_property
    def phrasebook(self) -> Phrasebook:
        """The shipped phrases and the user's own file: read after the first frame, which
        shows none of them (on_ready), or by whatever needs them first."""
        from .core.call.phrasebook import load_phrasebook

        user_file = user_phrases_path(self.config_path) if self.config_path else None
        book, problem = load_phrasebook(user_file)
        if problem:
            self.notify(problem, title="Phrases", severity="warning", timeout=15, markup=False)
        return book

    @property
    def still_reading(self) -> bool:
        """The reading thread is at work, or will be while the app runs."""
        if self._reading is None or self._reading.is_set():
            return False
        return self._read_begun or self.is_running

    def finish_reading(self) -> None:
        """Wait for the reading thread, if one started: the command line must not close
        or release the log while that thread may still be opening it. A reader the app
        cancelled on its way out before its thread began is told not to begin."""
        if self._reading is None:
            return
        with self._read_gate:
            if not self._read_begun and not self.is_running:
                self._read_dropped = True
                return
        self._reading.wait()

    class LogRead(Message):
        def __init__(self, store: Any) -> None:
            super().__init__()
            self.store = store

    class LogUnreadable(Message):
        """The log could not be read: the error is `NetcallApp.load_error`."""

    @work(thread=True, exclusive=True, group="read-log", description="read the call log")
    def _read_log(self) -> None:
        # Results go on the app first (the command line sees them even if the user quit
        # meanwhile), then as messages; not call_from_thread, which would wait forever
        # for an app that has stopped.
        assert self._reading is not None
        with self._read_gate:
            if self._read_dropped:
                return
            self._read_begun = True
        try:
            from .store.db import Store  # TinyDB and the rest: after the first frame

            self.loaded_store = Store.load(self._claim)
        except NetcallError as exc:
            self.load_error = exc
        except Exception as exc:  # anything else too: one plain message, never a traceback
            path = self._claim.path
            self.load_error = StoreError(
                f"could not read the call log at {path}: {exc!r}", path=path
            )
        finally:
            self._reading.set()
        if self.load_error is None:
            self.post_message(self.LogRead(self.loaded_store))
        else:
            self.post_message(self.LogUnreadable())

    def on_netcall_app_log_read(self, message: LogRead) -> None:
        self.session.attach(message.store)
        self._tell_unfinished_forget()
        console = self._console()
        if console is not None:
            console.log_ready()
        self._tell_unreadable()

    def on_mount(self) -> None:
        if self.session.ready:  # given an open store, not a claim: it is read already
            self.call_after_refresh(self._tell_unreadable)

    def _tell_unreadable(self) -> None:
        """Records left out as unreadable: say so, and ask what becomes of them."""
        if not self.session.bad_records:
            return
        from .core.domain.bad_records import unread_note

        note = unread_note(len(self.session.bad_records))
        self.notify(note, title="Call log", severity="warning", timeout=30, markup=False)
        if self.session.held:
            self.action_bad_records()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "bad_records":  # only while there is something to choose
            return self.session.held
        if action == "quit_app":  # where q is text (the log), ctrl+q and esc, q still quit
            screen = self.screen
            return not (isinstance(screen, NetcallScreen) and screen.LETTERS_ARE_TEXT)
        return True

    @work(exclusive=True, group="bad-records")
    async def action_bad_records(self) -> None:
        """Ask what becomes of the records that could not be read, then do it."""
        from .ui.bad_records_flow import settle_bad_records

        if not self.session.held:
            return
        if await settle_bad_records(self):
            with self.session.reading() as store:
                self.loaded_store = store  # the one the command line closes
        console = self._console()
        if console is not None:
            console.refresh_views()
            console.refresh_bindings()

    def _tell_unfinished_forget(self) -> None:
        note = self.session.people.unfinished_forget()
        if note:
            self.notify(note, title="Forget", severity="warning", timeout=20, markup=False)

    def on_netcall_app_log_unreadable(self, message: LogUnreadable) -> None:
        """The command line explains it (and offers a backup) once the screen is gone."""
        self.exit(return_code=1)

    def week_load(self) -> WeeklyLoad | None:
        """This week's (and today's) calls and minutes against the budgets; None while the
        log is being read. Not for the countdown's tick: it reads the week's calls."""
        if not self.session.ready:
            return None
        from .core.stats.load import week_bounds, weekly_load

        moment = now()
        return weekly_load(
            self.session.calls.since(week_bounds(moment)[0]),
            moment,
            self.config.weekly_calls,
            self.config.weekly_minutes,
            self.config.daily_calls,
        )

    def status(self) -> Status:
        """The header's line: the budget meter (habit 3), after read-only and unread notes."""
        from .core.stats.meter import Status, meter

        load = self.week_load()
        if load is None:
            return Status("reading the call log…")
        before = "read-only · " if self.session.read_only else ""
        if self.session.bad_records:
            from .core.domain.bad_records import unread_note

            before += f"{unread_note(len(self.session.bad_records))} · "
        return Status(before, meter(load))

    def status_line(self) -> str:
        return self.status().line()

    def watch_theme(self, theme: str) -> None:
        self.ansi_theme_dark = self.ansi_theme_light = ansi_palette(self.current_theme)
        if theme == self.config.theme:
            return
        self.config = with_theme(self.config, theme)
        if self.config_path is not None:
            self._save_config(self.config_path)

    def _save_config(self, path: Path) -> None:
        try:
            save_setting(self.config, path, "ui.theme", self.config.theme)
        except NetcallError as exc:
            self.notify(f"Couldn't save the theme choice: {exc}", severity="warning", markup=False)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every key's action is also in the palette, so nothing is only a keystroke away."""
        from .ui.palette import palette_commands

        return palette_commands(self, screen, super().get_system_commands(screen))

    def action_help(self) -> None:
        from .ui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        """ctrl+q and the palette's Quit go the same careful way as q."""
        self.action_quit_app()

    @work(exclusive=True, group="quit")
    async def action_quit_app(self) -> None:
        from .ui.dialogs.quit_live import quit_live_call

        console = self._console()
        if console is not None and console.live is not None:
            answer = await self.push_screen_wait(quit_live_call(self.demo))
            if answer != "quit":
                return
            console.flush_draft()
        if self.session.unsaved and not await self._settle_unsaved():
            return
        self.exit()

    async def _settle_unsaved(self) -> bool:
        """Ask what becomes of changes the disk refused; False means: stay."""
        from .ui.unsaved_flow import settle_unsaved

        settled = await settle_unsaved(self)
        if settled.exit_note is not None:  # copied elsewhere or let go: not saved at exit
            self.discard_unsaved = True
            self.exit_note = settled.exit_note
        return settled.quit

    def _console(self) -> ConsoleScreen | None:
        from .ui.console.screen import ConsoleScreen

        return next((s for s in self.screen_stack if isinstance(s, ConsoleScreen)), None)


def binding_ids() -> set[str]:
    """Every action id a [keys] entry in the config may name."""
    from .ui.registry import binding_ids as screen_binding_ids

    return screen_binding_ids(NetcallApp.BINDINGS)
