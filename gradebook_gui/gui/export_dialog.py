"""Exporting a line item's grades to CSV or XLSX: the dialog that asks how, and the export itself.

The dialog only collects the choice (format, all or visible rows, file); `export` writes the file
with `exchange.export` / `exchange.xlsx`, atomically and formula-safe (a spreadsheet never runs a
cell as a formula). It is a plain function so the window runs it on the task runner and shows
the warnings it returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.exchange.export import utc_timestamp, write_results_csv
from gradebook_gui.exchange.xlsx import write_results_xlsx
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.i18n import QT_TRANSLATE_NOOP, counted, translate
from gradebook_gui.models import LineItem
from gradebook_gui.wording import Wording


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """Where and how to export; `visible_only` means the rows the table shows (its filter)."""

    path: Path
    file_format: ExportFormat
    visible_only: bool


# Opens a save dialog: (parent, suggested file, format) -> the chosen file, or None.
SaveChooser = Callable[[QWidget | None, Path, ExportFormat], Path | None]

# The English texts; shown through translate("export_dialog", text).
_FILTERS = {
    ExportFormat.CSV: QT_TRANSLATE_NOOP("export_dialog", "CSV files (*.csv)"),
    ExportFormat.XLSX: QT_TRANSLATE_NOOP("export_dialog", "Excel workbooks (*.xlsx)"),
}
# Characters no common file system takes in a name, and control characters.
_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def choose_export_path(
    parent: QWidget | None, suggested: Path, file_format: ExportFormat
) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("export_dialog", "Export grades"),
        str(suggested),
        translate("export_dialog", _FILTERS[file_format]),
    )
    return Path(chosen) if chosen else None


def suggested_file_name(label: str, file_format: ExportFormat) -> str:
    """A file name from the line item's label: "Quiz 3.csv"."""
    stem = _UNSAFE_IN_NAME.sub("_", label).strip(" ._") or translate("export_dialog", "grades")
    return stem + file_format.suffix


def export(
    choice: ExportChoice,
    line_item: LineItem,
    grades: Iterable[StudentGrade],
    *,
    exported_at: str | None = None,
) -> list[Wording]:
    """Write `grades` as `choice` says; returns warnings about replaced characters and shortened
    texts (may be empty), to show with `translated`.

    Slow for large classes and touches the disk: run it on the task runner. `grades` are the rows
    the choice names (all learners, or only those shown when `choice.visible_only`).
    """
    stamp = exported_at or utc_timestamp()
    if choice.file_format is ExportFormat.XLSX:
        return write_results_xlsx(choice.path, line_item, grades, stamp)
    return write_results_csv(choice.path, line_item, grades, stamp)


