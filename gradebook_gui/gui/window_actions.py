"""The main window's actions, menus and tool bar: every command with its shortcut and tip.

Built once by the window; each action calls the window or one of its controllers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from gradebook_gui.gui.i18n import language_menu, translate

if TYPE_CHECKING:
    from gradebook_gui.gui.main_window import MainWindow


def _in_view_shown(
    window: MainWindow, in_course: Callable[[], None], in_column: Callable[[], None]
) -> Callable[[], None]:
    """A command that acts on the Course tab's current cell while it is shown, else on the
    column view."""

    def act() -> None:
        (in_course if window.views.course_shown else in_column)()

    return act


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], None],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | tuple[str, ...] | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if isinstance(shortcut, tuple):
        action.setShortcuts([QKeySequence(each) for each in shortcut])
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


class WindowActions:
    """Every command of the main window, as QActions the menus, tool bar and tests share."""

    def __init__(self, window: MainWindow) -> None:
        self._build(window)
        self._build_grading(window)

    def _build(self, window: MainWindow) -> None:
        self.connections_action = _action(
            window,
            translate("WindowActions", "&Connections…"),
            window.open_connections_dialog,
            "Ctrl+Shift+O",
            translate("WindowActions", "Add, edit, test or open a connection to an LTIAAS account"),
        )
        self.quit_action = _action(
            window,
            translate("WindowActions", "&Quit"),
            window.quit,
            "Ctrl+Q",
            translate("WindowActions", "Close the window"),
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.copy_rows_action = _action(
            window,
            translate("WindowActions", "Cop&y selected rows"),
            window.copy_selected_rows,
            "Ctrl+Shift+C",
            translate("WindowActions", "Copy the selected learners as tab-separated text"),
        )
        self.filter_action = _action(
            window,
            translate("WindowActions", "&Filter learners"),
            window.focus_filter,
            "Ctrl+F",
            translate("WindowActions", "Filter by name, ID or email"),
        )
        self.refresh_action = _action(
            window,
            translate("WindowActions", "&Refresh"),
            window.refresh,
            "F5",
            translate("WindowActions", "Load the grade columns and grades again"),
        )
        self.cancel_load_action = _action(
            window,
            translate("WindowActions", "&Stop loading"),
            window.loader.cancel,
            None,
            translate("WindowActions", "Stop loading the grades"),
        )
        self.cancel_load_action.setEnabled(False)
        self.read_only_action = QAction(translate("WindowActions", "Read-o&nly mode"), window)
        self.read_only_action.setCheckable(True)
        self.read_only_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.read_only_action.setStatusTip(
            translate("WindowActions", "Nothing can be changed or sent while this is on")
        )
        self.read_only_action.toggled.connect(window.set_read_only)
        window.addAction(self.read_only_action)
        self.about_action = _action(
            window, translate("WindowActions", "&About Gradebook"), window.show_about
        )
        self.course_view_action = _action(
            window,
            translate("WindowActions", "C&ourse view"),
            window.views.show_course,
            "Ctrl+Shift+G",
            translate("WindowActions", "Every learner's grade in every line item, editable"),
        )

    def _build_grading(self, window: MainWindow) -> None:
        self.undo_action = _action(
            window,
            translate("WindowActions", "&Undo"),
            window.views.undo,
            QKeySequence.StandardKey.Undo,
            translate("WindowActions", "Undo the last change"),
        )
        self.undo_action.setIconText(translate("WindowActions", "Undo"))
        self.redo_action = _action(
            window,
            translate("WindowActions", "&Redo"),
            window.views.redo,
            ("Ctrl+Shift+Z", "Ctrl+Y"),
            translate("WindowActions", "Redo the change undone"),
        )
        self.redo_action.setIconText(translate("WindowActions", "Redo"))
        # Enter and F2 belong to the table only: elsewhere they mean what they always mean.
        self.edit_in_table_action = QAction(
            translate("WindowActions", "E&dit in the table"), window.results_view.table
        )
        self.edit_in_table_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence("F2")]
        )
        self.edit_in_table_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_in_table_action.setStatusTip(
            translate(
                "WindowActions",
                "Type the score (or comment) in the table; Enter saves and moves down",
            )
        )
        self.edit_in_table_action.triggered.connect(window.editing.edit_in_table)
        window.results_view.table.addAction(self.edit_in_table_action)
        self.edit_score_action = _action(
            window,
            translate("WindowActions", "&Edit grade…"),
            _in_view_shown(window, window.views.commands.edit_score, window.editing.edit_score),
            "Ctrl+E",
            translate(
                "WindowActions", "Score, maximum, progress and comment of the selected learners"
            ),
        )
        self.edit_score_action.setIconText(translate("WindowActions", "Edit grade"))
        self.clear_grade_action = _action(
            window,
            translate("WindowActions", "C&lear grade…"),
            _in_view_shown(window, window.views.commands.clear_grade, window.editing.clear_grade),
            None,
            translate(
                "WindowActions",
                "Remove the grade of the selected learners (asks first; sent when you submit)",
            ),
        )
        self.revert_action = _action(
            window,
            translate("WindowActions", "Re&vert changes"),
            window.editing.revert_selection,
            None,
            translate("WindowActions", "Drop the unsent changes of the selected learners"),
        )
        self.bulk_change_action = _action(
            window,
            translate("WindowActions", "&Bulk change…"),
            _in_view_shown(window, window.views.commands.bulk_change, window.editing.bulk_change),
            None,
            translate(
                "WindowActions",
                "Fill, add, scale, curve or clear the selected grades (or the whole column)",
            ),
        )
        self.comment_bank_action = _action(
            window,
            translate("WindowActions", "Co&mment bank…"),
            _in_view_shown(window, self._course_comment_bank(window), window.editing.comment_bank),
            None,
            translate(
                "WindowActions", "Saved comments: manage them, or give one to the selected learners"
            ),
        )
        self.submit_action = _action(
            window,
            translate("WindowActions", "&Submit…"),
            window.submit,
            ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"),
            translate("WindowActions", "Review the unsent changes, then send them to the LMS"),
        )
        self.submit_action.setIconText(translate("WindowActions", "Submit"))
        self.resolve_action = _action(
            window,
            translate("WindowActions", "Resolve &conflicts…"),
            _in_view_shown(
                window, window.views.commands.resolve_conflicts, window.submitter.resolve_conflicts
            ),
            None,
            translate(
                "WindowActions",
                "Grades changed in the LMS after you edited them: keep yours or take theirs",
            ),
        )
        self.import_action = _action(
            window,
            translate("WindowActions", "&Import grades…"),
            window.files.import_grades,
            "Ctrl+I",
            translate(
                "WindowActions", "Bring scores and comments in from a spreadsheet (CSV or XLSX)"
            ),
        )
        self.import_action.setIconText(translate("WindowActions", "Import"))
        self.export_action = _action(
            window,
            translate("WindowActions", "&Export…"),
            window.files.export_grades,
            "Ctrl+Shift+E",
            translate("WindowActions", "Save the grades to a CSV or XLSX file"),
        )
        self.export_action.setIconText(translate("WindowActions", "Export"))
        self.local_data_action = _action(
            window,
            translate("WindowActions", "Remove &local data…"),
            window.files.manage_local_data,
            None,
            translate(
                "WindowActions", "Remove the grades, drafts and history kept on this computer"
            ),
        )

    @staticmethod
    def _course_comment_bank(window: MainWindow) -> Callable[[], None]:
        def use() -> None:
            window.views.commands.comment_bank()
            window.editing.read_bank()  # the bank may have changed in the dialog

        return use

    def build_menus(self, window: MainWindow) -> None:
        menus = window.menuBar()
        file_menu = menus.addMenu(translate("WindowActions", "&File"))
        file_menu.addAction(self.connections_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.local_data_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(translate("WindowActions", "&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.copy_rows_action)
        edit_menu.addAction(window.results_view.paste_action)
        edit_menu.addAction(self.filter_action)
        edit_menu.addSeparator()
        edit_menu.addAction(window.picker.new_action)
        edit_menu.addAction(window.picker.rename_action)
        edit_menu.addAction(window.picker.delete_action)
        grades_menu = menus.addMenu(translate("WindowActions", "&Grades"))
        grades_menu.addAction(self.edit_in_table_action)
        grades_menu.addAction(self.edit_score_action)
        grades_menu.addAction(self.clear_grade_action)
        grades_menu.addAction(self.revert_action)
        grades_menu.addAction(self.bulk_change_action)
        grades_menu.addAction(self.comment_bank_action)
        grades_menu.addSeparator()
        grades_menu.addAction(self.submit_action)
        grades_menu.addAction(self.resolve_action)
        view_menu = menus.addMenu(translate("WindowActions", "&View"))
        view_menu.addAction(self.course_view_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.cancel_load_action)
        view_menu.addSeparator()
        view_menu.addAction(self.read_only_action)
        view_menu.addSeparator()
        window.history_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+H"))
        for dock in (
            window.picker_dock,
            window.stats_dock,
            window.details_dock,
            window.history_dock,
            window.log_dock,
        ):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addMenu(language_menu(view_menu, window.settings, window.messages.inform))
        help_menu = menus.addMenu(translate("WindowActions", "&Help"))
        help_menu.addAction(self.about_action)

    def build_tool_bar(self, window: MainWindow) -> QToolBar:
        bar = QToolBar(translate("WindowActions", "Grading"))
        bar.setObjectName("GradingToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.submit_action, self.undo_action, self.redo_action):
            bar.addAction(action)
        bar.addSeparator()
        for action in (self.edit_score_action, self.import_action, self.export_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.refresh_action)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar
