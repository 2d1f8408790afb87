"""The import wizard's last page: every row of the file and what importing it does."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from gradebook_gui.edits import same_comment
from gradebook_gui.exchange.importer import ImportPlan, PlanRow, RowVerdict
from gradebook_gui.gui.i18n import QT_TRANSLATE_NOOP, counted, translate, translated
from gradebook_gui.gui.import_page_parts import after_fixing, bold_label, wrapped_label
from gradebook_gui.gui.locale_numbers import score_text
from gradebook_gui.gui.moments import format_moment
from gradebook_gui.gui.plain_text import plain_tooltip
from gradebook_gui.models import LineItem

if TYPE_CHECKING:
    from gradebook_gui.gui.import_wizard import ImportWizard


_ROOT = QModelIndex()


# -- the preview table --------------------------------------------------------------------------


class PreviewColumn(IntEnum):
    LINE = 0
    STUDENT = 1
    OUTCOME = 2
    NOW = 3
    NEW = 4
    WHY = 5


# The English texts; shown through translate("import_preview", text).
_HEADERS = {
    PreviewColumn.LINE: QT_TRANSLATE_NOOP("import_preview", "Line"),
    PreviewColumn.STUDENT: QT_TRANSLATE_NOOP("import_preview", "Student"),
    PreviewColumn.OUTCOME: QT_TRANSLATE_NOOP("import_preview", "Outcome"),
    PreviewColumn.NOW: QT_TRANSLATE_NOOP("import_preview", "Score now"),
    PreviewColumn.NEW: QT_TRANSLATE_NOOP("import_preview", "New score"),
    PreviewColumn.WHY: QT_TRANSLATE_NOOP("import_preview", "Why"),
}

VERDICT_TEXT = {
    RowVerdict.WILL_CHANGE: QT_TRANSLATE_NOOP("import_preview", "will change"),
    RowVerdict.UNCHANGED: QT_TRANSLATE_NOOP("import_preview", "unchanged"),
    RowVerdict.SKIPPED: QT_TRANSLATE_NOOP("import_preview", "skipped"),
    RowVerdict.ERROR: QT_TRANSLATE_NOOP("import_preview", "error"),
}


def verdict_text(verdict: RowVerdict) -> str:
    """What importing a row does, in the user's language."""
    return translate("import_preview", VERDICT_TEXT[verdict])


