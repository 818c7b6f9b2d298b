"""The résumés on file (`resumes`): one record per résumé kept, linked to its caller, the
call where you offered to keep it, and its review promise."""

from __future__ import annotations

from ..core.domain.resume import Resume
from ..core.domain.stored import ResumeRecord
from .repos import Repo


class ResumeRepo(Repo[Resume, ResumeRecord]):
    table_name = "resumes"
    what = "résumé on file"

    def _from_dict(self, record: ResumeRecord) -> Resume:
        return Resume.from_dict(record)

    def for_call(self, call_id: str) -> list[Resume]:
        records = self._records().values()
        return [Resume.from_dict(r) for r in records if r.get("call_id") == call_id]

    def for_caller(self, caller_id: str) -> list[Resume]:
        records = self._records().values()
        return [Resume.from_dict(r) for r in records if r.get("caller_id") == caller_id]
