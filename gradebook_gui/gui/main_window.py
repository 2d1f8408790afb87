"""The main window: grade columns on the left, every learner's grade in the middle, the column's
statistics and the selected student's raw data on the right, the request log and the history of
what was sent at the bottom.

The window only arranges widgets and routes signals; HTTP and the local store run off the main
thread (the task runner, the edit controller's store thread), messages go through the message
channel, and modal questions through `Dialogs`.

Grading: edits are saved as drafts at once (the EditController), Submit shows the review, queues
the confirmed drafts in the outbox and runs the submission engine; a finished run reloads the
line item so every row ends verified, in conflict, failed or still queued. Without a network the
copy of the line item kept on this computer is shown, labelled offline, and editing goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QDateTime, QLocale, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui import __version__
from gradebook_gui.api import AuthError, Credentials, LtiaasClient, RequestRecord
from gradebook_gui.config import Profile, ProfileNotFound
from gradebook_gui.connection import Connection, learn_from_launch
from gradebook_gui.edits import ServerGrade
from gradebook_gui.engine import StopReason, SubmissionReport
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.details_pane import DetailsPane
from gradebook_gui.gui.dialogs import Dialogs
from gradebook_gui.gui.edit_controller import EditController
from gradebook_gui.gui.export_dialog import ExportChoice, export
from gradebook_gui.gui.history_view import HistoryView
from gradebook_gui.gui.icons import app_icon
from gradebook_gui.gui.line_item_picker import LineItemPicker
from gradebook_gui.gui.loader import Clock, ResultsLoader, utc_now
from gradebook_gui.gui.local_data_dialog import journal_retention
from gradebook_gui.gui.messages import MessageChannel, UserMessage
from gradebook_gui.gui.request_log import RequestLogModel, RequestLogPanel
from gradebook_gui.gui.results_model import EDITABLE_COLUMNS, Column, ResultsModel
from gradebook_gui.gui.results_view import ResultsView
from gradebook_gui.gui.review_dialog import ReviewItem
from gradebook_gui.gui.score_delegate import CellEditor
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.stats_pane import StatsPane
from gradebook_gui.gui.submission import (
    SENDING_ACTION,
    CredentialsRefused,
    SubmissionController,
    SubmissionProgress,
    describe_report,
    failure_message,
)
from gradebook_gui.gui.workers import TaskContext, TaskRunner
from gradebook_gui.models import IdToken, LineItem, PlatformFamily
from gradebook_gui.services import submitting
from gradebook_gui.services.local_data import (
    LocalDataChoice,
    LocalDataSummary,
    apply_local_data_choice,
    apply_retention,
    summarize_local_data,
)
from gradebook_gui.services.submitting import (
    AppliedResolutions,
    Resolution,
    apply_resolutions,
)
from gradebook_gui.store import GradeStore, OutboxEntry

log = logging.getLogger(__name__)

APP_TITLE = "Gradebook"

_PLATFORM_NAMES = {
    PlatformFamily.canvas: "Canvas",
    PlatformFamily.moodle: "Moodle",
    PlatformFamily.blackboard: "Blackboard Learn",
    PlatformFamily.d2l: "D2L Brightspace",
    PlatformFamily.sakai: "Sakai",
}

NOT_CONNECTED_HINT = (
    "Not connected. Choose File › Connections… to connect to your LTIAAS account, "
    "or start the app with --demo to try the built-in sandbox."
)

# How often the offline label's "downloaded 2 hours ago" is brought up to date.
AGE_REFRESH_MS = 60_000
# Row states follow a running submission at most this often (each refresh reads the store).
SENDING_REFRESH_MS = 500


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def describe_age(taken_at: datetime, now: datetime) -> str:
    """ "2 hours ago": how long ago a download was made, in the largest whole unit."""
    minutes = int(max(0.0, (now - taken_at).total_seconds()) // 60)
    if minutes < 1:
        return "less than a minute ago"
    if minutes < 60:
        return f"{_plural(minutes, 'minute', 'minutes')} ago"
    hours = minutes // 60
    if hours < 48:
        return f"{_plural(hours, 'hour', 'hours')} ago"
    return f"{_plural(hours // 24, 'day', 'days')} ago"


def describe_pending(unsent: int, conflicts: int) -> str:
    """ "3 unsent changes (1 conflict)" for the status bar."""
    text = _plural(unsent, "unsent change", "unsent changes") if unsent else "No unsent changes"
    if conflicts:
        text += f" ({_plural(conflicts, 'conflict', 'conflicts')})"
    return text


# -- work for the task runner (plain functions: they run on pool threads) -----------------------


def _learn(
    connection: Connection, client: LtiaasClient, context: TaskContext
) -> tuple[Connection, IdToken]:
    return learn_from_launch(connection, client)


def _read_to_submit(
    store: GradeStore, key: str, line_item_id: str, _: TaskContext
) -> submitting.ToSubmit:
    return submitting.read_to_submit(store, key, line_item_id)


def _queue(
    store: GradeStore, key: str, line_item_id: str, user_ids: list[str], _: TaskContext
) -> list[OutboxEntry]:
    label = f"Submit {_plural(len(user_ids), 'grade', 'grades')}"
    return submitting.queue_drafts(store, key, line_item_id, user_ids, label)


def _count_conflicts(store: GradeStore, key: str, line_item_id: str, _: TaskContext) -> int:
    return submitting.count_conflicts(store, key, line_item_id)


def _read_conflicts(
    store: GradeStore, client: LtiaasClient, key: str, line_item_id: str, _: TaskContext
) -> submitting.Conflicts:
    return submitting.read_conflicts(store, client, key, line_item_id)


def _resolve(
    store: GradeStore,
    resolutions: dict[int, Resolution],
    current: dict[str, ServerGrade],
    line_item: LineItem,
    profile: str | None,
    _: TaskContext,
) -> AppliedResolutions:
    return apply_resolutions(store, resolutions, current, line_item=line_item, profile=profile)


def _read_waiting(store: GradeStore, key: str, _: TaskContext) -> list[submitting.Waiting]:
    return submitting.waiting_per_line_item(store, key)


def _line_items_of(
    store: GradeStore, client: LtiaasClient, key: str, line_item_ids: list[str], _: TaskContext
) -> list[LineItem]:
    return [
        submitting.line_item_to_send(store, client, key, line_item_id)
        for line_item_id in line_item_ids
    ]


def _kept_line_items(store: GradeStore, key: str, _: TaskContext) -> list[LineItem]:
    """Line items with a download kept on this computer, most recent first."""
    kept = []
    for info in store.snapshot_list(key):
        snapshot = store.load_snapshot(key, info.line_item_id)
        if snapshot is not None:
            kept.append(snapshot.line_item)
    return kept


def _export(
    choice: ExportChoice, line_item: LineItem, grades: tuple[StudentGrade, ...], _: TaskContext
) -> list[str]:
    return export(choice, line_item, grades)


def _summarize(
    store: GradeStore, key: str, label: str, line_item: LineItem | None, _: TaskContext
) -> LocalDataSummary:
    return summarize_local_data(store, key, label, line_item)


def _apply_local_data(store: GradeStore, choice: LocalDataChoice, _: TaskContext) -> int:
    return apply_local_data_choice(store, choice)


def _prune_journal(store: GradeStore, days: int | None, _: TaskContext) -> int:
    return apply_retention(store, days)


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        session: Session,
        runner: TaskRunner,
        messages: MessageChannel,
        settings: WindowSettings,
        store: GradeStore,
        dialogs: Dialogs | None = None,
        read_only: bool = False,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.messages = messages
        self.settings = settings
        self.store = store
        self.dialogs = dialogs or Dialogs()
        self._clock = clock
        self._read_only = read_only
        self._pending_retries: list[Callable[[], None]] = []
        self._asking_credentials = False
        self._learn_task: int | None = None
        self._closed = False
        # Submitting waits for the edits still being saved.
        self._submit_when_saved = False
        # The line item being sent, and those waiting for their turn.
        self._sending: LineItem | None = None
        self._send_queue: list[LineItem] = []
        self._conflicts = 0
        # The download shown instead of fresh data while the LMS cannot be reached.
        self._offline_copy: tuple[LineItem, datetime] | None = None
        self._removal_after_keeping: LocalDataChoice | None = None
        self._history_key: str | None = None  # the connection the History dock shows

        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._build_tool_bar()
        self._build_status_bar()
        self._connect_signals()
        self._restore_layout()
        self.set_read_only(read_only)
        self._on_session_changed()
        self._show_pending()
        self.runner.submit(
            partial(_prune_journal, store, journal_retention(settings)),
            on_success=self._on_journal_pruned,
            on_failure=partial(self.messages.report_failure, "Pruning the history"),
            description="prune the history",
        )

    # -- building ----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.results_model = ResultsModel()
        self.results_view = ResultsView(self.results_model)
        header = self.results_view.table.horizontalHeader()
        # Status beside Score, by default: a score typed is seen saving, then saved, right there.
        header.moveSection(header.visualIndex(Column.STATUS), header.visualIndex(Column.SCORE) + 1)
        self.offline_banner = self._build_offline_banner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.results_view, 1)
        self.setCentralWidget(central)
        self.loader = ResultsLoader(
            self.session, self.runner, self.results_model, self.messages, self.store, self._clock
        )
        self.edits = EditController(self.store, self.results_model, self.messages, self)
        self.submission = SubmissionController(self.runner, self)

        self.picker = LineItemPicker(self.session, self.runner, self.messages, self.dialogs)
        self.stats_pane = StatsPane()
        self.details_pane = DetailsPane()
        self.request_log_model = RequestLogModel(parent=self)
        self.request_log_panel = RequestLogPanel(self.request_log_model)
        self.history_view = HistoryView(self.runner, self.store, locale=QLocale())

        self.picker_dock = self._dock("Grade columns", "GradeColumnsDock", self.picker)
        self.stats_dock = self._dock("Statistics", "StatisticsDock", self.stats_pane)
        self.details_dock = self._dock("Details", "DetailsDock", self.details_pane)
        self.log_dock = self._dock("Request log", "RequestLogDock", self.request_log_panel)
        self.history_dock = self._dock("History", "HistoryDock", self.history_view)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.picker_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.stats_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history_dock)
        self.tabifyDockWidget(self.log_dock, self.history_dock)
        self.resizeDocks([self.picker_dock], [300], Qt.Orientation.Horizontal)
        self.resizeDocks([self.stats_dock], [270], Qt.Orientation.Horizontal)
        self.log_dock.hide()
        self.history_dock.hide()

        QWidget.setTabOrder(self.picker.search_edit, self.picker.table)
        QWidget.setTabOrder(self.picker.table, self.results_view)

    def _build_offline_banner(self) -> QFrame:
        """Above the table while it shows the copy kept on this computer: how old it is."""
        banner = QFrame()
        banner.setObjectName("OfflineBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        # Tooltip colours: a note set apart from the table, readable in light and dark themes.
        banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        banner.setAutoFillBackground(True)
        size = self.fontMetrics().height() * 2
        icon = QLabel()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(QSize(size, size)))
        self.offline_banner_label = QLabel()
        self.offline_banner_label.setWordWrap(True)
        self.offline_banner_label.setAccessibleName("Offline copy")
        self.offline_banner_label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.offline_retry_button = QPushButton("&Try again")
        self.offline_retry_button.setAccessibleName("Try to reach the LMS again")
        self.offline_retry_button.setToolTip("Load the grades from the LMS again (F5)")
        self.offline_retry_button.clicked.connect(self.refresh)
        layout = QHBoxLayout(banner)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.offline_banner_label, 1)
        layout.addWidget(self.offline_retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        banner.hide()
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(AGE_REFRESH_MS)
        self._age_timer.timeout.connect(self._show_offline_copy)
        return banner

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        widget.setAccessibleName(title)
        return dock

    def _action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | tuple[str, ...] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, tuple):
            action.setShortcuts([QKeySequence(each) for each in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.connections_action = self._action(
            "&Connections…",
            self.open_connections_dialog,
            "Ctrl+Shift+O",
            "Add, edit, test or open a connection to an LTIAAS account",
        )
        self.quit_action = self._action("&Quit", self.quit, "Ctrl+Q", "Close the window")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.copy_rows_action = self._action(
            "&Copy selected rows",
            self.copy_selected_rows,
            "Ctrl+Shift+C",
            "Copy the selected learners as tab-separated text",
        )
        self.filter_action = self._action(
            "&Filter learners", self.focus_filter, "Ctrl+F", "Filter by name, ID or email"
        )
        self.refresh_action = self._action(
            "&Refresh", self.refresh, "F5", "Load the grade columns and grades again"
        )
        self.cancel_load_action = self._action(
            "&Stop loading", self.loader.cancel, None, "Stop loading the grades"
        )
        self.cancel_load_action.setEnabled(False)
        self.read_only_action = QAction("&Read-only mode", self)
        self.read_only_action.setCheckable(True)
        self.read_only_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.read_only_action.setStatusTip("Nothing can be changed or sent while this is on")
        self.read_only_action.toggled.connect(self.set_read_only)
        self.addAction(self.read_only_action)
        self.about_action = self._action("&About Gradebook", self.show_about)
        self._build_grading_actions()

    def _build_grading_actions(self) -> None:
        self.undo_action = self._action(
            "&Undo", self.edits.undo, QKeySequence.StandardKey.Undo, "Undo the last change"
        )
        self.undo_action.setIconText("Undo")
        self.redo_action = self._action(
            "&Redo", self.edits.redo, ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo the change undone"
        )
        self.redo_action.setIconText("Redo")
        # Enter and F2 belong to the table only: elsewhere they mean what they always mean.
        self.edit_in_table_action = QAction("Edit in the &table", self.results_view.table)
        self.edit_in_table_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence("F2")]
        )
        self.edit_in_table_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_in_table_action.setStatusTip(
            "Type the score (or comment) in the table; Enter saves and moves down"
        )
        self.edit_in_table_action.triggered.connect(self.edit_in_table)
        self.results_view.table.addAction(self.edit_in_table_action)
        self.edit_score_action = self._action(
            "&Edit grade…",
            self.edit_score,
            "Ctrl+E",
            "Score, maximum, progress and comment of the selected learners",
        )
        self.edit_score_action.setIconText("Edit grade")
        self.clear_grade_action = self._action(
            "C&lear grade…",
            self.clear_grade,
            None,
            "Remove the grade of the selected learners in the LMS (asks first)",
        )
        self.revert_action = self._action(
            "Re&vert changes",
            self.revert_selection,
            None,
            "Drop the unsent changes of the selected learners",
        )
        self.submit_action = self._action(
            "&Submit…",
            self.submit,
            ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"),
            "Review the unsent changes, then send them to the LMS",
        )
        self.submit_action.setIconText("Submit")
        self.resolve_action = self._action(
            "Resolve &conflicts…",
            self.resolve_conflicts,
            None,
            "Grades changed in the LMS after you edited them: keep yours or take theirs",
        )
        self.import_action = self._action(
            "&Import grades…",
            self.import_grades,
            "Ctrl+I",
            "Bring scores and comments in from a spreadsheet (CSV or XLSX)",
        )
        self.import_action.setIconText("Import")
        self.export_action = self._action(
            "&Export…",
            self.export_grades,
            "Ctrl+Shift+E",
            "Save the grades to a CSV or XLSX file",
        )
        self.export_action.setIconText("Export")
        self.local_data_action = self._action(
            "Remove &local data…",
            self.manage_local_data,
            None,
            "Remove the grades, drafts and history kept on this computer",
        )

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addAction(self.connections_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.local_data_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.copy_rows_action)
        edit_menu.addAction(self.results_view.paste_action)
        edit_menu.addAction(self.filter_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.picker.new_action)
        edit_menu.addAction(self.picker.rename_action)
        edit_menu.addAction(self.picker.delete_action)
        grades_menu = menus.addMenu("&Grades")
        grades_menu.addAction(self.edit_in_table_action)
        grades_menu.addAction(self.edit_score_action)
        grades_menu.addAction(self.clear_grade_action)
        grades_menu.addAction(self.revert_action)
        grades_menu.addSeparator()
        grades_menu.addAction(self.submit_action)
        grades_menu.addAction(self.resolve_action)
        view_menu = menus.addMenu("&View")
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.cancel_load_action)
        view_menu.addSeparator()
        view_menu.addAction(self.read_only_action)
        view_menu.addSeparator()
        self.history_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+H"))
        for dock in (
            self.picker_dock,
            self.stats_dock,
            self.details_dock,
            self.history_dock,
            self.log_dock,
        ):
            view_menu.addAction(dock.toggleViewAction())
        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _build_tool_bar(self) -> None:
        bar = QToolBar("Grading")
        bar.setObjectName("GradingToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.submit_action, self.undo_action, self.redo_action):
            bar.addAction(action)
        bar.addSeparator()
        for action in (self.edit_score_action, self.import_action, self.export_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.refresh_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.tool_bar = bar

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setAccessibleName("Loading progress")
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName("Loading")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel loading")
        self.cancel_button.setToolTip("Stop loading; what arrived stays on screen")
        self.cancel_button.clicked.connect(self.loader.cancel)
        self.submission_progress = SubmissionProgress(self.submission)
        self.pending_label = QLabel()
        self.pending_label.setAccessibleName("Unsent changes")
        self.pending_label.setToolTip(
            "Changes saved on this computer and not yet shown by the LMS. "
            "Grades › Submit (Ctrl+S) sends them."
        )
        self.connection_label = QLabel()
        self.connection_label.setAccessibleName("Connection")
        self.platform_label = QLabel()
        self.platform_label.setAccessibleName("LMS")
        self.learners_label = QLabel()
        self.learners_label.setAccessibleName("Learners")
        self.offline_label = QLabel()
        self.offline_label.setAccessibleName("Offline")
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        size = self.fontMetrics().height()
        self.offline_icon = QLabel()
        self.offline_icon.setPixmap(warning.pixmap(QSize(size, size)))
        self.read_only_label = QLabel("Read-only")
        self.read_only_label.setAccessibleName("Read-only mode")
        self.read_only_label.setToolTip("Nothing can be changed or sent (View › Read-only mode)")
        font = self.read_only_label.font()
        font.setBold(True)
        self.read_only_label.setFont(font)
        self.read_only_label.setFrameShape(QLabel.Shape.StyledPanel)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            bar.addWidget(widget)
            widget.hide()
        for permanent in (
            self.submission_progress,
            self.offline_icon,
            self.offline_label,
            self.pending_label,
            self.connection_label,
            self.platform_label,
            self.learners_label,
            self.read_only_label,
        ):
            bar.addPermanentWidget(permanent)
        self.submission_progress.hide()
        self.offline_icon.hide()
        self.offline_label.hide()

    def _connect_signals(self) -> None:
        self.messages.set_parent_widget(self)
        self.messages.set_auth_handler(self._on_auth_refused)
        self.messages.status_message.connect(self._show_status_message)
        self.messages.offline_changed.connect(self._on_offline_changed)
        self.session.changed.connect(self._on_session_changed)
        self.session.request_recorded.connect(self.request_log_model.append)
        self.session.request_recorded.connect(self._on_request_recorded)
        self.picker.line_item_chosen.connect(self._on_line_item_chosen)
        self.picker.line_item_renamed.connect(self._on_line_item_renamed)
        self.picker.line_item_deleted.connect(self._on_line_item_deleted)
        self.loader.started.connect(self._on_load_started)
        self.loader.progressed.connect(self._on_load_progressed)
        self.loader.finished.connect(self._on_load_finished)
        self.loader.stopped.connect(self._on_load_stopped)
        self.loader.failed.connect(self._on_load_failed)
        self.loader.snapshot_shown.connect(self._on_snapshot_shown)
        self.loader.grades_ready.connect(self._on_grades_ready)
        self.loader.kept.connect(self._on_download_kept)
        self.results_view.selection_changed.connect(self.details_pane.show_grade)
        self.results_view.edit_refused.connect(self._on_edit_refused)
        self.results_view.edit_warning.connect(self._on_edit_warning)
        self.stats_pane.bind(self.results_model)
        self.results_model.modelReset.connect(self._update_learner_count)
        self.results_model.modelReset.connect(self._update_actions)
        self.results_model.rowsInserted.connect(self._update_learner_count)
        self.edits.undo_state_changed.connect(self._on_undo_state_changed)
        self.edits.pending_count_changed.connect(self._on_pending_count_changed)
        self.edits.busy_changed.connect(self._on_edits_busy_changed)
        self.submission.running_changed.connect(self._on_sending_changed)
        self.submission.progress.connect(self._on_sending_progress)
        self.submission.finished.connect(self._on_sent)
        self.submission.failed.connect(self._on_sending_failed)
        self.history_view.failed.connect(self.messages.report_failure)
        self.history_dock.visibilityChanged.connect(self._on_history_visibility_changed)
        self._sending_refresh = QTimer(self)
        self._sending_refresh.setSingleShot(True)
        self._sending_refresh.setInterval(SENDING_REFRESH_MS)
        self._sending_refresh.timeout.connect(self.edits.refresh_states)

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 780)
        state = self.settings.window_state
        if not state.isEmpty():
            self.restoreState(state)
        header = self.settings.header_state
        if not header.isEmpty():
            self.results_view.restore_header_state(header)

    def save_layout(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.header_state = QByteArray(self.results_view.header_state())
        self.settings.sync()

    # -- connecting --------------------------------------------------------------------------

    def start(self, profile_name: str | None = None) -> None:
        """Open what the user asked for, or the last connection, or offer to add one."""
        if self.session.is_open:
            self._after_open()
            return
        profiles = self.session.profiles
        name = profile_name or self.settings.last_profile
        if name:
            try:
                profile = profiles.get(name)
            except ProfileNotFound:
                if profile_name:
                    self.messages.inform(f"There is no saved connection named “{name}”.", 0)
                self.settings.last_profile = None
                self.picker.clear(NOT_CONNECTED_HINT)
                self.manage_connections()
                return
            self.open_profile(profile)
            return
        self.picker.clear(NOT_CONNECTED_HINT)
        self.manage_connections()

    def open_profile(self, profile: Profile) -> None:
        self._leave_line_item()
        self.picker.clear("Connecting…")
        if not self.session.open_profile(profile):
            self.picker.clear(NOT_CONNECTED_HINT)
            self.messages.inform(
                f"The secrets of “{profile.name}” are not on this computer any more "
                f"({self.session.secrets.describe()}). Paste them again.",
                0,
            )
            self.manage_connections(select=profile.name)
            return
        self._after_open()
        self._on_connection_opened()

    def open_connection(self, connection: Connection, *, demo: bool = False) -> None:
        """Open a connection that is not a saved profile (the demo, the environment)."""
        self._leave_line_item()
        self.picker.clear("Connecting…")
        self.session.open(connection, demo=demo)
        self._after_open()
        self._on_connection_opened()

    def _after_open(self) -> None:
        connection = self.session.connection
        client = self.session.client
        if connection is None or client is None:
            return
        if connection.credentials.ltik and connection.platform is PlatformFamily.unknown:
            # The platform decides paging (Moodle) and comments (Canvas): learn it first.
            self._learn_task = self.runner.submit(
                partial(_learn, connection, client),
                on_success=self._on_launch_learned,
                on_failure=self._on_learn_failed,
                description="read idtoken",
            )
            self.picker.clear("Reading the launch…")
        else:
            self.picker.reload()

    def _on_connection_opened(self) -> None:
        """Show this connection's history, and offer to send what an earlier session queued."""
        key = self.session.key
        if key is None:
            return
        self._show_history()
        self.runner.submit(
            partial(_read_waiting, self.store, key),
            on_success=partial(self._on_waiting_read, key),
            on_failure=partial(self.messages.report_failure, "Reading the grades waiting"),
            description="read the grades waiting to be sent",
        )

    def _on_launch_learned(self, outcome: tuple[Connection, IdToken]) -> None:
        self._learn_task = None
        connection, token = outcome
        self.session.adopt_launch(connection, token)
        if not token.service_key:
            self.messages.inform(
                "No service key was offered: the ltik lasts 24 hours, then launch the tool "
                "from the LMS again.",
                15000,
            )
        self.picker.reload()

    def _on_learn_failed(self, error: BaseException) -> None:
        self._learn_task = None
        connection = self.session.connection
        if connection is not None and connection.credentials.service_key:
            # The service key does not expire and works without the launch (an ltik older than
            # 24 hours fails here); the platform stays unknown and the standard rules apply.
            log.info("idtoken could not be read: %s", error)
            self.picker.reload()
            return
        self.picker.clear("Not connected: the launch could not be read.")
        self.messages.report_failure("Reading the launch (idtoken)", error, retry=self._after_open)

    @Slot()
    def open_connections_dialog(self) -> None:
        self.manage_connections()

    def manage_connections(self, select: str | None = None) -> None:
        current = self.session.profile.name if self.session.profile else None
        profile = self.dialogs.manage_connections(
            self, self.session.profiles, self.session.secrets, self.runner, select or current
        )
        if profile is not None:
            self.open_profile(profile)
        elif not self.session.is_open:
            self.picker.clear(NOT_CONNECTED_HINT)

    # -- credentials refused -----------------------------------------------------------------

    def _on_auth_refused(self, error: AuthError, retry: Callable[[], None] | None) -> None:
        if retry is not None:
            self._pending_retries.append(retry)
        if self._asking_credentials:
            return
        connection = self.session.connection
        if connection is None:
            return
        self._asking_credentials = True
        try:
            renewal = self.dialogs.ask_new_credential(self, self.session.description, error)
        finally:
            self._asking_credentials = False
        retries, self._pending_retries = self._pending_retries, []
        if renewal is None:
            self.messages.inform(
                "LTIAAS refused the credentials. Press F5 to try again, or update the "
                "connection in File › Connections…",
                0,
            )
            return
        old = connection.credentials
        api_key = renewal.api_key or old.api_key
        if renewal.ltik:
            # A new launch: its idtoken gives the service key again.
            credentials = Credentials(api_key=api_key, ltik=renewal.ltik)
        else:
            credentials = Credentials(
                api_key=api_key, ltik=old.ltik, service_key=renewal.service_key
            )
        self.session.renew_credentials(credentials)
        self._pending_retries = retries
        if renewal.ltik:
            self._relearn_then_retry()
        else:
            self._run_pending_retries()

    def _relearn_then_retry(self) -> None:
        connection = self.session.connection
        client = self.session.client
        assert connection is not None and client is not None
        self.runner.submit(
            partial(_learn, connection, client),
            on_success=self._on_relearned,
            on_failure=self._on_relearn_failed,
            description="read idtoken",
        )

    def _on_relearned(self, outcome: tuple[Connection, IdToken]) -> None:
        connection, token = outcome
        self.session.adopt_launch(connection, token)
        self._run_pending_retries()

    def _on_relearn_failed(self, error: BaseException) -> None:
        if isinstance(error, AuthError):
            # The new ltik was refused too: ask again; the refused operations stay pending.
            self.messages.report_failure("Reading the launch (idtoken)", error)
            return
        # The ltik alone still opens the grade endpoints: carry on without a service key.
        log.info("idtoken could not be read after signing in again: %s", error)
        self._run_pending_retries()

    def _run_pending_retries(self) -> None:
        retries, self._pending_retries = self._pending_retries, []
        for retry in retries:
            retry()

    # -- line items and loading --------------------------------------------------------------

    def _leave_line_item(self) -> None:
        self.loader.clear()
        self.edits.unload()
        self._hide_offline_copy()

    @Slot(object)
    def _on_line_item_chosen(self, item: object) -> None:
        assert isinstance(item, LineItem)
        self.loader.load(item)
        self._update_title()

    @Slot(object)
    def _on_line_item_renamed(self, item: object) -> None:
        self._update_title()

    @Slot(str)
    def _on_line_item_deleted(self, line_item_id: str) -> None:
        current = self.loader.line_item
        if current is not None and current.id == line_item_id:
            self._leave_line_item()
        self._update_title()

    @Slot(object)
    def _on_load_started(self, item: object) -> None:
        assert isinstance(item, LineItem)
        self.progress_label.setText(f"Loading “{item.label}”…")
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.show()
        self.cancel_load_action.setEnabled(True)
        if self._offline_copy is not None and self._offline_copy[0].id != item.id:
            self._hide_offline_copy()
        key = self.session.key
        if key is not None:
            # Drafts and outbox states show as the rows arrive, and edits go to this line item.
            self.edits.load(key, item.id)
            self._count_conflicts()
        self._update_actions()

    @Slot(int, int)
    def _on_load_progressed(self, learners: int, results: int) -> None:
        self.progress_label.setText(f"Loading: {learners} learners, {results} grades so far…")

    def _hide_progress(self) -> None:
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.hide()
        self.cancel_load_action.setEnabled(False)

    @Slot(object)
    def _on_load_finished(self, item: object) -> None:
        assert isinstance(item, LineItem)
        self._hide_progress()
        self._hide_offline_copy()
        count = self.results_model.rows_count_total()
        self.messages.inform(f"Loaded {count} learners of “{item.label}”.")
        self._update_learner_count()

    @Slot(object)
    def _on_load_stopped(self, item: object) -> None:
        self._hide_progress()
        count = self.results_model.rows_count_total()
        self.messages.inform(
            f"Stopped loading: the list is incomplete ({count} learners so far). "
            "Press F5 to load everything.",
            0,
        )
        self._update_learner_count()

    @Slot(object, object)
    def _on_load_failed(self, item: object, error: object) -> None:
        self._hide_progress()
        self._update_learner_count()

    @Slot(object)
    def _on_grades_ready(self, item: object) -> None:
        grades = self.loader.grades or ()
        self.history_view.set_names(
            {grade.user_id: grade.name for grade in grades if grade.name is not None}
        )
        self._update_actions()

    @Slot()
    def _update_learner_count(self) -> None:
        if self.results_model.line_item() is None:
            self.learners_label.setText("")
            return
        count = self.results_model.rows_count_total()
        suffix = " (loading)" if self.loader.loading else ""
        self.learners_label.setText(f"{count} learner{'s' if count != 1 else ''}{suffix}")

    # -- offline -----------------------------------------------------------------------------

    @Slot(object, object)
    def _on_snapshot_shown(self, item: object, taken_at: object) -> None:
        assert isinstance(item, LineItem) and isinstance(taken_at, datetime)
        self._offline_copy = (item, taken_at)
        self._show_offline_copy()
        self._age_timer.start()
        self.edits.refresh_states()
        self._update_learner_count()

    @Slot()
    def _show_offline_copy(self) -> None:
        if self._offline_copy is None:
            return
        _, taken_at = self._offline_copy
        moment = QDateTime.fromSecsSinceEpoch(int(taken_at.timestamp())).toLocalTime()
        when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        self.offline_banner_label.setText(
            f"<b>Offline: showing the grades downloaded {describe_age(taken_at, self._clock())}"
            f"</b> ({when}).<br>The LMS cannot be reached. Changes you make are saved on this "
            "computer; Submit sends them once the LMS answers again, after checking that "
            "nobody changed those grades there meanwhile."
        )
        self.offline_banner.show()

    def _hide_offline_copy(self) -> None:
        self._offline_copy = None
        self._age_timer.stop()
        self.offline_banner.hide()

    @Slot(bool, str)
    def _on_offline_changed(self, offline: bool, explanation: str) -> None:
        self.offline_label.setText("Offline" if offline else "")
        self.offline_label.setToolTip(explanation)
        self.offline_icon.setToolTip(explanation)
        self.offline_label.setVisible(offline)
        self.offline_icon.setVisible(offline)
        key = self.session.key
        if offline and key and self.picker.model.total_count() == 0 and not self.picker.busy:
            # The grade columns could not be listed: offer those kept on this computer.
            self.runner.submit(
                partial(_kept_line_items, self.store, key),
                on_success=partial(self._on_kept_line_items, key),
                on_failure=partial(self.messages.report_failure, "Listing the kept grades"),
                description="list the line items kept on this computer",
            )

    def _on_kept_line_items(self, key: str, items: list[LineItem]) -> None:
        if key != self.session.key or self.picker.model.total_count() or not items:
            return  # another connection, or the LMS answered meanwhile, or nothing kept
        self.picker.model.set_items(items)
        wanted = self.session.last_line_item_id
        if wanted is None or self.picker.model.row_of(wanted) is None:
            wanted = items[0].id
        self.picker.select(wanted)
        self.picker.status_label.setText(
            f"Offline: {_plural(len(items), 'grade column', 'grade columns')} kept on this "
            "computer. Press F5 to try the LMS again."
        )

    # -- history ------------------------------------------------------------------------------

    def _show_history(self) -> None:
        """Read this connection's history again, when the History dock is open (else once it is
        opened: formatting a long history is work the window need not do unseen)."""
        key = self.session.key
        if key is None or self.history_dock.isHidden():
            return
        if key == self._history_key:
            self.history_view.refresh()
        else:
            self._history_key = key
            self.history_view.load(key)

    @Slot(bool)
    def _on_history_visibility_changed(self, visible: bool) -> None:
        if visible:
            self._show_history()

    @Slot(object)
    def _on_request_recorded(self, record: object) -> None:
        if isinstance(record, RequestRecord) and record.status is not None:
            self.messages.back_online()

    # -- editing -----------------------------------------------------------------------------

    def _editable_line_item(self) -> LineItem | None:
        """The line item shown, when its grades may be changed now (says why not otherwise)."""
        if self._read_only:
            self.messages.inform("Read-only mode is on: nothing can be changed or sent.", 5000)
            return None
        line_item = self.results_model.line_item()
        if line_item is None or self.session.key is None:
            self.messages.inform("Choose a grade column first.", 5000)
            return None
        return line_item

    def _selected_learners(self) -> list[StudentGrade]:
        learners = [self.results_model.grade_at(row) for row in self.results_view.selected_rows()]
        if not learners:
            self.messages.inform("Select the learners first.", 5000)
        return learners

    @Slot()
    def edit_in_table(self) -> None:
        """Enter or F2: type in the current learner's score (or comment) cell."""
        if self._editable_line_item() is None:
            return
        table = self.results_view.table
        current = table.currentIndex()
        if not current.isValid():
            return
        if current.column() not in EDITABLE_COLUMNS:
            current = current.siblingAtColumn(Column.SCORE)
        if not current.flags() & Qt.ItemFlag.ItemIsEditable:
            self.messages.inform(
                "This learner is not on the course roster: their grade cannot be changed here.",
                5000,
            )
            return
        table.setCurrentIndex(current)
        table.edit(current)

    @Slot()
    def edit_score(self) -> None:
        """Ctrl+E: the score dialog for the selected learners."""
        line_item = self._editable_line_item()
        learners = self._selected_learners() if line_item else []
        if line_item is None or not learners:
            return
        edits = self.dialogs.ask_score(
            self, learners=learners, line_item=line_item, locale=self.results_model.locale()
        )
        if not edits:
            return
        who = learners[0].name or learners[0].user_id
        label = (
            f"Edit grade of {who}"
            if len(edits) == 1
            else f"Edit grades of {_plural(len(edits), 'learner', 'learners')}"
        )
        self.results_model.request_edits(edits, label)

    @Slot()
    def clear_grade(self) -> None:
        line_item = self._editable_line_item()
        learners = self._selected_learners() if line_item else []
        if line_item is None or not learners:
            return
        if self.dialogs.confirm_clear(self, learners):
            rows = self.results_model.rows_of_users({learner.user_id for learner in learners})
            self.results_model.request_clear(rows)

    @Slot()
    def revert_selection(self) -> None:
        if self._editable_line_item() is None:
            return
        rows = self.results_view.selected_rows()
        if rows:
            self.edits.revert(rows)
        else:
            self.messages.inform("Select the learners whose changes to drop first.", 5000)

    @Slot(str)
    def _on_edit_refused(self, text: str) -> None:
        self.messages.inform(text, 8000)

    @Slot(str)
    def _on_edit_warning(self, text: str) -> None:
        self.messages.inform(text, 8000)

    @Slot(object, object)
    def _on_undo_state_changed(self, undo: object, redo: object) -> None:
        self.undo_action.setText(f"&Undo “{undo}”" if undo else "&Undo")
        self.redo_action.setText(f"&Redo “{redo}”" if redo else "&Redo")
        self._update_actions()

    @Slot(int)
    def _on_pending_count_changed(self, count: int) -> None:
        self._show_pending()
        self._count_conflicts()

    def _show_pending(self) -> None:
        self.pending_label.setText(describe_pending(self.edits.pending_count, self._conflicts))

    def _count_conflicts(self) -> None:
        key, line_item = self.session.key, self.results_model.line_item()
        if key is None or line_item is None:
            self._on_conflicts_counted(None, 0)
            return
        self.runner.submit(
            partial(_count_conflicts, self.store, key, line_item.id),
            on_success=partial(self._on_conflicts_counted, line_item.id),
            on_failure=partial(self.messages.report_failure, "Reading the conflicts"),
            description="count the conflicts",
        )

    def _on_conflicts_counted(self, line_item_id: str | None, count: int) -> None:
        shown = self.results_model.line_item()
        if line_item_id is not None and (shown is None or shown.id != line_item_id):
            return  # about a line item left meanwhile
        self._conflicts = count
        self._show_pending()
        self._update_actions()

    # -- submitting --------------------------------------------------------------------------

    def _commit_open_editor(self) -> bool:
        """A score still being typed is saved first; False when it is not a valid score."""
        editor = QApplication.focusWidget()
        if not isinstance(editor, CellEditor):
            return True
        if not self.results_view.table.cell_delegate.commit(editor):
            return False
        self.results_view.table.setFocus()
        return True

    @Slot()
    def submit(self) -> None:
        """Review the drafts, then queue the confirmed ones and send them."""
        line_item = self._editable_line_item()
        # The review compares each draft with the grades as downloaded: all of them are needed.
        if line_item is None or self._ready_grades() is None or not self._commit_open_editor():
            return
        if self.submission.running:
            self.messages.inform("Grades are being sent: wait for the current run.", 5000)
            return
        if self.edits.is_busy:
            # What was just typed is still being saved; the review must list it.
            self._submit_when_saved = True
            return
        key = self.session.key
        assert key is not None
        self.runner.submit(
            partial(_read_to_submit, self.store, key, line_item.id),
            on_success=partial(self._review, key, line_item),
            on_failure=partial(self.messages.report_failure, "Reading the changes to send"),
            description="read the changes to send",
        )

    @Slot(bool)
    def _on_edits_busy_changed(self, busy: bool) -> None:
        if not busy and self._submit_when_saved:
            self._submit_when_saved = False
            self.submit()

    def _review(self, key: str, line_item: LineItem, to_submit: submitting.ToSubmit) -> None:
        shown = self.results_model.line_item()
        if key != self.session.key or shown is None or shown.id != line_item.id:
            return  # the user went elsewhere meanwhile
        if not to_submit.drafts:
            if to_submit.queued:
                self.messages.inform(
                    f"Sending the {_plural(to_submit.queued, 'grade', 'grades')} already queued…",
                    5000,
                )
                self._send(line_item)
            elif self._conflicts:
                self.messages.inform(
                    "Nothing new to send. Grades › Resolve conflicts… decides about the grades "
                    "changed in the LMS.",
                    8000,
                )
            else:
                self.messages.inform("Nothing to send: there are no unsent changes.", 5000)
            return
        by_user = {grade.user_id: grade for grade in self.loader.grades or ()}
        items = [
            ReviewItem(by_user.get(user_id) or StudentGrade(user_id, None, None), draft)
            for user_id, draft in to_submit.drafts.items()
        ]
        items.sort(key=lambda item: (item.name.casefold(), item.user_id))
        confirmed = self.dialogs.review_submission(
            self,
            line_item=line_item,
            items=items,
            platform=self.session.platform,
            locale=self.results_model.locale(),
        )
        if not confirmed:
            return
        self.runner.submit(
            partial(_queue, self.store, key, line_item.id, [item.user_id for item in items]),
            on_success=partial(self._on_queued, line_item),
            on_failure=partial(self.messages.report_failure, "Queueing the grades"),
            description="queue the grades",
        )

    def _on_queued(self, line_item: LineItem, entries: list[OutboxEntry]) -> None:
        self.edits.refresh_states()
        self._send(line_item)

    def _send(self, line_item: LineItem) -> None:
        """Run the submission engine for `line_item`, after the line item being sent if any."""
        client, key, connection = self.session.client, self.session.key, self.session.connection
        if client is None or key is None or connection is None:
            self.messages.inform("Not connected: the grades stay queued.", 0)
            return
        if self.submission.running:
            self._send_queue.append(line_item)
            return
        self._sending = line_item
        self.submission.start(client, self.store, key, line_item, connection.profile)

    @Slot(bool)
    def _on_sending_changed(self, running: bool) -> None:
        # The outcome goes to the status message, with the line item's name.
        self.submission_progress.setVisible(running)
        self._update_actions()

    @Slot(object)
    def _on_sending_progress(self, event: object) -> None:
        if not self._sending_refresh.isActive():
            self._sending_refresh.start()

    @Slot(object)
    def _on_sent(self, report: object) -> None:
        assert isinstance(report, SubmissionReport)
        line_item, self._sending = self._sending, None
        text = describe_report(report)
        if line_item is not None:
            text = f"“{line_item.label}”: {text}"
        if report.conflicts:
            text += " Grades › Resolve conflicts… lets you keep yours or take the LMS's."
        self.messages.inform(text, 0)
        # Unreachable, the LMS would not give fresh values: the rows keep what they show.
        self._after_sending(line_item, reload=report.stopped is not StopReason.NETWORK)

    @Slot(object)
    def _on_sending_failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        line_item, self._sending = self._sending, None
        self._send_queue.clear()  # the same trouble would stop the others: they stay queued
        message = failure_message(error)
        if message is not None:
            self.messages.show(message)
        elif isinstance(error, CredentialsRefused):
            self.messages.report_failure(SENDING_ACTION, error, retry=self._offer_to_resend)
        else:
            self.messages.report_failure(SENDING_ACTION, error)
        self._after_sending(line_item, reload=False)

    def _offer_to_resend(self) -> None:
        self.messages.inform(
            "Signed in again. The grades not sent are still queued: Grades › Submit (Ctrl+S) "
            "sends them.",
            0,
        )

    def _after_sending(self, line_item: LineItem | None, *, reload: bool) -> None:
        """Show where every grade ended, then send the next line item waiting, if any."""
        self._count_conflicts()
        self._show_history()
        shown = self.loader.line_item
        if reload and line_item is not None and shown is not None and shown.id == line_item.id:
            # The LMS's values now are the base of any further edit; the reload shows the
            # states too.
            self.loader.reload()
        else:
            self.edits.refresh_states()
        if self._send_queue:
            self._send(self._send_queue.pop(0))

    @Slot()
    def resolve_conflicts(self) -> None:
        line_item = self._editable_line_item()
        client, key = self.session.client, self.session.key
        if line_item is None or client is None or key is None:
            return
        self.messages.inform("Reading the current grades from the LMS…", 0)
        self.runner.submit(
            partial(_read_conflicts, self.store, client, key, line_item.id),
            on_success=partial(self._ask_resolutions, line_item),
            on_failure=partial(self.messages.report_failure, "Reading the conflicting grades"),
            description="read the conflicting grades",
        )

    def _ask_resolutions(self, line_item: LineItem, conflicts: submitting.Conflicts) -> None:
        self.messages.inform("")
        if not conflicts.entries:
            self.messages.inform("No grade is in conflict.", 5000)
            self._count_conflicts()
            return
        names = {grade.user_id: grade.name or grade.user_id for grade in self.loader.grades or ()}
        resolutions = self.dialogs.resolve_conflicts(
            self,
            conflicts=conflicts.entries,
            names=names,
            line_item=line_item,
            current=conflicts.current,
            locale=self.results_model.locale(),
        )
        if not resolutions:
            return
        connection = self.session.connection
        self.runner.submit(
            partial(
                _resolve,
                self.store,
                resolutions,
                conflicts.current,
                line_item,
                connection.profile if connection else None,
            ),
            on_success=partial(self._on_resolved, line_item),
            on_failure=partial(self.messages.report_failure, "Recording your decisions"),
            description="record the conflict decisions",
        )

    def _on_resolved(self, line_item: LineItem, applied: AppliedResolutions) -> None:
        self.edits.refresh_states()
        self._count_conflicts()
        self._show_history()
        if applied.requeued:
            # "Keep mine" was the decision to send: the LMS is checked once more first.
            self._send(line_item)
        else:
            self.loader.reload()

    # -- what an earlier session left queued -------------------------------------------------

    def _on_waiting_read(self, key: str, waiting: list[submitting.Waiting]) -> None:
        if key != self.session.key or not waiting:
            return
        if self._read_only:
            total = sum(entry.count for entry in waiting)
            self.messages.inform(
                f"{_plural(total, 'grade is', 'grades are')} queued from an earlier session; "
                "turn read-only mode off to send them.",
                0,
            )
            return
        if not self.dialogs.send_queued(
            self, waiting=[(entry.label, entry.count) for entry in waiting]
        ):
            return
        client = self.session.client
        if client is None:
            return
        self.runner.submit(
            partial(
                _line_items_of, self.store, client, key, [entry.line_item_id for entry in waiting]
            ),
            on_success=self._send_all,
            on_failure=partial(self.messages.report_failure, "Finding the grade columns to send"),
            description="find the line items to send",
        )

    def _send_all(self, line_items: list[LineItem]) -> None:
        for line_item in line_items:
            self._send(line_item)

    # -- importing, exporting, local data ----------------------------------------------------

    def _export_folder(self) -> Path:
        folder = self.settings.export_folder
        return Path(folder) if folder else Path.home()

    def _ready_grades(self) -> tuple[StudentGrade, ...] | None:
        grades = self.loader.grades
        if grades is None:
            self.messages.inform("Wait until every grade of the column has loaded.", 5000)
        return grades

    @Slot()
    def import_grades(self) -> None:
        line_item = self._editable_line_item()
        grades = self._ready_grades() if line_item else None
        key = self.session.key
        if line_item is None or grades is None or key is None:
            return
        folder = self.settings.export_folder
        plan = self.dialogs.import_grades(
            self,
            line_item=line_item,
            grades=grades,
            settings=self.settings,
            runner=self.runner,
            connection_key=key,
            start_path=Path(folder) if folder else None,
            locale=self.results_model.locale(),
        )
        shown = self.results_model.line_item()
        if plan is None or shown is None or shown.id != line_item.id:
            return
        changes = plan.changes
        if not changes:
            self.messages.inform("Nothing to import: no row changes a grade.", 5000)
            return
        count = _plural(len(changes), "grade", "grades")
        self.edits.save_edits(changes, f"Import {count}")
        self.messages.inform(
            f"{count} imported as unsent changes. Check them in the table, then "
            "Grades › Submit (Ctrl+S) sends them.",
            15000,
        )

    @Slot()
    def export_grades(self) -> None:
        line_item = self.results_model.line_item()
        if line_item is None:
            self.messages.inform("Choose a grade column first.", 5000)
            return
        grades = self._ready_grades()
        if grades is None:
            return
        model = self.results_model
        visible = tuple(model.grade_at(row) for row in range(model.rows_count_visible()))
        choice = self.dialogs.export_grades(
            self,
            line_item=line_item,
            all_grades=grades,
            visible_grades=visible,
            default_folder=self._export_folder(),
        )
        if choice is None:
            return
        self.settings.export_folder = str(choice.path.parent)
        chosen = visible if choice.visible_only else grades
        self.messages.inform(f"Exporting to {choice.path.name}…", 0)
        self.runner.submit(
            partial(_export, choice, line_item, chosen),
            on_success=partial(self._on_exported, choice, len(chosen)),
            on_failure=partial(self.messages.report_failure, "Exporting the grades"),
            description="export the grades",
        )

    def _on_exported(self, choice: ExportChoice, count: int, warnings: list[str]) -> None:
        done = f"Exported {_plural(count, 'learner', 'learners')} to {choice.path}."
        if warnings:
            self.messages.show(
                UserMessage("Exported, with changes", f"{done}\n\n" + "\n".join(warnings))
            )
        self.messages.inform(done, 10000)

    @Slot()
    def manage_local_data(self) -> None:
        key = self.session.key
        if self._read_only or key is None:
            self.messages.inform(
                "Read-only mode is on: nothing can be removed."
                if self._read_only
                else "Open a connection first.",
                5000,
            )
            return
        self.runner.submit(
            partial(
                _summarize,
                self.store,
                key,
                self.session.description,
                self.results_model.line_item(),
            ),
            on_success=self._ask_local_data,
            on_failure=partial(self.messages.report_failure, "Reading the local data"),
            description="summarize the local data",
        )

    def _ask_local_data(self, summary: LocalDataSummary) -> None:
        if summary.connection_key != self.session.key:
            return
        choice = self.dialogs.manage_local_data(self, summary=summary, settings=self.settings)
        if choice is not None:
            self._remove_local_data(choice)

    def _remove_local_data(self, choice: LocalDataChoice) -> None:
        if self.loader.keeping:
            # A download still being written would come back after the removal: it goes first.
            self._removal_after_keeping = choice
            self.loader.flush()
            return
        self.runner.submit(
            partial(_apply_local_data, self.store, choice),
            on_success=partial(self._on_local_data_applied, choice),
            on_failure=partial(self.messages.report_failure, "Removing the local data"),
            description="remove local data",
        )

    @Slot()
    def _on_download_kept(self) -> None:
        choice, self._removal_after_keeping = self._removal_after_keeping, None
        if choice is not None:
            self._remove_local_data(choice)

    def _on_local_data_applied(self, choice: LocalDataChoice, pruned: int) -> None:
        self.edits.refresh_states()
        self._count_conflicts()
        self._show_history()
        if choice.forget is not None:
            self.messages.inform(f"Removed what was kept for the {choice.forget.value}.", 8000)

    def _on_journal_pruned(self, pruned: int) -> None:
        if pruned:
            log.info("%d history entries past their retention were removed", pruned)

    # -- inspecting --------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._read_only

    @Slot(bool)
    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self.read_only_action.isChecked() != read_only:
            self.read_only_action.setChecked(read_only)
        self.picker.set_read_only(read_only)
        self.results_view.set_read_only(read_only)
        self.read_only_label.setVisible(read_only)
        self._update_actions()
        self._update_title()

    @Slot()
    def _update_actions(self) -> None:
        """Enable what makes sense now; read-only mode disables every change and every send."""
        editable = not self._read_only and self.session.is_open
        loaded = self.results_model.line_item() is not None
        sending = self.submission.running
        for action in (
            self.edit_in_table_action,
            self.edit_score_action,
            self.clear_grade_action,
            self.revert_action,
        ):
            action.setEnabled(editable and loaded)
        self.undo_action.setEnabled(editable and loaded and self.edits.can_undo)
        self.redo_action.setEnabled(editable and loaded and self.edits.can_redo)
        self.submit_action.setEnabled(editable and loaded and not sending)
        self.resolve_action.setEnabled(editable and loaded and self._conflicts > 0 and not sending)
        self.import_action.setEnabled(editable and self.loader.grades is not None)
        self.export_action.setEnabled(self.loader.grades is not None)
        self.local_data_action.setEnabled(editable and not sending)

    @Slot()
    def copy_selected_rows(self) -> None:
        copied = self.results_view.copy_selected_rows()
        if copied:
            self.messages.inform(
                f"Copied {copied} row{'s' if copied != 1 else ''} as tab-separated text.", 3000
            )
        else:
            self.messages.inform("Select the learners to copy first.", 3000)

    @Slot()
    def focus_filter(self) -> None:
        self.results_view.focus_filter()

    @Slot()
    def refresh(self) -> None:
        if not self.session.is_open:
            self.start()
            return
        if self._learn_task is not None:
            return
        self.picker.reload()
        self.loader.reload()

    @Slot()
    def quit(self) -> None:
        self.close()

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Gradebook",
            f"Gradebook {__version__}\n\nSee and manage LMS grades through LTIAAS.",
        )

    # -- status and title --------------------------------------------------------------------

    @Slot()
    def _on_session_changed(self) -> None:
        self.connection_label.setText(self.session.description)
        if self.session.is_open:
            self.platform_label.setText(f"LMS: {self._platform_text()}")
            self.platform_label.setToolTip(
                "Paging and comments follow this LMS's habits"
                if self.session.platform is not PlatformFamily.unknown
                else "Not a family the app knows: the standard LTI rules are followed"
            )
            self.platform_label.show()
        else:
            self.platform_label.hide()
        self.picker.set_read_only(self._read_only)
        self._update_actions()
        self._update_title()

    def _platform_text(self) -> str:
        known = _PLATFORM_NAMES.get(self.session.platform)
        if known:
            return known
        return self.session.platform_name or "not identified"

    def _update_title(self) -> None:
        parts = []
        if self.session.is_open:
            item = self.picker.chosen or self.loader.line_item
            parts.append(f"{self.session.title} / {item.label}" if item else self.session.title)
        parts.append(APP_TITLE)
        title = " — ".join(parts)
        if self._read_only:
            title += " (read-only)"
        self.setWindowTitle(title)

    @Slot(str, int)
    def _show_status_message(self, text: str, timeout_ms: int) -> None:
        if text:
            self.statusBar().showMessage(text, timeout_ms)
        else:
            self.statusBar().clearMessage()

    # -- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            # Sending stops first: what is not sent stays queued for the next session.
            self._send_queue.clear()
            self.submission.cancel()
            self.save_layout()
            self._age_timer.stop()
            self._sending_refresh.stop()
            self.loader.clear()
            self.picker.clear()
            self.runner.shutdown()
            self.edits.shutdown()
            self.session.close()
            self.messages.set_auth_handler(None)
            self.messages.set_parent_widget(None)
        event.accept()
