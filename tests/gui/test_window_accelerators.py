"""No two texts the instructor sees together in the main window share an accelerator letter:
Alt+letter would reach only one of them. The menu bar's titles, the tab texts, the buttons and
labels shown, and the actions of the shown view (its context menu) are checked on the Course tab
and on the column view, with the window on the demo course of the sandbox over real sockets:
first with the docks the window opens with, then with every dock opened from the View menu and
the offline banner over both views shown. Within one menu, every letter is its own too."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.sandbox import Sandbox

from .test_course_window import WindowMaker, open_course
from .test_translated_controllers import _marked_texts, duplicate_accelerators

TAKEN_AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 2, 11, 0, tzinfo=UTC)


def stand_in(qtbot: QtBot, texts: list[str]) -> QWidget:
    """A widget with one button per text, for `duplicate_accelerators`."""
    widget = QWidget()
    qtbot.addWidget(widget)
    for text in texts:
        QPushButton(text, widget)
    return widget


def seen_together(qtbot: QtBot, window: MainWindow) -> QWidget:
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
    return stand_in(qtbot, texts)


def assert_each_view_alone(qtbot: QtBot, window: MainWindow) -> None:
    tabs = window.views.tabs
    for view in (window.views.course_view, window.results_view):
        tabs.setCurrentWidget(view)
        assert duplicate_accelerators(seen_together(qtbot, window)) == [], view


def open_every_dock(qtbot: QtBot, window: MainWindow) -> list[QDockWidget]:
    """Open each dock the View menu can open, as the instructor would."""
    docks = window.findChildren(QDockWidget)
    toggles = {dock.toggleViewAction(): dock for dock in docks}
    view_menu = window.menuBar().actions()[3].menu()
    assert isinstance(view_menu, QMenu)
    offered = [action for action in view_menu.actions() if action in toggles]
    assert len(offered) == len(docks)
    for action in offered:
        if not action.isChecked():
            action.trigger()
    qtbot.waitUntil(lambda: all(dock.isVisibleTo(window) for dock in docks))
    return docks


def test_no_two_texts_shown_together_share_an_accelerator(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    window.show()
    qtbot.waitExposed(window)
    assert window.views.tabs.currentWidget() is window.views.course_view
    assert_each_view_alone(qtbot, window)


def test_with_every_dock_open_and_offline_no_two_texts_shown_together_share_an_accelerator(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    window.show()
    qtbot.waitExposed(window)
    docks = open_every_dock(qtbot, window)
    window.offline_banner.show_age(TAKEN_AT, NOW)
    assert window.offline_banner.isVisibleTo(window)
    # A dock tabbed behind another is hidden until raised: every dock counts as shown at once.
    for dock in docks:
        dock.setFloating(True)
    qtbot.waitUntil(lambda: all(dock.widget().isVisibleTo(window) for dock in docks))
    assert_each_view_alone(qtbot, window)


def menu_texts(menu: QMenu) -> list[list[str]]:
    """The texts of `menu`'s entries, then those of each of its submenus."""
    found = [[action.text() for action in menu.actions() if not action.isSeparator()]]
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += menu_texts(submenu)
    return found


def test_within_each_menu_every_letter_is_its_own(
    qtbot: QtBot, new_window: WindowMaker, sandbox: Sandbox
) -> None:
    window = open_course(qtbot, new_window, sandbox)
    menus: list[list[str]] = []
    for title in window.menuBar().actions():
        menu = title.menu()
        assert isinstance(menu, QMenu)
        menus += menu_texts(menu)
    # The context menus of the tables: the column view, the Course tab, the grade column list.
    for table in (window.results_view.table, window.views.course_view.table, window.picker.table):
        menus.append([action.text() for action in table.actions() if isinstance(action, QAction)])
    for texts in menus:
        assert duplicate_accelerators(stand_in(qtbot, texts)) == [], texts


def test_the_edit_menu_and_the_column_view_copy_rows_with_the_same_words(
    qtbot: QtBot, new_window: WindowMaker
) -> None:
    window = new_window()
    in_view = [action.text() for action in window.results_view.table.actions()]
    assert window.commands.copy_rows_action.text() in in_view
