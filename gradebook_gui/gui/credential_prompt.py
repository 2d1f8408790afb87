"""Asks for a new ltik or service key after LTIAAS refused the current one (its own 401).

Nothing loaded or queued is lost while the prompt is open; the refused operation runs again
with the new secret.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.api import AuthError
from gradebook_gui.gui.i18n import translate


@dataclass(frozen=True)
class CredentialRenewal:
    """The secret pasted by the user; `api_key` only when they replaced it too."""

    ltik: str | None = None
    service_key: str | None = None
    api_key: str | None = None

    def __repr__(self) -> str:  # secrets never reach a log
        return "CredentialRenewal(…)"


class CredentialPrompt(QDialog):
    def __init__(self, connection_label: str, error: AuthError, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("CredentialPrompt", "Sign in again"))
        self.setMinimumWidth(480)
        if error.reason:
            refused = translate(
                "CredentialPrompt", "LTIAAS refused the credentials of {connection} ({reason})."
            ).format(connection=connection_label, reason=error.reason)
        else:
            refused = translate(
                "CredentialPrompt", "LTIAAS refused the credentials of {connection}."
            ).format(connection=connection_label)
        explanation = QLabel(
            translate(
                "CredentialPrompt",
                "{refused} An ltik expires 24 hours after the launch it came from.\n\n"
                "Launch the tool from the LMS again and paste the new ltik, or paste the "
                "course's service key. Everything loaded stays as it is; the refused request is "
                "sent again.",
            ).format(refused=refused)
        )
        explanation.setWordWrap(True)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(translate("CredentialPrompt", "A new ltik from a launch"), "ltik")
        self.kind_combo.addItem(
            translate("CredentialPrompt", "The course's service key"), "service_key"
        )
        self.kind_combo.setAccessibleName(translate("CredentialPrompt", "Credential kind"))
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(translate("CredentialPrompt", "New credential"))
        self.secret_edit.setPlaceholderText(translate("CredentialPrompt", "Paste it here"))
        self.api_key_edit = QLineEdit()
        self.api_key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key_edit.setAccessibleName(translate("CredentialPrompt", "New API key"))
        self.api_key_edit.setPlaceholderText(
            translate("CredentialPrompt", "Leave empty to keep the current API key")
        )

        form = QFormLayout()
        form.addRow(translate("CredentialPrompt", "&Paste:"), self.kind_combo)
        form.addRow(translate("CredentialPrompt", "&Value:"), self.secret_edit)
        form.addRow(translate("CredentialPrompt", "&API key:"), self.api_key_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("CredentialPrompt", "Sign in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.secret_edit.textChanged.connect(self._validate)
        self._validate()

    @Slot()
    def _validate(self) -> None:
        self.ok_button.setEnabled(bool(self.secret_edit.text().strip()))

    def renewal(self) -> CredentialRenewal | None:
        secret = self.secret_edit.text().strip()
        if not secret:
            return None
        api_key = self.api_key_edit.text().strip() or None
        if self.kind_combo.currentData() == "ltik":
            return CredentialRenewal(ltik=secret, api_key=api_key)
        return CredentialRenewal(service_key=secret, api_key=api_key)

    @classmethod
    def ask(
        cls, parent: QWidget | None, connection_label: str, error: AuthError
    ) -> CredentialRenewal | None:
        dialog = cls(connection_label, error, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.renewal()
