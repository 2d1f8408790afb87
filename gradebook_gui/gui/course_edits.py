"""Edits of the Course view's cells: scores typed or pasted as a block over several line items,
and edits made in a dialog (Edit grade…, Clear grade…, a bulk change, a bank comment) for cells of
one line item.

Each is announced on the model (`CourseModel.edits_requested`) with the base the conflict check
compares with: one operation, one undo step, reviewed before anything is sent. Nothing here
saves: the Course controller does.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from gradebook_gui.edits import ActivityProgress, GradeEdit, GradingProgress, ServerGrade
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.course_learners import CourseLearner
from gradebook_gui.gui.i18n import counted, reason_text, translate
from gradebook_gui.gui.locale_numbers import number_format, table_text
from gradebook_gui.gui.workspace import read_only_notice
from gradebook_gui.models import LineItem
from gradebook_gui.numbers import NumberFormat, check_kept_precision, parse_score

if TYPE_CHECKING:
    from gradebook_gui.gui.course_model import CourseModel

EditsByLineItem = dict[str, list[tuple[GradeEdit, ServerGrade]]]


def grade_as_shown(model: CourseModel, line_item_id: str, user_id: str) -> StudentGrade:
    """The learner's grade in that line item with the edit its cell shows over the LMS's, so
    that a dialog starts from what the instructor sees."""
    learner = model.learner_by_id(user_id)
    overlay = model.overlay(line_item_id, user_id)
    return StudentGrade(
        user_id,
        learner.member if learner is not None else None,
        model.result(line_item_id, user_id),
        overlay.edit if overlay is not None else None,
    )


def request_block(
    model: CourseModel, top: int, left: int, block: Sequence[Sequence[str]], *, typed: bool = False
) -> bool:
    """Scores for the view cells from (`top`, `left`) on, `block[r][c]` for the cell r rows
    down and c columns right; blank cells leave a grade alone. One operation, over every line
    item it touches; any cell that is not a score refuses all of it. `typed`: one cell typed in
    the table, where text equal to what the cell shows changes nothing."""
    height = len(block)
    width = max((len(line) for line in block), default=0)
    if not height or not width:
        return False
    if model.read_only:
        model.edit_refused.emit(read_only_notice())
        return False
    items = model.line_items()
    if left < 1 or top < 0 or top + height > model.rowCount():
        model.edit_refused.emit(
            counted(
                translate(
                    "CourseEdits",
                    "Nothing was pasted: {count} row does not fit below the chosen learner.",
                ),
                translate(
                    "CourseEdits",
                    "Nothing was pasted: {count} rows do not fit below the chosen learner.",
                    None,
                    height,
                ),
                height,
            )
        )
        return False
    if left + width - 1 > len(items):
        model.edit_refused.emit(
            counted(
                translate(
                    "CourseEdits",
                    "Nothing was pasted: {count} column does not fit right of the chosen cell.",
                ),
                translate(
                    "CourseEdits",
                    "Nothing was pasted: {count} columns do not fit right of the chosen cell.",
                    None,
                    width,
                ),
                width,
            )
        )
        return False
    numbers = number_format(model.locale())
    edits: EditsByLineItem = {}
    problems: list[str] = []
    cells = 0
    for down, line in enumerate(block):
        learner = model.learner_at(top + down)
        for across, text in enumerate(line):
            if not text.strip():
                continue
            item = items[left + across - 1]
            cells += 1
            problem = model.refusal(item, learner)
            if problem is None:
                if typed and text.strip() == model.data(
                    model.index(top + down, left + across), Qt.ItemDataRole.EditRole
                ):
                    continue  # what the cell shows already, perhaps rounded
                try:
                    value = _read(model, numbers, item, text)
                except ValueError as error:
                    problem = translate("CourseEdits", "{name}, {item}: {problem}").format(
                        name=learner.name, item=item.label, problem=reason_text(error)
                    )
                else:
                    shown = model.shown_score(item, learner.user_id)
                    if shown is None or not math.isclose(shown, value, abs_tol=1e-12):
                        edits.setdefault(item.id, []).append(
                            score_edit(model, item, learner, value)
                        )
                    continue
            problems.append(problem)
    if problems:
        model.edit_refused.emit(_block_refusal(problems, typed))
        return False
    if edits:
        if typed:
            label = translate("CourseEdits", "Edit {item} of {name}").format(
                item=items[left - 1].label, name=model.learner_at(top).name
            )
        else:
            label = counted(
                translate("CourseEdits", "Paste {count} score"),
                translate("CourseEdits", "Paste {count} scores", None, cells),
                cells,
            )
        model.edits_requested.emit(edits, label)
    return True


def _block_refusal(problems: Sequence[str], typed: bool) -> str:
    """Why a typed cell or a pasted block was refused: the first problem, and how many more."""
    more = len(problems) - 1
    if typed:
        if not more:
            return translate("CourseEdits", "{problem}.").format(problem=problems[0])
        return counted(
            translate("CourseEdits", "{problem} (and {count} more)."),
            translate("CourseEdits", "{problem} (and {count} more).", None, more),
            more,
            problem=problems[0],
        )
    if not more:
        return translate("CourseEdits", "Nothing was pasted: {problem}.").format(
            problem=problems[0]
        )
    return counted(
        translate("CourseEdits", "Nothing was pasted: {problem} (and {count} more)."),
        translate("CourseEdits", "Nothing was pasted: {problem} (and {count} more).", None, more),
        more,
        problem=problems[0],
    )


def _read(model: CourseModel, numbers: NumberFormat, item: LineItem, text: str) -> float:
    maximum = table_text(model.locale(), item.scoreMaximum)
    score = parse_score(
        text,
        numbers,
        fraction_advice=translate(
            "CourseEdits", "type the points out of {maximum}, shown under the column's label"
        ).format(maximum=maximum),
    )
    check_kept_precision(score, item.scoreMaximum)
    return score


def score_edit(
    model: CourseModel, item: LineItem, learner: CourseLearner, value: float
) -> tuple[GradeEdit, ServerGrade]:
    """The edit giving this cell `value` on the line item's scale, merged with its draft."""
    overlay = model.overlay(item.id, learner.user_id)
    if overlay is not None and overlay.edit is not None:
        edit = dataclasses.replace(overlay.edit, score=value, maximum=item.scoreMaximum)
    else:
        edit = GradeEdit(learner.user_id, value, item.scoreMaximum)
    return edit, model.base_of(item.id, learner.user_id)


