"""The list of grade columns (line items): every one across all pages, searchable, editable.

Choosing a column emits `line_item_chosen`; the window then loads its grades. Create, rename
(a full replacement that keeps every other field, as the API requires) and delete run on pool
threads and are disabled in read-only mode.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from enum import IntEnum
from functools import partial

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.api import AuthError, LtiaasClient
from gradebook_gui.gui.dialogs import Dialogs
from gradebook_gui.gui.locale_numbers import table_text
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.moments import format_date, format_moment
from gradebook_gui.gui.plain_text import plain_tooltip
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.workers import TaskContext, TaskRunner
from gradebook_gui.models import LineItem, LineItemDraft, Result

ModelIndex = QModelIndex | QPersistentModelIndex
LINE_ITEM_ROLE = Qt.ItemDataRole.UserRole
# The second line under a column's name: maximum, tag and dates.
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1


class LineItemColumn(IntEnum):
    LABEL = 0
    MAXIMUM = 1
    TAG = 2
    OPENS = 3
    DUE = 4


_HEADERS = {
    LineItemColumn.LABEL: "Column",
    LineItemColumn.MAXIMUM: "Max",
    LineItemColumn.TAG: "Tag",
    LineItemColumn.OPENS: "Opens",
    LineItemColumn.DUE: "Due",
}


def _search_key(text: str) -> str:
    """Case- and accent-insensitive form for matching what the user types."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def format_maximum(value: float, locale: QLocale | None = None) -> str:
    """A maximum as the grades table writes scores: the user's decimal sign, never grouped."""
    return table_text(locale or QLocale(), value)


