"""The self-test's demo check: the window as `--demo` opens it, offscreen, in folders of its
own, loading one line item from the sandbox as a user would, then the sandbox stopped."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from gradebook_gui.folders import APP_NAME, CONFIG_DIR_ENV, DATA_DIR_ENV
from gradebook_gui.gui.gradebook_app import GradebookApp, StartOptions
from gradebook_gui.gui.self_test_report import Outcome, SelfTestReport, describe_error
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.startup import StartupWindow, in_background
from gradebook_gui.last_view import LastView, ShownColumn

if TYPE_CHECKING:
    # Imported when the checks run, after the start-up window is shown, as `gradebook-gui`
    # imports them; the sandbox (Starlette, uvicorn) only for the demo check.
    from gradebook_gui.api import AuthError
    from gradebook_gui.config import Profile, ProfileStore
    from gradebook_gui.credentials import SecretStorage
    from gradebook_gui.gui.app import Prepared
    from gradebook_gui.gui.credential_prompt import CredentialRenewal
    from gradebook_gui.gui.dialogs import Dialogs
    from gradebook_gui.gui.main_window import MainWindow
    from gradebook_gui.gui.messages import UserMessage
    from gradebook_gui.gui.workers import TaskRunner
    from gradebook_gui.models import LineItem, LineItemDraft
    from gradebook_gui.sandbox import SandboxOptions

# Builds the window as `gradebook-gui` does: `gui.app.compose`, after `gui.app.prepare` made
# (off the window's thread) what the window needs from the disk, given how to keep secrets.
Compose = Callable[..., GradebookApp]
Prepare = Callable[[Callable[[], "SecretStorage"]], "Prepared"]

# Generous for a cold start on a slow machine; the demo course loads in well under a second.
LOAD_TIMEOUT_SECONDS = 30.0
POLL_INTERVAL_MS = 20


def check_demo(
    report: SelfTestReport,
    qt_app: QApplication,
    compose: Compose,
    prepare: Prepare,
    options: SandboxOptions | None = None,
) -> None:
    """The window as `--demo` opens it, in folders of its own so the user's files are untouched:
    the start-up window first, then the main window in its place, as `gradebook-gui` starts."""
    with (
        tempfile.TemporaryDirectory(prefix=f"{APP_NAME}-self-test-") as folder,
        _relocated_files(Path(folder)),
    ):
        starting = StartupWindow(WindowSettings())
        starting.show()
        qt_app.processEvents()
        pauses = _PauseWatch()
        report.add("start-up window", Outcome.OK, "window shown (offscreen)")
        watch = _DemoWatch()
        try:
            app = _build_window(compose, prepare, Path(folder), watch)
        except Exception as error:
            starting.close()
            report.add("main window", Outcome.FAILED, describe_error(error))
            return
        try:
            qt_app.processEvents()  # as `gradebook-gui` does between building and showing
            starting.hand_over(app.window)
            qt_app.processEvents()
            waited, longest = pauses.stop()
            report.add(
                "main window",
                Outcome.OK,
                f"window ready {waited:.0f} ms after the start-up window (offscreen); "
                f"longest pause of the window's thread meanwhile {longest:.0f} ms",
            )
            base_url = _run_demo(report, app, watch, options)
        except Exception as error:
            report.add("demo", Outcome.FAILED, describe_error(error))
            base_url = None
        finally:
            app.shutdown()
        _check_saved_rows(report, qt_app)
    if base_url is not None:
        report.run("sandbox stop", lambda: _refused_at(base_url))


# A grade column as the window keeps it for its next start, for the start-up window to show.
SAVED_ROWS = LastView(
    profile="self-test",
    course="Demo course",
    column="Quiz 1",
    saved_at=datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
    columns=(ShownColumn("Name", 200, 0), ShownColumn("Score", 80, 0)),
    rows=(("Ada Lovelace", "9.5"), ("Alan Turing", "8")),
)


def _check_saved_rows(report: SelfTestReport, qt_app: QApplication) -> None:
    """The start-up window of a next start, over the rows the window kept when it closed."""

    def show() -> str:
        starting = StartupWindow(WindowSettings(), last_view=SAVED_ROWS)
        try:
            starting.show()
            qt_app.processEvents()
            table = starting.table
            shown = table.model().rowCount() if table is not None else 0
            if shown != len(SAVED_ROWS.rows):
                raise RuntimeError(f"{shown} of {len(SAVED_ROWS.rows)} saved rows shown")
        finally:
            starting.close()
        return f"{shown} saved rows shown (offscreen)"

    report.run("saved rows", show)


def _build_window(
    compose: Compose, prepare: Prepare, folder: Path, watch: _DemoWatch
) -> GradebookApp:
    """What `gradebook-gui` does once its start-up window shows: `prepare` off the window's
    thread (the Qt event loop runs meanwhile), then `compose`. Secrets stay in memory."""

    def session_secrets() -> SecretStorage:
        # Called by `prepare`, on its thread: importing the credentials here would pause the
        # window's thread.
        from gradebook_gui.credentials import SecretStorage, SessionKeyring

        return SecretStorage(SessionKeyring(), folder / "secrets.json")

    outcome: list[Prepared | BaseException] = []
    in_background(lambda: prepare(session_secrets), outcome.append, outcome.append)
    _wait_until(lambda: bool(outcome), LOAD_TIMEOUT_SECONDS)
    if not outcome:
        raise RuntimeError(f"the app's modules did not load within {LOAD_TIMEOUT_SECONDS:.0f} s")
    prepared = outcome[0]
    if isinstance(prepared, BaseException):
        raise prepared
    try:
        return compose(
            StartOptions(read_only=True),
            secrets=prepared.secrets,
            profiles=prepared.profiles,
            store=prepared.store,
            presenter=watch.present,
            dialogs=watch.dialogs(),
        )
    except BaseException:
        prepared.store.close()
        raise


def _run_demo(
    report: SelfTestReport,
    app: GradebookApp,
    watch: _DemoWatch,
    options: SandboxOptions | None,
) -> str | None:
    """Start the sandbox and load a line item in the window; the sandbox's URL if it ran."""
    try:
        from gradebook_gui.sandbox import Sandbox, SandboxOptions

        sandbox = Sandbox(options or SandboxOptions())
        sandbox.start()
    except Exception as error:
        report.add("sandbox", Outcome.FAILED, f"did not start: {describe_error(error)}")
        return None
    report.add("sandbox", Outcome.OK, f"serving the demo course at {sandbox.base_url}")
    app.window.loader.finished.connect(watch.on_loaded)
    app.window.loader.failed.connect(watch.on_load_failed)
    app.open_demo(sandbox)  # stopped by app.shutdown()
    _wait_until(watch.done, LOAD_TIMEOUT_SECONDS)
    report.add("line item", *watch.outcome(app.window))
    return sandbox.base_url


