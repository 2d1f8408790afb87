"""Screenshots of the main states, saved to tests/screenshots/ for people to look at.

They are not compared with references (fonts differ between machines). Each test checks what
the user would see in it: the widgets shown with their text, the rows of each table, and pixels
drawn where the widgets are; the PNGs are what a reviewer opens before calling the window done.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
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


def save(widget: QWidget, name: str) -> QImage:
    """Write the screenshot; returns it for pixel checks."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    pixmap = widget.grab()
    assert not pixmap.isNull()
    assert pixmap.save(str(path), "PNG")
    image = pixmap.toImage()
    assert (image.width(), image.height()) == (widget.width(), widget.height())
    return image


def without_mnemonics(text: str) -> str:
    """A button's text as shown: "&Apply" reads "Apply", "&&" is an ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def visible_texts(root: QWidget) -> str:
    """Every text shown by the title, status bar, visible labels, buttons, fields and text areas,
    one per line."""
    texts = [root.windowTitle()]
    if isinstance(root, QMainWindow):
        texts.append(root.statusBar().currentMessage())
    for child in root.findChildren(QWidget):
        if not child.isVisibleTo(root):
            continue
        if isinstance(child, QAbstractButton):
            texts.append(without_mnemonics(child.text()))
        elif isinstance(child, QLabel):
            texts.append(child.text())
        elif isinstance(child, QLineEdit):
            texts.append(child.displayText())
        elif isinstance(child, QTextEdit | QPlainTextEdit):
            texts.append(child.toPlainText())
    return "\n".join(texts)


def shown_rows(root: QWidget) -> list[list[list[str]]]:
    """The rows of each visible table or list under `root`, as the texts of their cells."""
    tables = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        # Headers repeat their table's model; a combo box's list is a pop-up window of its own.
        if (
            isinstance(view, QHeaderView)
            or view.window() is not root.window()
            or not view.isVisibleTo(root)
            or model is None
        ):
            continue
        tables.append(
            [
                [
                    str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
                    for column in range(model.columnCount())
                ]
                for row in range(model.rowCount())
            ]
        )
    return tables


def region(root: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def colours_in(image: QImage, area: QRect, step: int = 3) -> set[int]:
    area = area.intersected(image.rect())
    return {
        image.pixel(x, y)
        for x in range(area.left(), area.right() + 1, step)
        for y in range(area.top(), area.bottom() + 1, step)
    }


def assert_drawn(image: QImage, root: QWidget, *widgets: QWidget) -> None:
    """Each widget is visible and its part of the screenshot holds text or graphics, not one
    flat colour (antialiased text alone gives dozens of shades)."""
    for widget in widgets:
        assert widget.isVisible(), widget.objectName() or type(widget).__name__
        colours = colours_in(image, region(root, widget))
        assert len(colours) >= 8, (type(widget).__name__, len(colours))


def mean_lightness(image: QImage, area: QRect) -> float:
    area = area.intersected(image.rect())
    values = [
        QColor(image.pixel(x, y)).lightness()
        for x in range(area.left(), area.right() + 1, 2)
        for y in range(area.top(), area.bottom() + 1, 2)
    ]
    return sum(values) / len(values)


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


def load_demo(qtbot: QtBot, window: MainWindow, sandbox: Sandbox, *, demo: bool = True) -> None:
    window.open_connection(connection_to(sandbox), demo=demo)
    qtbot.waitUntil(
        lambda: (
            window.results_model.rows_count_total() > 0
            and not window.loader.loading
            and not window.picker.busy
        ),
        timeout=LOAD_TIMEOUT_MS,
    )


def assert_table_shows_every_learner(window: MainWindow, image: QImage) -> None:
    grades = window.loader.grades or ()
    assert window.results_model.rowCount() == window.results_model.rows_count_total()
    assert window.results_model.rowCount() == len(grades) > 0
    assert f"{len(grades)} of {len(grades)} learners shown" in visible_texts(window)
    first = window.results_model.grade_at(0)
    assert cell_text(window, first.user_id, Column.NAME) == first.name
    table = window.results_view.table
    assert_drawn(image, window, table, window.picker)
    # The first rows are on screen, not scrolled away or hidden behind another widget.
    assert table.rowAt(0) == 0 and table.rowAt(table.viewport().height() - 1) > 10


def test_loaded_table(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    load_demo(qtbot, window, sandbox)
    window.results_view.table.selectRow(1)
    qtbot.wait(200)  # the statistics pane refreshes at most every 150 ms
    image = save(window, "loaded-table")
    assert_table_shows_every_learner(window, image)
    selected = window.results_model.grade_at(1)
    texts = visible_texts(window)
    assert f"Loaded {len(window.loader.grades or ())} learners" in texts
    # The details pane names the selected learner and shows what the LMS holds for them.
    assert selected.name in texts and f'"userId": "{selected.user_id}"' in texts
    assert "Learners:" in texts and "Mean:" in texts


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
    image = save(window, "loaded-table-dark")
    assert_table_shows_every_learner(window, image)
    # The whole window follows the theme: dark backgrounds, light text drawn on them.
    table = window.results_view.table.viewport()
    assert mean_lightness(image, region(window, table)) < 110
    assert max(QColor(c).lightness() for c in colours_in(image, region(window, table))) > 180
    assert mean_lightness(image, region(window, window.picker)) < 110


def test_read_only_with_request_log(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    window.set_read_only(True)
    window.log_dock.show()
    load_demo(qtbot, window, sandbox)
    qtbot.wait(200)
    image = save(window, "read-only")
    assert window.status_area.read_only_label.isVisible()
    assert "Read-only" in visible_texts(window)
    records = window.request_log_model.records()
    assert records and all(record.status == 200 for record in records)
    assert_drawn(image, window, window.request_log_panel.table, window.results_view.table)
    for action in (window.commands.submit_action, window.commands.clear_grade_action):
        assert not action.isEnabled()


def test_offline(qtbot: QtBot, window: MainWindow, sandbox: Sandbox) -> None:
    # A real course, not the demo (whose grades are not kept): its download is what the window
    # shows once the LMS cannot be reached.
    load_demo(qtbot, window, sandbox, demo=False)
    wait_ready(qtbot, window)
    sandbox.stop()
    window.refresh()
    # The grade columns may fail first: the table is ready once the load gave up too and the
    # download kept is shown in its place.
    qtbot.waitUntil(
        lambda: window.status_area.offline_label.isVisible() and window.offline_banner.isVisible(),
        timeout=LOAD_TIMEOUT_MS,
    )
    qtbot.wait(200)
    image = save(window, "offline")
    assert "Offline" in window.status_area.offline_label.text()
    assert "Try again" in visible_texts(window)
    # The grades downloaded before stay on screen.
    assert_table_shows_every_learner(window, image)


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
    image = save(dialog, "error-dialog")
    texts = visible_texts(dialog)
    assert "Sending the score failed" in texts
    assert str(error) in texts  # the LMS's own reason, in full, in the details
    assert len(colours_in(image, image.rect())) >= 8


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
    image = save(dialog, "connection-dialog")
    texts = visible_texts(dialog)
    assert "Connected." in texts and "Grades service: available" in texts
    for secret in (demo.api_key, demo.ltik, demo.service_key):
        assert secret not in texts  # typed secrets show as dots
    assert len(colours_in(image, image.rect())) >= 8


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
    image = save(window, "grading-table")
    assert_table_shows_every_learner(window, image)
    statuses = [
        cell_text(window, window.results_model.grade_at(row).user_id, Column.STATUS)
        for row in range(5)
    ]
    assert statuses[4] == "✓ verified" and statuses[3].startswith("conflict")
    assert statuses[:3] == ["✎ edited"] * 3
    extra = window.results_model.grade_at(2)
    assert cell_text(window, extra.user_id, Column.SCORE) == "11"
    assert "11 is above the maximum of 10 (extra credit)" in visible_texts(window)


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
    image = save(dialog, "review-dialog")
    texts = visible_texts(dialog)
    assert f"Send 3 grades to “{line_item.label}”" in texts and "Nothing has been sent yet" in texts
    [rows] = shown_rows(dialog)
    assert len(rows) == 3
    checks = "\n".join(" ".join(row) for row in rows)
    assert "Clears the grade" in checks and "Extra credit" in checks
    assert len(colours_in(image, image.rect())) >= 8


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
    image = save(dialog, "conflict-dialog")
    [rows] = shown_rows(dialog)
    [row] = rows
    learner = names[conflicts[0].user_id]
    assert row[0] == learner
    assert any(cell.startswith("4.5") for cell in row), row  # what the LMS holds now
    assert any(cell.startswith("6") for cell in row), row  # what the instructor typed
    texts = visible_texts(dialog)
    assert "Keep all mine" in texts and "Take all theirs" in texts
    assert len(colours_in(image, image.rect())) >= 8


def test_history_dock(
    qtbot: QtBot, window: MainWindow, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    grade_some(qtbot, window, sandbox, fake_dialogs)
    window.history_dock.show()
    window.history_view.refresh()
    qtbot.waitUntil(lambda: window.history_view.model.rowCount() >= 2, timeout=LOAD_TIMEOUT_MS)
    qtbot.wait(200)
    image = save(window, "history-dock")
    history = next(rows for rows in shown_rows(window) if any("Verified" in r for r in rows))
    assert len(history) == 2
    outcomes = sorted(cell for row in history for cell in row if cell in ("Verified",))
    assert outcomes == ["Verified"]
    assert any(cell.startswith("Conflict") for row in history for cell in row)
    assert_drawn(image, window, window.results_view.table)


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
    image = save(wizard, "import-preview")
    texts = visible_texts(wizard)
    assert f"2 changes, {len(rows) - 6} unchanged, 3 skipped, 1 error" in texts
    assert "Import 2 changes as drafts" in texts
    [preview] = [table for table in shown_rows(wizard) if len(table) == len(rows)]
    # The error names its line and why: the fraction typed as text.
    [error_row] = [row for row in preview if "error" in row]
    assert error_row[0] == "4" and "85/100" in " ".join(error_row)
    assert len(colours_in(image, image.rect())) >= 8
