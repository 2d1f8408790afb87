"""Secrets (API key, ltik, service key) in the OS keyring, one entry per profile and secret.

Without a usable system keyring, secrets are kept for the session only, unless the user opted
into a file only they can read (`SecretStorage` makes that choice for the window and the CLI).

Nothing secret is ever written to settings, logs or the local database: this module is the only
place that reads or writes them.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer, fail, null

from gradebook_gui.api import Credentials
from gradebook_gui.config import data_dir, ensure_private_dir

KEYRING_SERVICE = "gradebook-gui"


class SecretKind(StrEnum):
    API_KEY = "api_key"
    LTIK = "ltik"
    SERVICE_KEY = "service_key"


class SessionKeyring(keyring.backend.KeyringBackend):
    """Keeps secrets in memory for this process only.

    Used when the system has no keyring and the user did not opt into a file, and by the test
    suite (`PYTHON_KEYRING_BACKEND=gradebook_gui.credentials.SessionKeyring`).
    """

    # Below the `fail` backend, so keyring never picks it on its own: it must be asked for.
    priority = -1

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


class OwnerOnlyFileKeyring(keyring.backend.KeyringBackend):
    """Secrets in a JSON file only the user can read: the user's explicit choice when the system
    has no keyring, never made for them. Not encrypted; the file permissions are the protection.
    """

    priority = -1  # only when chosen, never picked by keyring itself

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _read(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        data = json.loads(self.path.read_text("utf-8"))
        return {str(k): str(v) for k, v in data.items()}

    def _write(self, secrets: dict[str, str]) -> None:
        ensure_private_dir(self.path.parent)
        fd = os.open(self.path.with_suffix(".tmp"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(secrets, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(self.path.with_suffix(".tmp"), self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._read()
        secrets[f"{service}/{username}"] = password
        self._write(secrets)

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._read()
        if secrets.pop(f"{service}/{username}", None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._write(secrets)


def secrets_file() -> Path:
    """Where secrets go when the user opts into a file instead of a system keyring."""
    return data_dir() / "secrets.json"


@dataclass(frozen=True)
class KeyringStatus:
    backend_name: str
    usable: bool
    persistent: bool
    # The opt-in file the secrets are kept in, when that is the backend.
    file: Path | None = None

    @property
    def owner_only_file(self) -> bool:
        return self.file is not None

    @property
    def place(self) -> str:
        """Where a stored secret is, to follow "Stored" or "kept"."""
        if self.file is not None:
            return f"in {self.file}, readable only by you"
        if not self.persistent:
            return "in memory for this session only"
        return "in the system keyring"

    @property
    def message(self) -> str:
        if not self.usable:
            return (
                "No system keyring is available (on Linux, install and unlock GNOME Keyring or "
                "KWallet). Secrets cannot be saved; they are kept for this session only."
            )
        if not self.persistent:
            return "Secrets are kept in memory for this session only and are lost on exit."
        if self.file is not None:
            return f"Secrets are kept {self.place} (no system keyring)."
        return f"Secrets are kept in the system keyring ({self.backend_name})."


def keyring_status(backend: keyring.backend.KeyringBackend | None = None) -> KeyringStatus:
    """Tell whether secrets can be kept, and where; keyring silently falls back to `fail`."""
    backend = backend or keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    unusable = isinstance(backend, fail.Keyring | null.Keyring) or (
        isinstance(backend, chainer.ChainerBackend) and not backend.backends
    )
    return KeyringStatus(
        backend_name=name,
        usable=not unusable,
        persistent=not unusable and not isinstance(backend, SessionKeyring),
        file=backend.path if isinstance(backend, OwnerOnlyFileKeyring) else None,
    )


class CredentialStore:
    """Reads and writes one profile's secrets in the keyring."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend or keyring.get_keyring()

    @property
    def status(self) -> KeyringStatus:
        return keyring_status(self._backend)

    def get(self, profile: str, kind: SecretKind) -> str | None:
        return self._backend.get_password(KEYRING_SERVICE, _entry(profile, kind))

    def set(self, profile: str, kind: SecretKind, value: str) -> None:
        self._backend.set_password(KEYRING_SERVICE, _entry(profile, kind), value)

    def delete(self, profile: str, kind: SecretKind) -> None:
        # Nothing stored for this secret means it is already gone.
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(KEYRING_SERVICE, _entry(profile, kind))

    def delete_profile(self, profile: str) -> None:
        for kind in SecretKind:
            self.delete(profile, kind)

    def save(self, profile: str, credentials: Credentials) -> None:
        """Store the secrets a profile uses and remove the ones it no longer has."""
        values = {
            SecretKind.API_KEY: credentials.api_key,
            SecretKind.LTIK: credentials.ltik,
            SecretKind.SERVICE_KEY: credentials.service_key,
        }
        for kind, value in values.items():
            if value:
                self.set(profile, kind, value)
            else:
                self.delete(profile, kind)

    def load(self, profile: str) -> Credentials | None:
        """The profile's credentials, or None when its API key is not in the keyring."""
        api_key = self.get(profile, SecretKind.API_KEY)
        if not api_key:
            return None
        return Credentials(
            api_key=api_key,
            ltik=self.get(profile, SecretKind.LTIK),
            service_key=self.get(profile, SecretKind.SERVICE_KEY),
        )


def _entry(profile: str, kind: SecretKind) -> str:
    return f"{profile}:{kind.value}"


class SecretStorage:
    """Where this run keeps secrets, chosen once at start-up by the window and the command alike:
    the system keyring; without one, the file only the user can read if they opted into it (on
    this run or an earlier one: the file exists); otherwise memory, for this session only."""

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
        """Where secrets go; when only memory is left, the system keyring's status says why."""
        if self.system_keyring_missing and not self.uses_file:
            return self.system_status
        return self.store.status

    @property
    def place(self) -> str:
        """Where a stored secret is now, to follow "Stored" or "kept"."""
        return self.store.status.place

    def describe(self) -> str:
        """One plain sentence on where secrets are kept now."""
        return self.status.message

    def opt_into_file(self) -> None:
        """The user's explicit choice: keep secrets in a file only they can read."""
        if not self.uses_file:
            self.store = CredentialStore(OwnerOnlyFileKeyring(self.file_path))
