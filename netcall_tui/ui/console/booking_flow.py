"""A call started on a full week or day (habit 3): what the start says, and b, which books
the talk for next week as a follow-up promise kept with the call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from ..host import NetcallHost
from .bindings import key_map

if TYPE_CHECKING:
    from ...core.call.live import LiveCall


class Booking(Protocol):
    """What b needs of the console screen."""

    @property
    def app(self) -> NetcallHost: ...

    @property
    def live(self) -> LiveCall | None: ...

    def changed(self) -> None: ...

    def notify(
        self, message: str, *, title: str = "", timeout: float | None = None, markup: bool = True
    ) -> None: ...


def full_budget(app: NetcallHost) -> str | None:
    """The toast's words when the week's or the day's budget is full, else None; with the
    key that books it (the footer has no room for it at 80 columns)."""
    from ...core.stats.meter import full_notice

    load = app.week_load()
    notice = full_notice(load) if load is not None else None
    if notice is None:
        return None
    return f"{notice} {key_map(app)['book_next_week']} promises the follow-up call."


def book_next_week(screen: Booking, explain_read_only: Callable[[], None]) -> None:
    """b while the budget was full as the call began: a follow-up call next week."""
    from ..dialogs.promise_form import due_label

    if screen.app.session.read_only:  # no call is live read-only; say so all the same
        explain_read_only()
        return
    live = screen.live
    if live is None or not live.budget_full:
        return
    promise, new = live.book_next_week()
    when = f"{due_label(promise.due)} at {promise.due.format('HH:mm')}"
    if not new:
        screen.notify(f"Already booked: {promise.text} — {when}.", timeout=5, markup=False)
        return
    screen.changed()
    screen.notify(
        f"Promise noted: {promise.text} — due {when}. It is kept with the call when you log "
        "it; P shows it from then on.",
        title="Booked for next week",
        timeout=8,
        markup=False,
    )
