"""`python -m netcall_tui` and the `netcall` console script."""

from __future__ import annotations

import gc
import sys


def main() -> None:
    # Start-up makes hundreds of thousands of objects that live all session (Textual's
    # widgets, styles, our modules); collection passes over them find nothing and cost
    # ~13% of the time to the first frame. The app turns collection back on once its
    # first frame is out (NetcallApp.on_ready); sub-commands do at once.
    gc.disable()
    from .cli import main as run

    sys.exit(run())


if __name__ == "__main__":
    main()
