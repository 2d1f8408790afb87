"""After a restart: grades left queued by the last session are shown, and sent only on request.

`OutboxPrompt.ask` asks "12 grades queued for Quiz 3, send now?" and answers True only when the
user chose to send.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from gradebook_gui.gui.i18n import translate


def outbox_question(waiting: Sequence[tuple[str, int]], locale: QLocale | None = None) -> str:
    """The question: "12 grades queued for Quiz 3. Send them now?", or a list of line items."""
    locale = locale or QLocale()
    if len(waiting) == 1:
        label, count = waiting[0]
        if count == 1:
            question = translate("outbox_prompt", "{count} grade queued for {label}. Send it now?")
        else:
            question = translate(
                "outbox_prompt", "{count} grades queued for {label}. Send them now?", None, count
            )
        return question.format(count=locale.toString(count), label=label)
    lines = []
    for label, count in waiting:
        if count == 1:
            line = translate("outbox_prompt", "• {count} grade for {label}")
        else:
            line = translate("outbox_prompt", "• {count} grades for {label}", None, count)
        lines.append(line.format(count=locale.toString(count), label=label))
    return translate(
        "outbox_prompt", "Grades are queued from your last session:\n{lines}\n\nSend them now?"
    ).format(lines="\n".join(lines))


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
        self.setWindowTitle(translate("OutboxPrompt", "Grades waiting to be sent"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(outbox_question(waiting, locale))
        self.setInformativeText(
            translate(
                "OutboxPrompt",
                "Nothing is sent until you say so. The grades stay queued, even when the app is "
                "closed, and you can send them later from the window. Each one is checked against "
                "the LMS first, so a grade changed there meanwhile is shown to you, not "
                "overwritten.",
            )
        )
        self.send_button: QPushButton = self.addButton(
            translate("OutboxPrompt", "&Send now"), QMessageBox.ButtonRole.AcceptRole
        )
        self.later_button: QPushButton = self.addButton(
            translate("OutboxPrompt", "&Not now"), QMessageBox.ButtonRole.RejectRole
        )
        self.send_button.setAccessibleName(translate("OutboxPrompt", "Send the queued grades now"))
        self.later_button.setAccessibleName(translate("OutboxPrompt", "Keep the grades queued"))
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
