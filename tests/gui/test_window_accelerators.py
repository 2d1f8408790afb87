"""No two texts the instructor sees together in the main window share an accelerator letter:
Alt+letter would reach only one of them. The menu bar's titles, the tab texts, the buttons and
labels shown, and the actions of the shown view (its context menu) are checked on the Course tab
and on the column view, with the window on the demo course of the sandbox over real sockets."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.sandbox import Sandbox

from .test_course_window import WindowMaker, open_course
from .test_translated_controllers import _marked_texts, duplicate_accelerators


def seen_together(window: MainWindow) -> QWidget:
    """A stand-in with one button per marked text shown in `window` at once, for
    `duplicate_accelerators` (which counts hidden controls too)."""
    texts = [action.text() for action in window.menuBar().actions()]
    shown = [
        widget
        for widget in [window, *window.findChildren(QWidget)]
        if widget is window or widget.isVisibleTo(window)
    ]
    for widget in shown:
        texts += _marked_texts(widget)
    view = window.views.tabs.currentWidget()
    for widget in shown:
        if widget is view or view.isAncestorOf(widget):
            texts += [action.text() for action in widget.actions()]
    stand_in = QWidget()
    for text in texts:
        QPushButton(text, stand_in)
    return stand_in


def test_no_two_texts_shown_together_share_an_accelerator(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    window.show()
    qtbot.waitExposed(window)
    tabs = window.views.tabs
    assert tabs.currentWidget() is window.views.course_view

    course = seen_together(window)
    qtbot.addWidget(course)
    assert duplicate_accelerators(course) == []

    tabs.setCurrentWidget(window.results_view)
    column = seen_together(window)
    qtbot.addWidget(column)
    assert duplicate_accelerators(column) == []
