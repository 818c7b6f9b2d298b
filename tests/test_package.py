"""The wheel carries the themes, and they are found from the installed package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from netcall_tui import paths
from netcall_tui.ui.themes import load_themes, theme_from_file

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("netcall-*.whl")
    return built


def test_wheel_ships_themes_and_phrases(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {Path(n).name for n in names if n.startswith("netcall_tui/_themes/")}
    assert {"netcall-dark.toml", "netcall-light.toml", "netcall-contrast.toml"} <= shipped
    assert "netcall_tui/core/call/phrases.toml" in names
    assert "netcall_tui/ui/app.tcss" in names


def test_installed_layout_finds_bundled_themes(wheel: Path, tmp_path: Path) -> None:
    """Unpack the wheel and import from it: themes come from `_themes`, not the checkout."""
    zipfile.ZipFile(wheel).extractall(tmp_path)
    code = "from netcall_tui.paths import themes_dir; print(themes_dir())"
    found = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(found) == tmp_path / "netcall_tui" / "_themes"


def test_source_checkout_finds_top_level_themes() -> None:
    assert paths.themes_dir() == ROOT / "themes"


def test_every_theme_loads_with_the_names_we_promise() -> None:
    names = {theme.name for theme in load_themes()}
    assert {"netcall-dark", "netcall-light", "netcall-contrast"} <= names
    for path in (ROOT / "themes").glob("*.toml"):
        assert theme_from_file(path).primary.startswith("#")
