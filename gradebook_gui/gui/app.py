"""`gradebook-gui`: the composition root of the window.

`compose` builds, in order, the settings, the secret storage, the message channel (with the
exception hooks), the local grade store, the task runner, the session and the window, and hands
each its collaborators; `main` adds logging, the QApplication and the event loop.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gradebook_gui import __version__
from gradebook_gui.config import APP_NAME, ProfileStore
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.gui.dialogs import Dialogs
from gradebook_gui.gui.gradebook_app import GradebookApp, StartOptions
from gradebook_gui.gui.icons import app_icon
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import (
    MessageChannel,
    MessageDialog,
    Presenter,
    install_exception_hooks,
)
from gradebook_gui.gui.self_test import run_self_test
from gradebook_gui.gui.session import ClientFactory, Session, default_client_factory
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.store import GradeStore, StoreError

if TYPE_CHECKING:
    # The sandbox (Starlette, uvicorn) is imported only for --demo: it slows every other start.
    from gradebook_gui.sandbox import SandboxOptions

log = logging.getLogger("gradebook_gui")


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
    presenter: Presenter = MessageDialog.present,
    dialogs: Dialogs | None = None,
    client_factory: ClientFactory = default_client_factory,
    sandbox_options: SandboxOptions | None = None,
    store: GradeStore | None = None,
) -> GradebookApp:
    """Build the window and its collaborators (a QApplication must exist).

    The store, opened in the data folder unless given, is closed by `GradebookApp.shutdown`.
    """
    settings = settings or WindowSettings()
    secrets = secrets or SecretStorage()
    profiles = profiles or ProfileStore()
    messages = MessageChannel(presenter)
    store = store or GradeStore.open()
    restore_hooks = install_exception_hooks(messages)
    runner = TaskRunner()
    session = Session(profiles, secrets, settings, client_factory)
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
    return GradebookApp(
        options, window, session, runner, messages, settings, store, sandbox, restore_hooks
    )


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_arguments(argv)
    configure_logging(options.debug)
    if options.self_test:
        return run_self_test(compose)
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName(APP_NAME)
    qt_app.setWindowIcon(app_icon())
    try:
        app = compose(options)
    except (OSError, RuntimeError, StoreError, sqlite3.Error) as error:
        print(f"gradebook-gui: could not start: {error}", file=sys.stderr)
        return 1
    app.window.show()
    # Connect once the event loop runs, so that any question appears over the window.
    QTimer.singleShot(0, app.start)
    stop_listening = _close_on_interrupt(app.window)
    try:
        return qt_app.exec()
    finally:
        stop_listening()
        app.shutdown()


def _close_on_interrupt(window: MainWindow) -> Callable[[], None]:
    """Ctrl+C in the terminal (`--demo` runs from one) closes the window cleanly.

    Python runs signal handlers only between bytecodes; the timer gives it that chance while
    Qt's event loop runs. Returns a function restoring the previous handler.
    """
    # The handler may run in the middle of any Python code (a paint, a model update): closing
    # there would tear widgets down under it, so the close is queued for the event loop.
    previous = signal.signal(
        signal.SIGINT, lambda _signum, _frame: QTimer.singleShot(0, window.close)
    )
    timer = QTimer(window)
    timer.setInterval(250)
    timer.timeout.connect(_let_python_run)
    timer.start()

    def restore() -> None:
        timer.stop()
        signal.signal(signal.SIGINT, previous)

    return restore


def _let_python_run() -> None:
    return None
