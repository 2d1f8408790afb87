"""Grade edits from the moment they are typed until the LMS shows them.

These small values are shared by the durable store, the submission engine, the importer, the
window and the command line, so that "what the instructor wants", "what the edit was based on"
and "what the LMS holds now" are compared the same way everywhere: for the conflict check
(what the edit was made on against the LMS now) and for the read-back that verifies a send.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from gradebook_gui.models import (
    ActivityProgress,
    GradingProgress,
    Result,
    tidy_lines,
    visible_text,
)

# Scores are compared as fractions of their maximum within this tolerance: a grade the LMS shows
# as score/maximum within it of what was sent counts as applied.
FRACTION_TOLERANCE = 1e-6


class CellState(StrEnum):
    """Where one student's edit is: edited, queued, sending, sent, verified, or conflict/failed."""

    EDITED = "edited"  # a draft: saved locally, not submitted
    QUEUED = "queued"  # in the outbox, waiting to be sent
    SENDING = "sending"  # a request is (or may be) in flight
    SENT = "sent"  # accepted by LTIAAS, not yet read back
    VERIFIED = "verified"  # the LMS shows the value
    CONFLICT = "conflict"  # the LMS changed since the edit's base: the user decides
    FAILED = "failed"  # refused, ignored or capped: `reason` says which and why

    @property
    def is_final(self) -> bool:
        return self in (CellState.VERIFIED, CellState.CONFLICT, CellState.FAILED)


class FailureKind(StrEnum):
    """Why a cell ended FAILED."""

    REFUSED = "refused"  # the LMS or LTIAAS said no (400/404/422...), with its words
    IGNORED = "ignored"  # accepted, but the LMS does not show it
    CAPPED = "capped"  # accepted, but the LMS shows it lowered to the maximum
    ERROR = "error"  # anything else that ended this student's attempt


def same_fraction(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=0.0, abs_tol=FRACTION_TOLERANCE)


def same_comment(a: str | None, b: str | None) -> bool:
    """Comments match after HTML is reduced to visible text and whitespace trimmed."""
    return visible_text(a or "") == visible_text(b or "")


def written_as_shown(text: str | None, comment: str | None) -> bool:
    """True when `text` is `comment` as a person reads it: written by an export (the visible
    text of an HTML comment, its markup gone) or as the LMS holds it.

    The text is also read as plain text, so a comment showing markup ("x &lt;b&gt;", read as
    "x <b>") is recognised when it comes back from a spreadsheet.
    """
    return same_comment(text, comment) or tidy_lines(text or "") == visible_text(comment or "")


@dataclass(frozen=True, slots=True)
class ServerGrade:
    """What the LMS holds for one student: a Result reduced to what is compared."""

    score: float | None = None
    maximum: float = 1.0
    comment: str | None = None

    @classmethod
    def from_result(cls, result: Result | None) -> ServerGrade:
        if result is None:
            return cls()
        return cls(result.resultScore, result.resultMaximum, result.comment)

    @property
    def fraction(self) -> float | None:
        if self.score is None or self.maximum <= 0:
            return None
        return self.score / self.maximum

    def on_scale(self, maximum: float) -> float | None:
        fraction = self.fraction
        return None if fraction is None else fraction * maximum

    def same_as(self, other: ServerGrade) -> bool:
        return same_fraction(self.fraction, other.fraction) and same_comment(
            self.comment, other.comment
        )


@dataclass(frozen=True, slots=True)
class GradeEdit:
    """What the instructor wants one student's grade to become.

    `score` is on the scale of `maximum` (the line item's scoreMaximum unless the user chose
    another). `score=None` is the explicit "clear grade" action, never the result of a blank cell.
    `comment=None` means "keep the current comment"; "" means "remove the comment".
    """

    user_id: str
    score: float | None
    maximum: float
    comment: str | None = None
    activity_progress: ActivityProgress = ActivityProgress.Completed
    grading_progress: GradingProgress = GradingProgress.FullyGraded

    @property
    def fraction(self) -> float | None:
        return None if self.score is None else self.score / self.maximum

    @property
    def clears_grade(self) -> bool:
        """No score, or a grading progress that most LMSes treat as "no grade" (contract)."""
        return self.score is None or self.grading_progress is not GradingProgress.FullyGraded

    def wanted_comment(self, current: ServerGrade) -> str | None:
        """The comment the student should end up with."""
        return current.comment if self.comment is None else self.comment

    def is_shown_by(self, server: ServerGrade) -> bool:
        """True when the LMS already holds exactly this grade: nothing to send."""
        wanted = None if self.clears_grade else self.fraction
        return same_fraction(wanted, server.fraction) and same_comment(
            self.wanted_comment(server), server.comment
        )


def grade_after(edit: GradeEdit, before: ServerGrade) -> ServerGrade:
    """What the LMS holds once `edit` has applied on top of `before`.

    A grading progress other than "fully graded" leaves no grade in most LMSes, like a clear;
    a comment of None keeps the one `before` had.
    """
    return ServerGrade(
        score=None if edit.clears_grade else edit.score,
        maximum=edit.maximum,
        comment=edit.wanted_comment(before),
    )
