"""Dialogs to create, rename and delete a grade column (line item).

Each has a classmethod (`ask_new`, `ask_rename`, `confirm_delete`) that the window calls and
tests replace, so no test ever blocks on a modal dialog. Values are validated by the same
pydantic model the API client sends (`LineItemDraft`); problems are shown beside the field and
OK stays disabled until the form is valid.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime

from pydantic import ValidationError
from PySide6.QtCore import QDateTime, QLocale, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.locale_numbers import score_text, table_text
from gradebook_gui.gui.problem_label import ProblemLabel
from gradebook_gui.models import LineItem, LineItemDraft, Result
from gradebook_gui.numbers import LMS_KEPT_DECIMALS

DEFAULT_MAXIMUM = 100.0


def _said(message: str) -> str:
    """A validation message of the form in the window's language: the grade column model's own
    messages are filed under "models"; pydantic's own stay as they are."""
    return translate("models", message)


def _held_moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class _OptionalDate(QWidget):
    """A date and time that can be left out (a check box switches it on)."""

    def __init__(self, name: str, parent: QWidget | None = None, held: str | None = None) -> None:
        super().__init__(parent)
        self.enabled_box = QCheckBox()
        self.enabled_box.setAccessibleName(
            translate("_OptionalDate", "Set {name}").format(name=name)
        )
        self.enabled_box.setAccessibleDescription(
            translate("_OptionalDate", "Unticked, the column has no such date")
        )
        self.editor = QDateTimeEdit()
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.editor.setDateTime(QDateTime.currentDateTime().addDays(7))
        self.editor.setTime(QTime(23, 59))
        self.editor.setEnabled(False)
        # The LMS's own text is sent back as it was unless the user changes the date.
        self._held = held
        if held:
            moment = _held_moment(held)
            if moment is not None:
                self.editor.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
            self.enabled_box.setChecked(True)
            self.editor.setEnabled(True)
        self._shown = (self.enabled_box.isChecked(), self.editor.dateTime())
        self.editor.setAccessibleName(name)
        self.enabled_box.toggled.connect(self.editor.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.editor, 1)

    def iso_value(self) -> str | None:
        """ISO 8601 in UTC with a zone, as AGS requires; None when left out."""
        if not self.enabled_box.isChecked():
            return None
        if self._held is not None and self._shown == (True, self.editor.dateTime()):
            return self._held
        moment = datetime.fromtimestamp(self.editor.dateTime().toSecsSinceEpoch(), tz=UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class LineItemDialog(QDialog):
    """Create a grade column (label, maximum, tag, optional dates), or rename one (label only)."""

    def __init__(self, rename: LineItem | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renaming = rename
        self.setWindowTitle(
            translate("LineItemDialog", "Rename grade column")
            if rename
            else translate("LineItemDialog", "New grade column")
        )
        self.setMinimumWidth(420)

        self.label_edit = QLineEdit(rename.label if rename else "")
        self.label_edit.setPlaceholderText(translate("LineItemDialog", "e.g. Quiz 3"))
        self.label_edit.setAccessibleName(translate("LineItemDialog", "Column name"))
        self.label_edit.setAccessibleDescription(
            translate("LineItemDialog", "The name learners and instructors see in the gradebook")
        )
        # Their space is kept while empty: the form does not jump while the user types.
        self.label_problem = ProblemLabel(translate("LineItemDialog", "Column name problem"))
        self.maximum_spin = QDoubleSpinBox()
        self.maximum_spin.setRange(0.0, 1_000_000.0)
        self.maximum_spin.setDecimals(2)
        self.maximum_spin.setValue(DEFAULT_MAXIMUM)
        self.maximum_spin.setAccessibleName(translate("LineItemDialog", "Maximum score"))
        self.maximum_problem = ProblemLabel(translate("LineItemDialog", "Maximum score problem"))
        self.tag_edit = QLineEdit()
        self.tag_edit.setPlaceholderText(translate("LineItemDialog", "optional, e.g. quiz"))
        self.tag_edit.setAccessibleName(translate("LineItemDialog", "Tag"))
        self.tag_edit.setAccessibleDescription(
            translate("LineItemDialog", "Optional: a word grouping columns, e.g. quiz")
        )
        self.start_date = _OptionalDate(translate("LineItemDialog", "Opens"))
        self.end_date = _OptionalDate(translate("LineItemDialog", "Due"))

        form = QFormLayout()
        form.addRow(translate("LineItemDialog", "&Name:"), self.label_edit)
        form.addRow("", self.label_problem)
        if rename is None:
            form.addRow(translate("LineItemDialog", "&Maximum score:"), self.maximum_spin)
            form.addRow("", self.maximum_problem)
            form.addRow(translate("LineItemDialog", "&Tag:"), self.tag_edit)
            form.addRow(translate("LineItemDialog", "&Opens:"), self.start_date)
            form.addRow(translate("LineItemDialog", "&Due:"), self.end_date)
        else:
            note = QLabel(
                translate(
                    "LineItemDialog",
                    "Only the name changes; the maximum, dates and everything else stay as "
                    "they are.",
                )
            )
            note.setWordWrap(True)
            form.addRow(note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            translate("LineItemDialog", "Rename")
            if rename
            else translate("LineItemDialog", "Create")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.label_edit.textChanged.connect(self._validate)
        self.maximum_spin.valueChanged.connect(self._validate)
        self._validate()

    def draft(self) -> LineItemDraft | None:
        """The column to create, or None while the form is invalid."""
        try:
            return self._build_draft()
        except ValidationError:
            return None

    def new_label(self) -> str:
        return self.label_edit.text().strip()

    def _build_draft(self) -> LineItemDraft:
        return LineItemDraft(
            label=self.label_edit.text().strip(),
            scoreMaximum=self.maximum_spin.value(),
            tag=self.tag_edit.text().strip() or None,
            startDateTime=self.start_date.iso_value(),
            endDateTime=self.end_date.iso_value(),
        )

    @Slot()
    def _validate(self) -> None:
        problems: dict[str, str] = {}
        try:
            self._build_draft()
        except ValidationError as error:
            for issue in error.errors():
                field = str(issue["loc"][0]) if issue["loc"] else "label"
                problems.setdefault(field, _said(issue["msg"]))
        if self._renaming is not None and self.new_label() == self._renaming.label:
            problems.setdefault("label", "")
        if self._renaming is not None:
            problems.pop("scoreMaximum", None)
        self.label_problem.show_problem(problems.get("label"))
        self.maximum_problem.show_problem(
            translate("LineItemDialog", "The maximum must be greater than 0.")
            if "scoreMaximum" in problems
            else None
        )
        self.ok_button.setEnabled(not problems)

    @classmethod
    def ask_new(cls, parent: QWidget | None) -> LineItemDraft | None:
        dialog = cls(parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.draft()

    @classmethod
    def ask_rename(cls, parent: QWidget | None, item: LineItem) -> str | None:
        dialog = cls(rename=item, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.new_label()


def maximum_warning(old: float, new: float, results: Sequence[Result]) -> str | None:
    """What a new maximum does to the grades already given, or None when it changes nothing.

    Most LMSes keep each grade's points: 8 out of 10 stays 8 points, so out of 20 it reads 40 %
    where it read 80 %, and a score above the new maximum becomes extra credit.
    """
    graded = [result for result in results if result.resultScore is not None]
    if math.isclose(old, new, rel_tol=1e-12) or not graded:
        return None
    points = [result.score_on_scale(old) or 0.0 for result in graded]
    above = sum(1 for score in points if score > new + 1e-9)
    example = max(points)
    locale = QLocale()
    lines = [
        counted(
            translate(
                "line_item_dialog",
                "{count} learner has a grade. Most LMSes keep their points, so their percentages "
                "change: {score} out of {old} is {old_percent} now, {new_percent} out of {new}.",
            ),
            translate(
                "line_item_dialog",
                "{count} learners have a grade. Most LMSes keep their points, so their "
                "percentages change: {score} out of {old} is {old_percent} now, {new_percent} out "
                "of {new}.",
                None,
                len(graded),
            ),
            len(graded),
            locale,
            score=table_text(locale, example),
            old=table_text(locale, old),
            new=table_text(locale, new),
            old_percent=f"{example / old:.0%}",
            new_percent=f"{example / new:.0%}",
        )
    ]
    if above:
        lines.append(
            counted(
                translate(
                    "line_item_dialog",
                    "{count} score is above the new maximum and becomes extra credit.",
                ),
                translate(
                    "line_item_dialog",
                    "{count} scores are above the new maximum and become extra credit.",
                    None,
                    above,
                ),
                above,
                locale,
            )
        )
    return " ".join(lines)


class _MaximumSpin(QDoubleSpinBox):
    """Every decimal an LMS keeps, so a held maximum is sent back unrounded; none shown
    when they are zeros."""

    def textFromValue(self, value: float) -> str:
        return score_text(self.locale(), value)


class LineItemPropertiesDialog(QDialog):
    """Every field of a grade column, changed in one go and validated as the LMS would.

    Saving replaces the whole line item in the LMS, so the result holds every field: those not
    shown here (extension keys, the resource link) are kept exactly as the LMS sent them.
    """

    def __init__(
        self, item: LineItem, results: Sequence[Result] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._item = item
        self._results = list(results)
        self.setWindowTitle(
            translate("LineItemPropertiesDialog", "Properties of “{label}”").format(
                label=item.label
            )
        )
        self.setMinimumWidth(480)

        self.label_edit = QLineEdit(item.label)
        self.label_edit.setAccessibleName(translate("LineItemPropertiesDialog", "Column name"))
        self.label_problem = ProblemLabel(
            translate("LineItemPropertiesDialog", "Column name problem")
        )
        self.maximum_spin = _MaximumSpin()
        self.maximum_spin.setRange(0.0, 1_000_000.0)
        self.maximum_spin.setDecimals(LMS_KEPT_DECIMALS)
        self.maximum_spin.setValue(item.scoreMaximum)
        self.maximum_spin.setAccessibleName(translate("LineItemPropertiesDialog", "Maximum score"))
        self.maximum_spin.setAccessibleDescription(
            translate(
                "LineItemPropertiesDialog",
                "Most LMSes keep each grade's points when the maximum changes",
            )
        )
        self.maximum_problem = ProblemLabel(
            translate("LineItemPropertiesDialog", "Maximum score problem"), lines=3
        )
        self.start_date = _OptionalDate(
            translate("LineItemPropertiesDialog", "Opens"), held=item.startDateTime
        )
        self.end_date = _OptionalDate(
            translate("LineItemPropertiesDialog", "Due"), held=item.endDateTime
        )
        self.dates_problem = ProblemLabel(
            translate("LineItemPropertiesDialog", "Dates problem"), lines=1
        )
        self.released_box = QCheckBox(
            translate("LineItemPropertiesDialog", "Learners see their grades")
        )
        self.released_box.setAccessibleName(
            translate("LineItemPropertiesDialog", "Grades released")
        )
        self.released_box.setAccessibleDescription(
            translate(
                "LineItemPropertiesDialog",
                "Partly ticked: the LMS was never told, and is not told now",
            )
        )
        # Partly checked: the LMS was never told, and is not told now.
        self.released_box.setTristate(item.gradesReleased is None)
        self.released_box.setCheckState(
            Qt.CheckState.PartiallyChecked
            if item.gradesReleased is None
            else Qt.CheckState.Checked
            if item.gradesReleased
            else Qt.CheckState.Unchecked
        )
        self.tag_edit = QLineEdit(item.tag or "")
        self.tag_edit.setAccessibleName(translate("LineItemPropertiesDialog", "Tag"))
        self.resource_edit = QLineEdit(item.resourceId or "")
        self.resource_edit.setAccessibleName(translate("LineItemPropertiesDialog", "Resource ID"))
        resource_tip = translate(
            "LineItemPropertiesDialog", "The tool's own ID for the activity this column grades"
        )
        self.resource_edit.setToolTip(resource_tip)
        self.resource_edit.setAccessibleDescription(resource_tip)

        form = QFormLayout()
        form.addRow(translate("LineItemPropertiesDialog", "&Name:"), self.label_edit)
        form.addRow("", self.label_problem)
        form.addRow(translate("LineItemPropertiesDialog", "&Maximum score:"), self.maximum_spin)
        form.addRow("", self.maximum_problem)
        form.addRow(translate("LineItemPropertiesDialog", "&Opens:"), self.start_date)
        form.addRow(translate("LineItemPropertiesDialog", "&Due:"), self.end_date)
        form.addRow("", self.dates_problem)
        form.addRow(translate("LineItemPropertiesDialog", "&Grades released:"), self.released_box)
        form.addRow(translate("LineItemPropertiesDialog", "&Tag:"), self.tag_edit)
        form.addRow(translate("LineItemPropertiesDialog", "&Resource ID:"), self.resource_edit)
        note = QLabel(
            translate("LineItemPropertiesDialog", "ID in the LMS: {id}").format(id=item.id)
        )
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("LineItemPropertiesDialog", "Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        for line in (self.label_edit, self.tag_edit, self.resource_edit):
            line.textChanged.connect(self._validate)
        self.maximum_spin.valueChanged.connect(self._validate)
        self.released_box.stateChanged.connect(self._validate)
        for date in (self.start_date, self.end_date):
            date.enabled_box.toggled.connect(self._validate)
            date.editor.dateTimeChanged.connect(self._validate)
        self._validate()

    def _released(self) -> bool | None:
        state = self.released_box.checkState()
        if state == Qt.CheckState.PartiallyChecked:
            return None
        return state == Qt.CheckState.Checked

    def _build(self) -> LineItem:
        # Validated as a whole by the model the client sends, extension keys included.
        fields = self._item.model_dump()
        fields.update(
            label=self.label_edit.text().strip(),
            scoreMaximum=self.maximum_spin.value(),
            startDateTime=self.start_date.iso_value(),
            endDateTime=self.end_date.iso_value(),
            gradesReleased=self._released(),
            tag=self.tag_edit.text().strip() or None,
            resourceId=self.resource_edit.text().strip() or None,
        )
        return LineItem.model_validate(fields)

    def line_item(self) -> LineItem | None:
        """The line item to save, or None while the form is invalid or changes nothing."""
        if not self.ok_button.isEnabled():
            return None
        return self._build()

    @Slot()
    def _validate(self) -> None:
        problems: dict[str, str] = {}
        built: LineItem | None = None
        try:
            built = self._build()
        except ValidationError as error:
            for issue in error.errors():
                field = str(issue["loc"][0]) if issue["loc"] else "label"
                problems.setdefault(field, _said(issue["msg"]))
        maximum = self.maximum_spin.value()
        if "scoreMaximum" in problems:
            problems["scoreMaximum"] = translate(
                "LineItemPropertiesDialog", "The maximum must be greater than 0."
            )
        opens, due = self.start_date.iso_value(), self.end_date.iso_value()
        start, end = _held_moment(opens or ""), _held_moment(due or "")
        if start is not None and end is not None and end < start:
            problems["dates"] = translate(
                "LineItemPropertiesDialog", "The due date is before the opening date."
            )
        self.label_problem.show_problem(problems.get("label"))
        warning = None
        if "scoreMaximum" not in problems:
            warning = maximum_warning(self._item.scoreMaximum, maximum, self._results)
        self.maximum_problem.show_problem(problems.get("scoreMaximum") or warning)
        self.dates_problem.show_problem(problems.get("dates"))
        unchanged = built is not None and built.to_put_body() == self._item.to_put_body()
        self.ok_button.setEnabled(not problems and not unchanged)

    @classmethod
    def ask(
        cls, parent: QWidget | None, item: LineItem, results: Sequence[Result] = ()
    ) -> LineItem | None:
        """The line item with the fields as changed, or None when cancelled."""
        dialog = cls(item, results, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.line_item()


def delete_question(item: LineItem) -> str:
    return translate(
        "line_item_dialog",
        "Delete the grade column “{label}” from the LMS gradebook?\n\n"
        "Every grade and comment in it is deleted in the LMS too. This cannot be undone.",
    ).format(label=item.label)


def confirm_delete(parent: QWidget | None, item: LineItem) -> bool:
    """Ask before deleting, naming the column; No is the default answer."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("line_item_dialog", "Delete grade column"),
        delete_question(item),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(
        translate("line_item_dialog", "Delete “{label}”").format(label=item.label)
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec() == QMessageBox.StandardButton.Yes