class LineItemsModel(QAbstractTableModel):
    """Every line item of the course; the search text narrows the rows shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[LineItem] = []
        self._keys: list[str] = []
        self._visible: list[int] = []
        self._search = ""

    # -- contents ----------------------------------------------------------------------------

    def set_items(self, items: Sequence[LineItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._keys = [self._key_of(item) for item in self._items]
        self._visible = self._matching()
        self.endResetModel()

    def items(self) -> list[LineItem]:
        return list(self._items)

    def add(self, item: LineItem) -> None:
        self.beginResetModel()
        self._items.append(item)
        self._keys.append(self._key_of(item))
        self._visible = self._matching()
        self.endResetModel()

    def replace(self, item: LineItem) -> None:
        for position, existing in enumerate(self._items):
            if existing.id == item.id:
                self._items[position] = item
                self._keys[position] = self._key_of(item)
        self.set_search(self._search, force=True)

    def remove(self, line_item_id: str) -> None:
        self.beginResetModel()
        kept = [
            (i, k) for i, k in zip(self._items, self._keys, strict=True) if i.id != line_item_id
        ]
        self._items = [item for item, _ in kept]
        self._keys = [key for _, key in kept]
        self._visible = self._matching()
        self.endResetModel()

    def set_search(self, text: str, *, force: bool = False) -> None:
        key = _search_key(text.strip())
        if key == self._search and not force:
            return
        self.beginResetModel()
        self._search = key
        self._visible = self._matching()
        self.endResetModel()

    def item_at(self, row: int) -> LineItem:
        return self._items[self._visible[row]]

    def row_of(self, line_item_id: str) -> int | None:
        for row, position in enumerate(self._visible):
            if self._items[position].id == line_item_id:
                return row
        return None

    def find(self, line_item_id: str) -> LineItem | None:
        return next((item for item in self._items if item.id == line_item_id), None)

    def total_count(self) -> int:
        return len(self._items)

    @staticmethod
    def _key_of(item: LineItem) -> str:
        return _search_key(" ".join(part for part in (item.label, item.tag or "", item.id)))

    def _matching(self) -> list[int]:
        return [i for i, key in enumerate(self._keys) if self._search in key]

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LineItemColumn)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[LineItemColumn(section)]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._items[self._visible[index.row()]]
        column = LineItemColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is LineItemColumn.MAXIMUM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == LINE_ITEM_ROLE:
            return item
        if role == SUMMARY_ROLE:
            return summary(item)
        if role == Qt.ItemDataRole.AccessibleTextRole and column is LineItemColumn.LABEL:
            return f"{item.label}, {summary(item)}"
        return None

    @staticmethod
    def _tooltip(item: LineItem) -> str:
        lines = [item.label, f"Maximum: {format_maximum(item.scoreMaximum)}"]
        if item.tag:
            lines.append(f"Tag: {item.tag}")
        if item.startDateTime:
            lines.append(f"Opens: {format_moment(item.startDateTime)}")
        if item.endDateTime:
            lines.append(f"Due: {format_moment(item.endDateTime)}")
        lines.append(f"Id: {item.id}")
        return plain_tooltip("\n".join(lines))

    @staticmethod
    def _display(item: LineItem, column: LineItemColumn) -> str:
        if column is LineItemColumn.LABEL:
            return item.label
        if column is LineItemColumn.MAXIMUM:
            return format_maximum(item.scoreMaximum)
        if column is LineItemColumn.TAG:
            return item.tag or ""
        if column is LineItemColumn.OPENS:
            return format_date(item.startDateTime)
        return format_date(item.endDateTime)


def summary(item: LineItem) -> str:
    """Maximum, tag and dates on one line, e.g. "out of 50 · exam · due 20/10/2025"."""
    parts = [f"out of {format_maximum(item.scoreMaximum)}"]
    if item.tag:
        parts.append(item.tag)
    if item.startDateTime:
        parts.append(f"opens {format_date(item.startDateTime)}")
    if item.endDateTime:
        parts.append(f"due {format_date(item.endDateTime)}")
    return " · ".join(parts)


class TwoLineDelegate(QStyledItemDelegate):
    """The column's name, and under it its summary in the palette's secondary text colour.

    Fits a narrow panel where five table columns would cut every name short.
    """

    MARGIN = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        height = option.fontMetrics.height() * 2 + 3 * self.MARGIN
        return QSize(super().sizeHint(option, index).width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        item_option = QStyleOptionViewItem(option)
        self.initStyleOption(item_option, index)
        name = item_option.text
        item_option.text = ""
        widget = item_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Background, selection and focus exactly as the style draws them.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item_option, painter, widget)

        selected = bool(item_option.state & QStyle.StateFlag.State_Selected)
        palette = item_option.palette
        metrics = item_option.fontMetrics
        area = item_option.rect.adjusted(2 * self.MARGIN, self.MARGIN, -2 * self.MARGIN, 0)
        line_height = metrics.height()
        first = QRect(area.left(), area.top(), area.width(), line_height)
        second = first.translated(0, line_height + self.MARGIN)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        secondary_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setPen(palette.color(text_role))
        elide = Qt.TextElideMode.ElideRight
        painter.drawText(first, align, metrics.elidedText(name, elide, first.width()))
        painter.setPen(palette.color(secondary_role))
        details = str(index.data(SUMMARY_ROLE) or "")
        painter.drawText(second, align, metrics.elidedText(details, elide, second.width()))
        painter.restore()


def _list_line_items(client: LtiaasClient, context: TaskContext) -> list[LineItem]:
    return client.line_items()


def _create(draft: LineItemDraft, client: LtiaasClient) -> LineItem:
    return client.create_line_item(draft)


def _replace(item: LineItem, client: LtiaasClient) -> LineItem:
    return client.replace_line_item(item)


def _read_results_now(line_item_id: str, client: LtiaasClient) -> list[Result]:
    return client.results(line_item_id)


def _delete(line_item_id: str, client: LtiaasClient) -> str:
    client.delete_line_item(line_item_id)
    return line_item_id


def _run_with(
    operation: Callable[[LtiaasClient], object], client: LtiaasClient, context: TaskContext
) -> object:
    return operation(client)


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
        self.search_edit.setPlaceholderText("Search grade columns")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search grade columns")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Grade columns")
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
        self.status_label = QLabel("Not connected")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName("Grade columns status")

        self.new_action = QAction("&New grade column…", self)
        self.new_action.setToolTip("Create a grade column in the LMS gradebook")
        self.rename_action = QAction("&Rename grade column…", self)
        self.rename_action.setToolTip("Change the name of the selected grade column")
        self.properties_action = QAction("&Properties of grade column…", self)
        self.properties_action.setToolTip(
            "Change the name, maximum, dates, release, tag and resource ID of the selected column"
        )
        # In the list's menu and on Alt+Enter only: a fourth button would widen the panel.
        self.properties_action.setShortcut(QKeySequence("Alt+Return"))
        self.properties_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.properties_action.triggered.connect(self.edit_properties)
        self.delete_action = QAction("&Delete grade column…", self)
        self.delete_action.setToolTip("Delete the selected grade column and its grades")
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
        for action, text in (
            (self.new_action, "&New…"),
            (self.rename_action, "Re&name…"),
            (self.delete_action, "De&lete…"),
        ):
            # Short labels so the buttons fit a narrow panel; the menus carry the long ones.
            button = QPushButton(text)
            button.setToolTip(action.toolTip())
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
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

    def clear(self, status: str = "Not connected") -> None:
        self._cancel_listing()
        self._chosen_id = None
        self.model.set_items([])
        self.status_label.setText(status)
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
        self.status_label.setText("Loading grade columns…")
        self._list_task = self._runner.submit(
            partial(_list_line_items, client),
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
            "Could not refresh the list; showing the one loaded earlier. Press F5 to try again."
            if self.model.total_count()
            else "The grade columns could not be loaded. Press F5 to try again."
        )
        self._messages.report_failure("Loading the grade columns", error, retry=self.reload)

    def _show_count(self) -> None:
        total = self.model.total_count()
        shown = self.model.rowCount()
        if total == 0:
            text = "This course has no grade columns yet. Create one with New…"
        elif shown == total:
            text = f"{total} grade column{'s' if total != 1 else ''}"
        elif shown == 0:
            text = f"No grade column matches the search ({total} in all)"
        else:
            text = f"{shown} of {total} grade columns shown"
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
            partial(_create, draft), self._on_created, f"Creating the grade column “{draft.label}”"
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
            partial(_replace, renamed),
            self._on_renamed,
            f"Renaming the grade column “{item.label}”",
        )

    @Slot()
    def edit_properties(self) -> None:
        """Read the column's grades (to say what a new maximum does to them), ask for the
        changes, then replace the line item in the LMS."""
        item = self._current_item()
        client = self._session.client
        if item is None or client is None or not self._may_edit():
            return
        self._messages.inform(f"Reading the grades of “{item.label}”…", 0)
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
                f"Reading the grades of “{item.label}”", error, retry=self.edit_properties
            )

        task_id = self._runner.submit(
            partial(_run_with, partial(_read_results_now, item.id), client),
            on_success=read,
            on_failure=failed,
        )
        self._busy_tasks.add(task_id)

    def _ask_and_replace(self, item: LineItem, results: Sequence[Result]) -> None:
        changed = self._dialogs.ask_line_item_properties(self.window(), item, results)
        if changed is None or changed.to_put_body() == item.to_put_body():
            return
        self._start(
            partial(_replace, changed),
            partial(self._on_properties_saved, item),
            f"Saving the grade column “{item.label}”",
        )

    def _on_properties_saved(self, before: LineItem, result: object) -> None:
        assert isinstance(result, LineItem)
        self._replace_shown(result)
        self._messages.inform(f"Saved the grade column “{result.label}”.")
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
            partial(_delete, item.id), self._on_deleted, f"Deleting the grade column “{item.label}”"
        )

    def _may_edit(self) -> bool:
        if self._read_only:
            self._messages.inform("Read-only mode: grade columns cannot be changed.")
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
        self._messages.inform(f"{action}…", 0)
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
            partial(_run_with, operation, client), on_success=finished, on_failure=failed
        )
        self._busy_tasks.add(task_id)

    def _on_created(self, result: object) -> None:
        assert isinstance(result, LineItem)
        self.model.add(result)
        self._messages.inform(f"Created the grade column “{result.label}”.")
        self.select(result.id)
        self._show_count()

    def _on_renamed(self, result: object) -> None:
        assert isinstance(result, LineItem)
        self._replace_shown(result)
        self._messages.inform(f"Renamed the grade column to “{result.label}”.")
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
        label = deleted.label if deleted else "the grade column"
        self._messages.inform(f"Deleted “{label}”.")
        self.line_item_deleted.emit(result)
