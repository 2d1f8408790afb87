"""The Details panel follows the tab shown: the Column tab's selected learner, the Course tab's
current cell, and says so when the tab shown has no learner current."""

from __future__ import annotations

import json

from pytestqt.qtbot import QtBot

from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.sandbox import Sandbox

from .test_course_window import WindowMaker, load_course


def test_details_show_the_learner_of_the_tab_shown(
    qtbot: QtBot, sandbox: Sandbox, new_window: WindowMaker
) -> None:
    window: MainWindow = new_window()
    details = window.details_pane
    model = load_course(qtbot, window, sandbox)
    assert details.title() == "No learner selected"  # the Course tab has no cell current yet

    table = window.views.course_view.table
    item = model.line_items()[0]
    course_learner = model.learner_at(1)
    table.setCurrentIndex(model.index(1, model.column_of(item.id) or 0))
    shown = json.loads(details.text())
    assert shown["userId"] == course_learner.user_id
    result = model.result(item.id, course_learner.user_id)
    assert shown["result"] == (result.model_dump(mode="json") if result else None)

    window.view_tabs.setCurrentIndex(0)
    column_view = window.results_view
    column_view.table.selectRow(3)
    column_learner = column_view.selected_grade()
    assert column_learner is not None and column_learner.user_id != course_learner.user_id
    assert json.loads(details.text())["userId"] == column_learner.user_id

    window.views.show_course()
    assert json.loads(details.text())["userId"] == course_learner.user_id
    window.view_tabs.setCurrentIndex(0)
    assert json.loads(details.text())["userId"] == column_learner.user_id
