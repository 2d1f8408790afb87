"""Connections (profiles): add, edit, test and remove them; pick the one to open.

The secrets (API key, ltik, service key) go where `SecretStorage` keeps them (the system keyring,
or the file the user opted into), never to the profiles file or the settings. "Test connection"
runs on a pool thread: with an ltik it reads idtoken (course, user, LMS family, grades service)
and keeps the course's service key, which does not expire; without a service key the user is
told that the ltik lasts 24 hours.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from pydantic import ValidationError
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gradebook_gui import last_view
from gradebook_gui.api import ApiError, Credentials
from gradebook_gui.api.transport import validate_base_url
from gradebook_gui.config import CredentialKind, Profile, ProfileStore
from gradebook_gui.connection import Connection
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.gui.connection_check import (
    CheckOutcome,
    TestClientFactory,
    check_connection,
    default_test_client,
    describe_outcome,
)
from gradebook_gui.gui.i18n import QT_TRANSLATE_NOOP, translate
from gradebook_gui.gui.plain_text import plain_label
from gradebook_gui.gui.problem_label import ProblemLabel
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import PlatformFamily

log = logging.getLogger(__name__)

# The English texts; shown through translate("connection_dialog", text).
_KIND_LABELS = {
    CredentialKind.LTIK: QT_TRANSLATE_NOOP(
        "connection_dialog", "An ltik from a launch (recommended)"
    ),
    CredentialKind.SERVICE_KEY: QT_TRANSLATE_NOOP("connection_dialog", "The course's service key"),
    CredentialKind.BOTH: QT_TRANSLATE_NOOP("connection_dialog", "Both an ltik and the service key"),
}


def confirm_removal(parent: QWidget | None, name: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("connection_dialog", "Remove connection"),
        translate(
            "connection_dialog",
            "Remove the connection “{name}” and its secrets from this computer?\n\n"
            "Nothing changes in the LMS.",
        ).format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _secret_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setClearButtonEnabled(True)
    return edit


class ConnectionDialog(QDialog):
    """Manage saved connections; `chosen_profile()` is the one to open after "Connect"."""

    def __init__(
        self,
        profiles: ProfileStore,
        secrets: SecretStorage,
        runner: TaskRunner,
        *,
        select: str | None = None,
        test_client_factory: TestClientFactory = default_test_client,
        confirm_remove: Callable[[QWidget | None, str], bool] = confirm_removal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profiles = profiles
        self._secrets = secrets
        self._runner = runner
        self._test_client_factory = test_client_factory
        self._confirm_remove = confirm_remove
        self._original: Profile | None = None
        self._stored: Credentials | None = None
        self._learned_title: str | None = None
        self._test_task: int | None = None
        self._chosen: Profile | None = None
        self.setWindowTitle(translate("ConnectionDialog", "Connections"))
        self.setMinimumSize(760, 520)
        self._build()
        self._reload_list(select)
        if self.profile_list.count() == 0:
            self.new_profile()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.profile_list = QListWidget()
        self.profile_list.setAccessibleName(translate("ConnectionDialog", "Saved connections"))
        self.new_button = QPushButton(translate("ConnectionDialog", "Ne&w"))
        self.new_button.setAccessibleName(translate("ConnectionDialog", "New connection"))
        self.remove_button = QPushButton(translate("ConnectionDialog", "&Remove"))
        self.remove_button.setAccessibleName(translate("ConnectionDialog", "Remove connection"))
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.remove_button)
        self.empty_list_hint = QLabel(
            translate(
                "ConnectionDialog",
                "No saved connections yet: fill in the form to add one, or close this window "
                "and start the app with --demo to try the built-in sandbox.",
            )
        )
        self.empty_list_hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(QLabel(translate("ConnectionDialog", "Saved connections:")))
        left.addWidget(self.profile_list, 1)
        left.addWidget(self.empty_list_hint)
        left.addLayout(list_buttons)

        intro = QLabel(
            translate(
                "ConnectionDialog",
                "The API key comes from whoever runs your organisation's LTIAAS account. Paste it "
                "together with one ltik from a launch of this tool in your LMS: the app reads the "
                "launch, keeps the course's service key (which does not expire) and from then on "
                "works without another launch.",
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("ConnectionDialog", "e.g. Biology 101"))
        self.name_edit.setAccessibleName(translate("ConnectionDialog", "Connection name"))
        # Problems keep their space while empty: the form does not jump while the user types.
        self.name_problem = ProblemLabel(translate("ConnectionDialog", "Connection name problem"))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://youraccount.ltiaas.com")
        self.url_edit.setAccessibleName(translate("ConnectionDialog", "LTIAAS address"))
        self.url_problem = ProblemLabel(translate("ConnectionDialog", "LTIAAS address problem"))
        self.api_key_edit = _secret_edit(translate("ConnectionDialog", "API key"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(translate("ConnectionDialog", "Credential kind"))
        for kind, text in _KIND_LABELS.items():
            self.kind_combo.addItem(translate("connection_dialog", text), kind)
        self.ltik_edit = _secret_edit(translate("ConnectionDialog", "ltik"))
        self.ltik_edit.setPlaceholderText(
            translate("ConnectionDialog", "Paste the ltik of a launch of the tool in the LMS")
        )
        self.service_key_edit = _secret_edit(translate("ConnectionDialog", "Service key"))
        self.credentials_problem = ProblemLabel(
            translate("ConnectionDialog", "Credentials problem")
        )
        self.platform_combo = QComboBox()
        self.platform_combo.setAccessibleName(translate("ConnectionDialog", "LMS family"))
        self.platform_combo.addItem(
            translate("ConnectionDialog", "Other or not known (standard LTI rules)"),
            PlatformFamily.unknown,
        )
        for family in PlatformFamily:
            if family.display_name:
                self.platform_combo.addItem(family.display_name, family)
        self.show_secrets_box = QCheckBox(translate("ConnectionDialog", "Show secrets"))
        self.show_secrets_box.setAccessibleName(translate("ConnectionDialog", "Show secrets"))

        form = QFormLayout()
        form.addRow(translate("ConnectionDialog", "&Name:"), self.name_edit)
        form.addRow("", self.name_problem)
        form.addRow(translate("ConnectionDialog", "LTIAAS &address:"), self.url_edit)
        form.addRow("", self.url_problem)
        form.addRow(translate("ConnectionDialog", "API &key:"), self.api_key_edit)
        form.addRow(translate("ConnectionDialog", "Sign &in with:"), self.kind_combo)
        form.addRow(translate("ConnectionDialog", "&ltik:"), self.ltik_edit)
        form.addRow(translate("ConnectionDialog", "Ser&vice key:"), self.service_key_edit)
        form.addRow("", self.show_secrets_box)
        form.addRow("", self.credentials_problem)
        form.addRow(translate("ConnectionDialog", "L&MS:"), self.platform_combo)

        self.test_button = QPushButton(translate("ConnectionDialog", "&Test connection"))
        self.test_button.setAccessibleName(translate("ConnectionDialog", "Test connection"))
        # Plain text: the LMS's and LTIAAS's reasons are shown as written, never as markup.
        self.test_result = plain_label(QLabel())
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(translate("ConnectionDialog", "Test result"))
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)

        self.keyring_label = QLabel()
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setAccessibleName(
            translate("ConnectionDialog", "Where secrets are kept")
        )
        self.file_opt_in = QCheckBox(
            translate(
                "ConnectionDialog", "Keep secrets in a file only I can read instead ({file})"
            ).format(file=self._secrets.file_path)
        )
        self.file_opt_in.setAccessibleName(
            translate("ConnectionDialog", "Keep secrets in an owner-only file")
        )
        secrets_box = QGroupBox(translate("ConnectionDialog", "Secrets"))
        secrets_layout = QVBoxLayout(secrets_box)
        secrets_layout.addWidget(self.keyring_label)
        secrets_layout.addWidget(self.file_opt_in)

        right = QVBoxLayout()
        right.addWidget(intro)
        right.addLayout(form)
        right.addLayout(test_row)
        right.addWidget(self.test_result)
        right.addWidget(secrets_box)
        right.addStretch(1)

        self.save_button = QPushButton(translate("ConnectionDialog", "&Save"))
        self.save_button.setToolTip(
            translate("ConnectionDialog", "Save this connection without opening it")
        )
        self.connect_button = QPushButton(translate("ConnectionDialog", "&Connect"))
        self.connect_button.setToolTip(
            translate("ConnectionDialog", "Save this connection and open its course")
        )
        self.close_button = QPushButton(translate("ConnectionDialog", "Close"))
        self.connect_button.setDefault(True)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        for button in (self.save_button, self.connect_button, self.close_button):
            self.buttons.addWidget(button)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(self.buttons)

        QWidget.setTabOrder(self.profile_list, self.new_button)
        QWidget.setTabOrder(self.new_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.url_edit)
        QWidget.setTabOrder(self.url_edit, self.api_key_edit)
        QWidget.setTabOrder(self.api_key_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.ltik_edit)
        QWidget.setTabOrder(self.ltik_edit, self.service_key_edit)
        QWidget.setTabOrder(self.service_key_edit, self.show_secrets_box)
        QWidget.setTabOrder(self.show_secrets_box, self.platform_combo)
        QWidget.setTabOrder(self.platform_combo, self.test_button)
        QWidget.setTabOrder(self.test_button, self.file_opt_in)

        self.profile_list.currentRowChanged.connect(self._on_profile_selected)
        self.new_button.clicked.connect(self.new_profile)
        self.remove_button.clicked.connect(self.remove_profile)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save)
        self.connect_button.clicked.connect(self.connect_profile)
        self.close_button.clicked.connect(self.reject)
        self.show_secrets_box.toggled.connect(self._show_secrets)
        for edit in (
            self.name_edit,
            self.url_edit,
            self.api_key_edit,
            self.ltik_edit,
            self.service_key_edit,
        ):
            edit.textChanged.connect(self._validate)
        self.kind_combo.currentIndexChanged.connect(self._validate)
        self.file_opt_in.toggled.connect(self._show_keyring_status)
        self._show_keyring_status()

    # -- the list ----------------------------------------------------------------------------

    def _reload_list(self, select: str | None) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        names = [profile.name for profile in self._profiles.all()]
        for name in names:
            self.profile_list.addItem(QListWidgetItem(name))
        self.profile_list.blockSignals(False)
        self.empty_list_hint.setVisible(not names)
        if select in names:
            self.profile_list.setCurrentRow(names.index(select))
        elif names:
            self.profile_list.setCurrentRow(0)

    @Slot(int)
    def _on_profile_selected(self, row: int) -> None:
        if row < 0:
            return
        name = self.profile_list.item(row).text()
        self._fill_form(self._profiles.get(name))

    def _fill_form(self, profile: Profile | None) -> None:
        self._cancel_test()
        self._original = profile
        self._stored = self._secrets.store.load(profile.name) if profile else None
        self._learned_title = None
        self.name_edit.setText(profile.name if profile else "")
        self.url_edit.setText(profile.base_url if profile else "")
        for edit in (self.api_key_edit, self.ltik_edit, self.service_key_edit):
            edit.clear()
        stored = self._stored
        kept = translate("ConnectionDialog", "Stored {place}; leave empty to keep it").format(
            place=self._secrets.place
        )
        self.api_key_edit.setPlaceholderText(
            kept if stored else translate("ConnectionDialog", "Paste the LTIAAS API key")
        )
        self.ltik_edit.setPlaceholderText(
            kept
            if stored and stored.ltik
            else translate("ConnectionDialog", "Paste the ltik of a launch of the tool in the LMS")
        )
        self.service_key_edit.setPlaceholderText(
            kept
            if stored and stored.service_key
            else translate("ConnectionDialog", "Received from the ltik, or paste it")
        )
        kind = profile.credential_kind if profile else CredentialKind.LTIK
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        platform = profile.platform if profile else PlatformFamily.unknown
        self.platform_combo.setCurrentIndex(self.platform_combo.findData(platform))
        self.test_result.clear()
        self.remove_button.setEnabled(profile is not None)
        self._validate()

    @Slot()
    def new_profile(self) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.clearSelection()
        self.profile_list.setCurrentRow(-1)
        self.profile_list.blockSignals(False)
        self._fill_form(None)
        self.name_edit.setFocus()

    @Slot()
    def remove_profile(self) -> None:
        if self._original is None:
            return
        name = self._original.name
        if not self._confirm_remove(self, name):
            return
        self._profiles.remove(name)
        self._secrets.store.delete_profile(name)
        self._forget_last_view(name)
        self._reload_list(None)
        if self.profile_list.count() == 0:
            self.new_profile()

    @staticmethod
    def _forget_last_view(name: str) -> None:
        """The rows the window kept of a connection for its next start go with the connection
        (the next start removes them too, when they cannot be removed now)."""
        try:
            last_view.forget_of(name)
        except OSError as error:
            log.warning("the rows kept of a removed connection could not be removed: %s", error)

    # -- the form ----------------------------------------------------------------------------

    def _kind(self) -> CredentialKind:
        return CredentialKind(self.kind_combo.currentData())

    def _platform(self) -> PlatformFamily:
        return PlatformFamily(self.platform_combo.currentData())

    def _typed_credentials(self) -> Credentials | None:
        """The secrets to use: what was typed, else what is stored; None without an API key."""
        stored = self._stored
        api_key = self.api_key_edit.text().strip() or (stored.api_key if stored else "")
        if not api_key:
            return None
        kind = self._kind()
        ltik = self.ltik_edit.text().strip() or (stored.ltik if stored else None)
        service_key = self.service_key_edit.text().strip() or (
            stored.service_key if stored else None
        )
        return Credentials(
            api_key=api_key,
            ltik=ltik if kind.has_ltik else None,
            service_key=service_key if kind.has_service_key else None,
        )

    def problems(self) -> dict[str, str]:
        """What stops saving, by field: "name", "base_url", "credentials"."""
        found: dict[str, str] = {}
        name = self.name_edit.text().strip()
        try:
            Profile(name=name, base_url="https://example.invalid")
        except ValidationError:
            found["name"] = translate(
                "ConnectionDialog",
                "Give the connection a name: letters, digits, spaces, dots, dashes or "
                "underscores, up to 64.",
            )
        else:
            renamed = self._original is None or self._original.name != name
            if renamed and name in {profile.name for profile in self._profiles.all()}:
                found["name"] = translate(
                    "ConnectionDialog", "A connection named “{name}” already exists."
                ).format(name=name)
        url = self.url_edit.text().strip()
        if not url:
            found["base_url"] = translate(
                "ConnectionDialog", "Enter your LTIAAS address, e.g. https://youraccount.ltiaas.com"
            )
        else:
            try:
                validate_base_url(url)
            except ApiError as error:
                found["base_url"] = (error.explanation or str(error)).capitalize() + "."
        credentials = self._typed_credentials()
        kind = self._kind()
        if credentials is None:
            found["credentials"] = translate(
                "ConnectionDialog", "Paste the API key of your LTIAAS account."
            )
        elif kind is CredentialKind.LTIK and not credentials.ltik:
            found["credentials"] = translate(
                "ConnectionDialog", "Paste an ltik from a launch of the tool in the LMS."
            )
        elif kind is CredentialKind.SERVICE_KEY and not credentials.service_key:
            found["credentials"] = translate("ConnectionDialog", "Paste the course's service key.")
        elif kind is CredentialKind.BOTH and not (credentials.ltik or credentials.service_key):
            found["credentials"] = translate(
                "ConnectionDialog", "Paste an ltik or the service key."
            )
        return found

    @Slot()
    def _validate(self) -> None:
        kind = self._kind()
        self.ltik_edit.setEnabled(kind.has_ltik)
        self.service_key_edit.setEnabled(kind.has_service_key)
        found = self.problems()
        for key, label in (
            ("name", self.name_problem),
            ("base_url", self.url_problem),
            ("credentials", self.credentials_problem),
        ):
            label.show_problem(found.get(key))
        self.save_button.setEnabled(not found)
        self.connect_button.setEnabled(not found)
        self.test_button.setEnabled(
            "base_url" not in found and "credentials" not in found and self._test_task is None
        )

    @Slot(bool)
    def _show_secrets(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.api_key_edit, self.ltik_edit, self.service_key_edit):
            edit.setEchoMode(mode)

    @Slot()
    def _show_keyring_status(self) -> None:
        storage = self._secrets
        offer_file = storage.system_keyring_missing and not storage.uses_file
        self.file_opt_in.setVisible(offer_file)
        if offer_file and self.file_opt_in.isChecked():
            text = translate(
                "ConnectionDialog",
                "{keyring} You chose to keep them in a file only you can read; it is not "
                "encrypted.",
            ).format(keyring=storage.system_status.message)
        else:
            text = storage.describe()
        self.keyring_label.setText(text)

    # -- testing -----------------------------------------------------------------------------

    def _form_connection(self) -> Connection | None:
        credentials = self._typed_credentials()
        if credentials is None or not (credentials.ltik or credentials.service_key):
            return None
        try:
            base_url = validate_base_url(self.url_edit.text().strip())
        except ApiError:
            return None
        name = self.name_edit.text().strip() or None
        return Connection(base_url, credentials, self._platform(), name)

    @Slot()
    def test_connection(self) -> None:
        connection = self._form_connection()
        if connection is None:
            return
        self._cancel_test()
        self.test_result.setText(translate("ConnectionDialog", "Testing the connection…"))
        self._test_task = self._runner.submit(
            partial(check_connection, connection, self._test_client_factory),
            on_success=self._on_tested,
            on_failure=self._on_test_failed,
            description="test connection",
        )
        self._validate()

    @property
    def testing(self) -> bool:
        return self._test_task is not None

    def _cancel_test(self) -> None:
        if self._test_task is not None:
            self._runner.cancel(self._test_task)
            self._test_task = None

    def _on_tested(self, outcome: CheckOutcome) -> None:
        self._test_task = None
        learned = outcome.connection
        if outcome.token is not None:
            self._learned_title = outcome.token.course_title
            self.platform_combo.setCurrentIndex(self.platform_combo.findData(learned.platform))
            if learned.credentials.service_key:
                self.service_key_edit.setText(learned.credentials.service_key)
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(CredentialKind.BOTH))
        self.test_result.setText(describe_outcome(outcome))
        self._validate()

    def _on_test_failed(self, error: BaseException) -> None:
        self._test_task = None
        if isinstance(error, ApiError):
            self.test_result.setText(
                translate("ConnectionDialog", "The test failed. {reason}").format(reason=error)
            )
        else:
            log.error("connection test failed", exc_info=error)
            self.test_result.setText(
                translate(
                    "ConnectionDialog", "The test failed because of an error in the app: {error}"
                ).format(error=repr(error))
            )
        self._validate()

    # -- saving ------------------------------------------------------------------------------

    @Slot()
    def save(self) -> Profile | None:
        """Save the form; returns the saved profile, or None while the form is invalid."""
        if self.problems():
            return None
        credentials = self._typed_credentials()
        assert credentials is not None
        original = self._original
        name = self.name_edit.text().strip()
        kind = (
            CredentialKind.BOTH
            if credentials.ltik and credentials.service_key
            else CredentialKind.LTIK
            if credentials.ltik
            else CredentialKind.SERVICE_KEY
        )
        base_url = validate_base_url(self.url_edit.text().strip())
        same_course = original is not None and original.base_url == base_url
        profile = Profile(
            name=name,
            base_url=base_url,
            credential_kind=kind,
            platform=self._platform(),
            course_title=self._learned_title
            or (original.course_title if original and same_course else None),
            last_line_item_id=original.last_line_item_id if original and same_course else None,
        )
        if self.file_opt_in.isVisible() and self.file_opt_in.isChecked():
            self._secrets.opt_into_file()
        self._secrets.store.save(profile.name, credentials)
        self._profiles.save(profile)
        if original is not None and original.name != profile.name:
            self._profiles.remove(original.name)
            self._secrets.store.delete_profile(original.name)
            self._forget_last_view(original.name)
        test_text = self.test_result.text()
        self._reload_list(profile.name)
        self.test_result.setText(test_text)
        self._show_keyring_status()
        return profile

    @Slot()
    def connect_profile(self) -> None:
        profile = self.save()
        if profile is not None:
            self._chosen = profile
            self.accept()

    def chosen_profile(self) -> Profile | None:
        return self._chosen

    def done(self, result: int) -> None:
        self._cancel_test()
        super().done(result)

    @classmethod
    def choose(
        cls,
        parent: QWidget | None,
        profiles: ProfileStore,
        secrets: SecretStorage,
        runner: TaskRunner,
        select: str | None = None,
    ) -> Profile | None:
        """Show the dialog; the profile to open, or None when closed without connecting."""
        dialog = cls(profiles, secrets, runner, select=select, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_profile()
