"""Start-up: the command line, the composition root, `--demo`, and the compiled resources."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QRect, QTimer, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gradebook_gui import __version__
from gradebook_gui.config import ProfileStore
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.gui import app as app_module
from gradebook_gui.gui.app import compose, parse_arguments
from gradebook_gui.gui.gradebook_app import StartOptions
from gradebook_gui.gui.i18n import install_translations
from gradebook_gui.gui.icons import app_icon
from gradebook_gui.gui.local_data_dialog import set_journal_retention
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.startup import StartupWindow
from gradebook_gui.gui.workers import GIL_TURN_SECONDS
from gradebook_gui.sandbox import SandboxOptions
from gradebook_gui.store import DATABASE_NAME, GradeStore, JournalEntry

from .conftest import FakeDialogs, RecordingPresenter
from .test_i18n import german_catalogue

ROOT = Path(__file__).resolve().parents[2]
LOAD_TIMEOUT_MS = 10_000


def test_command_line_options() -> None:
    assert parse_arguments([]) == StartOptions()
    assert parse_arguments(["--demo", "--read-only", "--debug"]) == StartOptions(
        demo=True, read_only=True, debug=True
    )
    assert parse_arguments(["--profile", "Biology"]).profile == "Biology"


def test_demo_and_profile_cannot_be_combined(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse_arguments(["--demo", "--profile", "Biology"])
    assert stopped.value.code == 2
    assert "cannot be combined" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        app_module.main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"gradebook-gui {__version__}"


def test_python_dash_m_runs_the_same_entry_point() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "gradebook_gui", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert completed.stdout.strip() == f"gradebook-gui {__version__}"


def test_demo_starts_the_sandbox_and_shows_its_course_without_saving_a_profile(
    qtbot: QtBot,
    presenter: RecordingPresenter,
    fake_dialogs: FakeDialogs,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> None:
    previous_hook = sys.excepthook
    previous_gil_turn = sys.getswitchinterval()
    app = compose(
        StartOptions(demo=True),
        presenter=presenter,
        dialogs=fake_dialogs.bundle(),
        profiles=profiles,
        secrets=secrets,
    )
    window = app.window
    qtbot.addWidget(window)
    sandbox = app.sandbox
    assert sandbox is not None
    base_url = sandbox.base_url
    assert base_url.startswith("http://127.0.0.1:")
    assert sys.excepthook is not previous_hook
    # Workers hand the GIL back to the window's thread sooner while the window runs.
    assert sys.getswitchinterval() == pytest.approx(GIL_TURN_SECONDS)
    assert previous_gil_turn > GIL_TURN_SECONDS
    try:
        app.start()
        qtbot.waitUntil(
            lambda: window.results_model.rows_count_total() >= 40 and not window.loader.loading,
            timeout=LOAD_TIMEOUT_MS,
        )
        assert window.windowTitle().startswith("Demo course (built-in sandbox) / ")
        assert profiles.all() == []
        assert fake_dialogs.asked == []
        assert presenter.shown == []
    finally:
        app.shutdown()
    assert sys.excepthook is previous_hook
    assert sys.getswitchinterval() == previous_gil_turn
    assert app.sandbox is None
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/api/idtoken", timeout=2)


def test_an_exception_anywhere_after_start_up_reaches_the_user(
    qtbot: QtBot, presenter: RecordingPresenter, fake_dialogs: FakeDialogs
) -> None:
    app = compose(StartOptions(), presenter=presenter, dialogs=fake_dialogs.bundle())
    qtbot.addWidget(app.window)
    try:

        def broken() -> None:
            raise RuntimeError("a bug in a thread")

        thread = threading.Thread(target=broken)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(presenter.shown) == 1, timeout=2000)
        assert "a bug in a thread" in presenter.shown[0].text
    finally:
        app.shutdown()


def test_read_only_flag_reaches_the_window(
    qtbot: QtBot, presenter: RecordingPresenter, fake_dialogs: FakeDialogs
) -> None:
    app = compose(StartOptions(read_only=True), presenter=presenter, dialogs=fake_dialogs.bundle())
    qtbot.addWidget(app.window)
    try:
        assert app.window.read_only
        assert app.window.windowTitle().endswith("(read-only)")
    finally:
        app.shutdown()


def test_the_grade_store_lives_in_the_data_folder_and_closes_with_the_app(
    qtbot: QtBot,
    presenter: RecordingPresenter,
    fake_dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    app = compose(StartOptions(), presenter=presenter, dialogs=fake_dialogs.bundle())
    qtbot.addWidget(app.window)
    store = app.store
    assert store.path == tmp_path / "data" / DATABASE_NAME
    assert app.window.store is store
    app.shutdown()
    with pytest.raises(sqlite3.ProgrammingError):
        store.drafts("any", "line item")
    app.shutdown()  # twice is harmless


def test_the_history_retention_is_applied_at_start(
    qtbot: QtBot, presenter: RecordingPresenter, fake_dialogs: FakeDialogs
) -> None:
    old = datetime.now(UTC) - timedelta(days=400)
    recent = datetime.now(UTC) - timedelta(days=2)
    with GradeStore.open() as store:
        for when in (old, recent):
            store.record(
                JournalEntry(
                    at=when,
                    key="https://school.ltiaas.com",
                    profile=None,
                    line_item_id="li",
                    line_item_label="Quiz 1",
                    user_id="007",
                    old_score=None,
                    old_comment=None,
                    new_score=8,
                    new_comment=None,
                    outcome="verified",
                    http_status=200,
                    reason=None,
                )
            )
    settings = WindowSettings()
    set_journal_retention(settings, 365)
    app = compose(
        StartOptions(), presenter=presenter, dialogs=fake_dialogs.bundle(), settings=settings
    )
    qtbot.addWidget(app.window)
    try:
        qtbot.waitUntil(lambda: app.runner.pending_count == 0, timeout=LOAD_TIMEOUT_MS)
        assert [entry.at for entry in app.store.journal("https://school.ltiaas.com")] == [recent]
    finally:
        app.shutdown()


def test_main_runs_the_demo_until_the_window_closes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Smaller than the default demo course, to keep the test fast.
    # The demo imports the sandbox when it starts, so the sandbox module is where to patch.
    monkeypatch.setattr("gradebook_gui.sandbox.SandboxOptions", lambda: SandboxOptions(students=12))
    seen: dict[str, object] = {}

    def close_when_loaded() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        loaded = [w for w in windows if w.isVisible() and w.results_model.rows_count_total()]
        if loaded and not loaded[0].loader.loading:
            seen["title"] = loaded[0].windowTitle()
            seen["rows"] = loaded[0].results_model.rows_count_total()
            loaded[0].close()
        else:
            QTimer.singleShot(20, close_when_loaded)

    QTimer.singleShot(20, close_when_loaded)
    interrupt_handler = signal.getsignal(signal.SIGINT)
    assert app_module.main(["--demo"]) == 0
    assert signal.getsignal(signal.SIGINT) is interrupt_handler
    assert str(seen["title"]).startswith("Demo course (built-in sandbox) / ")
    assert seen["rows"] == 12


# What the start-up window must show without: the bulk of the app's import time.
IMPORTED_AFTER_THE_WINDOW_SHOWS = (
    "pydantic",
    "httpx",
    "keyring",
    "openpyxl",
    "gradebook_gui.api",
    "gradebook_gui.models",
    "gradebook_gui.config",
    "gradebook_gui.credentials",
    "gradebook_gui.store",
    "gradebook_gui.sandbox",
    "gradebook_gui.gui.main_window",
    "gradebook_gui.gui.messages",
    "gradebook_gui.gui.self_test",
)
# Opened from a menu: imported on first use (or ahead of it, off the window's thread).
DIALOGS_NOT_NEEDED_FOR_THE_WINDOW = (
    "gradebook_gui.gui.import_wizard",
    "gradebook_gui.gui.conflict_dialog",
    "gradebook_gui.gui.connection_dialog",
    "gradebook_gui.gui.credential_prompt",
    "gradebook_gui.gui.line_item_dialog",
    "gradebook_gui.gui.outbox_prompt",
    "gradebook_gui.gui.self_test",
)


def test_the_start_up_window_needs_only_qt_the_settings_and_the_icon() -> None:
    script = f"""
