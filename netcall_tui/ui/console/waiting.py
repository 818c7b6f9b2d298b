"""The console's open promises, read from the log against the wall clock: what its
pane lists and its header counts. Read again when something may have changed them (a
call logged, a screen closed over the console) and when the clock has passed a due
moment or midnight (`Waiting.stale`, checked once a minute: a comparison of numbers).
And the idle guidance's advice when the last weeks' calls ran you low, read with the
idle panes (never on the countdown's tick)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...core.domain.moments import now

if TYPE_CHECKING:
    from ...core.promises.waiting import Waiting
    from ...services.session import Session
    from ..host import NetcallHost


def read_waiting(session: Session) -> Waiting | None:
    """The open promises, most urgent first; None while the log is still being read."""
    if not session.ready:
        return None
    from ...core.promises.waiting import waiting

    moment = now()
    return waiting(session.promises.rows(moment), moment)


def still_current(found: Waiting | None) -> bool:
    """False once the clock has moved past what `found` was read for (or it is unread)."""
    return found is not None and not found.stale(now())


def read_advice(app: NetcallHost) -> str:
    """A smaller weekly budget, suggested when the last weeks' calls left you low; ''
    when they didn't (or the log is still being read)."""
    if not app.session.ready:
        return ""
    from ...services.energy import recent_advice

    return recent_advice(app.session.calls, now(), app.config.weekly_calls)