@contextlib.contextmanager
def _relocated_files(folder: Path) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in (CONFIG_DIR_ENV, DATA_DIR_ENV)}
    os.environ[CONFIG_DIR_ENV] = str(folder / "config")
    os.environ[DATA_DIR_ENV] = str(folder / "data")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class _DemoWatch(QObject):
    """Everything the demo window reports: the loader's signals (on the main thread), the
    messages it would show, and the questions it would ask. Every dialog is refused: the demo
    should ask nothing, and a modal dialog offscreen would wait forever."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[LineItem] = []
        self.errors: list[object] = []
        self.messages: list[UserMessage] = []
        self.questions: list[str] = []

    @Slot(object)
    def on_loaded(self, line_item: LineItem) -> None:
        self.loaded.append(line_item)

    @Slot(object, object)
    def on_load_failed(self, _line_item: object, error: object) -> None:
        self.errors.append(error)

    def present(self, _parent: QWidget | None, message: UserMessage) -> None:
        self.messages.append(message)

    def done(self) -> bool:
        return bool(self.loaded or self.errors or self.messages or self.questions)

    def outcome(self, window: MainWindow) -> tuple[Outcome, str]:
        if self.errors:
            return Outcome.FAILED, f"loading failed: {describe_error(self.errors[0])}"
        if self.messages:
            shown = self.messages[0]
            return Outcome.FAILED, f"the window reported “{shown.title}”: {shown.text}"
        if self.questions:
            return Outcome.FAILED, f"the demo asked for {self.questions[0]}"
        if not self.loaded:
            return Outcome.FAILED, f"nothing loaded within {LOAD_TIMEOUT_SECONDS:.0f} s"
        learners = window.results_model.rows_count_total()
        if learners == 0:
            return Outcome.FAILED, "the line item loaded with no learners"
        label = self.loaded[0].label
        return Outcome.OK, f"loaded “{label}” with {learners} learners through the window"

    def dialogs(self) -> Dialogs:
        from gradebook_gui.gui.dialogs import Dialogs

        return Dialogs(
            ask_new_line_item=self._ask_new_line_item,
            ask_line_item_label=self._ask_label,
            confirm_delete_line_item=self._confirm_delete,
            ask_new_credential=self._ask_credential,
            manage_connections=self._manage_connections,
        )

    def _ask_new_line_item(self, _parent: QWidget | None) -> LineItemDraft | None:
        self.questions.append("a new line item")
        return None

    def _ask_label(self, _parent: QWidget | None, _item: LineItem) -> str | None:
        self.questions.append("a line item's label")
        return None

    def _confirm_delete(self, _parent: QWidget | None, _item: LineItem) -> bool:
        self.questions.append("leave to delete a line item")
        return False

    def _ask_credential(
        self, _parent: QWidget | None, _label: str, _error: AuthError
    ) -> CredentialRenewal | None:
        self.questions.append("new credentials")
        return None

    def _manage_connections(
        self,
        _parent: QWidget | None,
        _profiles: ProfileStore,
        _secrets: SecretStorage,
        _runner: TaskRunner,
        _select: str | None,
    ) -> Profile | None:
        self.questions.append("a connection")
        return None


class _PauseWatch:
    """How long the window's thread went without running its event loop, from now on: a
    timer that should fire every few milliseconds notes the longest gap between its runs."""

    INTERVAL_MS = 2

    def __init__(self) -> None:
        self._started = self._last = time.perf_counter()
        self._longest = 0.0
        self._timer = QTimer()
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self._longest = max(self._longest, now - self._last)
        self._last = now

    def stop(self) -> tuple[float, float]:
        """Milliseconds since started, and the longest pause (up to now included)."""
        self._timer.stop()
        self._tick()
        return (self._last - self._started) * 1000, self._longest * 1000


def _wait_until(condition: Callable[[], bool], timeout_seconds: float) -> None:
    """Run Qt's event loop until `condition` holds or the time is up."""
    if condition():
        return
    deadline = time.monotonic() + timeout_seconds
    loop = QEventLoop()

    def check() -> None:
        if condition() or time.monotonic() >= deadline:
            loop.quit()

    timer = QTimer()
    timer.setInterval(POLL_INTERVAL_MS)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()


def _refused_at(base_url: str) -> str:
    """Nothing listens at `base_url` any more."""
    import socket
    from urllib.parse import urlsplit

    address = urlsplit(base_url)
    host, port = address.hostname or "127.0.0.1", address.port or 80
    try:
        with socket.create_connection((host, port), timeout=2):
            pass
    except ConnectionRefusedError:
        return f"{base_url} closed"
    raise RuntimeError(f"{base_url} still answers after the window closed")
