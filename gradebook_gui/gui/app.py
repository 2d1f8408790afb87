"""`gradebook-gui`: the composition root of the window.

`main` shows a start-up window at once, then imports the rest of the app and makes its Qt-free
collaborators (`prepare`: the secret storage, the profiles, the local grade store) on a
background thread, and then builds the main window in the start-up window's place (`compose`:
the message channel with the exception hooks, the task runner, the session and the window).

The instructor's language is installed first (`i18n.install_translations`, and the way it
writes numbers when picked in View > Language: `i18n.use_language_numbers`), so both windows
speak it. Only Qt, the settings, the icon, `i18n` and the last view's file format are imported
before the start-up window shows: every other import of the window's is inside `prepare` and
`compose`, or for the type checker only. The start-up window shows the grade column the window
showed when it last closed, when that was on the connection this start opens
(`last_view_to_show`).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import signal
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from gradebook_gui import __version__, last_view
from gradebook_gui.folders import APP_NAME
from gradebook_gui.gui.gradebook_app import GradebookApp, StartOptions
from gradebook_gui.gui.i18n import install_translations, use_language_numbers
from gradebook_gui.gui.icons import app_icon
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.startup import Background, SavedRowsCover, StartupWindow, in_background

if TYPE_CHECKING:
    from gradebook_gui.config import ProfileStore
    from gradebook_gui.credentials import SecretStorage
    from gradebook_gui.gui.dialogs import Dialogs
    from gradebook_gui.gui.main_window import MainWindow
    from gradebook_gui.gui.messages import Presenter
    from gradebook_gui.gui.session import ClientFactory

    # The sandbox (Starlette, uvicorn) is imported only for --demo: it slows every other start.
    from gradebook_gui.sandbox import SandboxOptions
    from gradebook_gui.store import GradeStore

log = logging.getLogger("gradebook_gui")

# What the main window is made of: imported off the window's thread while the start-up window
# shows (the main window's module imports every controller, model and the API client).
WINDOW_MODULES = (
    "gradebook_gui.config",
    "gradebook_gui.credentials",
    "gradebook_gui.store",
    "gradebook_gui.gui.messages",
    "gradebook_gui.gui.workers",
    "gradebook_gui.gui.session",
    "gradebook_gui.gui.dialogs",
    "gradebook_gui.gui.main_window",
)


# How long quitting before the main window was ready waits for the background start to end.
SHUTDOWN_WAIT_SECONDS = 5.0

# What the debug log says once each window is on screen (a benchmark times the start by them).
STARTUP_WINDOW_SHOWN = "start-up window shown"
MAIN_WINDOW_SHOWN = "main window shown"


class CouldNotStart(Exception):
    """The local files (settings, store, keyring) keep the window from starting; says why."""


@dataclass
class Prepared:
    """What `prepare` makes off the window's thread, for `compose`."""

    secrets: SecretStorage
    profiles: ProfileStore
    store: GradeStore


def prepare(secrets: Callable[[], SecretStorage] | None = None) -> Prepared:
    """Import the main window's modules and make its Qt-free collaborators: the secret storage
    (finding the system keyring is slow), the profiles and the local grade store, opened in the
    data folder. Runs on a background thread; raises CouldNotStart when a local file fails."""
    for name in WINDOW_MODULES:
        importlib.import_module(name)
    import sqlite3

    from gradebook_gui.config import ProfileStore
    from gradebook_gui.credentials import SecretStorage
    from gradebook_gui.store import GradeStore, StoreError

    try:
        storage = secrets() if secrets is not None else SecretStorage()
        profiles = ProfileStore()
        store = GradeStore.open()
    except (OSError, RuntimeError, StoreError, sqlite3.Error) as error:
        raise CouldNotStart(str(error)) from error
    _forget_a_removed_connections_view(profiles)
    return Prepared(storage, profiles, store)


