"""The Course view: every learner down the side, every line item across the top, editable.

The learners' names stay in place while the grades scroll right (a second view over the same
model shows only the name column, laid over the first). Grading from the keyboard: typing a
number starts editing the cell (on a name, the first line item's), Enter saves and moves down,
Tab saves and moves right, Escape cancels; Ctrl+V pastes a block of rows × columns copied from a
spreadsheet, Ctrl+C copies the selected cells. Each cell's mark says where its edit is, and the
legend under the table says what the marks mean.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.gui.banners import OfflineBanner
from gradebook_gui.gui.course_learners import NameOrder
from gradebook_gui.gui.course_marks import MARK_BACKGROUNDS, CellMark
from gradebook_gui.gui.course_model import NAME_COLUMN, CourseModel
from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.score_delegate import CellEditor, Move, ScoreTable, starts_a_number

NAME_WIDTH_CHARS = 26
GRADE_WIDTH_CHARS = 13
NOTICE_TOOLTIP_MS = 8000
# How often the offline note's "downloaded 2 hours ago" is brought up to date.
AGE_REFRESH_MS = 60_000


def split_block(text: str) -> list[list[str]]:
    """Rows × columns of text copied from a spreadsheet (tabs between cells, a line per row)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1]:
        lines.pop()
    return [line.split("\t") for line in lines]


