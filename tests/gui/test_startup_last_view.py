"""The start-up window shows the grade column the window showed when it last closed, the main
window keeps that view when it closes, and the main window then takes the start-up window's place.
"""

from __future__ import annotations

import io
import logging
import re
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gradebook_gui import last_view
from gradebook_gui.api import Credentials
from gradebook_gui.config import CredentialKind, Profile, ProfileStore
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.gui import app as app_module
from gradebook_gui.gui.app import MAIN_WINDOW_SHOWN, STARTUP_WINDOW_SHOWN, last_view_to_show
from gradebook_gui.gui.gradebook_app import StartOptions
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.moments import moment_text
from gradebook_gui.gui.self_test import run_self_test
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.startup import (
    PAINT_WAIT_MS,
    SavedRowsCover,
    SavedRowsModel,
    StartupWindow,
)
from gradebook_gui.last_view import LastView, ShownColumn, ShownDock, ShownToolBar
from gradebook_gui.sandbox import Sandbox, SandboxOptions

from .conftest import connection_to, wait_ready
from .test_translations import untranslated_texts

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
LOAD_TIMEOUT_MS = 10_000
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
NAMES = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov"]


def saved_view(profile: str = "Biology 101", rows: int = 60, top_row: int = 0) -> LastView:
    return LastView(
        profile=profile,
        course="Biology 101 (Fall)",
        column="Quiz 3",
        saved_at=datetime(2026, 12, 3, 17, 45, tzinfo=UTC),
        columns=(
            ShownColumn("Name", 220, LEFT),
            ShownColumn("Score", 80, RIGHT),
            ShownColumn("Status", 90, LEFT),
            ShownColumn("Comment", 300, LEFT),
        ),
        rows=tuple(
            (f"{NAMES[n % len(NAMES)]} {n}", f"{n % 10}.5", "Saved" if n % 3 else "", "")
            for n in range(rows)
        ),
        top_row=top_row,
        menus=("&File", "&Edit", "&Grades", "&View", "&Help"),
        tool_bars=(ShownToolBar("GradingToolBar", "Grading", ("Submit", "Undo", "", "Refresh")),),
        docks=(ShownDock("GradeColumnsDock", "Grade columns"), ShownDock("DetailsDock", "Details")),
    )


