"""Forget a person: every call, promise and caller record of theirs, from the live call
log and from every copy of it that netcall keeps (the rolling backups, the copy made
before a schema upgrade, a file set aside when a backup was restored), and from the
other copies the user chose (see `forget_copies`).

It survives a kill at any point. Before anything is erased, a to-do naming the person
by id and the files to change is written durably beside the log (`forget_todo`); then
the live file is changed in one transaction (what happens to each table is declared in
`forget_rules`), the draft of an unfinished call with them is deleted, and each copy is
rewritten with the same durable, atomic write. Every step is idempotent: the next open
for writing (`finish_pending`) does them all again, and only when all are done is the
to-do removed. The live log's write may itself make today's backup (of the file as it
was), so the copies are looked for again after it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..core.export.forgetting import OtherCopy
from ..core.text.counts import counted
from .errors import StoreError
from .forget_copies import copies_of, erase_from
from .forget_plan import plan_forget
from .forget_rules import IN_THE_LOG, Log
from .forget_todo import ForgetTodo, read_todo, remove_todo, write_todo


@dataclass(frozen=True, slots=True)
class ForgetReport:
    calls: int
    promises: int
    caller_record: bool
    ledger_entries: int
    rewritten: tuple[Path, ...] = ()  # copies of the log
    others: tuple[Path, ...] = ()  # other files the user chose, rewritten or deleted
    failed: tuple[tuple[Path, str], ...] = field(default=())  # files that could not be changed

    def summary(self, name: str) -> str:
        calls = counted(self.calls, "call", "calls")
        text = f"Forgot {name}: {calls}, {counted(self.promises, 'promise', 'promises')}"
        if self.rewritten:
            text += f"; {counted(len(self.rewritten), 'backup', 'backups')} rewritten"
        if self.others:
            text += f"; {counted(len(self.others), 'other file', 'other files')} erased"
        return text + self._failures()

    def resumed(self) -> str:
        """For the start that finished an interrupted forget. The name is not known any
        more (the to-do never holds it), so the message says "a person"."""
        places = ["the call log" if self.calls or self.caller_record else ""]
        if self.rewritten:
            places.append(counted(len(self.rewritten), "backup copy", "backup copies"))
        if self.others:
            places.append(counted(len(self.others), "other file", "other files"))
        where = " and ".join(p for p in places if p)
        done = f": removed from {where}" if where else ""
        verb = "Could not finish" if self.failed else "Finished"
        return f"{verb} forgetting a person (an earlier forget was interrupted){done}" + (
            self._failures()
        )

    def _failures(self) -> str:
        if not self.failed:
            return ""
        listed = "; ".join(f"{path} ({why})" for path, why in self.failed)
        return (
            f". These files may still hold them and could not be changed: {listed} — "
            "delete them yourself if you no longer need them; netcall tries again each "
            "time it opens the log"
        )


def forget(store: Log, caller_id: str, others: Iterable[OtherCopy] = ()) -> ForgetReport:
    """Erase the person from the live log, every copy of it, and the `others` chosen.
    StoreError, with nothing erased, if the to-do can't be written."""
    plan = plan_forget(store, caller_id, look_further=False)
    todo = ForgetTodo(
        caller_id=caller_id,
        call_ids=plan.call_ids,
        copies=plan.copies,
        others=tuple((other.path, other.how) for other in others),
    )
    write_todo(store.path, todo)
    return carry_out(store, todo)


def carry_out(store: Log, todo: ForgetTodo) -> ForgetReport:
    """Do every step of the to-do (again: each is idempotent); remove it if all are done.
    StoreError if the live log can't be written (the to-do stays)."""
    plan = plan_forget(store, todo.caller_id, todo.call_ids, look_further=False)
    call_ids = set(plan.call_ids) | set(todo.call_ids)
    plan = replace(plan, call_ids=tuple(sorted(call_ids)))
    with store.transaction():
        changed = {table: rule(store, plan) for table, rule in IN_THE_LOG.items()}
    if plan.draft:  # after the log's write, and a failure is reported
        store.clear_draft()
    rewritten: list[Path] = []
    erased: list[Path] = []
    failed: list[tuple[Path, str]] = []
    steps = [(path, "log", rewritten) for path in sorted({*todo.copies, *copies_of(store.path)})]
    steps += [(path, how, erased) for path, how in todo.others]
    for path, how, done in steps:
        try:
            if erase_from(path, how, todo.caller_id, call_ids):
                done.append(path)
        except StoreError as exc:
            failed.append((path, str(exc)))
    if not failed:
        remove_todo(store.path)
    return ForgetReport(
        calls=changed["calls"],
        promises=changed["promises"],
        caller_record=bool(changed["callers"]),
        ledger_entries=changed["contacts"],
        rewritten=tuple(rewritten),
        others=tuple(erased),
        failed=tuple(failed),
    )


def finish_pending(store: Log) -> str | None:
    """Finish a forget a kill interrupted (at an open for writing); what to tell the user,
    or None if there was none. Never raises: the log opens either way."""
    from .forget_contact import finish_pending_contact

    contact = finish_pending_contact(store)
    caller = _finish_caller(store)
    return " ".join(note for note in (caller, contact) if note) or None


def _finish_caller(store: Log) -> str | None:
    try:
        todo = read_todo(store.path)
        if todo is None:
            return None
        return carry_out(store, todo).resumed()
    except StoreError as exc:
        return (
            f"Could not finish forgetting a person (an earlier forget was interrupted): {exc}; "
            "netcall tries again the next time it opens the log"
        )
