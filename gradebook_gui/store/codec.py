"""How the store's values are written in SQLite: exactly, so they read back identical.

Moments are integers (microseconds since the Unix epoch, UTC) so that they sort and compare in
SQL; edits and bases are small JSON objects (Python writes floats with `repr`, which reads back
to the same float).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from gradebook_gui.edits import GradeEdit, ServerGrade
from gradebook_gui.models import ActivityProgress, GradingProgress

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def to_micros(moment: datetime) -> int:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a moment without a time zone is ambiguous: {moment!r}")
    return (moment - _EPOCH) // _MICROSECOND


def from_micros(micros: int) -> datetime:
    return _EPOCH + micros * _MICROSECOND


def edit_to_json(edit: GradeEdit) -> str:
    return json.dumps(
        {
            "user_id": edit.user_id,
            "score": edit.score,
            "maximum": edit.maximum,
            "comment": edit.comment,
            "activity_progress": edit.activity_progress.value,
            "grading_progress": edit.grading_progress.value,
        },
        ensure_ascii=False,
    )


def edit_from_json(text: str) -> GradeEdit:
    data: dict[str, Any] = json.loads(text)
    return GradeEdit(
        user_id=data["user_id"],
        score=data["score"],
        maximum=data["maximum"],
        comment=data["comment"],
        activity_progress=ActivityProgress(data["activity_progress"]),
        grading_progress=GradingProgress(data["grading_progress"]),
    )


def grade_to_json(grade: ServerGrade) -> str:
    return json.dumps(
        {"score": grade.score, "maximum": grade.maximum, "comment": grade.comment},
        ensure_ascii=False,
    )


def grade_from_json(text: str) -> ServerGrade:
    data: dict[str, Any] = json.loads(text)
    return ServerGrade(score=data["score"], maximum=data["maximum"], comment=data["comment"])
