"""A zygote for the killed-forget tests (run as a script, never collected by pytest).

It imports the store once, then forks one forgetter per line `trial FOLDER CALLER KILL`
on stdin and reports `pid TRIAL PID`, `go TRIAL` (just before the forget begins) and
`end TRIAL STATUS` (the wait status) on stdout. KILL > 0 makes the forgetter SIGKILL
itself at its KILL-th file replacement or removal (os.replace / os.unlink): an odd KILL
just before it, an even one just after. KILL == 0 runs to the end (the test kills it
itself after a random delay, or lets it finish to count its steps: `steps TRIAL N`).
"""

from __future__ import annotations

import os
import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from netcall_tui.store.db import Store
from netcall_tui.store.forget import forget
from netcall_tui.store.forget_plan import plan_forget


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def _hook(kill_at: int) -> Callable[[], int]:
    """Count file replacements and removals; die at the chosen point."""
    ops = 0

    def wrap(real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            nonlocal ops
            ops += 1
            if kill_at == 2 * ops - 1:
                os.kill(os.getpid(), signal.SIGKILL)
            result = real(*args, **kwargs)
            if kill_at == 2 * ops:
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        return step

    os.replace = wrap(os.replace)  # type: ignore[assignment]  # the child's own os, on purpose
    os.unlink = wrap(os.unlink)  # type: ignore[assignment]  # likewise
    return lambda: ops


def run(trial: str, folder: Path, caller_id: str, kill_at: int) -> None:
    store = Store.open(folder / "calls.json")
    plan = plan_forget(store, caller_id)
    steps = _hook(kill_at)
    _say(f"go {trial}")
    forget(store, caller_id, plan.others)
    store.close()
    _say(f"steps {trial} {steps()}")


def zygote() -> None:
    while line := sys.stdin.readline():
        trial, folder, caller_id, kill_at = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                run(trial, Path(folder), caller_id, int(kill_at))
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(0)
        _say(f"pid {trial} {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"end {trial} {status}")


if __name__ == "__main__":
    zygote()
