"""The request log for support staff: method, path, status, duration, the LMS's reason.

Fed from the client's `on_request` callback (through a queued signal). Records carry no header
and no secret, so the log can be copied as text and pasted into a support ticket.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.api import RequestRecord
from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.text_table import TextTableModel

# Enough for a long support session; the oldest lines go first.
MAX_RECORDS = 5000


class LogColumn(IntEnum):
    TIME = 0
    METHOD = 1
    PATH = 2
    STATUS = 3
    DURATION = 4
    REASON = 5


def _headers() -> tuple[str, ...]:
    return (
        translate("RequestLogModel", "Time"),
        translate("RequestLogModel", "Method"),
        translate("RequestLogModel", "Path"),
        translate("RequestLogModel", "Status"),
        translate("RequestLogModel", "Duration (ms)"),
        translate("RequestLogModel", "LMS reason / error"),
    )


def _cells(record: RequestRecord) -> tuple[str, ...]:
    reason = record.lms_reason or record.error or ""
    return (
        record.started_at.astimezone().strftime("%H:%M:%S.%f")[:-3],
        record.method,
        record.path,
        "—" if record.status is None else str(record.status),
        f"{record.duration_ms:.0f}",
        reason.replace("\n", " "),
    )


class RequestLogModel(TextTableModel):
    def __init__(self, max_records: int = MAX_RECORDS, parent: QWidget | None = None) -> None:
        super().__init__(_headers(), (LogColumn.STATUS, LogColumn.DURATION), parent)
        self._max_records = max_records
        self._records: list[RequestRecord] = []

    @Slot(object)
    def append(self, record: object) -> None:
        if not isinstance(record, RequestRecord):
            return
        if len(self._rows) >= self._max_records:
            self.beginRemoveRows(QModelIndex(), 0, 0)
            del self._rows[0]
            del self._records[0]
            self.endRemoveRows()
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        cells = _cells(record)
        self._rows.append((cells, cells))  # a long path or reason reads whole in the tooltip
        self._records.append(record)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self._records.clear()
        self.endResetModel()

    def records(self) -> list[RequestRecord]:
        return list(self._records)


class RequestLogPanel(QWidget):
    """The log's table with "Copy log" and "Clear"; Ctrl+C copies the selected lines."""

    def __init__(self, model: RequestLogModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(translate("RequestLogPanel", "Request log"))
        self.table.setAccessibleDescription(
            translate(
                "RequestLogPanel",
                "Every call to LTIAAS, newest last: time, method, path, status, duration and "
                "the LMS's reason",
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setAccessibleName(translate("RequestLogPanel", "Request log columns"))
        header.setSectionResizeMode(LogColumn.PATH, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(LogColumn.PATH, 420)
        self.copy_button = QPushButton(translate("RequestLogPanel", "Copy &log"))
        self.copy_button.setAccessibleName(translate("RequestLogPanel", "Copy the request log"))
        self.copy_button.setAccessibleDescription(
            translate("RequestLogPanel", "Copy every line as text, for a support ticket")
        )
        self.clear_button = QPushButton(translate("RequestLogPanel", "C&lear"))
        self.clear_button.setAccessibleName(translate("RequestLogPanel", "Clear the request log"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.copy_button.clicked.connect(self.copy_all)
        self.clear_button.clicked.connect(model.clear)
        copy_shortcut = QShortcut(QKeySequence.StandardKey.Copy, self.table)
        copy_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy_shortcut.activated.connect(self.copy_selected)
        model.rowsInserted.connect(self._follow_newest)

    @Slot()
    def copy_all(self) -> None:
        QApplication.clipboard().setText(self.model.as_text())

    @Slot()
    def copy_selected(self) -> None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        QApplication.clipboard().setText(self.model.as_text(rows or None))

    @Slot()
    def _follow_newest(self) -> None:
        # Keep the newest line in view unless the user scrolled up to read older ones.
        bar = self.table.verticalScrollBar()
        if bar.value() >= bar.maximum() - 2:
            self.table.scrollToBottom()
