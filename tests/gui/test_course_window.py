"""The Course view in the window, against the sandbox over real sockets: loading with Stop,
editing from the keyboard, a block pasted over several line items, undo across them, and
submitting through the column view's review, outbox, conflict check and read-back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import CellState
from gradebook_gui.gui.course_marks import CellMark
from gradebook_gui.gui.course_model import CELL_MARK_ROLE, CourseModel
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.row_order import name_collator, name_sort_key
from gradebook_gui.gui.score_delegate import CellEditor
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.store import GradeStore

from .conftest import FakeDialogs, connection_to, wait_settled
from .test_workflows import score_posts

WindowMaker = Callable[[], MainWindow]
TIMEOUT_MS = 15_000


def lms_grades(sandbox: Sandbox, line_item_id: str) -> dict[str, tuple[float | None, None]]:
    """Each student's score as the LMS holds it, on a 0-1 scale (a missing maximum is 1)."""
    return {
        user_id: (
            held["resultScore"] / held.get("resultMaximum", 1.0)
            if held.get("resultScore") is not None
            else None,
            None,
        )
        for user_id, held in sandbox.control.results(line_item_id).items()
    }


def course_settled(window: MainWindow) -> bool:
    return (
        not window.views.course.loading
        and not window.submission.running
        and window.runner.pending_count == 0
    )


def show_course(qtbot: QtBot, window: MainWindow) -> CourseModel:
    """The Course tab of a connected window shown, its course loaded and nothing in flight."""
    window.commands.course_view_action.trigger()
    qtbot.waitUntil(
        lambda: window.views.course.grid is not None and course_settled(window),
        timeout=TIMEOUT_MS,
    )
    wait_settled(qtbot, window)
    return window.views.course_model


def load_course(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, *, demo: bool = True
) -> CourseModel:
    """`window` connected to the sandbox, its Course tab shown and loaded."""
    window.open_connection(connection_to(sandbox), demo=demo)
    qtbot.waitUntil(lambda: window.session.key is not None, timeout=TIMEOUT_MS)
    return show_course(qtbot, window)


def open_course(qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox) -> MainWindow:
    """A new window with the sandbox's whole course downloaded in its Course tab."""
    window = new_window()
    model = load_course(qtbot, window, sandbox)
    assert all(model.is_loaded(item.id) for item in model.line_items())
    return window


def index_of(model: CourseModel, user_id: str, line_item_id: str) -> QModelIndex:
    row = model.view_row_of(user_id)
    column = model.column_of(line_item_id)
    assert row is not None and column is not None
    return model.index(row, column)


def mark(model: CourseModel, user_id: str, line_item_id: str) -> CellMark | None:
    """The cell's mark (Qt hands the role's value back as a plain string)."""
    value = index_of(model, user_id, line_item_id).data(CELL_MARK_ROLE)
    return None if value is None else CellMark(value)


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: course_settled(window), timeout=TIMEOUT_MS)


