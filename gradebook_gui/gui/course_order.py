"""The order of the Course view's rows: by name (family or given name first, in the locale's
collation) or by one line item's score, learners who are not active students always last."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCollator

from gradebook_gui.gui import row_order
from gradebook_gui.gui.course_learners import CourseLearner, NameOrder
from gradebook_gui.gui.row_order import SortKey, name_sort_key


def sorted_rows(
    learners: Sequence[CourseLearner],
    rows: list[int],
    *,
    by_name: bool,
    name_order: NameOrder,
    collator: QCollator,
    scores: Sequence[float | None] | None,
    descending: bool,
) -> list[int]:
    """`rows` (indexes into `learners`) by name, or by `scores` (one per learner), or as they
    are when neither; learners who are not active students come after the others whatever the
    order: they are shown apart."""
    if by_name:
        ordered = _by_name(learners, rows, name_order, collator, descending)
    elif scores is not None:
        # Learners without a grade stay last either way: they are what is left to do.
        graded = SortKey(scores.__getitem__, lambda row: scores[row] is not None, descending)
        ordered = row_order.sorted_rows(rows, graded)
    else:
        ordered = rows
    return [row for row in ordered if not learners[row].not_active] + [
        row for row in ordered if learners[row].not_active
    ]


def _by_name(
    learners: Sequence[CourseLearner],
    rows: list[int],
    name_order: NameOrder,
    collator: QCollator,
    descending: bool,
) -> list[int]:
    key = name_sort_key(collator)
    names = {
        row: key(
            learners[row].family_first()
            if name_order is NameOrder.FAMILY
            else learners[row].given_first()
        )
        for row in rows
    }
    # A stable sort: the same names keep arrival order in both directions.
    return sorted(rows, key=names.__getitem__, reverse=descending)
