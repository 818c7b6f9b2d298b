"""The questions an outcome needs before it can be logged: when, to whom, which avenue.

Each flow returns an `Outcome` (a referral or a résumé kept: an `Asked`, with what its
question asked), or None when the user backs out (nothing is logged). The referral
question itself is `referral_flow`'s, the résumé's `dialogs.resume_form`'s.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from ...core.call.live import LiveCall
from ...core.domain.fields import MAX_DETAIL
from ...core.domain.values import Outcome
from ...core.domain.vocabulary import OutcomeKind
from ..dialogs.form import Field, FormScreen, required
from ..dialogs.when_form import ask_when
from ..host import NetcallHost
from .referral_flow import Asked, ask_referral


async def interview(app: NetcallHost, live: LiveCall) -> Outcome | None:
    when = await ask_when(app, "Information interview: 30 minutes, in person. When?", "next week")
    return None if when is None else Outcome(OutcomeKind.INTERVIEW_SCHEDULED, when=when)


async def _follow_up(app: NetcallHost, live: LiveCall) -> Outcome | None:
    when = await ask_when(app, "Follow-up call. When?", "in 2 weeks")
    return None if when is None else Outcome(OutcomeKind.FOLLOW_UP_SCHEDULED, when=when)


async def _resume_kept(app: NetcallHost, live: LiveCall) -> Asked | None:
    """What the résumé is for (completed from the words on file) and when to review it."""
    from ..dialogs.resume_form import ask_resume, what_for

    words = await asyncio.to_thread(app.session.resumes.words)
    kept = await ask_resume(app, live.caller.name, words.roles, words.sectors, words.tags)
    if kept is None:
        return None
    what, when = kept
    outcome = Outcome(OutcomeKind.RESUME_KEPT, what_for(what)[:MAX_DETAIL], when=when)
    return Asked(outcome, resume=what)


async def _honest_no(app: NetcallHost, live: LiveCall) -> Outcome | None:
    answer = await app.push_screen_wait(
        FormScreen(
            "Honest no: where can they turn instead?",
            [
                Field(
                    "avenue",
                    "alternative avenue (pick one below or type your own)",
                    check=required("an alternative avenue"),
                    limit=MAX_DETAIL,
                    choices=app.phrasebook.avenues,
                )
            ],
            "Say it plainly, so no false hope is built, and point somewhere useful.",
            confirm="log the call",
        )
    )
    return None if answer is None else Outcome(OutcomeKind.HONEST_NO, answer["avenue"])


Flow = Callable[[NetcallHost, LiveCall], Awaitable[Outcome | Asked | None]]


async def _referral(app: NetcallHost, live: LiveCall) -> Outcome | Asked | None:
    return await ask_referral(app, live, interview)


FLOWS: dict[OutcomeKind, Flow] = {
    OutcomeKind.INTERVIEW_SCHEDULED: interview,
    OutcomeKind.REFERRAL_MADE: _referral,
    OutcomeKind.FOLLOW_UP_SCHEDULED: _follow_up,
    OutcomeKind.RESUME_KEPT: _resume_kept,
    OutcomeKind.HONEST_NO: _honest_no,
}


async def ask_outcome(app: NetcallHost, kind: OutcomeKind, live: LiveCall) -> Asked | None:
    """The outcome with what it needs asked for, or None when the user backs out."""
    flow = FLOWS.get(kind)
    answer = Outcome(kind) if flow is None else await flow(app, live)
    return Asked(answer) if isinstance(answer, Outcome) else answer