def test_the_course_loads_in_the_background_and_shows_every_line_item(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    assert window.views.course_shown
    assert model.columnCount() == 1 + 5
    assert model.rowCount() == 40
    some = model.line_items()[0]
    held = lms_grades(sandbox, some.id)
    graded = next(user_id for user_id, (score, _) in held.items() if score is not None)
    shown = index_of(model, graded, some.id).data()
    assert shown and float(shown) == pytest.approx(held[graded][0] * some.scoreMaximum, abs=0.01)
    # Every list was read from a pool thread, never the window's.
    assert window.session.client is not None
    assert "40 learners · 5 line items" in window.views.course_view.count_label.text()


def test_stop_ends_a_slow_load_and_keeps_what_arrived(
    qtbot: QtBot, new_window: WindowMaker, make_sandbox: Callable[..., Sandbox]
) -> None:
    slow = make_sandbox(seed=3, students=60, line_items=8, page_size=5, latency_ms=40)
    window = new_window()
    window.open_connection(connection_to(slow), demo=True)
    qtbot.waitUntil(lambda: window.session.key is not None, timeout=TIMEOUT_MS)
    window.views.show_course()
    course = window.views.course
    qtbot.waitUntil(lambda: course.loading, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.views.course_model.columnCount() > 1, timeout=TIMEOUT_MS)
    window.views.course_view.stop_button.click()
    assert not course.loading
    assert window.views.course_view.stop_button.isHidden()
    wait_settled(qtbot, window)
    model = window.views.course_model
    assert not all(model.is_loaded(item.id) for item in model.line_items())
    # Reads stop soon after: far fewer than the whole course's pages.
    pages = len(slow.control.requests())
    qtbot.wait(300)
    assert len(slow.control.requests()) - pages <= 8


def test_typing_saves_a_draft_on_disk_before_the_cell_shows_it_as_unsent(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, store: GradeStore
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    table = window.views.course_view.table
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    table.setFocus()
    first, second = model.line_items()[:2]
    learner = model.learner_at(0).user_id
    # On the name, a number starts editing the first line item's cell.
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClicks(table, "7")
    editor = table.focusWidget()
    assert isinstance(editor, CellEditor)
    qtbot.keyClicks(editor, ".125")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # saves and moves right
    assert mark(model, learner, first.id) in (CellMark.SAVING, CellMark.UNSENT)
    qtbot.waitUntil(lambda: mark(model, learner, first.id) is CellMark.UNSENT, timeout=TIMEOUT_MS)
    key = window.session.key
    assert key is not None
    assert store.drafts(key, first.id)[learner].edit.score == 7.125
    assert table.currentIndex().column() == 2
    qtbot.keyClicks(table, "3")
    editor = table.focusWidget()
    assert isinstance(editor, CellEditor)
    qtbot.keyClicks(editor, ".375")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # saves and moves down
    wait_idle(qtbot, window)
    assert store.drafts(key, second.id)[learner].edit.score == 3.375
    assert table.currentIndex().row() == 1
    assert window.views.course.pending_count == 2


def test_undo_takes_back_a_paste_over_several_line_items_in_one_step(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, store: GradeStore
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    table = window.views.course_view.table
    items = model.line_items()
    key = window.session.key
    assert key is not None
    table.setCurrentIndex(model.index(2, 2))
    assert table.paste_block("1.25\t2.25\t3.25\n4.25\t5.25\t6.25\n")
    wait_idle(qtbot, window)
    touched = items[1:4]
    assert all(len(store.drafts(key, item.id)) == 2 for item in touched)
    assert window.commands.undo_action.text() == "&Undo “Paste 6 scores”"
    window.commands.undo_action.trigger()
    wait_idle(qtbot, window)
    assert all(store.drafts(key, item.id) == {} for item in touched)
    assert all(mark(model, model.learner_at(2).user_id, item.id) is None for item in touched)
    window.commands.redo_action.trigger()
    wait_idle(qtbot, window)
    assert all(len(store.drafts(key, item.id)) == 2 for item in touched)


def test_undo_refuses_when_the_column_view_changed_a_line_item_since(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, store: GradeStore
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    key = window.session.key
    assert key is not None
    item = model.line_items()[0]
    learner = model.learner_at(0)
    assert model.request_block(0, 1, [["4.125"]])
    wait_idle(qtbot, window)
    # Another step in the same line item, as the column view would make it.
    from gradebook_gui.edits import GradeEdit, ServerGrade

    other = model.learner_at(1).user_id
    store.apply_edits(key, item.id, [(GradeEdit(other, 1, item.scoreMaximum), ServerGrade())], "x")
    window.views.undo()
    wait_idle(qtbot, window)
    assert store.drafts(key, item.id)[learner.user_id].edit.score == 4.125
    assert "cannot be undone here" in window.statusBar().currentMessage()


def test_submit_reviews_every_line_item_at_once_then_sends_and_reads_back_every_cell(
    qtbot: QtBot,
    new_window: WindowMaker,
    sandbox: Sandbox,
    store: GradeStore,
    fake_dialogs: FakeDialogs,
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    first, second = model.line_items()[:2]
    users = [model.learner_at(row).user_id for row in range(2)]
    assert model.request_block(0, 1, [["6.25", "11.25"], ["7.25", "12.25"]])
    wait_idle(qtbot, window)
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: all(
            mark(model, user, item.id) is CellMark.VERIFIED
            for user in users
            for item in (first, second)
        ),
        timeout=TIMEOUT_MS,
    )
    wait_idle(qtbot, window)
    # One review, in one section per line item.
    [reviewed] = [given for asked, given in fake_dialogs.asked if asked == "review"]
    sections = [each.line_item.id for each in reviewed if each.line_item is not None]
    assert sections == [first.id, first.id, second.id, second.id]
    assert {each.user_id for each in reviewed} == set(users)
    assert lms_grades(sandbox, first.id)[users[0]][0] == pytest.approx(0.625)
    assert lms_grades(sandbox, second.id)[users[1]][0] == pytest.approx(12.25 / second.scoreMaximum)
    assert window.views.course.pending_count == 0


def test_the_review_lists_learners_in_the_one_name_order_of_the_window(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    rows = range(8)
    learners = [model.learner_at(row) for row in rows]
    # Listed by given name, these learners would read in another order.
    by_given = sorted(learners, key=lambda learner: learner.name.casefold())
    assert by_given != learners
    assert model.request_block(0, 1, [[f"{row + 1}.375"] for row in rows])
    wait_idle(qtbot, window)
    fake_dialogs.confirm_review = False
    window.commands.submit_action.trigger()
    qtbot.waitUntil(lambda: any(asked == "review" for asked, _ in fake_dialogs.asked))
    [reviewed] = [given for asked, given in fake_dialogs.asked if asked == "review"]
    key = name_sort_key(name_collator(model.locale()))
    expected = sorted(learners, key=lambda learner: key(learner.family_first()))
    assert [each.user_id for each in reviewed] == [learner.user_id for learner in expected]


def test_a_grade_changed_in_the_lms_meanwhile_is_marked_as_a_conflict_and_not_sent(
    qtbot: QtBot,
    new_window: WindowMaker,
    sandbox: Sandbox,
    store: GradeStore,
    fake_dialogs: FakeDialogs,
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    item = model.line_items()[0]
    learner = model.learner_at(0).user_id
    assert model.request_block(0, 1, [["5.125"]])
    wait_idle(qtbot, window)
    sandbox.control.set_grade(item.id, learner, 1.0)
    sandbox.control.clear_requests()
    window.commands.submit_action.trigger()
    qtbot.waitUntil(lambda: mark(model, learner, item.id) is CellMark.CONFLICT, timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)
    assert score_posts(sandbox) == []
    key = window.session.key
    assert key is not None
    [entry] = store.outbox(key, item.id)
    assert entry.state is CellState.CONFLICT


def test_declining_the_review_sends_nothing_and_keeps_the_drafts(
    qtbot: QtBot,
    new_window: WindowMaker,
    sandbox: Sandbox,
    store: GradeStore,
    fake_dialogs: FakeDialogs,
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    model = window.views.course_model
    item = model.line_items()[0]
    assert model.request_block(0, 1, [["5.125"]])
    wait_idle(qtbot, window)
    fake_dialogs.confirm_review = False
    sandbox.control.clear_requests()
    window.commands.submit_action.trigger()
    wait_idle(qtbot, window)
    assert fake_dialogs.questions().count("review") == 1
    assert score_posts(sandbox) == []
    key = window.session.key
    assert key is not None
    assert store.outbox(key, item.id) == []
    assert mark(model, model.learner_at(0).user_id, item.id) is CellMark.UNSENT
