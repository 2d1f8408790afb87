"""The Course tab, the learner view, the bulk change dialog and the window's menus speak the
instructor's language.

Under the pseudo-translator of test_translations (every translated text comes back wrapped in
⟦…⟧) the real window is driven against the sandbox over real sockets: the course loaded, cells
typed, a paste refused, the learner view opened, a bulk change previewed. Every text shown that
is neither wrapped nor data (names, emails, labels from the LMS, numbers) skipped translation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.bulk_dialog import BulkDialog, undo_label
from gradebook_gui.gui.course_edits import grade_as_shown
from gradebook_gui.gui.course_model import CourseModel
from gradebook_gui.gui.i18n import LANGUAGES
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.services.bulk import BulkOperation

from .conftest import wait_settled
from .test_translations import is_translated, untranslated_texts
from .translated import StatusTexts, course_data, course_shown, untranslated


def first_roster_cell(model: CourseModel) -> QModelIndex:
    for row in range(model.rowCount()):
        if model.learner_at(row).member is not None:
            return model.index(row, 1)
    raise AssertionError("no learner on the roster")


def test_the_course_tab_and_the_menus_are_translated(
    qtbot: QtBot,
    pseudo_locale: None,
    new_window: Callable[[], MainWindow],
    sandbox: Sandbox,
    messages: MessageChannel,
):
    window = new_window()
    status = StatusTexts(messages)
    model = course_shown(qtbot, window, sandbox)
    # Each language is named in its own language in View > Language, whatever the window speaks.
    data = course_data(model) | set(LANGUAGES.values())

    # The tabs, the menus with every action and tip, the Course tab's table.
    found = untranslated_texts(window.menuBar(), data)
    found += untranslated_texts(window.views.tabs.tabBar(), data)
    found += untranslated_texts(window.views.course_view, data)
    found += [
        f"tab {index}: {text!r}"
        for index in range(window.views.tabs.count())
        for text in (window.views.tabs.tabText(index), window.views.tabs.tabToolTip(index))
        if not is_translated(text, data)
    ]
    assert found == []
    said = status.taken()
    assert any("⟦The course is loaded" in text for text in said)
    assert untranslated(said, data) == []

    # A typed score becomes an unsent change whose undo name is translated; the cell's tooltip
    # says where it is.
    index = first_roster_cell(model)
    assert model.setData(index, "7")
    wait_settled(qtbot, window)
    assert "“⟦Edit " in window.commands.undo_action.text()
    assert untranslated([index.data(Qt.ItemDataRole.ToolTipRole)], data) == []

    # A paste that does not fit, and one that is not a score, are refused in words translated.
    refused: list[str] = []
    model.edit_refused.connect(refused.append)
    assert not model.request_block(model.rowCount() - 1, 1, [["1"], ["2"]])
    assert not model.request_block(index.row(), 1, [["ten"]])
    assert len(refused) == 2
    assert untranslated(refused, data) == []


def test_the_learner_view_is_translated(
    qtbot: QtBot, pseudo_locale: None, new_window: Callable[[], MainWindow], sandbox: Sandbox
):
    window = new_window()
    model = course_shown(qtbot, window, sandbox)
    data = course_data(model)
    index = first_roster_cell(model)
    assert model.setData(index, "7")  # a field marked unsent
    wait_settled(qtbot, window)
    window.views.open_learner_view(model.learner_at(index.row()).user_id)
    view = window.views.learner_view
    assert view is not None
    qtbot.waitExposed(view)
    assert untranslated_texts(view, data) == []
    view.show_next()
    assert untranslated_texts(view, data) == []


def test_the_bulk_change_dialog_is_translated(
    qtbot: QtBot, pseudo_locale: None, new_window: Callable[[], MainWindow], sandbox: Sandbox
):
    window = new_window()
    model = course_shown(qtbot, window, sandbox)
    data = course_data(model)
    item = model.line_items()[0]
    learners = [
        grade_as_shown(model, item.id, learner.user_id)
        for learner in model.learners()
        if learner.member is not None
    ]
    for whole_column in (True, False):
        dialog = BulkDialog(learners, item, whole_column=whole_column, locale=model.locale())
        qtbot.addWidget(dialog)
        assert untranslated_texts(dialog, data) == []  # nothing typed yet
        for operation, value in (
            (BulkOperation.CURVE_MEAN, "200"),  # extra credit for some
            (BulkOperation.ADD, "-1000"),  # stopped at 0
            (BulkOperation.FILL_EMPTY, "not a number"),  # a problem under the value
            (BulkOperation.CLEAR, ""),
        ):
            dialog.set_operation(operation, value)
            assert untranslated_texts(dialog, data) == [], operation
        dialog.set_operation(BulkOperation.MULTIPLY, "2")
        plan = dialog.plan()
        assert plan is not None
        assert untranslated([undo_label(plan, model.locale())], data) == []
