"""The keys that change the call in progress: pause and resume, more or less time, the
next phase, what the caller asks for and how they come across. Each changes `LiveCall`
and marks the draft to be saved; the screen redraws."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ...core.domain.vocabulary import Ask, PhaseKind, Trait
from ...core.errors import NetcallError

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from ...core.call.live import LiveCall


class Live(Protocol):
    """What the actions need of the console screen (declared here: it imports us)."""

    @property
    def live(self) -> LiveCall | None: ...

    def changed(self) -> None: ...

    def refresh_bindings(self) -> None: ...

    def notify(
        self, message: str, *, severity: SeverityLevel = "information", markup: bool = True
    ) -> None: ...


class CallKeys:
    """Mixed into the console screen: Textual looks actions up on it. Their bindings are
    `bindings.CONSOLE_BINDINGS`', which work only during a call (`key_checks`)."""

    def action_pause(self: Live) -> None:
        assert self.live is not None
        self.live.countdown.toggle()
        self.changed()
        self.refresh_bindings()

    action_resume = action_pause

    def action_adjust(self: Live, minutes: int) -> None:
        assert self.live is not None
        self.live.countdown.adjust(minutes * 60)
        self.changed()

    def action_phase(self: Live, kind: str) -> None:
        assert self.live is not None
        try:
            self.live.countdown.next_phase(PhaseKind.parse(kind))
        except NetcallError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return
        self.changed()
        self.refresh_bindings()  # moving on resumes: space's label follows

    def action_ask(self: Live, ask: str) -> None:
        assert self.live is not None
        self.live.toggle_ask(Ask(ask))
        self.changed()

    def action_trait(self: Live, trait: str) -> None:
        assert self.live is not None
        self.live.toggle_trait(Trait(trait))
        self.changed()
