"""Fixtures for the window's tests: sandboxes over real sockets, and fakes for every dialog.

No test opens a real modal dialog: messages go to a recording presenter and questions to
`FakeDialogs`, whose answers each test sets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gradebook_gui.api import AuthError, Credentials, LtiaasClient, Pacing, RequestRecord
from gradebook_gui.config import Profile, ProfileStore
from gradebook_gui.connection import Connection
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.edits import GradeEdit, ServerGrade
from gradebook_gui.exchange.importer import ImportPlan, guess_mapping, plan_import, read_table
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.credential_prompt import CredentialRenewal
from gradebook_gui.gui.dialogs import Dialogs
from gradebook_gui.gui.export_dialog import ExportChoice
from gradebook_gui.gui.loader import Clock, utc_now
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import MessageChannel, UserMessage
from gradebook_gui.gui.quit_prompt import QuitChoice
from gradebook_gui.gui.results_model import Column
from gradebook_gui.gui.review_dialog import ReviewItem
from gradebook_gui.gui.score_delegate import CellEditor
from gradebook_gui.gui.session import ClientFactory, Session
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, LineItemDraft, PlatformFamily, Result
from gradebook_gui.sandbox import Sandbox, SandboxOptions
from gradebook_gui.services.bulk import BulkOperation, BulkPlan, plan_bulk
from gradebook_gui.services.comment_bank import comment_edits
from gradebook_gui.services.local_data import LocalDataChoice, LocalDataSummary
from gradebook_gui.services.submitting import Resolution
from gradebook_gui.store import GradeStore, OutboxEntry
from gradebook_gui.store.comment_bank import CommentBankStore
from tests.fakes import FakeTime


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
    score_edits: list[GradeEdit] | None = None
    clear_grades: bool = False
    confirm_review: bool = True
    # Tick "Include them" for learners who are not active students.
    include_not_active: bool = False
    resolution: Resolution | None = None
    # The file the import "wizard" reads, planned with the real importer and the guessed columns.
    import_file: Path | None = None
    export_choice: ExportChoice | None = None
    local_data_choice: LocalDataChoice | None = None
    send_queued: bool = False
    asked: list[tuple[str, Any]] = field(default_factory=list)
    conflict_emails: dict[str, str] = field(default_factory=dict)
    # The grade column's properties as the user saves them; None: the dialog is cancelled.
    line_item_properties: Callable[[LineItem], LineItem | None] = lambda item: None
    # Tests end by closing their windows: by default quitting keeps what is unsent.
    quit_choice: QuitChoice = QuitChoice.KEEP_FOR_LATER
    # The bulk change chosen (operation, value), planned by the real service; None cancels.
    bulk_change: tuple[BulkOperation, float | None] | None = None
    # The shortcut of the bank comment given to the learners; None only manages the bank.
    bank_shortcut: str | None = None

    def bundle(self) -> Dialogs:
        return Dialogs(
            ask_new_line_item=self._ask_new_line_item,
            ask_line_item_label=self._ask_label,
            confirm_delete_line_item=self._confirm_delete,
            ask_new_credential=self._ask_credential,
            manage_connections=self._manage_connections,
            ask_score=self._ask_score,
            confirm_clear=self._confirm_clear,
            review_submission=self._review,
            resolve_conflicts=self._resolve,
            import_grades=self._import,
            export_grades=self._export,
            manage_local_data=self._manage_local_data,
            send_queued=self._send_queued,
            confirm_quit=self._confirm_quit,
            ask_bulk_change=self._ask_bulk_change,
            use_comment_bank=self._use_comment_bank,
            ask_line_item_properties=self._ask_line_item_properties,
        )

    def questions(self) -> list[str]:
        return [question for question, _ in self.asked]

    def answer_of(self, question: str) -> Any:
        """What the window passed with the last such question."""
        return [given for asked, given in self.asked if asked == question][-1]

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

    def _ask_score(
        self,
        parent: QWidget | None,
        *,
        learners: Sequence[StudentGrade],
        line_item: LineItem,
        locale: QLocale | None = None,
    ) -> list[GradeEdit] | None:
        self.asked.append(("score", list(learners)))
        return self.score_edits

    def _confirm_clear(self, parent: QWidget | None, learners: Sequence[StudentGrade]) -> bool:
        self.asked.append(("clear", list(learners)))
        return self.clear_grades

    def _review(
        self,
        parent: QWidget | None,
        *,
        line_item: LineItem,
        items: Sequence[ReviewItem],
        platform: PlatformFamily = PlatformFamily.unknown,
        locale: QLocale | None = None,
    ) -> list[ReviewItem] | None:
        self.asked.append(("review", list(items)))
        if not self.confirm_review:
            return None
        return [item for item in items if item.not_active is None or self.include_not_active]

    def _resolve(
        self,
        parent: QWidget | None,
        *,
        conflicts: Sequence[OutboxEntry],
        names: Mapping[str, str],
        line_item: LineItem,
        current: Mapping[str, ServerGrade],
        locale: QLocale | None = None,
        emails: Mapping[str, str] | None = None,
    ) -> dict[int, Resolution] | None:
        self.asked.append(("conflicts", (list(conflicts), dict(current))))
        self.conflict_emails = dict(emails or {})
        if self.resolution is None:
            return None
        return {entry.id: self.resolution for entry in conflicts}

    def _import(
        self,
        parent: QWidget | None,
        *,
        line_item: LineItem,
        grades: Sequence[StudentGrade],
        settings: WindowSettings | QSettings,
        runner: TaskRunner,
        connection_key: str,
        start_path: Path | None = None,
        locale: QLocale | None = None,
    ) -> ImportPlan | None:
        self.asked.append(("import", start_path))
        if self.import_file is None:
            return None
        table = read_table(self.import_file)
        return plan_import(table, guess_mapping(table.headers), line_item, grades)

    def _export(
        self,
        parent: QWidget | None,
        *,
        line_item: LineItem,
        all_grades: Sequence[StudentGrade],
        visible_grades: Sequence[StudentGrade],
        default_folder: Path,
    ) -> ExportChoice | None:
        self.asked.append(("export", (len(all_grades), len(visible_grades), default_folder)))
        return self.export_choice

    def _manage_local_data(
        self,
        parent: QWidget | None,
        *,
        summary: LocalDataSummary,
        settings: WindowSettings | QSettings,
    ) -> LocalDataChoice | None:
        self.asked.append(("local data", summary))
        return self.local_data_choice

    def _send_queued(self, parent: QWidget | None, *, waiting: Sequence[tuple[str, int]]) -> bool:
        self.asked.append(("send queued", list(waiting)))
        return self.send_queued

    def _ask_line_item_properties(
        self, parent: QWidget | None, item: LineItem, results: Sequence[Result]
    ) -> LineItem | None:
        self.asked.append(("line item properties", (item, list(results))))
        return self.line_item_properties(item)

    def _confirm_quit(
        self, parent: QWidget | None, *, unsent: int, sending: bool, demo: bool
    ) -> QuitChoice:
        self.asked.append(("quit", (unsent, sending, demo)))
        return self.quit_choice

    def _ask_bulk_change(
        self,
        parent: QWidget | None,
        *,
        learners: Sequence[StudentGrade],
        line_item: LineItem,
        whole_column: bool,
        locale: QLocale | None = None,
    ) -> BulkPlan | None:
        self.asked.append(("bulk", (list(learners), whole_column)))
        if self.bulk_change is None:
            return None
        return plan_bulk(line_item, learners, *self.bulk_change)

    def _use_comment_bank(
        self,
        parent: QWidget | None,
        *,
        bank: CommentBankStore,
        course: str,
        learners: Sequence[StudentGrade],
        line_item: LineItem | None,
        locale: QLocale | None = None,
    ) -> list[GradeEdit] | None:
        self.asked.append(("comment bank", (list(learners), course)))
        comment = None if self.bank_shortcut is None else bank.find(course, self.bank_shortcut)
        if comment is None or line_item is None:
            return None
        return comment_edits(comment.text, learners, line_item)[0]


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
def store() -> Iterator[GradeStore]:
    """The grade store in the test's own data folder (windows close before it does)."""
    opened = GradeStore.open()
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


