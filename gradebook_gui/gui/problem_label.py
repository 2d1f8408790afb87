"""The line under a form field that says what is wrong with it.

Its height is kept while it is empty, so that a form does not jump as problems come and go
while the user types: the space of `lines` lines of text is reserved from the start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class ProblemLabel(QLabel):
    """A problem beside a field: `show_problem(text)`, or `show_problem(None)` when all is well.

    Bold rather than a hard-coded red, so that it stays readable in light and dark themes.
    """

    def __init__(self, accessible_name: str, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines)

    def show_problem(self, text: str | None) -> None:
        self.setText(text or "")
        self.setAccessibleDescription(text or "")

    def has_problem(self) -> bool:
        return bool(self.text())
