"""The results table with its filter box, quick filters and "n of m learners shown" count.

Grading from the keyboard: Ctrl+F, a name, then Enter (or Down) goes to the first learner shown;
typing a number on a learner's row starts editing their score, Enter saves and moves down, Tab
moves to the comment, Escape cancels, Ctrl+V pastes a column of scores copied from a
spreadsheet. Edits go to the model, which only announces them (`edits_requested`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.i18n import QT_TRANSLATE_NOOP, counted, translate
from gradebook_gui.gui.results_model import (
    EDITABLE_COLUMNS,
    QUICK_FILTER_LABELS,
    READ_ONLY_TEXT,
    Column,
    QuickFilter,
    ResultsModel,
    consecutive_runs,
    split_pasted_column,
)
from gradebook_gui.gui.score_delegate import (
    CellEditor,
    Move,
    ScoreTable,
    starts_a_number,
)

# Marked for translation here, translated where shown.
EMPTY_STATE_TEXT = QT_TRANSLATE_NOOP("ResultsView", "Choose a line item to see its grades")

# Starting widths in average character widths, so that they follow the font and the DPI.
_COLUMN_WIDTHS_IN_CHARACTERS = {
    Column.NAME: 24,
    Column.USER_ID: 14,
    Column.EMAIL: 26,
    Column.SCORE: 8,
    Column.MAXIMUM: 8,
    Column.PERCENT: 9,
    Column.COMMENT: 32,
    Column.STATUS: 12,
}


# How long the explanation of a refused or doubtful edit stays beside the cell.
NOTICE_TOOLTIP_MS = 8000


class ResultsTable(ScoreTable):
    """The table itself: keyboard entry of scores and comments through `CellDelegate`."""

    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None) -> None:
        self._locale = QLocale(locale) if locale is not None else QLocale()
        super().__init__(self._locale, parent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A number typed anywhere on a learner's row is their score: start editing it there.
        current = self.currentIndex()
        if (
            self.state() != QAbstractItemView.State.EditingState
            and current.isValid()
            and current.column() not in EDITABLE_COLUMNS
            and starts_a_number(event, self._locale)
        ):
            score = current.siblingAtColumn(Column.SCORE)
            if score.flags() & Qt.ItemFlag.ItemIsEditable:
                self.selectionModel().setCurrentIndex(
                    score, QItemSelectionModel.SelectionFlag.NoUpdate
                )
                if self.edit(score, QAbstractItemView.EditTrigger.AnyKeyPressed, event):
                    return
        super().keyPressEvent(event)

    def _neighbour(self, index: QModelIndex | QPersistentModelIndex, move: Move) -> QModelIndex:
        model = self.model()
        if not index.isValid():
            return QModelIndex()
        row, column = index.row(), index.column()
        last_row = model.rowCount() - 1
        if move is Move.DOWN:
            return model.index(min(row + 1, last_row), column)
        if move is Move.UP:
            return model.index(max(row - 1, 0), column)
        if move is Move.NEXT:
            if column == Column.SCORE:
                return model.index(row, Column.COMMENT)
            return (
                model.index(row + 1, Column.SCORE) if row < last_row else model.index(row, column)
            )
        if column == Column.COMMENT:
            return model.index(row, Column.SCORE)
        return model.index(row - 1, Column.COMMENT) if row > 0 else model.index(row, column)


class ResultsView(QWidget):
    """Filter controls above the table of learners; an empty-state message without a line item.

    The selection follows learners, not row numbers: it survives sorting, filtering and rows
    arriving while a line item loads.
    """

    selection_changed = Signal(object)
    """The selected learner's StudentGrade, or None; also sent when their data changes."""

    edit_refused = Signal(str)
    """An edit or paste was not made; the text says why (the model's refusals included)."""

    edit_warning = Signal(str)
    """The model's warning about an edit made (a score above the maximum)."""

    def __init__(self, model: ResultsModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model if model is not None else ResultsModel(self)
        self._shown_grade: StudentGrade | None = None
        self._user_ids_before_reset: set[str] = set()
        self._current_user_before_reset: str | None = None

        self._filter_box = QLineEdit(self)
        self._filter_box.setPlaceholderText(translate("ResultsView", "Filter by name, ID or email"))
        self._filter_box.setClearButtonEnabled(True)
        self._filter_box.setAccessibleName(translate("ResultsView", "Filter learners"))
        self._filter_box.setAccessibleDescription(
            translate(
                "ResultsView",
                "Shows only learners whose name, user ID or email contains every word typed; "
                "Enter or Down goes to the first learner shown",
            )
        )
        self._filter_box.installEventFilter(self)

        self._quick_filter = QComboBox(self)
        for which, label in QUICK_FILTER_LABELS.items():
            self._quick_filter.addItem(translate("QuickFilter", label), which.value)
        self._quick_filter.setAccessibleName(translate("ResultsView", "Show learners"))
        # The longest choice need not widen the window: the open list shows every choice whole.
        self._quick_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._quick_filter.setMinimumContentsLength(12)
        quick_filter_label = QLabel(translate("ResultsView", "&Show:"), self)
        quick_filter_label.setBuddy(self._quick_filter)

        self._count_label = QLabel(self)
        self._count_label.setAccessibleName(translate("ResultsView", "Learners shown"))
        self._count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # "40 of 40 learners shown" may be cut on a narrow window rather than widen it.
        self._count_label.setMinimumWidth(1)

        # Public so that the window can place it in its tab order and offer its actions.
        self.table = ResultsTable(self, self._model.locale())
        self.table.setAccessibleName(translate("ResultsView", "Learners and their grades"))
        self._configure_table()

        self._copy_action = QAction(translate("ResultsView", "Cop&y selected rows"), self.table)
        self._copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self._copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._copy_action.triggered.connect(self.copy_selected_rows)
        self.table.addAction(self._copy_action)
        self.paste_action = QAction(translate("ResultsView", "&Paste scores"), self.table)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.paste_action.setStatusTip(
            translate(
                "ResultsView",
                "Paste a column of scores copied from a spreadsheet onto the selected learners",
            )
        )
        self.paste_action.triggered.connect(self.paste_scores)
        self.table.addAction(self.paste_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self._empty_state = QLabel(translate("ResultsView", EMPTY_STATE_TEXT), self)
        self._empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty_state.setWordWrap(True)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._empty_state)
        self._pages.addWidget(self.table)

        controls = QHBoxLayout()
        controls.addWidget(self._filter_box, 3)
        controls.addWidget(quick_filter_label)
        controls.addWidget(self._quick_filter)
        controls.addWidget(self._count_label, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self._pages, 1)
        QWidget.setTabOrder(self._filter_box, self._quick_filter)
        QWidget.setTabOrder(self._quick_filter, self.table)

        self._filter_box.textChanged.connect(self._model.set_text_filter)
        self._quick_filter.currentIndexChanged.connect(self._on_quick_filter_chosen)
        self._connect_model()
        self._show_state()

    # -- public API ------------------------------------------------------------------------

    def model(self) -> ResultsModel:
        return self._model

    def focus_filter(self) -> None:
        """Ctrl+F: put the cursor in the filter box, its text selected for replacing."""
        self._filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._filter_box.selectAll()

    def go_to_first_learner(self) -> bool:
        """Put the keyboard on the score of the first learner shown, ready to type a score."""
        if self._model.rowCount() == 0:
            return False
        self.table.setCurrentIndex(self._model.index(0, Column.SCORE))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter or Down in the filter box: on to the learners found, not more typing in the box.
        if (
            watched is self._filter_box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return self.go_to_first_learner()
        return super().eventFilter(watched, event)

    def set_quick_filter(self, which: QuickFilter) -> None:
        self._quick_filter.setCurrentIndex(self._quick_filter.findData(which.value))

    def copy_selected_rows(self) -> int:
        """Put the selected rows on the clipboard as tab-separated text; returns how many."""
        rows = self.selected_rows()
        if rows:
            QGuiApplication.clipboard().setText(self._model.tab_separated(rows))
        return len(rows)

    def set_read_only(self, read_only: bool) -> None:
        """No editing, typing or pasting of grades while read-only mode is on."""
        self._model.set_read_only(read_only)
        self.paste_action.setEnabled(not read_only)
        if read_only:
            self.table.cancel_editing()

    def paste_scores(self) -> bool:
        """Ctrl+V: scores from the clipboard onto the selected rows, or from the current row down.

        One copied score goes onto every selected row. Returns whether the paste was requested.
        """
        if self._model.read_only():
            self._refuse(READ_ONLY_TEXT)
            return False
        try:
            texts = split_pasted_column(QGuiApplication.clipboard().text())
        except ValueError as problem:
            self._refuse(str(problem))
            return False
        if not texts:
            self._refuse(translate("ResultsView", "The clipboard holds no scores to paste."))
            return False
        rows = self._rows_to_paste_onto(len(texts))
        if rows is None:
            return False
        if len(texts) == 1:
            texts = texts * len(rows)
        return self._model.request_paste(rows, texts)

    def _rows_to_paste_onto(self, count: int) -> list[int] | None:
        selected = self.selected_rows()
        locale = QLocale()
        if len(selected) > 1:
            if count in (1, len(selected)):
                return selected
            # Both counts are 2 or more here: a single copied score goes onto every row.
            self._refuse(
                translate(
                    "ResultsView",
                    "Nothing was pasted: {count} scores were copied but {selected} rows are "
                    "selected. Select {count} rows, or one row to paste from there down.",
                    None,
                    count,
                ).format(count=locale.toString(count), selected=locale.toString(len(selected)))
            )
            return None
        current = self.table.currentIndex()
        if current.isValid() and (not selected or current.row() == selected[0]):
            start = current.row()
        elif selected:
            start = selected[0]
        else:
            self._refuse(
                translate("ResultsView", "Select the learner where the pasted scores should start.")
            )
            return None
        available = self._model.rowCount() - start
        if count > available:
            # At least one learner is shown from the start row, so 2 or more scores were copied.
            self._refuse(
                counted(
                    translate(
                        "ResultsView",
                        "Nothing was pasted: {copied} scores were copied but only {count} "
                        "learner is shown from row {row} down.",
                    ),
                    translate(
                        "ResultsView",
                        "Nothing was pasted: {copied} scores were copied but only {count} "
                        "learners are shown from row {row} down.",
                        None,
                        available,
                    ),
                    available,
                    locale,
                    copied=locale.toString(count),
                    row=locale.toString(start + 1),
                )
            )
            return None
        return list(range(start, start + count))

    def commit_open_editor(self) -> bool:
        """A score still being typed is saved first; False when it is not a valid score."""
        editor = QApplication.focusWidget()
        if not isinstance(editor, CellEditor):
            return True
        if not self.table.cell_delegate.commit(editor):
            return False
        self.table.setFocus()
        return True

    def selected_rows(self) -> list[int]:
        """Selected view rows, ascending, read from selection ranges (cheap for large ones)."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for index in range(selection.count()):
            selected = selection.at(index)
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def selected_grade(self) -> StudentGrade | None:
        """The learner of the current row when it is selected, else of the first selected row."""
        selection = self.table.selectionModel()
        current = selection.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row()):
            return self._model.grade_at(current.row())
        rows = self.selected_rows()
        return self._model.grade_at(rows[0]) if rows else None

    def header_state(self) -> QByteArray:
        """Column widths, order and sort, for the window to remember."""
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray) -> bool:
        return self.table.horizontalHeader().restoreState(state)

    # -- set-up ----------------------------------------------------------------------------

    def _configure_table(self) -> None:
        table = self.table
        table.setModel(self._model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setWordWrap(False)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Fixed row heights and no row numbers keep 100,000 rows cheap to lay out.
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        columns = table.horizontalHeader()
        columns.setAccessibleName(translate("ResultsView", "Column headers"))
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setSectionsMovable(True)
        columns.setStretchLastSection(True)
        columns.setSortIndicatorClearable(True)
        columns.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        character = table.fontMetrics().averageCharWidth()
        for column, characters in _COLUMN_WIDTHS_IN_CHARACTERS.items():
            # The header's own size hint holds its text in the window's language, its margins
            # and the sort arrow (shown now that sorting is on): no header is cut, however long
            # its words ("Höchstpunktzahl").
            columns.resizeSection(
                column, max(characters * character, columns.sectionSizeHint(column))
            )

    def _connect_model(self) -> None:
        model = self._model
        model.edit_refused.connect(self._refuse)
        model.edit_warning.connect(self._warn)
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        model.modelReset.connect(self._show_state)
        for change in (model.rowsInserted, model.rowsRemoved, model.stats_changed):
            change.connect(self._show_count)
        for change in (model.dataChanged, model.layoutChanged, model.rowsRemoved):
            change.connect(self._report_selection)
        self.table.selectionModel().selectionChanged.connect(self._report_selection)
        self.table.selectionModel().currentRowChanged.connect(self._report_selection)

    # -- reactions -------------------------------------------------------------------------

    def _on_quick_filter_chosen(self, index: int) -> None:
        self._model.set_quick_filter(QuickFilter(self._quick_filter.itemData(index)))

    def _show_state(self) -> None:
        loaded = self._model.line_item() is not None
        self._pages.setCurrentWidget(self.table if loaded else self._empty_state)
        self._show_count()
        self._report_selection()

    def _show_count(self) -> None:
        if self._model.line_item() is None:
            self._count_label.clear()
            return
        total = self._model.rows_count_total()
        self._count_label.setText(
            counted(
                translate("ResultsView", "{shown} of {count} learner shown"),
                translate("ResultsView", "{shown} of {count} learners shown", None, total),
                total,
                shown=QLocale().toString(self._model.rows_count_visible()),
            )
        )

    def _report_selection(self) -> None:
        grade = self.selected_grade()
        if grade is not self._shown_grade:
            self._shown_grade = grade
            self.selection_changed.emit(grade)

    def _remember_selection(self) -> None:
        """Before a reset (a filter change): note the selected learners to select them again."""
        self._user_ids_before_reset = {
            self._model.grade_at(row).user_id for row in self.selected_rows()
        }
        current = self.table.selectionModel().currentIndex()
        self._current_user_before_reset = (
            self._model.grade_at(current.row()).user_id if current.isValid() else None
        )

    def _restore_selection(self) -> None:
        user_ids = self._user_ids_before_reset
        current_user = self._current_user_before_reset
        self._user_ids_before_reset, self._current_user_before_reset = set(), None
        selection_model = self.table.selectionModel()
        if current_user is not None:
            for row in self._model.rows_of_users({current_user}):
                selection_model.setCurrentIndex(
                    self._model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        if not user_ids:
            return
        selection = QItemSelection()
        last_column = self._model.columnCount() - 1
        for first, last in consecutive_runs(self._model.rows_of_users(user_ids)):
            selection.select(self._model.index(first, 0), self._model.index(last, last_column))
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.Select)

    @Slot(str)
    def _refuse(self, text: str) -> None:
        """Say beside the current cell why an edit was not made, and tell the window."""
        self._show_beside_current_cell(text)
        self.edit_refused.emit(text)

    @Slot(str)
    def _warn(self, text: str) -> None:
        self._show_beside_current_cell(text)
        self.edit_warning.emit(text)

    def _show_beside_current_cell(self, text: str) -> None:
        current = self.table.currentIndex()
        if current.isValid() and self.table.isVisible():
            cell = self.table.visualRect(current)
            where = self.table.viewport().mapToGlobal(cell.bottomLeft())
            QToolTip.showText(where, text, self.table, cell, NOTICE_TOOLTIP_MS)
