"""The console's keys. Every binding has an id (remappable from the config's [keys]) and a
description (shown in the footer, the help screen and the command palette).

Each key shows in one row only. The hint line (`HINTS`) has how a call starts and how it
ends: `n` and `u` when idle, the seven outcome capitals during a call, and just after a
call is logged the question how it left you (1 to 5, esc skips); their bindings have
show=False. The footer has the rest: the call's tools (pause, time, phases, notes,
promise, copy, discard), the log, your network, the promises, the résumés on file,
the statistics, help, quit and the palette; b (book next week) only when the week was
full as the call began. When the footer is too
narrow, keys drop whole in `FOOTER_DROP` order and help's key reads "more keys".
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.binding import Binding, BindingType

from ...core.call.advice_only import ADVICE_ONLY_RULE
from ...core.call.gate import SHORT_RULE as GATE_RULE
from ...core.domain.vocabulary import ENERGY_WORDS, Ask, OutcomeKind, Trait
from ..energy_keys import rating_bindings
from ..widgets.key_bar import KeyBar
from ..widgets.key_hints import KeyHints

ASK_KEYS = {
    Ask.INTRODUCTION: "1",
    Ask.ADVICE: "2",
    Ask.RESUME: "3",
    Ask.INDUSTRY: "4",
    Ask.OTHER: "5",
}
TRAIT_KEYS = {
    Trait.STORY_IN_TIME: "6",
    Trait.KNOWS_WANT: "7",
    Trait.ARTICULATE: "8",
    Trait.BRINGS_SOMETHING: "9",
}
# Capitals for outcomes: they end the call, so they shouldn't sit on an everyday key.
OUTCOME_KEYS = {
    OutcomeKind.INTERVIEW_SCHEDULED: "I",
    OutcomeKind.REFERRAL_MADE: "R",
    OutcomeKind.ADVICE_GIVEN: "G",
    OutcomeKind.FOLLOW_UP_SCHEDULED: "F",
    OutcomeKind.RESUME_KEPT: "K",
    OutcomeKind.NOT_NOW: "N",
    OutcomeKind.HONEST_NO: "H",
}

TIME = Binding.Group("1 min")  # + and - share one place in the footer: "+/- 1 min"
OUTCOME_TIPS = {  # what help and the palette say beyond the outcome's name
    OutcomeKind.REFERRAL_MADE: (
        f"Log the outcome: referral made ({GATE_RULE}; {ADVICE_ONLY_RULE}; a treasured or "
        "spent contact asks if it is an important favour)"
    ),
}

CONSOLE_BINDINGS: list[BindingType] = [
    Binding("n", "new_call", "New call", id="new_call", show=False),
    # Read-only, the same key says why it can't (check_action lets one of the two act).
    Binding("n", "read_only_new_call", "New call", id="new_call", show=False),
    # One key, two bindings: the footer says what space will do now.
    Binding("space", "pause", "Pause", id="pause", tooltip="Pause the countdown"),
    Binding("space", "resume", "Resume", id="resume", tooltip="Resume the paused countdown"),
    Binding(
        "plus,equals_sign",
        "adjust(1)",
        "+1 min",
        id="more_time",
        key_display="+",
        tooltip="One more minute for this phase",
        group=TIME,
    ),
    Binding(
        "minus",
        "adjust(-1)",
        "-1 min",
        id="less_time",
        key_display="-",
        tooltip="One minute less for this phase",
        group=TIME,
    ),
    Binding("a", "phase('advice')", "Advice", id="phase_advice", tooltip="Next phase: advice"),
    Binding(
        "i",
        "phase('interview')",
        "Interview",
        id="phase_interview",
        tooltip="Next phase: interview (sit-down)",
    ),
    Binding("e", "notes", "Notes", id="notes"),
    Binding("escape", "leave_notes", "Leave notes", id="leave_notes", show=False),
    Binding("p", "promise", "Promise", id="promise"),
    Binding(
        "b",
        "book_next_week",
        "Book next week",
        id="book_next_week",
        tooltip="The budget was full: promise a follow-up call next week",
    ),
    Binding("c", "copy_phrase", "Copy", id="copy_phrase", tooltip="Copy the chosen phrase"),
    Binding("down,j", "phrase(1)", "Next phrase", id="next_phrase", show=False),
    Binding("up,k", "phrase(-1)", "Previous phrase", id="previous_phrase", show=False),
    *[
        Binding(
            key, f"ask('{ask.value}')", f"Wants: {ask.label}", id=f"ask_{ask.value}", show=False
        )
        for ask, key in ASK_KEYS.items()
    ],
    *[
        Binding(
            key,
            f"trait('{t.value}')",
            f"Comes across: {t.label}",
            id=f"trait_{t.value}",
            show=False,
        )
        for t, key in TRAIT_KEYS.items()
    ],
    *[
        Binding(
            key,
            f"outcome('{kind.value}')",
            f"Log: {kind.short}",
            id=f"outcome_{kind.value}",
            tooltip=OUTCOME_TIPS.get(kind, f"Log the outcome: {kind.label}"),
            show=False,
        )
        for kind, key in OUTCOME_KEYS.items()
    ],
    Binding("u", "undo", "Undo outcome", id="undo", show=False),
    # Idle, just after logging: the ask keys' digits rate the call (check_action decides).
    *rating_bindings("the last call", ""),
    Binding("escape", "skip_rating", "Leave the last call unrated", id="skip_rating", show=False),
    Binding(
        "ctrl+x", "discard", "Discard call", id="discard", tooltip="Discard this call (asks first)"
    ),
    Binding("l", "open('log')", "Session log", id="open_log"),
    Binding("w", "open('network')", "Network", id="open_network", tooltip="Your network: contacts"),
    Binding(
        "P",
        "open('promises')",
        "Promises",
        id="open_promises",
        key_display="P",
        tooltip="Every promise: keep, snooze, edit or drop one",
    ),
    Binding(
        "o",
        "open('register')",
        "On file",
        id="open_register",
        tooltip="Résumés on file: who you have for an opening",
    ),
    Binding(
        "s",
        "open('stats')",
        "Statistics",
        id="open_stats",
        tooltip="Statistics: calls and minutes per week against the budget, how calls end",
    ),
    Binding("ctrl+s", "retry_save", "Retry save", id="retry_save", show=False),
]

LIVE_ONLY = {
    "pause",
    "resume",
    "adjust",
    "phase",
    "notes",
    "leave_notes",
    "promise",
    "copy_phrase",
    "phrase",
    "ask",
    "trait",
    "outcome",
    "discard",
}
NEEDS_LOG = {
    "new_call",
    "undo",
    "open",
    "retry_save",
}  # not until the log is read


def key_map(app: App[Any]) -> dict[str, str]:
    """Binding id -> the key shown for it, after the user's keymap."""
    shown: dict[str, str] = {}
    for binding in CONSOLE_BINDINGS:
        assert isinstance(binding, Binding) and binding.id
        key = app._keymap.get(binding.id, binding.key).split(",")[0]
        shown[binding.id] = app.get_key_display(Binding(key, binding.action))
    return shown