import sys
import gradebook_gui.gui.app
early = [name for name in {IMPORTED_AFTER_THE_WINDOW_SHOWS!r} if name in sys.modules]
import gradebook_gui.gui.main_window
dialogs = [name for name in {DIALOGS_NOT_NEEDED_FOR_THE_WINDOW!r} if name in sys.modules]
print(early, dialogs)
"""
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert completed.stdout.strip() == "[] []"


class HeldStart:
    """`gui.app.prepare`, held back until the test lets it run, so the test sees the start-up
    window alone first."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.entered = threading.Event()
        self.released = threading.Event()
        self.prepared: list[app_module.Prepared] = []
        real_prepare = app_module.prepare

        def held() -> app_module.Prepared:
            self.entered.set()
            self.released.wait(LOAD_TIMEOUT_MS / 1000)
            prepared = real_prepare()
            self.prepared.append(prepared)
            return prepared

        monkeypatch.setattr(app_module, "prepare", held)


def visible_windows(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_main_shows_a_start_up_window_then_the_main_window_where_it_was_moved(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("gradebook_gui.sandbox.SandboxOptions", lambda: SandboxOptions(students=5))
    start = HeldStart(monkeypatch)
    seen: dict[str, object] = {}

    def look_at_the_start_up_window() -> None:
        starting = visible_windows(StartupWindow)
        seen["alone"] = len(starting) == 1 and not visible_windows(MainWindow)
        # Within the offscreen screen (800 x 800), which a restored geometry is fitted into.
        starting[0].setGeometry(QRect(10, 30, 780, 700))
        seen["moved to"] = starting[0].geometry()
        start.released.set()
        QTimer.singleShot(20, close_when_loaded)

    def close_when_loaded() -> None:
        windows = visible_windows(MainWindow)
        if (
            windows
            and windows[0].results_model.rows_count_total()
            and not windows[0].loader.loading
        ):
            seen["shown at"] = windows[0].geometry()
            seen["start-up window left"] = bool(visible_windows(StartupWindow))
            windows[0].close()
        else:
            QTimer.singleShot(20, close_when_loaded)

    QTimer.singleShot(0, look_at_the_start_up_window)
    assert app_module.main(["--demo"]) == 0
    assert seen["alone"] is True
    assert seen["shown at"] == seen["moved to"]
    assert seen["start-up window left"] is False


def test_closing_the_start_up_window_quits_and_closes_what_was_opened_meanwhile(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = HeldStart(monkeypatch)

    def close_it() -> None:
        if not start.entered.is_set():
            QTimer.singleShot(10, close_it)  # once the rest of the app is on its way
            return
        start.released.set()
        visible_windows(StartupWindow)[0].close()

    QTimer.singleShot(0, close_it)
    assert app_module.main([]) == 0
    assert not visible_windows(MainWindow)
    [prepared] = start.prepared
    with pytest.raises(sqlite3.ProgrammingError):
        prepared.store.drafts("any", "line item")


def test_a_data_folder_that_cannot_be_used_stops_the_start_with_the_reason(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "data").write_text("a file where the data folder should be")
    assert app_module.main([]) == 1
    assert "gradebook-gui: could not start:" in capsys.readouterr().err
    assert not visible_windows(StartupWindow)
    assert not visible_windows(MainWindow)


def test_the_app_icon_loads_from_the_compiled_resources(qtbot: QtBot) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).isNull()


def test_compiled_resources_are_up_to_date(tmp_path: Path) -> None:
    rcc = Path(sys.executable).with_name("pyside6-rcc")
    if not rcc.exists():
        pytest.skip("pyside6-rcc is not installed next to this Python")
    regenerated = tmp_path / "resources_rc.py"
    subprocess.run(
        [
            str(rcc),
            "--format-version",
            "1",
            str(ROOT / "resources/gradebook.qrc"),
            "-o",
            regenerated,
        ],
        check=True,
        timeout=60,
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--quiet",
            "--config",
            str(ROOT / "pyproject.toml"),
            str(regenerated),
        ],
        check=True,
        timeout=60,
    )
    committed = ROOT / "gradebook_gui/gui/resources_rc.py"
    assert "qt_resource_data" in regenerated.read_text()
    assert regenerated.read_bytes() == committed.read_bytes(), (
        "resources changed: regenerate gradebook_gui/gui/resources_rc.py (see gui/icons.py)"
    )


# The window's titles in German, compiled as `packaging/translations.py build` compiles the
# catalogues: what the start-up window and the main window are titled by.
GERMAN_TITLES = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>startup</name>
    <message>
        <source>Gradebook</source>
        <translation>Notenbuch</translation>
    </message>
    <message>
        <source>{course} / {column} — Gradebook</source>
        <translation>{column} in {course} — Notenbuch</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <source>Opening Gradebook…</source>
        <translation>Notenbuch wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Grade columns</source>
        <translation>Bewertungsspalten</translation>
    </message>
</context>
</TS>
"""


def test_the_language_picked_titles_the_start_up_window_and_the_main_window(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    german_catalogue(tmp_path, GERMAN_TITLES)
    monkeypatch.setattr(
        app_module,
        "install_translations",
        lambda app, settings: install_translations(app, settings, folder=tmp_path),
    )
    settings = WindowSettings()
    settings.language = "de"
    settings.sync()
    monkeypatch.setattr("gradebook_gui.sandbox.SandboxOptions", lambda: SandboxOptions(students=5))
    seen: dict[str, object] = {}

    def look_at_the_start_up_window() -> None:
        [starting] = visible_windows(StartupWindow)
        seen["start-up title"] = starting.windowTitle()
        seen["start-up text"] = starting.opening_label.text()
        QTimer.singleShot(20, close_when_loaded)

    def close_when_loaded() -> None:
        windows = visible_windows(MainWindow)
        if windows and windows[0].loader.line_item is not None and not windows[0].loader.loading:
            seen["title"] = windows[0].windowTitle()
            seen["label"] = windows[0].loader.line_item.label
            seen["panel"] = windows[0].picker_dock.windowTitle()
            windows[0].close()
        else:
            QTimer.singleShot(20, close_when_loaded)

    QTimer.singleShot(0, look_at_the_start_up_window)
    try:
        assert app_module.main(["--demo"]) == 0
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.setParent(None)
    assert seen["start-up title"] == "Notenbuch"
    assert "Notenbuch wird geöffnet…" in str(seen["start-up text"])
    assert seen["title"] == f"{seen['label']} in Demo course (built-in sandbox) — Notenbuch"
    assert seen["panel"] == "Bewertungsspalten"
