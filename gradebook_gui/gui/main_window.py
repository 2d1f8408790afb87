"""The main window: grade columns on the left, every learner's grade in the middle, the column's
statistics and the selected student's raw data on the right, the request log at the bottom.

The window only arranges widgets and routes signals; HTTP runs on the task runner's threads,
messages go through the message channel, and modal questions through `Dialogs`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QByteArray, QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QWidget,
)

from gradebook_gui import __version__
from gradebook_gui.api import AuthError, Credentials, LtiaasClient, RequestRecord
from gradebook_gui.config import Profile, ProfileNotFound
from gradebook_gui.connection import Connection, learn_from_launch
from gradebook_gui.gui.details_pane import DetailsPane
from gradebook_gui.gui.dialogs import Dialogs
from gradebook_gui.gui.icons import app_icon
from gradebook_gui.gui.line_item_picker import LineItemPicker
from gradebook_gui.gui.loader import ResultsLoader
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.request_log import RequestLogModel, RequestLogPanel
from gradebook_gui.gui.results_model import ResultsModel
from gradebook_gui.gui.results_view import ResultsView
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.stats_pane import StatsPane
from gradebook_gui.gui.workers import TaskContext, TaskRunner
from gradebook_gui.models import IdToken, LineItem, PlatformFamily

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


def _learn(
    connection: Connection, client: LtiaasClient, context: TaskContext
) -> tuple[Connection, IdToken]:
    return learn_from_launch(connection, client)


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        session: Session,
        runner: TaskRunner,
        messages: MessageChannel,
        settings: WindowSettings,
        dialogs: Dialogs | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.messages = messages
        self.settings = settings
        self.dialogs = dialogs or Dialogs()
        self._read_only = read_only
        self._pending_retries: list[Callable[[], None]] = []
        self._asking_credentials = False
        self._learn_task: int | None = None
        self._closed = False

        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect_signals()
        self._restore_layout()
        self.set_read_only(read_only)
        self._on_session_changed()

    # -- building ----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.results_model = ResultsModel()
        self.results_view = ResultsView(self.results_model)
        self.setCentralWidget(self.results_view)
        self.loader = ResultsLoader(self.session, self.runner, self.results_model, self.messages)

        self.picker = LineItemPicker(self.session, self.runner, self.messages, self.dialogs)
        self.stats_pane = StatsPane()
        self.details_pane = DetailsPane()
        self.request_log_model = RequestLogModel(parent=self)
        self.request_log_panel = RequestLogPanel(self.request_log_model)

        self.picker_dock = self._dock("Grade columns", "GradeColumnsDock", self.picker)
        self.stats_dock = self._dock("Statistics", "StatisticsDock", self.stats_pane)
        self.details_dock = self._dock("Details", "DetailsDock", self.details_pane)
        self.log_dock = self._dock("Request log", "RequestLogDock", self.request_log_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.picker_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.stats_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)
        self.resizeDocks([self.picker_dock], [300], Qt.Orientation.Horizontal)
        self.resizeDocks([self.stats_dock], [270], Qt.Orientation.Horizontal)
        self.log_dock.hide()

        QWidget.setTabOrder(self.picker.search_edit, self.picker.table)
        QWidget.setTabOrder(self.picker.table, self.results_view)

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
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
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

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addAction(self.connections_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu("&Edit")
        edit_menu.addAction(self.copy_rows_action)
        edit_menu.addAction(self.filter_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.picker.new_action)
        edit_menu.addAction(self.picker.rename_action)
        edit_menu.addAction(self.picker.delete_action)
        view_menu = menus.addMenu("&View")
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.cancel_load_action)
        view_menu.addSeparator()
        view_menu.addAction(self.read_only_action)
        view_menu.addSeparator()
        for dock in (self.picker_dock, self.stats_dock, self.details_dock, self.log_dock):
            view_menu.addAction(dock.toggleViewAction())
        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self.about_action)

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
        for widget in (
            self.offline_icon,
            self.offline_label,
            self.connection_label,
            self.platform_label,
            self.learners_label,
            self.read_only_label,
        ):
            bar.addPermanentWidget(widget)
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
        self.results_view.selection_changed.connect(self.details_pane.show_grade)
        self.stats_pane.bind(self.results_model)
        self.results_model.modelReset.connect(self._update_learner_count)
        self.results_model.rowsInserted.connect(self._update_learner_count)

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
        self.loader.clear()
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

    def open_connection(self, connection: Connection, *, demo: bool = False) -> None:
        """Open a connection that is not a saved profile (the demo, the environment)."""
        self.loader.clear()
        self.picker.clear("Connecting…")
        self.session.open(connection, demo=demo)
        self._after_open()

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
            self.loader.clear()
        self._update_title()

    @Slot(object)
    def _on_load_started(self, item: object) -> None:
        assert isinstance(item, LineItem)
        self.progress_label.setText(f"Loading “{item.label}”…")
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.show()
        self.cancel_load_action.setEnabled(True)

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

    @Slot()
    def _update_learner_count(self) -> None:
        if self.results_model.line_item() is None:
            self.learners_label.setText("")
            return
        count = self.results_model.rows_count_total()
        suffix = " (loading)" if self.loader.loading else ""
        self.learners_label.setText(f"{count} learner{'s' if count != 1 else ''}{suffix}")

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
        self.read_only_label.setVisible(read_only)
        self._update_title()

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

    @Slot(bool, str)
    def _on_offline_changed(self, offline: bool, explanation: str) -> None:
        self.offline_label.setText("Offline" if offline else "")
        self.offline_label.setToolTip(explanation)
        self.offline_icon.setToolTip(explanation)
        self.offline_label.setVisible(offline)
        self.offline_icon.setVisible(offline)

    @Slot(object)
    def _on_request_recorded(self, record: object) -> None:
        if isinstance(record, RequestRecord) and record.status is not None:
            self.messages.back_online()

    # -- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self.save_layout()
            self.loader.clear()
            self.picker.clear()
            self.runner.shutdown()
            self.session.close()
            self.messages.set_auth_handler(None)
            self.messages.set_parent_widget(None)
        event.accept()
