"""What a learner's row says about their grade: the local edit over it, the Status column's
words for it, and the quick filters that pick rows by it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import Member
from gradebook_gui.numbers import is_extra_credit
from gradebook_gui.services.submitting import not_active_reason


def not_active_student(member: Member | None) -> str | None:
    """Why the LMS would refuse this person's grade (not an active student), or None.

    Roles come first: an instructor or assistant on the roster is no student, whatever their
    status."""
    if member is not None and not member.is_learner:
        return "not a student of the course (no learner role)"
    return not_active_reason(member)


def not_active_label(member: Member | None) -> str | None:
    """A word or two for a roster member who is not an active student: "not a student",
    "inactive", "deleted"; None for an active student or someone not on the roster."""
    if member is None:
        return None
    if not member.is_learner:
        return "not a student"
    if not_active_reason(member) is None:
        return None
    return (member.status or "").strip().casefold()


@dataclass(frozen=True, slots=True)
class CellOverlay:
    """A learner's local edit and where it is, shown over what the LMS holds.

    `edit` is the draft or the outbox entry's edit and `base` what it was made on; `state` is
    EDITED for a draft, else the outbox entry's state, with its `reason` (why it failed or
    conflicts). `saving` is true from the moment an edit is requested until its commit returns.
    """

    edit: GradeEdit | None = None
    base: ServerGrade | None = None
    state: CellState | None = None
    reason: str | None = None
    saving: bool = False


class RowStatus(IntEnum):
    """What the Status column says; the values give its sort order (what needs a look first)."""

    CONFLICT = 0
    FAILED = 1
    SAVING = 2
    EDITED = 3
    QUEUED = 4
    SENDING = 5
    SENT = 6
    VERIFIED = 7
    GRADED = 8
    EXTRA_CREDIT = 9
    NO_GRADE = 10
    NOT_ON_ROSTER = 11
    NOT_ACTIVE = 12

    @property
    def text(self) -> str:
        return _STATUS_TEXT[self]

    @property
    def explanation(self) -> str | None:
        """A sentence on what the status means for the grade, when the word is not enough."""
        return _STATUS_EXPLANATION.get(self)


_STATUS_TEXT = {
    RowStatus.CONFLICT: "conflict",
    RowStatus.FAILED: "failed",
    RowStatus.SAVING: "saving…",
    RowStatus.EDITED: "✎ edited",
    RowStatus.QUEUED: "queued",
    RowStatus.SENDING: "sending…",
    RowStatus.SENT: "sent",
    RowStatus.VERIFIED: "✓ verified",
    RowStatus.GRADED: "graded",
    RowStatus.EXTRA_CREDIT: "extra credit",
    RowStatus.NO_GRADE: "no grade",
    RowStatus.NOT_ON_ROSTER: "not on roster",
    RowStatus.NOT_ACTIVE: "inactive",
}

_STATUS_EXPLANATION = {
    RowStatus.CONFLICT: "The grade was changed in the LMS after this edit was made: "
    "choose which value to keep before it is sent.",
    RowStatus.FAILED: "This change did not reach the LMS.",
    RowStatus.SAVING: "Saving this change on this computer…",
    RowStatus.EDITED: "Saved on this computer, not sent yet.",
    RowStatus.QUEUED: "Waiting to be sent to the LMS.",
    RowStatus.SENDING: "Being sent to the LMS.",
    RowStatus.SENT: "Accepted; waiting for the LMS to show it.",
    RowStatus.VERIFIED: "The LMS shows this grade.",
    RowStatus.NOT_ON_ROSTER: "This student has a result but is not on the course roster.",
    RowStatus.NOT_ACTIVE: "Not an active student of the course: the LMS refuses their grades, so "
    "Submit sends their changes only if you include them.",
}

_STATE_STATUS = {
    CellState.EDITED: RowStatus.EDITED,
    CellState.QUEUED: RowStatus.QUEUED,
    CellState.SENDING: RowStatus.SENDING,
    CellState.SENT: RowStatus.SENT,
    CellState.VERIFIED: RowStatus.VERIFIED,
    CellState.CONFLICT: RowStatus.CONFLICT,
    CellState.FAILED: RowStatus.FAILED,
}


def row_status(
    overlay: CellOverlay | None,
    on_roster: bool,
    score: float | None,
    maximum: float,
    *,
    active: bool = True,
) -> RowStatus:
    """The status of a row showing `score` (edits included): the edit's state comes first,
    then whether the learner can be graded at all (`active`: an active student)."""
    if overlay is not None:
        if overlay.saving:
            return RowStatus.SAVING
        if overlay.state is not None:
            return _STATE_STATUS[overlay.state]
    if not on_roster:
        return RowStatus.NOT_ON_ROSTER
    if not active:
        return RowStatus.NOT_ACTIVE
    if score is None:
        return RowStatus.NO_GRADE
    if is_extra_credit(score, maximum):
        return RowStatus.EXTRA_CREDIT
    return RowStatus.GRADED


def status_text(status: RowStatus, overlay: CellOverlay | None) -> str:
    """The Status column's text: a failure or conflict says why, when the LMS said."""
    if status in (RowStatus.FAILED, RowStatus.CONFLICT) and overlay is not None and overlay.reason:
        return f"{status.text}: {overlay.reason}"
    return status.text


class QuickFilter(StrEnum):
    """Which learners to show; each has a label and a row test in `QUICK_FILTER_TESTS`."""

    ALL = "all"
    NO_GRADE = "no_grade"
    EXTRA_CREDIT = "extra_credit"
    EDITED = "edited"
    CONFLICT = "conflict"
    FAILED = "failed"
    NOT_ACTIVE = "not_active"


QUICK_FILTER_LABELS: dict[QuickFilter, str] = {
    QuickFilter.ALL: "All",
    QuickFilter.NO_GRADE: "No grade",
    QuickFilter.EXTRA_CREDIT: "Extra credit",
    QuickFilter.EDITED: "Edited, not sent",
    QuickFilter.CONFLICT: "Conflicts",
    QuickFilter.FAILED: "Failed",
    QuickFilter.NOT_ACTIVE: "Not active students",
}

RowTest = Callable[[RowStatus, float | None, float, StudentGrade], bool]
"""Whether a row is shown, from its status, its score as shown, the line item's maximum and the
learner's row."""

QUICK_FILTER_TESTS: dict[QuickFilter, RowTest | None] = {
    QuickFilter.ALL: None,
    QuickFilter.NO_GRADE: lambda status, score, maximum, grade: score is None,
    QuickFilter.EXTRA_CREDIT: lambda status, score, maximum, grade: (
        score is not None and is_extra_credit(score, maximum)
    ),
    QuickFilter.EDITED: lambda status, score, maximum, grade: (
        status in (RowStatus.EDITED, RowStatus.SAVING)
    ),
    QuickFilter.CONFLICT: lambda status, score, maximum, grade: status is RowStatus.CONFLICT,
    QuickFilter.FAILED: lambda status, score, maximum, grade: status is RowStatus.FAILED,
    # Learners on the roster only: those not on it have no cell to edit.
    QuickFilter.NOT_ACTIVE: lambda status, score, maximum, grade: (
        grade.member is not None and not_active_student(grade.member) is not None
    ),
}
