"""A screenshot of the Course view, saved to tests/screenshots/ for people to look at: the whole
course loaded, a few unsent cells and one conflict."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from gradebook_gui.gui.course_marks import CellMark
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.sandbox import Sandbox

from .test_course_window import TIMEOUT_MS, mark, open_course, wait_idle
from .test_screenshots import WINDOW_SIZE, save, visible_texts


def test_the_course_view_with_unsent_cells_and_a_conflict(
    qtbot: QtBot, new_window: Callable[[], MainWindow], sandbox: Sandbox
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    model = window.views.course_model
    items = model.line_items()
    conflicted = model.learner_at(1).user_id
    assert model.request_block(1, 1, [["6.5"]])
    wait_idle(qtbot, window)
    sandbox.control.set_grade(items[0].id, conflicted, 2.0)
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: mark(model, conflicted, items[0].id) is CellMark.CONFLICT, timeout=TIMEOUT_MS
    )
    wait_idle(qtbot, window)
    assert model.request_block(3, 2, [["8.5", "17"], ["", "12.5"], ["9.25", ""]])
    wait_idle(qtbot, window)
    qtbot.wait(50)
    image = save(window, "course-view")
    assert image.width() == WINDOW_SIZE[0]
    texts = visible_texts(window)
    assert "saved here, not sent" in texts and "changed in the LMS" in texts
    assert "40 learners · 5 line items" in texts
    assert mark(model, model.learner_at(3).user_id, items[1].id) is CellMark.UNSENT
    # Every grade column is wide enough for its shortened label: none is cut on both sides.
    table = window.views.course_view.table
    header = table.horizontalHeader()
    for column in range(1, model.columnCount()):
        assert table.columnWidth(column) >= header.sectionSizeFromContents(column).width()
