"""The list of grade columns (line items): every one across all pages, searchable, editable.

Choosing a column emits `line_item_chosen`; the window then loads its grades. Create, rename
(a full replacement that keeps every other field, as the API requires) and delete run on pool
threads and are disabled in read-only mode.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.api import AuthError, LtiaasClient
from gradebook_gui.gui import line_item_tasks as tasks
from gradebook_gui.gui.dialogs import Dialogs
from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.line_item_delegate import TwoLineDelegate
from gradebook_gui.gui.line_item_model import LineItemColumn, LineItemsModel
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, Result


class LineItemPicker(QWidget):
    """Search, choose, create, rename and delete the course's grade columns."""

    line_item_chosen = Signal(object)  # LineItem whose grades to show
    line_item_renamed = Signal(object)  # LineItem as saved
    line_item_deleted = Signal(str)  # id of the deleted column

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        messages: MessageChannel,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._messages = messages
        self._dialogs = dialogs
        self._read_only = False
        self._busy_tasks: set[int] = set()
        self._list_task: int | None = None
        self._chosen_id: str | None = None
        self._select_after_listing: str | None = None

        self.model = LineItemsModel(self)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(translate("LineItemPicker", "Search grade columns"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(translate("LineItemPicker", "Search grade columns"))
        self.search_edit.setAccessibleDescription(
            translate(
                "LineItemPicker",
                "Narrows the list to the columns whose name, tag or ID holds the words typed",
            )
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("LineItemPicker", "Grade columns"))
        self.table.setAccessibleDescription(
            translate(
                "LineItemPicker",
                "Choosing a column shows its grades; its menu renames, edits or deletes it",
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # One cell per line item: the name, and its maximum, tag and dates under it.
        self.table.setItemDelegateForColumn(LineItemColumn.LABEL, TwoLineDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() * 2 + 3 * TwoLineDelegate.MARGIN
        )
        self.table.horizontalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for column in list(LineItemColumn)[1:]:
            self.table.setColumnHidden(column, True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.status_label = QLabel(translate("LineItemPicker", "Not connected"))
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(translate("LineItemPicker", "Grade columns status"))

        self.new_action = QAction(translate("LineItemPicker", "&New grade column…"), self)
        self.new_action.setToolTip(
            translate("LineItemPicker", "Create a grade column in the LMS gradebook")
        )
        self.rename_action = QAction(translate("LineItemPicker", "Rena&me grade column…"), self)
        self.rename_action.setToolTip(
            translate("LineItemPicker", "Change the name of the selected grade column")
        )
        self.properties_action = QAction(
            translate("LineItemPicker", "&Properties of grade column…"), self
        )
        self.properties_action.setToolTip(
            translate(
                "LineItemPicker",
                "Change the name, maximum, dates, release, tag and resource ID of the selected "
                "column",
            )
        )
        # In the list's menu and on Alt+Enter only: a fourth button would widen the panel.
        self.properties_action.setShortcut(QKeySequence("Alt+Return"))
        self.properties_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.properties_action.triggered.connect(self.edit_properties)
        self.delete_action = QAction(translate("LineItemPicker", "&Delete grade column…"), self)
        self.delete_action.setToolTip(
            translate("LineItemPicker", "Delete the selected grade column and its grades")
        )
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.create_line_item)
        self.rename_action.triggered.connect(self.rename_line_item)
        self.delete_action.triggered.connect(self.delete_line_item)
        for action in (
            self.new_action,
            self.rename_action,
            self.properties_action,
            self.delete_action,
        ):
            self.table.addAction(action)

        buttons = QHBoxLayout()
        self._buttons: list[tuple[QPushButton, QAction]] = []
        for action, text, name in (
            (
                self.new_action,
                translate("LineItemPicker", "&New…"),
                translate("LineItemPicker", "New grade column"),
            ),
            (
                self.rename_action,
                translate("LineItemPicker", "Rena&me…"),
                translate("LineItemPicker", "Rename grade column"),
            ),
            (
                self.delete_action,
                translate("LineItemPicker", "Dele&te…"),
                translate("LineItemPicker", "Delete grade column"),
            ),
        ):
            # Short labels so the buttons fit a narrow panel; the menus carry the long ones.
            button = QPushButton(text)
            button.setToolTip(action.toolTip())
            button.setAccessibleName(name)
            button.setAccessibleDescription(action.toolTip())
            button.clicked.connect(action.trigger)
            self._buttons.append((button, action))
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.setTabOrder(self.search_edit, self.table)

        self.search_edit.textChanged.connect(self._on_search_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._update_actions()

    # -- state -------------------------------------------------------------------------------

    @property
    def chosen(self) -> LineItem | None:
        return self.model.find(self._chosen_id) if self._chosen_id else None

    @property
    def busy(self) -> bool:
        return bool(self._busy_tasks) or self._list_task is not None

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_actions()

    def clear(self, status: str | None = None) -> None:
        """Empty the list, saying why (by default: not connected)."""
        self._cancel_listing()
        self._chosen_id = None
        self.model.set_items([])
        self.status_label.setText(
            translate("LineItemPicker", "Not connected") if status is None else status
        )
        self._update_actions()

    def _update_actions(self) -> None:
        editable = self._session.is_open and not self._read_only
        has_item = self._current_item() is not None
        self.new_action.setEnabled(editable)
        self.rename_action.setEnabled(editable and has_item)
        self.properties_action.setEnabled(editable and has_item)
        self.delete_action.setEnabled(editable and has_item)
        for button, action in self._buttons:
            button.setEnabled(action.isEnabled())

    def _current_item(self) -> LineItem | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    # -- listing -----------------------------------------------------------------------------

    @Slot()
    def reload(self, select_id: str | None = None) -> None:
        """List every line item again; keeps (or selects `select_id`) the current choice."""
        client = self._session.client
        self._cancel_listing()
        if client is None:
            self.clear()
            return
        self._select_after_listing = select_id or self._chosen_id
        self.status_label.setText(translate("LineItemPicker", "Loading grade columns…"))
        self._list_task = self._runner.submit(
            partial(tasks.list_line_items, client),
            on_success=self._on_listed,
            on_failure=partial(self._on_list_failed, client),
            description="list line items",
        )

    def _cancel_listing(self) -> None:
        if self._list_task is not None:
            self._runner.cancel(self._list_task)
            self._list_task = None

    def _on_listed(self, items: list[LineItem]) -> None:
        self._list_task = None
        self.model.set_items(items)
        self._show_count()
        wanted = self._select_after_listing or self._session.last_line_item_id
        if wanted is None or self.model.row_of(wanted) is None:
            wanted = items[0].id if items else None
        previous = self._chosen_id
        self._chosen_id = None
        if wanted is not None:
            # Re-listing keeps the column on screen: only a different choice reloads grades.
            self._chosen_id = previous if wanted == previous else None
            self.select(wanted)
        self._update_actions()

    def _on_list_failed(self, client: LtiaasClient, error: BaseException) -> None:
        self._list_task = None
        if isinstance(error, AuthError) and client is not self._session.client:
            # Refused with the old credentials while new ones were being entered: try again.
            self.reload()
            return
        self.status_label.setText(
            translate(
                "LineItemPicker",
                "Could not refresh the list; showing the one loaded earlier. Press F5 to try "
                "again.",
            )
            if self.model.total_count()
            else translate(
                "LineItemPicker", "The grade columns could not be loaded. Press F5 to try again."
            )
        )
        self._messages.report_failure(
            translate("LineItemPicker", "Loading the grade columns"), error, retry=self.reload
        )

    def _show_count(self) -> None:
        total = self.model.total_count()
        shown = self.model.rowCount()
        if total == 0:
            text = translate(
                "LineItemPicker", "This course has no grade columns yet. Create one with New…"
            )
        elif shown == total:
            text = counted(
                translate("LineItemPicker", "{count} grade column"),
                translate("LineItemPicker", "{count} grade columns", None, total),
                total,
            )
        elif shown == 0:
            text = translate(
                "LineItemPicker", "No grade column matches the search ({total} in all)", None, total
            ).format(total=total)
        else:
            text = translate(
                "LineItemPicker", "{shown} of {total} grade columns shown", None, total
            ).format(shown=shown, total=total)
        self.status_label.setText(text)

    # -- choosing ----------------------------------------------------------------------------

    def select(self, line_item_id: str) -> bool:
        """Make `line_item_id` the current row (choosing it); False when it is not listed."""
        row = self.model.row_of(line_item_id)
        if row is None and self.search_edit.text():
            self.search_edit.clear()
            row = self.model.row_of(line_item_id)
        if row is None:
            return False
        index = self.model.index(row, LineItemColumn.LABEL)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_actions()
        if not current.isValid():
            return
        item = self.model.item_at(current.row())
        if item.id != self._chosen_id:
            self._chosen_id = item.id
            self._session.remember_line_item(item.id)
            self.line_item_chosen.emit(item)

    @Slot(str)
    def _on_search_changed(self, text: str) -> None:
        self.model.set_search(text)
        if self._chosen_id is not None:
            row = self.model.row_of(self._chosen_id)
            if row is not None:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, LineItemColumn.LABEL),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._show_count()
        self._update_actions()

    # -- changing ----------------------------------------------------------------------------

    @Slot()
    def create_line_item(self) -> None:
        if not self._may_edit():
            return
        draft = self._dialogs.ask_new_line_item(self.window())
        if draft is None:
            return
        self._start(
            partial(tasks.create, draft),
            self._on_created,
            translate("LineItemPicker", "Creating the grade column “{label}”").format(
                label=draft.label
            ),
        )

    @Slot()
    def rename_line_item(self) -> None:
        item = self._current_item()
        if item is None or not self._may_edit():
            return
        label = self._dialogs.ask_line_item_label(self.window(), item)
        if label is None or label == item.label:
            return
        # A PUT replaces the whole line item: send every other field exactly as it was.
        renamed = item.model_copy(update={"label": label})
        self._start(
            partial(tasks.replace, renamed),
            self._on_renamed,
            translate("LineItemPicker", "Renaming the grade column “{label}”").format(
                label=item.label
            ),
        )

    @Slot()
    def edit_properties(self) -> None:
        """Read the column's grades (to say what a new maximum does to them), ask for the
        changes, then replace the line item in the LMS."""
        item = self._current_item()
        client = self._session.client
        if item is None or client is None or not self._may_edit():
            return
        self._messages.inform(
            translate("LineItemPicker", "Reading the grades of “{label}”…").format(
                label=item.label
            ),
            0,
        )
        task_id = 0

        def read(results: object) -> None:
            self._busy_tasks.discard(task_id)
            self._messages.inform("", 1)
            assert isinstance(results, list)
            self._ask_and_replace(item, results)

        def failed(error: BaseException) -> None:
            self._busy_tasks.discard(task_id)
            self._messages.inform("", 1)
            self._messages.report_failure(
                translate("LineItemPicker", "Reading the grades of “{label}”").format(
                    label=item.label
                ),
                error,
                retry=self.edit_properties,
            )

        task_id = self._runner.submit(
            partial(tasks.run_with, partial(tasks.read_results_now, item.id), client),
            on_success=read,
            on_failure=failed,
        )
        self._busy_tasks.add(task_id)

    def _ask_and_replace(self, item: LineItem, results: Sequence[Result]) -> None:
        changed = self._dialogs.ask_line_item_properties(self.window(), item, results)
        if changed is None or changed.to_put_body() == item.to_put_body():
            return
        self._start(
            partial(tasks.replace, changed),
            partial(self._on_properties_saved, item),
            translate("LineItemPicker", "Saving the grade column “{label}”").format(
                label=item.label
            ),
        )

    def _on_properties_saved(self, before: LineItem, result: object) -> None:
        assert isinstance(result, LineItem)
        self._replace_shown(result)
        self._messages.inform(
            translate("LineItemPicker", "Saved the grade column “{label}”.").format(
                label=result.label
            )
        )
        self.line_item_renamed.emit(result)
        if self._chosen_id == result.id and result.scoreMaximum != before.scoreMaximum:
            # The grades shown are on the old scale: show them again on the new one.
            self.line_item_chosen.emit(result)

    @Slot()
    def delete_line_item(self) -> None:
        item = self._current_item()
        if item is None or not self._may_edit():
            return
        if not self._dialogs.confirm_delete_line_item(self.window(), item):
            return
        self._start(
            partial(tasks.delete, item.id),
            self._on_deleted,
            translate("LineItemPicker", "Deleting the grade column “{label}”").format(
                label=item.label
            ),
        )

    def _may_edit(self) -> bool:
        if self._read_only:
            self._messages.inform(
                translate("LineItemPicker", "Read-only mode: grade columns cannot be changed.")
            )
            return False
        return self._session.is_open

    def _start(
        self,
        operation: Callable[[LtiaasClient], object],
        on_success: Callable[[object], None],
        action: str,
    ) -> None:
        """Run `operation` with the current client; after new credentials, the same again."""
        client = self._session.client
        if client is None or self._read_only:
            return
        self._messages.inform(translate("LineItemPicker", "{action}…").format(action=action), 0)
        task_id = 0

        def finished(result: object) -> None:
            self._busy_tasks.discard(task_id)
            self._messages.inform("", 1)
            on_success(result)

        def failed(error: BaseException) -> None:
            self._busy_tasks.discard(task_id)
            self._messages.inform("", 1)
            retry = partial(self._start, operation, on_success, action)
            if isinstance(error, AuthError) and client is not self._session.client:
                retry()  # refused with the old credentials; new ones were entered meanwhile
            else:
                self._messages.report_failure(action, error, retry=retry)

        task_id = self._runner.submit(
            partial(tasks.run_with, operation, client), on_success=finished, on_failure=failed
        )
        self._busy_tasks.add(task_id)

    def _on_created(self, result: object) -> None:
        assert isinstance(result, LineItem)
        self.model.add(result)
        self._messages.inform(
            translate("LineItemPicker", "Created the grade column “{label}”.").format(
                label=result.label
            )
        )
        self.select(result.id)
        self._show_count()

    def _on_renamed(self, result: object) -> None:
        assert isinstance(result, LineItem)
        self._replace_shown(result)
        self._messages.inform(
            translate("LineItemPicker", "Renamed the grade column to “{label}”.").format(
                label=result.label
            )
        )
        self.line_item_renamed.emit(result)

    def _replace_shown(self, item: LineItem) -> None:
        """The saved line item replaces the listed one, which stays the current row."""
        self.model.replace(item)
        row = self.model.row_of(item.id)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, LineItemColumn.LABEL),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _on_deleted(self, result: object) -> None:
        assert isinstance(result, str)
        deleted = self.model.find(result)
        self.model.remove(result)
        if self._chosen_id == result:
            self._chosen_id = None
            self._session.remember_line_item(None)
        self._show_count()
        self._update_actions()
        if deleted is None:
            self._messages.inform(translate("LineItemPicker", "Deleted the grade column."))
        else:
            self._messages.inform(
                translate("LineItemPicker", "Deleted “{label}”.").format(label=deleted.label)
            )
        self.line_item_deleted.emit(result)
