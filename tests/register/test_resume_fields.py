"""K's form names the field a too-long entry is in."""

from __future__ import annotations

from netcall_tui.ui.dialogs.resume_form import resume_fields


def test_a_role_or_sector_too_long_is_named_as_one() -> None:
    fields = {field.name: field for field in resume_fields((), (), ())}
    for name, said in (("roles", "a role"), ("sectors", "a sector"), ("tags", "a tag")):
        check = fields[name].check
        assert check is not None
        assert (check("x" * 300) or "").startswith(f"{said} is too long"), name
        assert check("data engineer, analyst") is None
