"""The import wizard's first page: choose the spreadsheet and see how it was read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWizardPage

from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.import_page_parts import PageId, after_fixing, bold_label, wrapped_label

if TYPE_CHECKING:
    from gradebook_gui.gui.import_wizard import ImportWizard


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._import = wizard
        self.setTitle(translate("FilePage", "Choose the spreadsheet"))
        self.setSubTitle(
            translate(
                "FilePage",
                "A CSV or Excel (.xlsx) file with one row per student: a file exported by this "
                "app and filled in, or any sheet with user IDs, emails or names.",
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(translate("FilePage", "No file chosen yet"))
        self.path_edit.setAccessibleName(translate("FilePage", "Spreadsheet file"))
        self.choose_button = QPushButton(translate("FilePage", "&Choose file…"))
        self.choose_button.setAccessibleName(translate("FilePage", "Choose the spreadsheet file"))
        self.choose_button.clicked.connect(wizard.choose_and_read)
        self.read_again_button = QPushButton(translate("FilePage", "&Read the file again"))
        self.read_again_button.setAccessibleName(translate("FilePage", "Read the file again"))
        self.read_again_button.setToolTip(
            translate("FilePage", "After fixing the file in a spreadsheet, read it again")
        )
        self.read_again_button.clicked.connect(wizard.read_again)
        self.status_label = wrapped_label()
        self.status_label.setAccessibleName(translate("FilePage", "How the file was read"))
        self.problem_label = bold_label()
        self.problem_label.setAccessibleName(translate("FilePage", "Problem with the file"))
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.read_again_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        wizard.state_changed.connect(self._refresh)
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        wizard = self._import
        locale = wizard.locale_used
        self.path_edit.setText(str(wizard.path) if wizard.path else "")
        self.read_again_button.setEnabled(wizard.path is not None and not wizard.busy)
        table = wizard.table
        if wizard.busy_text and wizard.currentId() != PageId.PREVIEW:
            self.status_label.setText(wizard.busy_text)
        elif table is not None:
            row_count, column_count = len(table.rows), len(table.headers)
            rows = counted(
                translate("FilePage", "{count} row"),
                translate("FilePage", "{count} rows", None, row_count),
                row_count,
                locale,
            )
            columns = counted(
                translate("FilePage", "{count} column"),
                translate("FilePage", "{count} columns", None, column_count),
                column_count,
                locale,
            )
            self.status_label.setText(
                translate(
                    "FilePage",
                    "Read as {description}: {rows} below the header, {columns} ({names}).",
                ).format(
                    description=table.description,
                    rows=rows,
                    columns=columns,
                    names=", ".join(table.headers),
                )
            )
        else:
            self.status_label.setText("")
        problem = wizard.file_problem
        self.problem_label.setText(
            translate("FilePage", "This file cannot be imported.\n{problem}\n{advice}").format(
                problem=problem, advice=after_fixing()
            )
            if problem
            else ""
        )
        self.problem_label.setVisible(bool(problem))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._import.table is not None and not self._import.busy

    def validatePage(self) -> bool:
        return self.isComplete()