def _forget_a_removed_connections_view(profiles: ProfileStore) -> None:
    """The rows kept of a saved connection removed since (from the command line, or the
    connections dialog) are not kept any longer."""
    kept = last_view.read()
    if kept is None or kept.profile in {profile.name for profile in profiles.all()}:
        return
    try:
        last_view.forget()
    except OSError as error:
        log.warning("the rows kept of a removed connection could not be removed: %s", error)


def last_view_to_show(options: StartOptions, settings: WindowSettings) -> last_view.LastView | None:
    """The last view kept, when it is of the saved connection this start opens: the one asked
    for, else the last one. The demo course is new at every start: it shows none."""
    if options.demo:
        return None
    view = last_view.read()
    if view is None or view.profile != (options.profile or settings.last_profile):
        return None
    return view


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gradebook-gui",
        description="See every student's grade in an LMS gradebook, through LTIAAS.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the built-in sandbox (a pretend LMS on this computer) and open its course",
    )
    parser.add_argument(
        "--read-only", action="store_true", help="inspect only: nothing can be changed or sent"
    )
    parser.add_argument("--profile", metavar="NAME", help="open this saved connection")
    parser.add_argument("--debug", action="store_true", help="log details, HTTP included")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this copy of the app works (no display needed), print why not, and exit",
    )
    parser.add_argument("--version", action="version", version=f"gradebook-gui {__version__}")
    return parser


def parse_arguments(argv: Sequence[str] | None = None) -> StartOptions:
    args = build_parser().parse_args(argv)
    if args.demo and args.profile:
        build_parser().error("--demo and --profile cannot be combined")
    return StartOptions(
        demo=args.demo,
        read_only=args.read_only,
        profile=args.profile,
        debug=args.debug,
        self_test=args.self_test,
    )


