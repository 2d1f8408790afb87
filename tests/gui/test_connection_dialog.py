"""The connections dialog: saving, testing against a sandbox, secrets only where they belong."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gradebook_gui import last_view
from gradebook_gui.api import Credentials
from gradebook_gui.config import CredentialKind, Profile, ProfileStore
from gradebook_gui.connection import Connection
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.gui.connection_check import CheckOutcome, describe_outcome
from gradebook_gui.gui.connection_dialog import ConnectionDialog
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import IdToken, PlatformFamily
from gradebook_gui.sandbox import Sandbox
from tests.cli.test_cli import kept_view

DialogFactory = Callable[..., ConnectionDialog]


@pytest.fixture
def make_dialog(
    qtbot: QtBot, profiles: ProfileStore, secrets: SecretStorage, runner: TaskRunner
) -> DialogFactory:
    def make(**options: object) -> ConnectionDialog:
        storage = options.pop("secrets", secrets)
        dialog = ConnectionDialog(profiles, storage, runner, **options)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        return dialog

    return make


def fill(
    dialog: ConnectionDialog,
    *,
    name: str = "Calculus",
    url: str,
    api_key: str,
    ltik: str = "",
    service_key: str = "",
    kind: CredentialKind = CredentialKind.LTIK,
) -> None:
    dialog.name_edit.setText(name)
    dialog.url_edit.setText(url)
    dialog.api_key_edit.setText(api_key)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    dialog.ltik_edit.setText(ltik)
    dialog.service_key_edit.setText(service_key)


def test_secret_fields_hide_what_is_typed(make_dialog: DialogFactory) -> None:
    dialog = make_dialog()
    for edit in (dialog.api_key_edit, dialog.ltik_edit, dialog.service_key_edit):
        assert edit.echoMode() == edit.EchoMode.Password
    dialog.show_secrets_box.setChecked(True)
    assert dialog.api_key_edit.echoMode() == dialog.api_key_edit.EchoMode.Normal


def test_test_connection_reads_the_launch_and_keeps_the_service_key(
    qtbot: QtBot,
    make_dialog: DialogFactory,
    sandbox: Sandbox,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> None:
    demo = sandbox.credentials
    dialog = make_dialog()
    fill(dialog, url=sandbox.base_url, api_key=demo.api_key, ltik=demo.ltik)
    assert dialog.save_button.isEnabled()

    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.testing, timeout=5000)
    result = dialog.test_result.text()
    assert "Course: Calculus I (demo)" in result
    assert "Grades service: available" in result
    assert "LMS:" in result and "You:" in result
    assert "does not expire" in result
    assert dialog.service_key_edit.text() == demo.service_key
    assert dialog.kind_combo.currentData() == CredentialKind.BOTH

    profile = dialog.save()
    assert profile is not None
    saved = profiles.get("Calculus")
    assert saved.course_title == "Calculus I (demo)"
    assert saved.credential_kind is CredentialKind.BOTH
    assert secrets.store.load("Calculus") == Credentials(
        api_key=demo.api_key, ltik=demo.ltik, service_key=demo.service_key
    )
    on_disk = profiles.path.read_text("utf-8")
    for secret in (demo.api_key, demo.ltik, demo.service_key):
        assert secret not in on_disk
    # The test result stays readable after saving.
    assert "Course: Calculus I (demo)" in dialog.test_result.text()


def test_refused_credentials_are_reported_in_the_dialog(
    qtbot: QtBot, make_dialog: DialogFactory, sandbox: Sandbox
) -> None:
    dialog = make_dialog()
    fill(dialog, url=sandbox.base_url, api_key="sandbox-api-key-wrong", ltik="not-a-real-ltik")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.testing, timeout=5000)
    text = dialog.test_result.text()
    assert text.startswith("The test failed.")
    assert "401" in text


def test_service_key_only_connection_is_tested_by_listing_columns(
    qtbot: QtBot, make_dialog: DialogFactory, sandbox: Sandbox
) -> None:
    demo = sandbox.credentials
    dialog = make_dialog()
    fill(
        dialog,
        url=sandbox.base_url,
        api_key=demo.api_key,
        service_key=demo.service_key,
        kind=CredentialKind.SERVICE_KEY,
    )
    assert not dialog.ltik_edit.isEnabled()
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.testing, timeout=5000)
    assert "5 grade columns found" in dialog.test_result.text()


def test_without_a_service_key_the_user_is_told_the_ltik_lasts_24_hours() -> None:
    token = IdToken.model_validate(
        {
            "user": {"id": "1", "name": "Ada Lovelace"},
            "platform": {"productFamilyCode": "moodle"},
            "launch": {"context": {"title": "Physics"}},
            "services": {"assignmentAndGrades": {"available": True}},
        }
    )
    connection = Connection(
        "https://school.ltiaas.com", Credentials("k", ltik="l"), PlatformFamily.moodle
    )
    text = describe_outcome(CheckOutcome(connection, token, None))
    assert "ltik lasts 24 hours" in text
    assert "LMS: Moodle" in text
    assert "You: Ada Lovelace" in text


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://school.ltiaas.com", "not encrypted"),
        ("https://school.ltiaas.com/api", "has a path"),
        ("", "Enter your LTIAAS address"),
    ],
)
def test_bad_addresses_are_explained_beside_the_field(
    make_dialog: DialogFactory, url: str, problem: str
) -> None:
    dialog = make_dialog()
    fill(dialog, url=url, api_key="key", ltik="ltik")
    assert problem in dialog.url_problem.text()
    assert not dialog.url_problem.isHidden()
    assert not dialog.save_button.isEnabled()
    assert not dialog.connect_button.isEnabled()
    assert dialog.save() is None


def test_missing_secrets_and_bad_names_block_saving(make_dialog: DialogFactory) -> None:
    dialog = make_dialog()
    fill(dialog, name="bad/name", url="https://school.ltiaas.com", api_key="", ltik="")
    problems = dialog.problems()
    assert set(problems) == {"name", "credentials"}
    assert "API key" in problems["credentials"]
    dialog.api_key_edit.setText("key")
    assert "ltik" in dialog.problems()["credentials"]


def test_editing_keeps_stored_secrets_and_renaming_moves_them(
    make_dialog: DialogFactory, profiles: ProfileStore, secrets: SecretStorage
) -> None:
    profiles.save(
        Profile(
            name="Old",
            base_url="https://school.ltiaas.com",
            credential_kind=CredentialKind.SERVICE_KEY,
            last_line_item_id="https://lms/li/1",
        )
    )
    stored = Credentials(api_key="api-key-12345", service_key="service-key-12345")
    secrets.store.save("Old", stored)
    dialog = make_dialog(select="Old")
    assert dialog.name_edit.text() == "Old"
    assert dialog.api_key_edit.text() == ""
    assert "leave empty to keep" in dialog.api_key_edit.placeholderText()
    assert dialog.save_button.isEnabled()

    dialog.name_edit.setText("New")
    assert dialog.save() is not None
    assert [p.name for p in profiles.all()] == ["New"]
    assert profiles.get("New").last_line_item_id == "https://lms/li/1"
    assert secrets.store.load("New") == stored
    assert secrets.store.load("Old") is None


def test_duplicate_names_are_refused(make_dialog: DialogFactory, profiles: ProfileStore) -> None:
    profiles.save(Profile(name="Taken", base_url="https://school.ltiaas.com"))
    dialog = make_dialog()
    dialog.new_profile()
    fill(dialog, name="Taken", url="https://school.ltiaas.com", api_key="k", ltik="l")
    assert "already exists" in dialog.problems()["name"]


def test_remove_asks_first_and_forgets_the_secrets(
    make_dialog: DialogFactory, profiles: ProfileStore, secrets: SecretStorage
) -> None:
    profiles.save(Profile(name="Course", base_url="https://school.ltiaas.com"))
    secrets.store.save("Course", Credentials(api_key="api-key-1", service_key="service-1"))
    answers = [False, True]
    asked: list[str] = []

    def confirm(parent: object, name: str) -> bool:
        asked.append(name)
        return answers.pop(0)

    dialog = make_dialog(select="Course", confirm_remove=confirm)
    dialog.remove_button.click()
    assert [p.name for p in profiles.all()] == ["Course"]
    dialog.remove_button.click()
    assert asked == ["Course", "Course"]
    assert profiles.all() == []
    assert secrets.store.load("Course") is None


def test_connect_saves_and_chooses_the_profile(
    make_dialog: DialogFactory, sandbox: Sandbox
) -> None:
    demo = sandbox.credentials
    dialog = make_dialog()
    fill(dialog, url=sandbox.base_url, api_key=demo.api_key, ltik=demo.ltik)
    dialog.connect_button.click()
    chosen = dialog.chosen_profile()
    assert chosen is not None and chosen.name == "Calculus"
    assert dialog.result() == dialog.DialogCode.Accepted


def test_no_keyring_is_said_plainly_and_secrets_stay_in_this_session(
    make_dialog: DialogFactory, profiles: ProfileStore, tmp_path: object
) -> None:
    storage = SecretStorage(system_backend=fail.Keyring())
    dialog = make_dialog(secrets=storage)
    dialog.show()
    assert "No system keyring is available" in dialog.keyring_label.text()
    assert "session only" in dialog.keyring_label.text()
    assert dialog.file_opt_in.isVisible()
    assert not dialog.file_opt_in.isChecked()

    fill(dialog, url="https://school.ltiaas.com", api_key="api-key-abcdef", ltik="ltik-abcdef")
    dialog.save()
    assert not storage.file_path.exists()
    assert storage.store.load("Calculus") is not None
    assert not storage.status.persistent


def test_opting_into_the_file_keeps_secrets_readable_by_the_owner_only(
    make_dialog: DialogFactory,
) -> None:
    storage = SecretStorage(system_backend=fail.Keyring())
    dialog = make_dialog(secrets=storage)
    dialog.show()
    dialog.file_opt_in.setChecked(True)
    assert "file only you can read" in dialog.keyring_label.text()
    fill(dialog, url="https://school.ltiaas.com", api_key="api-key-abcdef", ltik="ltik-abcdef")
    dialog.save()
    assert storage.uses_file
    assert storage.file_path.exists()
    if os.name == "posix":
        assert stat.S_IMODE(storage.file_path.stat().st_mode) == 0o600
    assert "api-key-abcdef" in storage.file_path.read_text("utf-8")
    # A later run finds the file and keeps using it.
    assert SecretStorage(system_backend=fail.Keyring(), file_path=storage.file_path).uses_file
    assert not dialog.file_opt_in.isVisible()


def test_secrets_kept_in_the_opt_in_file_are_said_to_be_there(
    make_dialog: DialogFactory, profiles: ProfileStore, tmp_path: Path
) -> None:
    file_path = tmp_path / "secrets.json"
    storage = SecretStorage(system_backend=fail.Keyring(), file_path=file_path)
    storage.opt_into_file()
    storage.store.save("Calculus", Credentials(api_key="api-key-abcdef", ltik="ltik-abcdef"))
    profiles.save(Profile(name="Calculus", base_url="https://school.ltiaas.com"))
    dialog = make_dialog(secrets=SecretStorage(system_backend=fail.Keyring(), file_path=file_path))
    where = f"Stored in {file_path}, readable only by you; leave empty to keep it"
    assert dialog.api_key_edit.placeholderText() == where
    assert dialog.ltik_edit.placeholderText() == where
    assert "keyring" not in dialog.api_key_edit.placeholderText()
    assert f"kept in {file_path}, readable only by you" in dialog.keyring_label.text()


def test_secrets_in_the_system_keyring_are_said_to_be_there(
    make_dialog: DialogFactory, profiles: ProfileStore, tmp_path: Path
) -> None:
    storage = SecretStorage(system_backend=_PersistentKeyring(), file_path=tmp_path / "s.json")
    storage.store.save("Calculus", Credentials(api_key="api-key-abcdef", ltik="ltik-abcdef"))
    profiles.save(Profile(name="Calculus", base_url="https://school.ltiaas.com"))
    dialog = make_dialog(secrets=storage)
    assert dialog.api_key_edit.placeholderText() == (
        "Stored in the system keyring; leave empty to keep it"
    )


class _PersistentKeyring(keyring.backend.KeyringBackend):
    """Stands for a system keyring: kept in memory, but not known as session-only."""

    priority = -1

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


def test_the_lms_choice_names_every_family_as_its_users_do(make_dialog: DialogFactory) -> None:
    dialog = make_dialog()
    combo = dialog.platform_combo
    offered = {combo.itemData(row): combo.itemText(row) for row in range(combo.count())}
    assert offered == {
        PlatformFamily.unknown: "Other or not known (standard LTI rules)",
        PlatformFamily.canvas: "Canvas",
        PlatformFamily.moodle: "Moodle",
        PlatformFamily.blackboard: "Blackboard Learn",
        PlatformFamily.d2l: "D2L Brightspace",
        PlatformFamily.sakai: "Sakai",
    }
    assert combo.itemData(0) == PlatformFamily.unknown
    assert PlatformFamily.unknown.display_name is None


def test_the_form_does_not_jump_when_a_problem_appears_or_goes(
    qtbot: QtBot, make_dialog: DialogFactory
) -> None:
    dialog = make_dialog()
    fill(dialog, url="https://school.ltiaas.com", api_key="key", ltik="ltik")
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    height, key_at = dialog.height(), dialog.api_key_edit.y()
    assert dialog.problems() == {}

    dialog.url_edit.setText("http://school.ltiaas.com")
    QApplication.processEvents()
    assert dialog.url_problem.has_problem()
    assert (dialog.height(), dialog.api_key_edit.y()) == (height, key_at)

    dialog.url_edit.setText("https://school.ltiaas.com")
    QApplication.processEvents()
    assert not dialog.url_problem.has_problem()
    assert dialog.url_problem.accessibleDescription() == ""
    assert (dialog.height(), dialog.api_key_edit.y()) == (height, key_at)


def test_a_test_failure_is_shown_as_written(make_dialog: DialogFactory) -> None:
    # An LMS or a proxy may answer with an HTML page: its text is shown, never drawn.
    dialog = make_dialog()
    assert dialog.test_result.textFormat() is Qt.TextFormat.PlainText


def test_removing_a_connection_forgets_the_rows_kept_of_it(
    make_dialog: DialogFactory, profiles: ProfileStore
) -> None:
    for name in ("Course", "Other"):
        profiles.save(Profile(name=name, base_url="https://school.ltiaas.com"))
    last_view.write(kept_view("Other"))
    dialog = make_dialog(select="Course", confirm_remove=lambda parent, name: True)
    dialog.remove_button.click()
    assert last_view.read() == kept_view("Other")  # another connection's rows stay

    last_view.write(kept_view("Course"))
    profiles.save(Profile(name="Course", base_url="https://school.ltiaas.com"))
    dialog = make_dialog(select="Course", confirm_remove=lambda parent, name: True)
    dialog.remove_button.click()
    assert last_view.read() is None
