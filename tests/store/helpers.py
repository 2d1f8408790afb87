"""Values and fakes shared by the store's tests."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from gradebook_gui.edits import GradeEdit, ServerGrade
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.store import grade_store as grade_store_module

KEY = "https://school.ltiaas.com#Bio 101"
OTHER_KEY = "https://other.ltiaas.com"
QUIZ_ID = "https://lms.example.edu/api/lti/courses/7/line_items/31"
ESSAY_ID = "https://lms.example.edu/api/lti/courses/7/line_items/32"
START = datetime(2026, 11, 26, 14, 3, 7, 123456, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


def edit(user_id: str, score: float | None, comment: str | None = None) -> GradeEdit:
    return GradeEdit(user_id=user_id, score=score, maximum=20.0, comment=comment)


def base(score: float | None = None, comment: str | None = None) -> ServerGrade:
    return ServerGrade(score=score, maximum=20.0, comment=comment)


def quiz(line_item_id: str = QUIZ_ID, label: str = "Quiz 3") -> LineItem:
    return LineItem.model_validate(
        {
            "id": line_item_id,
            "label": label,
            "scoreMaximum": 20,
            "resourceLinkId": "rl-9",
            "tag": "quiz",
            "https://canvas.instructure.com/lti/submission_type": {"type": "external_tool"},
        }
    )


def student(user_id: str, name: str, score: float | None, comment: str | None) -> StudentGrade:
    member = Member(
        userId=user_id,
        roles=("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",),
        name=name,
        email=f"{user_id}@example.edu",
    )
    result = Result.model_validate(
        {
            "id": f"{QUIZ_ID}/results/{user_id}",
            "scoreOf": QUIZ_ID,
            "userId": user_id,
            "resultScore": score,
            "resultMaximum": 20,
            "comment": comment,
            "https://canvas.instructure.com/lti/submission": {"attempts": 2},
        }
    )
    return StudentGrade(user_id, member, result)


connect_plainly = sqlite3.connect
DISK_FULL = "database or disk is full"


class FailingCommits(sqlite3.Connection):
    """Once `failure` is set, the COMMIT of any transaction that changed something raises it, as
    SQLite's COMMIT does on a full disk, after `commits_left` more such commits succeeded.
    Transactions that only read still commit."""

    failure: sqlite3.Error | None = None
    commits_left = 0
    _changes_at_begin = 0

    def execute(self, sql: str, *parameters: Any) -> sqlite3.Cursor:
        if sql.startswith("BEGIN"):
            self._changes_at_begin = self.total_changes
        elif (
            sql == "COMMIT"
            and self.failure is not None
            and self.total_changes != self._changes_at_begin
        ):
            if type(self).commits_left <= 0:
                raise self.failure
            type(self).commits_left -= 1
        return super().execute(sql, *parameters)


def fail_commits(monkeypatch: pytest.MonkeyPatch) -> type[FailingCommits]:
    """Stores opened from now on get a FailingCommits connection, disarmed until its class's
    `failure` is set."""

    class Connection(FailingCommits):
        failure = None

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        return connect_plainly(*args, **kwargs, factory=Connection)

    monkeypatch.setattr(grade_store_module.sqlite3, "connect", connect)
    return Connection


def open_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stores opened from now on open their database read-only, as SQLite does when the file
    cannot be written (a read-only folder or file system). Works as root, unlike chmod."""

    def connect(path: Path, **kwargs: Any) -> sqlite3.Connection:
        return connect_plainly(f"{Path(path).as_uri()}?mode=ro", uri=True, **kwargs)

    monkeypatch.setattr(grade_store_module.sqlite3, "connect", connect)
