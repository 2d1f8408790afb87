"""The last sentences that reached the window in English: why a grade conflicts in the Course tab,
the learner view and the History, why a submit stopped and the wait it names, and the warnings of
an export, the XLSX's shortened texts included.

Under the pseudo-translator of test_translations (every translated text comes back wrapped in
⟦…⟧), against the sandbox over real sockets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gradebook_gui.exchange.xlsx import CELL_TEXT_LIMIT
from gradebook_gui.gui.export_dialog import ExportChoice, ExportFormat
from gradebook_gui.gui.history_view import HistoryColumn
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.submission import SubmissionController, SubmissionProgress
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.sandbox import Sandbox
from tests.engine.helpers import open_course
from tests.engine.test_failures import queue_everyone
from tests.engine.test_waits import retry_after_on_refused_posts, tampered
from tests.fakes import FakeTime

from .conftest import FakeDialogs, RecordingPresenter, wait_settled
from .test_course_window import show_course
from .test_translations import is_translated, untranslated_texts
from .translated import WAIT_MS, course_data, data_of, exported_with_a_comment, in_conflict


def test_why_a_grade_conflicts_is_translated_in_the_course_tab_learner_view_and_history(
    qtbot: QtBot, pseudo_locale: None, new_window: Callable[[], MainWindow], sandbox: Sandbox
):
    window = new_window()
    changed = in_conflict(qtbot, window, sandbox)
    line_item = window.results_model.line_item()
    assert line_item is not None
    wait_settled(qtbot, window)
    data = data_of(window)
    why = "⟦Changed in the LMS since it was downloaded: it was"

    # The History says why in the window's language.
    window.history_dock.show()
    history = window.history_view.model
    qtbot.waitUntil(lambda: history.rowCount() > 0, timeout=WAIT_MS)
    reasons = [
        str(history.index(row, HistoryColumn.REASON).data(role))
        for row in range(history.rowCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    assert any(reason.startswith(why) for reason in reasons)
    assert [reason for reason in reasons if not is_translated(reason, data)] == []

    # The Course tab's cell and the learner view say it too.
    model = show_course(qtbot, window)
    model.show_arrivals()
    course = course_data(model) | data
    column = 1 + [item.id for item in model.line_items()].index(line_item.id)
    [row] = [row for row in range(model.rowCount()) if model.learner_at(row).user_id == changed]
    qtbot.waitUntil(lambda: model.overlay(line_item.id, changed) is not None, timeout=WAIT_MS)
    tip = str(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole))
    assert why in tip
    assert is_translated(tip, course), tip

    window.views.open_learner_view(changed)
    view = window.views.learner_view
    assert view is not None
    qtbot.waitExposed(view)
    # The sentence sits inside the translated "{mark} ({reason})": it is wrapped itself.
    assert any(why in widget.toolTip() for widget in view.findChildren(QWidget))
    assert untranslated_texts(view, course) == []


def test_why_a_submit_stopped_is_translated_with_the_waits_it_names(
    qtbot: QtBot, pseudo_locale: None, runner: TaskRunner, tmp_path: Path, fake_time: FakeTime
):
    with open_course(tmp_path, fake_time) as course:
        learners = queue_everyone(course)
        for user in learners:
            course.control.fail_for_user(user, "429")
        with tampered(course, retry_after_on_refused_posts("3600")):
            report = course.engine(concurrency=2).run()
    assert report.stop_wording is not None

    controller = SubmissionController(runner)
    progress = SubmissionProgress(controller)
    qtbot.addWidget(progress)
    controller.finished.emit(report)

    shown = progress.label.text()
    assert "⟦1 hour⟧" in shown and "⟦5 minutes⟧" in shown
    assert is_translated(shown), shown


def test_an_xlsx_export_that_shortened_a_text_warns_translated(
    qtbot: QtBot,
    pseudo_locale: None,
    new_window: Callable[[], MainWindow],
    sandbox: Sandbox,
    fake_dialogs: FakeDialogs,
    presenter: RecordingPresenter,
    tmp_path: Path,
):
    window = new_window()
    exported = tmp_path / "quiz.xlsx"
    learner, message = exported_with_a_comment(
        qtbot,
        window,
        sandbox,
        fake_dialogs,
        presenter,
        ExportChoice(exported, ExportFormat.XLSX, visible_only=False),
        "x" * (CELL_TEXT_LIMIT + 1),
    )
    assert message.title == "⟦Exported, with warnings⟧"
    assert f"⟦{learner}: the comment is longer than a spreadsheet cell holds" in message.text
    assert is_translated(message.text, {learner, str(exported)}), message.text
