"""The request log for support staff: method, path, status, duration, the LMS's reason.

Fed from the client's `on_request` callback (through a queued signal). Records carry no header
and no secret, so the log can be copied as text and pasted into a support ticket.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
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
# New lines join the table together at most this often: a large submission makes a request every
# few milliseconds, and adding and scrolling to each line alone keeps the window's thread busy.
LINES_SHOWN_EVERY_MS = 40


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
    """Every request, newest last. A record appended joins the table at the next tick, with those
    appended alongside it; `records()` and the copied text include it at once."""

    def __init__(self, max_records: int = MAX_RECORDS, parent: QWidget | None = None) -> None:
        super().__init__(_headers(), (LogColumn.STATUS, LogColumn.DURATION), parent)
        self._max_records = max_records
        self._records: list[RequestRecord] = []
        self._arrived: list[RequestRecord] = []  # not in the table yet
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(LINES_SHOWN_EVERY_MS)
        self._show_timer.timeout.connect(self.show_arrived)

    @Slot(object)
    def append(self, record: object) -> None:
        if not isinstance(record, RequestRecord):
            return
        self._arrived.append(record)
        if not self._show_timer.isActive():
            self._show_timer.start()

    @Slot()
    def show_arrived(self) -> None:
        """Add the records appended since the last tick to the table, in one insertion."""
        self._show_timer.stop()
        arrived, self._arrived = self._arrived[-self._max_records :], []
        if not arrived:
            return
        overflow = len(self._rows) + len(arrived) - self._max_records
        if overflow > 0:
            self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
            del self._rows[:overflow]
            del self._records[:overflow]
            self.endRemoveRows()
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position + len(arrived) - 1)
        for record in arrived:
            cells = _cells(record)
            self._rows.append((cells, cells))  # a long path or reason reads whole in the tooltip
        self._records.extend(arrived)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._show_timer.stop()
        self._arrived.clear()
        self._rows.clear()
        self._records.clear()
        self.endResetModel()

    def records(self) -> list[RequestRecord]:
        self.show_arrived()
        return list(self._records)

    def as_text(self, rows: Iterable[int] | None = None) -> str:
        self.show_arrived()
        return super().as_text(rows)


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
        self.copy_button = QPushButton(translate("RequestLogPanel", "&Copy log"))
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
        # Whether the newest line was in view before lines were added: the view follows the
        # newest lines only then, so a user reading older ones keeps their place, also when the
        # oldest lines go to make room.
        self._following = True
        self._top_row = -1
        model.rowsAboutToBeRemoved.connect(self._note_place)
        model.rowsRemoved.connect(self._keep_place)
        model.rowsAboutToBeInserted.connect(self._note_following)
        model.rowsInserted.connect(self._follow_newest)

    @Slot()
    def copy_all(self) -> None:
        QApplication.clipboard().setText(self.model.as_text())

    @Slot()
    def copy_selected(self) -> None:
        self.model.show_arrived()  # before reading the selection: the oldest lines may go
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        QApplication.clipboard().setText(self.model.as_text(rows or None))

    @Slot()
    def _note_place(self) -> None:
        self._note_following()
        self._top_row = self.table.rowAt(0)

    @Slot(QModelIndex, int, int)
    def _keep_place(self, _: QModelIndex, first: int, last: int) -> None:
        if self._following or self._top_row < 0 or first > self._top_row:
            return
        # The line read at the top moved up by the lines removed above it.
        top = max(0, self._top_row - (last - first + 1))
        self.table.scrollTo(self.model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    @Slot()
    def _note_following(self) -> None:
        bar = self.table.verticalScrollBar()
        self._following = bar.value() >= bar.maximum() - 2

    @Slot()
    def _follow_newest(self) -> None:
        if self._following:
            self.table.scrollToBottom()
