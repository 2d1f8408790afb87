"""The values the durable store hands back: immutable, so they can cross threads freely."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from gradebook_gui.edits import CellState, FailureKind, GradeEdit, ServerGrade
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import LineItem


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The last download of a line item: the base values that edits are made on."""

    line_item: LineItem
    grades: list[StudentGrade]
    taken_at: datetime


@dataclass(frozen=True, slots=True)
class SnapshotInfo:
    """What a list of saved line items shows without loading every row."""

    line_item_id: str
    label: str
    taken_at: datetime
    learners: int


@dataclass(frozen=True, slots=True)
class Draft:
    """An edit saved locally and not yet submitted, with what the LMS showed when it was made."""

    edit: GradeEdit
    base: ServerGrade
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One student's submitted edit on its way to the LMS: only the newest is sent, one request per
    student at a time, and its state is on disk before the window shows it.

        `revision` grows whenever the edit or base is replaced (a newer value queued for the same
        student, a conflict resolved); a sender passes the revision it worked on to `update_entry`
        so that the outcome of an older value is never recorded against a newer one.
    """

    id: int
    key: str
    line_item_id: str
    user_id: str
    edit: GradeEdit
    base: ServerGrade
    state: CellState
    failure_kind: FailureKind | None
    reason: str | None
    http_status: int | None
    attempts: int
    created_at: datetime
    updated_at: datetime
    batch_label: str = ""
    revision: int = 1


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One submission outcome, kept so support staff can say what was sent and when.

    `new_comment` is the comment the student has because of a sent edit; for an edit that was
    not sent ("theirs", "conflict") it is the instructor's own, None when the edit left the
    comment as it was (`engine.journal` writes these lines).
    """

    at: datetime
    key: str
    profile: str | None
    line_item_id: str
    line_item_label: str
    user_id: str
    old_score: float | None
    old_comment: str | None
    new_score: float | None
    new_comment: str | None
    outcome: str
    http_status: int | None
    reason: str | None


@dataclass(frozen=True, slots=True)
class FinalOutcome:
    """Where one entry ends after a read-back, with its journal line (see finish_entries)."""

    entry_id: int
    revision: int
    state: CellState
    failure_kind: FailureKind | None
    reason: str | None
    journal: JournalEntry
