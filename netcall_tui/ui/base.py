"""Base classes for netcall's screens and dialogs: `self.app` typed as the netcall app."""

from __future__ import annotations

from typing import TypeVar, cast

from textual.screen import ModalScreen, Screen

from .host import NetcallHost

ResultT = TypeVar("ResultT")


class NetcallScreen(Screen[ResultT]):
    """A full screen of netcall's."""

    @property
    def app(self) -> NetcallHost:  # type: ignore[override]  # App is invariant in its result
        return cast(NetcallHost, super().app)


class NetcallModal(ModalScreen[ResultT]):
    """A dialog of netcall's: a form or a choice over the screen below.

    Over the console it has the class -over-timer: its CSS then keeps it clear of the
    countdown (which shows through the dialog's background, still running)."""

    def on_mount(self) -> None:
        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else None
        self.set_class(below is not None and bool(below.query("CallTimer")), "-over-timer")

    @property
    def app(self) -> NetcallHost:  # type: ignore[override]  # App is invariant in its result
        return cast(NetcallHost, super().app)
