"""The full screens the console opens (the session log, your network, the promises, the
résumés on file, the statistics), idle or during a call, and what the console does when one closes:
calls may have been edited, deleted or forgotten there (a forgotten contact changes a
call's outcome), so undo must not bring back a call (or a person) that is gone, and the
panes read the log again (a promise kept there leaves the open-promises pane)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from textual.screen import Screen

    from ..host import NetcallHost
    from .call_session import CallSession
    from .flows import CallFlows


class Console(Protocol):
    """What this needs of the console (`screen.ConsoleScreen`, which imports this)."""

    @property
    def app(self) -> NetcallHost: ...
    @property
    def call(self) -> CallSession: ...
    @property
    def flows(self) -> CallFlows: ...
    def refresh_views(self) -> None: ...
    def refresh_bindings(self) -> None: ...


def open_elsewhere(console: Console, which: str) -> None:
    """Push the screen named `which` ("log", "network", "promises", "register" or
    "stats") over the console."""
    if which == "network":
        from ..screens.network import NetworkScreen

        screen: Screen[None] = NetworkScreen()
    elif which == "promises":
        from ..screens.promises import PromisesScreen

        screen = PromisesScreen(start_call=console.flows.start_call_for)
    elif which == "register":
        from ..screens.register import RegisterScreen

        screen = RegisterScreen()
    elif which == "stats":
        from ..screens.stats import StatsScreen

        screen = StatsScreen()
    else:
        from ..screens.log import LogScreen

        screen = LogScreen()
    console.app.push_screen(screen, callback=lambda _result: back_from_elsewhere(console))


def back_from_elsewhere(console: Console) -> None:
    console.call.drop_undo_if_gone()
    console.refresh_views()
    console.refresh_bindings()
