"""The Bulk change dialog: one operation over a selection or a whole column, previewed.

The operation and its value are worked out by `services.bulk.plan_bulk` as the user types;
the dialog lists each learner whose grade changes, old → new, with the histogram of the scores
before and after. OK hands back the plan, whose edits the window saves as drafts in one undo
step; nothing is sent until the user submits and reviews them.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.i18n import QT_TRANSLATE_NOOP, counted, reason_text, translate, translated
from gradebook_gui.gui.locale_numbers import display_number, read_score, score_text, table_text
from gradebook_gui.gui.problem_label import ProblemLabel
from gradebook_gui.gui.stats_pane import HistogramWidget
from gradebook_gui.models import LineItem
from gradebook_gui.numbers import LMS_KEPT_DECIMALS
from gradebook_gui.services.bulk import BulkOperation, BulkPlan, BulkRow, plan_bulk, shown_score
from gradebook_gui.statistics import column_stats

_MINUS_SIGNS = ("-", "\u2212")

# The English texts; shown through translate("BulkDialog", ...).
_CAPTIONS = {
    BulkOperation.FILL_EMPTY: QT_TRANSLATE_NOOP("BulkDialog", "Fill empty grades with a score"),
    BulkOperation.ADD: QT_TRANSLATE_NOOP("BulkDialog", "Add or subtract points"),
    BulkOperation.MULTIPLY: QT_TRANSLATE_NOOP("BulkDialog", "Multiply scores"),
    BulkOperation.NEW_MAXIMUM: QT_TRANSLATE_NOOP(
        "BulkDialog", "Rescale from another maximum, keeping percentages"
    ),
    BulkOperation.CURVE_MEAN: QT_TRANSLATE_NOOP(
        "BulkDialog", "Curve: shift so the mean reaches a target"
    ),
    BulkOperation.CURVE_TOP: QT_TRANSLATE_NOOP(
        "BulkDialog", "Curve: shift so the top score reaches a target"
    ),
    BulkOperation.CLEAR: QT_TRANSLATE_NOOP("BulkDialog", "Clear grades"),
}
_VALUE_LABELS = {
    BulkOperation.FILL_EMPTY: QT_TRANSLATE_NOOP("BulkDialog", "&Score for empty grades:"),
    BulkOperation.ADD: QT_TRANSLATE_NOOP("BulkDialog", "&Points to add (−2 subtracts):"),
    BulkOperation.MULTIPLY: QT_TRANSLATE_NOOP("BulkDialog", "&Multiply by:"),
    BulkOperation.NEW_MAXIMUM: QT_TRANSLATE_NOOP("BulkDialog", "&Scores were out of:"),
    BulkOperation.CURVE_MEAN: QT_TRANSLATE_NOOP("BulkDialog", "&Mean to reach:"),
    BulkOperation.CURVE_TOP: QT_TRANSLATE_NOOP("BulkDialog", "&Top score to reach:"),
    BulkOperation.CLEAR: "",
}


def undo_label(plan: BulkPlan, locale: QLocale | None = None) -> str:
    """The undo step's name for `plan`, in the instructor's language: "Curve: mean to 7 (12
    learners)"."""
    locale = QLocale(locale) if locale is not None else QLocale()
    count = len(plan.edits)
    value = plan.value if plan.value is not None else 0.0
    shown = score_text(locale, abs(value), decimals=LMS_KEPT_DECIMALS)
    operation = plan.operation
    if operation is BulkOperation.FILL_EMPTY:
        what = translate("BulkDialog", "Fill empty grades with {value}")
    elif operation is BulkOperation.ADD:
        what = (
            translate("BulkDialog", "Add {value} points")
            if value >= 0
            else translate("BulkDialog", "Subtract {value} points")
        )
    elif operation is BulkOperation.MULTIPLY:
        what = translate("BulkDialog", "Multiply scores by {value}")
    elif operation is BulkOperation.NEW_MAXIMUM:
        what = translate("BulkDialog", "Rescale from {value} to {maximum}")
    elif operation is BulkOperation.CURVE_MEAN:
        what = translate("BulkDialog", "Curve: mean to {value}")
    elif operation is BulkOperation.CURVE_TOP:
        what = translate("BulkDialog", "Curve: top score to {value}")
    else:
        what = translate("BulkDialog", "Clear grades")
    what = what.format(
        value=shown, maximum=score_text(locale, plan.maximum, decimals=LMS_KEPT_DECIMALS)
    )
    return counted(
        translate("BulkDialog", "{change} ({count} learner)"),
        translate("BulkDialog", "{change} ({count} learners)", None, count),
        count,
        locale,
        change=what,
    )


