"""Edit grade…, Clear grade… and Resolve conflicts… act on the Course tab's current cell while
the Course tab is shown, from the keyboard and from the menu, against the sandbox."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import CellState, GradeEdit
from gradebook_gui.gui.course_marks import CellMark
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.services.submitting import Resolution
from gradebook_gui.store import GradeStore

from .conftest import FakeDialogs
from .test_course_window import TIMEOUT_MS, index_of, lms_grades, mark, open_course, wait_idle

WindowMaker = Callable[[], MainWindow]


def test_ctrl_e_edits_the_current_cell_of_the_course_tab(
    qtbot: QtBot,
    new_window: WindowMaker,
    sandbox: Sandbox,
    store: GradeStore,
    fake_dialogs: FakeDialogs,
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    table = window.views.course_view.table
    item = model.line_items()[2]
    learner = model.learner_at(3).user_id
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    table.setFocus()
    table.setCurrentIndex(index_of(model, learner, item.id))
    fake_dialogs.score_edits = [GradeEdit(learner, 4.5, item.scoreMaximum, comment="Well done")]
    qtbot.keyClick(table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    [asked] = fake_dialogs.answer_of("score")
    assert asked.user_id == learner
    key = window.session.key
    assert key is not None
    draft = store.drafts(key, item.id)[learner].edit
    assert (draft.score, draft.comment) == (4.5, "Well done")
    assert mark(model, learner, item.id) is CellMark.UNSENT
    name = model.learner_by_id(learner).name  # type: ignore[union-attr]
    assert window.commands.undo_action.text() == f"&Undo “Edit {item.label} of {name}”"


def test_the_score_dialog_starts_from_the_unsent_edit_the_cell_shows(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    item = model.line_items()[1]
    assert model.request_block(0, 2, [["3.25"]])
    wait_idle(qtbot, window)
    window.views.course_view.table.setCurrentIndex(model.index(0, 2))
    window.commands.edit_score_action.trigger()
    [asked] = fake_dialogs.answer_of("score")
    assert asked.edit is not None and asked.edit.score == 3.25
    assert asked.edit.maximum == item.scoreMaximum


def test_clear_grade_from_the_menu_clears_the_selected_cells_of_the_current_column(
    qtbot: QtBot,
    new_window: WindowMaker,
    sandbox: Sandbox,
    store: GradeStore,
    fake_dialogs: FakeDialogs,
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    table = window.views.course_view.table
    item = model.line_items()[0]
    graded = [
        user_id for user_id, (score, _) in lms_grades(sandbox, item.id).items() if score is not None
    ][:2]
    assert len(graded) == 2
    selection = table.selectionModel()
    first, second = (index_of(model, user_id, item.id) for user_id in graded)
    selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selection.select(second, QItemSelectionModel.SelectionFlag.Select)
    fake_dialogs.clear_grades = True
    [grades_menu] = [
        action.menu()
        for action in window.menuBar().actions()
        if action.text() == "&Grades" and action.menu() is not None
    ]
    [clear] = [action for action in grades_menu.actions() if action.text() == "C&lear grade…"]
    clear.trigger()
    wait_idle(qtbot, window)
    asked = fake_dialogs.answer_of("clear")
    assert {learner.user_id for learner in asked} == set(graded)
    key = window.session.key
    assert key is not None
    drafts = store.drafts(key, item.id)
    assert set(drafts) == set(graded)
    assert all(drafts[user_id].edit.score is None for user_id in graded)
    assert all(index_of(model, user_id, item.id).data() == "✎" for user_id in graded)
    assert window.commands.undo_action.text() == f"&Undo “Clear 2 grades of {item.label}”"


def test_on_a_learners_name_the_commands_ask_for_a_grade_cell(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    window.views.course_view.table.setCurrentIndex(model.index(0, 0))
    window.commands.edit_score_action.trigger()
    assert "score" not in fake_dialogs.questions()
    assert window.statusBar().currentMessage() == "Choose a grade cell of the Course view first."


@pytest.mark.parametrize(
    ("resolution", "left"), [(Resolution.TAKE_THEIRS, None), (Resolution.KEEP_MINE, 5.125)]
)
def test_resolve_settles_the_course_cells_conflict(
    qtbot: QtBot,
    new_window: WindowMaker,
    sandbox: Sandbox,
    store: GradeStore,
    fake_dialogs: FakeDialogs,
    resolution: Resolution,
    left: float | None,
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    item = model.line_items()[3]
    learner = model.learner_at(0).user_id
    window.views.course_view.table.setCurrentIndex(index_of(model, learner, item.id))
    assert model.request_block(0, 4, [["5.125"]])
    wait_idle(qtbot, window)
    sandbox.control.set_grade(item.id, learner, 1.0)
    window.commands.submit_action.trigger()
    qtbot.waitUntil(lambda: mark(model, learner, item.id) is CellMark.CONFLICT, timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)
    fake_dialogs.resolution = resolution
    assert window.views.conflicts == 1
    assert window.commands.resolve_action.isEnabled()
    window.commands.resolve_action.trigger()
    qtbot.waitUntil(
        lambda: mark(model, learner, item.id) is not CellMark.CONFLICT, timeout=TIMEOUT_MS
    )
    wait_idle(qtbot, window)
    conflicts, current = fake_dialogs.answer_of("conflicts")
    assert [entry.user_id for entry in conflicts] == [learner]
    assert current[learner].score == 1.0
    key = window.session.key
    assert key is not None
    if left is None:
        # Theirs: the cell shows the LMS's grade, nothing waits.
        assert mark(model, learner, item.id) is None
        assert store.outbox(key, item.id, states=[CellState.CONFLICT]) == []
        assert window.views.conflicts == 0
        assert float(index_of(model, learner, item.id).data()) == pytest.approx(1.0)
    else:
        # Mine: sent after checking the LMS once more, and read back.
        qtbot.waitUntil(
            lambda: mark(model, learner, item.id) is CellMark.VERIFIED, timeout=TIMEOUT_MS
        )
        held = sandbox.control.results(item.id)[learner]
        assert held["resultScore"] / held["resultMaximum"] == pytest.approx(
            left / item.scoreMaximum
        )
