"""How the call just logged left you: the console's actions for its one optional key
(1 to 5 rate it, esc skips; their bindings are `bindings.CONSOLE_BINDINGS`', shown while
`CallSession.to_rate` is set) and the toast once the rating is stored."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ...core.domain.vocabulary import ENERGY_WORDS
from .waiting import read_advice

if TYPE_CHECKING:
    from ..host import NetcallHost
    from .call_session import CallSession


class Rated(Protocol):
    """What the actions need of the console screen (declared here: it imports us)."""

    call: CallSession
    energy_advice: str

    @property
    def app(self) -> NetcallHost: ...

    def refresh_bindings(self) -> None: ...

    def notify(self, message: str, *, timeout: float | None = None) -> None: ...


class RatingKeys:
    """Mixed into the console screen: Textual looks actions and handlers up on it."""

    def action_rate(self: Rated, energy: int) -> None:
        self.call.rate(energy)
        self.refresh_bindings()  # the question goes from the hint line

    def action_skip_rating(self: Rated) -> None:
        self.call.skip_rating()
        self.refresh_bindings()

    def on_call_session_rated(self: Rated, message: CallSession.Rated) -> None:
        self.notify(f"Noted: {ENERGY_WORDS.get(message.call.energy or 0)}.", timeout=3)
        self.energy_advice = read_advice(self.app)  # the last weeks' mean has moved