# The hint line's keys and their words there, idle and during a call (the screen says
# when each works: undo only after a call was logged).
IDLE_HINTS = {"new_call": "new call", "undo": "undo outcome"}
LIVE_HINTS = {f"outcome_{kind.value}": kind.short for kind in OUTCOME_KEYS}
LIVE_CAPTION = "log:"  # the capitals log how the call ended; i and a in the footer are phases
# Just after a call is logged (the idle keys give way first when the row is short).
RATING_HINTS = {
    **{f"rate_{energy}": word for energy, word in ENERGY_WORDS.items()},
    "skip_rating": "skips",
    **IDLE_HINTS,
}
RATING_CAPTIONS = ("How did that call leave you?", "How did it leave you?")  # wide, narrow
# The footer's keys that give way when it is too narrow, the highest first (the palette
# goes before all of them, so that idle at 80 columns every screen's key shows); space,
# time, phases, notes, promise and help always stay.
FOOTER_DROP = {
    "open_stats": 10,
    "quit": 9,
    "copy_phrase": 8,
    "discard": 7,
    "open_network": 6,
    "open_register": 5,
    "open_promises": 4,
    "open_log": 3,
    "book_next_week": 1,  # the last to go: at 80 columns the call's toast names the key
}


def key_rows() -> tuple[KeyHints, KeyBar]:
    """The hint line and the footer, each with its own keys."""
    hints = KeyHints(
        IDLE_HINTS, LIVE_HINTS, LIVE_CAPTION, RATING_HINTS, RATING_CAPTIONS, id="hints"
    )
    shown = {*IDLE_HINTS, *LIVE_HINTS, *RATING_HINTS}
    return hints, KeyBar(FOOTER_DROP, elsewhere=shown, id="footer")
