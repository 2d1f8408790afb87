import os
import stat

import keyring
import pytest
from keyring.backends import fail

from gradebook_gui.api import Credentials
from gradebook_gui.credentials import (
    KEYRING_SERVICE,
    CredentialStore,
    OwnerOnlyFileKeyring,
    SecretKind,
    SessionKeyring,
    keyring_status,
)


def test_store_saves_loads_and_forgets_a_profile():
    store = CredentialStore()
    store.save("bio", Credentials(api_key="k", ltik="l", service_key="s"))
    assert store.load("bio") == Credentials(api_key="k", ltik="l", service_key="s")
    # One entry per profile and secret, under one service name.
    assert keyring.get_password(KEYRING_SERVICE, "bio:service_key") == "s"
    store.save("bio", Credentials(api_key="k", service_key="s2"))
    assert store.get("bio", SecretKind.LTIK) is None
    store.delete_profile("bio")
    assert store.load("bio") is None


def test_status_tells_apart_real_session_and_missing_keyrings():
    assert not keyring_status(fail.Keyring()).usable
    assert "No system keyring" in keyring_status(fail.Keyring()).message
    session = keyring_status(SessionKeyring())
    assert session.usable and not session.persistent


def test_session_keyring_is_never_picked_automatically():
    assert SessionKeyring.priority < fail.Keyring.priority


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_opt_in_file_is_owner_only(tmp_path):
    backend = OwnerOnlyFileKeyring(tmp_path / "secrets" / "secrets.json")
    store = CredentialStore(backend)
    store.save("p", Credentials(api_key="k", ltik="l"))
    assert stat.S_IMODE(backend.path.stat().st_mode) == 0o600
    assert CredentialStore(OwnerOnlyFileKeyring(backend.path)).load("p") == Credentials(
        api_key="k", ltik="l"
    )
    assert keyring_status(backend).owner_only_file
    store.delete_profile("p")
    assert CredentialStore(backend).load("p") is None
