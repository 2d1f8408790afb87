"""Where the app keeps its files, and the connection profiles shared by the GUI and the CLI.

Profiles hold only what is safe on disk (name, LTIAAS base URL, credential kind, platform family);
the secrets live in the OS keyring (see `credentials`).
"""

from __future__ import annotations

import json
import re
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gradebook_gui.files import replace_file_atomically
from gradebook_gui.folders import (
    APP_NAME,
    CONFIG_DIR_ENV,
    DATA_DIR_ENV,
    config_dir,
    data_dir,
    ensure_private_dir,
)
from gradebook_gui.models import PlatformFamily

__all__ = [
    "APP_NAME",
    "CONFIG_DIR_ENV",
    "DATA_DIR_ENV",
    "PROFILES_FILE",
    "CredentialKind",
    "Profile",
    "ProfileNotFound",
    "ProfileStore",
    "config_dir",
    "data_dir",
    "ensure_private_dir",
    "write_file_atomically",
]

PROFILES_FILE = "profiles.json"

_PROFILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")


def write_file_atomically(path: Path, text: str) -> None:
    """Write a file of ours (settings, profiles) in a folder only the user can read."""
    ensure_private_dir(path.parent)
    replace_file_atomically(path, lambda handle: handle.write(text.encode("utf-8")))


class CredentialKind(StrEnum):
    """Which launch credential a profile keeps beside the API key."""

    LTIK = "ltik"
    SERVICE_KEY = "service_key"
    BOTH = "ltik+service_key"

    @property
    def has_ltik(self) -> bool:
        return self in (CredentialKind.LTIK, CredentialKind.BOTH)

    @property
    def has_service_key(self) -> bool:
        return self in (CredentialKind.SERVICE_KEY, CredentialKind.BOTH)


class Profile(BaseModel):
    """A saved connection to one LTIAAS account and one course context."""

    model_config = ConfigDict(frozen=True)

    name: str
    base_url: str
    credential_kind: CredentialKind = CredentialKind.SERVICE_KEY
    platform: PlatformFamily = PlatformFamily.unknown
    course_title: str | None = None
    last_line_item_id: str | None = None

    @field_validator("name")
    @classmethod
    def _valid_name(cls, value: str) -> str:
        value = value.strip()
        if not _PROFILE_NAME.match(value):
            raise ValueError(
                "a profile name is 1-64 letters, digits, spaces, dots, dashes or underscores"
            )
        return value

    @field_validator("base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.strip().rstrip("/")


class _ProfilesFile(BaseModel):
    version: int = 1
    profiles: list[Profile] = Field(default_factory=list)


class ProfileNotFound(KeyError):
    def __str__(self) -> str:
        return f"no profile named {self.args[0]!r} (see 'gradebook profile list')"


class ProfileStore:
    """Reads and writes the profiles file in the config folder."""

    def __init__(self, directory: Path | None = None) -> None:
        self._path = (directory or config_dir()) / PROFILES_FILE

    @property
    def path(self) -> Path:
        return self._path

    def all(self) -> list[Profile]:
        if not self._path.exists():
            return []
        return _ProfilesFile.model_validate_json(self._path.read_text("utf-8")).profiles

    def get(self, name: str) -> Profile:
        for profile in self.all():
            if profile.name == name:
                return profile
        raise ProfileNotFound(name)

    def save(self, profile: Profile) -> None:
        """Add the profile, or replace the one with the same name."""
        profiles = [p for p in self.all() if p.name != profile.name]
        profiles.append(profile)
        profiles.sort(key=lambda p: p.name.casefold())
        self._write(profiles)

    def remove(self, name: str) -> None:
        profiles = self.all()
        remaining = [p for p in profiles if p.name != name]
        if len(remaining) == len(profiles):
            raise ProfileNotFound(name)
        self._write(remaining)

    def _write(self, profiles: list[Profile]) -> None:
        payload = _ProfilesFile(profiles=profiles).model_dump(mode="json")
        write_file_atomically(self._path, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
