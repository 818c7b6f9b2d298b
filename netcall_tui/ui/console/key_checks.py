"""Which of the console's keys work now (its `check_action`): call keys only exist
during a call, log keys once the log is read, the rating keys while the console asks
how the call just logged left you; the footer shows what works now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .bindings import LIVE_ONLY, NEEDS_LOG

if TYPE_CHECKING:
    from ...core.call.live import LiveCall
    from ...services.session import Session


def key_works(
    action: str, live: LiveCall | None, session: Session, can_undo: bool, asking: bool = False
) -> bool:
    """`can_undo`: a call was just logged here (u takes it back); `asking`: how it left
    you is asked (1 to 5 rate it, escape skips)."""
    if action in ("rate", "skip_rating"):
        return live is None and asking
    if action in ("pause", "resume"):
        return live is not None and live.countdown.paused == (action == "resume")
    if action == "book_next_week":  # only when the budget was full as the call began
        return live is not None and live.budget_full
    if action in LIVE_ONLY:
        return live is not None
    if action in NEEDS_LOG and not session.ready:
        return False  # for the moment it takes to read a big log after start-up
    if action == "retry_save":
        return session.unsaved  # only after a write failed
    if action in ("new_call", "read_only_new_call"):  # read-only: n says why it can't
        return live is None and session.read_only == (action == "read_only_new_call")
    if action == "undo":
        return live is None and can_undo
    return True
