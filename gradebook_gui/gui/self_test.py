"""`gradebook-gui --self-test`: prove that this copy of the app works, without a display.

Run once on every frozen build (CI does): it builds the main window offscreen, starts the demo
sandbox, loads one line item through the window as a user would, stops the sandbox, imports every
module of the app, and checks that the system keyring backends are bundled. One line per check;
the exit code is 0 when nothing failed. A computer without a system keyring (a server, CI) is a
warning, not a failure: the app works there, keeping secrets for the session only.

It starts as `gradebook-gui` does: the start-up window's line contains `window shown` the moment
it is shown, like `packaging/bare_window.py`, so a benchmark can time both; the main window's
line contains `window ready` once the main window has taken its place. What only a check needs
is imported in that check, after the window shows.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import PySide6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Slot, qVersion
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication, QWidget

import gradebook_gui
from gradebook_gui import __version__
from gradebook_gui.folders import APP_NAME, CONFIG_DIR_ENV, DATA_DIR_ENV
from gradebook_gui.gui.gradebook_app import GradebookApp, StartOptions
from gradebook_gui.gui.icons import app_icon
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.startup import StartupWindow, in_background

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

# Modules imported by name at run time, which a freezer cannot see: uvicorn's parts as the
# sandbox configures them (h11, asyncio, no lifespan), anyio's asyncio backend, and what the
# keyring backends import inside `try` blocks.
MODULES_LOADED_BY_NAME = (
    "uvicorn.protocols.http.h11_impl",
    "uvicorn.loops.asyncio",
    "uvicorn.lifespan.off",
    "anyio._backends._asyncio",
    "keyring.backends.chainer",
    "keyring.backends.fail",
)


class Outcome(StrEnum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "FAILED"


@dataclass(frozen=True)
class CheckResult:
    check: str
    outcome: Outcome
    detail: str

    @property
    def line(self) -> str:
        return f"{self.outcome.value:<8} {self.check}: {self.detail}"


@dataclass(frozen=True)
class SystemKeyring:
    """A platform's own keyring backend, as keyring names it, and the libraries it needs."""

    title: str
    entry_point: str
    module: str
    class_name: str
    libraries: tuple[str, ...]


SYSTEM_KEYRINGS = {
    "Linux": SystemKeyring(
        "Secret Service",
        "SecretService",
        "keyring.backends.SecretService",
        "Keyring",
        ("secretstorage", "jeepney", "cryptography.hazmat.primitives.ciphers"),
    ),
    "Darwin": SystemKeyring(
        "macOS Keychain",
        "macOS",
        "keyring.backends.macOS",
        "Keyring",
        ("keyring.backends.macOS.api",),
    ),
    "Windows": SystemKeyring(
        "Windows Credential Locker",
        "Windows",
        "keyring.backends.Windows",
        "WinVaultKeyring",
        ("win32ctypes.pywin32.win32cred",),
    ),
}


@dataclass
class SelfTestReport:
    """The checks' results, each printed as soon as it is known."""

    out: TextIO | None
    results: list[CheckResult] = field(default_factory=list)

    def add(self, check: str, outcome: Outcome, detail: str) -> None:
        result = CheckResult(check, outcome, detail)
        self.results.append(result)
        self.write_line(result.line)

    def write_line(self, line: str) -> None:
        # A windowed Windows build has no stdout (print then does nothing); the exit code still
        # tells the verdict.
        print(line, file=self.out if self.out is not None else sys.stdout, flush=True)

    def run(self, check: str, probe: Callable[[], str]) -> None:
        """Run a probe returning what it found; any exception it raises is the failure."""
        try:
            detail = probe()
        except Exception as error:
            self.add(check, Outcome.FAILED, _describe(error))
        else:
            self.add(check, Outcome.OK, detail)

    @property
    def failures(self) -> list[CheckResult]:
        return [r for r in self.results if r.outcome is Outcome.FAILED]

    @property
    def warnings(self) -> list[CheckResult]:
        return [r for r in self.results if r.outcome is Outcome.WARNING]

    def verdict(self) -> str:
        if self.failures:
            reasons = "; ".join(f"{r.check}: {r.detail}" for r in self.failures)
            return f"self-test FAILED ({_count(self.failures, 'problem')}): {reasons}"
        return f"self-test passed ({_count(self.warnings, 'warning')})"


