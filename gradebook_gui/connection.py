"""Which LTIAAS account and course to talk to, from flags, the environment or a saved profile.

Precedence per value: command-line flag, then environment, then profile. Secrets come from the
environment or where `SecretStorage` keeps a profile's (the keyring, or the opt-in file), never
from command-line arguments, where `ps` would show them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from gradebook_gui.api import Credentials, LtiaasClient, RequestRecord
from gradebook_gui.config import Profile, ProfileStore
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.models import IdToken, PlatformFamily

BASE_URL_ENV = "GRADEBOOK_BASE_URL"
API_KEY_ENV = "GRADEBOOK_API_KEY"
LTIK_ENV = "GRADEBOOK_LTIK"
SERVICE_KEY_ENV = "GRADEBOOK_SERVICE_KEY"
PROFILE_ENV = "GRADEBOOK_PROFILE"


class IncompleteConnection(ValueError):
    """The connection settings are missing or incomplete; the message says what to set."""


@dataclass(frozen=True)
class Connection:
    base_url: str
    credentials: Credentials
    platform: PlatformFamily
    profile: str | None = None

    @property
    def key(self) -> str:
        """Identifies the connection for local data: the LTIAAS origin and the profile name."""
        parts = urlsplit(self.base_url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        return f"{origin}#{self.profile}" if self.profile else origin

    def client(self, *, on_request: Callable[[RequestRecord], None] | None = None) -> LtiaasClient:
        return LtiaasClient(
            self.base_url, self.credentials, platform=self.platform, on_request=on_request
        )


def resolve_connection(
    *,
    base_url: str | None = None,
    profile_name: str | None = None,
    platform: PlatformFamily | None = None,
    environ: Mapping[str, str] | None = None,
    profiles: ProfileStore | None = None,
    secrets: SecretStorage | None = None,
) -> Connection:
    environ = os.environ if environ is None else environ
    profile_name = profile_name or environ.get(PROFILE_ENV) or None
    profile: Profile | None = None
    stored: Credentials | None = None
    if profile_name:
        profile = (profiles or ProfileStore()).get(profile_name)
        secrets = secrets or SecretStorage()
        stored = secrets.store.load(profile.name)

    url = base_url or environ.get(BASE_URL_ENV) or (profile.base_url if profile else None)
    api_key = environ.get(API_KEY_ENV) or (stored.api_key if stored else None)
    ltik = environ.get(LTIK_ENV) or (stored.ltik if stored else None)
    service_key = environ.get(SERVICE_KEY_ENV) or (stored.service_key if stored else None)

    if not url:
        raise IncompleteConnection(
            f"No LTIAAS address: pass --base-url, set {BASE_URL_ENV}, or use --profile NAME "
            "(see 'gradebook profile add')."
        )
    if not api_key:
        if profile is None or secrets is None:
            where = f"set {API_KEY_ENV} or use --profile NAME."
        elif not secrets.status.usable:
            where = f"{secrets.describe()} Set {API_KEY_ENV} instead."
        else:
            where = (
                f"none is stored for profile {profile.name!r} {secrets.place}; add it again "
                "with 'gradebook profile add'."
            )
        raise IncompleteConnection(f"No LTIAAS API key: {where}")
    if not (ltik or service_key):
        raise IncompleteConnection(
            f"No launch credential: set {LTIK_ENV} (from a launch of the tool in the LMS) or "
            f"{SERVICE_KEY_ENV}, or use --profile NAME."
        )
    return Connection(
        base_url=url.rstrip("/"),
        credentials=Credentials(api_key=api_key, ltik=ltik, service_key=service_key),
        platform=platform or (profile.platform if profile else PlatformFamily.unknown),
        profile=profile.name if profile else None,
    )


def learn_from_launch(connection: Connection, client: LtiaasClient) -> tuple[Connection, IdToken]:
    """Read idtoken with the ltik: the platform family, and the course's service key if offered.

    The service key does not expire, so a profile that keeps it works without another launch.
    """
    token = client.learn_platform()
    credentials = connection.credentials
    if token.service_key and token.service_key != credentials.service_key:
        credentials = replace(credentials, service_key=token.service_key)
        client.credentials = credentials
    return replace(connection, credentials=credentials, platform=client.platform), token
