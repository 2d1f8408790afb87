"""Fixtures for the window's tests: sandboxes over real sockets, and fakes for every dialog.

No test opens a real modal dialog: messages go to a recording presenter and questions to
`FakeDialogs`, whose answers each test sets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gradebook_gui.api import AuthError, Credentials, LtiaasClient, RequestRecord
from gradebook_gui.config import Profile, ProfileStore
from gradebook_gui.connection import Connection
from gradebook_gui.gui.credential_prompt import CredentialRenewal
from gradebook_gui.gui.dialogs import Dialogs
from gradebook_gui.gui.messages import MessageChannel, UserMessage
from gradebook_gui.gui.secret_storage import SecretStorage
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, LineItemDraft, PlatformFamily
from gradebook_gui.sandbox import Sandbox, SandboxOptions


class RecordingPresenter:
    """Stands in for the message dialog: remembers what would have been shown."""

    def __init__(self) -> None:
        self.shown: list[UserMessage] = []

    def __call__(self, parent: QWidget | None, message: UserMessage) -> None:
        self.shown.append(message)


@dataclass
class FakeDialogs:
    """Answers to the questions the window asks; records who was asked what."""

    new_line_item: LineItemDraft | None = None
    new_label: str | None = None
    confirm_delete: bool = False
    renewal: CredentialRenewal | None = None
    chosen_profile: Profile | None = None
    asked: list[tuple[str, Any]] = field(default_factory=list)

    def bundle(self) -> Dialogs:
        return Dialogs(
            ask_new_line_item=self._ask_new_line_item,
            ask_line_item_label=self._ask_label,
            confirm_delete_line_item=self._confirm_delete,
            ask_new_credential=self._ask_credential,
            manage_connections=self._manage_connections,
        )

    def _ask_new_line_item(self, parent: QWidget | None) -> LineItemDraft | None:
        self.asked.append(("new line item", None))
        return self.new_line_item

    def _ask_label(self, parent: QWidget | None, item: LineItem) -> str | None:
        self.asked.append(("rename", item))
        return self.new_label

    def _confirm_delete(self, parent: QWidget | None, item: LineItem) -> bool:
        self.asked.append(("delete", item))
        return self.confirm_delete

    def _ask_credential(
        self, parent: QWidget | None, label: str, error: AuthError
    ) -> CredentialRenewal | None:
        self.asked.append(("credential", error))
        return self.renewal

    def _manage_connections(
        self,
        parent: QWidget | None,
        profiles: ProfileStore,
        secrets: SecretStorage,
        runner: TaskRunner,
        select: str | None,
    ) -> Profile | None:
        self.asked.append(("connections", select))
        return self.chosen_profile


class ThreadRecordingTransport(httpx.HTTPTransport):
    """A real HTTP transport that remembers on which thread each request was sent."""

    def __init__(self) -> None:
        super().__init__()
        self.thread_ids: list[int] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.thread_ids.append(threading.get_ident())
        return super().handle_request(request)


class RecordingClientFactory:
    """Builds the session's clients over `ThreadRecordingTransport`s.

    Small pages (`page_limit`) make a small course span several pages, as a large one would.
    """

    def __init__(self, page_limit: int = 10) -> None:
        self.page_limit = page_limit
        self.transports: list[ThreadRecordingTransport] = []

    def __call__(
        self, connection: Connection, on_request: Callable[[RequestRecord], None]
    ) -> LtiaasClient:
        transport = ThreadRecordingTransport()
        self.transports.append(transport)
        return LtiaasClient(
            connection.base_url,
            connection.credentials,
            platform=connection.platform,
            on_request=on_request,
            transport=transport,
            page_limit=self.page_limit,
        )

    @property
    def thread_ids(self) -> set[int]:
        return {ident for transport in self.transports for ident in transport.thread_ids}


@pytest.fixture
def make_sandbox() -> Iterator[Callable[..., Sandbox]]:
    """Start sandboxes with the given SandboxOptions fields; all are stopped after the test."""
    started: list[Sandbox] = []

    def make(**options: Any) -> Sandbox:
        sandbox = Sandbox(SandboxOptions(**options))
        sandbox.start()
        started.append(sandbox)
        return sandbox

    yield make
    for sandbox in started:
        sandbox.stop()


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(SandboxOptions(seed=7, students=40, line_items=5, page_size=10)) as sb:
        yield sb


@pytest.fixture
def presenter() -> RecordingPresenter:
    return RecordingPresenter()


@pytest.fixture
def messages(presenter: RecordingPresenter) -> MessageChannel:
    return MessageChannel(presenter)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown(5000)


@pytest.fixture
def settings() -> WindowSettings:
    return WindowSettings()


@pytest.fixture
def secrets() -> SecretStorage:
    return SecretStorage()


@pytest.fixture
def profiles() -> ProfileStore:
    return ProfileStore()


@pytest.fixture
def client_factory() -> RecordingClientFactory:
    return RecordingClientFactory()


@pytest.fixture
def session(
    profiles: ProfileStore,
    secrets: SecretStorage,
    settings: WindowSettings,
    client_factory: RecordingClientFactory,
) -> Iterator[Session]:
    opened = Session(profiles, secrets, settings, client_factory)
    yield opened
    opened.close()


@pytest.fixture
def fake_dialogs() -> FakeDialogs:
    return FakeDialogs()


def connection_to(sandbox: Sandbox, *, ltik: bool = True, profile: str | None = None) -> Connection:
    """A connection with the sandbox's demo credentials (the service key, and the ltik)."""
    demo = sandbox.credentials
    return Connection(
        base_url=sandbox.base_url,
        credentials=Credentials(
            api_key=demo.api_key, ltik=demo.ltik if ltik else None, service_key=demo.service_key
        ),
        platform=PlatformFamily.unknown,
        profile=profile,
    )
