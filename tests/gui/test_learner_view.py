"""The Learner view, against the sandbox over real sockets: opened from the Course view, every
line item of one learner with fields a screen reader can name, edits saved as the Course view's
drafts with undo, the same refusals as a cell, and Previous / Next in the Course view's order."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.course_marks import CellMark
from gradebook_gui.gui.learner_view import CommentEdit, LearnerView
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.store import GradeStore

from .test_course_window import mark, open_course, wait_idle
from .test_screenshots import save, visible_texts

WindowMaker = Callable[[], MainWindow]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_learner(qtbot: QtBot, window: MainWindow, row: int) -> LearnerView:
    """Enter on the learner's name in the Course view."""
    window.show()
    qtbot.waitExposed(window)
    table = window.views.course_view.table
    table.setFocus()
    table.setCurrentIndex(window.views.course_model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = window.views.learner_view
    assert view is not None
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=2000)
    return view


def field(view: LearnerView, kind: type, name: str) -> QLineEdit | CommentEdit:
    [found] = [each for each in view.findChildren(kind) if each.accessibleName() == name]
    return found


def test_enter_on_a_name_opens_every_line_item_of_that_learner_with_named_fields(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    view = open_learner(qtbot, window, 2)
    learner = model.learner_at(2)
    assert view.user_id == learner.user_id
    assert view.name_label.text() == learner.name
    for column, item in enumerate(model.line_items(), start=1):
        score = field(view, QLineEdit, f"{item.label} score for {learner.name}")
        assert isinstance(score, QLineEdit)
        # The score as the Course view's cell holds it, on the line item's scale.
        assert score.text() == model.index(2, column).data(Qt.ItemDataRole.EditRole)
        field(view, CommentEdit, f"{item.label} comment for {learner.name}")
    # Every focusable field has a name a screen reader can say.
    for widget in view.findChildren(QLineEdit) + view.findChildren(CommentEdit):
        assert widget.accessibleName()
    assert "3 of 40" in view.position_label.text()


def test_ctrl_shift_l_opens_the_current_learner(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    table = window.views.course_view.table
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    table.setFocus()
    table.setCurrentIndex(model.index(4, 3))
    qtbot.keyClick(table, Qt.Key.Key_L, CTRL_SHIFT)
    view = window.views.learner_view
    assert view is not None and view.isVisible()
    assert view.user_id == model.learner_at(4).user_id


def test_a_typed_score_is_a_course_draft_with_undo(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, store: GradeStore
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    item = model.line_items()[1]
    view = open_learner(qtbot, window, 0)
    learner = model.learner_at(0)
    score = field(view, QLineEdit, f"{item.label} score for {learner.name}")
    score.setFocus()
    score.selectAll()
    qtbot.keyClicks(score, "6.375")
    qtbot.keyClick(score, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    key = window.session.key
    assert key is not None
    assert store.drafts(key, item.id)[learner.user_id].edit.score == 6.375
    assert mark(model, learner.user_id, item.id) is CellMark.UNSENT
    [state] = [row.state for row in view._rows if row.item.id == item.id]
    assert CellMark.UNSENT.glyph in state.text()
    assert view.undo_button.isEnabled()
    view.undo_button.click()
    wait_idle(qtbot, window)
    assert store.drafts(key, item.id) == {}
    assert mark(model, learner.user_id, item.id) is None
    assert score.text() == model.index(0, 2).data(Qt.ItemDataRole.EditRole)


def test_a_score_a_cell_would_refuse_is_refused_with_the_reason_and_nothing_saved(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, store: GradeStore
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    item = model.line_items()[0]
    view = open_learner(qtbot, window, 0)
    learner = model.learner_at(0)
    score = field(view, QLineEdit, f"{item.label} score for {learner.name}")
    for typed in ("85%", "0.000001"):
        score.setFocus()
        score.selectAll()
        qtbot.keyClicks(score, typed)
        qtbot.keyClick(score, Qt.Key.Key_Return)
        assert view.problem_label.text().startswith(f"{learner.name}, {item.label}: ")
        assert score.text() == typed  # kept for correcting
    wait_idle(qtbot, window)
    key = window.session.key
    assert key is not None
    assert store.drafts(key, item.id) == {}


def test_a_comment_keeps_the_score_and_needs_one(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, store: GradeStore
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    item = model.line_items()[0]
    graded = next(
        row
        for row in range(model.rowCount())
        if model.shown_score(item, model.learner_at(row).user_id) is not None
    )
    ungraded = next(
        row
        for row in range(model.rowCount())
        if model.shown_score(item, model.learner_at(row).user_id) is None
    )
    view = open_learner(qtbot, window, graded)
    learner = model.learner_at(graded)
    comment = field(view, CommentEdit, f"{item.label} comment for {learner.name}")
    comment.setFocus()
    comment.selectAll()
    qtbot.keyClicks(comment, "Well argued")
    qtbot.keyClick(comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    key = window.session.key
    assert key is not None
    draft = store.drafts(key, item.id)[learner.user_id].edit
    assert draft.comment == "Well argued"
    result = model.result(item.id, learner.user_id)
    assert result is not None and draft.score == result.resultScore

    view.show_learner(model.learner_at(ungraded).user_id)
    other = model.learner_at(ungraded)
    comment = field(view, CommentEdit, f"{item.label} comment for {other.name}")
    comment.setFocus()
    qtbot.keyClicks(comment, "Hello")
    qtbot.keyClick(comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "has no score" in view.problem_label.text()
    wait_idle(qtbot, window)
    assert other.user_id not in store.drafts(key, item.id)


def test_previous_and_next_follow_the_course_views_filter_and_save_what_was_typed(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, store: GradeStore
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    model.sort(0, Qt.SortOrder.DescendingOrder)
    order = [model.learner_at(row).user_id for row in range(model.rowCount())]
    view = open_learner(qtbot, window, 0)
    assert not view.previous_button.isEnabled()
    item = model.line_items()[0]
    score = field(view, QLineEdit, f"{item.label} score for {model.learner_at(0).name}")
    score.setFocus()
    score.selectAll()
    qtbot.keyClicks(score, "2.5")
    # Alt+Right moves on without Enter: what was typed is saved first.
    qtbot.keyClick(score, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.user_id == order[1]
    assert score.hasFocus()
    assert score.accessibleName() == f"{item.label} score for {model.learner_at(1).name}"
    wait_idle(qtbot, window)
    key = window.session.key
    assert key is not None
    assert store.drafts(key, item.id)[order[0]].edit.score == 2.5
    qtbot.keyClick(score, Qt.Key.Key_PageDown)
    assert view.user_id == order[2]
    qtbot.keyClick(score, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.user_id == order[1]
    # With a filter, the neighbours are the learners it shows.
    learner = model.learner_by_id(order[1])
    assert learner is not None
    window.views.course_view.filter_edit.setText(learner.name)
    assert model.rowCount() == 1
    assert not view.next_button.isEnabled() and not view.previous_button.isEnabled()
    assert "1 of 1" in view.position_label.text()


def test_read_only_mode_leaves_every_field_unchangeable(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, store: GradeStore
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    view = open_learner(qtbot, window, 0)
    window.commands.read_only_action.trigger()
    assert all(row.score.isReadOnly() and row.comment.isReadOnly() for row in view._rows)


def test_screenshot_of_the_learner_view(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    items = model.line_items()
    assert model.request_block(0, 1, [["6.5", "", "4"]])
    wait_idle(qtbot, window)
    view = open_learner(qtbot, window, 0)
    view.resize(900, 520)
    qtbot.wait(50)
    image = save(view, "learner-view")
    assert image.width() == 900
    texts = visible_texts(view)
    assert model.learner_at(0).name in texts
    assert items[0].label in texts and "1 of 40" in texts
    assert pytest.approx(6.5) == model.shown_score(items[0], model.learner_at(0).user_id)