class CourseTable(ScoreTable):
    """The grades, with the name column frozen on the left."""

    learner_requested = Signal(int)
    """Enter on a learner's name: the Learner view of that view row."""

    def __init__(self, model: CourseModel, parent: QWidget | None = None) -> None:
        super().__init__(model.locale(), parent)
        self.setModel(model)
        self._model = model
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setAccessibleName(translate("CourseTable", "Grade columns"))
        header.setDefaultSectionSize(self.fontMetrics().averageCharWidth() * GRADE_WIDTH_CHARS)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setFixedHeight(self.fontMetrics().height() * 2 + 12)
        header.setSortIndicatorShown(True)
        # Names A to Z until the user clicks a header (Qt would start with Z to A).
        header.setSortIndicator(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setAccessibleName(translate("CourseTable", "Every learner's grade in every line item"))

        self.frozen = QTableView(self)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.verticalHeader().setDefaultSectionSize(
            self.verticalHeader().defaultSectionSize()
        )
        self.frozen.horizontalHeader().setAccessibleName(translate("CourseTable", "Learner column"))
        self.frozen.horizontalHeader().setFixedHeight(header.height())
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.horizontalHeader().setSortIndicatorShown(True)
        self.frozen.horizontalHeader().setSortIndicator(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
        self.frozen.setSortingEnabled(True)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.frozen.setWordWrap(False)
        self.frozen.setStyleSheet("QTableView { border: none; }")
        self.frozen.setAccessibleName(translate("CourseTable", "Learners"))
        self.viewport().stackUnder(self.frozen)
        self.setColumnWidth(NAME_COLUMN, self.fontMetrics().averageCharWidth() * NAME_WIDTH_CHARS)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        header.sectionResized.connect(self._on_section_resized)
        header.sortIndicatorChanged.connect(self._mirror_sort_indicator)
        self.frozen.horizontalHeader().sortIndicatorChanged.connect(self._on_frozen_sorted)
        model.modelReset.connect(self._show_only_names)
        model.columnsInserted.connect(self._show_only_names)
        self._show_only_names()

    # -- the frozen name column --------------------------------------------------------------

    @Slot()
    def _show_only_names(self) -> None:
        header = self.horizontalHeader()
        for column in range(self._model.columnCount()):
            self.frozen.setColumnHidden(column, column != NAME_COLUMN)
            if column != NAME_COLUMN:
                # Wide enough for the header's shortened label: a label cut on both sides of a
                # narrow column reads as a different word.
                wanted = header.sectionSizeFromContents(column).width()
                self.setColumnWidth(column, max(header.defaultSectionSize(), wanted))
        self.frozen.setColumnWidth(NAME_COLUMN, self.columnWidth(NAME_COLUMN))
        self._place_frozen()

    @Slot(int, int, int)
    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        if column == NAME_COLUMN:
            self.frozen.setColumnWidth(NAME_COLUMN, new)
            self._place_frozen()

    @Slot(int, Qt.SortOrder)
    def _mirror_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        self.frozen.horizontalHeader().blockSignals(True)
        self.frozen.horizontalHeader().setSortIndicator(column, order)
        self.frozen.horizontalHeader().blockSignals(False)

    @Slot(int, Qt.SortOrder)
    def _on_frozen_sorted(self, column: int, order: Qt.SortOrder) -> None:
        self.horizontalHeader().setSortIndicator(column, order)

    def _place_frozen(self) -> None:
        frame = self.frameWidth()
        self.frozen.setGeometry(
            frame,
            frame,
            self.columnWidth(NAME_COLUMN),
            self.viewport().height() + self.horizontalHeader().height(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_frozen()

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        # A grade hidden under the frozen names scrolls right into sight.
        if index.column() > NAME_COLUMN:
            super().scrollTo(index, hint)
            left = self.visualRect(index).left()
            covered = self.columnWidth(NAME_COLUMN)
            if left < covered:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - (covered - left))
        else:
            # The names are always in sight: only the rows scroll to them.
            horizontal = self.horizontalScrollBar().value()
            super().scrollTo(index, hint)
            self.horizontalScrollBar().setValue(horizontal)

    # -- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState and current.isValid():
            key = event.key()
            plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not plain:
                if current.column() == NAME_COLUMN:
                    self.learner_requested.emit(current.row())
                else:
                    self._go(current, Move.DOWN)
                return
            if current.column() == NAME_COLUMN and starts_a_number(event, self._model.locale()):
                first = current.siblingAtColumn(1)
                if first.isValid() and first.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.selectionModel().setCurrentIndex(
                        first, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    )
                    if self.edit(first, QAbstractItemView.EditTrigger.AnyKeyPressed, event):
                        return
        super().keyPressEvent(event)

    def _go(self, index: QModelIndex | QPersistentModelIndex, move: Move) -> None:
        target = self._neighbour(index, move)
        if target.isValid():
            self.setCurrentIndex(target)

    def _neighbour(self, index: QModelIndex | QPersistentModelIndex, move: Move) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        model = self._model
        row, column = index.row(), index.column()
        last_row, last_column = model.rowCount() - 1, model.columnCount() - 1
        if move is Move.DOWN:
            return model.index(min(row + 1, last_row), column)
        if move is Move.UP:
            return model.index(max(row - 1, 0), column)
        if move is Move.NEXT:
            return model.index(row, min(column + 1, last_column))
        return model.index(row, max(column - 1, 1))

    def commit_open_editor(self) -> bool:
        """Save what an open editor holds (before a review); False when it was refused."""
        for editor in self.viewport().findChildren(CellEditor):
            if editor.isVisible():
                if not self.cell_delegate.commit(editor):
                    return False
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return True

    # -- clipboard ---------------------------------------------------------------------------

    def paste_block(self, text: str | None = None) -> bool:
        """Paste rows × columns of scores from the top-left selected cell on."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        block = split_block(text)
        if not block:
            return False
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        indexes = [index for index in indexes if index.isValid()]
        if not indexes:
            return False
        top = min(index.row() for index in indexes)
        left = max(1, min(index.column() for index in indexes))
        return self._model.request_block(top, left, block)

    def copy_block(self) -> int:
        """The selected cells as tab-separated text, in rows and columns; returns the cells."""
        indexes = self.selectionModel().selectedIndexes()
        if not indexes:
            return 0
        rows = sorted({index.row() for index in indexes})
        columns = sorted({index.column() for index in indexes})
        chosen = {(index.row(), index.column()) for index in indexes}
        lines = []
        for row in rows:
            cells = []
            for column in columns:
                index = self._model.index(row, column)
                role = (
                    Qt.ItemDataRole.DisplayRole
                    if column == NAME_COLUMN
                    else Qt.ItemDataRole.EditRole
                )
                cells.append(str(index.data(role) or "") if (row, column) in chosen else "")
            lines.append("\t".join(cells))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        return len(chosen)


def _legend() -> str:
    parts = [
        f'<span style="background:{MARK_BACKGROUNDS[mark].name()}">&nbsp;{mark.glyph}&nbsp;</span>'
        f" {html.escape(text)}"
        for mark, text in (
            (CellMark.UNSENT, translate("course_view", "saved here, not sent")),
            (CellMark.SENDING, translate("course_view", "being sent")),
            (CellMark.CONFLICT, translate("course_view", "changed in the LMS: resolve")),
            (CellMark.FAILED, translate("course_view", "not taken by the LMS")),
        )
    ]
    hint = translate(
        "course_view",
        "Hover a cell for details; Enter on a name (or Ctrl+Shift+L) shows that learner's "
        "every line item.",
    )
    return "&nbsp;&nbsp; ".join([*parts, html.escape(hint)])


class CourseView(QWidget):
    """The table with its filter, name order, load progress and Stop, count and legend."""

    load_requested = Signal()
    stop_requested = Signal()
    learner_view_requested = Signal(str)
    """The user ID whose Learner view to open."""

    def __init__(self, model: CourseModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.table = CourseTable(model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("CourseView", "Filter by name, ID or email"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(translate("CourseView", "Filter learners"))
        self.name_order = QComboBox()
        self.name_order.setAccessibleName(translate("CourseView", "Names sort by"))
        self.name_order.addItem(translate("CourseView", "Family name first"), NameOrder.FAMILY)
        self.name_order.addItem(translate("CourseView", "Given name first"), NameOrder.GIVEN)
        self.load_button = QPushButton(translate("CourseView", "Loa&d the course"))
        self.load_button.setToolTip(
            translate("CourseView", "Read every learner's grade in every line item from the LMS")
        )
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(translate("CourseView", "Loading the course"))
        self.progress_bar.setMaximumWidth(200)
        # %v and %m are the progress bar's own placeholders: the lists read and all of them.
        self.progress_bar.setFormat(translate("CourseView", "%v of %m lists"))
        self.stop_button = QPushButton(translate("CourseView", "Stop"))
        self.stop_button.setToolTip(
            translate("CourseView", "Stop loading; what has arrived stays shown")
        )
        self.count_label = QLabel()
        self.count_label.setAccessibleName(translate("CourseView", "Learners shown"))
        self.legend = QLabel(_legend())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(translate("CourseView", "What the marks mean"))
        self.legend.setWordWrap(True)
        self.offline_banner = OfflineBanner(
            retry_text=translate("CourseView", "Reload the course from the LMS")
        )
        self._kept_since: tuple[datetime, Callable[[], datetime]] | None = None
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(AGE_REFRESH_MS)
        self._age_timer.timeout.connect(self._show_age)

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 2)
        top.addWidget(self.name_order)
        top.addWidget(self.load_button)
        top.addWidget(self.progress_bar)
        top.addWidget(self.stop_button)
        top.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)

        self.paste_action = QAction(translate("CourseView", "&Paste scores"), self.table)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.paste_action.triggered.connect(self.table.paste_block)
        self.table.addAction(self.paste_action)
        self.copy_action = QAction(translate("CourseView", "Cop&y cells"), self.table)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.table.copy_block)
        self.table.addAction(self.copy_action)

        # No button: the bar above the table is as narrow as the window may be.
        self.learner_action = QAction(translate("CourseView", "Le&arner view…"), self)
        self.learner_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.learner_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.learner_action.setToolTip(
            translate(
                "CourseView",
                "Every line item of the chosen learner, one form "
                "(Ctrl+Shift+L, or Enter on a name)",
            )
        )
        self.learner_action.triggered.connect(self.open_learner_view)
        self.addAction(self.learner_action)
        self.table.learner_requested.connect(self._on_learner_requested)
        self.filter_edit.textChanged.connect(model.set_filter_text)
        self.name_order.currentIndexChanged.connect(self._on_name_order)
        self.load_button.clicked.connect(self.load_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.offline_banner.retry_button.clicked.connect(self.load_requested)
        model.modelReset.connect(self._show_count)
        model.rowsInserted.connect(self._show_count)
        model.dataChanged.connect(self._show_count)  # a column filled: "(n loaded)"
        model.layoutChanged.connect(self._show_count)
        model.edit_refused.connect(self._refuse)
        self.set_loading(False)
        self._show_count()
        # As narrow as the column view can be: the window keeps the size the user gave it.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)

    @Slot()
    def open_learner_view(self) -> None:
        """The Learner view of the current row's learner (the first one when none is chosen)."""
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else 0
        self._on_learner_requested(row)

    @Slot(int)
    def _on_learner_requested(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            self.learner_view_requested.emit(self._model.learner_at(row).user_id)

    @Slot(int)
    def _on_name_order(self, position: int) -> None:
        self._model.set_name_order(NameOrder(self.name_order.itemData(position)))

    @Slot(bool)
    def set_loading(self, loading: bool) -> None:
        self.progress_bar.setVisible(loading)
        self.stop_button.setVisible(loading)
        self.load_button.setText(
            translate("CourseView", "Reloa&d")
            if self._model.columnCount() > 1
            else translate("CourseView", "Loa&d the course")
        )
        if loading:
            self.progress_bar.setRange(0, 0)

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        # A progress bar repaints itself, and the whole window with it, the moment its text
        # changes: with updates off it is only marked for the next paint.
        bar = self.progress_bar
        bar.setUpdatesEnabled(False)
        bar.setRange(0, total)
        bar.setValue(done)
        bar.setUpdatesEnabled(True)
        self._show_count()

    @Slot()
    def _show_count(self) -> None:
        model = self._model
        items = model.line_items()
        if not items:
            self.count_label.setText("")
            return
        shown, total = model.rowCount(), model.learner_count()
        locale = model.locale()
        if shown == total:
            learners = counted(
                translate("CourseView", "{count} learner"),
                translate("CourseView", "{count} learners", None, total),
                total,
                locale,
            )
        else:
            learners = counted(
                translate("CourseView", "{shown} of {count} learner shown"),
                translate("CourseView", "{shown} of {count} learners shown", None, total),
                total,
                locale,
                shown=locale.toString(shown),
            )
        loaded = sum(model.is_loaded(item.id) for item in items)
        if loaded < len(items):
            columns = counted(
                translate("CourseView", "{count} line item ({loaded} loaded)"),
                translate("CourseView", "{count} line items ({loaded} loaded)", None, len(items)),
                len(items),
                locale,
                loaded=locale.toString(loaded),
            )
        else:
            columns = counted(
                translate("CourseView", "{count} line item"),
                translate("CourseView", "{count} line items", None, len(items)),
                len(items),
                locale,
            )
        self.count_label.setText(
            translate("CourseView", "{learners} · {columns}").format(
                learners=learners, columns=columns
            )
        )

    def show_offline(self, kept_at: dict[str, datetime], clock: Callable[[], datetime]) -> None:
        """The table shows the downloads kept on this computer: say so, with the oldest one's age
        (each line item's is in its header's tooltip)."""
        self._model.set_kept_at(kept_at)
        self.set_loading(False)  # the button reloads what is shown
        self._show_count()
        self._kept_since = (min(kept_at.values()), clock)
        self._show_age()
        self._age_timer.start()

    @Slot()
    def show_online(self) -> None:
        self._model.set_kept_at(None)
        self._kept_since = None
        self._age_timer.stop()
        self.offline_banner.hide()

    @Slot()
    def _show_age(self) -> None:
        if self._kept_since is not None:
            taken_at, clock = self._kept_since
            self.offline_banner.show_age(taken_at, clock())

    def set_read_only(self, read_only: bool) -> None:
        self._model.set_read_only(read_only)
        self.paste_action.setEnabled(not read_only)
        if read_only:
            self.table.cancel_editing()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    @Slot(str)
    def _refuse(self, text: str) -> None:
        rect = self.table.visualRect(self.table.currentIndex())
        point = self.table.viewport().mapToGlobal(rect.bottomLeft())
        QToolTip.showText(point, text, self.table, msecShowTime=NOTICE_TOOLTIP_MS)
