"""The Remove local data dialog, and the journal retention setting it changes.

The store is read and written on the background workers, never in the dialog: the local data
service's `summarize_local_data` gathers the counts shown, the dialog returns the user's
`LocalDataChoice` (a removal only once the user confirmed it, naming the unsent grades that
would be lost), and `apply_local_data_choice` carries it out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.services.local_data import (
    RETENTION_CHOICES,
    ForgetScope,
    KeptData,
    LocalDataChoice,
    LocalDataSummary,
)

RETENTION_KEY = "local_data/journal_retention_days"

# Asks before removing: (parent, title, question) -> True to go ahead.
Confirm = Callable[[QWidget | None, str, str], bool]


# -- the retention setting ----------------------------------------------------------------------


def _qsettings(settings: WindowSettings | QSettings) -> QSettings:
    return settings.qsettings if isinstance(settings, WindowSettings) else settings


def journal_retention(settings: WindowSettings | QSettings) -> int | None:
    """Days the journal is kept, None for forever (also for a value this app does not offer)."""
    value = _qsettings(settings).value(RETENTION_KEY)
    try:
        days = int(str(value))
    except ValueError:
        return None
    return days if days in RETENTION_CHOICES else None


def set_journal_retention(settings: WindowSettings | QSettings, days: int | None) -> None:
    if days not in RETENTION_CHOICES:
        raise ValueError(f"the journal can be kept forever or {RETENTION_CHOICES[1:]} days")
    if days is None:
        _qsettings(settings).remove(RETENTION_KEY)
    else:
        _qsettings(settings).setValue(RETENTION_KEY, days)


# -- the dialog ---------------------------------------------------------------------------------


def _columns(locale: QLocale, count: int) -> str:
    return counted(
        translate("local_data_dialog", "{count} grade column"),
        translate("local_data_dialog", "{count} grade columns", None, count),
        count,
        locale,
    )


def _contents(kept: KeptData, locale: QLocale, *, whole_connection: bool) -> list[str]:
    """What removing `kept` loses, most serious first."""
    parts = []
    if kept.unsent:
        parts.append(
            counted(
                translate(
                    "local_data_dialog",
                    "{count} grade not yet confirmed by the LMS: it will never be sent",
                ),
                translate(
                    "local_data_dialog",
                    "{count} grades not yet confirmed by the LMS: they will never be sent",
                    None,
                    kept.unsent,
                ),
                kept.unsent,
                locale,
            )
        )
    if kept.drafts:
        parts.append(
            counted(
                translate("local_data_dialog", "{count} draft not yet submitted"),
                translate(
                    "local_data_dialog", "{count} drafts not yet submitted", None, kept.drafts
                ),
                kept.drafts,
                locale,
            )
        )
    if whole_connection:
        parts.append(
            translate("local_data_dialog", "the downloaded grades of {columns}").format(
                columns=_columns(locale, kept.line_items)
            )
        )
    else:
        parts.append(
            translate("local_data_dialog", "the grades as last downloaded (for working offline)")
        )
    if kept.journal_entries:
        parts.append(
            counted(
                translate("local_data_dialog", "{count} entry of the history of what was sent"),
                translate(
                    "local_data_dialog",
                    "{count} entries of the history of what was sent",
                    None,
                    kept.journal_entries,
                ),
                kept.journal_entries,
                locale,
            )
        )
    return parts


def forget_question(summary: LocalDataSummary, scope: ForgetScope, locale: QLocale) -> str:
    """The confirmation text: what is removed, and that the LMS is not touched."""
    if scope is ForgetScope.LINE_ITEM:
        assert summary.line_item is not None and summary.in_line_item is not None
        question = translate(
            "local_data_dialog", "Remove everything kept on this computer for “{label}”?"
        ).format(label=summary.line_item.label)
        kept = summary.in_line_item
    else:
        question = translate(
            "local_data_dialog",
            "Remove everything kept on this computer for every grade column of {connection}?",
        ).format(connection=summary.connection_label)
        kept = summary.in_connection
    lines = "\n".join(
        f"• {part}"
        for part in _contents(kept, locale, whole_connection=scope is ForgetScope.CONNECTION)
    )
    closing = translate(
        "local_data_dialog", "The grades in the LMS are not changed. This cannot be undone."
    )
    return f"{question}\n\n{lines}\n\n{closing}"


def confirm_removal(parent: QWidget | None, title: str, question: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("local_data_dialog", "Remove"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def _retention_text(days: int | None) -> str:
    if days is None:
        return translate("local_data_dialog", "Forever")
    return translate("local_data_dialog", "{count} days", None, days).format(count=days)


class LocalDataDialog(QDialog):
    """Remove what is kept for this line item or this connection; choose the journal retention."""

    def __init__(
        self,
        *,
        summary: LocalDataSummary,
        settings: WindowSettings | QSettings,
        confirm: Confirm = confirm_removal,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._summary = summary
        self._settings = settings
        self._confirm = confirm
        self._locale = locale or QLocale()
        self._forget: ForgetScope | None = None
        self.setWindowTitle(translate("LocalDataDialog", "Local data"))
        self.setMinimumWidth(560)

        intro = QLabel(
            translate(
                "LocalDataDialog",
                "Downloaded grades, drafts, grades waiting to be sent and the history of what "
                "was sent are kept on this computer, in a folder only you can read, so you can "
                "work offline and nothing is lost in a crash.",
            )
        )
        intro.setWordWrap(True)

        self.line_item_radio = QRadioButton()
        self.line_item_radio.setAccessibleName(
            translate("LocalDataDialog", "Remove the data of this grade column")
        )
        self.connection_radio = QRadioButton()
        self.connection_radio.setAccessibleName(
            translate("LocalDataDialog", "Remove the data of the whole connection")
        )
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.line_item_radio)
        self.scope_group.addButton(self.connection_radio)
        self._describe_scopes()
        self.remove_button = QPushButton(translate("LocalDataDialog", "&Remove…"))
        self.remove_button.setAccessibleName(
            translate("LocalDataDialog", "Remove the chosen local data")
        )
        self.remove_button.setAccessibleDescription(
            translate("LocalDataDialog", "Asks first, naming what would be lost")
        )
        self.remove_button.clicked.connect(self._remove)
        remove_box = QGroupBox(translate("LocalDataDialog", "Remove local data"))
        remove_layout = QVBoxLayout(remove_box)
        remove_layout.addWidget(self.line_item_radio)
        remove_layout.addWidget(self.connection_radio)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        remove_layout.addLayout(remove_row)

        self.retention_combo = QComboBox()
        self.retention_combo.setAccessibleName(
            translate("LocalDataDialog", "Keep the history of what was sent")
        )
        for days in RETENTION_CHOICES:
            self.retention_combo.addItem(_retention_text(days), days)
        self.retention_combo.setCurrentIndex(RETENTION_CHOICES.index(journal_retention(settings)))
        retention_label = QLabel(translate("LocalDataDialog", "&Keep for:"))
        retention_label.setBuddy(self.retention_combo)
        retention_help = QLabel(
            translate(
                "LocalDataDialog",
                "The history records every grade sent: when, old and new value, and what the LMS "
                "answered. Support staff use it to say what the app sent, and when. Older "
                "entries are removed when you save.",
            )
        )
        retention_help.setWordWrap(True)
        self.retention_combo.setAccessibleDescription(
            translate("LocalDataDialog", "Older entries are removed when you save")
        )
        retention_box = QGroupBox(translate("LocalDataDialog", "History of what was sent"))
        retention_layout = QVBoxLayout(retention_box)
        retention_row = QHBoxLayout()
        retention_row.addWidget(retention_label)
        retention_row.addWidget(self.retention_combo)
        retention_row.addStretch(1)
        retention_layout.addLayout(retention_row)
        retention_layout.addWidget(retention_help)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(remove_box)
        layout.addWidget(retention_box)
        layout.addWidget(self.buttons)

    def _describe_scopes(self) -> None:
        summary = self._summary
        locale = self._locale
        if summary.line_item is not None and summary.in_line_item is not None:
            self.line_item_radio.setText(
                translate("LocalDataDialog", "Only “{label}”: {kept}").format(
                    label=summary.line_item.label, kept=self._brief(summary.in_line_item)
                )
            )
            self.line_item_radio.setChecked(True)
        else:
            self.line_item_radio.setText(
                translate("LocalDataDialog", "Only the open grade column (none is open)")
            )
            self.line_item_radio.setEnabled(False)
            self.connection_radio.setChecked(True)
        self.connection_radio.setText(
            translate("LocalDataDialog", "All of {connection} ({columns}): {kept}").format(
                connection=summary.connection_label,
                columns=_columns(locale, summary.in_connection.line_items),
                kept=self._brief(summary.in_connection),
            )
        )

    def _brief(self, kept: KeptData) -> str:
        drafts = counted(
            translate("LocalDataDialog", "{count} draft"),
            translate("LocalDataDialog", "{count} drafts", None, kept.drafts),
            kept.drafts,
            self._locale,
        )
        grades = counted(
            translate("LocalDataDialog", "{count} grade"),
            translate("LocalDataDialog", "{count} grades", None, kept.unsent),
            kept.unsent,
            self._locale,
        )
        return translate("LocalDataDialog", "{drafts}, {grades} not sent yet").format(
            drafts=drafts, grades=grades
        )

    @property
    def retention_days(self) -> int | None:
        days = self.retention_combo.currentData()
        return days if isinstance(days, int) else None

    @property
    def chosen_scope(self) -> ForgetScope:
        if self.line_item_radio.isChecked():
            return ForgetScope.LINE_ITEM
        return ForgetScope.CONNECTION

    @Slot()
    def _remove(self) -> None:
        scope = self.chosen_scope
        question = forget_question(self._summary, scope, self._locale)
        if self._confirm(self, translate("LocalDataDialog", "Remove local data"), question):
            self._forget = scope
            self.accept()

    def accept(self) -> None:
        set_journal_retention(self._settings, self.retention_days)
        super().accept()

    def choice(self) -> LocalDataChoice:
        """The decision when the dialog was accepted: removal only if confirmed."""
        summary = self._summary
        return LocalDataChoice(
            summary.connection_key,
            summary.line_item.id if summary.line_item else None,
            self._forget,
            self.retention_days,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        summary: LocalDataSummary,
        settings: WindowSettings | QSettings,
    ) -> LocalDataChoice | None:
        """The choice for `apply_local_data_choice` (the retention is already saved), or None."""
        dialog = cls(summary=summary, settings=settings, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()
