"""Quitting with grades not yet in the LMS: send them now, keep them for later, or stay.

Nothing is lost by quitting (unsent changes and queued grades are on disk and come back at the
next start), except in the demo course, which is new at every start: the question says which.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from gradebook_gui.gui.i18n import translate


class QuitChoice(Enum):
    SEND_NOW = "send"  # stay, and review and send the changes
    KEEP_FOR_LATER = "keep"  # quit; everything is kept on this computer
    CANCEL = "cancel"  # stay, nothing else happens


def quit_question(unsent: int, sending: bool, demo: bool) -> tuple[str, str]:
    """The question and its explanation."""
    if sending:
        question = translate("quit_prompt", "Grades are being sent. Quit anyway?")
    elif unsent == 1:
        question = translate("quit_prompt", "{count} grade is not in the LMS yet. Quit anyway?")
    else:
        question = translate(
            "quit_prompt", "{count} grades are not in the LMS yet. Quit anyway?", None, unsent
        )
    if demo:
        detail = translate(
            "quit_prompt",
            "This is the demo course: a new one starts with the app, so these changes are "
            "gone once you quit.",
        )
    elif sending:
        detail = translate(
            "quit_prompt",
            "Quitting stops the sending; the grades not yet sent stay queued on this computer, "
            "and the app offers to send them when you open this course again.",
        )
    else:
        detail = translate(
            "quit_prompt",
            "They are kept on this computer: the next time you open this course, the app shows "
            "them and offers to send them. Nothing is sent until you say so.",
        )
    return question.format(count=unsent), detail


class QuitPrompt(QMessageBox):
    def __init__(
        self, unsent: int, *, sending: bool, demo: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(translate("QuitPrompt", "Grades not sent"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        question, detail = quit_question(unsent, sending, demo)
        self.setText(question)
        self.setInformativeText(detail)
        self.send_button: QPushButton | None = None
        if not sending:
            self.send_button = self.addButton(
                translate("QuitPrompt", "&Send now…"), QMessageBox.ButtonRole.AcceptRole
            )
            self.send_button.setAccessibleName(
                translate("QuitPrompt", "Review and send the changes now")
            )
        self.quit_button: QPushButton = self.addButton(
            translate("QuitPrompt", "&Discard and quit")
            if demo
            else translate("QuitPrompt", "&Keep for later and quit"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        self.cancel_button: QPushButton = self.addButton(
            translate("QuitPrompt", "Cancel"), QMessageBox.ButtonRole.RejectRole
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
