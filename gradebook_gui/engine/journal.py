"""Journal lines for submission outcomes: one wording wherever an outcome is decided.

The engine (a run's outcomes, `--on-conflict theirs`) and the conflict dialog's "take theirs"
write the same lines, so History reads one way whoever made the decision.

`new_comment` of a line is the comment the student has because of the edit when it was sent
(verified, refused, ignored...). When nothing was sent ("theirs", "conflict") it is the
instructor's own comment, None when the edit left the comment as it was: the comment the LMS
holds then is someone else's, and the reason names it as the LMS's.
"""

from __future__ import annotations

from datetime import datetime

from gradebook_gui.edits import GradeEdit, ServerGrade
from gradebook_gui.engine.plan import theirs_reason
from gradebook_gui.models import LineItem
from gradebook_gui.store import JournalEntry, OutboxEntry

THEIRS = "theirs"  # the user kept the LMS's grade: the edit was dropped, never sent
CONFLICT = "conflict"  # changed in the LMS since the edit's base: not sent, the user decides
# Outcomes whose line records what the instructor asked for, not what the student has.
NOT_SENT = frozenset({THEIRS, CONFLICT})


def journal_entry(
    entry: OutboxEntry,
    line_item: LineItem,
    outcome: str,
    *,
    at: datetime,
    profile: str | None,
    new_comment: str | None,
    status: int | None = None,
    reason: str | None = None,
) -> JournalEntry:
    """One outcome of `entry`, scores on the line item's scale."""
    maximum = line_item.scoreMaximum
    return JournalEntry(
        at=at,
        key=entry.key,
        profile=profile,
        line_item_id=entry.line_item_id,
        line_item_label=line_item.label,
        user_id=entry.user_id,
        old_score=entry.base.on_scale(maximum),
        old_comment=entry.base.comment,
        new_score=score_on_scale(entry.edit, maximum),
        new_comment=new_comment,
        outcome=outcome,
        http_status=status,
        reason=reason,
    )


def theirs_kept(
    entry: OutboxEntry,
    server_now: ServerGrade,
    line_item: LineItem,
    *,
    at: datetime,
    profile: str | None,
) -> JournalEntry:
    """The user kept what the LMS holds now (`server_now`) and dropped the edit of `entry`."""
    return journal_entry(
        entry,
        line_item,
        THEIRS,
        at=at,
        profile=profile,
        new_comment=entry.edit.comment,
        reason=theirs_reason(entry.base, server_now, entry.edit),
    )


def score_on_scale(edit: GradeEdit, maximum: float) -> float | None:
    """The edit's score on the line item's scale, as the journal keeps scores."""
    if edit.clears_grade or edit.score is None:
        return None
    if edit.maximum == maximum:
        return edit.score
    return edit.score / edit.maximum * maximum