class ExportDialog(QDialog):
    """Format, rows and file of an export; Export is enabled only for a file that can be written."""

    def __init__(
        self,
        *,
        line_item: LineItem,
        all_count: int,
        visible_count: int,
        default_folder: Path,
        choose_path: SaveChooser = choose_export_path,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._line_item = line_item
        self._default_folder = default_folder
        self._choose_path = choose_path
        locale = locale or QLocale()
        self.setWindowTitle(
            translate("ExportDialog", "Export “{label}”").format(label=line_item.label)
        )
        self.setMinimumWidth(520)

        intro = QLabel(
            translate(
                "ExportDialog",
                "The file holds each learner's score and comment as they are now, with a copy of "
                "both (base_score, base_comment). Fill it in and import it again: a grade changed "
                "in the LMS in the meantime is pointed out instead of overwritten.",
            )
        )
        intro.setWordWrap(True)

        self.csv_radio = QRadioButton(
            translate("ExportDialog", "&CSV (opens in any spreadsheet program)")
        )
        self.csv_radio.setAccessibleName(translate("ExportDialog", "CSV format"))
        self.xlsx_radio = QRadioButton(translate("ExportDialog", "E&xcel workbook (.xlsx)"))
        self.xlsx_radio.setAccessibleName(translate("ExportDialog", "Excel workbook format"))
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.csv_radio)
        self.format_group.addButton(self.xlsx_radio)
        self.csv_radio.setChecked(True)

        self.all_radio = QRadioButton(
            counted(
                translate("ExportDialog", "&All ({count} learner)"),
                translate("ExportDialog", "&All {count} learners", None, all_count),
                all_count,
                locale,
            )
        )
        self.all_radio.setAccessibleName(translate("ExportDialog", "Export all learners"))
        filtered = visible_count != all_count
        self.visible_radio = QRadioButton(
            counted(
                translate(
                    "ExportDialog", "Only the {count} learner shown &now (the table's filter)"
                ),
                translate(
                    "ExportDialog",
                    "Only the {count} learners shown &now (the table's filter)",
                    None,
                    visible_count,
                ),
                visible_count,
                locale,
            )
            if filtered
            else translate(
                "ExportDialog", "Only the learners shown now (no filter is on: that is everyone)"
            )
        )
        self.visible_radio.setAccessibleName(
            translate("ExportDialog", "Export only the learners shown")
        )
        self.visible_radio.setEnabled(filtered)
        self.rows_group = QButtonGroup(self)
        self.rows_group.addButton(self.all_radio)
        self.rows_group.addButton(self.visible_radio)
        self.all_radio.setChecked(True)

        self.path_edit = QLineEdit(
            str(default_folder / suggested_file_name(line_item.label, ExportFormat.CSV))
        )
        self.path_edit.setAccessibleName(translate("ExportDialog", "File to write"))
        self.choose_button = QPushButton(translate("ExportDialog", "C&hoose…"))
        self.choose_button.setAccessibleName(translate("ExportDialog", "Choose the file to write"))
        self.choose_button.clicked.connect(self._choose)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setAccessibleName(translate("ExportDialog", "About the file"))
        font = self.note_label.font()
        font.setBold(True)
        self.note_label.setFont(font)

        format_box = QVBoxLayout()
        format_box.addWidget(self.csv_radio)
        format_box.addWidget(self.xlsx_radio)
        rows_box = QVBoxLayout()
        rows_box.addWidget(self.all_radio)
        rows_box.addWidget(self.visible_radio)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Format:"), format_box)
        form.addRow(translate("ExportDialog", "Rows:"), rows_box)
        file_label = QLabel(translate("ExportDialog", "&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        form.addRow("", self.note_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(translate("ExportDialog", "&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.format_group.buttonToggled.connect(self._format_changed)
        self.path_edit.textChanged.connect(self._path_edited)
        self._validate()

    @property
    def file_format(self) -> ExportFormat:
        return ExportFormat.XLSX if self.xlsx_radio.isChecked() else ExportFormat.CSV

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.is_absolute() else self._default_folder / path

    def choice(self) -> ExportChoice | None:
        """The export asked for, or None while the file cannot be written."""
        path = self.path()
        if path is None or self.problem() is not None:
            return None
        return ExportChoice(path, self.file_format, self.visible_radio.isChecked())

    def problem(self) -> str | None:
        path = self.path()
        if path is None:
            return translate("ExportDialog", "Choose the file to write.")
        if path.suffix.lower() != self.file_format.suffix:
            return translate("ExportDialog", "The file name must end in {suffix}.").format(
                suffix=self.file_format.suffix
            )
        if path.is_dir():
            return translate("ExportDialog", "{path} is a folder: add a file name.").format(
                path=path
            )
        if not path.parent.is_dir():
            return translate("ExportDialog", "The folder {folder} does not exist.").format(
                folder=path.parent
            )
        return None

    @Slot()
    def _choose(self) -> None:
        suggested = self.path() or self._default_folder / suggested_file_name(
            self._line_item.label, self.file_format
        )
        chosen = self._choose_path(self, suggested, self.file_format)
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    @Slot()
    def _format_changed(self) -> None:
        # The file name follows the format, so "Quiz 3.csv" becomes "Quiz 3.xlsx".
        path = self.path()
        if path is not None and path.suffix.lower() in (".csv", ".xlsx", ""):
            self.path_edit.setText(str(path.with_suffix(self.file_format.suffix)))
        self._validate()

    @Slot()
    def _path_edited(self) -> None:
        # Typing "grades.xlsx" picks the workbook format, and ".csv" the CSV one.
        path = self.path()
        suffix = path.suffix.lower() if path else ""
        radio = {".csv": self.csv_radio, ".xlsx": self.xlsx_radio}.get(suffix)
        if radio is not None and not radio.isChecked():
            self.format_group.blockSignals(True)
            radio.setChecked(True)
            self.format_group.blockSignals(False)
        self._validate()

    def accept(self) -> None:
        # The folder may have gone since the form was checked.
        self._validate()
        if self.choice() is not None:
            super().accept()

    def _validate(self) -> None:
        problem = self.problem()
        path = self.path()
        if problem is None and path is not None and path.exists():
            note = translate("ExportDialog", "A file with this name exists: it will be replaced.")
        else:
            note = problem or ""
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.export_button.setEnabled(problem is None)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        line_item: LineItem,
        all_grades: Sequence[StudentGrade],
        visible_grades: Sequence[StudentGrade],
        default_folder: Path,
    ) -> ExportChoice | None:
        dialog = cls(
            line_item=line_item,
            all_count=len(all_grades),
            visible_count=len(visible_grades),
            default_folder=default_folder,
            parent=parent,
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()
