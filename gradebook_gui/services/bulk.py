"""Bulk changes to a grade column: one operation over many learners, as ordinary edits.

Given a line item and the learners as the window shows them (`StudentGrade.edit` holds an
unsent edit, which the new score starts from), `plan_bulk` works out each learner's new score
and the `GradeEdit`s that make it so. Nothing here saves or sends: the caller hands the edits
to whatever saves drafts (one undoable step), and submitting reviews them before anything
reaches the LMS. The plan also carries the scores before and after, for a histogram.

The rules:

- Scores are on the line item's scale, as the table shows them; every new score is rounded to
  the decimals an LMS keeps (so the grade sent is the grade the LMS shows and the read-back
  verifies it) and checked with `numbers.check_kept_precision`; one that rounding would turn
  into 0 is not changed, and says why.
- No score goes below 0: a subtraction or a curve that would is stopped at 0 and flagged.
- A score above the maximum is extra credit (`numbers.is_extra_credit`): allowed, and flagged.
- Learners with no grade are left alone, except by "fill empty", which is only for them.
- A learner whose score would not change gets no edit.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext
from enum import StrEnum

from gradebook_gui.edits import GradeEdit
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import LineItem
from gradebook_gui.numbers import (
    LMS_KEPT_DECIMALS,
    check_kept_precision,
    format_score,
    is_extra_credit,
)
from gradebook_gui.wording import QT_TRANSLATE_NOOP, Refusal, Wording, reason_of

# A new score within this of the old one is no change (float noise of rescaled scores).
_SAME_SCORE = 1e-9
_KEPT_STEP = Decimal(1).scaleb(-LMS_KEPT_DECIMALS)
# Enough digits for any float's whole part and the kept decimals.
_EXACT = Context(prec=400)


class BulkOperation(StrEnum):
    """What a bulk change does; `value` of `plan_bulk` means what the comment says."""

    FILL_EMPTY = "fill_empty"  # learners with no grade get `value`
    ADD = "add"  # `value` points added (negative: subtracted), never below 0
    MULTIPLY = "multiply"  # every score times `value`
    NEW_MAXIMUM = "new_maximum"  # scores out of `value` put on the column's maximum, same %
    CURVE_MEAN = "curve_mean"  # every score shifted by one amount so the mean becomes `value`
    CURVE_TOP = "curve_top"  # every score shifted by one amount so the top becomes `value`
    CLEAR = "clear"  # grades removed (`value` unused)

    @property
    def needs_value(self) -> bool:
        return self is not BulkOperation.CLEAR


@dataclass(frozen=True, slots=True)
class BulkRow:
    """One learner in the preview: the score shown now and after the change (None: no grade)."""

    user_id: str
    name: str
    before: float | None
    after: float | None
    extra_credit: bool = False  # the new score is above the maximum
    stopped_at_zero: bool = False  # the change would have gone below 0: the new score is 0
    # Why this learner gets no edit although the score would change; the window translates it.
    reason: Wording | str | None = None

    @property
    def problem(self) -> str | None:
        """Why this learner gets no edit, in English (None: nothing in the way)."""
        return None if self.reason is None else str(self.reason)

    def shown_problem(self) -> Wording | str | None:
        """Why this learner gets no edit, for the window."""
        return self.reason

    @property
    def changes(self) -> bool:
        return self.reason is None and not _same(self.before, self.after)


@dataclass(frozen=True, slots=True)
class BulkPlan:
    """What a bulk change does to each learner given, and the edits that do it."""

    operation: BulkOperation
    value: float | None
    maximum: float  # the line item's scoreMaximum: the scale of every score here
    rows: tuple[BulkRow, ...]  # every learner given, in the order given
    edits: tuple[GradeEdit, ...]  # one per learner whose score changes
    shift: float | None = None  # the points a curve adds to every score

    @property
    def before_scores(self) -> list[float | None]:
        return [row.before for row in self.rows]

    @property
    def after_scores(self) -> list[float | None]:
        return [row.after for row in self.rows]

    @property
    def extra_credit(self) -> int:
        return sum(1 for row in self.rows if row.changes and row.extra_credit)

    @property
    def stopped_at_zero(self) -> int:
        return sum(1 for row in self.rows if row.stopped_at_zero)

    @property
    def problems(self) -> list[BulkRow]:
        return [row for row in self.rows if row.reason is not None]

    @property
    def label(self) -> str:
        """The undo step's name, e.g. "Curve: mean to 7 (12 learners)"."""
        count = len(self.edits)
        learners = f"{count} learner" if count == 1 else f"{count} learners"
        value = "" if self.value is None else format_score(self.value, decimals=LMS_KEPT_DECIMALS)
        what = {
            BulkOperation.FILL_EMPTY: f"Fill empty grades with {value}",
            BulkOperation.ADD: f"Add {value} points"
            if self.value is not None and self.value >= 0
            else f"Subtract {value.lstrip('-')} points",
            BulkOperation.MULTIPLY: f"Multiply scores by {value}",
            BulkOperation.NEW_MAXIMUM: f"Rescale from {value} to "
            f"{format_score(self.maximum, decimals=LMS_KEPT_DECIMALS)}",
            BulkOperation.CURVE_MEAN: f"Curve: mean to {value}",
            BulkOperation.CURVE_TOP: f"Curve: top score to {value}",
            BulkOperation.CLEAR: "Clear grades",
        }[self.operation]
        return f"{what} ({learners})"


