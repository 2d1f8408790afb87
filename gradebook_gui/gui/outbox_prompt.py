"""After a restart: grades left queued by the last session are shown, and sent only on request.

`OutboxPrompt.ask` asks "12 grades queued for Quiz 3, send now?" and answers True only when the
user chose to send.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def _grades(locale: QLocale, count: int) -> str:
    return f"{locale.toString(count)} {'grade' if count == 1 else 'grades'}"


def outbox_question(waiting: Sequence[tuple[str, int]], locale: QLocale | None = None) -> str:
    """The question: "12 grades queued for Quiz 3. Send them now?", or a list of line items."""
    locale = locale or QLocale()
    total = sum(count for _, count in waiting)
    them = "it" if total == 1 else "them"
    if len(waiting) == 1:
        label, count = waiting[0]
        return f"{_grades(locale, count)} queued for {label}. Send {them} now?"
    lines = "\n".join(f"• {_grades(locale, count)} for {label}" for label, count in waiting)
    return f"Grades are queued from your last session:\n{lines}\n\nSend {them} now?"


class OutboxPrompt(QMessageBox):
    """Two answers, "Send now" and "Not now"; closing the box, Escape and Enter mean "Not now"."""

    def __init__(
        self,
        waiting: Sequence[tuple[str, int]],
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle("Grades waiting to be sent")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(outbox_question(waiting, locale))
        self.setInformativeText(
            "Nothing is sent until you say so. The grades stay queued, even when the app is "
            "closed, and you can send them later from the window. Each one is checked against "
            "the LMS first, so a grade changed there meanwhile is shown to you, not overwritten."
        )
        self.send_button: QPushButton = self.addButton(
            "&Send now", QMessageBox.ButtonRole.AcceptRole
        )
        self.later_button: QPushButton = self.addButton(
            "&Not now", QMessageBox.ButtonRole.RejectRole
        )
        self.send_button.setAccessibleName("Send the queued grades now")
        self.later_button.setAccessibleName("Keep the grades queued")
        # Sending is a deliberate act: Enter alone does not start it.
        self.setDefaultButton(self.later_button)
        self.setEscapeButton(self.later_button)

    def send_chosen(self) -> bool:
        return self.clickedButton() is self.send_button

    @classmethod
    def ask(cls, parent: QWidget | None, *, waiting: Sequence[tuple[str, int]]) -> bool:
        if not waiting:
            return False
        prompt = cls(waiting, parent=parent)
        try:
            prompt.exec()
            return prompt.send_chosen()
        finally:
            prompt.deleteLater()
