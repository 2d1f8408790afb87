"""Screenshots of the main states, saved to tests/screenshots/ for people to look at.

They are not compared with references (fonts differ between machines); the test proves each
state renders, and the PNGs are what a reviewer opens before calling the window done.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gradebook_gui.config import CredentialKind, ProfileStore
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.gui.conflict_dialog import ConflictDialog
from gradebook_gui.gui.connection_dialog import ConnectionDialog
from gradebook_gui.gui.export_dialog import ExportChoice, ExportFormat, export
from gradebook_gui.gui.import_wizard import ImportWizard
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.messages import MessageChannel, MessageDialog, UserMessage, describe_error
from gradebook_gui.gui.results_model import Column
from gradebook_gui.gui.review_dialog import ReviewDialog
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.store import GradeStore

from .conftest import (
    FakeDialogs,
    activate,
    cell_text,
    connection_to,
    type_score,
    wait_ready,
    wait_settled,
)
from .test_messages import lms_refusal

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
WINDOW_SIZE = (1280, 800)
LOAD_TIMEOUT_MS = 10_000


def save(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    pixmap = widget.grab()
    assert not pixmap.isNull()
    assert pixmap.save(str(path), "PNG")
    assert path.stat().st_size > 1000
    return path


@pytest.fixture
def window(
    qtbot: QtBot,
    session: Session,
    runner: TaskRunner,
    messages: MessageChannel,
    settings: WindowSettings,
    store: GradeStore,
    fake_dialogs: FakeDialogs,
) -> Iterator[MainWindow]:
    main = MainWindow(
        session=session,
        runner=runner,
        messages=messages,
        settings=settings,
        store=store,
        dialogs=fake_dialogs.bundle(),
    )
    qtbot.addWidget(main)
    main.resize(*WINDOW_SIZE)
    main.show()
    yield main


def load_demo(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    window.open_connection(connection_to(sandbox), demo=True)
    qtbot.waitUntil(
        lambda: (
            window.results_model.rows_count_total() > 0
            and not window.loader.loading
            and not window.picker.busy
        ),
        timeout=LOAD_TIMEOUT_MS,
    )


def test_loaded_table(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    load_demo(qtbot, window, sandbox)
    window.results_view.table.selectRow(1)
    qtbot.wait(200)  # the statistics pane refreshes at most every 150 ms
    save(window, "loaded-table")


def dark_palette() -> QPalette:
    """A dark theme as a desktop would set it: only palette roles change."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def test_loaded_table_in_a_dark_theme(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    window.setPalette(dark_palette())
    load_demo(qtbot, window, sandbox)
    window.results_view.table.selectRow(3)
    qtbot.wait(200)
    save(window, "loaded-table-dark")


def test_read_only_with_request_log(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    window.set_read_only(True)
    window.log_dock.show()
    load_demo(qtbot, window, sandbox)
    qtbot.wait(200)
    save(window, "read-only")


def test_offline(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    load_demo(qtbot, window, sandbox)
    sandbox.stop()
    window.refresh()
    qtbot.waitUntil(window.status_area.offline_label.isVisible, timeout=LOAD_TIMEOUT_MS)
    qtbot.wait(200)
    save(window, "offline")


def test_error_dialog(qtbot: QtBot) -> None:
    error = lms_refusal()
    message = UserMessage(
        "Sending the score failed", str(error), describe_error("Sending the score", error)
    )
    dialog = MessageDialog(message)
    qtbot.addWidget(dialog)
    dialog.show_details_button.click()
    dialog.resize(560, 420)
    dialog.show()
    save(dialog, "error-dialog")


def test_connection_dialog(
    qtbot: QtBot,
    sandbox: Sandbox,
    profiles: ProfileStore,
    secrets: SecretStorage,
    runner: TaskRunner,
) -> None:
    dialog = ConnectionDialog(profiles, secrets, runner)
    qtbot.addWidget(dialog)
    demo = sandbox.credentials
    dialog.name_edit.setText("Calculus I")
    dialog.url_edit.setText(sandbox.base_url)
    dialog.api_key_edit.setText(demo.api_key)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(CredentialKind.LTIK))
    dialog.ltik_edit.setText(demo.ltik)
    dialog.show()
    dialog.test_connection()
    qtbot.waitUntil(lambda: not dialog.testing, timeout=LOAD_TIMEOUT_MS)
    save(dialog, "connection-dialog")


# -- grading -------------------------------------------------------------------------------------


def grade_some(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    """One grade verified, one in conflict, three edited (one extra credit, one cleared)."""
    load_demo(qtbot, window, sandbox)
    wait_ready(qtbot, window)
    activate(qtbot, window)
    line_item = window.results_model.line_item()
    assert line_item is not None
    sent, changed = (window.results_model.grade_at(row).user_id for row in (4, 3))
    type_score(qtbot, window, 4, "9")
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, sent, Column.STATUS) == "✓ verified", timeout=LOAD_TIMEOUT_MS
    )
    wait_settled(qtbot, window)
    type_score(qtbot, window, 3, "6")
    wait_settled(qtbot, window)
    sandbox.control.set_grade(line_item.id, changed, 4.5)
    window.commands.submit_action.trigger()
    qtbot.waitUntil(
        lambda: cell_text(window, changed, Column.STATUS).startswith("conflict"),
        timeout=LOAD_TIMEOUT_MS,
    )
    wait_settled(qtbot, window)
    type_score(qtbot, window, 0, "8.5")
    type_score(qtbot, window, 2, "11")
    window.results_view.table.selectRow(1)
    fake_dialogs.clear_grades = True
    window.commands.clear_grade_action.trigger()
    wait_settled(qtbot, window)
    window.results_view.table.selectRow(2)