class PreviewModel(QAbstractTableModel):
    """Every row of an import plan, in file order; a verdict filter narrows the rows shown."""

    def __init__(self, line_item: LineItem, locale: QLocale, parent: QWidget | None = None):
        super().__init__(parent)
        self._line_item = line_item
        self._locale = QLocale(locale)
        self._locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        self._plan: ImportPlan | None = None
        self._rows: list[PlanRow] = []
        self._shown: list[PlanRow] = []
        self._verdict: RowVerdict | None = None

    def set_plan(self, plan: ImportPlan | None) -> None:
        if plan is self._plan:
            return
        self.beginResetModel()
        self._plan = plan
        self._rows = list(plan.rows) if plan else []
        self._apply_filter()
        self.endResetModel()

    def set_verdict_filter(self, verdict: RowVerdict | None) -> None:
        """Show only rows with this verdict; None shows every row."""
        self.beginResetModel()
        self._verdict = verdict
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        verdict = self._verdict
        self._shown = [row for row in self._rows if verdict is None or row.verdict is verdict]

    def plan_row(self, row: int) -> PlanRow:
        return self._shown[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(PreviewColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("import_preview", _HEADERS[PreviewColumn(section)])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = PreviewColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            PreviewColumn.LINE,
            PreviewColumn.NOW,
            PreviewColumn.NEW,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.FontRole
            and column is PreviewColumn.OUTCOME
            and row.verdict in (RowVerdict.WILL_CHANGE, RowVerdict.ERROR)
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _number(self, value: float) -> str:
        return score_text(self._locale, value)

    def _current_score(self, row: PlanRow) -> str:
        if row.current is None:
            return ""
        score = row.current.on_scale(self._line_item.scoreMaximum)
        return translate("PreviewModel", "no grade") if score is None else self._number(score)

    def _new_score(self, row: PlanRow) -> str:
        edit = row.edit
        if edit is None or row.verdict is not RowVerdict.WILL_CHANGE:
            return ""
        if edit.clears_grade or edit.score is None:
            return translate("PreviewModel", "no grade")
        text = self._number(edit.score)
        if edit.maximum != self._line_item.scoreMaximum:
            return translate("PreviewModel", "{score} out of {maximum}").format(
                score=text, maximum=self._number(edit.maximum)
            )
        return text

    def _why(self, row: PlanRow) -> str:
        if row.verdict is not RowVerdict.WILL_CHANGE or row.edit is None:
            return translated(row.shown_reason())
        # Said again in the user's locale: the planner's reason writes numbers with a dot.
        parts = []
        new, old = self._new_score(row), self._current_score(row)
        if new != old:
            parts.append(translate("PreviewModel", "score {old} → {new}").format(old=old, new=new))
        current_comment = row.current.comment if row.current else None
        if row.edit.comment is not None and not same_comment(row.edit.comment, current_comment):
            parts.append(
                translate("PreviewModel", "comment changed")
                if current_comment
                else translate("PreviewModel", "comment added")
            )
        return "; ".join(parts) or translated(row.shown_reason())

    def explanation(self, row: PlanRow) -> str:
        """Everything about one row in a sentence or two: the reason, then any warning."""
        text = self._why(row)
        if warning := _warning(row):
            text = translate("PreviewModel", "{why}. Note: {warning}").format(
                why=text, warning=warning
            )
        if row.verdict is RowVerdict.WILL_CHANGE and row.edit and row.edit.comment:
            text = translate("PreviewModel", "{why}.\nNew comment: {comment}").format(
                why=text, comment=row.edit.comment
            )
        return text

    def _text(self, row: PlanRow, column: PreviewColumn) -> str:
        match column:
            case PreviewColumn.LINE:
                return self._locale.toString(row.line_number)
            case PreviewColumn.STUDENT:
                if row.user_id is None:
                    return translate("PreviewModel", "not matched")
                if not row.student_name:
                    return row.user_id
                return translate("PreviewModel", "{name} ({user_id})").format(
                    name=row.student_name, user_id=row.user_id
                )
            case PreviewColumn.OUTCOME:
                return verdict_text(row.verdict)
            case PreviewColumn.NOW:
                return self._current_score(row)
            case PreviewColumn.NEW:
                return self._new_score(row)
            case PreviewColumn.WHY:
                if not (warning := _warning(row)):
                    return self._why(row)
                return translate("PreviewModel", "{why}; note: {warning}").format(
                    why=self._why(row), warning=warning
                )

    def _tooltip(self, row: PlanRow, column: PreviewColumn) -> str | None:
        return plain_tooltip(self.explanation(row)) if column is PreviewColumn.WHY else None

    @staticmethod
    def _icon(row: PlanRow, column: PreviewColumn) -> Any:
        style = QApplication.style()
        if column is PreviewColumn.OUTCOME and row.verdict is RowVerdict.ERROR:
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        if column is PreviewColumn.WHY and row.warning:
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None


def _warning(row: PlanRow) -> str:
    """The row's warning in the window's language; empty when it has none."""
    warning = row.shown_warning()
    return "" if warning is None else translated(warning)


# -- page 3: the preview ------------------------------------------------------------------------


# The filter buttons: the rows each shows, its text and its name for screen readers (English,
# shown through translate("import_preview", text)).
_FILTERS: tuple[tuple[RowVerdict | None, str, str], ...] = (
    (
        None,
        QT_TRANSLATE_NOOP("import_preview", "&All"),
        QT_TRANSLATE_NOOP("import_preview", "Show all rows"),
    ),
    (
        RowVerdict.WILL_CHANGE,
        QT_TRANSLATE_NOOP("import_preview", "Will c&hange"),
        QT_TRANSLATE_NOOP("import_preview", "Show rows that will change"),
    ),
    (
        RowVerdict.UNCHANGED,
        QT_TRANSLATE_NOOP("import_preview", "&Unchanged"),
        QT_TRANSLATE_NOOP("import_preview", "Show unchanged rows"),
    ),
    (
        RowVerdict.SKIPPED,
        QT_TRANSLATE_NOOP("import_preview", "S&kipped"),
        QT_TRANSLATE_NOOP("import_preview", "Show skipped rows"),
    ),
    (
        RowVerdict.ERROR,
        QT_TRANSLATE_NOOP("import_preview", "&Errors"),
        QT_TRANSLATE_NOOP("import_preview", "Show rows with errors"),
    ),
)


def _no_row_selected() -> str:
    return translate("import_preview", "Select a row to read everything about it here.")


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._import = wizard
        self.setTitle(translate("PreviewPage", "Check every row before importing"))
        self.setSubTitle(
            translate(
                "PreviewPage",
                "Nothing is sent now: the changes become drafts in the table, which you can "
                "review, undo and submit.",
            )
        )
        self.summary_label = bold_label()
        self.summary_label.setAccessibleName(translate("PreviewPage", "Import summary"))
        self.exported_label = wrapped_label()
        self.filter_buttons = QButtonGroup(self)
        self.filter_buttons.setExclusive(True)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(translate("PreviewPage", "Show:")))
        self._filter_of: dict[int, RowVerdict | None] = {}
        for number, (verdict, text, name) in enumerate(_FILTERS):
            button = QPushButton(translate("import_preview", text))
            button.setCheckable(True)
            button.setAccessibleName(translate("import_preview", name))
            self.filter_buttons.addButton(button, number)
            self._filter_of[number] = verdict
            filter_row.addWidget(button)
        filter_row.addStretch(1)
        self.filter_buttons.button(0).setChecked(True)
        self.filter_buttons.idClicked.connect(self._filter_chosen)

        self.model = PreviewModel(wizard.line_item, wizard.locale_used, self)
        self.table_view = QTableView()
        self.table_view.setModel(self.model)
        self.table_view.setAccessibleName(
            translate("PreviewPage", "Every row of the file and what importing it does")
        )
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)
        self.table_view.verticalHeader().setVisible(False)
        header = self.table_view.horizontalHeader()
        header.setAccessibleName(translate("PreviewPage", "Preview columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (PreviewColumn.LINE, 50),
            (PreviewColumn.STUDENT, 180),
            (PreviewColumn.OUTCOME, 110),
            (PreviewColumn.NOW, 80),
            (PreviewColumn.NEW, 120),
        ):
            self.table_view.setColumnWidth(column, width)
        # A long reason does not fit its cell: the selected row's is shown in full below.
        self.row_label = wrapped_label(_no_row_selected())
        self.row_label.setAccessibleName(translate("PreviewPage", "The selected row in full"))
        self.table_view.selectionModel().currentRowChanged.connect(self._row_selected)
        self.model.modelReset.connect(self._clear_row)

        self.status_label = wrapped_label()
        self.status_label.setAccessibleName(translate("PreviewPage", "Preview status"))
        self.errors_label = bold_label()
        self.errors_label.setAccessibleName(translate("PreviewPage", "Rows with errors"))
        self.valid_only_box = QCheckBox(
            translate("PreviewPage", "Import the &valid rows only (rows with errors are left out)")
        )
        self.valid_only_box.setAccessibleName(
            translate("PreviewPage", "Import the valid rows only")
        )
        self.valid_only_box.toggled.connect(self._refresh_confirm)
        self.read_again_button = QPushButton(translate("PreviewPage", "&Read the file again"))
        self.read_again_button.setAccessibleName(translate("PreviewPage", "Read the file again"))
        self.read_again_button.setToolTip(
            translate(
                "PreviewPage",
                "After fixing the file in a spreadsheet, read it again and check every row again",
            )
        )
        self.read_again_button.clicked.connect(wizard.read_again)

        bottom = QHBoxLayout()
        bottom.addWidget(self.valid_only_box)
        bottom.addStretch(1)
        bottom.addWidget(self.read_again_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.exported_label)
        layout.addLayout(filter_row)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.row_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.errors_label)
        layout.addLayout(bottom)
        wizard.state_changed.connect(self._refresh)

    def initializePage(self) -> None:
        self.valid_only_box.setChecked(False)
        self._import.plan_rows()

    def cleanupPage(self) -> None:
        # Going back: the plan is made again with the columns chosen next time.
        self._import.stop_work()
        self._import.plan = None
        self._import.plan_problem = None
        self.model.set_plan(None)

    @Slot()
    def _clear_row(self) -> None:
        self.row_label.setText(_no_row_selected())

    @Slot(QModelIndex, QModelIndex)
    def _row_selected(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            self._clear_row()
            return
        row = self.model.plan_row(current.row())
        student = self.model.index(current.row(), PreviewColumn.STUDENT).data()
        explanation = self.model.explanation(row)
        self.row_label.setText(
            translate("PreviewPage", "Line {line} ({student}), {verdict}: {explanation}.").format(
                line=row.line_number,
                student=student,
                verdict=verdict_text(row.verdict),
                explanation=f"{explanation[:1].upper()}{explanation[1:]}",
            )
        )

    @Slot(int)
    def _filter_chosen(self, number: int) -> None:
        self.model.set_verdict_filter(self._filter_of[number])

    @Slot()
    def _refresh(self) -> None:
        wizard = self._import
        plan = wizard.plan
        locale = wizard.locale_used
        self.model.set_plan(plan)
        self.read_again_button.setEnabled(wizard.path is not None and not wizard.busy)
        counts = plan.counts if plan else dict.fromkeys(RowVerdict, 0)
        for number, (verdict, text, _name) in enumerate(_FILTERS):
            count = counts[verdict] if verdict is not None else sum(counts.values())
            shown = translate("import_preview", text)
            self.filter_buttons.button(number).setText(
                translate("PreviewPage", "{filter} ({count})").format(
                    filter=shown, count=locale.toString(count)
                )
                if plan
                else shown
            )
        self.summary_label.setText(self._summary(plan))
        self.exported_label.setText(self._exported(plan))
        self.exported_label.setVisible(bool(self.exported_label.text()))
        if wizard.busy_text:
            self.status_label.setText(wizard.busy_text)
        elif wizard.file_problem:
            self.status_label.setText(
                translate(
                    "PreviewPage", "This file cannot be imported.\n{problem}\n{advice}"
                ).format(problem=wizard.file_problem, advice=after_fixing())
            )
        elif wizard.plan_problem:
            self.status_label.setText(
                translate(
                    "PreviewPage",
                    "The rows cannot be checked.\n{problem}\n"
                    "Fix the file and read it again, or go Back and choose other columns.",
                ).format(problem=wizard.plan_problem)
            )
        else:
            self.status_label.setText("")
        self.status_label.setVisible(bool(self.status_label.text()))
        errors = counts[RowVerdict.ERROR]
        self.errors_label.setText(
            counted(
                translate(
                    "PreviewPage",
                    "{count} row has an error: fix the file and read it again, or import the "
                    "valid rows only.",
                ),
                translate(
                    "PreviewPage",
                    "{count} rows have errors: fix the file and read it again, or import the "
                    "valid rows only.",
                    None,
                    errors,
                ),
                errors,
                locale,
            )
            if errors
            else ""
        )
        self.errors_label.setVisible(bool(errors))
        self.valid_only_box.setVisible(bool(errors))
        self._refresh_confirm()

    def _summary(self, plan: ImportPlan | None) -> str:
        if plan is None:
            return ""
        locale = self._import.locale_used
        counts = plan.counts
        changes = counts[RowVerdict.WILL_CHANGE]
        errors = counts[RowVerdict.ERROR]
        return translate(
            "PreviewPage", "{changes}, {unchanged} unchanged, {skipped} skipped, {errors}"
        ).format(
            changes=counted(
                translate("PreviewPage", "{count} change"),
                translate("PreviewPage", "{count} changes", None, changes),
                changes,
                locale,
            ),
            unchanged=locale.toString(counts[RowVerdict.UNCHANGED]),
            skipped=locale.toString(counts[RowVerdict.SKIPPED]),
            errors=counted(
                translate("PreviewPage", "{count} error"),
                translate("PreviewPage", "{count} errors", None, errors),
                errors,
                locale,
            ),
        )

    def _exported(self, plan: ImportPlan | None) -> str:
        if plan is None or plan.exported_at is None:
            return ""
        moment = format_moment(plan.exported_at, self._import.locale_used)
        return translate(
            "PreviewPage",
            "This file was exported by the app on {moment}. Each row is compared with the grade "
            "it was exported with, so a grade changed in the LMS since then is not overwritten "
            "silently.",
        ).format(moment=moment)

    @Slot()
    def _refresh_confirm(self) -> None:
        plan = self._import.plan
        changes = len(plan.changes) if plan else 0
        text = (
            counted(
                translate("PreviewPage", "Import {count} change as drafts"),
                translate("PreviewPage", "Import {count} changes as drafts", None, changes),
                changes,
                self._import.locale_used,
            )
            if changes
            else translate("PreviewPage", "Nothing to import")
        )
        self._import.setButtonText(QWizard.WizardButton.FinishButton, text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self._import.plan
        if plan is None or self._import.busy or not plan.changes:
            return False
        return not plan.has_errors or self.valid_only_box.isChecked()

    def validatePage(self) -> bool:
        return self.isComplete()
