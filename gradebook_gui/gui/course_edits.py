"""Edits made outside a Course view cell (Edit grade…, Clear grade…) for cells of one line item.

Each is announced like a typed edit (`CourseModel.edits_requested`), with the base the conflict
check compares with: one operation, one undo step, reviewed before anything is sent.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from gradebook_gui.edits import ActivityProgress, GradeEdit, GradingProgress, ServerGrade
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.course_model import READ_ONLY_TEXT, CourseModel, EditsByLineItem
from gradebook_gui.gui.i18n import translate
from gradebook_gui.models import LineItem


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


def _refused(model: CourseModel, item: LineItem, user_ids: Sequence[str]) -> bool:
    """Says why these cells cannot be changed, when they cannot."""
    if model.read_only:
        model.edit_refused.emit(READ_ONLY_TEXT)
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
            model.edit_refused.emit(f"{problem}.")
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
        label = translate("CourseEdits", "Clear %n grades of {item}", None, len(changes))
        label = label.format(item=item.label)
    batch: EditsByLineItem = {item.id: changes}
    model.edits_requested.emit(batch, label)
    return True