def shown_score(learner: StudentGrade, line_item: LineItem) -> float | None:
    """The score the table shows for `learner` on the line item's scale: their unsent edit's,
    else the LMS's; None when there is no grade (or the edit clears it)."""
    edit = learner.edit
    if edit is None:
        return learner.score(line_item)
    if edit.clears_grade or edit.score is None:
        return None
    if edit.maximum == line_item.scoreMaximum:
        return edit.score
    return edit.score / edit.maximum * line_item.scoreMaximum


def check_value(operation: BulkOperation, value: float | None, maximum: float) -> None:
    """A `Refusal` (a ValueError) saying why, when `value` does not suit `operation`."""
    if not operation.needs_value:
        return
    if value is None:
        raise _refusal(QT_TRANSLATE_NOOP("bulk", "Give a number for this change."))
    if not math.isfinite(value):
        raise _refusal(QT_TRANSLATE_NOOP("bulk", "Give a finite number."))
    if operation is BulkOperation.ADD:
        return  # negative subtracts
    if value < 0:
        raise _refusal(QT_TRANSLATE_NOOP("bulk", "Give a number of 0 or more."))
    if operation is BulkOperation.NEW_MAXIMUM and value == 0:
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "bulk", "The maximum the scores were given out of must be more than 0."
            )
        )
    if operation in (BulkOperation.FILL_EMPTY, BulkOperation.CURVE_MEAN, BulkOperation.CURVE_TOP):
        check_kept_precision(value, maximum)


def plan_bulk(
    line_item: LineItem,
    learners: Sequence[StudentGrade],
    operation: BulkOperation,
    value: float | None = None,
) -> BulkPlan:
    """Each learner's new score under `operation`, and the edits for those that change.

    Raises a `Refusal` (a ValueError, with the reason for the user) when `value` does not suit
    the operation.
    """
    maximum = line_item.scoreMaximum
    check_value(operation, value, maximum)
    befores = [shown_score(learner, line_item) for learner in learners]
    shift = _curve_shift(operation, value, befores)
    rows: list[BulkRow] = []
    edits: list[GradeEdit] = []
    for learner, before in zip(learners, befores, strict=True):
        row = _row(learner, before, _wanted(operation, value, before, maximum, shift), maximum)
        rows.append(row)
        if row.changes:
            comment = learner.edit.comment if learner.edit is not None else None
            edits.append(GradeEdit(learner.user_id, row.after, maximum, comment))
    return BulkPlan(operation, value, maximum, tuple(rows), tuple(edits), shift)


def _curve_shift(
    operation: BulkOperation, value: float | None, befores: Sequence[float | None]
) -> float | None:
    graded = [score for score in befores if score is not None]
    if value is None or not graded:
        return None
    if operation is BulkOperation.CURVE_MEAN:
        return value - statistics.fmean(graded)
    if operation is BulkOperation.CURVE_TOP:
        return value - max(graded)
    return None


def _wanted(
    operation: BulkOperation,
    value: float | None,
    before: float | None,
    maximum: float,
    shift: float | None,
) -> float | None:
    """The new score before rounding and the floor at 0; None: no grade."""
    if operation is BulkOperation.FILL_EMPTY:
        return value if before is None else before
    if before is None or operation is BulkOperation.CLEAR:
        return None
    assert value is not None  # checked by check_value
    if operation is BulkOperation.ADD:
        return before + value
    if operation is BulkOperation.MULTIPLY:
        return before * value
    if operation is BulkOperation.NEW_MAXIMUM:
        return before / value * maximum
    return before + (shift or 0.0)


def _row(
    learner: StudentGrade, before: float | None, wanted: float | None, maximum: float
) -> BulkRow:
    after = None if wanted is None else _kept(max(wanted, 0.0))
    problem = None if _same(before, after) else _problem(learner, wanted, after, maximum)
    return BulkRow(
        learner.user_id,
        learner.name or learner.user_id,
        before,
        after,
        extra_credit=after is not None and is_extra_credit(after, maximum),
        stopped_at_zero=wanted is not None and wanted < 0,
        reason=problem,
    )


def _problem(
    learner: StudentGrade, wanted: float | None, after: float | None, maximum: float
) -> Wording | str | None:
    """Why this learner's grade cannot change as wanted, or None."""
    if not learner.on_roster:
        return Wording(
            "bulk",
            QT_TRANSLATE_NOOP(
                "bulk", "not on the course roster: their grade cannot be changed here"
            ),
        )
    if wanted is None or after is None:
        return None
    if wanted > 0 and after == 0:
        return Wording(
            "bulk",
            QT_TRANSLATE_NOOP(
                "bulk",
                "{score} has more decimals than an LMS keeps ({decimals}): it would be sent as 0",
            ),
            {"score": format_score(wanted), "decimals": LMS_KEPT_DECIMALS},
        )
    try:
        check_kept_precision(after, maximum)
    except ValueError as error:
        return reason_of(error)
    return None


def _refusal(template: str) -> Refusal:
    return Refusal(Wording("bulk", template))


def _kept(score: float) -> float:
    """`score` with the decimals an LMS keeps (half up), so the grade sent is the one kept."""
    with localcontext(_EXACT):
        return float(Decimal(repr(score)).quantize(_KEPT_STEP, ROUND_HALF_UP)) + 0.0


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= _SAME_SCORE * max(1.0, abs(a))