def save_screenshot(window: QMainWindow, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    pixmap = window.grab()
    assert not pixmap.isNull()
    assert pixmap.save(str(SCREENSHOTS / f"{name}.png"), "PNG")


def shown_rows(window: StartupWindow) -> list[list[str]]:
    assert window.table is not None
    model = window.table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_start_up_window_shows_the_saved_rows_marked_as_the_copy_saved_then(
    qtbot: QtBot,
) -> None:
    view = saved_view(top_row=20)
    window = StartupWindow(WindowSettings(), last_view=view)
    qtbot.addWidget(window)
    window.resize(900, 560)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Biology 101 (Fall) / Quiz 3 — Gradebook"
    assert window.opening_label.text().startswith("Saved on ")
    assert window.opening_label.text().endswith("; connecting…")
    # A date nobody can misread: under the C locale of these tests, ISO-like with the year first.
    assert window.opening_label.text() == (f"Saved on {moment_text(view.saved_at)}; connecting…")
    assert re.search(r"Saved on \d{4}-\d{2}-\d{2} \d{2}:\d{2};", window.opening_label.text())
    table = window.table
    assert table is not None
    model = table.model()
    titles = table.horizontalHeader().model()
    assert [titles.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name",
        "Score",
        "Status",
        "Comment",
    ]
    assert shown_rows(window) == [list(row) for row in view.rows]
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    alignment = titles.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment == RIGHT
    assert table.horizontalHeader().sectionSize(0) == 220
    # Looked at, not edited nor selected, until the main window is ready.
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
    # Scrolled as it was when the window closed.
    assert table.rowAt(0) == 20


@pytest.mark.parametrize("view", [saved_view(), None], ids=["saved rows", "opening"])
def test_the_start_up_window_says_once_when_it_has_been_painted(
    qtbot: QtBot, view: LastView | None
) -> None:
    window = StartupWindow(WindowSettings(), last_view=view)
    qtbot.addWidget(window)
    painted: list[bool] = []
    window.painted.connect(lambda: painted.append(window.isVisible()))
    with qtbot.waitSignal(window.painted, timeout=2000):
        window.show()
    window.repaint()
    qtbot.wait(PAINT_WAIT_MS + 50)  # the wait for a window never painted is over too
    assert painted == [True]


def test_a_start_up_window_that_is_not_painted_says_so_after_a_while(qtbot: QtBot) -> None:
    # Started minimised, or on another desktop: the app must start all the same.
    window = StartupWindow(WindowSettings(), last_view=saved_view())
    qtbot.addWidget(window)
    assert window.table is not None
    window.table.hide()
    with qtbot.waitSignal(window.painted, timeout=PAINT_WAIT_MS + 1000):
        window.show()


def test_without_a_saved_view_the_start_up_window_says_it_is_opening(qtbot: QtBot) -> None:
    window = StartupWindow(WindowSettings(), read_only=True)
    qtbot.addWidget(window)
    assert window.table is None
    assert window.windowTitle() == "Gradebook (read-only)"
    assert "Opening Gradebook…" in window.opening_label.text()


def test_read_only_says_so_in_the_title_over_the_saved_rows(qtbot: QtBot) -> None:
    window = StartupWindow(WindowSettings(), read_only=True, last_view=saved_view())
    qtbot.addWidget(window)
    assert window.windowTitle() == "Biology 101 (Fall) / Quiz 3 — Gradebook (read-only)"


def test_the_saved_view_shows_only_for_the_connection_this_start_opens() -> None:
    settings = WindowSettings()
    last_view.write(saved_view(profile="Biology 101"))
    settings.last_profile = "Biology 101"
    assert last_view_to_show(StartOptions(), settings) == saved_view(profile="Biology 101")
    assert last_view_to_show(StartOptions(read_only=True), settings) is not None
    assert last_view_to_show(StartOptions(profile="Biology 101"), settings) is not None
    assert last_view_to_show(StartOptions(profile="Chemistry"), settings) is None
    # The demo course is new at every start.
    assert last_view_to_show(StartOptions(demo=True), settings) is None
    settings.last_profile = "Chemistry"
    assert last_view_to_show(StartOptions(), settings) is None
    settings.last_profile = None
    assert last_view_to_show(StartOptions(), settings) is None


def calculus_profile(sandbox: Sandbox, profiles: ProfileStore, secrets: SecretStorage) -> Profile:
    demo = sandbox.credentials
    profile = Profile(
        name="Calculus", base_url=sandbox.base_url, credential_kind=CredentialKind.SERVICE_KEY
    )
    profiles.save(profile)
    secrets.store.save("Calculus", Credentials(api_key=demo.api_key, service_key=demo.service_key))
    return profile


def open_calculus(
    qtbot: QtBot,
    window: MainWindow,
    sandbox: Sandbox,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> None:
    """`window` connected to the sandbox through the saved "Calculus" connection, its first
    column loaded: a view the window keeps when it closes (the demo's is not kept)."""
    window.open_profile(calculus_profile(sandbox, profiles, secrets))
    wait_ready(qtbot, window)


def table_texts(window: MainWindow) -> tuple[list[str], list[list[str]]]:
    """The column view's headers and rows as shown: shown columns in their order."""
    table = window.results_view.table
    header = table.horizontalHeader()
    model = table.model()
    logical = [header.logicalIndex(v) for v in range(header.count())]
    logical = [c for c in logical if not header.isSectionHidden(c)]
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in logical]
    rows = [[model.index(r, c).data() or "" for c in logical] for r in range(model.rowCount())]
    return titles, rows


def test_closing_the_window_keeps_the_column_as_shown_and_no_secret(
    qtbot: QtBot,
    new_window: Callable[[], MainWindow],
    sandbox: Sandbox,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> None:
    window = new_window()
    open_calculus(qtbot, window, sandbox, profiles, secrets)
    titles, rows = table_texts(window)
    label = window.loader.line_item.label if window.loader.line_item else None
    course = window.session.title
    window.close()

    kept = last_view.read()
    assert kept is not None
    assert (kept.profile, kept.course, kept.column) == ("Calculus", course, label)
    assert [column.title for column in kept.columns] == titles
    assert titles.index("Status") == titles.index("Score") + 1
    assert [list(row) for row in kept.rows] == rows
    assert len(kept.rows) == 40
    text = last_view.last_view_path().read_text("utf-8")
    demo = sandbox.credentials
    for secret in (demo.api_key, demo.service_key, demo.ltik):
        assert secret not in text


def test_the_demo_keeps_no_view(
    qtbot: QtBot, new_window: Callable[[], MainWindow], sandbox: Sandbox
) -> None:
    window = new_window()
    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    window.close()
    assert last_view.read() is None


def test_removing_the_connections_local_data_forgets_its_view(
    qtbot: QtBot,
    new_window: Callable[[], MainWindow],
    sandbox: Sandbox,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> None:
    window = new_window()
    open_calculus(qtbot, window, sandbox, profiles, secrets)
    last_view.write(saved_view(profile="Another connection"))
    window.files.local_data_changed.emit()
    assert last_view.read() is not None  # another connection's: not this one's to remove
    last_view.write(saved_view(profile="Calculus"))
    window.files.local_data_changed.emit()
    assert last_view.read() is None


class HeldStart:
    """`gui.app.prepare`, held back until the test lets it run."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.released = threading.Event()
        real_prepare = app_module.prepare

        def held() -> app_module.Prepared:
            self.released.wait(LOAD_TIMEOUT_MS / 1000)
            return real_prepare()

        monkeypatch.setattr(app_module, "prepare", held)


def visible_windows(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def dock_geometries(window: QMainWindow) -> dict[str, QRect]:
    return {
        dock.objectName(): dock.geometry()
        for dock in window.findChildren(QDockWidget)
        if dock.isVisible()
    }


def test_the_next_start_shows_the_column_as_the_window_closed_on_it_then_the_main_window(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    new_window: Callable[[], MainWindow],
    sandbox: Sandbox,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> None:
    window = new_window()
    window.resize(780, 700)
    window.show()
    qtbot.waitExposed(window)
    open_calculus(qtbot, window, sandbox, profiles, secrets)
    table = window.results_view.table
    table.scrollTo(table.model().index(8, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: table.rowAt(0) == 8)
    closed_title = window.windowTitle()
    closed_rows = table_texts(window)[1]
    menus = [action.text() for action in window.menuBar().actions()]
    window.close()

    start = HeldStart(monkeypatch)
    seen: dict[str, object] = {}

    def look_at_the_start_up_window() -> None:
        [starting] = visible_windows(StartupWindow)
        seen["main window too"] = bool(visible_windows(MainWindow))
        seen["title"] = starting.windowTitle()
        seen["rows"] = shown_rows(starting)
        seen["top row"] = starting.table.rowAt(0) if starting.table else None
        seen["menus"] = [action.text() for action in starting.menuBar().actions()]
        seen["docks"] = dock_geometries(starting)
        save_screenshot(starting, "startup-saved-rows")
        start.released.set()
        QTimer.singleShot(20, close_when_loaded)

    def close_when_loaded() -> None:
        windows = visible_windows(MainWindow)
        if windows and windows[0].loader.grades is not None and not windows[0].loader.loading:
            seen["start-up window left"] = bool(visible_windows(StartupWindow))
            seen["main docks"] = dock_geometries(windows[0])
            windows[0].close()
        else:
            QTimer.singleShot(20, close_when_loaded)

    QTimer.singleShot(0, look_at_the_start_up_window)
    with caplog.at_level(logging.DEBUG, logger="gradebook_gui"):
        assert app_module.main([]) == 0
    # What a benchmark times the start by, in this order.
    said = [record.getMessage() for record in caplog.records]
    [shown] = [at for at, text in enumerate(said) if text.startswith(STARTUP_WINDOW_SHOWN)]
    [ready] = [at for at, text in enumerate(said) if text.startswith(MAIN_WINDOW_SHOWN)]
    assert shown < ready and said[shown].endswith(", 40 saved rows")
    assert seen["main window too"] is False
    assert seen["title"] == closed_title
    assert seen["rows"] == closed_rows
    assert seen["top row"] == 8
    assert seen["menus"] == menus
    # The panels stand where the main window then shows them: nothing moves at the hand-over
    # (by a pixel at most: the panels' contents ask for different minimum sizes).
    starting_docks, main_docks = seen["docks"], seen["main docks"]
    assert isinstance(starting_docks, dict) and isinstance(main_docks, dict)
    assert (
        set(starting_docks)
        == set(main_docks)
        == {
            "GradeColumnsDock",
            "StatisticsDock",
            "DetailsDock",
        }
    )
    for name, where in starting_docks.items():
        there = main_docks[name]
        assert abs(where.left() - there.left()) <= 1 and abs(where.right() - there.right()) <= 1
        assert (where.top(), where.bottom()) == (there.top(), there.bottom())
    assert seen["start-up window left"] is False
    kept = last_view.read()
    assert kept is not None and kept.profile == "Calculus"


def test_the_start_up_benchmark_looks_for_what_the_debug_log_says() -> None:
    from benchmarks import startup

    assert (startup.STARTUP_WINDOW_SHOWN, startup.MAIN_WINDOW_SHOWN) == (
        STARTUP_WINDOW_SHOWN,
        MAIN_WINDOW_SHOWN,
    )


def test_the_rows_kept_of_a_connection_removed_since_are_removed_at_the_next_start(
    sandbox: Sandbox, profiles: ProfileStore, secrets: SecretStorage
) -> None:
    calculus_profile(sandbox, profiles, secrets)
    last_view.write(saved_view(profile="Calculus"))
    app_module.prepare().store.close()
    assert last_view.read() is not None
    profiles.remove("Calculus")
    app_module.prepare().store.close()
    assert last_view.read() is None


def saved_rows_over(window: MainWindow) -> list[list[str]] | None:
    """The saved rows shown over the main window's column view, if they are."""
    for table in window.results_view.findChildren(QTableView):
        model = table.model()
        if isinstance(model, SavedRowsModel) and table.isVisible():
            return [
                [model.index(r, c).data() for c in range(model.columnCount())]
                for r in range(model.rowCount())
            ]
    return None


@pytest.mark.parametrize("same_column", [True, False], ids=["same column", "another column"])
def test_the_saved_rows_stay_over_the_main_window_until_its_own_rows_are_there(
    same_column: bool,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    new_window: Callable[[], MainWindow],
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> None:
    # An LMS slower than the window: the main window is ready well before the rows come.
    slow = SandboxOptions(seed=7, students=40, line_items=5, page_size=10, latency_ms=80)
    with Sandbox(slow) as sandbox:
        window = new_window()
        open_calculus(qtbot, window, sandbox, profiles, secrets)
        window.close()
        view = last_view.read()
        assert view is not None
        if not same_column:  # the column shown last was renamed, or is gone, since
            view = view._replace(column="Another column")
            last_view.write(view)
        seen: dict[str, object] = {}

        def when_the_main_window_shows() -> None:
            windows = visible_windows(MainWindow)
            if not windows:
                QTimer.singleShot(5, when_the_main_window_shows)
                return
            seen["over the main window"] = saved_rows_over(windows[0])
            seen["rows then"] = windows[0].results_model.rowCount()
            save_screenshot(windows[0], "startup-handed-over")
            QTimer.singleShot(20, close_when_loaded)

        covered_while_empty: list[bool] = []

        def close_when_loaded() -> None:
            [window] = visible_windows(MainWindow)
            if window.loader.grades is not None and not window.loader.loading:
                seen["once loaded"] = saved_rows_over(window)
                window.close()
                return
            if window.results_model.rowCount() == 0:
                # Connecting, listing the columns, asking for the first page.
                covered_while_empty.append(saved_rows_over(window) is not None)
            QTimer.singleShot(10, close_when_loaded)

        QTimer.singleShot(0, when_the_main_window_shows)
        assert app_module.main(["--profile", "Calculus"]) == 0
    assert seen["rows then"] == 0
    assert seen["over the main window"] == [list(row) for row in view.rows]
    assert seen["once loaded"] is None
    if same_column:
        assert covered_while_empty and all(covered_while_empty)
    else:
        # Gone once the other column starts loading: those rows are not its rows.
        assert False in covered_while_empty


def test_the_cover_follows_the_covered_view_and_goes_at_a_click_or_a_question(
    qtbot: QtBot,
) -> None:
    covered = QWidget()
    qtbot.addWidget(covered)
    covered.resize(400, 300)
    covered.show()
    saved = QLabel("saved rows")
    cover = SavedRowsCover(saved, covered)
    assert saved.parent() is covered and saved.geometry() == covered.rect()
    covered.resize(500, 320)
    assert saved.geometry() == covered.rect()
    assert saved.focusPolicy() == Qt.FocusPolicy.NoFocus  # typing goes to the main window
    qtbot.mouseClick(saved, Qt.MouseButton.LeftButton)
    assert not cover.covering

    again = SavedRowsCover(QLabel("saved rows"), covered)
    question = QLineEdit()
    qtbot.addWidget(question)
    question.show()
    question.activateWindow()
    question.setFocus()
    qtbot.waitUntil(lambda: not again.covering, timeout=2000)


def test_a_damaged_file_starts_with_the_plain_start_up_window(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    sandbox: Sandbox,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> None:
    calculus_profile(sandbox, profiles, secrets)
    settings = WindowSettings()
    settings.last_profile = "Calculus"
    settings.sync()
    path = last_view.last_view_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"format": 1, "profile": "Calculus", "rows": [["Ada', "utf-8")
    start = HeldStart(monkeypatch)
    seen: dict[str, object] = {}

    def look_and_close() -> None:
        [starting] = visible_windows(StartupWindow)
        seen["table"] = starting.table
        seen["title"] = starting.windowTitle()
        seen["text"] = starting.opening_label.text()
        start.released.set()
        starting.close()

    QTimer.singleShot(0, look_and_close)
    assert app_module.main([]) == 0
    assert seen["table"] is None
    assert seen["title"] == "Gradebook"
    assert "Opening Gradebook…" in str(seen["text"])


def test_the_start_up_window_speaks_the_instructors_language(
    qtbot: QtBot, pseudo_locale: None
) -> None:
    opening = StartupWindow(WindowSettings(), read_only=True)
    qtbot.addWidget(opening)
    assert untranslated_texts(opening) == []

    # Over the saved rows, what the window showed then is the saved copy's own text.
    view = saved_view(rows=3)
    saved = StartupWindow(WindowSettings(), read_only=True, last_view=view)
    qtbot.addWidget(saved)
    data = {view.course, view.column, *(dock.title for dock in view.docks)}
    data |= {title.replace("&", "") for title in view.menus}  # and as their tooltips show
    data |= {column.title for column in view.columns}
    data |= {text for row in view.rows for text in row}
    for bar in view.tool_bars:
        data |= {bar.title, *bar.buttons}
    data.discard("")  # an empty value would match between every two letters
    assert untranslated_texts(saved, data) == []


def test_the_self_test_shows_a_start_up_window_over_saved_rows(qtbot: QtBot) -> None:
    out = io.StringIO()
    code = run_self_test(
        app_module.compose,
        out,
        prepare=app_module.prepare,
        demo=SandboxOptions(students=4, line_items=1),
    )
    output = out.getvalue()
    assert code == 0, output
    [line] = [line for line in output.splitlines() if "saved rows:" in line]
    assert line.split()[0] == "ok"
    assert "2 saved rows shown" in line
    assert last_view.read() is None  # the self-test's folders, not the user's
