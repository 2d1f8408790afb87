"""The order of the Course view's rows: by name (family or given name first, in the locale's
collation) or by one line item's score, learners who are not active students always last."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cmp_to_key

from gradebook_gui.gui.course_learners import CourseLearner, NameOrder


def sorted_rows(
    learners: Sequence[CourseLearner],
    rows: list[int],
    *,
    by_name: bool,
    name_order: NameOrder,
    compare: Callable[[str, str], int],
    scores: Sequence[float | None] | None,
    descending: bool,
) -> list[int]:
    """`rows` (indexes into `learners`) by name, or by `scores` (one per learner), or as they
    are when neither; learners who are not active students come after the others whatever the
    order: they are shown apart."""
    if by_name:
        ordered = _by_name(learners, rows, name_order, compare, descending)
    elif scores is not None:
        ordered = _by_score(rows, scores, descending)
    else:
        ordered = rows
    return [row for row in ordered if not learners[row].not_active] + [
        row for row in ordered if learners[row].not_active
    ]


def _by_name(
    learners: Sequence[CourseLearner],
    rows: list[int],
    name_order: NameOrder,
    compare: Callable[[str, str], int],
    descending: bool,
) -> list[int]:
    names = [
        learner.family_first() if name_order is NameOrder.FAMILY else learner.given_first()
        for learner in learners
    ]

    def by_name(a: int, b: int) -> int:
        return compare(names[a], names[b]) or (a > b) - (a < b)

    return sorted(rows, key=cmp_to_key(by_name), reverse=descending)


def _by_score(rows: list[int], scores: Sequence[float | None], descending: bool) -> list[int]:
    graded = [row for row in rows if scores[row] is not None]
    graded.sort(key=lambda row: scores[row] or 0.0, reverse=descending)
    # Learners without a grade stay last either way: they are what is left to do.
    return graded + [row for row in rows if scores[row] is None]
