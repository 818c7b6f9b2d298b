"""The résumé-on-file record: what it is for, cleaned as tags are, and its round trip."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.domain.resume import PassedOn, Resume, ResumeFor
from netcall_tui.core.errors import ValidationError

WHEN = pendulum.datetime(2026, 12, 2, 10, tz="Europe/London")


def test_what_it_is_for_is_cleaned_as_tags_are() -> None:
    what = ResumeFor(roles=(" Data engineer ", "data engineer", ""), sectors=["Logistics"])
    assert (what.roles, what.sectors, what.tags) == (("Data engineer",), ("Logistics",), ())


def test_a_resume_on_file_survives_the_round_trip() -> None:
    resume = Resume(
        caller_id="c1",
        review_on=WHEN.add(months=3),
        what=ResumeFor(("Data engineer",), ("Logistics",), ("python", "sql"), "~/cv.pdf", "n"),
        filed_at=WHEN,
        passed_on=(PassedOn("Dana Lee", WHEN.add(days=2), contact_id="k1", referral_id="r1"),),
        removed_at=WHEN.add(days=9),
        removed_note="They found a job",
    )
    assert Resume.from_dict(resume.to_dict()) == resume
    assert not resume.on_file


def test_a_resume_belongs_to_a_caller() -> None:
    with pytest.raises(ValidationError):
        Resume(caller_id="", review_on=WHEN)


def test_a_role_too_long_is_named_a_role() -> None:
    with pytest.raises(ValidationError, match="a role is too long"):
        ResumeFor(roles=("x" * 300,))
