"""A comment typed for a learner becomes an edit by the one rule the column view's comment cells
follow (`edit_requests.comment_edit`): merged with the draft shown, keeping its score (a cleared
one too), the LMS's score without a draft, refused without any score, a bank shortcut filled in.
The Learner view against the sandbox over real sockets."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import GradeEdit
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.course_edits import grade_as_shown, request_clear
from gradebook_gui.gui.edit_requests import CommentWithoutScore, comment_edit
from gradebook_gui.gui.learner_view import CommentEdit, LearnerView
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.models import LineItem, Result
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.services.comment_bank import render
from gradebook_gui.store import GradeStore
from gradebook_gui.store.comment_bank import BankComment, CommentBankStore

from .test_course_window import open_course, wait_idle
from .test_learner_view import field, open_learner

WindowMaker = Callable[[], MainWindow]


def graded(score: float | None, draft: GradeEdit | None = None) -> StudentGrade:
    result = Result(
        id="r1", scoreOf="li1", userId="u1", resultScore=score, resultMaximum=10.0, comment="Old"
    )
    return StudentGrade("u1", None, result, draft)


def test_a_comment_joins_the_draft_and_keeps_its_score_even_a_cleared_one() -> None:
    assert comment_edit(graded(7.0, GradeEdit("u1", 9.0, 10.0, "")), "New", "") == GradeEdit(
        "u1", 9.0, 10.0, "New"
    )
    assert comment_edit(graded(7.0, GradeEdit("u1", None, 10.0)), "New", "") == GradeEdit(
        "u1", None, 10.0, "New"
    )


def test_a_comment_without_a_draft_takes_the_lms_score_and_is_refused_without_any() -> None:
    assert comment_edit(graded(7.0), "New", "Old") == GradeEdit("u1", 7.0, 10.0, "New")
    with pytest.raises(CommentWithoutScore):
        comment_edit(graded(None), "New", "")
    # The comment shown already changes nothing, with or without a score.
    assert comment_edit(graded(None), "", "") is None
    assert comment_edit(graded(7.0), "Old", "Old") is None


def test_a_shortcut_is_filled_in_for_the_learner_as_shown_before_anything_else() -> None:
    seen: list[StudentGrade] = []

    def expand(typed: str, learner: StudentGrade) -> str:
        seen.append(learner)
        if typed == ";odd":
            raise ValueError("no {nickname} to fill in")
        return "Well done" if typed == ";good" else typed

    draft = GradeEdit("u1", 9.0, 10.0, "")
    assert comment_edit(graded(7.0, draft), ";good", "", expand) == GradeEdit(
        "u1", 9.0, 10.0, "Well done"
    )
    assert seen[0].edit == draft
    assert comment_edit(graded(7.0), ";good", "Well done", expand) is None
    with pytest.raises(ValueError, match="nickname"):
        comment_edit(graded(7.0), ";odd", "", expand)


def comment_for(qtbot: QtBot, view: LearnerView, item: LineItem, text: str) -> CommentEdit:
    learner = view.learner()
    assert learner is not None
    comment = field(view, CommentEdit, f"{item.label} comment for {learner.name}")
    assert isinstance(comment, CommentEdit)
    comment.setFocus()
    comment.selectAll()
    qtbot.keyClicks(comment, text)
    qtbot.keyClick(comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return comment


def test_a_comment_in_the_learner_view_keeps_a_cleared_score_and_fills_in_a_shortcut(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, store: GradeStore
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    item = model.line_items()[0]
    row = next(
        row
        for row in range(model.rowCount())
        if model.shown_score(item, model.learner_at(row).user_id) is not None
    )
    learner = model.learner_at(row)
    assert request_clear(model, item, [learner.user_id])
    wait_idle(qtbot, window)
    view = open_learner(qtbot, window, row)
    key = window.session.key
    assert key is not None

    comment_for(qtbot, view, item, "Resubmit, please")
    wait_idle(qtbot, window)
    draft = store.drafts(key, item.id)[learner.user_id].edit
    assert (draft.score, draft.comment) == (None, "Resubmit, please")

    # The window fills in the open course's comment bank, as in a comment cell.
    bank = CommentBankStore(store)
    bank.save(BankComment("see", "{maximum} points to win back: see me.", key))
    bank.save(BankComment("odd", "See {nickname}.", key))
    window.editing.read_bank()
    wait_idle(qtbot, window)
    comment_for(qtbot, view, item, ";see")
    wait_idle(qtbot, window)
    draft = store.drafts(key, item.id)[learner.user_id].edit
    expected = render(
        "{maximum} points to win back: see me.",
        grade_as_shown(model, item.id, learner.user_id),
        item,
    )
    assert (draft.score, draft.comment) == (None, expected)

    typed = comment_for(qtbot, view, item, ";odd")
    assert "nickname" in view.problem_label.text()
    assert typed.toPlainText() == expected
    wait_idle(qtbot, window)
    assert store.drafts(key, item.id)[learner.user_id].edit.comment == expected