def test_grading_table_with_unsent_changes(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    grade_some(qtbot, window, sandbox, fake_dialogs)
    assert window.status_area.pending_label.text() == "4 unsent changes (1 conflict)"
    qtbot.wait(200)
    save(window, "grading-table")


def test_review_dialog(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    grade_some(qtbot, window, sandbox, fake_dialogs)
    fake_dialogs.confirm_review = False
    window.commands.submit_action.trigger()
    wait_settled(qtbot, window)
    line_item = window.results_model.line_item()
    assert line_item is not None
    dialog = ReviewDialog(line_item, fake_dialogs.answer_of("review"), window.session.platform)
    qtbot.addWidget(dialog)
    dialog.show()
    save(dialog, "review-dialog")


def test_conflict_dialog(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    grade_some(qtbot, window, sandbox, fake_dialogs)
    window.commands.resolve_action.trigger()
    wait_settled(qtbot, window)
    line_item = window.results_model.line_item()
    assert line_item is not None
    conflicts, current = fake_dialogs.answer_of("conflicts")
    names = {grade.user_id: grade.name or grade.user_id for grade in window.loader.grades or ()}
    dialog = ConflictDialog(conflicts, names, line_item, current)
    qtbot.addWidget(dialog)
    dialog.show()
    save(dialog, "conflict-dialog")


def test_history_dock(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    grade_some(qtbot, window, sandbox, fake_dialogs)
    window.history_dock.show()
    window.history_view.refresh()
    qtbot.waitUntil(lambda: window.history_view.model.rowCount() >= 2, timeout=LOAD_TIMEOUT_MS)
    qtbot.wait(200)
    save(window, "history-dock")


def test_import_preview(
    qtbot: QtBot,
    window: MainWindow,
    sandbox: Sandbox,
    runner: TaskRunner,
    settings: WindowSettings,
    tmp_path: Path,
) -> None:
    load_demo(qtbot, window, sandbox)
    wait_ready(qtbot, window)
    line_item = window.results_model.line_item()
    assert line_item is not None
    grades = window.loader.grades or ()
    sheet = tmp_path / "quiz.csv"
    export(ExportChoice(sheet, ExportFormat.CSV, visible_only=False), line_item, grades)
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = list(reader.fieldnames or ()), list(reader)
    # An assistant's work: two new scores, a fraction typed as text, and a blank.
    rows[0]["score"], rows[1]["score"], rows[2]["score"], rows[3]["score"] = (
        "9",
        "7.5",
        "85/100",
        "",
    )
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    wizard = ImportWizard(
        line_item=line_item,
        grades=grades,
        settings=settings,
        runner=runner,
        connection_key=connection_to(sandbox).key,
        start_path=sheet,
    )
    qtbot.addWidget(wizard)
    wizard.resize(980, 620)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=LOAD_TIMEOUT_MS)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.busy, timeout=LOAD_TIMEOUT_MS)
    qtbot.wait(100)
    save(wizard, "import-preview")
