"""`netcall log` and `netcall export`: read-only, scriptable, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import orjson
import pendulum
import pytest
from rich.cells import cell_len

from netcall_tui.cli import main
from netcall_tui.core.domain.records import Call
from netcall_tui.core.export.formats import read_json
from netcall_tui.store.db import Store

from ..helpers import add_call

pytestmark = pytest.mark.usefixtures("frozen_now")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_log_prints_recent_calls_while_the_app_holds_the_log(
    seeded: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    # `seeded` is open for writing (holding the lock), as the app would be.
    code, out, _ = run(capsys, "log", "--limit", "5")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["When", "Caller", "Strength", "Asks", "Outcome", "Time", "Promises"]
    assert set(lines[1]) <= {"-", " "}
    newest = seeded.calls.list(limit=1)[0]
    assert newest.caller_name in lines[2]
    assert len(lines) == 2 + 5 + 2
    assert lines[-1] == f"5 of {seeded.calls.count()} calls (--limit 0 shows all)."


def test_log_filters(seeded: Store, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "log", "--limit", "0", "outcome:referral")
    assert code == 0
    body = out.splitlines()[2:-2]
    referrals = [
        c for c in seeded.calls.list() if c.outcome and c.outcome.kind.value == "referral_made"
    ]
    assert len(body) == len(referrals)
    assert all("referral" in line for line in body)
    assert "matching, of" in out.splitlines()[-1]


def test_shared_options_work_before_or_after_the_sub_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "elsewhere" / "other.json"
    with Store.open(other) as store:
        add_call(store, "Only In Other")
    for argv in (["--db", str(other), "log"], ["log", "--db", str(other)]):
        code, out, _ = run(capsys, *argv)
        assert code == 0 and "Only In Other" in out, argv
    code, out, _ = run(capsys, "--db", str(other), "log", "--read-only")
    assert code == 0 and "Only In Other" in out
    code, out, _ = run(capsys, "log")  # the default log ($NETCALL_DB) is another file
    assert "Only In Other" not in out and "No calls yet" in out
    code, out, _ = run(capsys, "--demo", "log", "--limit", "0")
    assert code == 0 and len(out.splitlines()) > 30  # the sample's calls, not the real log
    assert not (tmp_path / "data" / "calls.json").exists()


def test_a_negated_filter_goes_after_double_dash(
    seeded: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["log", "-advice"])
    assert exited.value.code == 2
    assert "put the filters after --" in capsys.readouterr().err
    code, out, _ = run(capsys, "log", "--limit", "0", "--", "-advice")
    assert code == 0 and out.strip()
    assert "general advice" not in "\n".join(out.splitlines()[2:-2]).lower()


def test_log_with_no_calls_says_what_to_do(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "log")
    assert code == 0
    assert "No calls yet" in out and "press n" in out


def test_log_nothing_matches(seeded: Store, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "log", "zzzzqqq")
    assert code == 0 and "No calls match 'zzzzqqq'" in out


def test_a_bad_filter_exits_2_with_how_to_write_it(
    seeded: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "log", "since:soon")
    assert code == 2
    assert "3d, 2w, 6m, 1y" in err and "Traceback" not in err
    code, _, err = run(capsys, "export", "--since", "yesteryear")
    assert code == 2 and "Can't read 'yesteryear'" in err


def test_log_shows_names_literally_without_control_characters(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    add_call(store, "[bold]Eve\x1b[2J")
    _, out, _ = run(capsys, "log")
    assert "[bold]Eve␛[2J" in out
    assert "\x1b" not in out


def test_log_keeps_columns_straight_and_directions_fixed(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    add_call(store, "王小明", days_ago=1)
    add_call(store, "Dana \u202eevil\u202c Whitfield", days_ago=2)
    add_call(store, "佐藤" * 20, days_ago=3)  # 80 cells: cut to the column
    _, out, _ = run(capsys, "log")
    lines = out.splitlines()
    assert "\u202e" not in out and "Dana \ufffdevil\ufffd Whitfield" in out
    strength = [cell_len(line[: line.index("none")]) for line in lines[2:5]]
    assert len(set(strength)) == 1, lines  # wide characters count as two cells
    assert all(cell_len(line) < 120 for line in lines)


def test_export_caller_takes_any_character(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    add_call(store, 'Dana "DJ" Whitfield')
    add_call(store, "Dana Other")
    code, out, _ = run(capsys, "export", "--format", "json", "--caller", 'dana "dj')
    assert code == 0
    assert [c["caller_name"] for c in read_json(out).calls] == ['Dana "DJ" Whitfield']


def test_export_csv_neutralises_formulas(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(db_path) as store:
        add_call(store, '=HYPERLINK("http://evil","x")', notes="+1+1")
        add_call(store, "@Dana", notes="-cmd", days_ago=2)
        add_call(store, "Tabby", notes="fine", days_ago=3)
    # The models trim text, so a leading tab or CR can only come from a hand-edited file.
    tables = orjson.loads(db_path.read_bytes())
    for record in tables["calls"].values():
        if record["caller_name"] == "Tabby":
            record["caller_name"], record["notes"] = "\tTabby", "\rreturn"
    db_path.write_bytes(orjson.dumps(tables))
    code, out, _ = run(capsys, "export", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [r["caller"] for r in rows] == [
        '\'=HYPERLINK("http://evil","x")',
        "'@Dana",
        "'\tTabby",
    ]
    assert [r["notes"] for r in rows] == ["'+1+1", "'-cmd", "'\rreturn"]


def test_export_json_to_a_file_round_trips(
    seeded: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.json"
    args = ("--format", "json", "--output", str(target), "--with-energy")  # every field
    code, out, err = run(capsys, "export", *args)
    assert code == 0 and out == ""
    assert f"exported {seeded.calls.count()} calls to {target}" in err
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    back = read_json(target.read_text(encoding="utf-8"))
    assert back.calls == seeded.calls.raw()
    assert [Call.from_dict(r) for r in back.calls] == seeded.calls.list()
    assert len(back.promises) == len(seeded.records("promises"))


def test_export_since_and_caller(seeded: Store, capsys: pytest.CaptureFixture[str]) -> None:
    someone = seeded.calls.list()[5].caller_name
    code, out, _ = run(capsys, "export", "--format", "json", "--caller", someone.split()[0])
    assert code == 0
    calls = read_json(out).calls
    assert calls and all(someone.split()[0] in c["caller_name"] for c in calls)
    code, out, _ = run(capsys, "export", "--format", "json", "--since", "2w")
    cutoff = pendulum.now().start_of("day").subtract(weeks=2)
    recent = [c for c in seeded.calls.list() if c.started_at >= cutoff]
    assert [c["id"] for c in read_json(out).calls] == [c.id for c in recent]


def test_export_markdown(seeded: Store, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", "--format", "md", "outcome:referral")
    assert code == 0
    assert out.startswith("# netcall — call log")
    assert "filter: outcome:referral" in out
    assert "| referral made |" in out


def test_the_installed_command_knows_log_and_export() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "netcall_tui", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert "export" in result.stdout and "log" in result.stdout


def test_the_light_command_module_offers_every_export_format() -> None:
    from netcall_tui.cli import export as command
    from netcall_tui.core.export import formats as export

    assert tuple(command.FORMATS) == tuple(export.FORMATS)


def test_the_help_and_the_readme_list_every_filter() -> None:
    from pathlib import Path

    from netcall_tui.cli.filters import FILTER_HELP
    from netcall_tui.core.log.query import FIELDS, HELP

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for name in FIELDS:
        assert f"{name}:" in FILTER_HELP and f"`{name}:" in readme and f"{name}:" in HELP, name
    for value in ("is:edited", "is:overtime", "notes:"):
        assert value in FILTER_HELP and value in readme
