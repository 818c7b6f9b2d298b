"""The `netcall` command: parse the arguments, read the config, then run the TUI or a
sub-command (one module each: `export`, `log`).

Every failure a user can meet here ends in one clear message and an exit code, never a
traceback (see `errors`). `netcall_tui.__main__` pauses garbage collection, then calls
`main`; the TUI resumes it after its first frame, a sub-command at once.
"""

from __future__ import annotations

import gc

from ..core.errors import NetcallError
from .errors import EXIT_INTERRUPTED, AlreadyTold, exit_code, fail, output_failed, reader_gone
from .launch import demo_db, run_app
from .parser import build_parser, resolve_config


def main(argv: list[str] | None = None) -> int:
    """Run `netcall` with `argv` (default: the process's arguments); the exit code."""
    args = build_parser().parse_args(argv)
    try:
        config = resolve_config(args)
        if not args.command:
            return run_app(args, config)
        gc.enable()  # paused by the entry point for the TUI's start-up only
        if args.demo:
            with demo_db() as args.db:  # `netcall --demo log`: the sample, not the real log
                return int(args.handler(args, config))
        return int(args.handler(args, config))
    except NetcallError as exc:
        return fail(str(exc), exit_code(exc))
    except AlreadyTold as told:
        return told.code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return reader_gone()
    except OSError as exc:  # after BrokenPipeError, one of them
        return output_failed(exc)
