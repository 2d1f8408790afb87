"""Opening a connection, reading its launch, and asking for new credentials when LTIAAS refuses
them: the operations refused meanwhile run again once the user gave a new one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal, Slot

from gradebook_gui.api import AuthError, Credentials, LtiaasClient
from gradebook_gui.config import Profile, ProfileNotFound
from gradebook_gui.connection import Connection, learn_from_launch
from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.line_item_picker import LineItemPicker
from gradebook_gui.gui.workers import TaskContext
from gradebook_gui.gui.workspace import Workspace
from gradebook_gui.models import IdToken, PlatformFamily

log = logging.getLogger(__name__)


def not_connected_hint() -> str:
    """What the line item list says while no connection is open."""
    return translate(
        "ConnectionController",
        "Not connected. Choose File › Connections… to connect to your LTIAAS account, "
        "or start the app with --demo to try the built-in sandbox.",
    )


def _learn(
    connection: Connection, client: LtiaasClient, _: TaskContext
) -> tuple[Connection, IdToken]:
    return learn_from_launch(connection, client)


class ConnectionController(QObject):
    opening = Signal()
    """Another connection is about to open: leave the line item shown."""

    opened = Signal()
    """A connection was opened (not emitted when the same one is shown again)."""

    def __init__(self, workspace: Workspace, picker: LineItemPicker) -> None:
        super().__init__(workspace.window)
        self._ws = workspace
        self._picker = picker
        self._pending_retries: list[Callable[[], None]] = []
        self._asking_credentials = False
        self._learn_task: int | None = None
        workspace.messages.set_auth_handler(self._on_auth_refused)

    @property
    def learning(self) -> bool:
        """The launch is being read: loading waits for it (it decides paging and comments)."""
        return self._learn_task is not None

    def start(self, profile_name: str | None = None) -> None:
        """Open what the user asked for, or the last connection, or offer to add one."""
        session = self._ws.session
        if session.is_open:
            self._after_open()
            return
        name = profile_name or self._ws.settings.last_profile
        if name:
            try:
                profile = session.profiles.get(name)
            except ProfileNotFound:
                if profile_name:
                    self._ws.messages.inform(
                        translate(
                            "ConnectionController", "There is no saved connection named “{name}”."
                        ).format(name=name),
                        0,
                    )
                self._ws.settings.last_profile = None
                self._picker.clear(not_connected_hint())
                self.manage_connections()
                return
            self.open_profile(profile)
            return
        self._picker.clear(not_connected_hint())
        self.manage_connections()

    def open_profile(self, profile: Profile) -> None:
        self.opening.emit()
        self._picker.clear(translate("ConnectionController", "Connecting…"))
        if not self._ws.session.open_profile(profile):
            self._picker.clear(not_connected_hint())
            self._ws.messages.inform(
                translate(
                    "ConnectionController",
                    "The secrets of “{name}” are not on this computer any more ({where}). "
                    "Paste them again.",
                ).format(name=profile.name, where=self._ws.session.secrets.describe()),
                0,
            )
            self.manage_connections(select=profile.name)
            return
        self._after_open()
        self.opened.emit()

    def open_connection(self, connection: Connection, *, demo: bool = False) -> None:
        """Open a connection that is not a saved profile (the demo, the environment)."""
        self.opening.emit()
        self._picker.clear(translate("ConnectionController", "Connecting…"))
        self._ws.session.open(connection, demo=demo)
        self._after_open()
        self.opened.emit()

    @Slot()
    def manage_connections(self, select: str | None = None) -> None:
        session = self._ws.session
        current = session.profile.name if session.profile else None
        profile = self._ws.dialogs.manage_connections(
            self._ws.window, session.profiles, session.secrets, self._ws.runner, select or current
        )
        if profile is not None:
            self.open_profile(profile)
        elif not session.is_open:
            self._picker.clear(not_connected_hint())

    def _after_open(self) -> None:
        connection, client = self._ws.session.connection, self._ws.session.client
        if connection is None or client is None:
            return
        if connection.credentials.ltik and connection.platform is PlatformFamily.unknown:
            # The platform decides paging (Moodle) and comments (Canvas): learn it first.
            self._learn_task = self._ws.runner.submit(
                partial(_learn, connection, client),
                on_success=self._on_launch_learned,
                on_failure=self._on_learn_failed,
                description="read idtoken",
            )
            self._picker.clear(translate("ConnectionController", "Reading the launch…"))
        else:
            self._picker.reload()

    def _on_launch_learned(self, outcome: tuple[Connection, IdToken]) -> None:
        self._learn_task = None
        connection, token = outcome
        self._ws.session.adopt_launch(connection, token)
        if not token.service_key:
            self._ws.messages.inform(
                translate(
                    "ConnectionController",
                    "No service key was offered: the ltik lasts 24 hours, then launch the tool "
                    "from the LMS again.",
                ),
                15000,
            )
        self._picker.reload()

    def _on_learn_failed(self, error: BaseException) -> None:
        self._learn_task = None
        connection = self._ws.session.connection
        if connection is not None and connection.credentials.service_key:
            # The service key does not expire and works without the launch (an ltik older than
            # 24 hours fails here); the platform stays unknown and the standard rules apply.
            log.info("idtoken could not be read: %s", error)
            self._picker.reload()
            return
        self._picker.clear(
            translate("ConnectionController", "Not connected: the launch could not be read.")
        )
        self._ws.messages.report_failure(
            translate("ConnectionController", "Reading the launch (idtoken)"),
            error,
            retry=self._after_open,
        )

    # -- credentials refused -----------------------------------------------------------------

    def _on_auth_refused(self, error: AuthError, retry: Callable[[], None] | None) -> None:
        if retry is not None:
            self._pending_retries.append(retry)
        if self._asking_credentials:
            return
        session = self._ws.session
        connection = session.connection
        if connection is None:
            return
        self._asking_credentials = True
        try:
            renewal = self._ws.dialogs.ask_new_credential(
                self._ws.window, session.description, error
            )
        finally:
            self._asking_credentials = False
        retries, self._pending_retries = self._pending_retries, []
        if renewal is None:
            self._ws.messages.inform(
                translate(
                    "ConnectionController",
                    "LTIAAS refused the credentials. Press F5 to try again, or update the "
                    "connection in File › Connections…",
                ),
                0,
            )
            return
        old = connection.credentials
        api_key = renewal.api_key or old.api_key
        if renewal.ltik:
            # A new launch: its idtoken gives the service key again.
            credentials = Credentials(api_key=api_key, ltik=renewal.ltik)
        else:
            credentials = Credentials(
                api_key=api_key, ltik=old.ltik, service_key=renewal.service_key
            )
        session.renew_credentials(credentials)
        self._pending_retries = retries
        if renewal.ltik:
            self._relearn_then_retry()
        else:
            self._run_pending_retries()

    def _relearn_then_retry(self) -> None:
        connection, client = self._ws.session.connection, self._ws.session.client
        assert connection is not None and client is not None
        self._ws.runner.submit(
            partial(_learn, connection, client),
            on_success=self._on_relearned,
            on_failure=self._on_relearn_failed,
            description="read idtoken",
        )

    def _on_relearned(self, outcome: tuple[Connection, IdToken]) -> None:
        connection, token = outcome
        self._ws.session.adopt_launch(connection, token)
        self._run_pending_retries()

    def _on_relearn_failed(self, error: BaseException) -> None:
        if isinstance(error, AuthError):
            # The new ltik was refused too: ask again; the refused operations stay pending.
            self._ws.messages.report_failure(
                translate("ConnectionController", "Reading the launch (idtoken)"), error
            )
            return
        # The ltik alone still opens the grade endpoints: carry on without a service key.
        log.info("idtoken could not be read after signing in again: %s", error)
        self._run_pending_retries()

    def _run_pending_retries(self) -> None:
        retries, self._pending_retries = self._pending_retries, []
        for retry in retries:
            retry()