class BulkDialog(QDialog):
    """Choose a bulk change, see what it does to each learner, and save it as drafts."""

    def __init__(
        self,
        learners: Sequence[StudentGrade],
        line_item: LineItem,
        *,
        whole_column: bool,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._learners = list(learners)
        self._line_item = line_item
        self._locale = QLocale(locale) if locale is not None else QLocale()
        self._plan: BulkPlan | None = None
        self.setWindowTitle(translate("BulkDialog", "Bulk change"))
        self.setMinimumSize(640, 560)

        count = len(self._learners)
        if whole_column:
            who = counted(
                translate("BulkDialog", "the only learner of the column"),
                translate("BulkDialog", "all {count} learners of the column", None, count),
                count,
                self._locale,
            )
        else:
            who = counted(
                translate("BulkDialog", "{count} selected learner"),
                translate("BulkDialog", "{count} selected learners", None, count),
                count,
                self._locale,
            )
        heading = QLabel(
            html.escape(translate("BulkDialog", "{item}, scores out of {maximum}: {who}")).format(
                item=f"<b>{html.escape(line_item.label)}</b>",
                maximum=html.escape(table_text(self._locale, line_item.scoreMaximum)),
                who=html.escape(who),
            )
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        heading.setAccessibleName(translate("BulkDialog", "Grade column and learners"))

        self.operation_combo = QComboBox()
        self.operation_combo.setAccessibleName(translate("BulkDialog", "Change"))
        for operation in BulkOperation:
            self.operation_combo.addItem(
                translate("BulkDialog", _CAPTIONS[operation]), operation.value
            )
        self.value_edit = QLineEdit()
        self.value_edit.setAccessibleName(translate("BulkDialog", "Value"))
        self.value_label = QLabel()
        self.value_label.setBuddy(self.value_edit)
        self.value_problem = ProblemLabel(translate("BulkDialog", "Value problem"), lines=1)
        form = QFormLayout()
        change_label = QLabel(translate("BulkDialog", "&Change:"))
        change_label.setBuddy(self.operation_combo)
        form.addRow(change_label, self.operation_combo)
        form.addRow(self.value_label, self.value_edit)
        form.addRow("", self.value_problem)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(translate("BulkDialog", "Summary"))
        self.summary_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)

        self.preview = QTableWidget(0, 4)
        self.preview.setAccessibleName(translate("BulkDialog", "Changes, old to new"))
        self.preview.setHorizontalHeaderLabels(
            [
                translate("BulkDialog", "Learner"),
                translate("BulkDialog", "Now"),
                translate("BulkDialog", "After"),
                translate("BulkDialog", "Note"),
            ]
        )
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.preview.horizontalHeader()
        header.setAccessibleName(translate("BulkDialog", "Preview columns"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.before_histogram = HistogramWidget(self, self._locale)
        self.before_histogram.setAccessibleName(translate("BulkDialog", "Scores before"))
        self.after_histogram = HistogramWidget(self, self._locale)
        self.after_histogram.setAccessibleName(translate("BulkDialog", "Scores after"))
        histograms = QGridLayout()
        histograms.addWidget(QLabel(translate("BulkDialog", "Before")), 0, 0)
        histograms.addWidget(QLabel(translate("BulkDialog", "After")), 0, 1)
        histograms.addWidget(self.before_histogram, 1, 0)
        histograms.addWidget(self.after_histogram, 1, 1)

        note = QLabel(
            translate(
                "BulkDialog",
                "Saved on this computer as one change you can undo; nothing is sent to the LMS "
                "until you submit and confirm.",
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)  # the palette's dimmed text: a hint, not a message

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.preview, 2)
        layout.addLayout(histograms, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

        self.operation_combo.currentIndexChanged.connect(self._on_operation_changed)
        self.value_edit.textChanged.connect(self._update)
        self._on_operation_changed()
        self.value_edit.setFocus()

    # -- what the dialog holds -------------------------------------------------------------

    def operation(self) -> BulkOperation:
        # Qt hands a StrEnum back as its text.
        return BulkOperation(self.operation_combo.currentData())

    def set_operation(self, operation: BulkOperation, value: str = "") -> None:
        """Choose `operation` and type `value`, as a user would."""
        self.operation_combo.setCurrentIndex(self.operation_combo.findData(operation.value))
        self.value_edit.setText(value)

    def plan(self) -> BulkPlan | None:
        """The change worked out; None while the value is not usable or nothing changes."""
        return self._plan if self.ok_button.isEnabled() else None

    def preview_rows(self) -> list[tuple[str, str, str, str]]:
        """What the preview lists, row by row: learner, now, after, note."""
        return [
            tuple(  # type: ignore[misc]
                (self.preview.item(row, column) or QTableWidgetItem()).text() for column in range(4)
            )
            for row in range(self.preview.rowCount())
        ]

    # -- working it out --------------------------------------------------------------------

    def _on_operation_changed(self) -> None:
        operation = self.operation()
        label = _VALUE_LABELS[operation]
        self.value_label.setText(translate("BulkDialog", label) if label else "")
        self.value_label.setVisible(operation.needs_value)
        self.value_edit.setVisible(operation.needs_value)
        self._update()

    def _read_value(self) -> float | None:
        """The value typed, or ValueError with the reason; None when nothing is typed."""
        text = self.value_edit.text().strip()
        if not text or not self.operation().needs_value:
            return None
        advice = translate("BulkDialog", "write one number")
        if self.operation() is BulkOperation.ADD and text.startswith(_MINUS_SIGNS):
            return -read_score(text[1:], self._locale, fraction_advice=advice)
        return read_score(text.removeprefix("+"), self._locale, fraction_advice=advice)

    def _update(self) -> None:
        operation = self.operation()
        self._plan = None
        try:
            value = self._read_value()
            if value is not None or not operation.needs_value:
                self._plan = plan_bulk(self._line_item, self._learners, operation, value)
            self.value_problem.show_problem(None)
        except ValueError as problem:
            self.value_problem.show_problem(reason_text(problem))
        self._show(self._plan)

    def _show(self, plan: BulkPlan | None) -> None:
        maximum = self._line_item.scoreMaximum
        befores = [shown_score(learner, self._line_item) for learner in self._learners]
        before = column_stats(befores, maximum)
        after = column_stats(plan.after_scores, maximum) if plan else None
        # One scale for both, so a bin that grows is drawn taller.
        scale = max((*before.histogram, *(after.histogram if after else ())), default=0)
        self.before_histogram.set_histogram(before.histogram, maximum, scale=scale)
        self.after_histogram.set_histogram(after.histogram if after else None, maximum, scale=scale)
        shown = [row for row in plan.rows if row.changes or row.problem] if plan else []
        self.preview.setRowCount(len(shown))
        for index, row in enumerate(shown):
            for column, text in enumerate(self._row_texts(row)):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.preview.setItem(index, column, item)
        self.preview.resizeColumnToContents(1)
        self.preview.resizeColumnToContents(2)
        self.summary_label.setText(self._summary(plan, before.mean, after.mean if after else None))
        changes = len(plan.edits) if plan else 0
        self.ok_button.setEnabled(changes > 0)
        self.ok_button.setText(
            counted(
                translate("BulkDialog", "Save {count} change"),
                translate("BulkDialog", "Save {count} changes", None, changes),
                changes,
                self._locale,
            )
            if changes
            else translate("BulkDialog", "Save")
        )

    def _row_texts(self, row: BulkRow) -> tuple[str, str, str, str]:
        notes = []
        if row.problem:
            notes.append(
                translate("BulkDialog", "not changed: {reason}").format(
                    reason=translated(row.shown_problem() or "")
                )
            )
        if row.stopped_at_zero:
            notes.append(translate("BulkDialog", "stopped at 0"))
        if row.extra_credit and row.changes:
            notes.append(translate("BulkDialog", "above the maximum (extra credit)"))
        return (row.name, self._score(row.before), self._score(row.after), "; ".join(notes))

    def _score(self, value: float | None) -> str:
        if value is None:
            return translate("BulkDialog", "no grade")
        return display_number(self._locale, value)

    def _summary(self, plan: BulkPlan | None, before: float | None, after: float | None) -> str:
        if plan is None:
            return translate("BulkDialog", "Type the value to see what changes.")
        locale = self._locale
        count = len(plan.edits)
        parts = [
            counted(
                translate("BulkDialog", "{count} learner changes."),
                translate("BulkDialog", "{count} learners change.", None, count),
                count,
                locale,
            )
            if count
            else translate(
                "BulkDialog", "Nothing changes: every grade already is what this would make it."
            )
        ]
        if plan.shift is not None and count:
            parts.append(
                translate("BulkDialog", "Every score moves by {points}.").format(
                    points=display_number(locale, plan.shift)
                )
            )
        if before is not None and after is not None and count:
            parts.append(
                translate("BulkDialog", "Mean {before} → {after}.").format(
                    before=table_text(locale, before), after=table_text(locale, after)
                )
            )
        if plan.extra_credit:
            parts.append(
                counted(
                    translate("BulkDialog", "{count} above the maximum (extra credit)."),
                    translate(
                        "BulkDialog",
                        "{count} above the maximum (extra credit).",
                        None,
                        plan.extra_credit,
                    ),
                    plan.extra_credit,
                    locale,
                )
            )
        if plan.stopped_at_zero:
            parts.append(
                counted(
                    translate("BulkDialog", "{count} stopped at 0."),
                    translate("BulkDialog", "{count} stopped at 0.", None, plan.stopped_at_zero),
                    plan.stopped_at_zero,
                    locale,
                )
            )
        if plan.problems:
            problems = len(plan.problems)
            parts.append(
                counted(
                    translate("BulkDialog", "{count} cannot change (see the list)."),
                    translate(
                        "BulkDialog", "{count} cannot change (see the list).", None, problems
                    ),
                    problems,
                    locale,
                )
            )
        if plan.operation is BulkOperation.CLEAR and count:
            parts.append(
                translate(
                    "BulkDialog",
                    "When you submit, a score without a value is sent: the LMS then shows no "
                    "grade. Comments are kept.",
                )
            )
        return " ".join(parts)

    # -- asking ----------------------------------------------------------------------------

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        learners: Sequence[StudentGrade],
        line_item: LineItem,
        whole_column: bool,
        locale: QLocale | None = None,
    ) -> BulkPlan | None:
        """The change chosen (its edits and undo label), or None when cancelled."""
        dialog = cls(learners, line_item, whole_column=whole_column, locale=locale, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.plan()
