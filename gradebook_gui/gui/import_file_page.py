"""The import wizard's first page: choose the spreadsheet and see how it was read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWizardPage

from gradebook_gui.gui.import_page_parts import (
    AFTER_FIXING,
    PageId,
    bold_label,
    counted,
    wrapped_label,
)

if TYPE_CHECKING:
    from gradebook_gui.gui.import_wizard import ImportWizard


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._import = wizard
        self.setTitle("Choose the spreadsheet")
        self.setSubTitle(
            "A CSV or Excel (.xlsx) file with one row per student: a file exported by this app "
            "and filled in, or any sheet with user IDs, emails or names."
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText("No file chosen yet")
        self.path_edit.setAccessibleName("Spreadsheet file")
        self.choose_button = QPushButton("&Choose file…")
        self.choose_button.setAccessibleName("Choose the spreadsheet file")
        self.choose_button.clicked.connect(wizard.choose_and_read)
        self.read_again_button = QPushButton("&Read the file again")
        self.read_again_button.setAccessibleName("Read the file again")
        self.read_again_button.setToolTip("After fixing the file in a spreadsheet, read it again")
        self.read_again_button.clicked.connect(wizard.read_again)
        self.status_label = wrapped_label()
        self.status_label.setAccessibleName("How the file was read")
        self.problem_label = bold_label()
        self.problem_label.setAccessibleName("Problem with the file")
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
            self.status_label.setText(
                f"Read as {table.description}: {counted(locale, len(table.rows), 'row')} "
                f"below the header, {counted(locale, len(table.headers), 'column')} "
                f"({', '.join(table.headers)})."
            )
        else:
            self.status_label.setText("")
        problem = wizard.file_problem
        self.problem_label.setText(
            f"This file cannot be imported.\n{problem}\n{AFTER_FIXING}" if problem else ""
        )
        self.problem_label.setVisible(bool(problem))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._import.table is not None and not self._import.busy

    def validatePage(self) -> bool:
        return self.isComplete()
