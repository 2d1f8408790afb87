"""Dialogs to create, rename and delete a grade column (line item).

Each has a classmethod (`ask_new`, `ask_rename`, `confirm_delete`) that the window calls and
tests replace, so no test ever blocks on a modal dialog. Values are validated by the same
pydantic model the API client sends (`LineItemDraft`); problems are shown beside the field and
OK stays disabled until the form is valid.
"""

from __future__ import annotations

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

from gradebook_gui.gui.problem_label import ProblemLabel
from gradebook_gui.models import LineItem, LineItemDraft

DEFAULT_MAXIMUM = 100.0


class _OptionalDate(QWidget):
    """A date and time that can be left out (a check box switches it on)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled_box = QCheckBox()
        self.enabled_box.setAccessibleName(f"Set {name}")
        self.editor = QDateTimeEdit()
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.editor.setDateTime(QDateTime.currentDateTime().addDays(7))
        self.editor.setTime(QTime(23, 59))
        self.editor.setEnabled(False)
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
        moment = datetime.fromtimestamp(self.editor.dateTime().toSecsSinceEpoch(), tz=UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class LineItemDialog(QDialog):
    """Create a grade column (label, maximum, tag, optional dates), or rename one (label only)."""

    def __init__(self, rename: LineItem | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renaming = rename
        self.setWindowTitle("Rename grade column" if rename else "New grade column")
        self.setMinimumWidth(420)

        self.label_edit = QLineEdit(rename.label if rename else "")
        self.label_edit.setPlaceholderText("e.g. Quiz 3")
        self.label_edit.setAccessibleName("Column name")
        # Their space is kept while empty: the form does not jump while the user types.
        self.label_problem = ProblemLabel("Column name problem")
        self.maximum_spin = QDoubleSpinBox()
        self.maximum_spin.setRange(0.0, 1_000_000.0)
        self.maximum_spin.setDecimals(2)
        self.maximum_spin.setValue(DEFAULT_MAXIMUM)
        self.maximum_spin.setAccessibleName("Maximum score")
        self.maximum_problem = ProblemLabel("Maximum score problem")
        self.tag_edit = QLineEdit()
        self.tag_edit.setPlaceholderText("optional, e.g. quiz")
        self.tag_edit.setAccessibleName("Tag")
        self.start_date = _OptionalDate("Opens")
        self.end_date = _OptionalDate("Due")

        form = QFormLayout()
        form.addRow("&Name:", self.label_edit)
        form.addRow("", self.label_problem)
        if rename is None:
            form.addRow("&Maximum score:", self.maximum_spin)
            form.addRow("", self.maximum_problem)
            form.addRow("&Tag:", self.tag_edit)
            form.addRow("&Opens:", self.start_date)
            form.addRow("&Due:", self.end_date)
        else:
            note = QLabel(
                "Only the name changes; the maximum, dates and everything else stay as they are."
            )
            note.setWordWrap(True)
            form.addRow(note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Rename" if rename else "Create")
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
                problems.setdefault(field, issue["msg"])
        if self._renaming is not None and self.new_label() == self._renaming.label:
            problems.setdefault("label", "")
        if self._renaming is not None:
            problems.pop("scoreMaximum", None)
        self.label_problem.show_problem(problems.get("label"))
        self.maximum_problem.show_problem(
            "The maximum must be greater than 0." if "scoreMaximum" in problems else None
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


def delete_question(item: LineItem) -> str:
    return (
        f"Delete the grade column “{item.label}” from the LMS gradebook?\n\n"
        "Every grade and comment in it is deleted in the LMS too. This cannot be undone."
    )


def confirm_delete(parent: QWidget | None, item: LineItem) -> bool:
    """Ask before deleting, naming the column; No is the default answer."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Delete grade column",
        delete_question(item),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(f"Delete “{item.label}”")
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec() == QMessageBox.StandardButton.Yes
