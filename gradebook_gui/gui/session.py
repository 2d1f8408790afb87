"""The connection in use: which LTIAAS account and course, its client, and what it remembers.

Owned by the main thread. The client it hands out is used from pool threads (the client is
thread-safe); `request_recorded` is emitted from those threads and Qt queues it to the
main-thread slots connected to it (the request log, the offline indicator).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Signal

from gradebook_gui.api import Credentials, LtiaasClient, RequestRecord
from gradebook_gui.config import CredentialKind, Profile, ProfileStore
from gradebook_gui.connection import Connection
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.models import IdToken, PlatformFamily

log = logging.getLogger(__name__)

ClientFactory = Callable[[Connection, Callable[[RequestRecord], None]], LtiaasClient]


def default_client_factory(
    connection: Connection, on_request: Callable[[RequestRecord], None]
) -> LtiaasClient:
    return connection.client(on_request=on_request)


def credential_kind_of(credentials: Credentials) -> CredentialKind:
    if credentials.ltik and credentials.service_key:
        return CredentialKind.BOTH
    return CredentialKind.LTIK if credentials.ltik else CredentialKind.SERVICE_KEY


class Session(QObject):
    """The current connection; `changed` whenever it opens, closes or learns something."""

    changed = Signal()
    request_recorded = Signal(object)  # RequestRecord, emitted from pool threads

    def __init__(
        self,
        profiles: ProfileStore,
        secrets: SecretStorage,
        settings: WindowSettings,
        client_factory: ClientFactory = default_client_factory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.secrets = secrets
        self._settings = settings
        self._client_factory = client_factory
        self._connection: Connection | None = None
        self._client: LtiaasClient | None = None
        self._profile: Profile | None = None
        self._demo = False
        self._course_title: str | None = None
        self._platform_name: str | None = None
        # Clients replaced while a job may still use them; closed when the session closes.
        self._retired: list[LtiaasClient] = []

    # -- what is open ------------------------------------------------------------------------

    @property
    def connection(self) -> Connection | None:
        return self._connection

    @property
    def client(self) -> LtiaasClient | None:
        return self._client

    @property
    def profile(self) -> Profile | None:
        return self._profile

    @property
    def is_open(self) -> bool:
        return self._client is not None

    @property
    def is_demo(self) -> bool:
        """The built-in sandbox: a new course every run, nothing of it kept after quitting."""
        return self._client is not None and self._demo

    @property
    def key(self) -> str | None:
        """What identifies this connection's data in the local store."""
        return self._connection.key if self._connection else None

    @property
    def platform(self) -> PlatformFamily:
        return self._connection.platform if self._connection else PlatformFamily.unknown

    @property
    def platform_name(self) -> str | None:
        """The LMS's own name from the last launch read (idtoken), if any."""
        return self._platform_name

    @property
    def title(self) -> str:
        """The course as people call it, for the window title."""
        if self._demo:
            return translate("Session", "Demo course (built-in sandbox)")
        if self._course_title:
            return self._course_title
        if self._profile is not None:
            return self._profile.course_title or self._profile.name
        return self._host() or translate("Session", "Not connected")

    @property
    def description(self) -> str:
        """Which connection, for the status bar."""
        if self._connection is None:
            return translate("Session", "Not connected")
        if self._demo:
            return translate("Session", "Built-in sandbox at {host}").format(host=self._host())
        if self._profile is not None:
            return translate("Session", "Connection “{name}” ({host})").format(
                name=self._profile.name, host=self._host()
            )
        return translate("Session", "Connected to {host}").format(host=self._host())

    def _host(self) -> str:
        return urlsplit(self._connection.base_url).netloc if self._connection else ""

    # -- opening and closing -----------------------------------------------------------------

    def open(
        self, connection: Connection, *, profile: Profile | None = None, demo: bool = False
    ) -> None:
        self._retire_client()
        self._connection = connection
        self._profile = profile
        self._demo = demo
        self._course_title = profile.course_title if profile else None
        self._platform_name = None
        self._client = self._client_factory(connection, self._on_request)
        if profile is not None:
            self._settings.last_profile = profile.name
        self.changed.emit()

    def open_profile(self, profile: Profile) -> bool:
        """Open a saved connection; False when its secrets are not stored (any more)."""
        credentials = self.secrets.store.load(profile.name)
        if credentials is None or not (credentials.ltik or credentials.service_key):
            return False
        connection = Connection(
            base_url=profile.base_url,
            credentials=credentials,
            platform=profile.platform,
            profile=profile.name,
        )
        self.open(connection, profile=profile)
        return True

    def close(self) -> None:
        """Close every client (call once background work has stopped)."""
        self._retire_client()
        for client in self._retired:
            client.close()
        self._retired.clear()
        self._connection = None
        self._profile = None

    def _retire_client(self) -> None:
        if self._client is not None:
            self._retired.append(self._client)
            self._client = None

    # -- what the connection learns ----------------------------------------------------------

    def renew_credentials(self, credentials: Credentials) -> None:
        """New secrets after LTIAAS refused the old ones; kept for the profile when there is one."""
        if self._connection is None:
            return
        self._replace_connection(replace(self._connection, credentials=credentials))

    def adopt_launch(self, connection: Connection, token: IdToken) -> None:
        """What idtoken taught: the platform family, the service key and the course title."""
        if self._connection is None:
            return
        self._course_title = token.course_title or self._course_title
        self._platform_name = token.platform.name or self._platform_name
        self._replace_connection(
            replace(
                self._connection, credentials=connection.credentials, platform=connection.platform
            )
        )

    def _replace_connection(self, connection: Connection) -> None:
        self._retire_client()
        self._connection = connection
        self._client = self._client_factory(connection, self._on_request)
        if self._profile is not None:
            self._profile = self._profile.model_copy(
                update={
                    "platform": connection.platform,
                    "credential_kind": credential_kind_of(connection.credentials),
                    "course_title": self._course_title or self._profile.course_title,
                }
            )
            self.secrets.store.save(self._profile.name, connection.credentials)
            self.profiles.save(self._profile)
        self.changed.emit()

    # -- the last line item ------------------------------------------------------------------

    @property
    def last_line_item_id(self) -> str | None:
        if self._demo:
            return self._settings.demo_line_item_id
        return self._profile.last_line_item_id if self._profile else None

    def remember_line_item(self, line_item_id: str | None) -> None:
        if self._demo:
            self._settings.demo_line_item_id = line_item_id
        elif self._profile is not None and self._profile.last_line_item_id != line_item_id:
            self._profile = self._profile.model_copy(update={"last_line_item_id": line_item_id})
            self.profiles.save(self._profile)

    # -- the request log ---------------------------------------------------------------------

    def _on_request(self, record: RequestRecord) -> None:
        # Called on the thread that made the request: only a signal crosses to the main thread.
        self.request_recorded.emit(record)
