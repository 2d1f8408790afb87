"""What a learner's row says about their grade: the local edit over it, the Status column's
words for it, and the quick filters that pick rows by it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.engine.plan import stored_reason_wording
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.i18n import QT_TRANSLATE_NOOP, translate, translated
from gradebook_gui.models import Member
from gradebook_gui.numbers import is_extra_credit
from gradebook_gui.services.submitting import not_active_wording


def is_active_student(member: Member) -> bool:
    """Whether the LMS accepts grades for this roster member: a learner, active on the roster."""
    return member.is_learner and not_active_wording(member) is None


def not_active_student(member: Member | None) -> str | None:
    """Why the LMS would refuse this person's grade (not an active student), or None; in the
    window's language.

    Roles come first: an instructor or assistant on the roster is no student, whatever their
    status."""
    if member is not None and not member.is_learner:
        return translate("row_status", "not a student of the course (no learner role)")
    wording = not_active_wording(member)
    return None if wording is None else translated(wording)


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

    def shown_reason(self) -> str | None:
        """Why the edit failed or conflicts, in the window's language; the LMS's own words
        as the LMS wrote them."""
        if not self.reason:
            return None
        return translated(stored_reason_wording(self.reason, self.base, self.edit))


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
        """The Status column's word for it, in the window's language."""
        return translate("RowStatus", _STATUS_TEXT[self])

    @property
    def explanation(self) -> str | None:
        """A sentence on what the status means for the grade, when the word is not enough."""
        explanation = _STATUS_EXPLANATION.get(self)
        return None if explanation is None else translate("RowStatus", explanation)


_STATUS_TEXT = {
    RowStatus.CONFLICT: QT_TRANSLATE_NOOP("RowStatus", "conflict"),
    RowStatus.FAILED: QT_TRANSLATE_NOOP("RowStatus", "failed"),
    RowStatus.SAVING: QT_TRANSLATE_NOOP("RowStatus", "saving…"),
    RowStatus.EDITED: QT_TRANSLATE_NOOP("RowStatus", "✎ edited"),
    RowStatus.QUEUED: QT_TRANSLATE_NOOP("RowStatus", "queued"),
    RowStatus.SENDING: QT_TRANSLATE_NOOP("RowStatus", "sending…"),
    RowStatus.SENT: QT_TRANSLATE_NOOP("RowStatus", "sent"),
    RowStatus.VERIFIED: QT_TRANSLATE_NOOP("RowStatus", "✓ verified"),
    RowStatus.GRADED: QT_TRANSLATE_NOOP("RowStatus", "graded"),
    RowStatus.EXTRA_CREDIT: QT_TRANSLATE_NOOP("RowStatus", "extra credit"),
    RowStatus.NO_GRADE: QT_TRANSLATE_NOOP("RowStatus", "no grade"),
    RowStatus.NOT_ON_ROSTER: QT_TRANSLATE_NOOP("RowStatus", "not on roster"),
    RowStatus.NOT_ACTIVE: QT_TRANSLATE_NOOP("RowStatus", "inactive"),
}

_STATUS_EXPLANATION = {
    RowStatus.CONFLICT: QT_TRANSLATE_NOOP(
        "RowStatus",
        "The grade was changed in the LMS after this edit was made: "
        "choose which value to keep before it is sent.",
    ),
    RowStatus.FAILED: QT_TRANSLATE_NOOP("RowStatus", "This change did not reach the LMS."),
    RowStatus.SAVING: QT_TRANSLATE_NOOP("RowStatus", "Saving this change on this computer…"),
    RowStatus.EDITED: QT_TRANSLATE_NOOP("RowStatus", "Saved on this computer, not sent yet."),
    RowStatus.QUEUED: QT_TRANSLATE_NOOP("RowStatus", "Waiting to be sent to the LMS."),
    RowStatus.SENDING: QT_TRANSLATE_NOOP("RowStatus", "Being sent to the LMS."),
    RowStatus.SENT: QT_TRANSLATE_NOOP("RowStatus", "Accepted; waiting for the LMS to show it."),
    RowStatus.VERIFIED: QT_TRANSLATE_NOOP("RowStatus", "The LMS shows this grade."),
    RowStatus.NOT_ON_ROSTER: QT_TRANSLATE_NOOP(
        "RowStatus", "This student has a result but is not on the course roster."
    ),
    RowStatus.NOT_ACTIVE: QT_TRANSLATE_NOOP(
        "RowStatus",
        "Not an active student of the course: the LMS refuses their grades, so "
        "Submit sends their changes only if you include them.",
    ),
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
        return translate("row_status", "{status}: {reason}").format(
            status=status.text, reason=overlay.shown_reason()
        )
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
    QuickFilter.ALL: QT_TRANSLATE_NOOP("QuickFilter", "All"),
    QuickFilter.NO_GRADE: QT_TRANSLATE_NOOP("QuickFilter", "No grade"),
    QuickFilter.EXTRA_CREDIT: QT_TRANSLATE_NOOP("QuickFilter", "Extra credit"),
    QuickFilter.EDITED: QT_TRANSLATE_NOOP("QuickFilter", "Edited, not sent"),
    QuickFilter.CONFLICT: QT_TRANSLATE_NOOP("QuickFilter", "Conflicts"),
    QuickFilter.FAILED: QT_TRANSLATE_NOOP("QuickFilter", "Failed"),
    QuickFilter.NOT_ACTIVE: QT_TRANSLATE_NOOP("QuickFilter", "Not active students"),
}
"""The quick filters' labels in English; translated under "QuickFilter" where shown."""

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
        grade.member is not None and not is_active_student(grade.member)
    ),
}
