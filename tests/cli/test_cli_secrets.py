"""The `gradebook` command finds a profile's secrets where the window keeps them: the system
keyring, else the owner-only file the user opted into, else nowhere (said plainly)."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backends import fail

from gradebook_gui.api import Credentials
from gradebook_gui.cli.main import ExitCode, main
from gradebook_gui.config import CredentialKind, Profile, ProfileStore
from gradebook_gui.credentials import (
    CredentialStore,
    OwnerOnlyFileKeyring,
    SecretStorage,
    secrets_file,
)
from gradebook_gui.sandbox import Sandbox, SandboxOptions


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(SandboxOptions(seed=5, students=4, line_items=2)) as sb:
        yield sb


@pytest.fixture
def no_system_keyring():
    """The keyring library finds no usable backend, as on a server without a keyring daemon."""
    keyring.set_keyring(fail.Keyring())


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def save_in_the_opt_in_file(name: str, base_url: str, credentials: Credentials) -> None:
    """What the window does when the user ticks "Keep secrets in a file only I can read"."""
    CredentialStore(OwnerOnlyFileKeyring(secrets_file())).save(name, credentials)
    ProfileStore().save(
        Profile(name=name, base_url=base_url, credential_kind=CredentialKind.SERVICE_KEY)
    )


def test_a_profile_kept_in_the_opt_in_file_lists_line_items(sandbox, capsys, no_system_keyring):
    demo = sandbox.credentials
    save_in_the_opt_in_file(
        "Biology", sandbox.base_url, Credentials(api_key=demo.api_key, service_key=demo.service_key)
    )
    code, out, err = run(capsys, "line-items", "--profile", "Biology", "--format", "json")
    assert code == ExitCode.OK, err
    assert len(json.loads(out)) == 2
    code, out, err = run(capsys, "profile", "test", "Biology")
    assert code == ExitCode.OK, err
    assert "2 line items reachable" in out


def test_profile_add_and_remove_use_the_opt_in_file(
    sandbox, capsys, monkeypatch, no_system_keyring
):
    demo = sandbox.credentials
    save_in_the_opt_in_file(
        "Biology", sandbox.base_url, Credentials(api_key=demo.api_key, service_key=demo.service_key)
    )
    monkeypatch.setenv("GRADEBOOK_API_KEY", demo.api_key)
    monkeypatch.setenv("GRADEBOOK_SERVICE_KEY", demo.service_key)
    code, out, err = run(capsys, "profile", "add", "Chemistry", "--base-url", sandbox.base_url)
    assert code == ExitCode.OK, err
    assert f"{secrets_file()}, readable only by you" in out
    assert SecretStorage().store.load("Chemistry") == Credentials(
        api_key=demo.api_key, service_key=demo.service_key
    )
    code, _, err = run(capsys, "profile", "remove", "Chemistry")
    assert code == ExitCode.OK, err
    assert "Chemistry" not in secrets_file().read_text("utf-8")
    assert SecretStorage().store.load("Biology") is not None


def test_without_keyring_or_file_the_profile_fails_plainly(sandbox, capsys, no_system_keyring):
    ProfileStore().save(Profile(name="Biology", base_url=sandbox.base_url))
    code, _, err = run(capsys, "line-items", "--profile", "Biology")
    assert code == ExitCode.USAGE
    assert "No system keyring is available" in err
    assert "GRADEBOOK_API_KEY" in err
    assert "Traceback" not in err
