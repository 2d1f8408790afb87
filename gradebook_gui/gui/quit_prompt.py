"""Quitting with grades not yet in the LMS: send them now, keep them for later, or stay.

Nothing is lost by quitting (unsent changes and queued grades are on disk and come back at the
next start), except in the demo course, which is new at every start: the question says which.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class QuitChoice(Enum):
    SEND_NOW = "send"  # stay, and review and send the changes
    KEEP_FOR_LATER = "keep"  # quit; everything is kept on this computer
    CANCEL = "cancel"  # stay, nothing else happens


def quit_question(unsent: int, sending: bool, demo: bool) -> tuple[str, str]:
    """The question and its explanation."""
    grades = f"{unsent} grade{'' if unsent == 1 else 's'}"
    if sending:
        question = "Grades are being sent. Quit anyway?"
    else:
        question = f"{grades} {'is' if unsent == 1 else 'are'} not in the LMS yet. Quit anyway?"
    if demo:
        detail = (
            "This is the demo course: a new one starts with the app, so these changes are "
            "gone once you quit."
        )
    elif sending:
        detail = (
            "Quitting stops the sending; the grades not yet sent stay queued on this computer, "
            "and the app offers to send them when you open this course again."
        )
    else:
        detail = (
            "They are kept on this computer: the next time you open this course, the app shows "
            "them and offers to send them. Nothing is sent until you say so."
        )
    return question, detail


class QuitPrompt(QMessageBox):
    def __init__(
        self, unsent: int, *, sending: bool, demo: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle("Grades not sent")
        self.setTextFormat(Qt.TextFormat.PlainText)
        question, detail = quit_question(unsent, sending, demo)
        self.setText(question)
        self.setInformativeText(detail)
        self.send_button: QPushButton | None = None
        if not sending:
            self.send_button = self.addButton("&Send now…", QMessageBox.ButtonRole.AcceptRole)
            self.send_button.setAccessibleName("Review and send the changes now")
        self.quit_button: QPushButton = self.addButton(
            "&Discard and quit" if demo else "&Keep for later and quit",
            QMessageBox.ButtonRole.DestructiveRole,
        )
        self.cancel_button: QPushButton = self.addButton(
            "Cancel", QMessageBox.ButtonRole.RejectRole
        )
        # Enter and Escape keep the window open: quitting is a deliberate choice.
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def choice(self) -> QuitChoice:
        clicked = self.clickedButton()
        if clicked is self.quit_button:
            return QuitChoice.KEEP_FOR_LATER
        if self.send_button is not None and clicked is self.send_button:
            return QuitChoice.SEND_NOW
        return QuitChoice.CANCEL

    @classmethod
    def ask(cls, parent: QWidget | None, *, unsent: int, sending: bool, demo: bool) -> QuitChoice:
        prompt = cls(unsent, sending=sending, demo=demo, parent=parent)
        try:
            prompt.exec()
            return prompt.choice()
        finally:
            prompt.deleteLater()
