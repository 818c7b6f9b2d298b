"""The live call: who is on the line, the timer, the checklist, notes and promises.

It is the one mutable object of a call in progress. The console screen owns it and turns
keys into these methods; `to_draft` / `from_draft` let a crashed call come back. The call
it becomes has its id from the start (`call_id`, in the draft too), so the store can tell
a draft whose call is logged already.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from ..domain.fields import new_id
from ..domain.moments import from_record, now, to_record
from ..domain.promise import Promise
from ..domain.records import Call, Caller
from ..domain.values import Outcome
from ..domain.vocabulary import Ask, Trait
from ..errors import ValidationError
from ..promises.implied import follow_ups
from .booking import booking_promise, next_week_words
from .countdown import Countdown
from .guidance import GuidanceState, Suggestion, suggest
from .history import CallerHistory, interview_took_place
from .timer_parts import Clock

if TYPE_CHECKING:
    from pendulum import DateTime

    from .phrasebook import Phrasebook

DRAFT_VERSION = 1


@dataclass
class LiveCall:
    caller: Caller
    countdown: Countdown
    started_at: DateTime
    asks: set[Ask] = field(default_factory=set)
    traits: set[Trait] = field(default_factory=set)
    notes: str = ""
    promises: list[Promise] = field(default_factory=list)
    history: CallerHistory = field(default_factory=CallerHistory)
    # The user's own say on "told the story in time"; None means: measure it.
    story_in_time_override: bool | None = None
    call_id: str = field(default_factory=new_id)  # the id of the Call it becomes
    # The week's (or the day's) budget was full as the call began: the guidance offers to
    # book it for next week, and b records that promise.
    budget_full: bool = False

    def toggle_ask(self, ask: Ask) -> bool:
        self.asks ^= {ask}
        return ask in self.asks

    def toggle_trait(self, trait: Trait) -> bool:
        if trait is Trait.STORY_IN_TIME:
            self.story_in_time_override = not self.told_story_in_time
            return self.story_in_time_override
        self.traits ^= {trait}
        return trait in self.traits

    @property
    def told_story_in_time(self) -> bool:
        if self.story_in_time_override is not None:
            return self.story_in_time_override
        measured = self.countdown.story_in_time()
        if measured is None:  # still telling it: in time so far?
            return self.countdown.remaining() > 0
        return measured

    @property
    def interview_on_record(self) -> bool:
        """A sit-down happened before, or this very call's interview phase has run long
        enough to count as one (`history.interview_took_place`)."""
        return self.history.interview_on_record or interview_took_place(self.countdown.phases())

    def guidance_state(self) -> GuidanceState:
        """What the phrase rules look at, as of now."""
        return GuidanceState.from_countdown(
            self.countdown,
            asks=frozenset(self.asks),
            strength=self.caller.strength,
            interview_on_record=self.interview_on_record,
            call_count_before=self.history.count,
            budget_full=self.budget_full,
            next_week=next_week_words(self.started_at) if self.budget_full else "",
        )

    def suggestions(self, book: Phrasebook) -> list[Suggestion]:
        """Words for this moment of the call, best first."""
        return suggest(self.guidance_state(), book)

    def add_promise(self, text: str, due: DateTime) -> Promise:
        promise = Promise(text=text, due=due, caller_id=self.caller.id)
        self.promises.append(promise)
        return promise

    def book_next_week(self) -> tuple[Promise, bool]:
        """The follow-up call next week (`booking.booking_promise`), kept with this call;
        False with the one there already when it was booked before (b pressed twice)."""
        promise = booking_promise(self.caller, self.started_at)
        for made in self.promises:
            if (made.text, made.due, made.kind) == (promise.text, promise.due, promise.kind):
                return made, False
        self.promises.append(promise)
        return promise, True

    def finish(
        self, outcome: Outcome, ended_at: DateTime | None = None
    ) -> tuple[Call, list[Promise]]:
        """End the call: the timer stops and the call and its promises are ready to store.

        The end is the wall clock's now, but never earlier than the start plus the time
        the monotonic countdown ran: a wall clock stepped back during the call (NTP, a
        user changing it) can't make a call end before it began."""
        phases = self.countdown.finish()
        if ended_at is None:
            timed_end = self.started_at + timedelta(seconds=sum(p.used_s for p in phases))
            wall_end = now()
            ended_at = wall_end if wall_end.timestamp() >= timed_end.timestamp() else timed_end
        traits = set(self.traits)
        if self.told_story_in_time:
            traits.add(Trait.STORY_IN_TIME)
        call = Call(
            caller_id=self.caller.id,
            caller_name=self.caller.name,
            strength=self.caller.strength,
            started_at=self.started_at,
            ended_at=ended_at,
            asks=frozenset(self.asks),
            traits=frozenset(traits),
            phases=phases,
            notes=self.notes,
            outcome=outcome,
            id=self.call_id,
        )
        promises = [
            _with_call(p, call.id) for p in [*self.promises, *follow_ups(call, self.caller)]
        ]
        return call.with_(promise_ids=tuple(p.id for p in promises)), promises

    # --- drafts: a live call survives a crash ------------------------------------------

    def to_draft(self) -> dict[str, Any]:
        return {
            "version": DRAFT_VERSION,
            "call_id": self.call_id,
            "caller": self.caller.to_dict(),
            "countdown": self.countdown.to_dict(),
            "started_at": to_record(self.started_at),
            "asks": sorted(a.value for a in self.asks),
            "traits": sorted(t.value for t in self.traits),
            "notes": self.notes,
            "promises": [p.to_dict() for p in self.promises],
            "story_in_time_override": self.story_in_time_override,
            "budget_full": self.budget_full,
            "saved_at": to_record(now()),
        }

    @classmethod
    def from_draft(cls, data: dict[str, Any], clock: Clock, history: CallerHistory) -> LiveCall:
        if data.get("version") != DRAFT_VERSION:
            raise ValidationError(f"unknown draft version {data.get('version')!r}")
        started = from_record(data["started_at"])
        if started is None:
            raise ValidationError("the saved call has no start time")
        return cls(
            caller=Caller.from_dict(data["caller"]),
            countdown=Countdown.from_dict(data["countdown"], clock=clock),
            started_at=started,
            asks={Ask.parse(a) for a in data.get("asks", ())},
            traits={Trait.parse(t) for t in data.get("traits", ())},
            notes=data.get("notes", ""),
            promises=[Promise.from_dict(p) for p in data.get("promises", ())],
            history=history,
            story_in_time_override=data.get("story_in_time_override"),
            call_id=_draft_call_id(data.get("call_id")),
            budget_full=data.get("budget_full") is True,  # drafts from before: False
        )


def _draft_call_id(value: object) -> str:
    """A draft's call id; drafts saved before calls had one get a new one."""
    return value if isinstance(value, str) and value else new_id()


def _with_call(promise: Promise, call_id: str) -> Promise:
    return replace(promise, call_id=call_id)