def run_self_test(
    compose: Compose,
    out: TextIO | None = None,
    *,
    prepare: Prepare,
    demo: SandboxOptions | None = None,
) -> int:
    """Run every check on the window `compose` builds and print the verdict; 0 when nothing
    failed, 1 otherwise."""
    report = SelfTestReport(out)
    report.run("version", describe_build)
    qt_app = _offscreen_application()
    check_demo(report, qt_app, compose, prepare, demo)
    report.run("imports", import_everything)
    report.run("icon", check_icon)
    report.run("Qt platform plugins", check_platform_plugins)
    report.run("keyring backends", check_keyring_backends)
    check_keyring_choice(report)
    report.run("https", check_tls)
    report.write_line(report.verdict())
    return 1 if report.failures else 0


# -- the checks --------------------------------------------------------------------------------


def describe_build() -> str:
    how = "frozen" if getattr(sys, "frozen", False) else f"from source ({Path(sys.executable)})"
    return (
        f"{APP_NAME} {__version__}, {how}; Python {platform.python_version()}, "
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}, on {platform.system()} "
        f"{platform.machine()}"
    )


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
            report.add("main window", Outcome.FAILED, _describe(error))
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
            report.add("demo", Outcome.FAILED, _describe(error))
            base_url = None
        finally:
            app.shutdown()
    if base_url is not None:
        report.run("sandbox stop", lambda: _refused_at(base_url))


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
        report.add("sandbox", Outcome.FAILED, f"did not start: {_describe(error)}")
        return None
    report.add("sandbox", Outcome.OK, f"serving the demo course at {sandbox.base_url}")
    app.window.loader.finished.connect(watch.on_loaded)
    app.window.loader.failed.connect(watch.on_load_failed)
    app.open_demo(sandbox)  # stopped by app.shutdown()
    _wait_until(watch.done, LOAD_TIMEOUT_SECONDS)
    report.add("line item", *watch.outcome(app.window))
    return sandbox.base_url


def import_everything() -> str:
    """Every module of the app (the `python -m` entry points excepted: they run when imported)."""
    import pkgutil

    names = [
        module.name
        for module in pkgutil.walk_packages(gradebook_gui.__path__, "gradebook_gui.")
        if not module.name.endswith(".__main__")
    ]
    if len(names) < 2:
        raise RuntimeError(f"only {names} found in the gradebook_gui package")
    for name in (*names, *MODULES_LOADED_BY_NAME):
        importlib.import_module(name)
    return f"{len(names)} app modules and {len(MODULES_LOADED_BY_NAME)} loaded by name"


def check_icon() -> str:
    if "svg" not in {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}:
        raise RuntimeError("Qt cannot read SVG images: the imageformats/qsvg plugin is missing")
    pixmap = app_icon().pixmap(64, 64)
    if pixmap.isNull():
        raise RuntimeError(
            "the app icon did not render (is the iconengines/qsvgicon plugin there?)"
        )
    return f"rendered at {pixmap.width()}x{pixmap.height()} from the compiled resources"


def check_platform_plugins() -> str:
    """The plugins a real desktop needs; the self-test itself draws offscreen."""
    wanted = {
        "Linux": ("qxcb", "qwayland"),
        "Darwin": ("qcocoa",),
        "Windows": ("qwindows",),
    }.get(platform.system(), ())
    folders = [Path(folder) / "platforms" for folder in QCoreApplication.libraryPaths()]
    present = {
        plugin.stem.removeprefix("lib")
        for folder in folders
        if folder.is_dir()
        for plugin in folder.iterdir()
        if plugin.is_file()
    }
    missing = [name for name in wanted if name not in present]
    if missing:
        searched = ", ".join(str(folder) for folder in folders) or "no plugin folder"
        raise RuntimeError(f"{', '.join(missing)} missing (searched {searched})")
    return ", ".join(sorted(present))


