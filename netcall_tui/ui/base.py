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
    """A dialog of netcall's: a form or a choice over the screen below."""

    @property
    def app(self) -> NetcallHost:  # type: ignore[override]  # App is invariant in its result
        return cast(NetcallHost, super().app)
