"""Imports only point down: core knows nothing of store or Textual; store nothing of Textual."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "netcall_tui"

FORBIDDEN = {
    "core": ("textual", "rich", "tinydb", "netcall_tui.store", "netcall_tui.ui", "netcall_tui.app"),
    "store": ("textual", "rich", "netcall_tui.services", "netcall_tui.ui", "netcall_tui.app"),
    "services": ("textual", "rich", "netcall_tui.ui", "netcall_tui.app", "netcall_tui.cli"),
    "ui": ("tinydb", "netcall_tui.store", "netcall_tui.app", "netcall_tui.cli"),
}


def imported_modules(path: Path, as_if: Path | None = None) -> set[str]:
    """Absolute names of every import in a file, relative imports resolved (as if the
    file stood at `as_if`, for a probe written elsewhere)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = as_if or path
    package = ".".join(where.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                names.add(".".join([*base, node.module or ""]).rstrip("."))
            else:
                names.add(node.module or "")
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_point_down(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no files found in {layer}/"
    offences = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []


def test_the_checker_sees_relative_imports(tmp_path: Path) -> None:
    """The rule must catch `from ...ui import x` written inside core/, not only absolute
    imports: a relative upward import in a core module resolves to netcall_tui.ui."""
    fake = PACKAGE / "core" / "domain" / "upward.py"  # never written: only parsed
    tree = "from ...ui.widgets import blank\nfrom ..errors import NetcallError\n"
    probe = tmp_path / "upward.py"
    probe.write_text(tree, encoding="utf-8")
    names = imported_modules(probe, as_if=fake)
    assert "netcall_tui.ui.widgets" in names
    assert any(name.startswith(FORBIDDEN["core"]) for name in names)
    assert "netcall_tui.core.errors" in names