def _refused(model: CourseModel, item: LineItem, user_ids: Sequence[str]) -> bool:
    """Says why these cells cannot be changed, when they cannot."""
    if model.read_only:
        model.edit_refused.emit(read_only_notice())
        return True
    for user_id in user_ids:
        learner = model.learner_by_id(user_id)
        if learner is None:
            model.edit_refused.emit(
                translate("CourseEdits", "{user} is not in this course.").format(user=user_id)
            )
            return True
        problem = model.refusal(item, learner)
        if problem is not None:
            model.edit_refused.emit(translate("CourseEdits", "{problem}.").format(problem=problem))
            return True
    return False


def request_edits(
    model: CourseModel, item: LineItem, edits: Sequence[GradeEdit], label: str
) -> bool:
    """Edits of one line item's cells made in a dialog; their bases are added here.

    An edit made over a cell's own edit is merged with it (`comment=None` keeps the comment it
    shows), and one that changes nothing the cell shows is dropped."""
    if not edits or _refused(model, item, [edit.user_id for edit in edits]):
        return False
    changes = []
    for edit in edits:
        overlay = model.overlay(item.id, edit.user_id)
        base = model.base_of(item.id, edit.user_id)
        if overlay is not None and overlay.edit is not None:
            if edit.comment is None:
                edit = dataclasses.replace(edit, comment=overlay.edit.comment)
            if edit == overlay.edit:
                continue
        elif (
            edit.activity_progress is ActivityProgress.Completed
            and edit.grading_progress is GradingProgress.FullyGraded
            and edit.is_shown_by(ServerGrade.from_result(model.result(item.id, edit.user_id)))
        ):
            continue
        changes.append((edit, base))
    if changes:
        batch: EditsByLineItem = {item.id: changes}
        model.edits_requested.emit(batch, label)
    return True


def request_clear(model: CourseModel, item: LineItem, user_ids: Sequence[str]) -> bool:
    """Clear these learners' grades in the line item (a score without a value): one undo step."""
    if not user_ids or _refused(model, item, user_ids):
        return False
    changes = []
    for user_id in user_ids:
        if model.shown_score(item, user_id) is None:
            continue  # no grade shown: nothing to clear
        overlay = model.overlay(item.id, user_id)
        if overlay is not None and overlay.edit is not None:
            edit = dataclasses.replace(overlay.edit, score=None)
        else:
            edit = GradeEdit(user_id, None, item.scoreMaximum)
        changes.append((edit, model.base_of(item.id, user_id)))
    if not changes:
        model.edit_refused.emit(
            translate("CourseEdits", "No grade to clear: the cells chosen have none.")
        )
        return False
    if len(changes) == 1:
        learner = model.learner_by_id(changes[0][0].user_id)
        label = translate("CourseEdits", "Clear {item} of {name}").format(
            item=item.label, name=learner.name if learner else changes[0][0].user_id
        )
    else:
        label = counted(
            translate("CourseEdits", "Clear {count} grade of {item}"),
            translate("CourseEdits", "Clear {count} grades of {item}", None, len(changes)),
            len(changes),
            item=item.label,
        )
    batch: EditsByLineItem = {item.id: changes}
    model.edits_requested.emit(batch, label)
    return True