def configure_logging(debug: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def compose(
    options: StartOptions,
    *,
    settings: WindowSettings | None = None,
    secrets: SecretStorage | None = None,
    profiles: ProfileStore | None = None,
    presenter: Presenter | None = None,
    dialogs: Dialogs | None = None,
    client_factory: ClientFactory | None = None,
    sandbox_options: SandboxOptions | None = None,
    store: GradeStore | None = None,
) -> GradebookApp:
    """Build the window and its collaborators (a QApplication must exist).

    What is not given is made here: `prepare` makes the slow ones off the window's thread first.
    The store, opened in the data folder unless given, is closed by `GradebookApp.shutdown`.
    """
    from gradebook_gui.config import ProfileStore
    from gradebook_gui.credentials import SecretStorage
    from gradebook_gui.gui.main_window import MainWindow
    from gradebook_gui.gui.messages import MessageChannel, MessageDialog, install_exception_hooks
    from gradebook_gui.gui.session import Session, default_client_factory
    from gradebook_gui.gui.workers import TaskRunner, take_short_gil_turns
    from gradebook_gui.store import GradeStore

    settings = settings or WindowSettings()
    secrets = secrets or SecretStorage()
    profiles = profiles or ProfileStore()
    messages = MessageChannel(presenter or MessageDialog.present)
    store = store or GradeStore.open()
    restore_exception_hooks = install_exception_hooks(messages)
    restore_gil_turns = take_short_gil_turns()

    def restore_hooks() -> None:
        restore_gil_turns()
        restore_exception_hooks()

    try:
        runner = TaskRunner()
        session = Session(profiles, secrets, settings, client_factory or default_client_factory)
        sandbox = None
        if options.demo:
            from gradebook_gui.sandbox import Sandbox, SandboxOptions

            sandbox = Sandbox(sandbox_options or SandboxOptions())
            sandbox.start()
        window = MainWindow(
            session=session,
            runner=runner,
            messages=messages,
            settings=settings,
            store=store,
            dialogs=dialogs,
            read_only=options.read_only,
        )
        if secrets.system_keyring_missing:
            messages.inform(secrets.describe(), 0)
    except BaseException:
        restore_hooks()  # no window: Python's hooks and thread turns go back as they were
        raise
    return GradebookApp(
        options, window, session, runner, messages, settings, store, sandbox, restore_hooks
    )


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    options = parse_arguments(argv)
    configure_logging(options.debug)
    if options.self_test:
        from gradebook_gui.gui.self_test import run_self_test

        return run_self_test(compose, prepare=prepare)
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName(APP_NAME)
    qt_app.setWindowIcon(app_icon())
    try:
        settings = WindowSettings()
    except OSError as error:
        return _could_not_start(error)
    # Before any window is built: every text is translated, and every number formatted, when
    # its widget is made.
    restore_numbers = use_language_numbers(settings, install_translations(qt_app, settings))
    try:
        view = last_view_to_show(options, settings)
        starting = StartupWindow(settings, read_only=options.read_only, last_view=view)
        starting.show()
        rows = len(view.rows) if view is not None else 0
        # Once the window has been painted: the event loop's first turn.
        QTimer.singleShot(
            0,
            lambda: log.debug(
                "%s after %s, %d saved rows", STARTUP_WINDOW_SHOWN, _since(started), rows
            ),
        )
        run = _Run(qt_app, options, settings, starting, started)
        stop_listening = _close_on_interrupt(starting, run.current_window)
        # The rest of the app is imported once the window is painted: the imports, on their
        # thread, would hold Python back from drawing the table's rows.
        starting.painted.connect(run.start_background)
        try:
            code = qt_app.exec()
            return run.exit_code if run.exit_code is not None else code
        finally:
            stop_listening()
            run.shutdown()
    finally:
        # The locale is the process's: put back, so nothing run after the window inherits it.
        restore_numbers()


class _Run:
    """`main`'s state between the start-up window and the main window."""

    def __init__(
        self,
        qt_app: QApplication,
        options: StartOptions,
        settings: WindowSettings,
        starting: StartupWindow,
        started: float,
    ) -> None:
        self.qt_app = qt_app
        self.started = started
        self.options = options
        self.settings = settings
        self.starting = starting
        self.background: Background | None = None
        self.app: GradebookApp | None = None
        self.exit_code: int | None = None
        self.ended = False

    def start_background(self) -> None:
        if self.ended or self.starting.closed_by_user:
            return  # closed before it was ever painted: nothing to open
        self.background = in_background(prepare, self.on_prepared, self.on_failed)

    def current_window(self) -> QWidget:
        return self.app.window if self.app is not None else self.starting

    def on_prepared(self, prepared: Prepared) -> None:
        if self.starting.closed_by_user:
            return  # the user closed the start-up window: nothing to open
        import sqlite3

        from gradebook_gui.store import StoreError

        try:
            self.app = compose(
                self.options,
                settings=self.settings,
                secrets=prepared.secrets,
                profiles=prepared.profiles,
                store=prepared.store,
            )
        except (OSError, RuntimeError, StoreError, sqlite3.Error) as error:
            self.on_failed(CouldNotStart(str(error)))
            return
        except Exception as error:
            self.on_failed(error)
            return
        # Shown on the next turn of the event loop: building and showing the main window are the
        # two longest pauses of the window's thread, and the start-up window repaints between.
        QTimer.singleShot(0, self._show_main_window)

    def _show_main_window(self) -> None:
        if self.app is None or self.starting.closed_by_user:
            return  # closed meanwhile: `shutdown` closes the main window unseen
        window = self.app.window
        cover = self.starting.hand_over(window, cover=window.results_view)
        if cover is not None:
            _uncover_when_the_column_shows(cover, window, self.starting.last_view)
        QTimer.singleShot(
            0, lambda: log.debug("%s after %s", MAIN_WINDOW_SHOWN, _since(self.started))
        )
        # Connect once the event loop runs, so that any question appears over the window.
        QTimer.singleShot(0, self.app.start)
        # The dialogs' modules, imported ahead of their first use, off the window's thread.
        in_background(_import_dialogs, _nothing, _log_dialog_import_failure)

    def on_failed(self, error: BaseException) -> None:
        if not isinstance(error, CouldNotStart):
            traceback.print_exception(error, file=sys.stderr)
        self.exit_code = _could_not_start(error)
        # The start-up window closes once the event loop has ended (`shutdown`): closed now,
        # it would leave Qt a quit to deliver to the next event loop this process runs.
        self.qt_app.exit(self.exit_code)

    def shutdown(self) -> None:
        """Close what was opened; when the user closed the start-up window before the main
        window was ready, wait a moment for the background start to finish, then close that."""
        self.ended = True
        self.starting.close()
        if self.app is not None:
            self.app.shutdown()
            return
        if self.background is not None and self.background.wait(SHUTDOWN_WAIT_SECONDS):
            prepared = self.background.outcome
            if isinstance(prepared, Prepared):
                prepared.store.close()


def _uncover_when_the_column_shows(
    cover: SavedRowsCover, window: MainWindow, saved: last_view.LastView | None
) -> None:
    """The saved rows stay over the column view until its own rows are there, its load ends
    (offline, the copy kept in the store shows), another column is chosen, or none is."""
    model, loader = window.results_model, window.loader

    def on_reset() -> None:
        if model.rowCount() > 0:
            cover.uncover()

    def on_started(item: object) -> None:
        if saved is None or getattr(item, "label", None) != saved.column:
            cover.uncover()

    def after_listing() -> None:
        # Listed, and nothing chosen (the column shown last is gone), or not connected.
        if not window.picker.busy and loader.line_item is None:
            cover.uncover()

    connections = [
        model.rowsInserted.connect(cover.uncover),
        model.modelReset.connect(on_reset),
        loader.started.connect(on_started),
        loader.finished.connect(cover.uncover),
        loader.failed.connect(cover.uncover),
        loader.stopped.connect(cover.uncover),
        window.picker.model.modelReset.connect(lambda: QTimer.singleShot(0, after_listing)),
    ]

    def disconnect() -> None:
        for connection in connections:
            QObject.disconnect(connection)

    cover.uncovered.connect(disconnect)


def _since(started: float) -> str:
    return f"{(time.perf_counter() - started) * 1000:.0f} ms"


def _could_not_start(error: BaseException) -> int:
    print(f"gradebook-gui: could not start: {error}", file=sys.stderr)
    return 1


def _import_dialogs() -> None:
    from gradebook_gui.gui.dialogs import DIALOG_MODULES

    for name in DIALOG_MODULES:
        importlib.import_module(name)


def _log_dialog_import_failure(error: BaseException) -> None:
    # Opening the dialog imports it again and reports the failure to the user then.
    log.warning("importing the dialogs ahead of use failed", exc_info=error)


def _close_on_interrupt(
    parent: QWidget, current_window: Callable[[], QWidget]
) -> Callable[[], None]:
    """Ctrl+C in the terminal (`--demo` runs from one) closes the window cleanly.

    Python runs signal handlers only between bytecodes; the timer gives it that chance while
    Qt's event loop runs. Returns a function restoring the previous handler.
    """
    # The handler may run in the middle of any Python code (a paint, a model update): closing
    # there would tear widgets down under it, so the close is queued for the event loop.
    previous = signal.signal(
        signal.SIGINT, lambda _signum, _frame: QTimer.singleShot(0, current_window().close)
    )
    timer = QTimer(parent)
    timer.setInterval(250)
    timer.timeout.connect(_let_python_run)
    timer.start()

    def restore() -> None:
        timer.stop()
        signal.signal(signal.SIGINT, previous)

    return restore


def _let_python_run() -> None:
    return None


def _nothing(_result: object) -> None:
    return None