# -- driving whole windows -------------------------------------------------------------------

READY_TIMEOUT_MS = 15_000


def build_window(
    qtbot: QtBot,
    *,
    store: GradeStore,
    settings: WindowSettings,
    messages: MessageChannel,
    dialogs: FakeDialogs,
    profiles: ProfileStore,
    secrets: SecretStorage,
    clock: Clock = utc_now,
    clients: ClientFactory | None = None,
) -> MainWindow:
    """A window with its own runner and session, as a new run of the app on the same store."""
    window = MainWindow(
        session=Session(profiles, secrets, settings, clients or RecordingClientFactory()),
        runner=TaskRunner(),
        messages=messages,
        settings=settings,
        store=store,
        dialogs=dialogs.bundle(),
        clock=clock,
    )
    qtbot.addWidget(window)
    return window


def fake_clock_clients(fake_time: FakeTime) -> ClientFactory:
    """Clients that wait between attempts on the fake clock: an LMS that is gone gives up at
    once, and small pages."""

    def build(connection: Connection, on_request: Callable[[RequestRecord], None]) -> LtiaasClient:
        return LtiaasClient(
            connection.base_url,
            connection.credentials,
            platform=connection.platform,
            on_request=on_request,
            pacing=Pacing(clock=fake_time.clock, sleep=fake_time.sleep),
            page_limit=10,
        )

    return build


