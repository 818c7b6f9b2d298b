"""Toasts about the call in progress, taken down when what they are about is over: a
nudge when its phase ends, the budget's word (its `b`) when the call does. Either would
otherwise sit over the notes, and over the next call, for no reason."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.notifications import Notification, Notify, SeverityLevel

from ..toasts import dismiss

if TYPE_CHECKING:
    from textual.app import App

    from ...core.call.live import LiveCall
    from ...core.domain.vocabulary import PhaseKind


class CallToasts:
    def __init__(self) -> None:
        # Each toast up now with its call, and its phase (None: the whole call).
        self._up: list[tuple[Notification, LiveCall, PhaseKind | None]] = []

    def show(
        self,
        app: App[Any],
        about: tuple[LiveCall, PhaseKind | None],
        message: str,
        title: str,
        severity: SeverityLevel,
        timeout: float,
    ) -> None:
        toast = Notification(message, title, severity, timeout, markup=False)
        app.post_message(Notify(toast))
        self._up.append((toast, *about))

    def settle(self, app: App[Any], live: LiveCall | None) -> None:
        """Take down the toasts whose call or phase is over."""

        def current(call: LiveCall, phase: PhaseKind | None) -> bool:
            return live is call and (phase is None or live.countdown.phase is phase)

        for toast, call, phase in self._up:
            if not current(call, phase):
                dismiss(app, toast)
        self._up = [up for up in self._up if current(up[1], up[2])]
