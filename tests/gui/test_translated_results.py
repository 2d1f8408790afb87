"""The column view in the instructor's language, and its names in their order.

Under the pseudo-translator of test_translations (every translated text comes back wrapped in
⟦…⟧), the window is driven against the sandbox over real sockets: the column loaded, a submit
done, a conflict shown, and the column opened offline from what was downloaded. Every text the
column view shows (headers, cells and their tooltips, filters, the count) and every sentence
the status bar says must have gone through translation; what is data (names, IDs, emails,
comments, the column's label, the LMS's reasons) is named as such.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.results_model import Column
from gradebook_gui.gui.row_order import family_first, name_collator, name_sort_key
from gradebook_gui.sandbox import Sandbox

from .conftest import (
    cell_text,
    row_of,
    type_score,
    wait_settled,
)
from .test_translations import untranslated_texts
from .translated import WAIT_MS, data_of, opened, untranslated


def test_the_loaded_column_view_is_all_translated(
    qtbot: QtBot, pseudo_locale: None, new_window: Callable[[], MainWindow], sandbox: Sandbox
):
    window = new_window()
    status = opened(qtbot, window, sandbox)
    data = data_of(window)
    assert untranslated_texts(window.results_view, data) == []
    said = status.taken()
    assert any("Loaded" in text for text in said)
    assert untranslated(said, data) == []
    assert untranslated([window.status_area.learners_label.text()], data) == []


def test_a_submit_and_a_conflict_are_told_translated(
    qtbot: QtBot, pseudo_locale: None, new_window: Callable[[], MainWindow], sandbox: Sandbox
):
    window = new_window()
    status = opened(qtbot, window, sandbox)
    window.activateWindow()
    grades = window.loader.grades or ()
    sent, changed = grades[0].user_id, grades[1].user_id
    for user_id in (sent, changed):
        type_score(qtbot, window, row_of(window, user_id), "6")
    wait_settled(qtbot, window)
    line_item = window.results_model.line_item()
    assert line_item is not None
    sandbox.control.set_grade(line_item.id, changed, 1.0)
    status.taken()

    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, sent, Column.STATUS) == "⟦✓ verified⟧", timeout=WAIT_MS
    )
    wait_settled(qtbot, window)
    qtbot.waitUntil(
        lambda: cell_text(window, changed, Column.STATUS).startswith("⟦⟦conflict⟧"),
        timeout=WAIT_MS,
    )
    data = data_of(window)
    said = status.taken()
    assert any("verified" in text for text in said)
    assert untranslated(said, data) == []
    # Why the grade conflicts is the sending engine's own sentence, kept with the grade.
    overlay = window.results_model.overlay(changed)
    assert overlay is not None and overlay.reason
    assert untranslated_texts(window.results_view, {*data, overlay.reason}) == []


def test_the_column_opened_offline_is_all_translated(
    qtbot: QtBot, pseudo_locale: None, new_window: Callable[[], MainWindow], sandbox: Sandbox
):
    window = new_window()
    status = opened(qtbot, window, sandbox)
    data = data_of(window)
    status.taken()
    sandbox.stop()  # the LMS cannot be reached any more
    window.loader.reload()
    qtbot.waitUntil(lambda: window.loader.snapshot_taken_at is not None, timeout=WAIT_MS)
    wait_settled(qtbot, window)
    assert window.results_model.rows_count_total() == len(window.loader.grades or ())
    said = status.taken()
    assert any("Offline" in text for text in said)
    assert untranslated(said, data) == []
    assert untranslated_texts(window.results_view, data) == []
    assert untranslated([window.status_area.learners_label.text()], data) == []


def test_the_column_lists_learners_by_family_then_given_name(
    qtbot: QtBot, new_window: Callable[[], MainWindow], sandbox: Sandbox
):
    window = new_window()
    opened(qtbot, window, sandbox)
    model = window.results_model
    assert window.results_view.table.horizontalHeader().sortIndicatorSection() == Column.NAME
    assert (
        window.results_view.table.horizontalHeader().sortIndicatorOrder()
        == Qt.SortOrder.AscendingOrder
    )
    shown = [model.grade_at(row) for row in range(model.rowCount())]
    key = name_sort_key(name_collator(model.locale()))
    expected = sorted(
        (grade for grade in window.loader.grades or () if grade.member is not None),
        key=lambda grade: key(
            family_first(grade.name or "", grade.member.givenName, grade.member.familyName)
            if grade.member
            else ""
        ),
    )
    assert [grade.user_id for grade in shown[: len(expected)]] == [
        grade.user_id for grade in expected
    ]
    assert any(grade.member and grade.member.familyName for grade in expected)
