"""The raw data behind the selected row, for support staff: the result and the roster entry."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.plain_text import plain_label

# Marked for translation here, translated where shown.
PLACEHOLDER = str(
    QT_TRANSLATE_NOOP("DetailsPane", "Select a learner to see the data the LMS holds for them.")
)


def raw_text(grade: StudentGrade) -> str:
    """The result and roster entry as pretty JSON, with every key the LMS sent (extras too)."""
    record: dict[str, Any] = {
        "userId": grade.user_id,
        "result": grade.result.model_dump(mode="json") if grade.result else None,
        "rosterEntry": grade.member.model_dump(mode="json") if grade.member else None,
    }
    return json.dumps(record, indent=2, ensure_ascii=False)


class DetailsPane(QWidget):
    """Read-only monospace JSON of one learner's result and roster entry, with a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The learner's name as the LMS wrote it, never read as markup.
        self._title = plain_label(QLabel(self))
        self._title.setWordWrap(True)
        self._text = QPlainTextEdit(self)
        self._text.setReadOnly(True)
        self._text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._title.setAccessibleName(translate("DetailsPane", "Learner shown"))
        self._text.setPlaceholderText(translate("DetailsPane", PLACEHOLDER))
        self._text.setAccessibleName(translate("DetailsPane", "Raw data of the selected learner"))
        self._text.setAccessibleDescription(
            translate("DetailsPane", "The result and roster entry the LMS sent, as JSON")
        )
        self._copy_button = QPushButton(translate("DetailsPane", "Copy &JSON"), self)
        self._copy_button.setAccessibleName(translate("DetailsPane", "Copy raw data"))
        copy_tip = translate(
            "DetailsPane", "Copy this data to the clipboard, for a support request"
        )
        self._copy_button.setToolTip(copy_tip)
        self._copy_button.setAccessibleDescription(copy_tip)
        self._copy_button.clicked.connect(self.copy)

        buttons = QHBoxLayout()
        buttons.addWidget(self._title, 1)
        buttons.addWidget(self._copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self._text, 1)
        self.show_grade(None)

    def show_grade(self, grade: StudentGrade | None) -> None:
        if grade is None:
            self._title.setText(translate("DetailsPane", "No learner selected"))
            self._text.clear()
        else:
            self._title.setText(
                grade.name
                or translate("DetailsPane", "{user_id} (not on the roster)").format(
                    user_id=grade.user_id
                )
            )
            self._text.setPlainText(raw_text(grade))
        self._copy_button.setEnabled(grade is not None)

    def title(self) -> str:
        """Whose data is shown, or that no learner is."""
        return self._title.text()

    def text(self) -> str:
        return self._text.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._text.toPlainText())
