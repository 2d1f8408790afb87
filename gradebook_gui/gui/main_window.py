"""The main window: grade columns on the left, every learner's grade in the middle, the column's
statistics and the selected student's raw data on the right, the request log and the history of
what was sent at the bottom.

The window builds the widgets, the actions and the controllers, and wires them together; the
controllers do the work (connection, loading, editing, submitting, files) through the task
runner, the message channel and `Dialogs`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QLocale, Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui import __version__, last_view
from gradebook_gui.api import RequestRecord
from gradebook_gui.config import Profile
from gradebook_gui.connection import Connection
from gradebook_gui.gui.banners import DemoBanner, OfflineBanner
from gradebook_gui.gui.connection_controller import ConnectionController
from gradebook_gui.gui.course_controller import ViewSwitch
from gradebook_gui.gui.details_pane import DetailsPane
from gradebook_gui.gui.dialogs import Dialogs
from gradebook_gui.gui.edit_controller import EditController
from gradebook_gui.gui.editing_commands import EditingCommands
from gradebook_gui.gui.files_controller import FilesController
from gradebook_gui.gui.history_view import HistoryView
from gradebook_gui.gui.i18n import counted, reason_text, translate
from gradebook_gui.gui.icons import app_icon
from gradebook_gui.gui.line_item_picker import LineItemPicker
from gradebook_gui.gui.loader import Clock, ResultsLoader, utc_now
from gradebook_gui.gui.loading_controller import LoadingController
from gradebook_gui.gui.messages import MessageChannel, UserMessage
from gradebook_gui.gui.quit_prompt import QuitChoice
from gradebook_gui.gui.request_log import RequestLogModel, RequestLogPanel
from gradebook_gui.gui.results_model import Column, ResultsModel
from gradebook_gui.gui.results_view import ResultsView
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.startup import capture_view, restore_geometry, window_title
from gradebook_gui.gui.stats_pane import StatsPane
from gradebook_gui.gui.status_area import StatusArea, describe_pending
from gradebook_gui.gui.submit_controller import SubmitController
from gradebook_gui.gui.window_actions import WindowActions
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.gui.workspace import Workspace
from gradebook_gui.models import LineItem, PlatformFamily
from gradebook_gui.services import submitting
from gradebook_gui.store import GradeStore

log = logging.getLogger(__name__)


def started_read_only() -> str:
    """Why editing cannot be turned on: support staff started the app to inspect only."""
    return translate(
        "MainWindow",
        "The app was started read-only (--read-only): nothing can be changed or sent in this "
        "window. Start it without --read-only to edit grades.",
    )


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
        self._read_only = read_only
        # Started with --read-only (support staff inspecting): no click turns editing back on.
        self._read_only_locked = read_only
        self._closed = False
        self._history_key: str | None = None  # the connection the History dock shows
        # A roster loaded that the History dock has not been given yet.
        self._history_roster_stale = False

        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self._build_widgets(clock)
        self.commands = WindowActions(self)
        self.commands.build_menus(self)
        self.tool_bar = self.commands.build_tool_bar(self)
        self._connect_signals()
        self._restore_layout()
        self.set_read_only(read_only)
        self._on_session_changed()
        # Shown, not spoken: a screen reader hears the count when it changes.
        self.status_area.pending_label.setText(describe_pending(*self._pending_counts()))
        self.files.prune_journal()

    # -- building ----------------------------------------------------------------------------

    def _build_widgets(self, clock: Clock) -> None:
        self.results_model = ResultsModel()
        self.results_view = ResultsView(self.results_model)
        header = self.results_view.table.horizontalHeader()
        # Status beside Score, by default: a score typed is seen saving, then saved, right there.
        header.moveSection(header.visualIndex(Column.STATUS), header.visualIndex(Column.SCORE) + 1)
        self.offline_banner = OfflineBanner()
        self.demo_banner = DemoBanner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.offline_banner)
        self.view_tabs = QTabWidget()
        self.view_tabs.setDocumentMode(True)
        layout.addWidget(self.view_tabs, 1)
        self.setCentralWidget(central)
        self.loader = ResultsLoader(
            self.session, self.runner, self.results_model, self.messages, self.store, clock
        )
        self.edits = EditController(
            self.store, self.results_model, self.messages, self.runner, self
        )
        self.picker = LineItemPicker(self.session, self.runner, self.messages, self.dialogs)
        self.workspace = Workspace(
            session=self.session,
            runner=self.runner,
            messages=self.messages,
            dialogs=self.dialogs,
            settings=self.settings,
            store=self.store,
            clock=clock,
            window=self,
            results_model=self.results_model,
            results_view=self.results_view,
            loader=self.loader,
            edits=self.edits,
            is_read_only=lambda: self._read_only,
        )
        self.connection = ConnectionController(self.workspace, self.picker)
        self.submitter = SubmitController(self.workspace)
        self.submission = self.submitter.submission
        # The column view and the Course view, as tabs; the window's commands act on the one shown.
        self.views = ViewSwitch(self.workspace, self.submitter, self.view_tabs)
        self.files = FilesController(self.workspace)
        self.editing = EditingCommands(self.workspace)
        self.views.comment_expander = self.editing.expand_shortcut
        self.status_area = StatusArea(self.statusBar(), self.submission, self)
        self.loading = LoadingController(
            self.workspace, self.picker, self.status_area, self.offline_banner
        )

        self.stats_pane = StatsPane()
        self.details_pane = DetailsPane()
        self.request_log_model = RequestLogModel(parent=self)
        self.request_log_panel = RequestLogPanel(self.request_log_model)
        self.history_view = HistoryView(self.runner, self.store, locale=QLocale())

        self.picker_dock = self._dock(
            translate("MainWindow", "Grade columns"), "GradeColumnsDock", self.picker
        )
        self.stats_dock = self._dock(
            translate("MainWindow", "Statistics"), "StatisticsDock", self.stats_pane
        )
        self.details_dock = self._dock(
            translate("MainWindow", "Details"), "DetailsDock", self.details_pane
        )
        self.log_dock = self._dock(
            translate("MainWindow", "Request log"), "RequestLogDock", self.request_log_panel
        )
        self.history_dock = self._dock(
            translate("MainWindow", "History"), "HistoryDock", self.history_view
        )
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

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        widget.setAccessibleName(title)
        return dock

    def _connect_signals(self) -> None:
        self.messages.set_parent_widget(self)
        self.messages.status_message.connect(self._show_status_message)
        self.session.changed.connect(self._on_session_changed)
        self.session.request_recorded.connect(self.request_log_model.append)
        self.session.request_recorded.connect(self._on_request_recorded)
        self.connection.opening.connect(self.loading.leave)
        self.connection.opened.connect(self._on_connection_opened)
        self.picker.line_item_chosen.connect(self._on_line_item_chosen)
        self.picker.line_item_renamed.connect(self._update_title)
        self.picker.line_item_deleted.connect(self._on_line_item_deleted)
        self.offline_banner.retry_button.clicked.connect(self.refresh)
        self.loader.started.connect(self._on_load_started)
        self.loader.finished.connect(self._on_load_ended)
        self.loader.stopped.connect(self._on_load_ended)
        self.loader.failed.connect(self._on_load_ended)
        self.loader.grades_ready.connect(self._on_grades_ready)
        # The Details follow the tab shown: the Column tab's selection or the Course tab's cell.
        self.views.details_changed.connect(self.details_pane.show_grade)
        self.results_view.edit_refused.connect(self._on_edit_refused)
        self.results_view.edit_warning.connect(self._on_edit_warning)
        self.stats_pane.bind(self.results_model)
        self.results_model.modelReset.connect(self._update_actions)
        # Switching tabs updates the actions through these two: `views` then says the undo
        # state and the conflicts of the view now shown.
        self.views.undo_state_changed.connect(self._on_undo_state_changed)
        self.edits.storage_refused.connect(self._on_storage_refused)
        self.edits.pending_count_changed.connect(self._on_pending_count_changed)
        self.submission.running_changed.connect(self._on_sending_changed)
        self.views.conflicts_changed.connect(self._on_conflicts_changed)
        self.views.course.pending_count_changed.connect(self._on_course_pending_changed)
        self.submitter.history_changed.connect(self._show_history)
        self.files.local_data_changed.connect(self._on_local_data_changed)
        self.history_view.failed.connect(self.messages.report_failure)
        self.history_dock.visibilityChanged.connect(self._on_history_visibility_changed)

    def _restore_layout(self) -> None:
        restore_geometry(self, self.settings)
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
        self.connection.start(profile_name)

    def open_profile(self, profile: Profile) -> None:
        self.connection.open_profile(profile)

    def open_connection(self, connection: Connection, *, demo: bool = False) -> None:
        """Open a connection that is not a saved profile (the demo, the environment)."""
        self.connection.open_connection(connection, demo=demo)

    @Slot()
    def open_connections_dialog(self) -> None:
        self.connection.manage_connections()

    @Slot()
    def _on_connection_opened(self) -> None:
        """Show this connection's history, and offer to send what an earlier session queued."""
        self._show_history()
        self.submitter.offer_waiting()
        self.editing.read_bank()

    @Slot(object)
    def _on_request_recorded(self, record: object) -> None:
        if isinstance(record, RequestRecord) and record.status is not None:
            self.messages.back_online()

    # -- line items and loading --------------------------------------------------------------

    @Slot(object)
    def _on_line_item_chosen(self, item: object) -> None:
        assert isinstance(item, LineItem)
        self.loader.load(item)
        self._update_title()

    @Slot(str)
    def _on_line_item_deleted(self, line_item_id: str) -> None:
        current = self.loader.line_item
        if current is not None and current.id == line_item_id:
            self.loading.leave()
        self._update_title()

    @Slot(object)
    def _on_load_started(self, item: object) -> None:
        self.commands.cancel_load_action.setEnabled(True)
        self.submitter.count_conflicts()
        self._update_actions()

    @Slot()
    def _on_load_ended(self) -> None:
        self.commands.cancel_load_action.setEnabled(False)

    @Slot(object)
    def _on_grades_ready(self, item: object) -> None:
        self._history_roster_stale = True
        self._name_history_learners()
        self._update_actions()

    def _name_history_learners(self) -> None:
        """The History dock names learners by the roster loaded last, sorted by family name;
        handed over while the dock is open only (a large course's roster is tens of
        milliseconds of work at every load, which the window need not do unseen)."""
        if not self._history_roster_stale or self.history_dock.isHidden():
            return
        self._history_roster_stale = False
        grades = self.loader.grades or ()
        self.history_view.set_learners(grade.member for grade in grades if grade.member)

    # -- history ------------------------------------------------------------------------------

    @Slot()
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
            self._name_history_learners()
            self._show_history()

    # -- editing and submitting --------------------------------------------------------------

    @Slot()
    def submit(self) -> None:
        """Review the drafts, then queue the confirmed ones and send them."""
        self.views.submit()

    @Slot(str)
    def _on_edit_refused(self, text: str) -> None:
        self.messages.inform(started_read_only() if self._read_only_locked else text, 8000)

    @Slot(str)
    def _on_edit_warning(self, text: str) -> None:
        self.messages.inform(text, 8000)

    @Slot(object, object)
    def _on_undo_state_changed(self, undo: object, redo: object) -> None:
        self.commands.undo_action.setText(
            translate("MainWindow", "&Undo “{operation}”").format(operation=undo)
            if undo
            else translate("MainWindow", "&Undo")
        )
        self.commands.redo_action.setText(
            translate("MainWindow", "&Redo “{operation}”").format(operation=redo)
            if redo
            else translate("MainWindow", "&Redo")
        )
        self._update_actions()

    @Slot(object)
    def _on_storage_refused(self, error: object) -> None:
        """The data folder cannot be written (full, read-only): editing stops rather than show
        changes as saved that are not; what was saved before stays."""
        self.set_read_only(True)
        self.messages.show(
            UserMessage(
                translate("MainWindow", "Editing is off: changes cannot be saved"),
                translate(
                    "MainWindow",
                    "{reason}\n\nThe table shows what is saved. Editing stays off until you "
                    "turn read-only mode off (View › Read-only mode) once the data folder can be "
                    "written again.",
                ).format(reason=reason_text(error) if isinstance(error, BaseException) else error),
            )
        )

    @Slot(int)
    def _on_pending_count_changed(self, count: int) -> None:
        self._show_pending()
        self.submitter.count_conflicts()

    @Slot(int)
    def _on_course_pending_changed(self, count: int) -> None:
        self._show_pending()

    @Slot(int)
    def _on_conflicts_changed(self, count: int) -> None:
        self._show_pending()
        self._update_actions()

    def _show_pending(self) -> None:
        self.status_area.show_pending(*self._pending_counts())

    def _pending_counts(self) -> tuple[int, int]:
        """The unsent changes and the conflicts of the view shown."""
        unsent = (
            self.views.course.pending_count if self.views.course_shown else self.edits.pending_count
        )
        return unsent, self.views.conflicts

    @Slot(bool)
    def _on_sending_changed(self, running: bool) -> None:
        # The outcome goes to the status message, with the line item's name.
        self.status_area.submission_progress.setVisible(running)
        self._update_actions()

    @Slot()
    def _on_local_data_changed(self) -> None:
        self.submitter.count_conflicts()
        self._show_history()
        # What was removed must not show at the next start either.
        profile = self.session.profile
        if profile is not None:
            last_view.forget_of(profile.name)

    # -- inspecting --------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._read_only

    @Slot(bool)
    def set_read_only(self, read_only: bool) -> None:
        if self._read_only_locked and not read_only:
            self.commands.read_only_action.setChecked(True)
            self.messages.inform(started_read_only(), 8000)
            return
        self._read_only = read_only
        if self.commands.read_only_action.isChecked() != read_only:
            self.commands.read_only_action.setChecked(read_only)
        self.commands.read_only_action.setEnabled(not self._read_only_locked)
        self.picker.set_read_only(read_only)
        self.results_view.set_read_only(read_only)
        self.views.set_read_only(read_only)
        self.status_area.read_only_label.setVisible(read_only)
        self._update_actions()
        self._update_title()

    @Slot()
    def _update_actions(self) -> None:
        """Enable what makes sense now; read-only mode disables every change and every send."""
        editable = not self._read_only and self.session.is_open
        loaded = self.views.loaded()
        sending = self.submission.running
        for action in (
            self.commands.edit_in_table_action,
            self.commands.edit_score_action,
            self.commands.clear_grade_action,
            self.commands.revert_action,
            self.commands.bulk_change_action,
        ):
            action.setEnabled(editable and loaded)
        self.commands.undo_action.setEnabled(editable and loaded and self.views.can_undo)
        self.commands.redo_action.setEnabled(editable and loaded and self.views.can_redo)
        self.commands.submit_action.setEnabled(editable and loaded and not sending)
        self.commands.resolve_action.setEnabled(
            editable and loaded and self.views.conflicts > 0 and not sending
        )
        self.commands.import_action.setEnabled(editable and self.loader.grades is not None)
        self.commands.export_action.setEnabled(self.loader.grades is not None)
        self.commands.local_data_action.setEnabled(editable and not sending)

    @Slot()
    def copy_selected_rows(self) -> None:
        copied = self.results_view.copy_selected_rows()
        if copied:
            self.messages.inform(
                counted(
                    translate("MainWindow", "Copied {count} row as tab-separated text."),
                    translate(
                        "MainWindow", "Copied {count} rows as tab-separated text.", None, copied
                    ),
                    copied,
                ),
                3000,
            )
        else:
            self.messages.inform(
                translate("MainWindow", "Select the learners to copy first."), 3000
            )

    @Slot()
    def focus_filter(self) -> None:
        self.views.focus_filter()

    @Slot()
    def refresh(self) -> None:
        if not self.session.is_open:
            self.start()
            return
        if self.connection.learning:
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
            translate("MainWindow", "About Gradebook"),
            translate(
                "MainWindow", "Gradebook {version}\n\nSee and manage LMS grades through LTIAAS."
            ).format(version=__version__),
        )

    # -- status and title --------------------------------------------------------------------

    @Slot()
    def _on_session_changed(self) -> None:
        self.status_area.show_connection(
            self.session.description,
            self._platform_text() if self.session.is_open else None,
            translate("MainWindow", "Paging and comments follow this LMS's habits")
            if self.session.platform is not PlatformFamily.unknown
            else translate(
                "MainWindow", "Not a family the app knows: the standard LTI rules are followed"
            ),
        )
        self.demo_banner.setVisible(self.session.is_demo)
        self.picker.set_read_only(self._read_only)
        self._update_actions()
        self._update_title()

    def _platform_text(self) -> str:
        return (
            self.session.platform.display_name
            or self.session.platform_name
            or translate("MainWindow", "not identified")
        )

    def _update_title(self) -> None:
        course = column = None
        if self.session.is_open:
            course = self.session.title
            item = self.picker.chosen or self.loader.line_item
            column = item.label if item else None
        self.setWindowTitle(window_title(course, column, read_only=self._read_only))

    @Slot(str, int)
    def _show_status_message(self, text: str, timeout_ms: int) -> None:
        if text:
            self.statusBar().showMessage(text, timeout_ms)
        else:
            self.statusBar().clearMessage()

    # -- closing -----------------------------------------------------------------------------

    def _may_quit(self) -> bool:
        """Ask before quitting with grades not yet in the LMS: send now, keep, or stay."""
        key = self.session.key
        if key is None or self._read_only:
            return True  # read-only: nothing of this window's could be sent anyway
        sending = self.submission.running
        shown = self.results_model.line_item()
        unsent = submitting.unsent_count(
            self.store, key, shown.id if shown else None, self.edits.pending_count
        )
        if not unsent and not sending:
            return True
        choice = self.dialogs.confirm_quit(
            self, unsent=unsent, sending=sending, demo=self.session.is_demo
        )
        if choice is QuitChoice.SEND_NOW:
            if self.edits.pending_count:
                self.submitter.submit()
            else:
                self.submitter.send_waiting()
        return choice is QuitChoice.KEEP_FOR_LATER

    def _keep_last_view(self) -> None:
        """The column shown now, as shown, for the next start to show at once: a saved
        connection's only (the demo course is new at every start)."""
        profile = self.session.profile
        item = self.results_model.line_item()
        if profile is None or self.session.is_demo or item is None:
            return
        view = capture_view(
            self,
            self.results_view.table,
            profile=profile.name,
            course=self.session.title,
            column=item.label,
        )
        try:
            last_view.write(view)
        except OSError as error:
            log.warning("the rows shown were not kept for the next start: %s", error)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed and not self._may_quit():
            event.ignore()
            return
        if not self._closed:
            self._closed = True
            # Sending stops first: what is not sent stays queued for the next session.
            self.submitter.cancel()
            self.save_layout()
            self._keep_last_view()
            self.loading.stop()
            self.loader.clear()
            self.picker.clear()
            self.runner.shutdown()
            self.session.close()
            self.messages.set_auth_handler(None)
            self.messages.set_parent_widget(None)
        event.accept()