def check_keyring_backends() -> str:
    """Every system keyring backend is registered and imports; this system's libraries load."""
    import importlib.metadata

    registered = {ep.name for ep in importlib.metadata.entry_points(group="keyring.backends")}
    found = []
    for system in SYSTEM_KEYRINGS.values():
        if system.entry_point not in registered:
            raise RuntimeError(
                f"keyring does not know the {system.title} backend (its package metadata is "
                "missing, so keyring would fall back to `fail`)"
            )
        module = importlib.import_module(system.module)
        if not hasattr(module, system.class_name):
            raise RuntimeError(f"{system.module} has no {system.class_name}")
        found.append(system.title)
    detail = f"{', '.join(found)} bundled"
    own = SYSTEM_KEYRINGS.get(platform.system())
    if own is not None:
        for library in own.libraries:
            importlib.import_module(library)
        detail += f"; {own.title} libraries import ({', '.join(own.libraries)})"
    return detail


def check_keyring_choice(report: SelfTestReport) -> None:
    """Report the backend keyring picks; falling back to `fail` is a failure only when the
    system keyring is in fact reachable (a packaging fault), and a warning otherwise."""
    import keyring

    from gradebook_gui.credentials import keyring_status

    try:
        status = keyring_status(keyring.get_keyring())
    except Exception as error:
        report.add("keyring", Outcome.FAILED, _describe(error))
        return
    chosen_by = (
        " (chosen by PYTHON_KEYRING_BACKEND)" if os.environ.get("PYTHON_KEYRING_BACKEND") else ""
    )
    if status.usable:
        kept = "saved" if status.persistent else "kept for the session only"
        report.add(
            "keyring", Outcome.OK, f"would use {status.backend_name}{chosen_by}; secrets {kept}"
        )
        return
    own = SYSTEM_KEYRINGS.get(platform.system())
    reason = (
        _unavailability(own) if own is not None else f"no system keyring on {platform.system()}"
    )
    if reason is None and own is not None:
        report.add(
            "keyring",
            Outcome.FAILED,
            f"keyring chose {status.backend_name} although the {own.title} is available",
        )
        return
    report.add(
        "keyring",
        Outcome.WARNING,
        f"would use {status.backend_name}{chosen_by}: no usable system keyring here ({reason}); "
        "the app would keep secrets for the session only",
    )


def check_tls() -> str:
    """HTTPS to LTIAAS verifies against the system's trust store: truststore and OpenSSL load."""
    import ssl

    from gradebook_gui.api.transport import create_ssl_context

    context = create_ssl_context()
    # Wrapping (no network) is when truststore loads the system's certificates.
    context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="ltiaas.example")
    return f"system trust store, {ssl.OPENSSL_VERSION}"


# -- helpers -----------------------------------------------------------------------------------


def _offscreen_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Decided before the application exists: the self-test needs no display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    qt_app = QApplication([sys.argv[0]])
    qt_app.setApplicationName(APP_NAME)
    return qt_app


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
            return Outcome.FAILED, f"loading failed: {_describe(self.errors[0])}"
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


def _unavailability(system: SystemKeyring) -> str | None:
    """Why the system keyring cannot be used here, or None when it can."""
    backend = getattr(importlib.import_module(system.module), system.class_name)
    try:
        priority = backend.priority
    except Exception as error:
        return str(error) or type(error).__name__
    return None if priority > 0 else f"{system.title} reports priority {priority}"


def _count(results: list[CheckResult], noun: str) -> str:
    return f"{len(results)} {noun}" + ("" if len(results) == 1 else "s")


def _describe(error: object) -> str:
    if isinstance(error, BaseException):
        return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return str(error)
