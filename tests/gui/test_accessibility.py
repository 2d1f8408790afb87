"""Every control a screen reader reaches has a name: the main window with both views, loaded,
and the questions it asks most."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.quit_prompt import QuitPrompt
from gradebook_gui.gui.review_dialog import ReviewDialog
from gradebook_gui.gui.score_dialog import ScoreDialog
from gradebook_gui.sandbox import Sandbox

from .conftest import activate, connection_to, wait_ready, wait_settled

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def unnamed_controls(top: QWidget) -> list[str]:
    """The shown controls a screen reader would announce without a name."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, CONTROLS):
            continue
        if isinstance(widget, QTabBar) and widget.count() == 0:
            continue  # an empty tab bar Qt keeps for docks: nothing to reach
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            parent = widget.parentWidget()
            found.append(f"{type(widget).__name__} in {type(parent).__name__}")
    return found


def test_every_control_of_the_window_and_its_questions_has_a_name(
    qtbot: QtBot, sandbox: Sandbox, new_window: Callable[[], MainWindow]
) -> None:
    window = new_window()
    window.resize(1280, 800)
    activate(qtbot, window)
    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    window.log_dock.show()
    window.history_dock.show()
    assert unnamed_controls(window) == []

    window.commands.course_view_action.trigger()
    qtbot.waitUntil(lambda: not window.views.course.loading, timeout=15_000)
    wait_settled(qtbot, window)
    assert unnamed_controls(window) == []

    line_item = window.results_model.line_item()
    assert line_item is not None
    learners = list(window.loader.grades or ())[:2]
    questions: list[QWidget] = [
        ScoreDialog(learners, line_item, window.results_model.locale()),
        ReviewDialog(line_item, []),
        QuitPrompt(3, sending=False, demo=False),
    ]
    for question in questions:
        qtbot.addWidget(question)
        question.show()
        assert unnamed_controls(question) == [], type(question).__name__