@pytest.fixture
def fake_clock_window(fake_time: FakeTime, new_window: Callable[..., MainWindow]) -> MainWindow:
    """A window whose clients wait on the fake clock (`fake_clock_clients`)."""
    return new_window(clients=fake_clock_clients(fake_time))


@pytest.fixture
def new_window(
    qtbot: QtBot,
    store: GradeStore,
    settings: WindowSettings,
    messages: MessageChannel,
    fake_dialogs: FakeDialogs,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> Callable[..., MainWindow]:
    """Build windows as `build_window` does, from this test's fixtures."""

    def build(clock: Clock = utc_now, clients: ClientFactory | None = None) -> MainWindow:
        return build_window(
            qtbot,
            store=store,
            settings=settings,
            messages=messages,
            dialogs=fake_dialogs,
            profiles=profiles,
            secrets=secrets,
            clock=clock,
            clients=clients,
        )

    return build


def settled(window: MainWindow) -> bool:
    """Nothing in flight: no load, no save, no send, no background job."""
    return (
        not window.loader.loading
        and not window.loader.saving_snapshot
        and not window.picker.busy
        and not window.edits.is_busy
        and not window.submission.running
        and window.runner.pending_count == 0
    )


def wait_settled(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until nothing is in flight; a download waiting to be kept is written at once, as if
    its delay had passed (the tests need not wait for the window to be idle)."""

    def done() -> bool:
        window.loader.save_snapshot_now()
        return settled(window)

    qtbot.waitUntil(done, timeout=READY_TIMEOUT_MS)


def wait_ready(qtbot: QtBot, window: MainWindow) -> None:
    """A line item is shown, complete, with its download kept in the store."""
    qtbot.waitUntil(lambda: window.loader.grades is not None, timeout=READY_TIMEOUT_MS)
    wait_settled(qtbot, window)


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Show the window and put the keyboard in the table, as a click there would."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.results_view.table.setFocus()


def row_of(window: MainWindow, user_id: str) -> int:
    [row] = window.results_model.rows_of_users({user_id})
    return row


def cell_text(window: MainWindow, user_id: str, column: Column) -> str:
    """What the learner's cell shows; "" while their row is not shown (a reload began)."""
    model = window.results_model
    rows = model.rows_of_users({user_id})
    return str(model.data(model.index(rows[0], column))) if rows else ""


def type_score(qtbot: QtBot, window: MainWindow, row: int, text: str) -> None:
    """Type a score on a learner's row, as an instructor would, and press Enter."""
    table = window.results_view.table
    table.setCurrentIndex(window.results_model.index(row, Column.NAME))
    qtbot.keyClicks(table, text[0])
    editor = table.focusWidget()
    assert isinstance(editor, CellEditor), "typing a number did not open the score editor"
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


# A pseudo-translation wraps every translated text in these, so that text that skipped
# translation stands out.
OPEN, CLOSE = "⟦", "⟧"


class PseudoTranslator(QTranslator):
    """Answers every text wrapped in ⟦…⟧, so text that skipped translation stands out."""

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_locale(qapp: QApplication) -> Iterator[None]:
    """The window's texts pseudo-translated while the test runs."""
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)
