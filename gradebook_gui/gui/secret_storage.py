"""Where this run keeps secrets: the system keyring, or the fallbacks of grade-safety rule 19.

Without a usable system keyring, secrets are kept for the session only, unless the user ticks
the explicit opt-in to a file only they can read (or opted in on an earlier run: the file exists).
"""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backend

from gradebook_gui.credentials import (
    CredentialStore,
    KeyringStatus,
    OwnerOnlyFileKeyring,
    SessionKeyring,
    keyring_status,
    secrets_file,
)


class SecretStorage:
    """The credential store in use, chosen once at start-up and switchable to the opt-in file."""

    def __init__(
        self,
        system_backend: keyring.backend.KeyringBackend | None = None,
        file_path: Path | None = None,
    ) -> None:
        backend = system_backend or keyring.get_keyring()
        self.system_status: KeyringStatus = keyring_status(backend)
        self.file_path = file_path or secrets_file()
        if self.system_status.usable:
            self.store = CredentialStore(backend)
        elif self.file_path.exists():
            self.store = CredentialStore(OwnerOnlyFileKeyring(self.file_path))
        else:
            self.store = CredentialStore(SessionKeyring())

    @property
    def system_keyring_missing(self) -> bool:
        return not self.system_status.usable

    @property
    def uses_file(self) -> bool:
        return self.store.status.owner_only_file

    @property
    def status(self) -> KeyringStatus:
        return self.store.status

    def describe(self) -> str:
        """One plain sentence on where secrets are kept now."""
        if self.system_keyring_missing and not self.uses_file:
            return self.system_status.message
        return self.store.status.message

    def opt_into_file(self) -> None:
        """The user's explicit choice: keep secrets in a file only they can read."""
        if not self.uses_file:
            self.store = CredentialStore(OwnerOnlyFileKeyring(self.file_path))
