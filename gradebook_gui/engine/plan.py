"""What to send for one student, and what the LMS showing afterwards means (pure functions).

The score sent: `scoreMaximum` with every `scoreGiven`, progress from the edit (fully graded and
completed unless the user chose otherwise), and the comment by the platform's habit (resent
when only the score changes, except on Canvas, which would add it again). The verdict after
sending: verified only when the LMS shows the value, or reported as ignored or capped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from gradebook_gui.edits import (
    CellState,
    FailureKind,
    GradeEdit,
    ServerGrade,
    same_comment,
    same_fraction,
)
from gradebook_gui.models import PlatformFamily, Score, visible_text

# A score above this share of its maximum was extra credit that a platform may cap at 100 %.
FULL_MARKS = 1.0


def comment_to_send(
    edit: GradeEdit, server_now: ServerGrade, platform: PlatformFamily
) -> str | None:
    """The comment field of the score, or None to leave it out.

    Spec platforms (and Blackboard, Moodle) clear the comment of a score sent without one, so the
    comment the student should have is always sent, the current one included when only the
    score changes; a wanted "" or None means the comment is being cleared on purpose. Canvas adds
    every comment it receives as a new one, so an unchanged comment is left out there.
    """
    wanted = edit.wanted_comment(server_now)
    if not wanted or not wanted.strip():
        return None
    if platform.appends_comments and same_comment(wanted, server_now.comment):
        return None
    return wanted


@dataclass(frozen=True)
class Verdict:
    """Where a student's entry ends after reading back what the LMS shows."""

    state: CellState
    failure_kind: FailureKind | None = None
    reason: str | None = None

    @property
    def applied(self) -> bool:
        """The LMS took the score (exactly, or capped): sending again would change nothing."""
        return self.state is CellState.VERIFIED or self.failure_kind is FailureKind.CAPPED


@dataclass(frozen=True)
class SendPlan:
    """One student's score, validated once; each send stamps it with a fresh timestamp."""

    edit: GradeEdit
    server_before: ServerGrade  # what the LMS held when the run checked for conflicts
    score: Score
    wanted_comment: str | None  # what the student's comment should be afterwards

    @classmethod
    def build(
        cls, edit: GradeEdit, server_now: ServerGrade, platform: PlatformFamily, now: datetime
    ) -> SendPlan:
        """Raises pydantic's ValidationError when the edit cannot make a valid score."""
        has_score = edit.score is not None
        score = Score(
            userId=edit.user_id,
            activityProgress=edit.activity_progress,
            gradingProgress=edit.grading_progress,
            # Never one without the other; a grade clear sends neither.
            scoreGiven=edit.score,
            scoreMaximum=edit.maximum if has_score else None,
            comment=comment_to_send(edit, server_now, platform),
            timestamp=now,
        )
        return cls(edit, server_now, score, edit.wanted_comment(server_now))

    def stamped(self, timestamp: datetime) -> Score:
        return self.score.model_copy(update={"timestamp": timestamp})

    def verdict(self, server: ServerGrade) -> Verdict:
        return verdict_for(self.edit, self.wanted_comment, server)


def verdict_for(edit: GradeEdit, wanted_comment: str | None, server: ServerGrade) -> Verdict:
    """Rule 8: verified only when the LMS shows the score and the comment the student should
    have; otherwise capped (extra credit lowered to full marks) or ignored."""
    wanted_fraction = None if edit.clears_grade else edit.fraction
    score_shown = same_fraction(wanted_fraction, server.fraction)
    comment_shown = same_comment(wanted_comment, server.comment)
    if score_shown and comment_shown:
        return Verdict(CellState.VERIFIED)
    if (
        edit.score is not None
        and wanted_fraction is not None
        and wanted_fraction > FULL_MARKS
        and same_fraction(server.fraction, FULL_MARKS)
        and comment_shown
    ):
        reason = (
            f"The LMS capped {describe_number(edit.score)} at the maximum "
            f"{describe_number(edit.maximum)}."
        )
        return Verdict(CellState.FAILED, FailureKind.CAPPED, reason)
    reason = (
        f"The LMS accepted {describe_edit(edit, wanted_comment)} but still shows "
        f"{describe_grade(server, edit.maximum)}."
    )
    return Verdict(CellState.FAILED, FailureKind.IGNORED, reason)


def describe_number(value: float) -> str:
    """A score in a sentence of a reason or the journal: 8.5, 10, 0.3333."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _with_comment(grade_text: str, comment: str | None) -> str:
    shown = visible_text(comment or "")
    if not shown:
        return f"{grade_text} without a comment"
    if len(shown) > 60:
        shown = shown[:59].rstrip() + "…"
    return f"{grade_text} with the comment “{shown}”"


def describe_grade(grade: ServerGrade, maximum: float) -> str:
    """An LMS grade on the given scale (the line item's), with its comment."""
    score = grade.on_scale(maximum)
    text = "no grade" if score is None else f"{describe_number(score)}/{describe_number(maximum)}"
    return _with_comment(text, grade.comment)


def _edit_score(edit: GradeEdit) -> str:
    if edit.clears_grade or edit.score is None:
        return "no grade"
    return f"{describe_number(edit.score)}/{describe_number(edit.maximum)}"


def describe_edit(edit: GradeEdit, comment: str | None) -> str:
    """The edit's score with the comment the student gets with it (what is sent)."""
    return _with_comment(_edit_score(edit), comment)


def describe_change(edit: GradeEdit) -> str:
    """What the instructor asked for: the comment only when the edit sets one, so that a
    comment someone else wrote in the LMS is never told as theirs."""
    if edit.comment is None:
        return f"{_edit_score(edit)}, the comment left as it was"
    if not visible_text(edit.comment):
        return f"{_edit_score(edit)}, the comment removed"
    return describe_edit(edit, edit.comment)


def conflict_reason(base: ServerGrade, server_now: ServerGrade, edit: GradeEdit) -> str:
    """Rule 7: the three values the user decides between."""
    scale = edit.maximum
    return (
        "Changed in the LMS since it was downloaded: it was "
        f"{describe_grade(base, scale)}, it is now {describe_grade(server_now, scale)}; "
        f"yours is {describe_change(edit)}."
    )


def theirs_reason(base: ServerGrade, server_now: ServerGrade, edit: GradeEdit) -> str:
    """Why an edit was dropped for a grade changed in the LMS: the grade and comment kept are
    the LMS's, told apart from what the instructor had asked for."""
    scale = edit.maximum
    return (
        f"You kept the LMS's grade and comment: {describe_grade(server_now, scale)} "
        f"(it was {describe_grade(base, scale)} when downloaded). "
        f"Your edit, {describe_change(edit)}, was dropped and not sent."
    )
