"""The core stays pure Python: no Textual, no TinyDB, nothing from store/ or ui/."""

from __future__ import annotations

import subprocess
import sys

MODULES = (
    "call.countdown",
    "call.guidance",
    "promises.due",
    "stats.load",
    "network.capital",
    "demo.records",
)


def test_core_modules_import_no_ui_or_storage() -> None:
    imports = "; ".join(f"import netcall_tui.core.{name}" for name in MODULES)
    check = (
        "import sys; bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'tinydb')"
        " or m.startswith(('netcall_tui.store', 'netcall_tui.ui'))]; print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"{imports}; {check}"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
